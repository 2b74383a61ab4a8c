"""What each parse downgrade costs and pays (``brandvoice.checks.parse_downgrades``).

    python benchmarks/downgrade_eval.py [--held-out]

A downgrade turns a LanguageTool finding into advice. It pays on a correct sentence where
that finding was the only alarm (one false alarm fewer); it costs on an incorrect one where
it was the only warning or error on the marked error (one error missed). Both are counted
on the development halves of Grammalecte's tests and of LanguageTool's French examples
(the CRC-32 split of ``evaluate_typos.py``) and on the corpus of real mistakes
(``evaluate_mistakes.py``); only the sentences where « a » is followed by a determiner are
checked, the others cannot meet the rule. ``--held-out`` measures the held-out halves
instead: run once, after the decision, never to tune on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))
import evaluate_mistakes
import evaluate_typos
from evaluate_typos import DISABLED, Case, load_set, on_marked_span
from shared import testdata_dir

CANDIDATE = regex.compile(
    r"\ba\s+(?:la|le|les|l['’]|un|une|des|mon|ton|son|ma|ta|sa|mes|tes|ses|notre|votre|"
    r"leur|nos|vos|leurs)\b"
)


def _cases(held_out: bool) -> dict[str, list[Case]]:
    data = testdata_dir()
    sets = {
        "Grammalecte tests (fr)": data / "grammalecte-tests-fr" / "grammalecte-rules-tests-fr.tsv",
        "LanguageTool examples (fr)": data / "languagetool-examples" / "lt-grammar-examples-fr.tsv",
    }
    chosen: dict[str, list[Case]] = {}
    for title, path in sets.items():
        incorrect, correct = load_set(path, "fr")
        chosen[title] = [
            c
            for c in incorrect + correct
            if evaluate_typos.is_held_out(c) is held_out and CANDIDATE.search(c.sentence)
        ]
    posts = [p for p in evaluate_mistakes.load() if evaluate_mistakes.is_held_out(p) is held_out]
    chosen["corpus of real mistakes"] = [
        Case(p.text, tuple((m.start, m.end) for m in p.mistakes), p.id) for p in posts
    ]
    return chosen


def measure(cases: list[Case], show: bool) -> Counter[str]:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.checks.parse_downgrades import NOTE
    from brandvoice.findings import Severity

    checker = Checker(disable=[*DISABLED, "facts"], languagetool="required")
    reports = checker.check_many(
        [CheckRequest(c.sentence, "expert-blog", "blog", "fr") for c in cases]
    )
    counts: Counter[str] = Counter()
    for case, report in zip(cases, reports, strict=True):
        alarming = [f for f in report.findings if f.severity is not Severity.INFO]
        for finding in (f for f in report.findings if f.message.endswith(NOTE)):
            counts["downgraded"] += 1
            if case.spans and on_marked_span(finding, case):
                # costs only when nothing else alarming stays on that error
                stays = any(on_marked_span(f, case) and f.overlaps(finding) for f in alarming)
                counts["error still found" if stays else "error lost"] += 1
                if show and not stays:
                    print("  lost:", _around(case.sentence, finding.offset))
            elif not any(f.overlaps(finding) for f in alarming):
                counts["false alarm removed"] += 1
                print(
                    "  removed:", case.sentence[max(finding.offset - 40, 0) : finding.offset + 40]
                )
            else:
                counts["false alarm kept by another checker"] += 1
    return counts


def _around(text: str, offset: int) -> str:
    return text[max(offset - 40, 0) : offset + 40].replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--held-out", action="store_true", help="the held-out halves (once)")
    args = parser.parse_args()
    for title, cases in _cases(args.held_out).items():
        print(f"{title}: {len(cases)} texts", flush=True)
        # the held-out halves' sentences are never shown, only counted
        print(f"  {dict(measure(cases, show=not args.held_out))}", flush=True)


if __name__ == "__main__":
    main()
