"""« le ou les », « la ou les »: two determiners of one noun, not an object pronoun.

After an imperative or an infinitive, « le », « la » and « les » may be object pronouns,
joined to the verb by a hyphen (« choisissez-le »); LanguageTool's ``IMP_PRON`` and
Grammalecte's ``imp`` rules ask for that hyphen. Followed by « ou » and another
determiner (« choisissez le ou les ateliers », « renommer la ou les fonctions »), the word
is a determiner of the noun that follows: the sentence is right, so a finding asking to
hyphen it becomes advice, with the reason in its message.

A masculine and a feminine determiner of one noun (« un ou une apprenti(e) », « un ou une
chef de projet », « le ou la responsable »: a job offer's usual words) make the noun
agree with the first of them: Grammalecte's agreement rules (``gn_*``) read the second
determiner alone with the noun and flag them both; those findings become advice too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [« le ou les », « un ou une » are two determiners of the noun after them: advice]"
# What a hyphen would join to the verb: the pronoun ends the finding's span.
_PRONOUN_AT_END: Final = regex.compile(r"(?i)(?<![\p{L}'’-])(?:le|la|les)$")
# What follows a determiner of such a pair: « ou » and another determiner.
_OR_DETERMINER: Final = regex.compile(
    r"(?i)\s+ou\s+(?:l['’]|(?:le|la|les|un|une|des|plusieurs|ses|ces|leurs?)(?![\p{L}-]))"
)


def asks_hyphen_before_determiner_pair(finding: Finding, text: str) -> bool:
    """Whether ``finding`` asks to join « le », « la » or « les » to the verb before it
    (its replacements end with « -le », « -la », « -les ») where that word opens « … ou
    <determiner> »."""
    end = finding.offset + finding.length
    pronoun = _PRONOUN_AT_END.search(text, finding.offset, end)
    if pronoun is None or finding.severity is Severity.INFO:
        return False
    hyphened = f"-{pronoun.group().lower()}"
    return (
        bool(finding.replacements)
        and all(r.lower().endswith(hyphened) for r in finding.replacements)
        and _OR_DETERMINER.match(text, end) is not None
    )


# « un ou une », « une ou un », « le ou la », « la ou le » before a noun: the finding's span
# is the second determiner or the noun right after it.
_GENDER_PAIR: Final = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:un\s+ou\s+une|une\s+ou\s+un|le\s+ou\s+la|la\s+ou\s+le)"
    r"\s+(?:\p{L}+[\p{L}’'.()·-]*)"
)
_AGREEMENT_RULE: Final = regex.compile(r"^grammalecte\.gn\.gn_")


def misreads_gender_pair(finding: Finding, text: str) -> bool:
    """Whether ``finding`` is a Grammalecte agreement finding inside « un ou une <noun> »
    (or « le ou la <noun> ») on the second determiner or the noun."""
    if _AGREEMENT_RULE.match(finding.rule) is None or finding.severity is Severity.INFO:
        return False
    end = finding.offset + finding.length
    return any(
        pair.start() < finding.offset and end <= pair.end()
        for pair in _GENDER_PAIR.finditer(text, max(0, finding.offset - 12), end + 40)
    )


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with those asking to hyphen a determiner pair's first word made advice
    (French texts only)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    return made_advice(
        findings,
        NOTE,
        lambda f: asks_hyphen_before_determiner_pair(f, text) or misreads_gender_pair(f, text),
    )
