"""Words of a text as the checks and the adaptation both count and compare them.

``style.repetition`` and ``style.long-sentence`` judge a text by these words; the wording
transforms (which must not bring a repetition in) and the sentence splitter (which cuts
what the length rule would flag) ask the same questions. One definition, so that a
transform never makes a text the checks then complain of.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from brandvoice.text.entities import entities_of
from brandvoice.text.protect import SCHEME_URL, ProtectedSpans

REPETITION_WINDOW = 10  # a repeated word is flagged when at most this many words follow the last
MIN_WORD_LENGTH = 4  # shorter words are mostly grammar, whatever the stop-word list says

# A word and what may be glued to it by an apostrophe or a hyphen (l'atelier, rendez-vous).
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
# French elision: the article or pronoun before the apostrophe is not the word.
_ELISION = regex.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
# Frequent verbs and adverbs spaCy's French list lacks, whose repetition is unremarkable.
_MORE_STOP_WORDS = {"fr": frozenset({"faire", "fait", "faites", "bien", "pouvoir", "peut"})}


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang``, lowercase with straight apostrophes. Importing them
    loads ``spacy.lang.<lang>``, which the runner's sentence pipeline has already loaded."""
    if lang == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    words = {word.replace("’", "'").casefold() for word in STOP_WORDS}
    return frozenset(words | _MORE_STOP_WORDS.get(lang, frozenset()))


class ContentWord(NamedTuple):
    offset: int  # where it starts in the word as written ("atelier" in "l'atelier")
    length: int
    key: str  # how it is compared: lowercase, straight apostrophe


def content_word(word: str, lang: str) -> ContentWord | None:
    """``word`` without its French elision or English possessive, or None for a short word,
    a stop word or an English contraction (a function word: we're, don't)."""
    offset = 0
    if lang == "fr":
        elided = _ELISION.match(word)
        if elided:
            offset = elided.end()
            word = word[offset:]
    else:
        word = _POSSESSIVE.sub("", word)
        if "'" in word or "’" in word:
            return None
    key = word.replace("’", "'").casefold()
    if len(word) < MIN_WORD_LENGTH or key in stop_words(lang):
        return None
    return ContentWord(offset, len(word), key)


# Words for counting: runs of letters and digits, joined by an apostrophe, a hyphen or a
# digit separator (l'atelier, rendez-vous, 10:30 and 3,5 are one word each).
_COUNTED_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-.,:/][\p{L}\p{N}]+)*")
# Not words of a sentence; mentions, brand names and product codes are.
_NOT_WORDS = frozenset({"url", "email", "hashtag"})


def not_words(text: str) -> ProtectedSpans:
    """URLs, e-mail addresses and hashtags: a link is one click, not twelve words, and a
    closing run of hashtags is not prose."""
    found = [(e.start, e.end) for e in entities_of(text) if e.kind in _NOT_WORDS]
    schemes = [m.span() for m in SCHEME_URL.finditer(text)]
    return ProtectedSpans([*found, *schemes])


def count_words(text: str, start: int, end: int, skipped: ProtectedSpans) -> int:
    """Words in ``text[start:end]`` outside ``skipped``."""
    return sum(
        1
        for m in _COUNTED_WORD.finditer(text, start, end)
        if not skipped.overlaps(m.start(), m.end())
    )


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
