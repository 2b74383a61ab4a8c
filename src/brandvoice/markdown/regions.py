"""Blanking parts of a text: excluded characters become spaces, line breaks stay, so every
offset, line and column of what remains is the file's own."""

from __future__ import annotations


class Blanker:
    """A text being blanked, and the spans blanked so far (sorted, merged on demand)."""

    def __init__(self, text: str) -> None:
        self._chars = list(text)
        self._spans: list[tuple[int, int]] = []

    @property
    def text(self) -> str:
        return "".join(self._chars)

    def blank(self, start: int, end: int) -> None:
        if end <= start:
            return
        for index in range(start, end):
            if self._chars[index] not in "\n\r":
                self._chars[index] = " "
        self._spans.append((start, end))

    def spans(self) -> tuple[tuple[int, int], ...]:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self._spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return tuple(merged)


def overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with a span (an empty range: touches one)."""
    end = max(end, start + 1)
    return any(s < end and start < e for s, e in spans)
