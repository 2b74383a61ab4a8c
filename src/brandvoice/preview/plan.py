"""A plain table shown above the cards, such as a campaign's week plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brandvoice.campaigns import Plan


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


def campaign_table(plan: Plan) -> PlanTable:
    """A campaign's plan as the week reads it: day, time, network, post and findings,
    earliest first (the planner's order)."""
    return PlanTable(
        caption=f"{plan.campaign}: the plan ({plan.timezone})",
        columns=("Day", "Time", "Network", "Post", "Findings"),
        rows=tuple(
            (
                f"{entry.when:%a %d %b %Y}",
                f"{entry.when:%H:%M}",
                entry.network,
                entry.post_id,
                f"{entry.summary.errors} error(s), {entry.summary.warnings} warning(s)",
            )
            for entry in plan.entries
        ),
    )
