"""A second dictionary for LanguageTool's French spelling findings.

LanguageTool's speller does not know every word a correct French text holds: the
characters of Molière's *Misanthrope* (« Éliante » is unknown to it, « Célimène »,
« Oronte » and « Alceste » too), first names, places. Grammalecte's lexicon (Dicollecte,
written apart from LanguageTool's) records many of them. When Grammalecte checked the
text and its lexicon has the word LanguageTool's speller flags, two dictionaries disagree
on a word one of them records: the finding becomes advice, with the reason in its
message. Typos stay errors: neither dictionary has « Acceuil », « Malgrés » or
« aveuglememt ». Only words of letters, as a reader types them, are asked: Grammalecte's
lexicon accepts a ligature character (« ﬁn ») and an ordinal in digits (« 1ere ») as the
words they stand for, which are errors of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.backends import grammalecte as gl
from brandvoice.checks.backends import languagetool as lt
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [Grammalecte's dictionary has this word: advice]"
# A word of letters, with its inner apostrophes and hyphens (no digit, no ligature sign).
_WORD: Final = regex.compile(r"[a-zA-ZÀ-ÖØ-öø-ÿŒœ]+(?:['’-][a-zA-ZÀ-ÖØ-öø-ÿŒœ]+)*")


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with LanguageTool's French spelling findings on a word Grammalecte's
    lexicon has made advice (only when Grammalecte checked the text)."""
    if checked.ctx.lang != "fr" or gl.RULE_PREFIX not in checked.checkers:
        return list(findings)
    if not any(_is_spelling(f) for f in findings):
        return list(findings)
    from brandvoice.grammalecte import GrammalecteUnavailable, get_engine

    try:
        engine = get_engine()
    except GrammalecteUnavailable:
        return list(findings)
    text = checked.ctx.text
    return [
        replace(f, severity=Severity.INFO, message=f.message + NOTE)
        if _is_spelling(f) and _knows(engine.knows, text[f.offset : f.offset + f.length])
        else f
        for f in findings
    ]


def _knows(knows: Callable[[str], bool], word: str) -> bool:
    return _WORD.fullmatch(word) is not None and knows(word)


def _is_spelling(finding: Finding) -> bool:
    return (
        finding.source == lt.SOURCE
        and finding.category is Category.SPELLING
        and finding.severity is not Severity.INFO
        and finding.length > 0
    )
