"""Measure a text against a network's limits, counted the way that network counts."""

from __future__ import annotations

from dataclasses import dataclass

from brandvoice.networks.counting import count, x_length_and_validity
from brandvoice.networks.model import Network
from brandvoice.networks.registry import get_network
from brandvoice.networks.units import CountUnit


@dataclass(frozen=True, slots=True)
class ExtraCount:
    """The text's length in a network's secondary unit (Bluesky's UTF-8 bytes)."""

    unit: str
    count: int
    limit: int

    @property
    def within(self) -> bool:
        return self.count <= self.limit


@dataclass(frozen=True, slots=True)
class Measure:
    """A text's length on one network.

    ``valid`` is True when the text fits ``limit`` and every ``extra`` limit and, on X,
    twitter-text accepts it. The empty text counts 0: twitter-text rejects it on X
    (a post needs content); elsewhere it is "valid" here, since an image-only post is
    fine and emptiness is a content question for the checks, not a length one.
    """

    count: int
    limit: int | None
    unit: str
    valid: bool
    extra: tuple[ExtraCount, ...] = ()

    @property
    def over(self) -> int:
        """How far over ``limit`` the text is (0 when it fits or there is no limit)."""
        return 0 if self.limit is None else max(0, self.count - self.limit)


def measure(text: str, network: str | Network) -> Measure:
    """Count ``text`` for ``network`` (an id or a :class:`Network`); never raises on any str.

    Raises :class:`~brandvoice.errors.UnknownNameError` for an unknown network id.
    """
    target = get_network(network) if isinstance(network, str) else network
    if target.unit is CountUnit.TWITTER_WEIGHTED:
        length, accepted = x_length_and_validity(text)
    else:
        length, accepted = count(text, target.unit), True
    extra = tuple(
        ExtraCount(str(limit.unit), count(text, limit.unit), limit.limit)
        for limit in target.extra_limits
    )
    fits = target.limit is None or length <= target.limit
    return Measure(
        count=length,
        limit=target.limit,
        unit=str(target.unit),
        valid=accepted and fits and all(e.within for e in extra),
        extra=extra,
    )
