"""« le ou les », « la ou les »: two determiners of one noun, not an object pronoun.

After an imperative or an infinitive, « le », « la » and « les » may be object pronouns,
joined to the verb by a hyphen (« choisissez-le »); LanguageTool's ``IMP_PRON`` and
Grammalecte's ``imp`` rules ask for that hyphen. Followed by « ou » and another
determiner (« choisissez le ou les ateliers », « renommer la ou les fonctions »), the word
is a determiner of the noun that follows: the sentence is right, so a finding asking to
hyphen it becomes advice, with the reason in its message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [« le ou les », « la ou les » are two determiners of the noun after them: advice]"
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


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with those asking to hyphen a determiner pair's first word made advice
    (French texts only)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    return [
        replace(f, severity=Severity.INFO, message=f.message + NOTE)
        if asks_hyphen_before_determiner_pair(f, text)
        else f
        for f in findings
    ]
