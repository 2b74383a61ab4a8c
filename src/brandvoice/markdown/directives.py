"""``<!-- brandvoice-disable [selector, ...] -->`` … ``<!-- brandvoice-enable [selector, ...] -->``:
stretches of a Markdown file where some rules (or all of them) stay silent. The selectors
are those of ``--disable`` (:mod:`brandvoice.checks.selectors`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.errors import InputError, UnknownNameError
from brandvoice.findings import Finding

if TYPE_CHECKING:
    from brandvoice.checks.selectors import Selector

COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"\A\s*brandvoice-(disable|enable)\b(.*?)\s*\Z", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Silence:
    """Findings starting in [start, end) that one of ``selectors`` selects are dropped."""

    start: int
    end: int
    selectors: tuple[Selector, ...]

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.offset < self.end:
            return False
        return any(selector.selects(finding) for selector in self.selectors)


def _selectors(raw: str, line: int, path: str | None) -> list[Selector]:
    """The selectors a directive names: those of ``--disable``
    (:mod:`brandvoice.checks.selectors`), read only when a file has directives."""
    from brandvoice.checks.selectors import parse_selector

    names = [name for name in re.split(r"[\s,]+", raw.strip()) if name]
    try:
        return [parse_selector(name) for name in names]
    except UnknownNameError as error:
        message = f"{error.message} (in a brandvoice comment)"
        raise InputError(message, path=path, line=line) from None


def silences(
    text: str, comments: list[re.Match[str]], path: str | None, first_line: int = 1
) -> list[Silence]:
    """The silenced stretches the directive ``comments`` (matches of :data:`COMMENT` in
    ``text``, in order) open and close. A disable left open runs to the end of the file; a
    disable without selectors opens ``all``, an enable without any closes everything open.
    ``first_line`` is the file's line number of ``text``'s first line, for errors."""
    opened: dict[Selector, int] = {}
    found: list[Silence] = []

    def close(selector: Selector, end: int) -> None:
        found.append(Silence(opened.pop(selector), end, (selector,)))

    for comment in comments:
        directive = _DIRECTIVE.match(comment[1])
        if directive is None:
            continue
        line = first_line + text.count("\n", 0, comment.start())
        named = _selectors(directive[2], line, path)
        if directive[1] == "disable":
            for selector in named or _selectors("all", line, path):
                opened.setdefault(selector, comment.end())
        else:
            for selector in named or list(opened):
                if selector in opened:
                    close(selector, comment.start())
    for selector in list(opened):
        close(selector, len(text))
    return sorted(found, key=lambda s: (s.start, s.end, s.selectors))
