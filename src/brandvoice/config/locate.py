"""Finding the project's configuration: ``--config PATH``, else the nearest
``brandvoice.toml`` or ``pyproject.toml`` with a ``[tool.brandvoice]`` table, walking up
from the working directory."""

from __future__ import annotations

import logging
from pathlib import Path

from brandvoice.config.loader import (
    OWN_FILE,
    PYPROJECT,
    PYPROJECT_TABLE,
    parse_config,
    read_toml,
    settings_table,
)
from brandvoice.config.model import ProjectConfig
from brandvoice.config.project import LoadedConfig
from brandvoice.errors import InputError

log = logging.getLogger(__name__)


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration at or above ``start``. In one directory ``brandvoice.toml``
    wins over ``pyproject.toml``; a pyproject.toml without ``[tool.brandvoice]`` does not
    count (the search goes on upward, as for other tools' settings)."""
    for directory in (start, *start.parents):
        own = directory / OWN_FILE
        if own.is_file():
            return own
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and settings_table(read_toml(pyproject)[1], PYPROJECT_TABLE):
            return pyproject
    return None


def load_config(explicit: str | Path | None = None, start: Path | None = None) -> LoadedConfig:
    """The configuration in ``explicit`` (which must exist), else the one found from
    ``start`` (the working directory), else the empty configuration rooted at ``start``."""
    start = (start or Path.cwd()).resolve()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError("configuration file not found", path=str(explicit))
    else:
        found = find_config_file(start)
        if found is None:
            log.info("no configuration file from %s up", start)
            return LoadedConfig(ProjectConfig(), None, start)
        path = found
    log.info("configuration: %s", path)
    return LoadedConfig(parse_config(path), path, path.resolve().parent)
