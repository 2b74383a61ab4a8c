"""Recall and false alarms of the typo, grammar and typography checks on third-party data.

    python benchmarks/evaluate_typos.py [--limit N] [--no-languagetool] [--write FILE]

Sets (from ../shared/testdata, see its SOURCES.md):
- Grammalecte's French rule tests (gc_lang/fr/rules.grx): incorrect sentences with their
  marked error spans, and correct sentences;
- LanguageTool's French and English grammar.xml examples (2017 snapshot).

Recall: share of incorrect sentences where at least one finding overlaps a marked span.
False alarms: share of correct sentences with at least one finding of severity warning or
error (info findings are advice, not alarms). Length, terminology, register, style and
readability rules are off: these sentences are not posts. Each set is sampled
deterministically with ``--limit`` (every k-th row), so runs are comparable.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shared import testdata_dir

ROOT = Path(__file__).resolve().parents[1]
# Only the typo, grammar and typography checks are evaluated here: the rules about a post
# (length, terminology, register, style, readability) say nothing about these sentences.
DISABLED = ["length", "terminology", "register", "style", "readability"]
# The test sentences are often fragments ("y aura-t-il du poulet ?", "the the"): a lowercase
# start or a missing final stop is right to flag in a post, not in these. The second false
# alarm column leaves these sentence-frame rules out; the first counts everything.
SENTENCE_FRAME_RULES = frozenset(
    {
        "languagetool.UPPERCASE_SENTENCE_START",
        "languagetool.PUNCTUATION_PARAGRAPH_END",
        "languagetool.FR_PUNCTUATION_PARAGRAPH_END",
    }
)


@dataclass(frozen=True, slots=True)
class Case:
    sentence: str
    spans: tuple[tuple[int, int], ...]  # empty for a correct sentence


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _spans(row: dict[str, str]) -> tuple[tuple[int, int], ...]:
    starts = [int(s) for s in row["marker_start"].split(",") if s.strip() not in ("", "-1")]
    marked = row["marked_span"].split("|||")
    return tuple((s, s + max(len(m), 1)) for s, m in zip(starts, marked, strict=False))


def load_set(path: Path, lang: str) -> tuple[list[Case], list[Case]]:
    incorrect, correct = [], []
    for row in _rows(path):
        if row["lang"].split("-")[0] != lang or not row["sentence"].strip():
            continue
        sentence = row["sentence"].replace("\\t", "\t")
        if row["kind"] == "incorrect":
            spans = _spans(row)
            if spans:
                incorrect.append(Case(sentence, spans))
        else:
            correct.append(Case(sentence, ()))
    return incorrect, correct


def sample(cases: Sequence[Case], limit: int | None) -> list[Case]:
    if not limit or len(cases) <= limit:
        return list(cases)
    step = len(cases) / limit
    return [cases[int(i * step)] for i in range(limit)]


@dataclass
class Score:
    recall: float
    false_alarms: float
    false_alarms_whole_sentences: float
    incorrect: int
    correct: int
    seconds: float
    backends: str


def evaluate(incorrect: list[Case], correct: list[Case], lang: str, languagetool: str) -> Score:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.findings import Severity

    checker = Checker(disable=DISABLED, languagetool=languagetool)
    cases = incorrect + correct
    requests = [CheckRequest(c.sentence, "expert-blog", "blog", lang) for c in cases]
    start = time.perf_counter()
    reports = checker.check_many(requests)
    seconds = time.perf_counter() - start
    found = alarms = frame_free_alarms = 0
    for case, report in zip(cases, reports, strict=True):
        if case.spans:
            found += any(
                f.offset < end and start_ < f.offset + max(f.length, 1)
                for f in report.findings
                for start_, end in case.spans
            )
        else:
            alarming = [f for f in report.findings if f.severity is not Severity.INFO]
            alarms += bool(alarming)
            frame_free_alarms += any(f.rule not in SENTENCE_FRAME_RULES for f in alarming)
    backends = ", ".join(reports[0].backends) if reports else "-"
    return Score(
        found / max(len(incorrect), 1),
        alarms / max(len(correct), 1),
        frame_free_alarms / max(len(correct), 1),
        len(incorrect),
        len(correct),
        seconds,
        backends,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="sentences per set and kind")
    parser.add_argument("--no-languagetool", action="store_true", help="only the offline run")
    parser.add_argument("--write", type=Path, help="write the figures as Markdown here")
    args = parser.parse_args()
    data = testdata_dir()
    sets = [
        (
            "Grammalecte tests (fr)",
            data / "grammalecte-tests-fr" / "grammalecte-rules-tests-fr.tsv",
            "fr",
        ),
        (
            "LanguageTool examples (fr)",
            data / "languagetool-examples" / "lt-grammar-examples-fr.tsv",
            "fr",
        ),
        (
            "LanguageTool examples (en)",
            data / "languagetool-examples" / "lt-grammar-examples-en.tsv",
            "en",
        ),
    ]
    modes = ["off"] if args.no_languagetool else ["required", "off"]
    lines = [
        "| set | LanguageTool | recall | false alarms | false alarms, fragments aside "
        "| incorrect | correct | time (s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for title, path, lang in sets:
        incorrect, correct = load_set(path, lang)
        incorrect, correct = sample(incorrect, args.limit), sample(correct, args.limit)
        for mode in modes:
            score = evaluate(incorrect, correct, lang, mode)
            label = "yes" if mode == "required" else "no (embedded speller)"
            line = (
                f"| {title} | {label} | {score.recall:.3f} | {score.false_alarms:.3f} | "
                f"{score.false_alarms_whole_sentences:.3f} | "
                f"{score.incorrect} | {score.correct} | {score.seconds:.0f} |"
            )
            print(line, flush=True)
            lines.append(line)
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        marker = "<!-- figures -->"
        table = "\n".join(lines)
        if marker in text:
            head = text.split(marker)[0]
            args.write.write_text(f"{head}{marker}\n{table}\n", encoding="utf-8")
        else:
            args.write.write_text(f"{text}{marker}\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
