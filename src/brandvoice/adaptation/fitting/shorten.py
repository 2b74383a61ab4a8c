"""The last resort of fitting: the hook cut at a word boundary, closed by "…" and a link
to the full text.

Only a space outside every protected span and fact is a place to cut, so a URL, a price,
a date or a name is kept whole or left out whole.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from brandvoice.text.protect import ProtectedSpans

ELLIPSIS = "…"
# What a cut sentence should not end on before its ellipsis: "Venez, …" reads as a typo.
_TRAILING = frozenset(",;:.-–—·/ \u00a0\u202f\t")


@dataclass(frozen=True, slots=True)
class Shortening:
    """Replace ``text[start:end]`` (the hook's tail) by ``replacement`` ("… https://...")."""

    start: int
    end: int
    replacement: str
    link: str | None  # the link the replacement adds, if any


def shorten(
    text: str,
    span: tuple[int, int],
    no_cut: ProtectedSpans,
    link_ends: Collection[int],
    link: str | None,
    fits: Callable[[int, str], bool],
    weak_ends: Collection[int] = (),
) -> Shortening | None:
    """The longest cut of ``text[span[0]:span[1]]`` for which ``fits(cut, replacement)``.

    ``link_ends`` are offsets where a URL, e-mail, mention or hashtag ends: an ellipsis
    glued there would read as part of it, so it gets a space. ``weak_ends`` are ends of
    words a sentence should not stop on ("de", "the", "and"): used only when no other cut
    fits. None when no cut fits.
    """
    start, end = span
    options = [
        option
        for cut in _word_boundaries(text, start, end, no_cut)
        if (option := _option(text, start, end, cut, no_cut, link_ends, link)) is not None
    ]
    strong = [option for option in options if option.start not in weak_ends]
    return _longest_fitting(strong, fits) or _longest_fitting(options, fits)


def _longest_fitting(
    options: list[Shortening], fits: Callable[[int, str], bool]
) -> Shortening | None:
    if not options:
        return None
    low, high = 0, len(options) - 1
    # The count grows with the cut almost everywhere: bisect, then step back for safety.
    while low < high:
        middle = (low + high + 1) // 2
        if fits(options[middle].start, options[middle].replacement):
            low = middle
        else:
            high = middle - 1
    for option in reversed(options[: low + 1]):
        if fits(option.start, option.replacement):
            return option
    return None


def _word_boundaries(text: str, start: int, end: int, no_cut: ProtectedSpans) -> list[int]:
    return [
        position
        for position in range(start + 1, end)
        if text[position].isspace()
        and not text[position - 1].isspace()
        and not no_cut.contains(position - 1, position + 1)
    ]


def _option(
    text: str,
    start: int,
    end: int,
    cut: int,
    no_cut: ProtectedSpans,
    link_ends: Collection[int],
    link: str | None,
) -> Shortening | None:
    kept_end = cut
    while (
        kept_end > start
        and text[kept_end - 1] in _TRAILING
        and not no_cut.contains(kept_end - 1, kept_end)
    ):
        kept_end -= 1
    if kept_end == start:
        return None
    replacement = (" " if kept_end in link_ends else "") + ELLIPSIS
    added = link if link and link not in text[start:kept_end] else None
    if added:
        replacement += f" {added}"
    return Shortening(kept_end, end, replacement, added)
