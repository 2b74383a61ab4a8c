"""Language detection between the two first-class languages, French and English.

A full language identifier would be overkill: brandvoice only has to choose between
``fr`` and ``en`` for short marketing texts, and function words settle that reliably.
"""

from __future__ import annotations

import heapq
import re
from functools import cache
from typing import Final, Literal

Lang = Literal["fr", "en"]
LANGS: Final[tuple[Lang, ...]] = ("fr", "en")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_FRENCH_WORDS: Final = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "sont",
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "ce",
        "cette",
        "ces",
        "nous",
        "vous",
        "tu",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "qui",
        "que",
        "quoi",
        "ne",
        "pas",
        "plus",
        "notre",
        "nos",
        "votre",
        "vos",
        "ton",
        "ta",
        "tes",
        "mon",
        "ma",
        "mes",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "été",
        "être",
        "avoir",
        "très",
        "aussi",
        "mais",
        "ou",
        "où",
        "donc",
        "car",
        "chez",
        "découvrez",
        "venez",
        "rejoignez",
        "offre",
        "nouveau",
        "nouvelle",
        "jour",
        "c'est",
        "qu'il",
        "d'un",
        "d'une",
        "l'équipe",
    ]
)
_ENGLISH_WORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "was",
        "were",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "this",
        "that",
        "these",
        "those",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "our",
        "your",
        "their",
        "my",
        "his",
        "her",
        "its",
        "be",
        "been",
        "have",
        "has",
        "do",
        "does",
        "not",
        "no",
        "more",
        "very",
        "also",
        "but",
        "or",
        "so",
        "new",
        "join",
        "discover",
        "come",
        "today",
        "it's",
        "we're",
        "you're",
        "don't",
        "can",
        "will",
    ]
)
_FRENCH_LETTERS: Final = frozenset("àâçéèêëîïôûùüÿœæ")


def detect_language(text: str, default: Lang = "en") -> Lang:
    """Guess ``fr`` or ``en`` from function words, breaking ties with French letters."""
    french = english = 0
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        french += word in _FRENCH_WORDS
        english += word in _ENGLISH_WORDS
    if french != english:
        return "fr" if french > english else "en"
    if any(ch in _FRENCH_LETTERS for ch in text.lower()):
        return "fr"
    return _by_vocabulary(text) or default


def _by_vocabulary(text: str) -> Lang | None:
    """Settle a tie between function words ("Bonjour, nouvelle boutique") with the
    frequency dictionaries of the embedded speller: which language knows more words."""
    words = [m.group().lower() for m in _WORD.finditer(text)]
    if not words:
        return None
    known = {lang: sum(w in _vocabulary(lang) for w in words) for lang in LANGS}
    if known["fr"] == known["en"]:
        return None
    return "fr" if known["fr"] > known["en"] else "en"


@cache
def _vocabulary(lang: Lang) -> frozenset[str]:
    try:
        from spellchecker import SpellChecker
    except ImportError:  # the speller's data is optional for detection
        return frozenset()
    # The 20,000 most frequent words are plenty to tell French from English.
    counts = SpellChecker(language=lang).word_frequency.dictionary
    return frozenset(heapq.nlargest(20000, counts, key=counts.__getitem__))


def base_language(lang: str) -> Lang:
    """The language of a language tag, for tables kept per language: "fr" for "fr" (and
    for a regional "fr-CA"), "en" for anything else."""
    return "fr" if lang.startswith("fr") else "en"


# The BCP 47 tags brandvoice checks in: the English and French variants LanguageTool 6.8
# lists (/v2/languages). A bare "en" is American English, a bare "fr" French of France.
LOCALES: Final[tuple[str, ...]] = (
    "en", "en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA",
    "fr", "fr-FR", "fr-CA", "fr-BE", "fr-CH",
)  # fmt: skip
_CANONICAL = {tag.casefold(): tag for tag in LOCALES}


def normalize_locale(tag: str) -> str | None:
    """``tag`` as brandvoice writes it ("en_gb" → "en-GB"), or None when it is not one of
    :data:`LOCALES`."""
    return _CANONICAL.get(tag.strip().replace("_", "-").casefold())


def checked_lang(value: str) -> str:
    """A ``lang`` setting as written in a file or on the command line: ``auto`` or a
    supported tag, canonical ("en_gb" → "en-GB"); ValueError naming the supported ones."""
    if value == "auto":
        return value
    locale = normalize_locale(value)
    if locale is None:
        raise ValueError(_unsupported(""))
    return locale


def _unsupported(value: str) -> str:
    shown = f" {value!r}" if value else ""
    return f"unsupported language{shown}; use auto or one of: {', '.join(LOCALES)}"


def with_region(locale: str, preferred: str | None) -> str:
    """``locale``, or ``preferred`` (a voice's ``locale``) when ``locale`` names no region
    and ``preferred`` is the same language: a British brand's "en" text is British."""
    if preferred and "-" not in locale and base_language(preferred) == base_language(locale):
        return preferred
    return locale


def choose_locale(
    lang: str, text: str, preferred: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """``(locale, evidence)`` for a text: the tag asked for (with ``preferred``'s region,
    a voice's ``locale``, when it names none); for ``auto``, the language detected, in
    ``preferred``'s region if it is that language's, else in the region whose spellings
    the text uses ("colour", "organisation": en-GB), with those words as evidence."""
    if lang != "auto":
        return with_region(resolve_locale(lang, text), preferred), ()
    detected = detect_language(text)
    if preferred and base_language(preferred) == detected:
        return preferred, ()
    from brandvoice.text.regions import detect_region

    return detect_region(text, detected)


def resolve_locale(lang: str, text: str) -> str:
    """The locale a ``lang`` value asks for: the tag itself, written canonically; ``auto``
    the language detected in ``text`` ("fr" or "en"), whose region is the default one."""
    if lang == "auto":
        return detect_language(text)
    locale = normalize_locale(lang)
    if locale is None:
        from brandvoice.errors import InputError

        raise InputError(_unsupported(lang), field="lang")
    return locale


def resolve_language(lang: str, text: str) -> Lang:
    """Validate a ``--lang`` value (a language or one of its regional variants, see
    :data:`LOCALES`) and give its language; ``auto`` detects it from ``text``."""
    return base_language(resolve_locale(lang, text))
