"""When a post is still in time: the dates its message names, as bounds for placing it.

The planner understands each post's master (:func:`brandvoice.understand.understand`)
and turns the dates read there into a :class:`~brandvoice.campaigns.schedule.Bound` the
post must go out before, so that scheduling itself stays free of text:

- an **event** (``TimeKind.EVENT``): before it starts, i.e. before the time the message
  gives for it (the earliest one, as the event starts then), else before its day starts:
  a post on the morning of a day-long event is late, one at 18:00 for a 19:00 concert is
  not;
- a **period** (an end date on or after the event's day, or an end date alone:
  "du 24 juin au 21 juillet", "jusqu'au 9 février"): before the end of its last day (or
  its closing time), since a sale or an exhibition is worth announcing while it runs;
- a **deadline**: before the end of its day (or before its time, when given).

The soonest of these is the bound. A day before the message's reference date (the day
it goes out, or the campaign's first day for a placed post) bounds it only when the
message announces something (an event, an opening, an offer...): such a post is stale,
an error. A message that reports (results, a prize or thanks, an incident, a recall's
sale dates) may name past days freely.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from brandvoice.campaigns.schedule import Bound
from brandvoice.understand.model import Intent, KeyFact, Message, TimeKind

# Intents whose dates are what the message announces: past, they make the post stale.
ANNOUNCING = frozenset(
    {Intent.OPENING, Intent.LAUNCH, Intent.EVENT, Intent.OFFER, Intent.HIRING, Intent.CLOSURE}
)


@dataclass(frozen=True, slots=True)
class _Mark:
    """A day the message names, of one kind, with its time if the message gives one."""

    kind: TimeKind
    day: dt.date
    time: dt.time | None
    facts: tuple[KeyFact, ...]  # the words it was read from, in the text's order


def message_bound(message: Message, zone: ZoneInfo) -> Bound | None:
    """The moment a post of ``message`` must go out before, or None when it names none."""
    since = _since(message)
    event = _mark(message, TimeKind.EVENT, since)
    end = _mark(message, TimeKind.END, event.day if event else since, last=True)
    deadline = _mark(message, TimeKind.DEADLINE, since)
    bounds = [_bound(mark, zone) for mark in (end or event, deadline) if mark is not None]
    return min(bounds, key=lambda bound: bound.when, default=None)


def eve_of_event(message: Message, zone: ZoneInfo) -> dt.datetime | None:
    """The start of the day before the message's event (a reminder's earliest moment)."""
    event = _mark(message, TimeKind.EVENT, _since(message))
    if event is None:
        return None
    return _local(event.day - dt.timedelta(days=1), dt.time(), zone)


def _since(message: Message) -> dt.date | None:
    """The first day that counts: any for an announcement, none past for a report."""
    return None if message.intent in ANNOUNCING else message.reference_date


def _mark(
    message: Message, kind: TimeKind, since: dt.date | None, *, last: bool = False
) -> _Mark | None:
    """The first (or ``last``) day of ``kind`` from ``since`` on; its time is the one the
    message gives for that day, or for no day in particular, chosen the same way (an
    event starts at its first time, a period ends at its last)."""
    days = [
        f.date
        for f in message.dates
        if f.time_kind is kind and f.date and (since is None or f.date >= since)
    ]
    if not days:
        return None
    day = max(days) if last else min(days)
    timed = {
        f.time: f
        for f in message.facts
        if f.time is not None and f.time_kind is kind and f.date in (None, day)
    }
    time = (max(timed) if last else min(timed)) if timed else None
    words = [f for f in message.dates if f.time_kind is kind and f.date == day]
    if time is not None:
        words.append(timed[time])
    return _Mark(kind, day, time, tuple(sorted(set(words), key=lambda f: f.start)))


def _bound(mark: _Mark, zone: ZoneInfo) -> Bound:
    day = f"{mark.day:%A %Y-%m-%d}"
    at = f" at {mark.time:%H:%M}" if mark.time is not None else ""
    if mark.kind is TimeKind.EVENT:
        when = _local(mark.day, mark.time or dt.time(), zone)
        what = f"the event on {day}{at}"
    else:
        # A deadline or an end without a time lasts the whole day.
        when = (
            _local(mark.day, mark.time, zone)
            if mark.time is not None
            else _local(mark.day + dt.timedelta(days=1), dt.time(), zone)
        )
        what = (
            f"the deadline, {day}{at}"
            if mark.kind is TimeKind.DEADLINE
            else f"the period ending {day}{at}"
        )
    words = ", ".join(f"'{fact.text}'" for fact in mark.facts)
    return Bound(when=when, reason=f"{what} (read from {words})")


def _local(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    # fold=0 as for written times; a time the zone skips (a message's "2 h 30" on the night
    # clocks go forward) is taken with the offset before the change: a bound an hour off on
    # that one night is no reason to refuse the campaign.
    return dt.datetime.combine(day, time, tzinfo=zone).replace(fold=0)
