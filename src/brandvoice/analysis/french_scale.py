"""The French formality scale, fitted on CoCoA-MT's parallel sentences (Nădejde et al. 2022).

No French formality ratings exist, so French text is scored with the English weights
(fitted on Pavlick & Tetreault's ratings, :mod:`brandvoice.analysis.calibration`). Read on
French, the whole-text features say "formal" where the language only differs: French
words are longer and French prose has more determiners and prepositions than the English
sentence it translates. CoCoA-MT has 600 English sentences, each translated into French
twice, formally (*vous*) and informally (*tu*): the same content in both languages, which
is what it takes to measure that gap.

The procedure, reproducible (no randomness):

1. read the 600 rows (English source, formal and informal French);
2. split them in halves by the CRC-32 of the English sentence (even: fit, odd: held out),
   so the two translations of a sentence are on the same side;
3. observe every sentence as the analysis observes any text;
4. on the fit half, each whole-text feature's shift is the mean of the English sentences'
   values minus the mean of their French translations' values, both sides pooled: the
   English "you" chooses neither *tu* nor *vous*, so its sentence stands between them.
   Marker rates are not shifted: each language has its own word lists, and *tu* keeps its
   weight as an informal word (the two sides say which is formal, not how much more a
   reader would rate it: that cannot be fitted from them);
5. report, on both halves: how far French scores sit from their English sources' (per side
   and for the mean of the two sides), and how well the score tells the formal side from
   the informal (AUC over all sentences, pairs ordered, accuracy of one threshold fitted on
   the fit half).
"""

from __future__ import annotations

import csv
import statistics
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brandvoice.analysis.formality import FEATURE_NAMES, TEXT_FEATURES, Weights, feature_vector

DATA_FILE = Path("cocoa-mt-formality-en-fr") / "cocoa-mt-test-en-fr.tsv"
# Only the features of the whole text depend on the language's morphology and syntax.
SHIFTED: tuple[str, ...] = tuple(TEXT_FEATURES)


@dataclass(frozen=True, slots=True)
class Row:
    domain: str
    english: str
    formal: str  # the French translation that says "vous"
    informal: str  # ... and the one that says "tu"


@dataclass(frozen=True, slots=True)
class ObservedRow:
    row: Row
    english: list[float]  # feature vectors, in FEATURE_NAMES order
    formal: list[float]
    informal: list[float]


def load_cocoa(directory: Path) -> list[Row]:
    """CoCoA-MT's rows from the shared test data's TSV (see its SOURCES.md)."""
    with (directory / DATA_FILE).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(
                r["domain"],
                r["en_source"].strip(),
                r["fr_formal"].strip(),
                r["fr_informal"].strip(),
            )
            for r in reader
        ]


def in_fit_half(row: Row) -> bool:
    return zlib.crc32(row.english.encode("utf-8")) % 2 == 0


def split(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """(fit half, held-out half)."""
    return [r for r in rows if in_fit_half(r)], [r for r in rows if not in_fit_half(r)]


def observe_rows(rows: Sequence[Row], batch_size: int = 256) -> list[ObservedRow]:
    from brandvoice.analysis.analyze import observe_texts

    english = observe_texts([r.english for r in rows], "en", batch_size)
    french = observe_texts([t for r in rows for t in (r.formal, r.informal)], "fr", batch_size)
    vectors = [feature_vector(o) for o in french]
    return [
        ObservedRow(row, feature_vector(en), vectors[2 * i], vectors[2 * i + 1])
        for i, (row, en) in enumerate(zip(rows, english, strict=True))
    ]


def fit_shifts(observed: Sequence[ObservedRow]) -> dict[str, float]:
    """Per whole-text feature, what moves the French values' mean onto the English one."""
    shifts = {}
    for name in SHIFTED:
        k = FEATURE_NAMES.index(name)
        english = statistics.fmean(o.english[k] for o in observed)
        french = statistics.fmean(v[k] for o in observed for v in (o.formal, o.informal))
        shifts[name] = english - french
    return shifts


@dataclass(frozen=True, slots=True)
class Figures:
    pairs: int
    # Mean French score minus its English source's, in points of the 0-100 scale.
    bias_formal: float
    bias_informal: float
    bias_mean: float  # of the mean of the two sides
    gap_mean: float  # mean |mean of the two sides - English|
    auc: float  # formal side against informal side, all sentences of the half
    ordered: float  # share of pairs whose formal side scores higher
    accuracy: float  # one threshold between the sides, fitted on the fit half


@dataclass(frozen=True, slots=True)
class Scores:
    english: list[float]
    formal: list[float]
    informal: list[float]


def scores(observed: Sequence[ObservedRow], english: Weights, french: Weights) -> Scores:
    """The 0-100 scores of each row's three sentences."""

    def points(weights: Weights, vector: list[float]) -> float:
        return weights.points(weights.raw(vector))

    return Scores(
        [points(english, o.english) for o in observed],
        [points(french, o.formal) for o in observed],
        [points(french, o.informal) for o in observed],
    )


def best_threshold(formal: Sequence[float], informal: Sequence[float]) -> float:
    """The score above which a sentence is called formal that classifies the most
    sentences right (the lowest such one, between two observed scores)."""
    labelled = sorted([(s, 1) for s in formal] + [(s, 0) for s in informal])
    right = len(formal)  # threshold below every score: all called formal
    best, threshold = right, labelled[0][0] - 1.0
    for i, (value, label) in enumerate(labelled):
        right += -1 if label else 1
        following = labelled[i + 1][0] if i + 1 < len(labelled) else value + 1.0
        if following > value and right > best:
            best, threshold = right, (value + following) / 2
    return threshold


def auc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """The chance that a positive scores above a negative (ties count half)."""
    above = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return above / (len(positive) * len(negative))


def figures(found: Scores, threshold: float) -> Figures:
    means = [(f + i) / 2 for f, i in zip(found.formal, found.informal, strict=True)]
    n = len(means)
    right = sum(f > threshold for f in found.formal) + sum(i <= threshold for i in found.informal)
    return Figures(
        pairs=n,
        bias_formal=statistics.fmean(
            f - e for f, e in zip(found.formal, found.english, strict=True)
        ),
        bias_informal=statistics.fmean(
            i - e for i, e in zip(found.informal, found.english, strict=True)
        ),
        bias_mean=statistics.fmean(m - e for m, e in zip(means, found.english, strict=True)),
        gap_mean=statistics.fmean(abs(m - e) for m, e in zip(means, found.english, strict=True)),
        auc=auc(found.formal, found.informal),
        ordered=sum(f > i for f, i in zip(found.formal, found.informal, strict=True)) / n,
        accuracy=right / (2 * n),
    )


def evaluate(
    fit: Sequence[ObservedRow], heldout: Sequence[ObservedRow], english: Weights, french: Weights
) -> dict[str, Figures]:
    """Figures of the ``french`` weights on both halves; the accuracy's threshold is fitted
    on the fit half and applied as is to the held-out one."""
    fit_scores, heldout_scores = scores(fit, english, french), scores(heldout, english, french)
    threshold = best_threshold(fit_scores.formal, fit_scores.informal)
    return {"fit": figures(fit_scores, threshold), "heldout": figures(heldout_scores, threshold)}
