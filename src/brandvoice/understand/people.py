"""People named by their first name: « Karim et Sébastien vous reçoivent », "Léa et Malik,
qui façonnent…". The small spaCy models often take a lone first name for a place; a person
is never where the news happens (understand's roles), nor a hashtag (the decoration).

One list (``data/first-names.yaml``), read here for both: a name on it, alone, is a person
unless a preposition of place comes right before it ("in Lincoln": a town can bear a
first name).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from brandvoice.lang import base_language
from brandvoice.understand.cues import load_document

DATA_FILE = "first-names.yaml"


@cache
def _names() -> frozenset[str]:
    return frozenset(str(name) for name in load_document(DATA_FILE)["names"])


def _alternation(words: Iterable[object] | None) -> str:
    """``words`` as a regex alternation, longest first ("(?!)": never, when none)."""
    listed = sorted((str(w) for w in words or ()), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in listed) or "(?!)"


@cache
def _after_place_preposition(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A preposition of place ending a text, and the words addressing a person before it."""
    document = load_document(DATA_FILE)
    space = r"[\s\u00a0]+"
    preposition = regex.compile(
        rf"(?<![\p{{L}}])(?:{_alternation(document['place_prepositions'][lang])}){space}$",
        regex.IGNORECASE,
    )
    addressed = regex.compile(
        rf"(?<![\p{{L}}])(?:{_alternation(document['addressed_before'][lang])}),?{space}"
        rf"(?:{_alternation(document['place_prepositions'][lang])}){space}$",
        regex.IGNORECASE,
    )
    return preposition, addressed


# How far back a preposition (and the words addressing a person before it) is looked for.
_REACH = 30


def is_first_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` is a person's first name: one listed name, not right
    after a preposition of place (« Bravo à Karim » addresses him all the same)."""
    if text[start:end] not in _names():
        return False
    before = text[max(0, start - _REACH) : start]
    preposition, addressed = _after_place_preposition(base_language(lang))
    return preposition.search(before) is None or addressed.search(before) is not None


def examples() -> dict[str, dict[str, tuple[str, ...]]]:
    """The data's examples: sentences whose listed name is a person (``person``) or not."""
    found = load_document(DATA_FILE)["examples"]
    return {
        kind: {lang: tuple(map(str, texts)) for lang, texts in by_lang.items()}
        for kind, by_lang in found.items()
    }
