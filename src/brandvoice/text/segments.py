"""Where a text's sentences are, where its hook ends and where a network folds it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from brandvoice.text.entities import EMOJI, find_entities


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


Span = tuple[int, int]

# A sentence's end: its stop, then any closing quote or bracket (« ouvert ! »).
_STOP_BEFORE = regex.compile(r"[.!?…](?:\s*[\"»”’)])*\s*$")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# An emoji between a word and a capital stands for the stop a post leaves out (« se lever
# tôt 😉 Envoyez-nous », "Kowalski Hardware 🎄 We'll close"); after a comma or a colon it is
# an item of the sentence going on (« Au menu : 🍕 Pizzas, 🍝 Pâtes »).
_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}]\s*$")


def sentence_spans(text: str, model_spans: Sequence[Span]) -> list[Span]:
    """The sentences of ``text`` as the checks count them, from a model's sentence spans.

    In a post a line ends its sentence (a title, a call to action, a line of hashtags), even
    when the model reads on across it. An emoji after a sentence's stop belongs to that
    sentence: the model sometimes makes it a sentence of its own (« samedi. 🍷 Réservez »)
    and sometimes reads on into the next one (« à 10 h. 🍷 Réservez »), which would make
    one long sentence of two. An emoji between a word and a capital ends the sentence too,
    in place of the stop (« se lever tôt 😉 Envoyez-nous »).
    """
    pieces = [piece for span in model_spans for piece in _split_at_line_breaks(text, span)]
    # find_entities is cached: the checks ask for the same text's entities anyway.
    emoji = [(e.start, e.end) for e in find_entities(text) if e.kind == EMOJI]
    if not emoji:
        return pieces
    cut = [piece for span in pieces for piece in _cut_after_emoji(text, span, emoji)]
    return _attach_lone_emoji(text, cut)


def _split_at_line_breaks(text: str, span: Span) -> list[Span]:
    start, end = span
    result: list[Span] = []
    piece_start = start
    newline = text.find("\n", start, end)
    while newline >= 0:
        if text[piece_start:newline].strip():
            result.append((piece_start, newline))
        piece_start = newline + 1
        newline = text.find("\n", piece_start, end)
    if text[piece_start:end].strip():
        result.append((piece_start, end))
    return result


def _cut_after_emoji(text: str, span: Span, emoji: Sequence[Span]) -> list[Span]:
    """``span`` cut after each run of emoji that follows a stop or a word and precedes a
    capital."""
    start, end = span
    result: list[Span] = []
    index = 0
    while index < len(emoji):
        run_start, run_end = emoji[index]
        if not start < run_start < end:
            index += 1
            continue
        while index + 1 < len(emoji) and not text[run_end : emoji[index + 1][0]].strip():
            index += 1  # a run of emoji separated by spaces only
            run_end = emoji[index][1]
        index += 1
        following = run_end
        while following < end and text[following].isspace():
            following += 1
        if (
            following < end
            and text[following].isupper()
            and (
                _STOP_BEFORE.search(text, start, run_start)
                or _WORD_BEFORE.search(text, start, run_start)
            )
        ):
            result.append((start, run_end))
            start = following
    result.append((start, end))
    return result


def _attach_lone_emoji(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans without a letter or digit (emoji, punctuation) joined to the sentence before
    them on the same line."""
    result: list[Span] = []
    for start, end in spans:
        lone = not _LETTER_OR_DIGIT.search(text, start, end)
        if lone and result and "\n" not in text[result[-1][1] : start]:
            result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


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
