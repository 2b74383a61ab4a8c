"""« ah ah », « toc toc », « miam miam »: an interjection said twice on purpose.

Grammalecte's ``doublon`` rule flags a word written twice in a row (« le le »), which is
right for a slip of the keyboard. An interjection or an onomatopoeia is repeated on
purpose: « ah ah » and « ha ha » are a laugh, « toc toc » a knock, « miam miam » a treat,
and a casual post writes them so (on the CoCoA-MT corpus of professional translations of
conversations, the ten repeat findings were all « ah ah »). A finding whose words are one
of these said twice becomes advice, with the reason in its message; « le le », « très
très » and the other repeats stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [an interjection repeated on purpose (« ah ah », « toc toc »): advice]"
# Interjections and onomatopoeias French writes twice (a laugh, a knock, a sound): the
# dictionaries record most of them doubled (« toc toc », « miam miam », « pan pan »).
INTERJECTIONS: Final = frozenset(
    {
        "ah", "ha", "hé", "eh", "hi", "ho", "oh", "hou", "ouh", "hihi", "haha",
        "bla", "miam", "toc", "pan", "hop", "chut", "bip", "cui", "coin", "glou",
        "tut", "plouf", "vroum", "pouet", "dring", "boum", "bang", "clic", "crac",
        "tic", "tac", "zou", "ouf", "youpi", "hum", "bof", "bzz", "meuh", "ouah",
        "waouh", "ouais", "non", "oui", "si", "allez", "vite",
    }
)  # fmt: skip
# The same word twice, separated by spaces, a hyphen or a comma (« ah ah », « toc-toc »).
_TWICE: Final = regex.compile(r"(?i)(\p{L}+)(?:[\s,]+|-)(\1)")


def is_repeated_interjection(finding: Finding, text: str) -> bool:
    """Whether the words ``finding`` flags are an interjection written twice."""
    words = text[finding.offset : finding.offset + finding.length]
    twice = _TWICE.fullmatch(words)
    return twice is not None and twice.group(1).lower() in INTERJECTIONS


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with those on a repeated interjection made advice (French texts)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    return made_advice(
        findings,
        NOTE,
        lambda f: f.severity is not Severity.INFO and is_repeated_interjection(f, text),
    )
