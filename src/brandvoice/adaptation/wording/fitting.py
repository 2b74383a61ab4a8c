"""Writing a replacement the way the text around it is written: capitals and apostrophes."""

from __future__ import annotations

from functools import lru_cache

import regex

from brandvoice.profiles import VoiceProfile
from brandvoice.text.segments import at_sentence_start

STRAIGHT = "'"
CURLY = "’"
APOSTROPHES = STRAIGHT + CURLY
# A letter, for telling an apostrophe inside a word (we're, l'atelier) from a quote mark.
_INNER_APOSTROPHE = regex.compile(r"(?<=\p{L})['’](?=\p{L})")


def match_case(replacement: str, written: str) -> str:
    """``replacement`` with the case of ``written``: "In order to" gives "To", "DO NOT"
    gives "DON'T". A replacement with capitals of its own (a name, "I") keeps them."""
    letters = [ch for ch in written if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        # "ASAP" → "as soon as possible": the caller knows whether a sentence starts there.
        return replacement if _is_acronym(written, replacement) else replacement.upper()
    if written[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    if written[:1].islower() and replacement[:1].isupper() and _plain_capital(replacement):
        # "Hello" written mid-sentence as "hello": the lexicon's capital is only a start.
        return replacement[:1].lower() + replacement[1:]
    return replacement


def _is_acronym(written: str, replacement: str) -> bool:
    """Whether ``written`` in capitals is an acronym that ``replacement`` spells out
    ("ASAP", "BTW"), rather than a word in capitals ("DON'T", "HOWEVER")."""
    return " " in replacement and " " not in written and not any(m in written for m in "'’")


def _plain_capital(word: str) -> bool:
    """Whether the only capital of ``word`` is its first letter ("Hello", not "I'm", "ASAP")."""
    head = word.split(" ")[0].split("'")[0].split(CURLY)[0]
    return len(head) > 1 and not any(ch.isupper() for ch in word[1:])


def text_apostrophe(text: str, voice: VoiceProfile, lang: str, written: str = "") -> str:
    """The apostrophe a replacement should use: the one in what it replaces, else the
    voice's policy, else the one the text uses most; on a tie, French publishing's ’ in
    French and a keyboard's ' in English."""
    for mark in (CURLY, STRAIGHT):
        if mark in written:
            return mark
    policy = voice.typography.apostrophe
    if policy != "consistent":
        return CURLY if policy == "curly" else STRAIGHT
    curly, straight = _apostrophe_counts(text)
    if curly != straight:
        return CURLY if curly > straight else STRAIGHT
    return CURLY if lang == "fr" else STRAIGHT


# A transform asks once per replacement, and a long text has many: count each text once.
@lru_cache(maxsize=16)
def _apostrophe_counts(text: str) -> tuple[int, int]:
    """How many curly and straight apostrophes ``text`` has inside its words."""
    marks = [m.group() for m in _INNER_APOSTROPHE.finditer(text)]
    return marks.count(CURLY), marks.count(STRAIGHT)


def with_apostrophe(replacement: str, mark: str) -> str:
    """``replacement`` with every apostrophe written as ``mark``."""
    return replacement.replace(STRAIGHT, mark).replace(CURLY, mark)


def starts_sentence(text: str, offset: int) -> bool:
    """Whether ``offset`` opens the text, a line or a sentence (see
    :func:`brandvoice.text.segments.at_sentence_start`), opening quotes aside."""
    while offset > 0 and text[offset - 1] in "«“\"'‘(":
        offset -= 1
    return at_sentence_start(text, offset)
