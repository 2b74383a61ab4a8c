"""The formality score: a linear model over an :class:`Observation`'s features, 0-100.

Features (their weights are fitted, see ``data/formality-weights.json`` and
:mod:`brandvoice.analysis.calibration`):

- Heylighen & Dewaele's F-score from parts of speech, the mean sentence length (log) and
  the mean word length: how explicit and elaborate the prose is;
- rates of markers: per word for contractions, informal and formal words, capitals,
  lower-case starts, first- and second-person forms; per sentence for "!", imperatives and
  passives. Emoji count as informal words (the English training sentences have none, so
  they cannot be weighted on their own). French "tu" counts as a second-person form *and*
  as an informal word: choosing "tu" over "vous" is a lexical choice of register that
  English cannot make, and which no French data is available to weigh separately.

The raw linear score (on the scale of the training data, -3 to +3) maps linearly to 0-100
between two anchors, the 1st and 99th percentiles of the training texts' raw scores, and is
clipped there. Because the map is linear, every marker's weight is its exact contribution in
points, and the markers add up with the non-lexical features to the score before clipping.

French text is scored with the same weights after its whole-text features are moved onto
the English scale (``data/formality-fr.json``, :mod:`brandvoice.analysis.french_scale`):
French words are longer, and French prose has more determiners and prepositions, than
English saying the same thing. That is the language, not the register.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from brandvoice.analysis.features import Observation
from brandvoice.analysis.model import (
    CAPS,
    CONTRACTION,
    EMOJI,
    EXCLAMATION,
    FIRST_PERSON,
    FORMAL,
    IMPERATIVE,
    INFORMAL,
    LOWERCASE,
    NEUTRAL_FORMALITY,
    PASSIVE,
    SECOND_PERSON,
    TU,
    VOUS,
    Hit,
    Marker,
)
from brandvoice.lang import base_language


@dataclass(frozen=True, slots=True)
class RateFeature:
    """How often markers of ``kinds`` occur, per word or per sentence."""

    name: str
    kinds: tuple[str, ...]
    per_sentence: bool = False

    def units(self, hit: Hit) -> int:
        # Each "!" of a run counts: "!!!" shouts three times as loud as "!".
        return hit.end - hit.start if hit.kind == EXCLAMATION else 1

    def denominator(self, observation: Observation) -> int:
        stats = observation.stats
        return max(1, len(stats.sentence_lengths) if self.per_sentence else stats.words)

    def value(self, observation: Observation) -> float:
        total = sum(self.units(h) for h in observation.hits if h.kind in self.kinds)
        return total / self.denominator(observation)


RATE_FEATURES: tuple[RateFeature, ...] = (
    RateFeature("contractions", (CONTRACTION,)),
    # Emoji are informal words: the training corpus (2016 sentences) has none, so they
    # could not get a weight of their own.
    RateFeature("informal_words", (INFORMAL, TU, EMOJI)),
    RateFeature("formal_words", (FORMAL,)),
    RateFeature("caps_words", (CAPS,)),
    RateFeature("lowercase", (LOWERCASE,)),
    RateFeature("first_person", (FIRST_PERSON,)),
    RateFeature("second_person", (SECOND_PERSON, TU, VOUS)),
    RateFeature("exclamations", (EXCLAMATION,), per_sentence=True),
    RateFeature("imperatives", (IMPERATIVE,), per_sentence=True),
    RateFeature("passives", (PASSIVE,), per_sentence=True),
)

# Features of the whole text, which no single span is responsible for.
TEXT_FEATURES: dict[str, Callable[[Observation], float]] = {
    "f_score": lambda o: o.stats.f_score / 100.0,
    "sentence_length": lambda o: o.stats.log_sentence_length,
    "word_length": lambda o: o.stats.word_length,
}

FEATURE_NAMES: tuple[str, ...] = (*TEXT_FEATURES, *(f.name for f in RATE_FEATURES))


def feature_vector(observation: Observation) -> list[float]:
    """The features of ``observation``, in :data:`FEATURE_NAMES` order."""
    values = [compute(observation) for compute in TEXT_FEATURES.values()]
    return values + [feature.value(observation) for feature in RATE_FEATURES]


@dataclass(frozen=True, slots=True)
class Weights:
    intercept: float
    coefficients: dict[str, float]
    # Raw scores mapped to 0 and 100.
    low: float
    high: float
    # Added to a feature before weighting: what moves another language's values onto the
    # scale of the training data (French word length, see data/formality-fr.json).
    shifts: dict[str, float] = field(default_factory=dict)

    def raw(self, features: list[float]) -> float:
        return self.intercept + sum(
            self.coefficients.get(name, 0.0) * (value + self.shifts.get(name, 0.0))
            for name, value in zip(FEATURE_NAMES, features, strict=True)
        )

    def points(self, raw: float) -> float:
        """``raw`` on the 0-100 scale, clipped."""
        return _clip(100.0 * (raw - self.low) / (self.high - self.low))

    @property
    def points_per_raw(self) -> float:
        return 100.0 / (self.high - self.low)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Weights:
        return cls(
            intercept=float(data["intercept"]),
            coefficients={k: float(v) for k, v in data["coefficients"].items()},
            low=float(data["scale"]["low"]),
            high=float(data["scale"]["high"]),
        )


def _clip(points: float) -> float:
    return min(100.0, max(0.0, points))


WEIGHTS_FILE = "formality-weights.json"
FRENCH_SCALE_FILE = "formality-fr.json"


def _data(name: str) -> dict[str, Any]:
    path = resources.files("brandvoice.analysis").joinpath("data", name)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@cache
def packaged_weights(lang: str = "en") -> Weights:
    """The weights fitted by ``benchmarks/formality_eval.py --fit``, shipped in the package;
    for French (``lang`` "fr", "fr-CA"...) with the feature shifts fitted by
    ``benchmarks/formality_fr.py --fit``."""
    weights = Weights.from_json(_data(WEIGHTS_FILE))
    if base_language(lang) != "fr":
        return weights
    shifts = {name: float(v) for name, v in _data(FRENCH_SCALE_FILE)["shifts"].items()}
    unknown = set(shifts) - set(FEATURE_NAMES)
    if unknown:
        raise ValueError(f"{FRENCH_SCALE_FILE}: unknown features {sorted(unknown)}")
    return replace(weights, shifts=shifts)


def score(observation: Observation, weights: Weights | None = None) -> tuple[float, list[Marker]]:
    """The formality of ``observation`` (0-100) and its markers with their weights; the
    packaged weights of its language unless ``weights`` are given."""
    weights = weights or packaged_weights(observation.lang)
    markers = weighted_markers(observation, weights)
    if observation.stats.words == 0:
        # No prose to measure ("🔥🔥", "!!!"): the text features would sit far outside
        # anything seen in training, so the markers move the score from the middle.
        return _clip(NEUTRAL_FORMALITY + sum(m.weight for m in markers)), markers
    return weights.points(weights.raw(feature_vector(observation))), markers


def weighted_markers(observation: Observation, weights: Weights) -> list[Marker]:
    text_of = observation.text
    found = []
    for hit in observation.hits:
        weight = 0.0
        for feature in RATE_FEATURES:
            if hit.kind in feature.kinds:
                coefficient = weights.coefficients.get(feature.name, 0.0)
                share = feature.units(hit) / feature.denominator(observation)
                weight += coefficient * share * weights.points_per_raw
        found.append(Marker(hit.kind, hit.start, hit.end, text_of[hit.start : hit.end], weight))
    return found
