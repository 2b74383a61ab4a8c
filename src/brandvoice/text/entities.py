"""Spans a check must treat as atoms: URLs, e-mail addresses, mentions, hashtags, cashtags, emoji.

A spelling or typography rule must not "fix" ``https://ex.com/ete`` or ``@cafe_du_port``,
and a length rule must not cut one in half. Offsets are code points of the text as given
(Python ``str`` indices), like :class:`brandvoice.findings.Finding` offsets, so
``text[entity.start:entity.end] == entity.text`` always holds.

The rules follow twitter-text, the de facto reference for what social networks link:
URLs come from its extractor (which works on the string it is given, in code points,
without normalising it), hashtags and cashtags from its grammar. Emoji come from the
``emoji`` package's data (current Unicode), widened to whole grapheme clusters.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass

import emoji
import regex

URL = "url"
EMAIL = "email"
MENTION = "mention"
HASHTAG = "hashtag"
CASHTAG = "cashtag"
EMOJI = "emoji"

# Overlaps are settled by position: the entity that starts first wins (a URL swallows a
# "#frag" inside it). Between two starting at the same offset, the first kind here wins.
_PRECEDENCE = (URL, EMAIL, MENTION, HASHTAG, CASHTAG, EMOJI)


@dataclass(frozen=True, slots=True)
class Entity:
    """One atom of a text: ``text[start:end] == self.text``, offsets in code points."""

    kind: str
    start: int
    end: int
    text: str


def find_entities(text: str) -> list[Entity]:
    """Every entity of ``text``, sorted by offset, none overlapping (see ``_PRECEDENCE``)."""
    return list(_entities(text))


def entities_of(text: str) -> tuple[Entity, ...]:
    """:func:`find_entities` as the shared, cached tuple (not to be copied per caller)."""
    return _entities(text)


def entities_of_kind(text: str, kind: str) -> list[Entity]:
    """The entities of ``text`` of one ``kind`` (:data:`URL`, :data:`HASHTAG`...)."""
    return [entity for entity in _entities(text) if entity.kind == kind]


# Checks, transforms and the length fitter all ask for the entities of the same texts;
# finding them (URL extraction, emoji lookup) costs far more than a cache hit.
@functools.lru_cache(maxsize=2048)
def _entities(text: str) -> tuple[Entity, ...]:
    rank = {kind: position for position, kind in enumerate(_PRECEDENCE)}
    urls = find_urls(text)
    candidates = [
        *urls,
        *find_emails(text),
        *find_mentions(text),
        *_hashtags(text, urls),
        *find_cashtags(text),
        *find_emoji(text),
    ]
    # The earliest entity wins; at equal start the stronger kind, then the longer span.
    candidates.sort(key=lambda e: (e.start, rank[e.kind], -(e.end - e.start)))
    kept: list[Entity] = []
    for candidate in candidates:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return tuple(kept)


# --- URLs ---------------------------------------------------------------------------------


def find_urls(text: str) -> list[Entity]:
    """URLs as twitter-text finds them, with or without ``https://`` (``example.com``),
    plus anything written with a scheme that twitter-text leaves out because it does not
    know the top-level domain (``https://shop.example/``, a new gTLD), or a domain it does
    not know followed by a path (``youtube.example/@curlhouse``): still a link."""
    return list(_urls(text))


# The facts, the cues, the hashtags and the entities of the same texts all ask for their
# URLs, and twitter-text's extractor costs far more than a cache hit.
@functools.lru_cache(maxsize=2048)
def _urls(text: str) -> tuple[Entity, ...]:
    from brandvoice.text.protect import PATH_URL, SCHEME_URL

    found = []
    if could_hold_domain(text):
        # twitter-text takes ~0.2 s of CPU to import (its emoji regex): only for a text
        # that may hold what it looks for.
        from twitter_text import extract_urls_with_indices

        for item in extract_urls_with_indices(text):
            start, end = item["indices"]
            found.append(Entity(URL, start, end, text[start:end]))
    for pattern, holds in ((SCHEME_URL, "://" in text), (PATH_URL, "/" in text)):
        if not holds:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(u.start < end and start < u.end for u in found):
                found.append(Entity(URL, start, end, match.group()))
        found.sort(key=lambda u: u.start)
    return tuple(found)


# Every URL twitter-text extracts, with a scheme or without, holds a domain ending in "."
# and a top-level domain from its lists (or punycode "xn--"), and every one of those starts
# with a word character (tests/test_entities.py checks its lists): without a "." followed
# by one, it finds nothing.
_DOT_THEN_WORD = regex.compile(r"\.\w")


def could_hold_domain(text: str) -> bool:
    """Whether twitter-text may find a URL in ``text`` (False: it certainly finds none)."""
    return _DOT_THEN_WORD.search(text) is not None


# --- E-mail addresses -----------------------------------------------------------------------

_EMAIL = regex.compile(
    r"(?<![\w.%+-])"  # not the tail of a longer local part
    r"[\w%+-](?:[\w.%+-]*[\w%+-])?"  # local part, no leading or trailing dot
    r"@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+"  # domain labels
    r"\p{L}{2,}(?![\w-])"  # top-level domain; a final full stop stays outside
)


def find_emails(text: str) -> list[Entity]:
    return [Entity(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


# --- Mentions --------------------------------------------------------------------------------

# "@name" as on X and Instagram, "@name.bsky.social" as on Bluesky and "@name@server.social"
# as on Mastodon. Not after a word character (an e-mail address), "/" or "=" (a URL path
# or query, as Mastodon rules); not followed by another "@" or a letter (twitter-text).
_MENTION = regex.compile(
    r"(?<![\w@＠!#$%&*=/])[@＠]"
    r"[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*"
    r"(?:[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
    r"(?![@＠\w])"
)


def find_mentions(text: str) -> list[Entity]:
    return [Entity(MENTION, m.start(), m.end(), m.group()) for m in _MENTION.finditer(text)]


# --- Hashtags and cashtags ---------------------------------------------------------------------

# twitter-text's hashtag characters: letters, combining marks, digits, "_" and the joiners
# some scripts need inside a word.
_HASHTAG_CHAR = r"\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\u00b7\u30fb"
_HASHTAG = regex.compile(
    rf"(?<![{_HASHTAG_CHAR}&])[#＃]"
    # "#" + U+FE0F or U+20E3 is the keycap emoji #️⃣, not a tag.
    rf"(?![\ufe0f\u20e3])([{_HASHTAG_CHAR}]+)"
)
_HAS_LETTER = regex.compile(r"[\p{L}\p{M}]")
# twitter-text drops a tag glued to another "#" or to "://" ("#http://...").
_HASHTAG_BAD_FOLLOWER = regex.compile(r"[#＃]|://")


def find_hashtags(text: str) -> list[Entity]:
    """``#tag`` or ``＃tag`` holding a letter; not ``C#``, ``&#38;`` nor a URL's ``#frag``."""
    return _hashtags(text, find_urls(text) if "#" in text or "＃" in text else [])


def _hashtags(text: str, urls: Sequence[Entity]) -> list[Entity]:
    """:func:`find_hashtags`, given the text's URLs (all entities read them once)."""
    found = []
    for m in _HASHTAG.finditer(text):
        if not _HAS_LETTER.search(m.group(1)):
            continue  # "#2025" is a number, not a tag
        if _HASHTAG_BAD_FOLLOWER.match(text, m.end()):
            continue
        if any(url.start < m.end() and m.start() < url.end for url in urls):
            continue
        found.append(Entity(HASHTAG, m.start(), m.end(), m.group()))
    return found


# twitter-text's cashtag: "$" and 1-6 letters, optionally ".xx" or "_xx" ("$BRK.A").
_CASHTAG = regex.compile(
    r"(?:^|(?<=[\s\p{Pd}]))\$[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?(?=$|\s|\p{P})"
)


def find_cashtags(text: str) -> list[Entity]:
    return [Entity(CASHTAG, m.start(), m.end(), m.group()) for m in _CASHTAG.finditer(text)]


# --- Emoji ------------------------------------------------------------------------------------

_GRAPHEME = regex.compile(r"\X")
_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_VARIATION_SELECTOR_16 = "\ufe0f"
# Every emoji holds a non-ASCII code point with the Emoji property (keycaps: U+20E3). A
# text without one has no emoji, and the emoji package's scan is the slow part.
_MAYBE_EMOJI = regex.compile(r"[\p{Emoji}--\p{ASCII}]|\u20e3", regex.V1)


def find_emoji(text: str) -> list[Entity]:
    """Each grapheme cluster holding an emoji: a ZWJ family, a flag or a skin tone is one.

    A lone character that Unicode shows as text by default and that has no U+FE0F
    (©, ®, ™, ‼) is typography, not an emoji, and is left out: a corporate voice's
    "no emoji" rule must not fire on "© 2026".
    """
    if not _MAYBE_EMOJI.search(text):
        return []
    matches = _emoji_matches(text)
    if not matches:
        return []
    found: list[Entity] = []
    for emoji_text, match_start, match_end in matches:
        if _is_text_style_symbol(emoji_text, text, match_end):
            continue
        clusters = _clusters_around(text, match_start, match_end)
        starts = [start for start, _ in clusters]
        first = clusters[bisect.bisect_right(starts, match_start) - 1]
        last = clusters[bisect.bisect_left(starts, match_end) - 1]
        start, end = first[0], last[1]
        if found and found[-1].end > start:
            # Two emoji in one cluster (an unlisted ZWJ sequence): one entity.
            start = found.pop().start
        found.append(Entity(EMOJI, start, end, text[start:end]))
    return found


# The emoji package's scan walks the text a character at a time in Python. Every emoji
# sequence it knows holds only non-ASCII characters after its first one, which is non-ASCII
# or a keycap's "#", "*" or digit (tests/test_entities.py checks its data): an ASCII
# character outside those ends whatever it was reading, and it starts afresh after it. So
# it is run on the stretches between such characters that hold a non-ASCII one only, with
# the same matches as on the whole text.
_EMOJI_STRETCH = regex.compile(r"[^\x00-\x22\x24-\x29\x2b-\x2f\x3a-\x7f]+")


def _emoji_matches(text: str) -> list[tuple[str, int, int]]:
    """``emoji.emoji_list(text)``, as (emoji, start, end)."""
    found = []
    for stretch in _EMOJI_STRETCH.finditer(text):
        if stretch.group().isascii():
            continue
        offset = stretch.start()
        for match in emoji.emoji_list(stretch.group()):
            found.append(
                (match["emoji"], offset + match["match_start"], offset + match["match_end"])
            )
    return found


# Two ASCII characters other than CR LF always have a grapheme cluster boundary between
# them (no ASCII character extends, joins, prepends or is a regional indicator), and the
# clusters after a boundary do not depend on what precedes it: the clusters around an
# emoji are read from the last such pair before it instead of from the text's start.
_ASCII_PAIR_BEFORE = regex.compile(r"(?r)[\x00-\x0c\x0e-\x7f][\x00-\x7f]|\r[\x00-\x09\x0b-\x7f]")


def _clusters_around(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The grapheme clusters of ``text`` from a boundary before ``start`` to past ``end``,
    as the whole text's clusters would have them."""
    pair = _ASCII_PAIR_BEFORE.search(text, 0, start + 1)
    clusters = []
    for m in _GRAPHEME.finditer(text, pair.start() + 1 if pair else 0):
        clusters.append((m.start(), m.end()))
        if m.end() >= end:
            break
    return clusters


def _is_text_style_symbol(found: str, text: str, end: int) -> bool:
    return (
        len(found) == 1
        and not _EMOJI_PRESENTATION.match(found)
        and not text.startswith(_VARIATION_SELECTOR_16, end)
    )
