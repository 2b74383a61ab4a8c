"""The word lists shipped in ``analysis/data``, compiled into whole-word matchers.

A list is plain text: one entry a line, ``#`` comments, ``*`` at the end of an entry for
any ending. Entries match case-insensitively on whole words, and a straight apostrophe in
an entry also matches the typographic one (``c'est top`` finds ``C’est top``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

# A word character for the boundaries: letters, marks, digits, "_" and the apostrophes
# and hyphens that glue French words ("aujourd'hui", "peut-être").
_WORD_EDGE = r"[\p{L}\p{M}\p{N}_]"


def read_list(name: str) -> list[str]:
    """The entries of ``data/<name>``, comments and blank lines left out."""
    text = resources.files("brandvoice.analysis").joinpath("data", name).read_text("utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


def _entry_pattern(entry: str) -> str:
    prefix = entry.endswith("*")
    body = entry.rstrip("*")
    pattern = "".join(
        "['’]" if char == "'" else r"\s+" if char == " " else regex.escape(char) for char in body
    )
    if prefix:
        pattern += r"\p{L}*"
    return pattern


@cache
def phrase_matcher(name: str) -> regex.Pattern[str]:
    """One pattern finding every entry of the list ``name``, longest entries first so
    that "trop bien" wins over a shorter entry at the same place."""
    entries = sorted(read_list(name), key=len, reverse=True)
    alternatives = "|".join(_entry_pattern(entry) for entry in entries)
    # An entry ending in punctuation ("genre,") must not demand a word edge after it.
    return regex.compile(
        rf"(?<!{_WORD_EDGE}|['’-])(?:{alternatives})(?:(?<!{_WORD_EDGE})|(?!{_WORD_EDGE}))",
        regex.IGNORECASE,
    )


@cache
def acronyms() -> frozenset[str]:
    return frozenset(read_list("acronyms.txt"))
