"""A second opinion on LanguageTool's least reliable French grammar rules.

Some of LanguageTool's French grammar rules are often wrong on correct French: on the
development half of Grammalecte's tests, more than a tenth of their matches fell on
correct sentences (``data/languagetool-reliability-fr.yaml`` lists the rules that had any
false alarm, with their counts; ``benchmarks/languagetool_reliability.py`` measures them
again). When one of those rules is the only checker to see a problem, its finding becomes
advice (info): the report shows it, the gate does not block on it. When Grammalecte or
one of our grammar rules flags the same words, two checkers written apart agree, and it
stays an error.

Without Grammalecte (English, not installed, ``--disable grammalecte``) there is no second
opinion to ask and LanguageTool's findings stand as they are. A user's ``severity``
setting for a rule still has the last word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Final

from brandvoice.checks.backends.languagetool import RULE_PREFIX
from brandvoice.datafiles import parse_packaged_yaml
from brandvoice.findings import Category, Finding, Severity

DATA_PACKAGE: Final = "brandvoice.checks"
RELIABILITY_FILE: Final = "data/languagetool-reliability-{lang}.yaml"
# A rule stands alone when at least this share of its matches were on real errors.
MIN_PRECISION: Final = 0.9
# What a second checker's finding must be about to confirm a grammar match: a grammar or
# spelling finding (Grammalecte reports some agreement errors as misspelt forms).
_CONFIRMING = frozenset({Category.GRAMMAR, Category.SPELLING})
NOTE: Final = " [LanguageTool alone; this rule is often wrong on correct French: advice]"


@dataclass(frozen=True, slots=True)
class Reliability:
    """How one rule did on the development half: matches on a marked error, and matches
    on a correct sentence."""

    matched_errors: int
    false_alarms: int

    @property
    def precision(self) -> float:
        return self.matched_errors / max(self.matched_errors + self.false_alarms, 1)

    @property
    def needs_second_opinion(self) -> bool:
        return self.false_alarms > 0 and self.precision < MIN_PRECISION


@cache
def reliability(lang: str) -> Mapping[str, Reliability]:
    """The measured LanguageTool rules of ``lang`` (rule id without prefix); empty when
    none were measured."""
    resource = files(DATA_PACKAGE) / RELIABILITY_FILE.format(lang=lang)
    if not resource.is_file():
        return {}
    data = parse_packaged_yaml(resource.read_text(encoding="utf-8")) or {}
    rules = data.get("rules", {})
    return {
        rule_id: Reliability(int(counts["matched_errors"]), int(counts["false_alarms"]))
        for rule_id, counts in rules.items()
    }


def needs_second_opinion(finding: Finding, lang: str) -> bool:
    if finding.category is not Category.GRAMMAR or finding.severity is Severity.INFO:
        return False
    measured = reliability(lang).get(finding.rule.removeprefix(f"{RULE_PREFIX}."))
    return measured is not None and measured.needs_second_opinion


def confirmed(finding: Finding, others: Iterable[Finding]) -> bool:
    return any(
        other.category in _CONFIRMING
        and other.severity is not Severity.INFO
        and finding.overlaps(other)
        for other in others
    )


def weigh(
    languagetool: Sequence[Finding], second_checkers: Sequence[Finding], lang: str
) -> list[Finding]:
    """LanguageTool's findings, those of an unreliable rule that no second checker
    confirms turned into advice."""
    return [
        replace(finding, severity=Severity.INFO, message=finding.message + NOTE)
        if needs_second_opinion(finding, lang) and not confirmed(finding, second_checkers)
        else finding
        for finding in languagetool
    ]
