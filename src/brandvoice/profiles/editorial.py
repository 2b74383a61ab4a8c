"""Editorial policy: when, and how often, a brand posts on each network.

A policy is per network: how many posts a day and a week, on which days, within which
hours, how far apart, and whether public holidays are avoided. brandvoice ships defaults
(:data:`DEFAULT_POLICIES`, documented in docs/campaigns.md); a campaign file overrides any
field of them: a voice profile under ``editorial: {network: {...}}``, then a campaign
file under ``policy: {network: {...}}``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
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


class PolicyOverride(_Frozen):
    """Fields of an :class:`EditorialPolicy` to change; anything left out is inherited.

    ``null`` is a value here (``max_per_day: null`` lifts the cap), so inheritance is by
    the fields written, not by their values.
    """

    max_per_day: int | None = Field(default=None, ge=1)
    max_per_week: int | None = Field(default=None, ge=1)
    days: list[Weekday] | None = Field(default=None, min_length=1)
    hours: list[HoursWindow] | None = Field(default=None, min_length=1)
    min_gap: Minutes | None = None
    holidays: Literal["avoid", "allow"] | None = None
    country: CountryCode | None = None
    region: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.days is not None:
            _unique(self.days, "days")
        if self.hours is not None:
            _unique(self.hours, "hours")
        if self.country is not None:
            # A region alone is checked once merged with the country it inherits.
            check_country(self.country, self.region, "region")
        return self

    def over(self, base: EditorialPolicy) -> EditorialPolicy:
        changes = {name: getattr(self, name) for name in self.model_fields_set}
        return EditorialPolicy.model_validate({**base.model_dump(), **changes})


def _policy(**fields: Any) -> EditorialPolicy:
    return EditorialPolicy.model_validate(fields)


# House defaults for a small business's community manager: a few posts a week per
# network, when its audience is awake, never two on top of each other. They are rules of
# thumb (see docs/campaigns.md for the reasoning), meant to be overridden per campaign.
_CONVERSATION = {
    "max_per_day": 3,
    "max_per_week": 15,
    "days": ALL_DAYS,
    "hours": ["08:00-21:00"],
    "min_gap": 120,
    "holidays": "allow",
}
DEFAULT_POLICIES: Mapping[str, EditorialPolicy] = {
    "facebook": _policy(
        max_per_day=1,
        max_per_week=5,
        days=ALL_DAYS,
        hours=["09:00-12:00", "17:00-20:00"],
        min_gap=240,
        holidays="allow",
    ),
    "instagram": _policy(
        max_per_day=1,
        max_per_week=5,
        days=ALL_DAYS,
        hours=["11:00-14:00", "18:00-21:00"],
        min_gap=240,
        holidays="allow",
    ),
    "linkedin": _policy(
        max_per_day=1,
        max_per_week=3,
        days=WORKDAYS,
        hours=["08:00-10:00", "12:00-14:00", "17:00-18:00"],
        min_gap=720,
        holidays="avoid",
    ),
    "viadeo": _policy(
        max_per_day=1, max_per_week=2, days=WORKDAYS, hours=["08:00-18:00"], holidays="avoid"
    ),
    "x": _policy(**_CONVERSATION),
    "mastodon": _policy(**_CONVERSATION),
    "bluesky": _policy(**_CONVERSATION),
    "threads": _policy(**_CONVERSATION),
    "blog": _policy(
        max_per_day=1,
        max_per_week=2,
        days=WORKDAYS,
        hours=["08:00-11:00"],
        min_gap=1440,
        holidays="avoid",
    ),
    "website": _policy(
        max_per_day=1,
        max_per_week=3,
        days=WORKDAYS,
        hours=["08:00-18:00"],
        min_gap=240,
        holidays="avoid",
    ),
}

# A network added to the registry before it gets a default of its own.
FALLBACK_POLICY = _policy(max_per_day=2, max_per_week=10, hours=["08:00-20:00"], min_gap=180)


def default_policy(network: str) -> EditorialPolicy:
    return DEFAULT_POLICIES.get(network, FALLBACK_POLICY)


def effective_policy(
    network: str,
    *layers: Mapping[str, PolicyOverride] | None,
    country: str | None = None,
    region: str | None = None,
) -> EditorialPolicy:
    """The default policy of ``network`` with each layer's override on top, in order
    (e.g. a profile's ``editorial``, then the campaign's ``policy``); ``country`` and
    ``region`` fill in when no layer names them."""
    policy = default_policy(network)
    for layer in layers:
        override = None if layer is None else layer.get(network)
        if override is not None:
            policy = override.over(policy)
    if policy.country is None and country is not None:
        policy = policy.model_copy(update={"country": country, "region": region})
    return policy
