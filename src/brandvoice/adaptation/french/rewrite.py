"""What a change of address produces: word-level replacements, each saying what it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.adaptation.french.words import match_case

if TYPE_CHECKING:
    from brandvoice.adaptation.french.context import FrenchText
    from brandvoice.adaptation.french.words import Word


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` by ``replacement``; ``what`` names it ("vous → tu")."""

    start: int
    end: int
    replacement: str
    what: str
    sentence: int  # the sentence it belongs to, for the plural policy


class AddressRewrite:
    """The bookkeeping both directions of the address change share (vous → tu, tu → vous):
    each word is rewritten once, and a replacement that changes nothing is not kept."""

    def __init__(self, text: FrenchText) -> None:
        self.text = text
        self.words = text.words
        self.found: list[Replacement] = []
        self.done: set[int] = set()  # word indices already rewritten

    def _put(self, word: Word, replacement: str, what: str) -> None:
        self._put_span(word, word.start, word.end, match_case(replacement, word.text), what)

    def _put_span(self, word: Word, start: int, end: int, replacement: str, what: str) -> None:
        if word.index in self.done:
            return
        self.done.add(word.index)
        if self.text.text[start:end] != replacement:
            self.found.append(Replacement(start, end, replacement, what, word.sentence))
