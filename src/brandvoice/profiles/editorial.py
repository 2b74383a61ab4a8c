"""Editorial policy layers: a network's default, then a profile's and a campaign's overrides.

A policy is per network: how many posts a day and a week, on which days, within which
hours, how far apart, and whether public holidays are avoided (the model,
:class:`EditorialPolicy`, is :mod:`brandvoice.networks.editorial`). Each network's default
is the ``editorial:`` section of its record (``networks/data/<id>.yaml``, documented in
docs/campaigns.md; :data:`DEFAULT_POLICIES` reads them). Layers override any field of
it: a voice profile under ``editorial: {network: {...}}``, then a campaign file under
``policy: {network: {...}}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, Self

from pydantic import Field, model_validator

# The policy's model and value types live with the network records that hold the
# defaults; they are imported from here too, where the layers are.
from brandvoice.networks.editorial import (
    ALL_DAYS,
    WEEKDAYS,
    WORKDAYS,
    CountryCode,
    EditorialPolicy,
    HoursWindow,
    Minutes,
    Weekday,
    _Frozen,
    _unique,
    check_country,
    parse_duration,
    parse_window,
    supported_countries,
)
from brandvoice.networks.registry import all_networks

__all__ = [
    "ALL_DAYS",
    "DEFAULT_POLICIES",
    "FALLBACK_POLICY",
    "WEEKDAYS",
    "WORKDAYS",
    "CountryCode",
    "EditorialPolicy",
    "HoursWindow",
    "Minutes",
    "PolicyOverride",
    "Weekday",
    "_Frozen",
    "_unique",
    "check_country",
    "default_policy",
    "effective_policy",
    "parse_duration",
    "parse_window",
    "supported_countries",
]


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


# Each network's house default, from its record: rules of thumb for a small business's
# community manager (see docs/campaigns.md for the reasoning), meant to be overridden.
DEFAULT_POLICIES: Mapping[str, EditorialPolicy] = MappingProxyType(
    {network.id: network.editorial for network in all_networks().values()}
)

# For a network id the registry does not know (a variant or a plan built by hand).
FALLBACK_POLICY = EditorialPolicy(
    max_per_day=2, max_per_week=10, hours=["08:00-20:00"], min_gap=180
)


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
