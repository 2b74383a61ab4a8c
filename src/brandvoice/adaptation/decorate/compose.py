"""Successive passes of edits, expressed as edits on the original text.

A fix can reveal another (two spaces before "!" become one, which then needs to be a
no-break space), so a transform may run its rules again on its own output until nothing
changes. The pipeline wants edits on the text it gave: :class:`EditComposer` keeps the
text as pieces of the original, unchanged or rewritten, so that each pass's edits land
on original offsets and a rewrite touching an earlier one merges with it (reasons kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from brandvoice.adaptation.transform import Edit


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int  # span of the original text this piece stands for
    end: int
    text: str  # what the current text holds there
    reasons: tuple[str, ...] = ()  # empty: unchanged original text

    @property
    def changed(self) -> bool:
        return bool(self.reasons)


class EditComposer:
    def __init__(self, original: str) -> None:
        self.original = original
        self._pieces = [_Piece(0, len(original), original)] if original else []

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self._pieces)

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply ``edits``, given on :attr:`text`, non-overlapping."""
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            self._apply_one(edit)  # right to left: earlier offsets stay valid

    def edits(self) -> list[Edit]:
        """Every change so far, as edits on the original text."""
        return [
            Edit(p.start, p.end, p.text, "; ".join(dict.fromkeys(p.reasons)))
            for p in self._pieces
            if p.changed and p.text != self.original[p.start : p.end]
        ]

    def _apply_one(self, edit: Edit) -> None:
        position = first_offset = last_offset = 0
        first = last = -1
        for index, piece in enumerate(self._pieces):
            piece_end = position + len(piece.text)
            if first < 0 and (edit.start < piece_end or (edit.start == piece_end == edit.end)):
                first = index
                first_offset = position
            if first >= 0 and (edit.end <= piece_end):
                last, last_offset = index, position
                break
            position = piece_end
        if first < 0:  # an insertion at the very end of the text
            self._pieces.append(_Piece(len(self.original), len(self.original), "", ()))
            first = last = len(self._pieces) - 1
            first_offset = last_offset = position
        head, tail = self._pieces[first], self._pieces[last]
        before = edit.start - first_offset
        after = edit.end - last_offset
        pieces: list[_Piece] = []
        if not head.changed and before:
            pieces.append(_Piece(head.start, head.start + before, head.text[:before]))
            start, prefix = head.start + before, ""
        else:
            start, prefix = head.start, head.text[:before]
        if not tail.changed and after < len(tail.text):
            end, suffix = tail.start + after, ""
            rest = _Piece(end, tail.end, tail.text[after:])
        else:
            end, suffix, rest = tail.end, tail.text[after:], None
        reasons = tuple(r for p in self._pieces[first : last + 1] for r in p.reasons)
        pieces.append(
            _Piece(start, end, prefix + edit.replacement + suffix, (*reasons, edit.reason))
        )
        if rest is not None:
            pieces.append(rest)
        self._pieces[first : last + 1] = pieces
