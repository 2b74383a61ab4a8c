"""``<!-- brandvoice-disable [rule, ...] -->`` … ``<!-- brandvoice-enable [rule, ...] -->``:
stretches of a Markdown file where some rules (or all of them) stay silent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from brandvoice.errors import InputError
from brandvoice.findings import Finding

COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"\A\s*brandvoice-(disable|enable)\b(.*?)\s*\Z", re.DOTALL)
_ALL = "*"


@dataclass(frozen=True, slots=True)
class Silence:
    """Findings starting in [start, end) of a rule ``selectors`` names are dropped;
    ``selectors`` is empty for every rule."""

    start: int
    end: int
    selectors: tuple[str, ...] = ()

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.offset < self.end:
            return False
        return not self.selectors or any(
            finding.rule == s or finding.rule.startswith(s + ".") for s in self.selectors
        )


def _selectors(raw: str, line: int, path: str | None) -> list[str]:
    from brandvoice.checks.registry import rule_ids

    names = [name.rstrip(".") for name in re.split(r"[\s,]+", raw.strip()) if name]
    known = rule_ids()
    for name in names:
        external = name == "languagetool" or name.startswith("languagetool.")
        if not external and not any(r == name or r.startswith(name + ".") for r in known):
            raise InputError(
                f"unknown rule {name!r} in a brandvoice comment (see: brandvoice rules)",
                path=path,
                line=line,
            )
    return names


def silences(
    text: str, comments: list[re.Match[str]], path: str | None, first_line: int = 1
) -> list[Silence]:
    """The silenced stretches the directive ``comments`` (matches of :data:`COMMENT` in
    ``text``, in order) open and close. A disable left open runs to the end of the file;
    an enable without ids closes everything open. ``first_line`` is the file's line number
    of ``text``'s first line, for errors."""
    opened: dict[str, int] = {}
    found: list[Silence] = []

    def close(selector: str, end: int) -> None:
        start = opened.pop(selector)
        found.append(Silence(start, end, () if selector == _ALL else (selector,)))

    for comment in comments:
        directive = _DIRECTIVE.match(comment[1])
        if directive is None:
            continue
        line = first_line + text.count("\n", 0, comment.start())
        names = _selectors(directive[2], line, path)
        if directive[1] == "disable":
            for name in names or [_ALL]:
                opened.setdefault(name, comment.end())
        else:
            for name in names or list(opened):
                if name in opened:
                    close(name, comment.start())
    for name in list(opened):
        close(name, len(text))
    return sorted(found, key=lambda s: (s.start, s.end, s.selectors))
