"""Inline Markdown that is not prose: code spans, link targets, autolinks, reference
definitions, HTML tags and the markup characters around the words (``#``, ``>``, list
bullets, emphasis). Each is blanked in place; the words themselves stay."""

from __future__ import annotations

import re

from brandvoice.markdown.regions import Blanker

# A run of backticks, the shortest content, then a run of the same length; the content
# may wrap lines but not cross a blank line (a paragraph break ends a code span).
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[^<>\s]+)>"
)
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>")
_HEADING = re.compile(r"^([ \t]{0,3})(#{1,6})(?=[ \t]|$)([^\n]*?)([ \t]+#+)?[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_BULLET = re.compile(
    r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])(?:[ \t]+\[[ xX]\](?=[ \t]))?", re.MULTILINE
)
# Thematic breaks, setext underlines and table delimiter rows: no words at all.
_RULE_LINE = re.compile(r"^[ \t]*(?=(?:[^\n]*[-=*_]){3})[-=*_|: \t]+$", re.MULTILINE)
_EMPHASIS = re.compile(r"\*{1,3}|_{1,3}|~~")


def blank_code_spans(blanker: Blanker, text: str) -> None:
    for match in _CODE_SPAN.finditer(text):
        blanker.blank(match.start(), match.end())


def blank_link_targets(blanker: Blanker, text: str) -> None:
    """Autolinks, reference definitions, and the ``[``, ``](target "title")`` and
    ``][label]`` of inline and reference links (the link text stays: it is prose)."""
    for pattern in (_AUTOLINK, _REFERENCE_DEFINITION):
        for match in pattern.finditer(text):
            blanker.blank(match.start(), match.end())
    for close in (m.start() for m in re.finditer(r"\]\(|\]\[", text)):
        end = _closing(text, close + 1)
        if end is None:
            continue
        opening = _opening_bracket(text, close)
        if opening is None:
            continue
        blanker.blank(close, end)
        image = opening > 0 and text[opening - 1] == "!"
        blanker.blank(opening - image, opening + 1)


def _closing(text: str, start: int) -> int | None:
    """The offset after the ``)`` or ``]`` matching the one opening at ``start``."""
    opener = text[start]
    closer = ")" if opener == "(" else "]"
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "\n" and text.startswith("\n", index + 1):
            return None
        if char == "\\":
            continue
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def _opening_bracket(text: str, close: int) -> int | None:
    """The ``[`` matching the ``]`` at ``close``, within the paragraph."""
    depth = 0
    for index in range(close, -1, -1):
        char = text[index]
        if char == "\n" and index > 0 and text[index - 1] == "\n":
            return None
        if char == "]":
            depth += 1
        elif char == "[":
            depth -= 1
            if depth == 0:
                return index
    return None


def blank_html_tags(blanker: Blanker, text: str) -> None:
    for match in _HTML_TAG.finditer(text):
        blanker.blank(match.start(), match.end())


def blank_markup(blanker: Blanker, text: str) -> None:
    """Heading hashes, quote markers, list bullets, rule lines and emphasis markers."""
    for match in _HEADING.finditer(text):
        blanker.blank(*match.span(2))
        if match[4]:
            blanker.blank(*match.span(4))
    for pattern in (_QUOTE, _BULLET, _RULE_LINE):
        for match in pattern.finditer(text):
            blanker.blank(match.start(), match.end())
    for match in _EMPHASIS.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isspace() and after.isspace():
            continue  # "2 * 3", a lone underscore: not emphasis
        if match[0][0] == "_" and before.isalnum() and after.isalnum():
            continue  # snake_case: an underscore inside a word
        blanker.blank(match.start(), match.end())
