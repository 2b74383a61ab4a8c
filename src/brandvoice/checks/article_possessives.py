"""« le son issu de ces basses », « le leur »: after an article, a possessive is a noun.

A possessive determiner never follows an article: « le son », « la sienne », « le leur »
are a noun (the sound) or a possessive pronoun, and the word after them is no noun they
determine. LanguageTool's ``D_N_E_OU_E`` reads « son issu » as a determiner and its noun
and asks « son issue »: on the development half of Grammalecte's tests its only two
matches on correct sentences were this reading (« le son issu de ces basses est trop
fort », « ne fais rien avec le leur issu des pires raclures »), and none of its matches on
an error there or in LanguageTool's examples follows an article and a possessive.

A LanguageTool grammar finding on the one word right after an article and a possessive
becomes advice, unless another checker confirms it (as with the second opinion).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.second_opinion import confirmed
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [after an article, « son », « leur »… is a noun or a pronoun: advice]"
# An article, then a possessive, then a space: what ends right before the flagged word.
_ARTICLE_AND_POSSESSIVE: Final = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:le|la|les|l['’]|un|une|des|du|au|aux)\s*(?:son|sa|ses|leur|leurs|"
    r"mon|ma|mes|ton|ta|tes|notre|votre|nos|vos)\s+$"
)
_ONE_WORD: Final = regex.compile(r"\p{L}+")


def follows_article_and_possessive(finding: Finding, text: str) -> bool:
    """Whether ``finding`` is LanguageTool's, on one word right after an article and a
    possessive."""
    words = text[finding.offset : finding.offset + finding.length]
    return (
        finding.source == lt.SOURCE
        and finding.category is Category.GRAMMAR
        and _ONE_WORD.fullmatch(words) is not None
        and _ARTICLE_AND_POSSESSIVE.search(text, 0, finding.offset) is not None
    )


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with LanguageTool's readings of a possessive after an article as a
    determiner made advice, unless another checker confirms them (French texts only)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    others = [f for f in findings if f.source != lt.SOURCE]
    return made_advice(
        findings,
        NOTE,
        lambda f: (
            f.severity is not Severity.INFO
            and follows_article_and_possessive(f, text)
            and not confirmed(f, others)
        ),
    )
