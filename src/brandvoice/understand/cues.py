"""Weighted cue lists (``data/intents.yaml``, ``data/actions.yaml``): loading, and finding
which cues a text holds.

A cue is a regular expression matched on whole words (a hyphenated compound is one word),
case-insensitive, on the text with its typographic apostrophes and spaces made plain (same
length, so offsets stay the master's). Each cue counts once, at its first occurrence:
"soldes ... soldes" is one sign of a sale, not two.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from typing import Any

import regex
import yaml

from brandvoice.lang import LANGS
from brandvoice.understand.model import Cue

# Same length replacements only: offsets in the normalised text are offsets in the master.
_PLAIN = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})

# Whole words: no letter, digit or underscore on either side, nor a hyphen joining another
# word, so that "salon" is not found in "Salon-de-Provence", "atelier" in "atelier-boutique"
# nor "class" in "world-class" (a hyphenated compound is one word with its own meaning; a
# cue may spell one out: "brand[- ]new"). French pronouns joined to a verb stay apart:
# "rapportez-les", "contactez-nous", "ce mois-ci".
_CLITICS = r"(?:le|la|les|lui|leur|nous|vous|moi|toi|en|y|ci|là|il|elle|ils|elles|on|t)"
_BEFORE = r"(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}]-)"
_AFTER = rf"(?![\p{{L}}\p{{N}}_])(?!-(?!{_CLITICS}(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}])"
_FLAGS = regex.IGNORECASE | regex.VERSION1


class CueFileError(ValueError):
    """A packaged cue file does not have the expected shape (a bug to fix, not user input)."""


@dataclass(frozen=True, slots=True)
class WeightedPattern:
    source: str
    pattern: regex.Pattern[str]
    weight: float


@dataclass(frozen=True)
class CueSet:
    """One intent's or action's cues for one language, compiled on first use: a post in
    French never pays for the English ones (the cue files hold hundreds of case-folded
    patterns, seconds of compiling)."""

    name: str
    sources: tuple[tuple[str, float], ...]

    @cached_property
    def patterns(self) -> tuple[WeightedPattern, ...]:
        compiled: list[WeightedPattern] = []
        for source, weight in self.sources:
            try:
                pattern = regex.compile(_BEFORE + f"(?:{source})" + _AFTER, _FLAGS)
            except regex.error as error:
                raise CueFileError(f"{self.name}: {source!r}: {error}") from error
            compiled.append(WeightedPattern(source, pattern, weight))
        return tuple(compiled)

    def find(self, plain: str, original: str) -> tuple[Cue, ...]:
        """The cues of this set in ``plain`` (see :func:`plain_text`), one per pattern."""
        found: list[Cue] = []
        for item in self.patterns:
            match = item.pattern.search(plain)
            if match is not None:
                start, end = match.span()
                found.append(Cue(original[start:end], start, end, item.weight))
        # Overlapping cues ("recrute" inside "nous recrutons un") are one sign, the heavier.
        found.sort(key=lambda c: (-c.weight, c.start))
        kept: list[Cue] = []
        for cue in found:
            if not any(cue.start < k.end and k.start < cue.end for k in kept):
                kept.append(cue)
        return tuple(sorted(kept, key=lambda c: c.start))


def plain_text(text: str) -> str:
    return text.translate(_PLAIN)


def score(cues: tuple[Cue, ...]) -> float:
    return sum(cue.weight for cue in cues)


@cache
def load_document(name: str) -> Mapping[str, Any]:
    text = (files("brandvoice.understand") / "data" / name).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise CueFileError(f"{name}: expected a mapping")
    return document


def compile_cues(entries: Any, where: str) -> dict[str, CueSet]:
    """``{lang: {pattern: weight}}`` -> a :class:`CueSet` per language."""
    if not isinstance(entries, dict):
        raise CueFileError(f"{where}: expected `cues:` per language")
    found: dict[str, CueSet] = {}
    for lang in LANGS:
        patterns = entries.get(lang) or {}
        if not isinstance(patterns, dict):
            raise CueFileError(f"{where}.{lang}: expected a mapping of pattern to weight")
        sources: list[tuple[str, float]] = []
        for source, weight in patterns.items():
            if not isinstance(weight, int | float) or weight <= 0:
                raise CueFileError(f"{where}.{lang}: {source!r}: weight must be positive")
            sources.append((str(source), float(weight)))
        # The patterns compile on first use (CueSet.patterns), a bad one then raising
        # CueFileError; tests/test_understand.py classifies examples in both languages.
        found[lang] = CueSet(f"{where}.{lang}", tuple(sources))
    return found


def examples_of(entry: Mapping[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    examples = entry.get("examples") or {}
    if not isinstance(examples, dict):
        raise CueFileError(f"{where}: examples must be a mapping of language to texts")
    return {lang: tuple(str(t) for t in examples.get(lang) or ()) for lang in LANGS}
