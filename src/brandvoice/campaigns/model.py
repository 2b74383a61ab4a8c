"""The campaign file: a brand, a time zone and the posts to adapt and schedule.

Field descriptions are part of the product: :func:`campaign_json_schema` publishes them
for editors. Times stay as written here (naive or with an offset); the planner puts them
in the campaign's zone, where a nonexistent or ambiguous local time can be explained.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from brandvoice.lang import checked_lang
from brandvoice.profiles.editorial import (
    CountryCode,
    PolicyOverride,
    _Frozen,
    _unique,
    check_country,
)
from brandvoice.understand.model import Action, Intent

NEXT: Literal["next"] = "next"


@cache
def _networks() -> dict[str, str]:
    """Network id -> status, from the network registry."""
    from brandvoice.networks import all_networks

    return {n.id: str(n.status) for n in all_networks().values()}


def _campaign_network(name: str) -> str:
    networks = _networks()
    name = name.strip().casefold()  # ids are case-insensitive, as on the command line
    if name not in networks:
        raise PydanticCustomError(
            "unknown_network",
            "unknown network '{network}'; known networks: {known}",
            {"network": name, "known": ", ".join(sorted(networks))},
        )
    if networks[name] != "active":
        raise PydanticCustomError(
            "closed_network",
            "network '{network}' is {status}: nothing can be scheduled on it",
            {"network": name, "status": networks[name]},
        )
    return name


@cache
def _known_zones() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def _time_zone(name: str) -> str:
    if name not in _known_zones():
        raise PydanticCustomError(
            "unknown_timezone",
            "unknown time zone '{zone}': use an IANA name such as Europe/Paris, "
            "America/New_York or UTC",
            {"zone": name},
        )
    return name


def _moment(value: object) -> object:
    """``next``, a YAML timestamp or an ISO 8601 string -> ``next`` or a datetime."""
    if value == NEXT or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        raise PydanticCustomError(
            "date_without_time",
            "{value} has no time of day: write e.g. {value}T10:00, or 'next'",
            {"value": value.isoformat()},
        )
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError(
        "moment",
        "not a date-time: write YYYY-MM-DDTHH:MM (in the campaign's time zone, or with "
        "an offset such as +02:00), or 'next' for the next free slot",
    )


def _hashtag(tag: str) -> str:
    return tag if tag.startswith("#") else f"#{tag}"


_NETWORK_SCHEMA = {"type": "string", "description": "a network id (see: brandvoice networks)"}
_MOMENT_SCHEMA = {
    "anyOf": [
        {"const": NEXT},
        {"type": "string", "format": "date-time"},
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?"},
    ]
}

NetworkName = Annotated[str, AfterValidator(_campaign_network), WithJsonSchema(_NETWORK_SCHEMA)]
TimeZoneName = Annotated[
    str,
    AfterValidator(_time_zone),
    WithJsonSchema({"type": "string", "description": "IANA time zone, e.g. Europe/Paris"}),
]
Moment = Annotated[
    Literal["next"] | dt.datetime, BeforeValidator(_moment), WithJsonSchema(_MOMENT_SCHEMA)
]
Hashtag = Annotated[
    str, Field(pattern=r"^#?\w+$"), AfterValidator(_hashtag), WithJsonSchema({"type": "string"})
]
PostId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]


class Post(_Frozen):
    """One message, adapted for each of its networks and scheduled on each."""

    id: PostId | None = Field(
        default=None,
        description="Stable name of the post (letters, digits, . _ -). Default: derived from "
        "its text, so editing the text makes it a new post in calendars.",
    )
    master: str | None = Field(default=None, description="The master message, inline.")
    file: str | None = Field(
        default=None, description="A file holding the master message, relative to this file."
    )
    networks: list[NetworkName] = Field(min_length=1, description="Networks to post on.")
    at: Moment = Field(
        default=NEXT,
        description="When: a date-time (naive = the campaign's time zone) or 'next', the "
        "next free slot that the network's editorial policy allows.",
    )
    reminder: bool = Field(
        default=False,
        description="This post reminds of the event its own message names: it is placed "
        "on the day before that event (or on its day, before its time) when the policy "
        "leaves a slot there. 'at' stays 'next'.",
    )
    voice: str | None = Field(
        default=None,
        description="Voice for this post on all its networks (built-in name or file "
        "relative to this file); default: the brand's, else each network's.",
    )
    hashtags: list[Hashtag] | None = Field(
        default=None,
        description="Hashtags of this post, replacing those ending its master.",
    )
    link: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = Field(
        default=None,
        description="Link of this post, replacing the master's first link (or added).",
    )
    intent: Intent | None = Field(
        default=None,
        description="What the message is for, when its text says otherwise than meant "
        "(see `brandvoice understand`); default: read from the master.",
    )
    action: Action | None = Field(
        default=None, description="What the message asks of its reader; default: read from it."
    )
    cta: str | None = Field(
        default=None,
        description="The call to action ending this post's variants ('' for none); default: "
        "the voice's for the message's intent and action.",
    )
    emoji: bool = Field(default=True, description="false: add no emoji to this post.")

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        if (self.master is None) == (self.file is None):
            raise PydanticCustomError(
                "master_or_file",
                "give the message as 'master' (inline text) or as 'file', not both nor neither",
                {"located_at": "master" if self.master is not None else "file"},
            )
        if self.master is not None and not self.master.strip():
            raise PydanticCustomError(
                "empty_master", "the master message is empty", {"located_at": "master"}
            )
        _unique(self.networks, "networks")
        if self.reminder and self.at != NEXT:
            raise PydanticCustomError(
                "reminder_at",
                "a reminder is placed by the planner, on the day before its event: remove "
                "'at' (or 'reminder')",
                {"located_at": "at"},
            )
        return self


class Campaign(_Frozen):
    """A campaign file: who speaks, in which time zone, and what goes out when."""

    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")] | None = Field(
        default=None,
        description="Name of the campaign, part of every calendar event's UID; default: the "
        "file name without extension. Renaming it makes calendars see new events.",
    )
    brand: str | None = Field(
        default=None,
        description="Brand profile (a voice file relative to this file) or a built-in voice.",
    )
    timezone: TimeZoneName = Field(description="IANA time zone of the campaign's local times.")
    country: CountryCode | None = Field(
        default=None, description="Country whose public holidays count (ISO 3166: FR, GB...)."
    )
    region: str | None = Field(
        default=None, description="Subdivision for regional holidays (FR '57', GB 'SCT'...)."
    )
    lang: Annotated[str, AfterValidator(checked_lang)] = Field(
        default="auto",
        description="Language of the masters: fr, en, a regional variant (en-GB, fr-CA...) "
        "or 'auto', which detects each one's.",
    )
    start: Moment | None = Field(
        default=None,
        description="No post is placed before this date-time (default: now).",
    )
    horizon_days: int = Field(
        default=60,
        ge=1,
        le=366,
        description="How many days after the start a 'next' post may be placed in.",
    )
    policy: dict[NetworkName, PolicyOverride] = Field(
        default_factory=dict,
        description="Editorial policy per network: fields overriding brandvoice's defaults.",
    )
    posts: list[Post] = Field(min_length=1, description="The posts, in order of priority.")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        check_country(self.country, self.region, "region")
        if self.start == NEXT:
            raise PydanticCustomError(
                "start_next", "start is a date-time, not 'next'", {"located_at": "start"}
            )
        return self


def campaign_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of campaign files, for editors and CI validation.

    Cross-field rules (master or file, a region's country, local times that do not exist)
    are checked by the loader and the planner.
    """
    schema = Campaign.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "brandvoice campaign",
    }
