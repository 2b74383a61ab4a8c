"""A capital that opens a line is a sentence's capital (« Nos horaires ⏎ Lundi : fermé »).

A post sets its lines apart without a full stop: a title, an emoji line, the lines of its
opening hours (« Lundi : fermé », « Samedi 28 novembre, de 10 h à 17 h »). LanguageTool
reads the whole text as one paragraph, so a capital opening a line after one with no
final mark looks to it like a capital inside a sentence: its ``JOURS`` rule asked to write
« lundi » there on the French master messages (``benchmarks/correct_french_alarms.py``).
A finding whose every replacement only lowercases the first letter of words that open a
line (after spaces, a bullet, a dash or an emoji) becomes advice; the same capital inside
a line (« ouvert le Lundi ») keeps its finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [the word opens a line, which a post starts with a capital: advice]"
# What may stand before the first word of a line: spaces, bullets, dashes, emoji, symbols.
_LINE_OPENING: Final = regex.compile(r"[\s\p{S}\p{Pd}•·*>]*$")


def lowercases_a_line_start(finding: Finding, text: str) -> bool:
    """Whether ``finding`` only asks to lowercase the capital of words opening a line."""
    words = text[finding.offset : finding.offset + finding.length]
    if not words[:1].isupper() or not finding.replacements:
        return False
    lowered = words[0].lower() + words[1:]
    if any(r != lowered for r in finding.replacements):
        return False
    line = text.rfind("\n", 0, finding.offset) + 1
    return _LINE_OPENING.match(text[line : finding.offset]) is not None


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with those lowercasing a line's first word made advice."""
    text = checked.ctx.text
    return made_advice(
        findings,
        NOTE,
        lambda f: f.severity is not Severity.INFO and lowercases_a_line_start(f, text),
    )
