"""Placing posts in time under editorial policies, and judging times given by hand.

Pure scheduling, no text: a request is (post, network, time or None), with the bounds
the planner read in the post's message (before its event or deadline; for a reminder,
not before the day before the event). Times written in the campaign are booked first;
then each request without a time takes the earliest slot of a 15-minute wall-clock grid
inside its network's hours that keeps every limit (days, holidays, per-day and per-week
caps, least gap) and falls inside its bounds. Requests are placed in file order (the
file's order is the user's priority), except those that would miss their upper bound:
they are placed first, soonest bound first (a post that has to go out by Friday must not
lose Thursday to one that could go out any day), and the others keep the file's order.
Arithmetic between instants is done in UTC: Python subtracts two datetimes of the same
zone by wall clock, which is an hour off across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from brandvoice.campaigns.holidays_book import HolidayBook
from brandvoice.campaigns.zones import UTC, exists
from brandvoice.checks.calendar import (
    AFTER_EVENT,
    CALENDAR_RULES_BY_ID,
    GAP,
    HOLIDAY,
    OFF_HOURS,
    PAST,
    TOO_FREQUENT,
)
from brandvoice.findings import Finding
from brandvoice.profiles.editorial import EditorialPolicy

GRID = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Bound:
    """A moment a post must go out before, and why, in words the user can check."""

    when: dt.datetime  # aware
    # What the moment is and the words of the message it was read from, e.g.
    # "the event on Saturday 2026-03-14 (read from 'samedi 14 mars')".
    reason: str


@dataclass(frozen=True, slots=True)
class Request:
    """One variant to schedule: ``at`` is aware, or None for the next free slot.

    A placed request takes a slot at or after ``after`` (aware) and before ``before``;
    when no slot is before ``before``, it takes the earliest free one anyway and gets a
    ``calendar.after-event`` finding, so the user sees the whole plan and the conflict.
    """

    post_index: int
    network: str
    at: dt.datetime | None
    order: int  # file order of (post, network): ties and placement priority
    before: Bound | None = None
    after: dt.datetime | None = None


@dataclass(slots=True)
class Booking:
    request: Request
    when: dt.datetime  # aware, campaign zone
    placed: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def utc(self) -> dt.datetime:
        return self.when.astimezone(UTC)


class ScheduleError(ValueError):
    """A request that cannot be scheduled; ``field`` is the post's field at fault."""

    def __init__(self, request: Request, field: str, message: str) -> None:
        super().__init__(message)
        self.request = request
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Calendar:
    """Policies, zone and holidays one campaign is scheduled under."""

    zone: ZoneInfo
    policies: Mapping[str, EditorialPolicy]
    holidays: HolidayBook
    now: dt.datetime
    start: dt.datetime  # earliest moment a placed post may take
    horizon_days: int


def schedule(requests: list[Request], calendar: Calendar, *, allow_past: bool) -> list[Booking]:
    """Book every request; raise :class:`ScheduleError` for one that cannot be."""
    bookings: list[Booking] = []
    by_network: dict[str, list[dt.datetime]] = {}
    for request in requests:
        if request.at is None:
            continue
        if request.at < calendar.now and not allow_past:
            raise ScheduleError(
                request,
                "at",
                f"{request.at:%Y-%m-%d %H:%M %Z} is in the past (now: "
                f"{calendar.now.astimezone(calendar.zone):%Y-%m-%d %H:%M %Z}); "
                "use 'at: next' or a later time",
            )
        bookings.append(Booking(request, request.at.astimezone(calendar.zone), placed=False))
        by_network.setdefault(request.network, []).append(request.at.astimezone(UTC))
    bookings.extend(_place_all([r for r in requests if r.at is None], calendar, by_network))
    _judge(bookings, calendar)
    return sorted(bookings, key=lambda b: (b.utc, b.request.order))


def _place_all(
    pending: list[Request], calendar: Calendar, written: Mapping[str, list[dt.datetime]]
) -> list[Booking]:
    """Place ``pending`` in file order; while some come out late, place those first too
    (the set only grows, so this ends), keeping the placement with the fewest late."""
    urgent: set[int] = set()  # orders of the requests placed first
    current = best = _place(sorted(pending, key=lambda r: r.order), calendar, written)
    while late := {b.request.order for b in _late(current)} - urgent:
        urgent |= late
        current = _place(sorted(pending, key=lambda r: _priority(r, urgent)), calendar, written)
        if len(_late(current)) < len(_late(best)):
            best = current
    return best


def _place(
    requests: list[Request], calendar: Calendar, written: Mapping[str, list[dt.datetime]]
) -> list[Booking]:
    """Place ``requests`` in their order, around the ``written`` times of each network."""
    taken_by_network = {network: list(times) for network, times in written.items()}
    bookings: list[Booking] = []
    for request in requests:
        policy = calendar.policies[request.network]
        taken = taken_by_network.setdefault(request.network, [])
        when = _first_free(policy, taken, calendar, request)
        if when is None and request.before is not None:
            when = _first_free(policy, taken, calendar, request, bounded=False)
        if when is None:
            raise ScheduleError(
                request,
                "at",
                f"no free slot on {request.network} within {calendar.horizon_days} days of "
                f"{calendar.start.astimezone(calendar.zone):%Y-%m-%d %H:%M} under its policy "
                f"({policy.describe()}); relax policy.{request.network}, raise horizon_days "
                "or give a time",
            )
        bookings.append(Booking(request, when, placed=True))
        taken.append(when.astimezone(UTC))
    return bookings


def _late(bookings: list[Booking]) -> list[Booking]:
    return [b for b in bookings if b.request.before and b.when >= b.request.before.when]


def _priority(request: Request, urgent: set[int]) -> tuple[bool, dt.datetime, int]:
    """Urgent requests first, soonest bound first; then the others, in file order."""
    if request.before is None or request.order not in urgent:
        return (True, dt.datetime.max.replace(tzinfo=UTC), request.order)
    return (False, request.before.when.astimezone(UTC), request.order)


def _first_free(
    policy: EditorialPolicy,
    taken: list[dt.datetime],
    calendar: Calendar,
    request: Request,
    *,
    bounded: bool = True,
) -> dt.datetime | None:
    """The earliest free slot for ``request`` within the horizon; before its upper bound
    unless ``bounded`` is False. The horizon counts from the campaign's start, whatever
    the request's lower bound."""
    zone = calendar.zone
    earliest = calendar.start if request.after is None else max(calendar.start, request.after)
    latest = request.before.when if bounded and request.before is not None else None
    first_day = calendar.start.astimezone(zone).date()
    skip = (earliest.astimezone(zone).date() - first_day).days
    gap = dt.timedelta(minutes=policy.min_gap)
    for offset in range(max(skip, 0), calendar.horizon_days + 1):
        day = first_day + dt.timedelta(days=offset)
        if latest is not None and day > latest.astimezone(zone).date():
            return None
        if not policy.allows_day(day) or _avoided_holiday(policy, day, calendar) is not None:
            continue
        local_days = [t.astimezone(zone).date() for t in taken]
        if policy.max_per_day is not None and local_days.count(day) >= policy.max_per_day:
            continue
        week = day.isocalendar()[:2]
        in_week = sum(1 for d in local_days if d.isocalendar()[:2] == week)
        if policy.max_per_week is not None and in_week >= policy.max_per_week:
            continue
        for wall in _grid(day, policy):
            local = wall.replace(tzinfo=zone, fold=0)
            if not exists(local) or local < earliest:
                continue
            if latest is not None and local >= latest:
                return None  # every later slot is after the bound too
            instant = local.astimezone(UTC)
            if all(abs(instant - other) >= gap for other in taken):
                return local
    return None


def _grid(day: dt.date, policy: EditorialPolicy) -> list[dt.datetime]:
    """Naive wall times on the 15-minute grid inside the policy's windows on ``day``."""
    midnight = dt.datetime.combine(day, dt.time())
    slots: list[dt.datetime] = []
    for start, end in policy.windows():
        begin = dt.datetime.combine(day, start)
        minutes = int((begin - midnight).total_seconds() // 60)
        wall = midnight + dt.timedelta(minutes=-(-minutes // 15) * 15)  # round up to grid
        stop = midnight + dt.timedelta(days=1) if end is None else dt.datetime.combine(day, end)
        while wall < stop:
            slots.append(wall)
            wall += GRID
    return sorted(set(slots))


def _avoided_holiday(policy: EditorialPolicy, day: dt.date, calendar: Calendar) -> str | None:
    if policy.holidays != "avoid" or policy.country is None:
        return None
    return calendar.holidays.name(day, policy.country, policy.region)


def _judge(bookings: list[Booking], calendar: Calendar) -> None:
    """Attach calendar findings: a time given by hand may break the policy; a placed one
    keeps it by construction, and is judged the same way as a check on the placement."""
    networks = sorted({b.request.network for b in bookings})
    for network in networks:
        policy = calendar.policies[network]
        mine = sorted(
            (b for b in bookings if b.request.network == network),
            key=lambda b: (b.utc, b.request.order),
        )
        for index, booking in enumerate(mine):
            booking.findings.extend(_judge_one(booking, mine[:index], policy, calendar))


def _judge_one(
    booking: Booking, earlier: list[Booking], policy: EditorialPolicy, calendar: Calendar
) -> list[Finding]:
    found: list[Finding] = []
    local = booking.when
    name = booking.request.network
    if booking.utc < calendar.now:
        found.append(
            _finding(PAST, f"{local:%Y-%m-%d %H:%M} is in the past")
        )
    if not policy.allows_day(local.date()):
        found.append(
            _finding(
                OFF_HOURS,
                f"{local:%A} is not a posting day on {name} (days: {', '.join(policy.days)})",
            )
        )
    elif not policy.allows_time(local.time()):
        found.append(
            _finding(
                OFF_HOURS,
                f"{local:%H:%M} is outside {name}'s posting hours ({', '.join(policy.hours)})",
            )
        )
    holiday = _avoided_holiday(policy, local.date(), calendar)
    if holiday is not None:
        found.append(
            _finding(
                HOLIDAY,
                f"{local:%Y-%m-%d} is a public holiday ({holiday}, {policy.country}); "
                f"{name}'s policy avoids holidays",
            )
        )
    same_day = [b for b in earlier if b.when.date() == local.date()]
    if policy.max_per_day is not None and len(same_day) + 1 > policy.max_per_day:
        found.append(
            _finding(
                TOO_FREQUENT,
                f"post {len(same_day) + 1} on {name} on {local:%Y-%m-%d}; "
                f"the policy allows {policy.max_per_day} a day",
            )
        )
    week = local.isocalendar()[:2]
    same_week = [b for b in earlier if b.when.isocalendar()[:2] == week]
    if policy.max_per_week is not None and len(same_week) + 1 > policy.max_per_week:
        found.append(
            _finding(
                TOO_FREQUENT,
                f"post {len(same_week) + 1} on {name} in the week of "
                f"{local.date() - dt.timedelta(days=local.weekday()):%Y-%m-%d}; "
                f"the policy allows {policy.max_per_week} a week",
            )
        )
    bound = booking.request.before
    if bound is not None and booking.when >= bound.when:
        found.append(_after_event(booking, bound, policy, calendar))
    if earlier:
        since = booking.utc - earlier[-1].utc
        if since < dt.timedelta(minutes=policy.min_gap):
            found.append(
                _finding(
                    GAP,
                    f"{int(since.total_seconds() // 60)} min after the previous {name} post "
                    f"(at {earlier[-1].when:%Y-%m-%d %H:%M}); the policy wants "
                    f"{policy.min_gap} min",
                )
            )
    return found


def _after_event(
    booking: Booking, bound: Bound, policy: EditorialPolicy, calendar: Calendar
) -> Finding:
    local = f"{booking.when:%Y-%m-%d %H:%M}"
    if not booking.placed:
        message = f"{local} is after {bound.reason}"
    elif bound.when <= calendar.start:
        start = calendar.start.astimezone(calendar.zone)
        message = (
            f"placed at {local}, after {bound.reason}, which is before the campaign's "
            f"start or now ({start:%Y-%m-%d %H:%M}): the post is out of date"
        )
    else:
        message = (
            f"placed at {local}, after {bound.reason}: no free slot before it on "
            f"{booking.request.network} under its policy ({policy.describe()})"
        )
    return _finding(AFTER_EVENT, message)


def _finding(rule: str, message: str) -> Finding:
    """The calendar rule ``rule``'s finding, at its severity (brandvoice.checks.calendar)."""
    return CALENDAR_RULES_BY_ID[rule].finding(message)
