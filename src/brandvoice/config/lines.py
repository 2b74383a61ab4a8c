"""Where a key was written in a TOML file: ``tomllib`` keeps no positions, so a small scan
of the text finds the line of a faulty key for the error message."""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def _normalise(dotted: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in dotted.split("."))


def _key_pattern(key: str) -> re.Pattern[str]:
    quoted = re.escape(key)
    return re.compile(rf"(?:^|[{{,\s])(?:\"{quoted}\"|'{quoted}'|{quoted})\s*=")


def key_line(text: str, table: Sequence[str], loc: Sequence[str | int]) -> int | None:
    """The 1-based line of the key at ``loc`` inside the table ``table`` (``()`` for the
    document's top level), or of the nearest enclosing table header when the key itself
    is absent (a missing required key); None when nothing fits."""
    lines = text.splitlines()
    names = [p for p in loc if isinstance(p, str)]
    for dotted, index in _candidate_tables(table, loc):
        start, end = _section(lines, dotted, index)
        if start is None:
            continue
        if names:
            pattern = _key_pattern(names[-1])
            for number in range(start, end):
                if pattern.search(lines[number].split("#", 1)[0]):
                    return number + 1
        return start or None  # the header line (1-based) of the table missing the key
    return None


def _candidate_tables(
    table: Sequence[str], loc: Sequence[str | int]
) -> list[tuple[str, int | None]]:
    """Tables the key may be written in, most specific first: an array-of-tables entry
    (``[[tool.brandvoice.paths]]`` number ``i``), a sub-table, the table itself."""
    candidates: list[tuple[str, int | None]] = []
    for position, part in enumerate(loc):
        if isinstance(part, int) and position > 0:
            names = [p for p in loc[:position] if isinstance(p, str)]
            candidates.append((".".join([*table, *names]), part))
    names = [p for p in loc[:-1] if isinstance(p, str)]
    if names and not candidates:
        candidates.append((".".join([*table, *names]), None))
    candidates.append((".".join(table), None))
    return candidates


def _section(lines: list[str], dotted: str, index: int | None) -> tuple[int | None, int]:
    """(line index just after the table's header, line index of the next header): the
    ``index``-th ``[[dotted]]`` when ``index`` is given. The top level is ``dotted == ""``."""
    if not dotted:
        first_header = next((i for i, line in enumerate(lines) if _HEADER.match(line)), len(lines))
        return 0, first_header
    seen = 0
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match is None or _normalise(match[2]) != dotted:
            continue
        if index is not None and (match[1] != "[[" or seen != index):
            seen += match[1] == "[["
            continue
        following = (i for i in range(number + 1, len(lines)) if _HEADER.match(lines[i]))
        return number + 1, next(following, len(lines))
    return None, len(lines)
