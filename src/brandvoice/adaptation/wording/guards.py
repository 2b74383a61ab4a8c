"""Refusing a replacement that would make a check complain where the input did not.

A wording transform swaps a few words; the checks then read the whole variant. Two of
them react to words: the phrase rules (style.wordy, style.cliche, style.pleonasm,
register.slang), which would flag "pour pouvoir" turned into "afin de pouvoir", and
style.repetition, which would flag "purchase" brought in two words after another
"purchase". Both are cheap to test on the few words around an edit, so every candidate
replacement is tried there first and dropped when it adds a match.
"""

from __future__ import annotations

from brandvoice.checks.phrases import phrase_list
from brandvoice.lang import Lang
from brandvoice.text.words import REPETITION_WINDOW, WORD, content_word

# The lists whose phrases must not appear because of an edit: (list, section).
_PHRASE_SECTIONS = (
    ("style", "wordy"),
    ("style", "cliche"),
    ("style", "pleonasm"),
    ("slang", "slang"),
)
# Characters either side of an edit that a phrase of the lists can reach into.
_PHRASE_REACH = 60


def _phrase_count(text: str, lang: Lang) -> int:
    return sum(len(list(phrase_list(name, lang, s).find(text))) for name, s in _PHRASE_SECTIONS)


def adds_phrase(text: str, start: int, end: int, replacement: str, lang: Lang) -> bool:
    """Whether replacing ``text[start:end]`` makes a wordy phrase, a cliché, a pleonasm or
    slang appear in the words around it."""
    left = max(0, start - _PHRASE_REACH)
    right = min(len(text), end + _PHRASE_REACH)
    before = text[left:right]
    after = text[left:start] + replacement + text[end:right]
    return _phrase_count(after, lang) > _phrase_count(before, lang)


def repeats_word(text: str, start: int, end: int, replacement: str, lang: Lang) -> bool:
    """Whether a content word of ``replacement`` that ``text[start:end]`` did not have is
    already among the nearby words (the window style.repetition looks at)."""
    new = set(_content_keys(replacement, lang)) - set(_content_keys(text[start:end], lang))
    if not new:
        return False
    before = [m.group() for m in WORD.finditer(text, 0, start)][-REPETITION_WINDOW - 1 :]
    after = [m.group() for m in WORD.finditer(text, end)][: REPETITION_WINDOW + 1]
    nearby = set(_content_keys(" ".join(before + after), lang))
    return bool(new & nearby)


def _content_keys(text: str, lang: Lang) -> list[str]:
    """The words style.repetition compares, as it compares them."""
    words = (content_word(m.group(), lang) for m in WORD.finditer(text))
    return [word.key for word in words if word is not None]


def is_safe(text: str, start: int, end: int, replacement: str, lang: Lang) -> bool:
    """Whether the replacement adds neither a listed phrase nor a repeated word."""
    return not adds_phrase(text, start, end, replacement, lang) and not repeats_word(
        text, start, end, replacement, lang
    )
