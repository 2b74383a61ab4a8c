"""The plan: every variant of every post, with its time and what the calendar says of it
(findings of the calendar rules, :mod:`brandvoice.checks.calendar`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from brandvoice.campaigns.zones import iso
from brandvoice.findings import Finding, Severity, Summary

if TYPE_CHECKING:
    from brandvoice import Adaptation, Variant

# Calendar findings are findings of category "calendar" about a whole variant (offset 0,
# length 0): their rules, ids and severities are brandvoice.checks.calendar's.
CalendarFinding = Finding


@dataclass(frozen=True, slots=True)
class ScheduledVariant:
    """One post on one network at one time, adapted and checked."""

    post_id: str
    post_index: int
    network: str
    when: dt.datetime  # aware, in the campaign's zone
    placed: bool  # True when the planner chose the time ('at: next')
    variant: Variant
    calendar: list[Finding] = field(default_factory=list)
    link: str = ""

    @property
    def text(self) -> str:
        return self.variant.text

    @property
    def findings(self) -> list[Finding]:
        return [*self.variant.findings, *self.calendar]

    @property
    def summary(self) -> Summary:
        counts = {s: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity] += 1
        return Summary(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])

    def to_dict(self) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "network": self.network,
            "voice": self.variant.voice,
            "lang": self.variant.lang,
            "at": iso(self.when),
            "placed": self.placed,
            "text": self.variant.text,
            "findings": [f.to_dict() for f in self.findings],
            "metrics": dict(self.variant.metrics),
            "backends": list(self.variant.backends),
        }


@dataclass(frozen=True, slots=True)
class Plan:
    """A campaign laid out in time: its variants, earliest first."""

    campaign: str
    timezone: str
    now: dt.datetime
    entries: list[ScheduledVariant]
    path: str | None = None
    # Each post's adaptation per publication day, titled "post-id, YYYY-MM-DD" (previews).
    adaptations: tuple[tuple[str, Adaptation], ...] = ()

    @property
    def summary(self) -> Summary:
        return sum((e.summary for e in self.entries), Summary())

    def worst(self) -> Severity | None:
        severities = (f.severity for e in self.entries for f in e.findings)
        return max(severities, key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "campaign": self.campaign,
            "path": self.path,
            "timezone": self.timezone,
            "now": iso(self.now),
            "results": [e.to_dict() for e in self.entries],
            "summary": self.summary.to_dict(),
        }
