"""The adaptation's data files (``brandvoice/adaptation/data/*.yaml``), read once per process."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from brandvoice.datafiles import parse_packaged_yaml

DATA_PACKAGE = "brandvoice.adaptation"
DATA_DIR = "data"


class DataFileError(ValueError):
    """A packaged data file does not have the shape its loader expects (a bug to fix)."""


@cache
def load_data(name: str) -> Any:
    """The parsed YAML document ``data/<name>``; callers validate its shape."""
    text = (files(DATA_PACKAGE) / DATA_DIR / name).read_text(encoding="utf-8")
    return parse_packaged_yaml(text)


def string_list(value: Any, where: str) -> tuple[str, ...]:
    """``value`` as a tuple of non-empty strings, or :class:`DataFileError` naming ``where``."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: expected a list of non-empty strings")
    return tuple(value)
