"""Where the built-in voices' bands come from: human-rated text, measured with brandvoice's
own scores.

    python benchmarks/voice_bands.py            # print the tables
    python benchmarks/voice_bands.py --write    # put them in docs/voices.md

A voice's formality and reading-ease bands are the range its own scores give to text that
people rated in that voice's register, so that a text a reader would call casual is not
flagged "too formal" for a casual voice because the score is coarse. Data, from the shared
test data (see its SOURCES.md):

- **Pavlick & Tetreault (2016)**: 11,000 English sentences (answers, blog, e-mail, news),
  each rated for formality by five people from -3 (very informal) to +3 (very formal). Only
  the training split of brandvoice's formality model is used (its held-out split stays
  held out). Each voice's register is a range of mean human ratings (``REGISTERS``); its
  band is the 5th to 95th percentile of the scores of the sentences rated in that range,
  rounded to 5; a register that reaches the top of the human scale (corporate) keeps its
  band's top open at 100. Reading ease is a floor only: easier text loses no reader, so
  the built-in voices keep the scale's top (150) and the 95th percentile is for reference.
  Formality is scored per sentence; reading ease, which needs a paragraph,
  on blocks of five sentences of the same register drawn at random (fixed seed).
- **CoCoA-MT** (Nădejde et al. 2022): 600 English sentences and their French translations.
  The median gap between Kandel & Moles's reading ease on the French and Flesch's on the
  English is the offset French texts are held to (``brandvoice.profiles.model.FRENCH_EASE_OFFSET``).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table, testdata_dir

from brandvoice.analysis import calibration
from brandvoice.analysis.formality import packaged_weights
from brandvoice.analysis.readability import readability
from brandvoice.profiles import get_voice
from brandvoice.profiles.model import FRENCH_EASE_OFFSET

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "voices.md"
MARKER = "<!-- band figures -->"
OFFSET_MARKER = "<!-- band offset -->"
SEED = 20161
BLOCK = 5
# A band holds 90% of the text people rated in the voice's register: a check flags a text
# only when fewer than 5% of those texts score as far out on that side.
LOW, HIGH = 0.05, 0.95

# Each built-in voice's register, as a range [low, high) of Pavlick's mean human ratings.
# Casual stops short of -2: below it is slang, insult and text-speak, which no brand writes.
REGISTERS: dict[str, tuple[float, float]] = {
    "casual-facebook": (-2.0, 0.0),
    "professional-network": (-0.5, 1.5),
    "expert-blog": (0.0, 2.0),
    "corporate": (1.0, 3.01),
}


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[round(q * (len(ordered) - 1))]


def _round5(value: float) -> int:
    return int(5 * round(value / 5))


def french_offset() -> tuple[float, int]:
    """(median Kandel & Moles minus Flesch on parallel sentences, pairs measured)."""
    path = testdata_dir() / "cocoa-mt-formality-en-fr" / "cocoa-mt-test-en-fr.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    gaps = []
    for row in rows:
        english = readability(row["en_source"], "en")["reading_ease"]
        french = readability(row["fr_formal"], "fr")["reading_ease"]
        if english is not None and french is not None:
            gaps.append(french - english)
    return statistics.median(gaps), len(gaps)


def register_table() -> str:
    samples = calibration.load_pavlick(testdata_dir() / "pavlick-formality-en")
    train, _ = calibration.split(samples)
    weights = packaged_weights()
    scores = [
        min(100.0, max(0.0, weights.points(weights.raw(features))))
        for features in calibration.feature_matrix(train)
    ]
    rng = random.Random(SEED)
    lines = [
        "| voice | register (human rating) | sentences | formality p5–p95 | band | "
        "reading ease p5–p95 | band |",
        "|---|---|---:|---|---|---|---|",
    ]
    for voice_name, (low, high) in REGISTERS.items():
        chosen = [i for i, s in enumerate(train) if low <= s.rating < high]
        formality = [scores[i] for i in chosen]
        texts = [train[i].text for i in chosen]
        rng.shuffle(texts)
        eases = [
            ease
            for start in range(0, len(texts) - BLOCK + 1, BLOCK)
            if (ease := readability(" ".join(texts[start : start + BLOCK]), "en")["reading_ease"])
            is not None
        ]
        f10, f90 = _percentile(formality, LOW), _percentile(formality, HIGH)
        e10, e90 = _percentile(eases, LOW), _percentile(eases, HIGH)
        voice = get_voice(voice_name)
        lines.append(
            f"| {voice_name} | {low:+.1f} to {min(high, 3):+.1f} | {len(chosen):,} | "
            f"{f10:.0f}–{f90:.0f} (→ {_round5(f10)}–{_round5(f90)}) | "
            f"{voice.formality.min}–{voice.formality.max} | "
            f"{e10:.0f}–{e90:.0f} (→ {_round5(e10)}–{_round5(e90)}) | "
            f"{voice.readability.min:.0f}–{voice.readability.max:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help=f"put the tables in {DOC.name}")
    args = parser.parse_args()
    offset, pairs = french_offset()
    bands = register_table()
    gap = "\n".join(
        [
            "| French reading ease: Kandel & Moles minus Flesch | pairs | brandvoice uses |",
            "|---|---:|---:|",
            f"| median over CoCoA-MT's English sentences and their French translations | "
            f"{pairs} | {offset:+.1f} → {FRENCH_EASE_OFFSET:+.1f} |",
        ]
    )
    print(bands + "\n\n" + gap)
    if args.write:
        text = replace_table(DOC.read_text(encoding="utf-8"), MARKER, bands)
        DOC.write_text(replace_table(text, OFFSET_MARKER, gap), encoding="utf-8")


if __name__ == "__main__":
    main()
