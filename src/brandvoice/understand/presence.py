"""Whether a text still says a fact of the message, in whatever form it now takes.

A variant may write "sam. 7 mars dès 20 h" for the master's "le samedi 7 mars à partir de
20 h 00": the same day and the same time, so the same fact. A fact is still said when its
words are there (compared as :func:`brandvoice.understand.facts.comparable` compares them),
or, for a quoted title, its words without the marks ("« Comment choisir ? »" is said by
an article titled "Comment choisir ?"),
or, for a fact that holds dates or times, when every day it names and every time of day
it gives are there.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

import regex

from brandvoice.lang import base_language
from brandvoice.understand.dates import read_date, read_time
from brandvoice.understand.facts import FactKind, comparable, dates_and_times


# Fitting asks about the same (fact, sentence) pairs while it weighs its options.
@lru_cache(maxsize=4096)
def still_said(fact: str, text: str, lang: str, reference: dt.date) -> bool:
    """Whether ``text`` says ``fact`` (a fact of a message written on ``reference``)."""
    if comparable(_unquoted(fact)) in comparable(text):
        return True
    base = base_language(lang)
    inside = dates_and_times(fact)
    days = {_day(f.text, base, reference) for f in inside if f.kind is FactKind.DATE} - {None}
    times = {read_time(f.text) for f in inside if f.kind is FactKind.TIME} - {None}
    if not days and not times:
        return False
    said = dates_and_times(text)
    said_days = {_day(f.text, base, reference) for f in said if f.kind is FactKind.DATE}
    said_times = {read_time(f.text) for f in said if f.kind is FactKind.TIME}
    return days <= said_days and times <= said_times


# The marks a quoted title opens and closes on: « … », "…", “…”, '…'.
_QUOTED = regex.compile(r"^\s*[«“\"'‘]\s*(.+?)\s*[»”\"'’]\s*$")


def _unquoted(fact: str) -> str:
    """A quoted title without its marks: « Vélo de ville : comment choisir ? » is still said
    as an article's title, which sets it in no quotes."""
    found = _QUOTED.match(fact)
    return found.group(1) if found else fact


def _day(text: str, lang: str, reference: dt.date) -> dt.date | None:
    found = read_date(text, reference, lang)
    return found.date if found else None


class Passages:
    """Many texts asked whether they say many facts (a variant's sentences, the passages a
    fitting cut): the answers :func:`still_said` gives, each text read once.

    Asking :func:`still_said` about every (fact, text) pair costs facts x texts parses and
    comparisons, and both grow with the master. Here each text is made comparable once and
    the texts are searched together for a fact's words; the days and times each text gives
    are read once and indexed, so a fact made of dates and times is looked up, not compared
    with every text.
    """

    _SEPARATOR = "\x00"  # in no comparable form of a fact: a match cannot straddle two texts

    def __init__(self, texts: Sequence[str], lang: str, reference: dt.date) -> None:
        self.texts = list(texts)
        self.lang = lang
        self.reference = reference
        self._views = [comparable(text) for text in self.texts]
        self._joined = self._SEPARATOR.join(self._views)
        self._starts: list[int] = []
        position = 0
        for view in self._views:
            self._starts.append(position)
            position += len(view) + 1
        self._days: dict[object, set[int]] | None = None
        self._times: dict[object, set[int]] = {}

    def saying(self, fact: str) -> set[int]:
        """The indices of the texts that say ``fact``: ``still_said(fact, text, ...)``."""
        found = self._containing(comparable(_unquoted(fact)))
        if len(found) == len(self.texts):
            return found
        base = base_language(self.lang)
        inside = dates_and_times(fact)
        days = {_day(f.text, base, self.reference) for f in inside if f.kind is FactKind.DATE}
        times = {read_time(f.text) for f in inside if f.kind is FactKind.TIME}
        days.discard(None)
        times.discard(None)
        if not days and not times:
            return found
        said_days, said_times = self._dated()
        holders: set[int] | None = None
        for index_of, values in ((said_days, days), (said_times, times)):
            for value in values:
                having = index_of.get(value, set())
                holders = set(having) if holders is None else holders & having
        return found | (holders or set())

    def _containing(self, view: str) -> set[int]:
        if not view:
            return set(range(len(self.texts)))
        if self._SEPARATOR in view:
            return {i for i, text_view in enumerate(self._views) if view in text_view}
        found: set[int] = set()
        at = self._joined.find(view)
        while at != -1:
            index = bisect.bisect_right(self._starts, at) - 1
            found.add(index)
            following = index + 1
            if following == len(self._starts):
                break
            at = self._joined.find(view, self._starts[following])
        return found

    def _dated(self) -> tuple[dict[object, set[int]], dict[object, set[int]]]:
        if self._days is None:
            base = base_language(self.lang)
            self._days = {}
            for index, text in enumerate(self.texts):
                for fact in dates_and_times(text):
                    if fact.kind is FactKind.DATE:
                        day = _day(fact.text, base, self.reference)
                        self._days.setdefault(day, set()).add(index)
                    elif fact.kind is FactKind.TIME:
                        self._times.setdefault(read_time(fact.text), set()).add(index)
        return self._days, self._times
