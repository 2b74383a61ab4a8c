"""Where a text's hook ends and where a network folds it ("see more")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class FoldLike(Protocol):
    @property
    def chars(self) -> int | None: ...

    @property
    def lines(self) -> int | None: ...


# What ends a sentence, or opens a new one, for the purpose of telling a capital that starts a
# sentence from one that marks a name. A line break counts too (a title, a list item).
_SENTENCE_BOUNDARIES = frozenset('.!?…:»"“')


def at_sentence_start(text: str, offset: int) -> bool:
    """Whether ``offset`` starts the text, a line, or a sentence (after . ! ? … : or a quote).

    Scans back over whitespace only: rules call it for every capitalised word.
    """
    index = offset - 1
    while index >= 0 and text[index].isspace():
        if text[index] == "\n":
            return True
        index -= 1
    return index < 0 or text[index] in _SENTENCE_BOUNDARIES


def fold_offset(text: str, fold: FoldLike | None) -> int | None:
    """Code-point offset where the network cuts the text behind "see more", or None when the
    whole text shows. The fold falls after ``fold.chars`` characters or at the end of line
    ``fold.lines``, whichever comes first (only explicit line breaks count: wrapping depends
    on the reader's screen)."""
    if fold is None:
        return None
    cut = len(text)
    if fold.chars is not None:
        cut = min(cut, fold.chars)
    if fold.lines is not None:
        start = 0
        for _ in range(fold.lines):
            newline = text.find("\n", start)
            if newline < 0:
                break
            start = newline + 1
        else:
            cut = min(cut, start - 1)
    return cut if cut < len(text.rstrip()) else None


def hook_span(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The hook: the first sentence of the first non-empty line, without surrounding spaces."""
    start = len(text) - len(text.lstrip())
    if start == len(text):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for _sentence_start, sentence_end in sentences:
        if sentence_end > start:
            end = min(end, max(sentence_end, start + 1))
            break
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
