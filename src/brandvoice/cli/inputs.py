"""Reading the user's files: strict UTF-8, errors that name the file and the byte."""

from __future__ import annotations

import sys
from pathlib import Path

from brandvoice.errors import InputError

STDIN = "-"


def read_text(path: str) -> str:
    """The text of ``path`` (``-`` for stdin), decoded as UTF-8 without any change, so that
    finding offsets point into the file as written."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=path) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid UTF-8 at byte offset {error.start}; save the file as UTF-8",
            path=path,
        ) from error
