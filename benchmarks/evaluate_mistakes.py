"""Recall and false alarms on brandvoice's own French corpus of annotated real mistakes.

    python benchmarks/evaluate_mistakes.py [--no-languagetool] [--diagnose] [--write FILE]

The corpus (``benchmarks/data/french-mistakes.yaml``, CC0) holds small-business posts and
blog paragraphs with the slips a community manager makes, each mistake marked by its
span and category, and correct posts. Unlike the third-party sets of
``evaluate_typos.py``, these are whole posts, so nothing is left out as a sentence frame.

Texts are split in two halves by a CRC-32 of their id (``is_held_out``): brandvoice's
French rules were tuned looking only at the development half's misses and false alarms
(``--diagnose`` prints them); the held-out half is only measured.

Recall: share of annotated mistakes overlapped by a finding of severity warning or error,
for spelling and grammar together (the issue's goal) and for typography. False alarms:
the warning or error findings that overlap no annotated mistake, on the correct and the
incorrect texts alike, counted once per place (LanguageTool and Grammalecte flagging the
same words make one false alarm).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import regex
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from evaluate_typos import DISABLED
from shared import replace_table

if TYPE_CHECKING:
    from brandvoice.findings import Finding, Report

# Date and fact checks read a post's calendar, not its spelling: off here like the post rules.
OFF = [*DISABLED, "facts"]
CORPUS = Path(__file__).resolve().parent / "data" / "french-mistakes.yaml"
MARKER = "<!-- corpus figures -->"


@dataclass(frozen=True, slots=True)
class Mistake:
    start: int
    end: int
    category: str
    fix: str


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    network: str
    text: str
    mistakes: tuple[Mistake, ...]


def locate(text: str, span: str, context: str | None = None, occurrence: int = 1) -> int:
    """Where ``span`` starts in ``text``: inside the ``occurrence``-th (1-based) occurrence
    of ``context`` (the span itself when no context is given). Raises ValueError when the
    annotation does not match the text."""
    context = context or span
    start = -1
    for _ in range(occurrence):
        start = text.index(context, start + 1)
    # The span as a whole word of the context: « a » in « salées a » is the last word.
    inner = regex.search(rf"(?<!\w){regex.escape(span)}(?!\w)", context)
    if inner is None:
        raise ValueError(f"{span!r} is no word of {context!r}")
    return start + inner.start()


def load(path: Path = CORPUS) -> list[Post]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    posts = []
    for entry in data["texts"]:
        text = entry["text"]
        mistakes = []
        for item in entry.get("mistakes") or []:
            start = locate(text, item["span"], item.get("context"), item.get("occurrence", 1))
            mistakes.append(
                Mistake(start, start + len(item["span"]), item["category"], item["fix"])
            )
        posts.append(Post(entry["id"], entry["network"], text, tuple(mistakes)))
    return posts


def is_held_out(post: Post) -> bool:
    """Whether ``post`` is in the held-out half: a hash of its id, the same on every run."""
    return zlib.crc32(post.id.encode("utf-8")) % 2 == 1


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.offset < end and start < finding.offset + max(finding.length, 1)


@dataclass
class Score:
    found: dict[str, int]
    total: dict[str, int]
    false_alarms: int
    posts: int
    seconds: float
    backends: str

    def recall(self, *categories: str) -> float:
        total = sum(self.total.get(c, 0) for c in categories)
        return sum(self.found.get(c, 0) for c in categories) / max(total, 1)

    def count(self, *categories: str) -> int:
        return sum(self.total.get(c, 0) for c in categories)


def score(
    posts: Sequence[Post], reports: Sequence[Report], seconds: float, diagnose: bool
) -> Score:
    from brandvoice.findings import Severity

    found: dict[str, int] = {}
    total: dict[str, int] = {}
    false_alarms = 0
    for post, report in zip(posts, reports, strict=True):
        alarming = [f for f in report.findings if f.severity is not Severity.INFO]
        for mistake in post.mistakes:
            total[mistake.category] = total.get(mistake.category, 0) + 1
            hit = any(_overlaps(f, mistake.start, mistake.end) for f in alarming)
            found[mistake.category] = found.get(mistake.category, 0) + hit
            if diagnose and not hit:
                where = post.text[max(mistake.start - 30, 0) : mistake.end + 20]
                print(f"missed [{post.id}] {mistake.category}: …{where}… → {mistake.fix}")
        stray = [
            f for f in alarming if not any(_overlaps(f, m.start, m.end) for m in post.mistakes)
        ]
        places: list[Finding] = []
        for finding in sorted(stray, key=lambda f: (f.offset, f.length)):
            if not any(_overlaps(finding, p.offset, p.offset + max(p.length, 1)) for p in places):
                places.append(finding)
        false_alarms += len(places)
        if diagnose:
            for finding in stray:
                end = finding.offset + finding.length + 20
                where = post.text[max(finding.offset - 30, 0) : end]
                print(f"false alarm [{post.id}] {finding.rule}: …{where}… {finding.message[:80]}")
    backends = ", ".join(
        name.split(":")[0] for name in reports[0].backends if not name.startswith("spacy")
    )
    return Score(found, total, false_alarms, len(posts), seconds, backends)


def run(posts: Sequence[Post], languagetool: str, disable: Sequence[str], diagnose: bool) -> Score:
    from brandvoice.checks import Checker, CheckRequest

    checker = Checker(disable=[*OFF, *disable], languagetool=languagetool)
    requests = [CheckRequest(p.text, "expert-blog", "blog", "fr") for p in posts]
    start = time.perf_counter()
    reports = checker.check_many(requests)
    return score(posts, reports, time.perf_counter() - start, diagnose)


def _line(title: str, result: Score) -> str:
    typography = f"{result.recall('typography'):.2f}" if result.count("typography") else "–"
    return (
        f"| {title} | {result.backends} | {result.recall('spelling', 'grammar'):.3f} "
        f"| {typography} | {result.false_alarms} "
        f"| {result.count('spelling', 'grammar')} + {result.count('typography')} "
        f"| {result.posts} | {result.seconds:.0f} |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--no-languagetool", action="store_true", help="only the offline run")
    parser.add_argument("--write", type=Path, help="write the figures as Markdown here")
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="print the development half's misses and false alarms (never the held-out's)",
    )
    args = parser.parse_args(argv)
    posts = load()
    halves = [
        ("development half", [p for p in posts if not is_held_out(p)]),
        ("held-out half", [p for p in posts if is_held_out(p)]),
    ]
    runs: list[tuple[str, list[str]]] = [("off", [])]
    if not args.no_languagetool:
        runs = [("required", []), ("required", ["grammalecte"]), *runs]
    lines = [
        "| half | checkers | recall, spelling and grammar | recall, typography "
        "| false alarms | mistakes | posts | time (s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, half in halves:
        diagnose = args.diagnose and name == "development half"
        for languagetool, disable in runs:
            result = run(half, languagetool, disable, diagnose and not disable)
            line = _line(name, result)
            print(line, flush=True)
            lines.append(line)
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        args.write.write_text(replace_table(text, MARKER, "\n".join(lines)), encoding="utf-8")


if __name__ == "__main__":
    main()
