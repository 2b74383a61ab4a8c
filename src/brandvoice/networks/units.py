"""The units networks count in. Kept apart from the counting code so that reading the
network data (``brandvoice networks``, profile validation) does not load twitter-text."""

from __future__ import annotations

from enum import StrEnum


class CountUnit(StrEnum):
    """A way of counting a text's length; the value is what a record's ``unit:`` says."""

    TWITTER_WEIGHTED = "twitter-weighted"
    """twitter-text v3: most scripts weigh 1, CJK and emoji 2, every URL 23."""
    GRAPHEMES = "graphemes"
    """User-perceived characters (extended grapheme clusters): an emoji family is 1."""
    CODE_POINTS = "code-points"
    """Unicode code points: an emoji family is 5, e + combining accent is 2."""
    UTF16 = "utf16"
    """UTF-16 code units, what JavaScript's ``length`` counts: an astral emoji is 2."""
    UTF8_BYTES = "utf8-bytes"
    """UTF-8 bytes."""
    MASTODON = "mastodon"
    """Graphemes, every http(s) URL 23, ``@user@server`` as ``@user`` (Mastodon's server)."""
    BLUESKY = "bluesky"
    """Graphemes of the text with each link as the Bluesky app shows it (host + 13 + ...)."""
    THREADS = "threads"
    """Code points, each emoji counted as its UTF-8 bytes (the Threads API's rule)."""
