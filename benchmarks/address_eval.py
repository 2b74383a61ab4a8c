"""French address (tu / vous) detection on CoCoA-MT's formal/informal translation pairs.

    python benchmarks/address_eval.py [--show N] [--write FILE]

Data: ``cocoa-mt-formality-en-fr/cocoa-mt-test-en-fr.tsv`` from the shared test data
(Nadejde et al., Findings of NAACL 2022; 600 English sentences, each with a formal and an
informal French translation, in three domains). Every French side is analysed on its own
(``lang="fr"``): the formal side should come out "vous", the informal side "tu". Accuracy
counts any other answer ("mixed", None, the other form) as wrong, over the 1,200 sides.
Prints a Markdown table per domain, the confusions, and with ``--show N`` the first N
errors; ``--write FILE`` puts the table in FILE under a ``<!-- address figures -->`` line.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from brandvoice.analysis import analyze_many

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table, testdata_dir

ROOT = Path(__file__).resolve().parents[1]
MARKER = "<!-- address figures -->"
SIDES = (("fr_formal", "vous"), ("fr_informal", "tu"))


def load_sides(path: Path) -> list[tuple[str, str, str]]:
    """(domain, expected address, French text) for both sides of every row."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row["domain"], expected, row[column]) for row in rows for column, expected in SIDES]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, help="print the first N errors")
    parser.add_argument("--write", type=Path, help="put the Markdown table in this file")
    args = parser.parse_args()

    path = testdata_dir() / "cocoa-mt-formality-en-fr" / "cocoa-mt-test-en-fr.tsv"
    sides = load_sides(path)
    started = time.perf_counter()
    found = [a.address for a in analyze_many([text for _, _, text in sides], lang="fr")]
    seconds = time.perf_counter() - started

    domains = sorted({domain for domain, _, _ in sides})
    lines = ["| domain | sides | accuracy | vous side | tu side |", "|---|---|---|---|---|"]
    for domain in [*domains, "all"]:
        picked = [
            (expected, answer)
            for (d, expected, _), answer in zip(sides, found, strict=True)
            if domain in ("all", d)
        ]
        lines.append(
            f"| {domain} | {len(picked)} | {_accuracy(picked):.3f} | "
            f"{_accuracy([p for p in picked if p[0] == 'vous']):.3f} | "
            f"{_accuracy([p for p in picked if p[0] == 'tu']):.3f} |"
        )
    markdown = "\n".join(lines)
    print(markdown)
    print(f"\n{len(sides)} sides in {seconds:.1f} s")

    confusions = Counter(
        (expected, str(answer))
        for (_, expected, _), answer in zip(sides, found, strict=True)
        if answer != expected
    )
    print("\nconfusions (expected -> found: count):")
    for (expected, answer), count in confusions.most_common():
        print(f"  {expected} -> {answer}: {count}")
    shown = 0
    for (domain, expected, text), answer in zip(sides, found, strict=True):
        if answer != expected and shown < args.show:
            print(f"\n[{domain}] expected {expected}, found {answer}:\n  {text}")
            shown += 1
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        args.write.write_text(replace_table(text, MARKER, markdown), encoding="utf-8")


def _accuracy(pairs: list[tuple[str, str | None]]) -> float:
    return sum(expected == answer for expected, answer in pairs) / max(1, len(pairs))


if __name__ == "__main__":
    main()
