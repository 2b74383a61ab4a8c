"""A network's editorial policy: when, and how often, the brand posts there.

The model of a network record's ``editorial:`` section (``data/<id>.yaml``): how many
posts a day and a week, on which days, within which hours, how far apart, and whether
public holidays are avoided. Voice profiles and campaign files override it field by field
(:mod:`brandvoice.profiles.editorial`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS: list[Weekday] = list(WEEKDAYS)
WORKDAYS: list[Weekday] = list(WEEKDAYS[:5])

_WINDOW = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
_DURATION = re.compile(r"^(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m(?:in)?)?$")


class _Frozen(BaseModel):
    # Strict like voice profiles: YAML already types numbers and booleans, so a quoted "3"
    # where a count belongs is a mistake to report, not to coerce.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def parse_window(text: str) -> tuple[dt.time, dt.time | None]:
    """``"09:00-12:00"`` -> (09:00, 12:00); the end is exclusive and ``24:00`` is None."""
    match = _WINDOW.match(text)
    if match is None:
        raise ValueError(text)
    start_h, start_m, end_h, end_m = (int(g) for g in match.groups())
    if start_h > 23 or start_m > 59 or end_m > 59 or end_h > 24 or (end_h == 24 and end_m):
        raise ValueError(text)
    start = dt.time(start_h, start_m)
    end = None if end_h == 24 else dt.time(end_h, end_m)
    if end is not None and end <= start:
        raise ValueError(text)
    return start, end


def _valid_window(text: str) -> str:
    try:
        parse_window(text)
    except ValueError:
        raise PydanticCustomError(
            "hours_window",
            "'{text}' is not a window of hours: write HH:MM-HH:MM, start before end, "
            "in the campaign's time zone (e.g. 09:00-12:00; 24:00 ends at midnight)",
            {"text": text},
        ) from None
    return text


def parse_duration(value: object) -> object:
    """``"4h"``, ``"90m"``, ``"1h30m"``, ``"1d"`` or a number of minutes -> minutes."""
    if isinstance(value, bool):
        return value  # left for the int validator to refuse
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        match = _DURATION.match(value.strip())
        if match is not None and any(match.groups()):
            days, hours, minutes = (int(g or 0) for g in match.groups())
            return days * 1440 + hours * 60 + minutes
    raise PydanticCustomError(
        "duration",
        "not a duration: write minutes as a number, or e.g. '90m', '4h', '1h30m', '1d'",
    )


HoursWindow = Annotated[
    str,
    AfterValidator(_valid_window),
    WithJsonSchema({"type": "string", "pattern": r"^\d{2}:\d{2}-\d{2}:\d{2}$"}),
]
Minutes = Annotated[
    int,
    BeforeValidator(parse_duration),
    Field(ge=0, le=7 * 1440),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 0, "description": "minutes"},
                {"type": "string", "pattern": r"^(\d+d)?\s*(\d+h)?\s*(\d+m(in)?)?$"},
            ]
        }
    ),
]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2,3}$")]


def _unique(values: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise PydanticCustomError(
                "duplicate", "{what} lists {value!r} twice", {"what": what, "value": value}
            )
        seen.add(value)


@cache
def supported_countries() -> dict[str, tuple[str, ...]]:
    """Countries the ``holidays`` package knows, with their subdivision codes."""
    import holidays

    return {code: tuple(subdivs) for code, subdivs in holidays.list_supported_countries().items()}


def check_country(country: str | None, region: str | None, located_at: str) -> None:
    """Raise a pydantic error when ``country`` or ``region`` is unknown to ``holidays``."""
    if country is None:
        if region is not None:
            raise PydanticCustomError(
                "region_without_country",
                "a region needs a country (e.g. country: FR)",
                {"located_at": located_at},
            )
        return
    known = supported_countries()
    if country not in known:
        raise PydanticCustomError(
            "unknown_country",
            "unknown country '{country}' for public holidays (ISO 3166 codes such as FR, GB)",
            {"country": country, "located_at": located_at.replace("region", "country")},
        )
    if region is not None and region not in known[country]:
        raise PydanticCustomError(
            "unknown_region",
            "unknown region '{region}' of {country}; known: {known}",
            {
                "region": region,
                "country": country,
                "known": ", ".join(known[country]) or "none",
                "located_at": located_at,
            },
        )


class EditorialPolicy(_Frozen):
    """When posts may go out on one network, in the campaign's time zone."""

    max_per_day: int | None = Field(
        default=None, ge=1, description="Most posts a calendar day; null: no cap."
    )
    max_per_week: int | None = Field(
        default=None, ge=1, description="Most posts a week (Monday to Sunday); null: no cap."
    )
    days: list[Weekday] = Field(
        default_factory=lambda: list(ALL_DAYS),
        min_length=1,
        description="Days posts may go out on: mon, tue, wed, thu, fri, sat, sun.",
    )
    hours: list[HoursWindow] = Field(
        default_factory=lambda: ["00:00-24:00"],
        min_length=1,
        description="Windows of local time posts may go out in, e.g. ['09:00-12:00', "
        "'17:00-20:00']; the end is exclusive.",
    )
    min_gap: Minutes = Field(
        default=0,
        description="Least time between two posts on this network: minutes, or '4h', '90m'.",
    )
    holidays: Literal["avoid", "allow"] = Field(
        default="allow",
        description="'avoid': no post on a public holiday of the country (and region).",
    )
    country: CountryCode | None = Field(
        default=None,
        description="Country whose public holidays count (ISO 3166, e.g. FR, GB); "
        "default: the campaign's.",
    )
    region: str | None = Field(
        default=None,
        description="Subdivision for regional holidays (e.g. FR '57' Moselle, GB 'SCT'); "
        "default: the campaign's.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _unique(self.days, "days")
        _unique(self.hours, "hours")
        check_country(self.country, self.region, "region")
        return self

    def windows(self) -> list[tuple[dt.time, dt.time | None]]:
        return sorted((parse_window(w) for w in self.hours), key=lambda w: w[0])

    def allows_day(self, day: dt.date) -> bool:
        return WEEKDAYS[day.weekday()] in self.days

    def allows_time(self, moment: dt.time) -> bool:
        return any(
            start <= moment and (end is None or moment < end) for start, end in self.windows()
        )

    def describe(self) -> str:
        """One line for messages: the limits a placement had to respect."""
        parts = [
            f"max_per_day {self.max_per_day or '-'}",
            f"max_per_week {self.max_per_week or '-'}",
            f"days {','.join(self.days)}",
            f"hours {','.join(self.hours)}",
            f"min_gap {self.min_gap} min",
            f"holidays {self.holidays}",
        ]
        return ", ".join(parts)
