"""The plan: every variant of every post, with its time and what the calendar says of it.

Calendar findings have the shape of :class:`brandvoice.Finding` (rule, category,
severity, offset, length, message, replacements, source) so that a consumer of the JSON
reads one kind of finding list. Their category is ``"calendar"``, which the text
checks' :class:`~brandvoice.findings.Category` does not have (yet): they are their own
type rather than a Finding filed under an unrelated category.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from brandvoice.campaigns.zones import iso
from brandvoice.findings import Finding, Severity, Summary

if TYPE_CHECKING:
    from brandvoice import Adaptation, Variant

CALENDAR = "calendar"

# Stable ids, documented in docs/campaigns.md.
TOO_FREQUENT = "calendar.too-frequent"
GAP = "calendar.gap"
OFF_HOURS = "calendar.off-hours"
HOLIDAY = "calendar.holiday"
PAST = "calendar.past"
# A post out after the event, deadline or end its own message names: an error, since it
# tells readers about something they can no longer attend, use or apply for.
AFTER_EVENT = "calendar.after-event"


@dataclass(frozen=True, slots=True)
class CalendarFinding:
    """A scheduling problem of one variant: about its time, not its text."""

    rule: str
    severity: Severity
    message: str
    category: str = CALENDAR
    source: str = "brandvoice"

    def to_dict(self) -> dict[str, Any]:
        # offset/length 0: the finding is about the whole variant, like Finding's contract.
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "offset": 0,
            "length": 0,
            "message": self.message,
            "replacements": [],
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class ScheduledVariant:
    """One post on one network at one time, adapted and checked."""

    post_id: str
    post_index: int
    network: str
    when: dt.datetime  # aware, in the campaign's zone
    placed: bool  # True when the planner chose the time ('at: next')
    variant: Variant
    calendar: list[CalendarFinding] = field(default_factory=list)
    link: str = ""

    @property
    def text(self) -> str:
        return self.variant.text

    @property
    def findings(self) -> list[Finding | CalendarFinding]:
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
