"""The shape of a network record, as each ``data/<id>.yaml`` describes it and validation enforces.

One record holds everything brandvoice knows of a network: where it sits in listings, its
limits and how it counts (and the words for that count), its "see more" fold, its hashtag
and link policy, what it is to the brand (a platform's feed or the brand's own pages),
the voice it defaults to, the editorial policy campaigns schedule under, and the source of
every platform fact.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from brandvoice.networks.editorial import EditorialPolicy
from brandvoice.networks.units import CountUnit

VoiceName = Literal["corporate", "expert-blog", "casual-facebook", "professional-network"]


class NetworkStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    """No new posts can be published; the profile is kept for old texts and history."""


class NetworkKind(StrEnum):
    """What a network is to the brand. The values are also the UTM medium of a visit
    that comes from there (``utm_medium=social``)."""

    SOCIAL = "social"
    """A platform's feed, where the brand's posts appear under its page or account."""
    BLOG = "blog"
    """The brand's own blog."""
    WEBSITE = "website"
    """The brand's own website (press notes, news)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Fold(_Frozen):
    """Where a network hides the rest of a post behind "see more": after ``chars``
    characters or ``lines`` lines, whichever comes first."""

    chars: int | None = Field(default=None, gt=0)
    lines: int | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _folds_somewhere(self) -> Fold:
        if self.chars is None and self.lines is None:
            raise ValueError("a fold needs chars or lines; write `fold: null` for none")
        return self


class ExtraLimit(_Frozen):
    """A second limit in another unit, e.g. Bluesky's 3,000 UTF-8 bytes."""

    unit: CountUnit
    limit: int = Field(gt=0)


class Source(_Frozen):
    """Where the value of one field comes from."""

    field: str
    title: str = Field(min_length=1)
    url: str | None = Field(default=None, pattern=r"^https://")
    """None only for documents without an address (the project's own reference notes)."""
    checked: str = Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    """Year and month the source was last read, e.g. "2026-11"."""


# Fields holding a platform fact that must name its source when set.
SOURCED_FIELDS = ("limit", "extra_limits", "fold", "max_hashtags", "max_links")


class Network(_Frozen):
    """One network's record: limits, habits and policies."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    """The file's name (``data/<id>.yaml``); ids are what users type (``--network x``)."""
    order: int = Field(ge=0)
    """Position in listings (``brandvoice networks``), smallest first; unique."""
    name: str = Field(min_length=1)
    limit: int | None = Field(gt=0)
    """Maximum post length in ``unit``; None when the network sets none (a blog)."""
    unit: CountUnit
    unit_label: str = Field(min_length=1)
    """What a count in ``unit`` is called in messages and previews ("weighted characters")."""
    extra_limits: tuple[ExtraLimit, ...] = ()
    fold: Fold | None
    max_hashtags: int | None = Field(default=None, ge=0)
    """None: no cap."""
    max_links: int | None = Field(default=None, ge=0)
    """None: no cap."""
    links_clickable: bool = True
    """False: a link in a post is plain text (Instagram), so it becomes the bio wording."""
    kind: NetworkKind = NetworkKind.SOCIAL
    """Also the UTM medium of a visit from here; UTM tags only go on ``social`` posts."""
    default_voice: VoiceName
    status: NetworkStatus = NetworkStatus.ACTIVE
    editorial: EditorialPolicy
    """The default of when and how often the brand posts here (docs/campaigns.md); voice
    profiles (``editorial:``) and campaign files (``policy:``) override it field by field."""
    note: str = ""
    sources: tuple[Source, ...] = ()

    # The editorial policy holds lists (unhashable); equal records have equal ids, and the
    # counting caches key on a network, so hash by the fields that decide a count.
    def __hash__(self) -> int:
        return hash((self.id, self.limit, self.unit, self.extra_limits))

    @model_validator(mode="after")
    def _facts_are_sourced(self) -> Network:
        known = set(type(self).model_fields)
        for source in self.sources:
            if source.field not in known:
                raise ValueError(f"source for unknown field {source.field!r}")
        sourced = {source.field for source in self.sources}
        for name in SOURCED_FIELDS:
            value = getattr(self, name)
            if value not in (None, ()) and name not in sourced:
                raise ValueError(f"{name} is set but no source names it")
        return self

    @property
    def is_active(self) -> bool:
        return self.status is NetworkStatus.ACTIVE

    @property
    def is_own_site(self) -> bool:
        """Whether a post here is a page of the brand's own site (blog, website), not a
        post in a platform's feed."""
        return self.kind is not NetworkKind.SOCIAL
