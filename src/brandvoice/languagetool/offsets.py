"""Java UTF-16 offsets to Python code-point offsets.

LanguageTool counts in UTF-16 code units, so every astral character (most emoji, 🎉)
before a match shifts its offset by one compared with indexing the Python ``str``.
"""

from __future__ import annotations

from bisect import bisect_right

_FIRST_ASTRAL = 0x10000


class Utf16Positions:
    """Converts UTF-16 offsets into ``text`` to code-point offsets into the same text."""

    __slots__ = ("_astral_starts",)

    def __init__(self, text: str) -> None:
        # UTF-16 offsets at which a two-unit (surrogate pair) character starts, ascending.
        starts: list[int] = []
        utf16 = 0
        for char in text:
            if ord(char) >= _FIRST_ASTRAL:
                starts.append(utf16)
                utf16 += 2
            else:
                utf16 += 1
        self._astral_starts = starts

    def code_point(self, utf16_offset: int) -> int:
        """The code-point offset of ``utf16_offset`` (a boundary between characters)."""
        if not self._astral_starts:
            return utf16_offset
        # Each surrogate pair that ends at or before the offset counts one unit too many.
        pairs_before = bisect_right(self._astral_starts, utf16_offset - 2)
        return utf16_offset - pairs_before

    def span(self, utf16_offset: int, utf16_length: int) -> tuple[int, int]:
        """``(offset, length)`` in code points of a UTF-16 ``(offset, length)`` span."""
        start = self.code_point(utf16_offset)
        end = self.code_point(utf16_offset + utf16_length)
        return start, end - start
