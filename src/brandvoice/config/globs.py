"""Path globs of the configuration, matched against paths relative to the project root.

``*`` and ``?`` stay within one path segment, ``**`` spans any number of segments and
``[...]`` is a character class. A glob without ``/`` (a trailing one aside) matches a name
in any directory, as in ``.gitignore``: ``ignore = ["*.draft.md"]`` means every draft,
wherever it is. A glob matching a directory matches everything under it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path, PurePosixPath


@cache
def _compile(glob: str) -> re.Pattern[str]:
    # A trailing slash names a directory and, as in .gitignore, does not anchor the glob.
    pattern = glob.rstrip("/").removeprefix("./")
    pattern = pattern if "/" in pattern else f"**/{pattern}"
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:[^/]+/)*")
            index += 3
            continue
        if pattern.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", index + 2)
            if end < 0:
                out.append(re.escape(char))
            else:
                body = pattern[index + 1 : end]
                negated = body.startswith("!")
                body = body[1:] if negated else body
                out.append(f"[{'^' if negated else ''}{body.replace(chr(92), chr(92) * 2)}]")
                index = end
        else:
            out.append(re.escape(char))
        index += 1
    # A glob naming a directory also matches everything under it.
    return re.compile("".join(out) + "(?:/.*)?")


def relative_posix(path: str | Path, root: Path) -> str | None:
    """``path`` relative to ``root`` with ``/`` separators, or None when it lies outside."""
    absolute = Path(path).resolve()
    try:
        return PurePosixPath(absolute.relative_to(root.resolve())).as_posix()
    except ValueError:
        return None


def glob_matches(glob: str, relative: str) -> bool:
    return _compile(glob).fullmatch(relative) is not None
