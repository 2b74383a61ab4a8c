"""A brand's vocabulary, as Vale's vocabularies: words it accepts and words it rejects.

Each entry is a regular expression matched against whole words, case-sensitive unless it
says otherwise (``(?i)northwind``): ``Northwind``, ``[Cc]oworking``, ``e-?shop``. Accepted
words are never spelling or typography errors (brandvoice's speller, LanguageTool and
Grammalecte alike: their findings on an accepted word are dropped); rejected words are
flagged wherever they appear (``terminology.rejected``).

Entries come from third parties (a client's profile or project file): each is validated
when it is loaded (:func:`validate_entry`: length, syntax) and every match runs with a time
limit, so a pathological pattern cannot hang a check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

# Longest entry accepted: a word or a short pattern, not a program.
MAX_ENTRY_LENGTH = 200
# Seconds one entry may spend on one text before it is given up on (as no match).
MATCH_TIMEOUT = 0.05
# Entries (accept and reject together) one source may hold.
MAX_ENTRIES = 5000


class VocabularyError(ValueError):
    """An entry that is too long or not a valid regular expression."""


def validate_entry(entry: str) -> str:
    """``entry`` if it can be matched; else :class:`VocabularyError` saying why."""
    if not entry.strip():
        raise VocabularyError("an empty entry")
    if len(entry) > MAX_ENTRY_LENGTH:
        raise VocabularyError(f"longer than {MAX_ENTRY_LENGTH} characters")
    try:
        regex.compile(entry)  # first alone: the error's position is the entry's own
        _compiled(entry)
    except regex.error as error:
        raise VocabularyError(f"not a valid regular expression: {error}") from None
    return entry


@lru_cache(maxsize=4096)
def _compiled(entry: str) -> regex.Pattern[str]:
    # Whole words only: "Sable" accepted does not accept "Sablet". A leading inline flag
    # group ("(?i)") is hoisted: it must open the pattern.
    flags = ""
    body = entry
    leading = regex.match(r"\(\?[aiLmsux]+\)", entry)
    if leading:
        flags, body = leading.group(), entry[leading.end() :]
    return regex.compile(rf"{flags}(?<![\p{{L}}\p{{N}}_])(?:{body})(?![\p{{L}}\p{{N}}_])")


def matches(text: str, entries: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entry)`` for every non-empty match of every entry in ``text``."""
    for entry in dict.fromkeys(entries):
        try:
            found = list(_compiled(entry).finditer(text, timeout=MATCH_TIMEOUT))
        except (regex.error, TimeoutError):
            continue  # validated at load; a pattern too slow for this text matches nothing
        for match in found:
            if match.end() > match.start():
                yield match.start(), match.end(), entry


def accepted_spans(text: str, entries: Iterable[str]) -> list[tuple[int, int]]:
    return [(start, end) for start, end, _ in matches(text, entries)]
