"""The YAML tables of ``brandvoice/adaptation/data``, read once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from brandvoice.datafiles import parse_packaged_yaml


@cache
def load_table(name: str) -> Any:
    """The parsed content of ``adapt/data/<name>`` (YAML), loaded on first use."""
    path = resources.files("brandvoice.adaptation").joinpath("data", name)
    return parse_packaged_yaml(path.read_text("utf-8"))


def phrase_alternation(patterns: list[str]) -> str:
    """The phrase patterns of a table as one alternation, each apostrophe written in the
    data standing for both the straight ' and the typographic ’."""
    return "|".join(f"(?:{pattern.replace(chr(39), '[' + chr(39) + '’]')})" for pattern in patterns)
