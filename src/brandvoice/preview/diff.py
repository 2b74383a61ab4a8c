"""A word-level diff of two texts, for showing a change or a whole variant against the master."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# Words, runs of spaces and single punctuation marks: a typographic change (' to ’) shows
# as one mark replaced, not as the whole word around it.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")

DiffKind = Literal["equal", "del", "ins", "gap"]


@dataclass(frozen=True, slots=True)
class DiffPiece:
    kind: DiffKind
    """``gap`` stands for unchanged text left out between two changes."""
    text: str


def token_diff(before: str, after: str, *, context: int | None = None) -> list[DiffPiece]:
    """``before`` turned into ``after`` as equal, deleted and inserted runs of tokens.

    With ``context``, an unchanged run longer than twice that many tokens keeps only its
    ``context`` tokens on either side of a change, the rest becoming a ``gap``: a template
    change's before and after are whole posts, and the reader wants what moved.
    """
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    pieces: list[DiffPiece] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            pieces.extend(_equal(old[i1:i2], index, len(opcodes), context))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("del", "".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("ins", "".join(new[j1:j2])))
    return pieces


def _equal(tokens: list[str], index: int, total: int, context: int | None) -> list[DiffPiece]:
    keep_head = 0 if index == 0 else context  # nothing to lead into before the first change
    keep_tail = 0 if index == total - 1 else context
    if context is None or keep_head is None or keep_tail is None:
        return [DiffPiece("equal", "".join(tokens))]
    if len(tokens) <= keep_head + keep_tail + 1:
        return [DiffPiece("equal", "".join(tokens))]
    pieces = []
    if keep_head:
        pieces.append(DiffPiece("equal", "".join(tokens[:keep_head])))
    pieces.append(DiffPiece("gap", "…"))
    if keep_tail:
        pieces.append(DiffPiece("equal", "".join(tokens[-keep_tail:])))
    return pieces
