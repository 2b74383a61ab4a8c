"""Errors raised by brandvoice.

Every error a user can cause derives from :class:`InputError`; its message names the
file, line, field or offset at fault, so the CLI prints it as one line and exits 2.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class BrandvoiceError(Exception):
    """Base class of every error brandvoice raises on purpose."""


class InputError(BrandvoiceError, ValueError):
    """Bad input: a file, a field or a value the user gave.

    The location parts are kept as attributes so callers can point at the fault
    themselves; ``str(error)`` renders them as ``path:line: field: message``.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        offset: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        self.offset = offset
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        parts = [p for p in (where, self.field) if p]
        if self.offset is not None:
            parts.append(f"offset {self.offset}")
        return ": ".join([*parts, self.message])


class UnknownNameError(InputError):
    """A voice, network or rule name that does not exist; the message suggests the closest
    known names ("did you mean") and lists them all."""

    def __init__(self, kind: str, name: str, known: Iterable[str], **where: str | None) -> None:
        self.kind = kind
        self.name = name
        self.known = sorted(known)
        self.suggestions = closest_names(name, self.known)
        hint = (
            f"; did you mean {' or '.join(map(repr, self.suggestions))}?"
            if self.suggestions
            else ""
        )
        super().__init__(
            f"unknown {kind} {name!r}{hint}; known {kind}s: {', '.join(self.known)}",
            path=where.get("path"),
            field=where.get("field"),
        )


def closest_names(name: str, known: Iterable[str], limit: int = 2) -> list[str]:
    """The known names a typo of ``name`` most likely meant, ignoring case."""
    by_folded = {k.casefold(): k for k in known}
    matches = difflib.get_close_matches(name.casefold(), by_folded, n=limit, cutoff=0.6)
    return [by_folded[m] for m in matches]

