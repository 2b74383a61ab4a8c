"""« Allons nous promener », « venez vous détendre »: the pronoun is the infinitive's.

A verb of movement (aller, venir, partir, passer, courir, monter, descendre, rentrer,
sortir, retourner) takes a bare infinitive of purpose, and a reflexive or object pronoun
before that infinitive belongs to it: « allons nous promener » (let us go for a walk),
« venez vous détendre », « passez nous voir ». LanguageTool's ``TRAIT_UNION_INVERSION``
reads « allons nous » as a question's inverted subject and asks for « allons-nous »,
which is right only in a question (« Allons-nous partir ? »). On the development half of
Grammalecte's tests its two matches on correct sentences were both of this kind
(« allons nous perdre dans les bois », « partons nous détendre à la montagne »), and a
post says it often (« venez vous détendre au spa »).

A finding that only asks for the hyphen between such a verb (first or second person
plural) and « nous » or « vous », right before an infinitive, in a sentence that does not
end with a question mark, becomes advice. A question keeps its finding (« Allons nous
partir ? »), and so does an imperative with no infinitive after its pronoun (« Retrouvons
nous samedi »: « retrouvons-nous ») and a modal verb's question written without its mark
(« voulez vous venir »: vouloir, pouvoir, devoir are no verbs of movement).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = (
    " [a verb of movement before an infinitive: the pronoun is the infinitive's"
    " (« allons nous promener »), no question: advice]"
)
# A verb of movement in the first or second person plural, then « nous » or « vous ».
_VERB_AND_PRONOUN: Final = regex.compile(
    r"(?i)(?:all|(?:re)?ven|(?:re)?part|pass|cour|mont|descend|rentr|sort|retourn)(?:ons|ez)"
    r"\s+(?:nous|vous)"
)
# The next word, and what is left of its sentence up to its final mark.
_NEXT_WORD: Final = regex.compile(r"\s+(\p{L}+)")
_SENTENCE_END: Final = regex.compile(r"[.!?…\n]")


def is_pronoun_of_an_infinitive(finding: Finding, text: str) -> bool:
    """Whether ``finding`` asks to hyphenate a verb of movement and the pronoun that
    belongs to the infinitive after it, outside a question."""
    words = text[finding.offset : finding.offset + finding.length]
    if _VERB_AND_PRONOUN.fullmatch(words) is None:
        return False
    if not finding.replacements or any(r.replace("-", " ") != words for r in finding.replacements):
        return False  # not only the hyphen
    end = finding.offset + finding.length
    following = _NEXT_WORD.match(text, end)
    if following is None or not _is_infinitive(text, *following.span(1)):
        return False
    mark = _SENTENCE_END.search(text, end)
    return mark is None or mark.group() != "?"


def _is_infinitive(text: str, start: int, end: int) -> bool:
    from brandvoice.checks.french_lexicon import token_at

    token = token_at(text, start, end)
    return token is not None and "Inf" in token.morph.get("VerbForm", [])


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with the hyphen asked between a verb of movement and the pronoun of
    the infinitive after it made advice (French texts only)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    return made_advice(
        findings,
        NOTE,
        lambda f: f.severity is not Severity.INFO and is_pronoun_of_an_infinitive(f, text),
    )
