"""Turn code-point offsets into 1-based line and column numbers."""

from __future__ import annotations

import bisect


class LineIndex:
    """Line starts of a text, for repeated offset → (line, column) lookups."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        start = text.find("\n")
        while start >= 0:
            self._starts.append(start + 1)
            start = text.find("\n", start + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column), columns counted in code points."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
