"""LanguageTool findings that the sentence's parse proves wrong become advice.

LanguageTool's ``A_ACCENT`` reads « déterminant, nom, a, la, nom » as a slip for « à »
(« Le retour a la vie normale est difficile »), with a list of nouns it leaves alone
(« a la volonté », « a la chance »…); any noun off that list is flagged, so « la boutique
a la joie de vous annoncer » is an error there. spaCy's parse tells the two apart: when
« a » is the verb of the clause, with a noun subject before it and the noun right after
« la » as its object, « a » is the verb avoir (« la boutique a la joie »); in the slip the
noun after it is the subject of another verb or the parse reads « a » as an auxiliary.

Measured on the development halves of Grammalecte's tests and LanguageTool's French
examples and on brandvoice's corpus (``benchmarks/downgrade_eval.py``; figures in
``docs/typo-evaluation.md``). As with the second opinion, a finding another checker
confirms stays an error; the finding keeps its place in the report, as advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.second_opinion import confirmed
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [the parse reads « a » as the verb avoir, with a subject and an object: advice]"
# What stands between « a » and its object noun: a determiner or a possessive.
_DETERMINERS: Final = frozenset(
    {"la", "le", "les", "l'", "l’", "un", "une", "des", "mon", "ton", "son", "ma", "ta", "sa",
     "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs"}
)  # fmt: skip


def is_a_for_a_grave(finding: Finding, text: str) -> bool:
    """Whether ``finding`` is LanguageTool asking for « à » in place of a lowercase « a »."""
    return (
        finding.source == lt.SOURCE
        and finding.category is Category.GRAMMAR
        and finding.severity is not Severity.INFO
        and text[finding.offset : finding.offset + finding.length] == "a"
        and "à" in finding.replacements
    )


def avoir_with_object(text: str, offset: int) -> bool:
    """Whether the « a » at ``offset`` of French ``text`` is, by the parse, the verb of its
    clause with a noun subject before it and a determiner and noun object right after it."""
    from brandvoice.checks.french_lexicon import parse

    span = parse(text).char_span(offset, offset + 1)
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    if verb.pos_ != "VERB":
        return False  # the parse reads it as an auxiliary: no proof
    subject = any(
        c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )
    following = verb.doc[verb.i + 1 : verb.i + 3]
    object_ = (
        len(following) == 2
        and following[0].lower_ in _DETERMINERS
        and following[1].pos_ == "NOUN"
        and following[1].dep_ == "obj"
        and following[1].head.i == verb.i
    )
    return subject and object_


def downgrade(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with LanguageTool's « a » → « à » that the parse proves to be avoir,
    and that no other checker confirms, made advice (French texts only)."""
    text = checked.ctx.text
    if checked.ctx.lang != "fr":
        return list(findings)
    others = [f for f in findings if f.source != lt.SOURCE]
    return [
        replace(f, severity=Severity.INFO, message=f.message + NOTE)
        if is_a_for_a_grave(f, text)
        and not confirmed(f, others)
        and avoir_with_object(text, f.offset)
        else f
        for f in findings
    ]
