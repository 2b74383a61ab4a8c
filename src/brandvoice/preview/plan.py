"""A plain table shown above the cards, such as a campaign's week plan."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlanTable:
    """A caption, column headings and rows of cells, all plain text (the page escapes them).

    A campaign turns its schedule into one: e.g. columns ("Day", "Network", "Post") and a
    row per publication. ``row_headers`` makes each row's first cell a row heading.
    """

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_headers: bool = True

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a plan needs at least one column")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"plan row {number} has {len(row)} cells for {len(self.columns)} columns"
                )
