"""Code blocks, fenced and indented, found by a CommonMark parser (markdown-it-py): which
indented lines are code depends on lists and paragraphs, too subtle for a regex."""

from __future__ import annotations

from brandvoice.markdown.regions import Blanker

_CODE_BLOCKS = frozenset({"fence", "code_block"})


def line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def blank_code_blocks(text: str, blanker: Blanker) -> None:
    """Blank every line of every code block in ``text`` (fences included)."""
    from markdown_it import MarkdownIt  # only Markdown input needs it (~0.1 s to import)

    starts = line_starts(text)
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in _CODE_BLOCKS and token.map is not None:
            first, last = token.map
            end = starts[last] if last < len(starts) else len(text)
            blanker.blank(starts[first], end)
