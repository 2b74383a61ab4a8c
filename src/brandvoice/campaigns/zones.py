"""Local times in a campaign's zone, across daylight-saving changes.

Two wall-clock times need a decision. When clocks jump forward (Europe/Paris, 29 March
2026, 02:00 -> 03:00) 02:30 does not exist: a post written for it is refused rather than
silently moved by an hour. When clocks fall back (25 October 2026, 03:00 -> 02:00) 02:30
happens twice: the first one (summer time) is meant, as zoneinfo's ``fold=0`` says; an
explicit offset (``02:30+01:00``) picks the second.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

UTC = dt.UTC


class NonexistentTimeError(ValueError):
    """A wall-clock time that the zone skips."""


def exists(local: dt.datetime) -> bool:
    """Whether the naive-looking wall time of aware ``local`` happens in its zone."""
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def localize(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """``moment`` in ``zone``: a naive one is a wall time there, an aware one is converted.

    Raises :class:`NonexistentTimeError` for a naive wall time the zone skips.
    """
    if moment.tzinfo is not None:
        return moment.astimezone(zone)
    local = moment.replace(tzinfo=zone, fold=0)
    if not exists(local):
        raise NonexistentTimeError(_skipped_message(moment, zone))
    return local


def _skipped_message(moment: dt.datetime, zone: ZoneInfo) -> str:
    before = moment.replace(tzinfo=zone) - dt.timedelta(hours=3)
    after = (moment + dt.timedelta(hours=3)).replace(tzinfo=zone)
    jump = after.utcoffset() or dt.timedelta()
    was = before.utcoffset() or dt.timedelta()
    shift = int((jump - was).total_seconds() // 60)
    return (
        f"{moment:%Y-%m-%d %H:%M} does not exist in {zone.key}: clocks go forward "
        f"{shift} minutes that night; write the time after the change "
        f"(e.g. {(moment + dt.timedelta(minutes=shift)):%H:%M}) or give an offset"
    )


def is_ambiguous(local: dt.datetime) -> bool:
    """Whether the wall time of aware ``local`` happens twice (clocks falling back)."""
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def iso(moment: dt.datetime) -> str:
    """ISO 8601 to the minute with the offset, e.g. ``2026-03-30T10:00:00+02:00``."""
    return moment.isoformat(timespec="seconds")
