"""Whether a text still says a fact of the message, in whatever form it now takes.

A variant may write "sam. 7 mars dès 20 h" for the master's "le samedi 7 mars à partir de
20 h 00": the same day and the same time, so the same fact. A fact is still said when its
words are there (compared as :func:`brandvoice.understand.facts.comparable` compares them),
or, for a fact that holds dates or times, when every day it names and every time of day
it gives are there.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from brandvoice.lang import base_language
from brandvoice.understand.dates import read_date, read_time
from brandvoice.understand.facts import FactKind, comparable, dates_and_times


# Fitting asks about the same (fact, sentence) pairs while it weighs its options.
@lru_cache(maxsize=4096)
def still_said(fact: str, text: str, lang: str, reference: dt.date) -> bool:
    """Whether ``text`` says ``fact`` (a fact of a message written on ``reference``)."""
    if comparable(fact) in comparable(text):
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


def _day(text: str, lang: str, reference: dt.date) -> dt.date | None:
    found = read_date(text, reference, lang)
    return found.date if found else None
