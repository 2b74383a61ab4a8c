"""French elision: which words lose their vowel before which.

« je kiffe » becomes « j'aime », not « je aime »; « pour offrir » becomes « afin d'offrir »;
« d'effectuer » cannot become « d'faire »; « ton adresse », « t'habiller » but « ta honte ».
:func:`elides` says whether a word takes an elided word before it (the aspirated « h »
words of ``data/french-h-aspire.txt`` do not); :func:`fit_left` and :func:`fit_right` say
how an edit must grow to keep the words around it written as French writes them, or that
it cannot be made (they refuse any « h », mute or aspirated).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

# Words that drop their vowel before a vowel or a mute h.
ELIDABLE = frozenset(
    {"de", "que", "le", "la", "je", "ne", "me", "te", "se", "ce", "jusque", "lorsque", "puisque"}
)
_VOWEL_START = regex.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]", regex.IGNORECASE)
_H_START = regex.compile(r"[hH]")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)(\s+)$")
_ELIDED_BEFORE = regex.compile(r"(?<=\p{L})['’]$")
_SPACE_AFTER = regex.compile(r"\s+")


def starts_with_vowel(word: str) -> bool:
    return bool(_VOWEL_START.match(word))


def starts_with_h(word: str) -> bool:
    return bool(_H_START.match(word))


@cache
def aspirated_h() -> frozenset[str]:
    """The beginnings of the words whose « h » is aspirated (« haut », « honte »)."""
    source = resources.files("brandvoice.text").joinpath("data/french-h-aspire.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def starts_with_vowel_sound(word: str, aspirated: frozenset[str]) -> bool:
    """Whether ``word`` elides what comes before it ("t'aider", "ton adresse", "t'habiller"),
    ``aspirated`` listing the words whose "h" is aspirated ("ta honte")."""
    lower = word.lower()
    if lower.startswith("h"):
        return not any(lower.startswith(stem) for stem in aspirated)
    return bool(_VOWEL_START.match(lower))


def elides(word: str) -> bool:
    """Whether a word before ``word`` loses its vowel ("t'aider", "ton amie")."""
    return starts_with_vowel_sound(word, aspirated_h())


def elided_form(word: str, apostrophe: str) -> str:
    """« de » → « d' », « que » → « qu' »: the word without its final e, with the mark."""
    return word[:-1] + apostrophe


class NotElidableError(ValueError):
    """The edit would need a decision about an « h » (mute or aspirated) or an elision the
    replacement cannot take."""


def fit_left(text: str, start: int, replacement: str, apostrophe: str) -> tuple[int, str]:
    """``(start, replacement)`` grown to the left when the word before must change:
    « je kiffe » → « j'aime ». Raises :class:`NotElidableError` for « d'effectuer » → faire."""
    head = text[max(0, start - 20) : start]
    if _ELIDED_BEFORE.search(head):
        if starts_with_vowel(replacement):
            return start, replacement
        raise NotElidableError(replacement)
    before = _WORD_BEFORE.search(head)
    if before is None or before.group(1).lower() not in ELIDABLE:
        return start, replacement
    if starts_with_h(replacement):
        raise NotElidableError(replacement)
    if not starts_with_vowel(replacement):
        return start, replacement
    word = before.group(1)
    word_start = start - len(before.group(0))
    return word_start, elided_form(word, apostrophe) + replacement


def fit_right(
    text: str, end: int, replacement: str, written: str, apostrophe: str
) -> tuple[int, str]:
    """``(end, replacement)`` when the replacement's last word meets the next word:
    « pour offrir » → « afin d'offrir » (the space after is taken in), « afin d'offrir »
    → « pour offrir » (a space is given back)."""
    was_elided = written[-1:] in "'’"
    last = replacement.rsplit(" ", 1)[-1]
    elidable = last.lower() in ELIDABLE
    if was_elided:
        if elidable:
            return end, replacement[: -len(last)] + elided_form(last, apostrophe)
        return end, replacement + " "
    if not elidable:
        return end, replacement
    space = _SPACE_AFTER.match(text, end)
    following = text[space.end() :] if space else ""
    if starts_with_h(following):
        raise NotElidableError(replacement)
    if space is not None and starts_with_vowel(following):
        return space.end(), replacement[: -len(last)] + elided_form(last, apostrophe)
    return end, replacement
