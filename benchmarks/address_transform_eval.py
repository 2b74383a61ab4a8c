"""The address transform (vous -> tu, tu -> vous) on CoCoA-MT's formal/informal pairs.

    python benchmarks/address_transform_eval.py [--show N] [--write FILE]

Data: ``cocoa-mt-formality-en-fr/cocoa-mt-test-en-fr.tsv`` from the shared test data
(Nadejde et al., Findings of NAACL 2022): 600 English sentences, each translated into
formal and informal French, with the formality-bearing words marked ``[F]...[/F]``. The
transform turns every formal side into "tu" and compares it with the informal side, and
every informal side into "vous" against the formal side. Figures per direction:

- exact: share of sentences reproduced exactly;
- marked: share of the target's marked spans reproduced exactly (word alignment);
- unwanted: words the transform changed outside the source's marked spans, per 100
  source words outside them, and the share of sentences with at least one such change;
- parse ms: spaCy's parse of the sentence (shared by every transform of a variant);
- rewrite ms: the transform itself on the parsed sentence (after a warm-up).

The translators did more than switch the address at times (rephrasings, "veuillez"
dropped...): those differences count against "exact" and are listed with ``--show``.
``--write FILE`` puts the table in FILE under a ``<!-- address-transform figures -->`` line.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Target, TransformExample, example_target, parse
from brandvoice.adaptation.transforms.address import AddressTransform

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table, testdata_dir

MARKER = "<!-- address-transform figures -->"
_TOKEN = regex.compile(r"\p{L}+(?:['’])?|\p{N}+|[^\s\p{L}\p{N}]")
_MARK = regex.compile(r"\[F\](.*?)\[/F\]")


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a pair: its text and the character spans of its marked words."""

    text: str
    marked: tuple[tuple[int, int], ...]


def read_side(annotated: str) -> Side:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    length = 0
    for match in _MARK.finditer(annotated):
        before = annotated[position : match.start()]
        pieces.append(before)
        length += len(before)
        spans.append((length, length + len(match[1])))
        pieces.append(match[1])
        length += len(match[1])
        position = match.end()
    pieces.append(annotated[position:])
    return Side("".join(pieces), tuple(spans))


@dataclass(frozen=True, slots=True)
class Tokens:
    words: list[str]
    spans: list[tuple[int, int]]


def tokens(text: str) -> Tokens:
    found = list(_TOKEN.finditer(text))
    return Tokens([m[0] for m in found], [(m.start(), m.end()) for m in found])


def _inside(span: tuple[int, int], marked: Sequence[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in marked)


@dataclass(slots=True)
class Score:
    sentences: int = 0
    exact: int = 0
    marked: int = 0
    marked_right: int = 0
    outside_words: int = 0
    unwanted_words: int = 0
    unwanted_sentences: int = 0
    parse_seconds: float = 0.0
    seconds: float = 0.0


def score(source: Side, output: str, target: Side, result: Score) -> bool:
    """Adds one sentence to ``result``; True when it has an unwanted edit."""
    result.sentences += 1
    result.exact += output == target.text
    out, want = tokens(output), tokens(target.text)
    aligned: set[int] = set()  # target tokens the output reproduces
    matcher = difflib.SequenceMatcher(a=out.words, b=want.words, autojunk=False)
    for block in matcher.get_matching_blocks():
        aligned.update(range(block.b, block.b + block.size))
    for span in target.marked:
        covered = [i for i, s in enumerate(want.spans) if _inside(s, [span])]
        result.marked += 1
        result.marked_right += bool(covered) and all(i in aligned for i in covered)
    src = tokens(source.text)
    changed: set[int] = set()  # source tokens the transform rewrote
    matcher = difflib.SequenceMatcher(a=src.words, b=out.words, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            changed.update(range(i1, i2))
    outside = [i for i, s in enumerate(src.spans) if not _inside(s, source.marked)]
    unwanted = [i for i in outside if i in changed]
    result.outside_words += len(outside)
    result.unwanted_words += len(unwanted)
    result.unwanted_sentences += bool(unwanted)
    return bool(unwanted)


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def convert(text: str, target: Target) -> str:
    return run_transforms(Rewrite(text), target, [AddressTransform()]).text


DIRECTIONS = (
    ("vous → tu", "fr_formal_annotated", "fr_informal_annotated", {"address": "tu"}),
    ("tu → vous", "fr_informal_annotated", "fr_formal_annotated", {"address": "vous"}),
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, help="print N mismatches per direction")
    parser.add_argument("--write", type=Path, help="put the Markdown table in this file")
    args = parser.parse_args()

    rows = load(testdata_dir() / "cocoa-mt-formality-en-fr" / "cocoa-mt-test-en-fr.tsv")
    lines = [
        "| direction | domain | sentences | exact | marked | unwanted /100 words "
        "| sentences with unwanted | parse ms | rewrite ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, source_column, target_column, profile in DIRECTIONS:
        target = example_target(TransformExample("", "", lang="fr", profile=profile))
        convert(read_side(rows[0][source_column]).text, target)  # warm-up: models, tables
        scores: dict[str, Score] = {}
        shown = 0
        for row in rows:
            source, wanted = read_side(row[source_column]), read_side(row[target_column])
            started = time.perf_counter()
            parse("fr", source.text)  # cached: the transform reuses it
            parsed = time.perf_counter()
            output = convert(source.text, target)
            seconds = time.perf_counter() - parsed
            for domain in (row["domain"], "all"):
                result = scores.setdefault(domain, Score())
                result.parse_seconds += parsed - started
                result.seconds += seconds
                unwanted = score(source, output, wanted, result)
            if output != wanted.text and shown < args.show:
                shown += 1
                flag = " [unwanted edit]" if unwanted else ""
                print(f"\n[{name}] {row['domain']} {row['line_no']}{flag}")
                print(f"  source: {source.text}\n  output: {output}\n  wanted: {wanted.text}")
        for domain in sorted(scores, key=lambda d: (d == "all", d)):
            s = scores[domain]
            lines.append(
                f"| {name} | {domain} | {s.sentences} | {s.exact / s.sentences:.3f} "
                f"| {s.marked_right / max(1, s.marked):.3f} "
                f"| {100 * s.unwanted_words / max(1, s.outside_words):.2f} "
                f"| {s.unwanted_sentences / s.sentences:.3f} "
                f"| {1000 * s.parse_seconds / s.sentences:.1f} "
                f"| {1000 * s.seconds / s.sentences:.1f} |"
            )
    markdown = "\n".join(lines)
    print()
    print(markdown)
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        args.write.write_text(replace_table(text, MARKER, markdown), encoding="utf-8")


if __name__ == "__main__":
    main()
