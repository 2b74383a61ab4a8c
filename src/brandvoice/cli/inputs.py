"""Reading the user's files: strict UTF-8, errors that name the file and the byte; for
``check``, each file with the voice, network and language it is checked for."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from brandvoice.errors import InputError

if TYPE_CHECKING:
    from brandvoice.config import FileSettings, LoadedConfig
    from brandvoice.findings import Report
    from brandvoice.markdown import MarkdownSource

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


@dataclass(frozen=True, slots=True)
class CheckInput:
    """One file to check: its text as written, and for Markdown its checkable prose."""

    path: str
    text: str
    voice: str | None
    network: str | None
    lang: str
    markdown: MarkdownSource | None = None

    @property
    def checkable(self) -> str:
        return self.text if self.markdown is None else self.markdown.checkable

    def finish(self, report: Report) -> Report:
        """The report on :attr:`checkable` as a report on the file as written."""
        return report if self.markdown is None else self.markdown.restore(report)


def check_input(path: str, text: str, given: FileSettings, config: LoadedConfig) -> CheckInput:
    """``text`` read from ``path`` with its settings: the command line's (``given``) first,
    then the file's front matter, then the configuration's ``paths`` entries and defaults."""
    from brandvoice.markdown import is_markdown_path, parse_markdown

    file = None if path == STDIN else path
    settings = config.settings_for(file)
    markdown = parse_markdown(text, path) if is_markdown_path(file) else None
    if markdown is not None:
        settings = settings.under(markdown.settings)
    settings = settings.under(given)
    return CheckInput(
        path, text, settings.voice, settings.network, settings.lang or "auto", markdown
    )
