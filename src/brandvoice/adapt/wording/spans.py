"""Protected spans of a text, remembered: every variant's BODY stage starts from the same
master, and finding its URLs and emoji costs more than the wording transforms themselves."""

from __future__ import annotations

from functools import lru_cache

from brandvoice.adapt.transform import Target
from brandvoice.text.entities import find_entities
from brandvoice.text.protect import ProtectedSpans, protected_spans


def protected_of(text: str, target: Target) -> ProtectedSpans:
    """The spans :func:`brandvoice.adapt.transform.protected` gives, from a cache."""
    return _protected(text, target.protected_names)


@lru_cache(maxsize=256)
def _protected(text: str, names: tuple[str, ...]) -> ProtectedSpans:
    entities = [(entity.start, entity.end) for entity in find_entities(text)]
    return protected_spans(text, entities, names)


def entities_of(text: str) -> ProtectedSpans:
    """URLs, e-mails, mentions, hashtags, emoji and product codes, without any name."""
    return _protected(text, ())
