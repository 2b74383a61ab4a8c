"""Markdown input for ``check``: front matter settings, code and link targets left out,
``<!-- brandvoice-disable -->`` comments, and positions that stay the file's own."""

from brandvoice.markdown.directives import Silence
from brandvoice.markdown.source import (
    MARKDOWN_SUFFIXES,
    MarkdownSource,
    is_markdown_path,
    parse_markdown,
)

__all__ = ["MARKDOWN_SUFFIXES", "MarkdownSource", "Silence", "is_markdown_path", "parse_markdown"]
