"""Public holidays by country and region, from the ``holidays`` package, looked up once."""

from __future__ import annotations

import datetime as dt
from typing import Any


class HolidayBook:
    """Answers "is this day a public holiday there?", loading each calendar once."""

    def __init__(self) -> None:
        self._calendars: dict[tuple[str, str | None], Any] = {}

    def name(self, day: dt.date, country: str, region: str | None = None) -> str | None:
        """The holiday's name (in English), or None on a working day."""
        key = (country, region)
        calendar = self._calendars.get(key)
        if calendar is None:
            import holidays

            # Years are filled in on demand by the package as days are asked about.
            calendar = holidays.country_holidays(country, subdiv=region, language="en_US")
            self._calendars[key] = calendar
        found = calendar.get(day)
        return None if found is None else str(found)
