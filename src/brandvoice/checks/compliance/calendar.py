"""Legal sales periods (soldes), computed from the rules in ``data/calendar-*.yaml``.

>>> from brandvoice.checks.compliance.calendar import sales_periods
>>> [str(p) for p in sales_periods("fr", 2027)]
['winter 2027-01-06 to 2027-02-02', 'summer 2027-06-23 to 2027-07-20']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from brandvoice.checks.compliance.data import ComplianceDataError, load

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = ("winter", "summer")


@dataclass(frozen=True, slots=True)
class Period:
    season: str
    start: dt.date
    end: dt.date  # the last day, included
    start_hour: int | None = None

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.season} {self.start.isoformat()} to {self.end.isoformat()}"


def _weekdays_of(year: int, month: int, weekday: int) -> list[dt.date]:
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    found = []
    while day.month == month:
        found.append(day)
        day += dt.timedelta(days=7)
    return found


def start_of(rule: Mapping[str, Any], year: int) -> dt.date:
    """The day ``rule`` (see the calendar files' header) names in ``year``."""
    month = int(rule["month"])
    if "day" in rule:
        day = dt.date(year, month, int(rule["day"]))
        if day.weekday() == 6 and "sunday_shift" in rule:
            day += dt.timedelta(days=int(rule["sunday_shift"]))
        return day
    weekday = WEEKDAYS.index(rule["weekday"])
    days = _weekdays_of(year, month, weekday)
    if "after_day" in rule:
        return next(d for d in days if d.day > int(rule["after_day"]))
    chosen = days[_index(rule["nth"])]
    if "if_after" in rule and chosen.day > int(rule["if_after"]):
        chosen = days[_index(rule["then_nth"])]
    return chosen


def _index(nth: int) -> int:
    return nth - 1 if nth > 0 else nth


@cache
def _calendar(name: str) -> Mapping[str, Any]:
    document = load(f"calendar-{name}")
    if not isinstance(document, dict) or "national" not in document:
        raise ComplianceDataError(f"data/calendar-{name}.yaml: no `national` periods")
    return document


def _season_rules(name: str, department: str | None) -> dict[str, Mapping[str, Any]]:
    calendar = _calendar(name)
    rules = {season: calendar["national"][season] for season in SEASONS}
    for entry in calendar.get("departments", ()):
        if department in entry["codes"]:
            rules.update({season: entry[season] for season in SEASONS if season in entry})
    return rules


def sales_periods(name: str, year: int, department: str | None = None) -> list[Period]:
    """The sales periods starting in ``year`` under calendar ``name`` ("fr", "be") for a
    business in ``department`` (None: the national dates), in date order."""
    calendar = _calendar(name)
    weeks = int(calendar.get("weeks") or 4)
    periods = []
    for season, rule in _season_rules(name, department).items():
        start = start_of(rule, year)
        if "end" in rule:
            end = dt.date(year, int(rule["end"]["month"]), int(rule["end"]["day"]))
        else:
            end = start + dt.timedelta(days=7 * weeks - 1)
        periods.append(Period(season, start, end, calendar.get("start_hour")))
    return sorted(periods, key=lambda p: p.start)


def department_exception(name: str, department: str | None) -> str | None:
    """The name of the departments whose own dates apply to ``department``, if any."""
    for entry in _calendar(name).get("departments", ()):
        if department in entry["codes"]:
            return str(entry["name"])
    return None


def places(name: str) -> Mapping[str, list[str]]:
    return _calendar(name).get("places") or {}
