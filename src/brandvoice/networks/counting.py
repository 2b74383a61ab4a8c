"""How networks count a post's length: one counting unit per way of counting, as pure functions.

:func:`count` never raises. A Python ``str`` can hold lone surrogates (a bad JSON escape,
say) that no network can receive, so a text is first read the way an encoder would send
it: a surrogate pair as the character it encodes, a lone surrogate as U+FFFD. Both keep
the text's UTF-16 and UTF-8 sizes (a lone surrogate and U+FFFD are each one UTF-16 unit
and three bytes); only ``code-points`` sees a pair as the one character it is.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from urllib.parse import quote, urlsplit

import regex

from brandvoice.networks.units import CountUnit
from brandvoice.text.entities import find_emoji


def count(text: str, unit: CountUnit) -> int:
    """The length of ``text`` in ``unit``; never raises."""
    return _COUNTERS[unit](as_transmitted(text))


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def as_transmitted(text: str) -> str:
    """``text`` with surrogate pairs joined and lone surrogates replaced by U+FFFD."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# --- Plain units ------------------------------------------------------------------------------

_GRAPHEME = regex.compile(r"\X")


def grapheme_length(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


# --- X: twitter-text weighted length --------------------------------------------------------

# twitter-text is imported by the counters that use it, not with this module: importing any
# part of it compiles its 3,800-alternative emoji regex (~0.2 s of CPU, a tenth of a cold
# `check`), which a post for a network that counts code points never needs.


@cache
def _twitter_configs() -> dict[int, dict[str, Any]]:
    from twitter_text.config import config as twitter_text_configs

    v3: dict[str, Any] = twitter_text_configs["version3"]
    # twitter-text-parser's own "version2" entry lacks the emoji flag parse_tweet reads; v2
    # is v3 with emoji parsing off (twitter-text's config/v2.json has no such flag either).
    v2: dict[str, Any] = {**v3, "version": 2, "emoji_parsing_enabled": False}
    return {2: v2, 3: v3}


def twitter_config(version: int = 3) -> dict[str, Any]:
    """A copy of the twitter-text configuration used for ``version`` (2 or 3)."""
    return copy.deepcopy(_twitter_config(version))


def _twitter_config(version: int) -> dict[str, Any]:
    try:
        return _twitter_configs()[version]
    except KeyError:
        raise ValueError(f"twitter-text config version {version} unsupported; use 2 or 3") from None


@dataclass(frozen=True, slots=True)
class XParse:
    """twitter-text's ``parseTweet`` result; ranges are inclusive UTF-16 indices."""

    weighted_length: int
    valid: bool
    permillage: int
    valid_range_start: int
    valid_range_end: int
    display_range_start: int
    display_range_end: int

    def to_twitter_dict(self) -> dict[str, int | bool]:
        """The result under twitter-text's own (camelCase) names."""
        return {
            "weightedLength": self.weighted_length,
            "valid": self.valid,
            "permillage": self.permillage,
            "validRangeStart": self.valid_range_start,
            "validRangeEnd": self.valid_range_end,
            "displayRangeStart": self.display_range_start,
            "displayRangeEnd": self.display_range_end,
        }


def parse_x(text: str, version: int = 3) -> XParse:
    """The full twitter-text reference result (NFC-normalised, line endings made "\\n")."""
    from twitter_text import parse_tweet

    result = parse_tweet(as_transmitted(text), _twitter_config(version))
    return XParse(
        weighted_length=result.weightedLength,
        valid=result.valid,
        permillage=result.permillage,
        valid_range_start=result.validRangeStart,
        valid_range_end=result.validRangeEnd,
        display_range_start=result.displayRangeStart,
        display_range_end=result.displayRangeEnd,
    )


def twitter_weighted_length(text: str, version: int = 3) -> int:
    return x_length_and_validity(text, version)[0]


# Fitting a variant measures the same candidate texts again (each X post ~2 times per
# adapt), and a text with an emoji takes parse_tweet's emoji regex (~3 ms per 450 characters).
@lru_cache(maxsize=4096)
def x_length_and_validity(text: str, version: int = 3) -> tuple[int, bool]:
    """twitter-text's weighted length and validity, by the fast path when it provably applies."""
    sendable = as_transmitted(text)
    options = _twitter_config(version)
    length = _weigh(sendable, version, with_emoji=True)
    if length is None:
        from twitter_text import parse_tweet

        result = parse_tweet(sendable, options)
        return int(result.weightedLength), bool(result.valid)
    # The fast path only runs on text without invalid characters: validity is the range.
    return length, 0 < length <= options["max_weighted_tweet_length"]


# parse_tweet spends most of its time matching a 3,800-alternative emoji regex and weighing
# characters one by one. Every alternative of that regex holds at least one non-ASCII code
# point listed here (tests check this against twitter-text's data), so a text holding
# none of them cannot contain an emoji and the per-character loop reduces to sums.
@cache
def _non_ascii_emoji_code_points() -> frozenset[str]:
    from twitter_text.regexp.emoji import emoji_list, single_codepoint_emoji_ranges

    ranges = single_codepoint_emoji_ranges
    listed = frozenset(
        [
            *(chr(int(cp, 16)) for entry in emoji_list for cp in entry.codepoint.split()),
            *(chr(cp) for low, high in ranges for cp in range(low, high + 1)),
        ]
    )
    return frozenset(c for c in listed if not c.isascii())


_LINE_ENDING = regex.compile(r"\r\n|\r|\n")  # parse_tweet's convert_line_ending


def weigh_without_emoji(text: str, version: int = 3) -> int | None:
    """parse_tweet's weighted length, computed without its emoji pass; None when it may differ.

    Applies to NFC text (parse_tweet's normalisation is then a no-op) that holds no emoji
    code point and no invalid character. It walks the URLs exactly as parse_tweet does and
    weighs the characters in between with twitter-text's own weight function.
    """
    return _weigh(text, version, with_emoji=False)


def _weigh(text: str, version: int, *, with_emoji: bool) -> int | None:
    """:func:`weigh_without_emoji`, and with ``with_emoji`` for a text holding emoji too:
    they are found where they may start (:func:`_emoji_lengths`) instead of by
    parse_tweet's scan of the whole text, and each weighs what parse_tweet gives it."""
    from twitter_text import extract_urls_with_indices
    from twitter_text.has_invalid_characters import has_invalid_characters

    if not unicodedata.is_normalized("NFC", text) or has_invalid_characters(text):
        return None
    options = _twitter_config(version)
    holds_emoji = not _non_ascii_emoji_code_points().isdisjoint(text)
    if holds_emoji and not (with_emoji and options["emoji_parsing_enabled"]):
        return None
    scale: int = options["scale"]
    url_weight: int = options["transformed_url_length"] * scale
    normalized = _LINE_ENDING.sub("\n", text)
    # Like parse_tweet: one URL per start offset (the last one found wins), and a URL that
    # starts inside the previous one is skipped over with it; at an offset where both a URL
    # and an emoji start the URL counts, and an emoji skips what it spans as a URL does.
    spans = _emoji_lengths(normalized) if holds_emoji else {}
    weights = dict.fromkeys(spans, int(options["default_weight"]))
    for item in extract_urls_with_indices(normalized):
        spans[item["indices"][0]] = len(item["url"])
        weights[item["indices"][0]] = url_weight
    total = 0
    position = 0
    for start in sorted(spans):
        if start < position:
            continue
        total += _weight(normalized[position:start], version) + weights[start]
        position = start + spans[start]
    total += _weight(normalized[position:], version)
    return int(total / scale)


def _emoji_lengths(text: str) -> dict[int, int]:
    """Where parse_tweet's emoji regex finds an emoji in ``text`` (its offset, its length),
    as its ``finditer`` does: tried only at characters an emoji of it may start with (the
    regex is an alternation of literal sequences and a class of single code points)."""
    pattern, starters = _emoji_pattern()
    found: dict[int, int] = {}
    position = 0
    for at, char in enumerate(text):
        if at < position or char not in starters:
            continue
        match = pattern.match(text, at)
        if match is not None:
            found[at] = match.end() - at
            position = match.end()
    return found


@cache
def _emoji_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """twitter-text's emoji regex, and the characters its alternatives start with: the first
    code point of each sequence, and every code point of its class of single ones (built
    from the same ranges)."""
    from twitter_text.regexp.emoji import emoji, emoji_list, single_codepoint_emoji_ranges

    firsts = {chr(int(entry.codepoint.split()[0], 16)) for entry in emoji_list}
    singles = {
        chr(cp) for low, high in single_codepoint_emoji_ranges for cp in range(low, high + 1)
    }
    return emoji, frozenset(firsts | singles)


def _weight(segment: str, version: int) -> int:
    if segment.isascii():
        return len(segment) * _char_weight("a", version)
    return sum(_char_weight(char, version) for char in segment)


@cache
def _char_weight(char: str, version: int) -> int:
    from twitter_text.get_character_weight import get_character_weight

    return int(get_character_weight(char, _twitter_config(version)))


# --- Mastodon ----------------------------------------------------------------------------------

# Mastodon's StatusLengthValidator: URLs (http/https only) become 23 characters, a mention
# "@user@server" counts as "@user", then grapheme clusters are counted. A blank text counts 0.
MASTODON_URL_LENGTH = 23
_BLANK = regex.compile(r"\p{White_Space}*")
_WORD = r"\p{L}\p{M}\p{Nd}\p{Pc}"  # Ruby's [[:word:]]
_MASTODON_MENTION = regex.compile(
    rf"(?<![=/{_WORD}])@(?P<username>[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]+[A-Za-z0-9_]+)?)"
    rf"(?:@[{_WORD}.-]+[{_WORD}]+)?"
)


@cache
def _mention_bad_follower() -> regex.Pattern[str]:
    """twitter-text's end_mention_match: a mention glued to "@", an accented letter or "://"
    is not one."""
    from twitter_text.regexp.latin_accent_chars import latin_accent_chars

    return regex.compile(rf"[@＠{latin_accent_chars.pattern}]|://")


@dataclass(frozen=True, slots=True)
class _Rewrite:
    start: int
    end: int
    replacement: str


def _mastodon_length(text: str) -> int:
    if _BLANK.fullmatch(text):
        return 0
    rewrites = [*_mastodon_urls(text), *_mastodon_mentions(text)]
    return grapheme_length(_apply(text, _drop_overlaps(rewrites)))


def _mastodon_urls(text: str) -> Iterator[_Rewrite]:
    from twitter_text import extract_urls_with_indices

    for item in extract_urls_with_indices(text, extract_urls_without_protocol=False):
        start, end = item["indices"]
        yield _Rewrite(start, end, "x" * MASTODON_URL_LENGTH)


def _mastodon_mentions(text: str) -> Iterator[_Rewrite]:
    for m in _MASTODON_MENTION.finditer(text):
        if not _mention_bad_follower().match(text, m.end()):
            yield _Rewrite(m.start(), m.end(), "@" + m.group("username"))


def _drop_overlaps(rewrites: list[_Rewrite]) -> list[_Rewrite]:
    """twitter-text's remove_overlapping_entities: by start, drop any overlapping a kept one."""
    kept: list[_Rewrite] = []
    for rewrite in sorted(rewrites, key=lambda r: r.start):
        if not kept or kept[-1].end <= rewrite.start:
            kept.append(rewrite)
    return kept


def _apply(text: str, rewrites: list[_Rewrite]) -> str:
    """``text`` with each (sorted, non-overlapping) span replaced."""
    parts: list[str] = []
    position = 0
    for rewrite in rewrites:
        parts += [text[position : rewrite.start], rewrite.replacement]
        position = rewrite.end
    parts.append(text[position:])
    return "".join(parts)


# --- Bluesky -----------------------------------------------------------------------------------

# The Bluesky app detects links with @atproto/api's detectFacets, then (shortenLinks) shows
# and counts each link written with http(s):// as toShortUrl gives it: host + path, query
# and fragment, cut to 13 characters + "..." when longer than 15. A link written without
# a scheme ("example.com/page") is counted as written.
BLUESKY_PATH_SHOWN = 13
BLUESKY_PATH_CUT_AFTER = 15

_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# detectFacets' URL_REGEX (flags gim): JavaScript's \s spelled out, "i" made explicit
# because in JavaScript's non-unicode mode it folds ASCII letters only.
_BLUESKY_LINK = regex.compile(
    rf"(?:^|[{_JS_SPACE}(])"
    rf"(?P<link>[Hh][Tt][Tt][Pp][Ss]?://[^{_JS_SPACE}]+"
    rf"|(?P<domain>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)[^{_JS_SPACE}]*)"
)
_TRAILING_PUNCTUATION = ".,;:!?"


def _bluesky_length(text: str) -> int:
    rewrites = [
        _Rewrite(start, end, bluesky_link_display(text[start:end]))
        for start, end in bluesky_links(text)
    ]
    return grapheme_length(_apply(text, rewrites))


def bluesky_links(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the links the Bluesky app would turn into link facets."""
    for m in _BLUESKY_LINK.finditer(text):
        domain = m.group("domain")
        if domain is not None and not _has_known_tld(domain):
            continue
        start, end = m.span("link")
        if text[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        if text[end - 1] == ")" and "(" not in text[start:end]:
            end -= 1
        yield start, end


def _has_known_tld(domain: str) -> bool:
    # detectFacets compares with the lower-case IANA list, case-sensitively; twitter-text's
    # list of the same TLDs stands in for the "tlds" package.
    from twitter_text.regexp.valid_cctld import valid_cctld
    from twitter_text.regexp.valid_gtld import valid_gtld

    tld = domain.rsplit(".", 1)[-1]
    return bool(valid_gtld.fullmatch(tld) or valid_cctld.fullmatch(tld))


def bluesky_link_display(link: str) -> str:
    """What toShortUrl shows for ``link`` (``link`` unchanged when it is not an http(s) URL).

    The WHATWG URL parsing behind it is followed for what changes lengths: scheme and
    credentials dropped, host lower-cased and IDNA-encoded, default port dropped, a lone
    "/" path dropped, non-ASCII and a few ASCII characters percent-encoded. Dot segments
    ("/a/../b") are not resolved.
    """
    parts = _split_http_url(link)
    if parts is None:
        return link
    host, path, query, fragment = parts
    shown = (
        ("" if path in ("", "/") else _percent_encode(path, _PATH_KEPT))
        + ("?" + _percent_encode(query, _QUERY_KEPT) if query else "")
        + ("#" + _percent_encode(fragment, _FRAGMENT_KEPT) if fragment else "")
    )
    if len(shown) > BLUESKY_PATH_CUT_AFTER:
        return host + shown[:BLUESKY_PATH_SHOWN] + "..."
    return host + shown


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _split_http_url(link: str) -> tuple[str, str, str, str] | None:
    """(host with any non-default port, path, query, fragment), or None where ``new URL``
    would throw or the scheme is not http(s)."""
    cut = min((i for i in (link.find("?"), link.find("#")) if i >= 0), default=len(link))
    # Special schemes read "\" as "/" before the query.
    normalised = link[:cut].replace("\\", "/") + link[cut:]
    try:
        parts = urlsplit(normalised)
        port = parts.port
        hostname = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not hostname:
        return None
    try:
        host = hostname if hostname.isascii() else hostname.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if port is not None and port != _DEFAULT_PORTS[parts.scheme]:
        host += f":{port}"
    return host, parts.path, parts.query, parts.fragment


def _printable_ascii_except(encoded: str) -> str:
    return "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in encoded)


# What WHATWG URL parsing leaves as is (the complement of its percent-encode sets, which
# always hold C0 controls, DEL and non-ASCII): for fragments, special queries and paths.
_FRAGMENT_KEPT = _printable_ascii_except(' "<>`')
_QUERY_KEPT = _printable_ascii_except(" \"#<>'")
_PATH_KEPT = _printable_ascii_except(' "#<>?^`{}')


def _percent_encode(part: str, kept: str) -> str:
    return quote(part, safe=kept, errors="replace")


# --- Threads -----------------------------------------------------------------------------------


def _threads_length(text: str) -> int:
    """Code points, plus each emoji's extra UTF-8 bytes (the API counts an emoji's bytes)."""
    length = len(text)
    for emoji in find_emoji(text):
        length += len(emoji.text.encode("utf-8")) - len(emoji.text)
    return length


_COUNTERS: dict[CountUnit, Callable[[str], int]] = {
    CountUnit.TWITTER_WEIGHTED: twitter_weighted_length,
    CountUnit.GRAPHEMES: grapheme_length,
    CountUnit.CODE_POINTS: len,
    CountUnit.UTF16: _utf16_length,
    CountUnit.UTF8_BYTES: _utf8_length,
    CountUnit.MASTODON: _mastodon_length,
    CountUnit.BLUESKY: _bluesky_length,
    CountUnit.THREADS: _threads_length,
}
