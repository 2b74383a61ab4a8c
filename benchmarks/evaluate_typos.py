"""Recall and false alarms of the typo, grammar and typography checks on third-party data.

    python benchmarks/evaluate_typos.py [--limit N] [--no-languagetool] [--write FILE]

Sets (from ../shared/testdata, see its SOURCES.md):
- Grammalecte's French rule tests (gc_lang/fr/rules.grx): incorrect sentences with their
  marked error spans, and correct sentences;
- LanguageTool's French and English grammar.xml examples (2017 snapshot).

Grammalecte's tests are split in two halves by a hash of the sentence: brandvoice's French
grammar rules were written looking only at the development half's misses and false alarms;
the held-out half measures them on sentences nobody looked at while writing them.
``--diagnose`` prints the development half's misses by Grammalecte rule group and its
false alarms by rule, which is what the rules were written from. LanguageTool's examples
are split the same way for ``--diagnose`` alone (their figures are for the whole set): it
prints their development half's misses by why they are missed (a rule LanguageTool 6.8 no
longer has, found as advice and by whom, or missed by every checker).

Recall: share of incorrect sentences where at least one finding of severity warning or
error overlaps a marked span. False alarms: share of correct sentences with at least one
such finding (info findings are advice: they neither find errors nor raise alarms here).
Length, terminology, register, style and readability rules are off: these sentences are not
posts. Each set is sampled
deterministically with ``--limit`` (every k-th row), so runs are comparable.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

sys.path.insert(0, str(Path(__file__).parent))
from shared import testdata_dir

if TYPE_CHECKING:
    from brandvoice.findings import Finding, Report

ROOT = Path(__file__).resolve().parents[1]
# Only the typo, grammar and typography checks are evaluated here: the rules about a post
# (length, terminology, register, style, readability) say nothing about these sentences.
# The pleonasm rule is the exception among the style rules: a pleonasm is a mistake in any
# sentence (« au jour d'aujourd'hui », « collaborer ensemble »), a warning in brandvoice
# like a grammar error, and both test sets mark them as errors. The other checkers' style
# findings (their pleonasms included) are advice and count on neither side.
DISABLED = [
    "length",
    "terminology",
    "register",
    "style.wordy",
    "style.cliche",
    "style.repetition",
    "style.long-sentence",
    "readability",
]
# The test sentences are often fragments ("y aura-t-il du poulet ?", "the the"): a lowercase
# start, a missing final stop or a quotation cut open is right to flag in a post, not in
# these. The second false
# alarm column leaves these sentence-frame rules out; the first counts everything.
SENTENCE_FRAME_RULES = frozenset(
    {
        "languagetool.UPPERCASE_SENTENCE_START",
        "languagetool.PUNCTUATION_PARAGRAPH_END",
        "languagetool.FR_PUNCTUATION_PARAGRAPH_END",
        "languagetool.POINT",  # « Un point est requis pour indiquer la fin de cette phrase. »
        "languagetool.POINTS_2",  # the same message, for other sentence shapes
        # A « or " the fragment opens and the longer text closes, or a » closing a quotation
        # opened before the fragment (a paragraph of a quoted testimony opens with the »
        # that continues it): every correct sentence of the Grammalecte tests' development
        # half it flags (37) is such a cut, from Poe's and Molière's texts.
        "typography.unpaired-mark",
    }
)


@dataclass(frozen=True, slots=True)
class Case:
    sentence: str
    spans: tuple[tuple[int, int], ...]  # empty for a correct sentence
    group: str = ""  # the test's rule (Grammalecte) or rule id (LanguageTool)
    category: str = ""  # LanguageTool's category of that rule (its 2017 snapshot)


def on_marked_span(finding: Finding, case: Case) -> bool:
    """Whether ``finding`` overlaps one of the errors marked in ``case`` (an empty finding
    counts as the character at its offset)."""
    return any(
        finding.offset < end and start < finding.offset + max(finding.length, 1)
        for start, end in case.spans
    )


def is_held_out(case: Case) -> bool:
    """Whether ``case`` is in the held-out half: a hash of the sentence, so the split is the
    same on every run and machine, and independent of the file's order."""
    return zlib.crc32(case.sentence.encode("utf-8")) % 2 == 1


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
                incorrect.append(
                    Case(sentence, spans, row.get("rule_id", ""), row.get("category_id", ""))
                )
        else:
            correct.append(Case(sentence, (), row.get("rule_id", ""), row.get("category_id", "")))
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
    # LanguageTool's examples only (None elsewhere): recall on the examples of rules the
    # installed LanguageTool still has, and on those of them that are not style (advice).
    recall_current: float | None = None
    recall_current_not_style: float | None = None


def evaluate(
    incorrect: list[Case],
    correct: list[Case],
    lang: str,
    languagetool: str,
    diagnose: bool = False,
) -> list[Score]:
    """Scores with every backend that runs, then, when Grammalecte ran, a second run
    without it (not just its findings left out: its second opinion on LanguageTool's
    findings goes too)."""
    scores, ran_grammalecte = _run(incorrect, correct, lang, languagetool, [], diagnose)
    if ran_grammalecte:
        scores += _run(incorrect, correct, lang, languagetool, ["grammalecte"], False)[0]
    return scores


def _run(
    incorrect: list[Case],
    correct: list[Case],
    lang: str,
    languagetool: str,
    disable: list[str],
    diagnose: bool,
) -> tuple[list[Score], bool]:
    from brandvoice.checks import Checker, CheckRequest

    checker = Checker(disable=[*DISABLED, *disable], languagetool=languagetool)
    cases = incorrect + correct
    requests = [CheckRequest(c.sentence, "expert-blog", "blog", lang) for c in cases]
    start = time.perf_counter()
    reports = checker.check_many(requests)
    seconds = time.perf_counter() - start
    ran_grammalecte = any(b.startswith("grammalecte") for r in reports for b in r.backends)
    scored = score(cases, reports, len(incorrect), seconds, diagnose)
    rules = languagetool_rules(lang)
    if rules and any(c.category for c in cases):  # LanguageTool's examples
        scored.recall_current = recall_where(cases, reports, lambda c: has_rule(c, rules))
        scored.recall_current_not_style = recall_where(
            cases, reports, lambda c: has_rule(c, rules) and not rules[c.group.split("[")[0]]
        )
        if diagnose:
            print("missed, by why:", why_missed(cases, reports, lang).most_common())
    return [scored], ran_grammalecte


def score(
    cases: list[Case], reports: list[Report], incorrect: int, seconds: float, diagnose: bool
) -> Score:
    from brandvoice.findings import Severity

    correct = len(cases) - incorrect
    found = alarms = frame_free_alarms = 0
    missed: Counter[str] = Counter()
    alarm_rules: Counter[str] = Counter()
    for case, report in zip(cases, reports, strict=True):
        alarming = [f for f in report.findings if f.severity is not Severity.INFO]
        if case.spans:
            hit = any(on_marked_span(f, case) for f in alarming)
            found += hit
            if not hit:
                missed[case.group] += 1
        else:
            alarms += bool(alarming)
            frame_free_alarms += any(f.rule not in SENTENCE_FRAME_RULES for f in alarming)
            alarm_rules.update({f.rule for f in alarming})
    if diagnose:
        print("missed, by test group:", missed.most_common(60))
        print("false alarms, by rule:", alarm_rules.most_common(40))
    backends = ", ".join(
        name.split(":")[0] for name in reports[0].backends if not name.startswith("spacy")
    )
    return Score(
        found / max(incorrect, 1),
        alarms / max(correct, 1),
        frame_free_alarms / max(correct, 1),
        incorrect,
        correct,
        seconds,
        backends,
    )


@cache
def languagetool_rules(lang: str) -> dict[str, bool]:
    """The rule and rule group ids of the installed LanguageTool's ``lang`` XML rules (its
    grammar.xml and style.xml, read from its language module's jar), each with whether it
    sits in a category of type style (advice in brandvoice: regionalisms, pleonasms,
    anglicisms...); empty when LanguageTool is not installed."""
    from brandvoice.languagetool import find_installation

    installation = find_installation()
    if installation is None:
        return {}
    rules: dict[str, bool] = {}
    for jar in installation.root.glob(f"lib/org.languagetool.language-{lang}-*.jar"):
        with zipfile.ZipFile(jar) as archive:
            for name in archive.namelist():
                if name.startswith(f"org/languagetool/rules/{lang}/") and name.endswith(".xml"):
                    xml = archive.read(name).decode("utf-8")
                    for category in xml.split("<category")[1:]:
                        style = regex.match(r'[^>]*\btype="style"', category) is not None
                        for rule in regex.findall(
                            r'<(?:rule|rulegroup)\b[^>]*\bid="([^"]+)"', category
                        ):
                            rules[rule] = style
    return rules


def has_rule(case: Case, rules: dict[str, bool]) -> bool:
    """Whether the installed LanguageTool still has the rule ``case`` is an example of (its
    examples are a 2017 snapshot); True when LanguageTool is not installed."""
    return not rules or case.group.split("[")[0] in rules


def recall_where(cases: list[Case], reports: list[Report], keep: Callable[[Case], bool]) -> float:
    """Recall on the incorrect ``cases`` that ``keep`` keeps."""
    from brandvoice.findings import Severity

    kept = [
        any(on_marked_span(f, case) for f in report.findings if f.severity is not Severity.INFO)
        for case, report in zip(cases, reports, strict=True)
        if case.spans and keep(case)
    ]
    return sum(kept) / max(len(kept), 1)


def why_missed(cases: list[Case], reports: list[Report], lang: str) -> Counter[str]:
    """The missed incorrect examples of LanguageTool by why: a rule LanguageTool (the
    installed version) no longer has, found as advice (by the rule's kind: style, the
    second opinion, the parse downgrade, a name), or missed by every checker."""
    from brandvoice.checks.parse_downgrades import NOTE as PARSE_NOTE
    from brandvoice.checks.second_opinion import NOTE as SECOND_OPINION_NOTE
    from brandvoice.findings import Category, Severity

    rules = languagetool_rules(lang)
    why: Counter[str] = Counter()
    for case, report in zip(cases, reports, strict=True):
        if not case.spans or any(
            on_marked_span(f, case) for f in report.findings if f.severity is not Severity.INFO
        ):
            continue
        advice = [f for f in report.findings if on_marked_span(f, case)]
        if not has_rule(case, rules):
            reason = "rule no longer in LanguageTool"
            print(f"  no longer in LanguageTool: {case.group} ({case.category}): {case.sentence}")
        elif rules[case.group.split("[")[0]]:
            reason = "style rule in LanguageTool (advice by design)"
        elif any(f.message.endswith(SECOND_OPINION_NOTE) for f in advice):
            reason = "advice: second opinion"
        elif any(f.message.endswith(PARSE_NOTE) for f in advice):
            reason = "advice: parse downgrade"
        elif any(f.category is Category.STYLE for f in advice):
            reason = "advice: style"
        elif advice:
            reason = "advice: other (names...)"
        else:
            reason = "missed by every checker"
        why[f"{reason} ({case.category})"] += 1
    return why


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="sentences per set and kind")
    parser.add_argument("--no-languagetool", action="store_true", help="only the offline run")
    parser.add_argument("--write", type=Path, help="write the figures as Markdown here")
    parser.add_argument(
        "--only", help="only the sets whose title contains this (e.g. 'LanguageTool examples (fr)')"
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="print the development half's misses and false alarms, by group and rule",
    )
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
        "| set | checkers | recall | recall, rules LanguageTool 6.8 has | ... and not style "
        "| false alarms | false alarms, fragments aside | incorrect | correct | time (s) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for title, path, lang in sets:
        if args.only and args.only not in title:
            continue
        incorrect, correct = load_set(path, lang)
        halves: list[tuple[str, list[Case], list[Case]]] = [(title, incorrect, correct)]
        if path.parent.name == "grammalecte-tests-fr":
            halves = [
                (
                    f"{title}, {name}",
                    [c for c in incorrect if is_held_out(c) is held_out],
                    [c for c in correct if is_held_out(c) is held_out],
                )
                for name, held_out in (("development half", False), ("held-out half", True))
            ]
        elif args.diagnose:
            # the examples' development half only, split like Grammalecte's tests
            development = [c for c in incorrect if not is_held_out(c)]
            halves = [
                (
                    f"{title}, development half",
                    development,
                    [c for c in correct if not is_held_out(c)],
                )
            ]
        for half_title, half_incorrect, half_correct in halves:
            if args.diagnose and "held-out" in half_title:
                continue  # never look at the held-out half's individual errors
            evaluated = sample(half_incorrect, args.limit), sample(half_correct, args.limit)
            for mode in modes:
                for result in evaluate(*evaluated, lang, mode, args.diagnose):
                    line = (
                        f"| {half_title} | {result.backends} | {result.recall:.3f} | "
                        f"{_figure(result.recall_current)} | "
                        f"{_figure(result.recall_current_not_style)} | "
                        f"{result.false_alarms:.3f} | {result.false_alarms_whole_sentences:.3f} "
                        f"| {result.incorrect} | {result.correct} | {result.seconds:.0f} |"
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
