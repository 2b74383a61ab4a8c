"""Fast "does this span overlap a protected one?" for texts with thousands of URLs or emoji."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    """Non-overlapping ``(start, end)`` spans, such as :func:`find_entities` returns, indexed
    for overlap queries in logarithmic time (a scan per token is quadratic on 100 kB)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        # Sorted and disjoint, so the ends are sorted too: the first span ending after
        # ``start`` is the only candidate.
        index = bisect.bisect_right(self._ends, start)
        return index < len(self._starts) and self._starts[index] < end
