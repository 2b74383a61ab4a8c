"""The spans that remove some units of a text and leave its lines well formed.

Removing a unit takes the space before it, except for units ahead of the first kept unit
of their line, which take the space after them: the line's kept text then starts where
the line started, and a line emptied entirely takes the line break before it. The spans
never overlap (at most they touch), so each can be an edit of its own.

A line's spans depend on that line's removed units alone and stay between the end of the
line before it and the end of its own last unit: :class:`Lines` keeps the text line by
line, so that removing a unit rewrites one line, not the whole text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import groupby

from brandvoice.adaptation.fitting.units import Unit

_Line = list[tuple[int, Unit]]


def removal_spans(units: Sequence[Unit], removed: Collection[int]) -> dict[int, tuple[int, int]]:
    """``{unit index: (start, end)}`` to delete for each removed unit (indices into ``units``,
    which are in text order)."""
    removed = set(removed)
    spans: dict[int, tuple[int, int]] = {}
    previous_line_end: int | None = None
    for line in _lines(units):
        spans.update(_line_spans(line, removed, previous_line_end))
        previous_line_end = line[-1][1].end
    return spans


def _lines(units: Sequence[Unit]) -> list[_Line]:
    return [list(group) for _, group in groupby(enumerate(units), key=lambda p: p[1].line)]


def _line_spans(
    line: _Line, removed: Collection[int], previous_line_end: int | None
) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    kept = [position for position, (index, _) in enumerate(line) if index not in removed]
    first_kept = kept[0] if kept else len(line)
    for position, (index, unit) in enumerate(line):
        if index not in removed:
            continue
        if position < first_kept and first_kept < len(line):
            # Ahead of the line's first kept unit: take the space after it.
            spans[index] = (unit.start, line[position + 1][1].start)
        elif position == 0:
            # The whole line goes: take the line break before it.
            start = previous_line_end if previous_line_end is not None else unit.start
            spans[index] = (start, unit.end)
        else:
            spans[index] = (line[position - 1][1].end, unit.end)
    return spans


class Lines:
    """A text as its lines of units (each from the end of the line before, the first from
    the text's start, to the end of its last unit) and the tail after them; with some
    units removed, ``"".join(lines.parts)`` is the text without them, spaced as
    :func:`removal_spans` spaces it."""

    def __init__(self, text: str, units: Sequence[Unit]) -> None:
        self.text = text
        self._lines = _lines(units)
        self._bounds: list[tuple[int, int]] = []
        start = 0
        for line in self._lines:
            end = line[-1][1].end
            self._bounds.append((start, end))
            start = end
        self.line_of = {index: n for n, line in enumerate(self._lines) for index, _ in line}
        self._removed: list[set[int]] = [set() for _ in self._lines]
        self.parts = [self.text[s:e] for s, e in self._bounds] + [self.text[start:]]

    def line_text(self, line: int, removed: Collection[int]) -> str:
        """Line ``line``'s part with the units ``removed`` (of that line) taken out."""
        start, end = self._bounds[line]
        previous_end = self._bounds[line - 1][1] if line else None
        spans = sorted(_line_spans(self._lines[line], removed, previous_end).values())
        pieces = []
        position = start
        for span_start, span_end in spans:
            pieces.append(self.text[position:span_start])
            position = span_end
        pieces.append(self.text[position:end])
        return "".join(pieces)

    def removed_on(self, line: int) -> set[int]:
        return self._removed[line]

    def set_line(self, line: int, removed: set[int], part: str) -> None:
        """Record ``removed`` as line ``line``'s removed units and ``part`` as its text."""
        self._removed[line] = removed
        self.parts[line] = part
