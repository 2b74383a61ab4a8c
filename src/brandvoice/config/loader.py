"""Reading a configuration file: TOML syntax, the ``[tool.brandvoice]`` table of a
``pyproject.toml``, validation, and errors that name the file, the line and the key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from brandvoice.config.lines import key_line
from brandvoice.config.model import PathOverride, ProjectConfig
from brandvoice.errors import InputError

PYPROJECT = "pyproject.toml"
OWN_FILE = "brandvoice.toml"
PYPROJECT_TABLE = ("tool", "brandvoice")


def table_of(path: Path) -> tuple[str, ...]:
    """Where the settings live in ``path``: ``[tool.brandvoice]`` in a pyproject.toml, the
    top level of any other file."""
    return PYPROJECT_TABLE if path.name == PYPROJECT else ()


def read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=str(path)) from error
    except UnicodeDecodeError as error:
        raise InputError(f"not valid UTF-8 at byte offset {error.start}", path=str(path)) from error
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib puts the position at the end of its message: "... (at line 3, column 7)".
        match = re.search(r"\(at line (\d+), column \d+\)$", str(error))
        message = str(error)[: match.start()].strip() if match else str(error)
        line = int(match[1]) if match else None
        raise InputError(f"invalid TOML: {message}", path=str(path), line=line) from None


def settings_table(data: dict[str, Any], table: tuple[str, ...]) -> dict[str, Any] | None:
    """The table at ``table`` in ``data``, or None when the file has none."""
    found: Any = data
    for name in table:
        if not isinstance(found, dict) or name not in found:
            return None
        found = found[name]
    return found if isinstance(found, dict) else None


def parse_config(path: Path) -> ProjectConfig:
    """The configuration in ``path``; a pyproject.toml without ``[tool.brandvoice]`` gives
    the empty configuration."""
    text, data = read_toml(path)
    table = table_of(path)
    settings = settings_table(data, table)
    if settings is None:
        if table and settings_table(data, table[:1]) is not None and "brandvoice" in data["tool"]:
            raise InputError("[tool.brandvoice] must be a table", path=str(path))
        return ProjectConfig()
    try:
        return ProjectConfig.model_validate(settings)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise _explain(errors[0], path, text, table, len(errors) - 1) from None


def _explain(
    error: ErrorDetails, path: Path, text: str, table: tuple[str, ...], more: int
) -> InputError:
    loc = tuple(error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        known = _keys_at(loc[:-1])
        message = "unknown key" + (f"; expected one of: {', '.join(known)}" if known else "")
    elif error["type"] == "missing":
        message = "missing required key"
    elif isinstance(error["input"], str | int | float | bool) and len(str(error["input"])) <= 60:
        message += f" (got {error['input']!r})"
    if more:
        message += f" (and {more} more)"
    field = "".join(_part(p) for p in (*table, *loc)).lstrip(".")
    line = key_line(text, table, loc)
    return InputError(message, path=str(path), line=line, field=field)


def _part(part: str | int) -> str:
    return f"[{part}]" if isinstance(part, int) else f".{part}"


def _keys_at(loc: tuple[str | int, ...]) -> list[str]:
    model: type[BaseModel] = ProjectConfig
    if loc and loc[0] == "paths":
        model = PathOverride
    elif loc:
        return []
    return sorted(model.model_fields)
