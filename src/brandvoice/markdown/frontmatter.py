"""YAML front matter: a ``---`` block at the very top of a Markdown file. Its ``voice``,
``network`` and ``lang`` keys choose how the file is checked; other keys (title, date...)
belong to the site generator and are left alone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from brandvoice.config.project import FileSettings, resolve_voice
from brandvoice.errors import InputError
from brandvoice.profiles.yamlsource import parse_yaml

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
KEYS = ("voice", "network", "lang")
LANGS = ("fr", "en", "auto")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    end: int  # offset just after the closing line: where the Markdown body starts
    settings: FileSettings


def read_front_matter(text: str, path: str | None, base: Path) -> FrontMatter | None:
    """The front matter of ``text``, or None when it does not start with one."""
    opening = _OPEN.match(text)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise InputError("front matter opened with --- is never closed", path=path, line=1)
    source = text[opening.end() : closing.start()]
    # The bounded reader of profiles: a checked file is untrusted too (alias bombs, nesting).
    try:
        data = parse_yaml(source, path or "<stdin>").data
    except InputError as error:
        line = None if error.line is None else error.line + 1  # the file's line: after ---
        raise InputError(
            f"invalid front matter: {error.message}", path=path, line=line, field=error.field
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of keys to values", path=path, line=2)
    values: dict[str, str] = {}
    for key in KEYS:
        value = data.get(key)
        if value is None:
            continue
        line = _line_of(source, key)
        if not isinstance(value, str):
            raise InputError(f"must be a string (got {value!r})", path=path, line=line, field=key)
        if key == "lang" and value not in LANGS:
            raise InputError(
                f"must be one of {', '.join(LANGS)} (got {value!r})",
                path=path,
                line=line,
                field=key,
            )
        values[key] = value
    settings = FileSettings(
        resolve_voice(values.get("voice"), base), values.get("network"), values.get("lang")
    )
    return FrontMatter(closing.end(), settings)


def _line_of(source: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", source, re.MULTILINE)
    return None if match is None else source.count("\n", 0, match.start()) + 2
