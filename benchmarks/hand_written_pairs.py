"""What two writers reach on one master: hand-written press notes and casual posts beside
brandvoice's.

``benchmarks/data/hand-written-pairs.yaml`` holds, for eight dev masters of
``masters.yaml``, a press note and a casual Facebook post written by hand as an editor
would. This script measures them as ``voices_eval.py`` measures the variants (the same
similarity, bands and key facts) and puts brandvoice's variants of the same masters beside
them, so the similarity goal of issue 17 (<= 0.60) can be read against what people write.

    python benchmarks/hand_written_pairs.py           # the table
    python benchmarks/hand_written_pairs.py --write   # also into docs/voices.md
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from understand_eval import Master, load_masters
from voices_eval import DOC, ROLES, fact_kept, in_band, similarity, variants_of

from brandvoice.analysis import analyze_many

PAIRS = Path(__file__).resolve().parent / "data" / "hand-written-pairs.yaml"
BEGIN, END = "<!-- hand-written figures -->", "<!-- /hand-written figures -->"
# (voice, network) of each text of a pair, as voices_eval adapts them.
SIDES = {"corporate": ("corporate", "website"), "casual": ("casual-facebook", "facebook")}


@dataclass(frozen=True, slots=True)
class Side:
    """One text of a pair, measured."""

    text: str
    in_band: bool
    kept: int
    facts: int


def measure(master: Master, texts: dict[str, str]) -> dict[str, Side]:
    """Each text's band and key facts, as voices_eval measures a variant."""
    analyses = analyze_many(list(texts.values()), master.lang)
    wanted = [fact for role in ROLES for fact in master.facts.get(role, ())]
    sides = {}
    for (side, text), analysis in zip(texts.items(), analyses, strict=True):
        voice, network = SIDES[side]
        banded = in_band(
            voice,
            master.lang,
            analysis.formality,
            analysis.readability.get("reading_ease"),
            sum(analysis.sentence_lengths),
        )
        kept = sum(fact_kept(fact, text, master, network) for fact in wanted)
        sides[side] = Side(text, banded, kept, len(wanted))
    return sides


def ours(master: Master) -> dict[str, str]:
    return {
        side: variants_of(master, voice, network)[0].text
        for side, (voice, network) in SIDES.items()
    }


def report() -> str:
    masters = {m.id: m for m in load_masters()}
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]
    rows = []
    hand_ratios, our_ratios = [], []
    hand_band = our_band = hand_kept = our_kept = facts = 0
    for pair in pairs:
        master = masters[pair["id"]]
        hand = measure(master, {side: pair[side] for side in SIDES})
        mine = measure(master, ours(master))
        hand_ratio = similarity(hand["corporate"].text, hand["casual"].text)
        our_ratio = similarity(mine["corporate"].text, mine["casual"].text)
        hand_ratios.append(hand_ratio)
        our_ratios.append(our_ratio)
        hand_band += sum(s.in_band for s in hand.values())
        our_band += sum(s.in_band for s in mine.values())
        hand_kept += sum(s.kept for s in hand.values())
        our_kept += sum(s.kept for s in mine.values())
        facts += sum(s.facts for s in hand.values())
        rows.append(f"| {pair['id']} | {hand_ratio:.3f} | {our_ratio:.3f} |")
    texts = 2 * len(pairs)
    return "\n".join(
        [
            "| master | by hand | brandvoice |",
            "|---|---|---|",
            *rows,
            f"| **mean similarity** | **{statistics.mean(hand_ratios):.3f}** "
            f"| **{statistics.mean(our_ratios):.3f}** |",
            f"| texts in band | {hand_band} of {texts} | {our_band} of {texts} |",
            f"| key facts found by `still_said` | {hand_kept} of {facts} | {our_kept} of {facts} |",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC}")
    args = parser.parse_args()
    table = report()
    if args.write:
        text = DOC.read_text(encoding="utf-8")
        head, found, rest = text.partition(BEGIN)
        if not found:
            sys.exit(f"{DOC}: no {BEGIN} marker")
        _, _, tail = rest.partition(END)
        DOC.write_text(f"{head}{BEGIN}\n{table}\n{END}{tail}", encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
