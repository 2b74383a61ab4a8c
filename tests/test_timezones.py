"""Campaign times across daylight-saving changes and in other zones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from brandvoice.campaigns import EditorialPolicy, plan, render_ics
from brandvoice.campaigns.holidays_book import HolidayBook
from brandvoice.campaigns.schedule import Calendar, Request, schedule
from brandvoice.campaigns.zones import NonexistentTimeError, is_ambiguous, localize
from brandvoice.errors import InputError

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC


def _write(tmp_path: Path, zone: str, at: str, network: str = "x") -> Path:
    path = tmp_path / "tz.yaml"
    path.write_text(
        f"timezone: {zone}\nposts:\n  - id: dst\n    master: Doors open at nine.\n"
        f"    networks: [{network}]\n    at: {at}\n",
        encoding="utf-8",
    )
    return path


def test_spring_forward_gap_is_an_error_naming_post_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "Europe/Paris", "2026-03-29T02:30")
    with pytest.raises(InputError) as caught:
        plan(path, now=dt.datetime(2026, 3, 1, 9, 0), languagetool="off")
    error = caught.value
    assert error.field == "posts[0].at"
    assert error.line == 6
    assert "post 'dst'" in str(error)
    assert "does not exist in Europe/Paris" in error.message
    assert "03:30" in error.message  # the time to write instead


def test_localize_rules() -> None:
    with pytest.raises(NonexistentTimeError):
        localize(dt.datetime(2026, 3, 29, 2, 0), PARIS)
    after = localize(dt.datetime(2026, 3, 29, 3, 0), PARIS)
    assert after.utcoffset() == dt.timedelta(hours=2)
    before = localize(dt.datetime(2026, 3, 29, 1, 59), PARIS)
    assert before.utcoffset() == dt.timedelta(hours=1)
    # Fall back, 25 October 2026: 02:30 happens twice; the first (summer time) is meant.
    twice = localize(dt.datetime(2026, 10, 25, 2, 30), PARIS)
    assert is_ambiguous(twice)
    assert twice.utcoffset() == dt.timedelta(hours=2)
    second = localize(
        dt.datetime(2026, 10, 25, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))), PARIS
    )
    assert second.astimezone(UTC) - twice.astimezone(UTC) == dt.timedelta(hours=1)


def test_ambiguous_time_is_kept_as_summer_time_in_the_ics(tmp_path: Path) -> None:
    path = _write(tmp_path, "Europe/Paris", "2026-10-25T02:30")
    result = plan(path, now=dt.datetime(2026, 10, 1, 9, 0), languagetool="off")
    (entry,) = result.entries
    assert entry.when.astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    event = icalendar.Calendar.from_ical(render_ics(result)).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTSTART").astimezone(UTC) == entry.when.astimezone(UTC)
    # The off-hours check sees the local wall time, 02:30.
    assert [f.rule for f in entry.calendar] == ["calendar.off-hours"]


def _calendar(policy: EditorialPolicy, zone: ZoneInfo, now: dt.datetime) -> Calendar:
    return Calendar(
        zone=zone,
        policies={"x": policy},
        holidays=HolidayBook(),
        now=now.astimezone(UTC),
        start=now.astimezone(UTC),
        horizon_days=10,
    )


def test_min_gap_counts_real_time_across_spring_forward() -> None:
    # 01:45 and 03:15 on 29 March are 30 minutes apart in real time, not 90.
    policy = EditorialPolicy.model_validate({"min_gap": "1h"})
    now = dt.datetime(2026, 3, 28, 12, 0, tzinfo=PARIS)
    first = dt.datetime(2026, 3, 29, 1, 45, tzinfo=PARIS)
    second = dt.datetime(2026, 3, 29, 3, 15, tzinfo=PARIS)
    requests = [Request(0, "x", first, 0), Request(1, "x", second, 1)]
    bookings = schedule(requests, _calendar(policy, PARIS, now), allow_past=False)
    (gap,) = bookings[1].findings
    assert gap.rule == "calendar.gap"
    assert gap.message.startswith("30 min")


def test_placement_skips_the_nonexistent_hour() -> None:
    policy = EditorialPolicy.model_validate({"hours": ["02:00-04:00"]})
    now = dt.datetime(2026, 3, 29, 0, 0, tzinfo=PARIS)
    (booking,) = schedule(
        [Request(0, "x", None, 0)], _calendar(policy, PARIS, now), allow_past=False
    )
    assert booking.when.replace(tzinfo=None) == dt.datetime(2026, 3, 29, 3, 0)
    assert booking.when.utcoffset() == dt.timedelta(hours=2)


def test_grid_stays_local_after_fall_back() -> None:
    # Posts at 09:00 local on both sides of 25 October: offsets change, wall time does not.
    policy = EditorialPolicy.model_validate({"max_per_day": 1, "hours": ["09:00-10:00"]})
    now = dt.datetime(2026, 10, 24, 10, 0, tzinfo=PARIS)
    requests = [Request(i, "x", None, i) for i in range(2)]
    bookings = schedule(requests, _calendar(policy, PARIS, now), allow_past=False)
    assert [(b.when.day, b.when.hour, b.when.utcoffset()) for b in bookings] == [
        (25, 9, dt.timedelta(hours=1)),
        (26, 9, dt.timedelta(hours=1)),
    ]


@pytest.mark.parametrize(
    ("zone", "at", "offset"),
    [
        ("America/New_York", "2026-11-02T09:00", -5),  # after DST ends on 1 November
        ("America/New_York", "2026-10-30T09:00", -4),
        ("Australia/Sydney", "2026-10-05T09:00", 11),  # DST starts 4 October down under
        ("Australia/Sydney", "2026-04-06T09:00", 10),  # ended 5 April
    ],
)
def test_other_zones(tmp_path: Path, zone: str, at: str, offset: int) -> None:
    result = plan(_write(tmp_path, zone, at), now=dt.datetime(2026, 1, 1), languagetool="off")
    (entry,) = result.entries
    assert entry.when.utcoffset() == dt.timedelta(hours=offset)
    event = icalendar.Calendar.from_ical(render_ics(result)).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == zone
    assert event.decoded("DTSTART") == entry.when


def test_now_is_read_in_the_campaign_zone(tmp_path: Path) -> None:
    # 08:00 in Sydney is still the previous evening in UTC: "now" must not be UTC.
    path = _write(tmp_path, "Australia/Sydney", "next")
    result = plan(path, now=dt.datetime(2026, 6, 1, 8, 0), languagetool="off")
    (entry,) = result.entries
    assert entry.when == dt.datetime(2026, 6, 1, 8, 0, tzinfo=ZoneInfo("Australia/Sydney"))
