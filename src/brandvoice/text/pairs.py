"""Paired marks: « », “ ”, ( ) and straight double quotes, each closed in its paragraph.

A quotation or an aside that a paragraph break (a template's, a cut's) leaves open reads
as a typo on every network. :func:`unpaired_marks` finds the marks that are not paired
within their paragraph; :func:`open_marks` says whether a piece of text leaves one open
(where a break must not go).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

OPENERS = {"«": "»", "“": "”", "(": ")"}
CLOSERS = {closing: opening for opening, closing in OPENERS.items()}
STRAIGHT_QUOTE = '"'
# A blank line (spaces allowed) ends a paragraph.
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")
# Emoticons are no parentheses: ":(", ";-(", ":)" (not "10:00)" nor "(voir: ici)").
_EMOTICON = regex.compile(r"(?<![\p{N}])[:;=]-?[()]")
_MARKS = regex.compile(r'[«»“”()"]')


@dataclass(frozen=True, slots=True)
class UnpairedMark:
    offset: int
    mark: str
    # "open": opened and not closed in its paragraph; "close": closes nothing before it.
    side: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of ``text``: the pieces between blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _emoticon_offsets(text: str) -> set[int]:
    return {
        m.start() + i
        for m in _EMOTICON.finditer(text)
        for i, char in enumerate(m.group())
        if char in "()"
    }


def _continues_quotation(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` opens with « : by French typographic
    convention, a quotation running over several paragraphs opens each of them with «
    and closes only at the end of the last."""
    return text[start:end].lstrip().startswith("«")


def unpaired_marks(text: str) -> list[UnpairedMark]:
    """The marks of ``text`` not paired within their paragraph, in text order.

    An opening mark closed only in a later paragraph (or never) is "open"; a closing
    « » or ” with no opening one before it in the paragraph is "close". A lone ")" is
    left alone (it numbers lists: "1)", "a)"), and so are emoticons. Straight double
    quotes pair among themselves: an odd one out, the last, is "open". A « left open
    when the next paragraph opens with « is a quotation running on (French convention):
    only the last paragraph's « must be closed.
    """
    emoticons = _emoticon_offsets(text)
    found: list[UnpairedMark] = []
    spans = paragraphs(text)
    for index, (start, end) in enumerate(spans):
        stack: list[tuple[int, str]] = []
        straight: list[int] = []
        for match in _MARKS.finditer(text, start, end):
            at, mark = match.start(), match.group()
            if at in emoticons:
                continue
            if mark == STRAIGHT_QUOTE:
                straight.append(at)
            elif mark in OPENERS:
                stack.append((at, mark))
            elif any(opened == CLOSERS[mark] for _, opened in stack):
                # Close the nearest matching opener; any opened inside it stays open.
                while stack:
                    opened_at, opened = stack.pop()
                    if opened == CLOSERS[mark]:
                        break
                    found.append(UnpairedMark(opened_at, opened, "open"))
            elif mark != ")":
                found.append(UnpairedMark(at, mark, "close"))
        if index + 1 < len(spans) and _continues_quotation(text, *spans[index + 1]):
            # The quotation left open runs on: the next paragraph's « carries it.
            running = next((i for i, (_, opened) in enumerate(stack) if opened == "«"), None)
            if running is not None:
                del stack[running]
        found.extend(UnpairedMark(at, mark, "open") for at, mark in stack)
        if len(straight) % 2:
            found.append(UnpairedMark(straight[-1], STRAIGHT_QUOTE, "open"))
    return sorted(found, key=lambda m: m.offset)


def open_marks(text: str) -> bool:
    """Whether ``text`` opens a « “ ( it does not close (emoticons aside): a paragraph
    break right after it would leave the mark open."""
    return any(mark.side == "open" for mark in unpaired_marks(text))
