"""Measure how reliable each LanguageTool French grammar rule is, for the second opinion.

    python benchmarks/languagetool_reliability.py [--write]

Runs the checks (LanguageTool required, Grammalecte's second opinion off) over the
**development half** of Grammalecte's tests, the half brandvoice's rules were written
from, and counts, for each LanguageTool grammar rule, its matches on a marked error and
its matches on a correct sentence (sentence-frame rules aside, as in evaluate_typos.py).
``--write`` stores the rules with at least one false alarm in
``src/brandvoice/checks/data/languagetool-reliability-fr.yaml``, which
``brandvoice.checks.second_opinion`` reads. The held-out half is never read here: it
measures the result (evaluate_typos.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from evaluate_typos import (
    DISABLED,
    SENTENCE_FRAME_RULES,
    Case,
    is_held_out,
    load_set,
    on_marked_span,
)
from shared import ROOT, testdata_dir

OUTPUT = ROOT / "src" / "brandvoice" / "checks" / "data" / "languagetool-reliability-fr.yaml"


def measure(cases: list[Case]) -> tuple[Counter[str], Counter[str]]:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.checks.backends.languagetool import RULE_PREFIX
    from brandvoice.findings import Category, Severity

    checker = Checker(disable=DISABLED, languagetool="required", second_opinion=False)
    reports = checker.check_many(
        [CheckRequest(c.sentence, "expert-blog", "blog", "fr") for c in cases]
    )
    matched: Counter[str] = Counter()
    false_alarms: Counter[str] = Counter()
    for case, report in zip(cases, reports, strict=True):
        for rule in {
            f.rule.removeprefix(f"{RULE_PREFIX}.")
            for f in report.findings
            if f.source == RULE_PREFIX
            and f.category is Category.GRAMMAR
            and f.severity is not Severity.INFO
            and f.rule not in SENTENCE_FRAME_RULES
            and (not case.spans or on_marked_span(f, case))
        }:
            (matched if case.spans else false_alarms)[rule] += 1
    return matched, false_alarms


def render(matched: Counter[str], false_alarms: Counter[str], sentences: int) -> str:
    lines = [
        "# LanguageTool's French grammar rules with false alarms on the development half of",
        "# Grammalecte's tests: matches on a marked error (matched_errors) and on a correct",
        "# sentence (false_alarms). Written by benchmarks/languagetool_reliability.py; read by",
        "# brandvoice.checks.second_opinion, which asks a second checker to confirm the",
        "# findings of the rules below its precision threshold.",
        f"measured: {date.today().isoformat()}",
        f"sentences: {sentences}",
        "rules:",
    ]
    for rule in sorted(false_alarms):
        lines.append(
            f"  {rule}: {{matched_errors: {matched[rule]}, false_alarms: {false_alarms[rule]}}}"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args()
    path = testdata_dir() / "grammalecte-tests-fr" / "grammalecte-rules-tests-fr.tsv"
    incorrect, correct = load_set(path, "fr")
    development = [c for c in incorrect + correct if not is_held_out(c)]
    matched, false_alarms = measure(development)
    text = render(matched, false_alarms, len(development))
    if args.write:
        OUTPUT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
