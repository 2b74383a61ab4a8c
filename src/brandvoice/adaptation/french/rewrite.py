"""What a change of address produces: word-level replacements, each saying what it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` by ``replacement``; ``what`` names it ("vous → tu")."""

    start: int
    end: int
    replacement: str
    what: str
    sentence: int  # the sentence it belongs to, for the plural policy
