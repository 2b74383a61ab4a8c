"""The spans that remove some units of a text and leave its lines well formed.

Removing a unit takes the space before it, except for units ahead of the first kept unit
of their line, which take the space after them: the line's kept text then starts where
the line started, and a line emptied entirely takes the line break before it. The spans
never overlap (at most they touch), so each can be an edit of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import groupby

from brandvoice.adaptation.fitting.units import Unit


def removal_spans(units: Sequence[Unit], removed: Collection[int]) -> dict[int, tuple[int, int]]:
    """``{unit index: (start, end)}`` to delete for each removed unit (indices into ``units``,
    which are in text order)."""
    spans: dict[int, tuple[int, int]] = {}
    previous_line_end: int | None = None
    indexed = list(enumerate(units))
    for _, group in groupby(indexed, key=lambda pair: pair[1].line):
        line = list(group)
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
        previous_line_end = line[-1][1].end
    return spans
