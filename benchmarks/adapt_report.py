"""The adaptation over a corpus of master messages: facts kept, limits met, findings per
variant, problems, and how much the voices differ.

    python benchmarks/adapt_report.py [--no-languagetool] [--write docs/adaptation.md]

Masters: ``tests/fixtures/masters/*.txt`` (invented for these tests, French and English,
with dates, prices, URLs and phone numbers). Every master is adapted to the six default
networks in their default voices, and once more with every built-in voice on Facebook to
measure how different the voices' variants are. Dates are fixed so reruns compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import itertools
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shared import ROOT

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.model import Adaptation, Variant
from brandvoice.profiles import builtin_voice_names
from brandvoice.understand.facts import extract_facts

MASTERS = ROOT / "tests" / "fixtures" / "masters"
DATE = dt.date(2026, 11, 25)
BEGIN, END = "<!-- figures -->", "<!-- /figures -->"


def word_distance(a: str, b: str) -> float:
    """1 - difflib's similarity of the two texts' word sequences: 0 same, 1 nothing shared."""
    return 1 - difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def voice_distances(master: str) -> list[float]:
    """Pairwise distances between the variants the built-in voices write on one network."""
    adaptation = adapt(
        master, voices=builtin_voice_names(), networks=["facebook"], date=DATE, languagetool="off"
    )
    texts = [v.text for v in adaptation.variants]
    return [word_distance(a, b) for a, b in itertools.combinations(texts, 2)]


def within_limit(variant: Variant) -> bool:
    limit = variant.metrics.get("limit")
    return limit is None or int(variant.metrics["count"]) <= int(limit)


def table(rows: list[tuple[str, Adaptation, float]], distances: dict[str, float]) -> str:
    lines = [
        "| master | lang | facts | missing | dropped (length, bio) | within limit | errors "
        "| warnings | introduced errors | voice distance | time (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, adaptation, seconds in rows:
        facts = len(extract_facts(adaptation.master, adaptation.lang))  # type: ignore[arg-type]
        kinds = Counter(p.kind for p in adaptation.problems)
        dropped = sum(len(v.dropped) for v in adaptation.variants)
        ok = sum(within_limit(v) for v in adaptation.variants)
        summary = adaptation.summary
        lines.append(
            f"| {name} | {adaptation.lang} | {facts} | {kinds['missing-fact']} | {dropped} "
            f"| {ok}/{len(adaptation.variants)} | {summary.errors} | {summary.warnings} "
            f"| {kinds['introduced-error']} | {distances[name]:.2f} | {seconds * 1000:.0f} |"
        )
    return "\n".join(lines)


def per_network(rows: list[tuple[str, Adaptation, float]]) -> str:
    by_network: dict[str, list[Variant]] = {}
    for _, adaptation, _ in rows:
        for variant in adaptation.variants:
            by_network.setdefault(variant.network, []).append(variant)
    lines = [
        "| network | variants | within limit | mean count | errors | warnings | infos "
        "| most frequent findings |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for network, variants in by_network.items():
        rules = Counter(f.rule for v in variants for f in v.findings)
        top = ", ".join(f"`{rule}` {n}" for rule, n in rules.most_common(3))
        mean_count = statistics.mean(int(v.metrics["count"]) for v in variants)
        errors = sum(v.summary.errors for v in variants)
        warnings = sum(v.summary.warnings for v in variants)
        infos = sum(v.summary.infos for v in variants)
        lines.append(
            f"| {network} | {len(variants)} | {sum(map(within_limit, variants))} "
            f"| {mean_count:.0f} | {errors} | {warnings} | {infos} | {top} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-languagetool", action="store_true")
    parser.add_argument(
        "--write", type=Path, help="update the figures tables of this Markdown file"
    )
    args = parser.parse_args()
    languagetool = "off" if args.no_languagetool else "required"

    rows: list[tuple[str, Adaptation, float]] = []
    distances: dict[str, float] = {}
    for path in sorted(MASTERS.glob("*.txt")):
        master = path.read_text(encoding="utf-8")
        start = time.perf_counter()
        adaptation = adapt(master, date=DATE, languagetool=languagetool)
        rows.append((path.stem, adaptation, time.perf_counter() - start))
        distances[path.stem] = statistics.mean(voice_distances(master))
        for problem in adaptation.problems:
            print(f"{path.stem}: {problem.network} {problem.kind}: {problem.message}")

    report = (
        table(rows, distances)
        + "\n\n"
        + per_network(rows)
        + f"\n\nLanguageTool: {'no' if args.no_languagetool else 'yes'}; "
        f"{len(rows)} masters, {sum(len(a.variants) for _, a, _ in rows)} variants; "
        f"mean voice distance {statistics.mean(distances.values()):.2f}.\n"
    )
    print(report)
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else "# Adaptation\n"
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        args.write.write_text(f"{head}{BEGIN}\n{report}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
