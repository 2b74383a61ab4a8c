"""Packaged YAML data read by libyaml gives what PyYAML's pure-Python safe loader gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import brandvoice
from brandvoice.datafiles import parse_packaged_yaml

PACKAGE = Path(brandvoice.__file__).parent
DATA_FILES = sorted(PACKAGE.rglob("*.yaml"))


def _typed(value: Any) -> Any:
    """``value`` with every scalar's type beside it: 1, 1.0 and True compare equal in Python."""
    if isinstance(value, dict):
        return [(_typed(key), _typed(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


def test_there_are_packaged_data_files() -> None:
    assert len(DATA_FILES) > 20


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_same_objects_as_the_python_safe_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _typed(parse_packaged_yaml(text)) == _typed(yaml.safe_load(text))


def test_it_stays_a_safe_loader() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_packaged_yaml("!!python/object/apply:os.system ['true']")
