"""What an adaptation could not guarantee, said per variant.

Three promises are audited after the checks: a variant keeps every fact of the master
(URLs, e-mails, phone numbers, prices, dates, times, numbers with units, names) unless a
change says it was cut; it adds no spelling or grammar error the master did not have;
and it has no error-level finding. A broken promise becomes a :class:`Problem`, so a
pipeline can gate on it and a person can see why.
"""

from __future__ import annotations

from collections.abc import Sequence

from brandvoice.adaptation.model import Problem, Variant
from brandvoice.findings import Category, Finding, Report, Severity
from brandvoice.lang import Lang

_LANGUAGE_CATEGORIES = frozenset({Category.SPELLING, Category.GRAMMAR})


def _flagged(text: str, finding: Finding) -> str:
    return text[finding.offset : finding.offset + finding.length].casefold()


def _language_errors(text: str, findings: Sequence[Finding]) -> set[tuple[str, str]]:
    return {
        (f.category.value, _flagged(text, f))
        for f in findings
        if f.category in _LANGUAGE_CATEGORIES and f.severity is not Severity.INFO
    }


def audit(
    master: str,
    lang: Lang,
    master_report: Report,
    variants: Sequence[Variant],
    names: Sequence[str] = (),
) -> list[Problem]:
    """The problems of ``variants``; ``names`` are the brand's names, facts like any other."""
    from brandvoice.understand.facts import extract_facts, missing_facts

    facts = extract_facts(master, lang, names)
    already = _language_errors(master, master_report.findings)
    problems: list[Problem] = []
    for variant in variants:

        def problem(kind: str, message: str, variant: Variant = variant) -> None:
            problems.append(Problem(variant.network, variant.voice, kind, message))

        for fact in missing_facts(facts, variant.text, variant.dropped):
            problem("missing-fact", f"the master's {fact.kind} {fact.text!r} is not in the variant")
        for finding in variant.findings:
            key = (finding.category.value, _flagged(variant.text, finding))
            language_error = (
                finding.category in _LANGUAGE_CATEGORIES and finding.severity is not Severity.INFO
            )
            if language_error and key not in already:
                problem(
                    "introduced-error",
                    f"[{finding.rule}] {key[1]!r}: {finding.message} "
                    "(not in the master: the adaptation introduced it)",
                )
                continue
            if finding.severity is Severity.ERROR:
                origin = " (already in the master)" if key in already else ""
                problem("finding", f"[{finding.rule}] {finding.message}{origin}")
    return problems
