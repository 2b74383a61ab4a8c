"""The entities of a text, found once: every POST transform of every variant asks for them.

Finding emoji walks the text grapheme by grapheme and is the costliest step of a POST
transform; the master and an unchanged variant come back many times, so the answers are
kept (a bounded cache: the entities are immutable).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from brandvoice.text.entities import Entity, find_entities

if TYPE_CHECKING:
    from brandvoice.adaptation.transform import Target
    from brandvoice.text.protect import ProtectedSpans


@lru_cache(maxsize=512)
def entities_of(text: str) -> tuple[Entity, ...]:
    return tuple(find_entities(text))


def entities_of_kind(text: str, kind: str) -> list[Entity]:
    return [entity for entity in entities_of(text) if entity.kind == kind]


def protected_of(text: str, target: Target) -> ProtectedSpans:
    """What :func:`brandvoice.adaptation.transform.protected` says, from the cached entities."""
    from brandvoice.text.protect import protected_spans

    spans = [(e.start, e.end) for e in entities_of(text)]
    return protected_spans(text, spans, target.protected_names)
