"""Spans no check may flag and no transform may edit or split: URLs, e-mails, mentions,
hashtags, cashtags, emoji, product codes and the brand's names. They are written as their
owners write them.

:func:`protected_spans` is the one entry point, for the checks (``CheckContext.protected``,
with the words the brand's vocabulary accepts), the adaptation's transforms and pipeline
guard (with the voice's names) and the length fitter (with the key facts it must not cut).
The entities themselves come from :mod:`brandvoice.text.entities`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache

import regex

from brandvoice.text.entities import entities_of

# A product or reference code: letters and digits mixed, at least one of each (SKU-1234,
# X200, B2B, 4K), optionally joined by hyphens or slashes.
PRODUCT_CODE = regex.compile(
    r"(?<![\p{L}\p{N}])(?=[\p{L}\p{N}/-]*\p{N})(?=[\p{L}\p{N}/-]*\p{Lu})"
    r"[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*(?![\p{L}\p{N}])"
)


# Anything written with a scheme is a link to leave alone, even when twitter-text does not
# link it (a top-level domain it does not know, such as .example or a new gTLD).
SCHEME_URL = regex.compile(
    r"(?<![\p{L}\p{N}])[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"]+[^\s<>\".,;:!?)»]"
)
# A domain followed by a path is a link too, without a scheme and whatever its top-level
# domain ("youtube.example/@curlhouse", "shop.coop/fr/ateliers"): twitter-text links only
# the domains it knows, and a glossary or casing rule must not rewrite one it left out.
PATH_URL = regex.compile(
    r"(?<![\p{L}\p{N}@./_-])(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z]{2,}"
    r"/(?:[^\s<>\"]*[^\s<>\".,;:!?)»])?"
)


# One pattern per set of names: every text checked or adapted for a voice asks for its names.
@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> regex.Pattern[str] | None:
    alternatives = sorted({n for n in names if n}, key=len, reverse=True)
    if not alternatives:
        return None
    joined = "|".join(regex.escape(name) for name in alternatives)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_])(?:{joined})(?![\p{{L}}\p{{N}}_])", regex.I)


class ProtectedSpans:
    """Sorted, merged spans with fast overlap and containment queries (logarithmic: a scan
    per token is quadratic on a 100 kB text); any set of spans, such as the analysis's
    entities that are not words, is asked through it."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(s for s in spans if s[1] > s[0]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [start for start, _ in merged]

    def _candidate(self, offset: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.spans[index] if index >= 0 else None

    def contains(self, start: int, end: int) -> bool:
        """Whether [start, end) lies wholly inside one protected span."""
        span = self._candidate(start)
        return span is not None and span[0] <= start and end <= span[1]

    def splits(self, offset: int) -> bool:
        """Whether an insertion at ``offset`` would fall inside a span, not at its edge."""
        span = self._candidate(offset)
        return span is not None and span[0] < offset < span[1]

    def overlaps(self, start: int, end: int) -> bool:
        end = max(end, start + 1)  # a point finding overlaps the span it sits in
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self.spans[index][1] > start


def protected_spans(
    text: str, names: Iterable[str] = (), extra: Iterable[tuple[int, int]] = ()
) -> ProtectedSpans:
    """The spans of ``text`` nothing may touch: its entities, product codes and scheme URLs,
    the ``names`` in it, and the caller's ``extra`` spans (accepted words, key facts)."""
    spans = _protected(text, tuple(names))
    more = list(extra)
    return ProtectedSpans([*spans.spans, *more]) if more else spans


# Every check of a text, every transform of a variant and the pipeline's guard ask for the
# same texts' spans: made once (they are only read).
@lru_cache(maxsize=1024)
def _protected(text: str, names: tuple[str, ...]) -> ProtectedSpans:
    spans = [(e.start, e.end) for e in entities_of(text)]
    spans.extend(m.span() for m in PRODUCT_CODE.finditer(text))
    spans.extend(m.span() for m in SCHEME_URL.finditer(text))
    pattern = _name_pattern(names)
    if pattern is not None:
        # Case-insensitive: a brand name in the wrong case is terminology's business, not a
        # spelling or grammar error.
        spans.extend(m.span() for m in pattern.finditer(text))
    return ProtectedSpans(spans)
