"""Writing a hashtag from words, and telling two hashtags apart.

Accents stay (#Été is a valid tag on every network); spaces, apostrophes, hyphens and
punctuation go, and the casing policy decides the capitals: 'camel' gives #PlageDuMourillon
(readable, and screen readers say the words), 'lower' #plagedumourillon. A possessive's "s"
stays small: "Hatter's Yard" gives #HattersYard, not #HatterSYard.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Literal

import regex

from brandvoice.text.entities import find_hashtags

Casing = Literal["camel", "lower", "any"]

# What twitter-text lets into a tag (letters, marks, digits, "_"); anything else splits words.
_TAG_PART = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")
_INNER_CAPITAL = regex.compile(r".\p{Lu}")
# A possessive's "s", as its own token ("'s") or at the end of a word ("Hatter's").
_POSSESSIVE = regex.compile(r"(?<=\p{L}|^)['’]s$", regex.IGNORECASE)


def hashtag(words: Sequence[str], casing: Casing) -> str | None:
    """``words`` as one hashtag, or None when no valid tag comes out of them."""
    parts = [part for word in words for part in _parts(word)]
    if casing == "lower":
        body = "".join(part.lower() for part in parts)
    else:  # 'camel', and 'any' too: camel is the readable choice when the voice has none
        body = "".join(part if part == "s" else _capitalised(part) for part in parts)
    tag = "#" + body
    return tag if is_single_hashtag(tag) else None


def as_hashtag(tag: str) -> str:
    """A profile's tag with its '#' (profiles may write 'Toulon' or '#Toulon')."""
    return tag if tag.startswith(("#", "＃")) else "#" + tag


def is_single_hashtag(tag: str) -> bool:
    """Whether networks read ``tag`` as exactly one hashtag, the whole of it."""
    found = find_hashtags(tag)
    return len(found) == 1 and found[0].text == tag


def tag_key(tag: str) -> str:
    """What makes two tags the same: #Été, #ete and #ÉTÉ are one tag to a reader."""
    decomposed = unicodedata.normalize("NFKD", tag.lstrip("#＃"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().replace("_", "")


def _parts(word: str) -> list[str]:
    """The tag's pieces of ``word``; a possessive's "s" is "s", which no capital opens."""
    parts: list[str] = _TAG_PART.findall(word)
    if _POSSESSIVE.search(word):
        return [*parts[:-1], "s"]  # the apostrophe split the "s" off
    return parts


def _capitalised(part: str) -> str:
    if _INNER_CAPITAL.search(part):
        return part  # iPhone, McDonald, TGV: the owner's casing
    return part[:1].upper() + part[1:].lower()
