"""Dates and times as a reader takes them: "samedi 14 mars" is the next 14 March after the
day the post is written, "Saturday" the next Saturday, "19h30" half past seven in the evening.

The fact extractor (:mod:`brandvoice.understand.facts`) finds where dates are; this module
says which day each one is. A year the text leaves out is inferred from the reference date
(``--date``, today by default): the first such date on or after it, or one a little before
it (a post may speak of last weekend), never more than a year ahead. A weekday written
beside the date settles the year when one of the two candidates matches; when neither
does, the weekday is wrong and :mod:`brandvoice.understand.consistency` says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from brandvoice.understand.facts import FactKind, dates_and_times, month_numbers, weekday_numbers

# A date this close before the reference day is still "this" one: "le 2 mars" written on
# 5 March speaks of three days ago, not of next year.
RECENT_PAST = dt.timedelta(days=45)
# A date without a year is never further ahead than this: a weekday that matches only the
# date a year and more away ("samedi 10 juillet" written in June of a year where it is a
# Friday) is a wrong weekday, not a hint that the post speaks of next year.
FURTHEST_AHEAD = dt.timedelta(days=365)


# An all-numeric date ("03/04/2026", "03.04") puts the day first in every French region
# and in British, Australian, New Zealand and South African English, the month first in
# American English (a bare "en" is American). Canadian English writes both (the
# Translation Bureau's The Canadian Style advises the unambiguous ISO 8601 2026-04-03, read
# everywhere): it is read month first, the order of its dates in words ("April 3, 2026"),
# unless the weekday written beside it fits only the day-first reading. Quebec's official
# form is 2026-04-03 too (OQLF, Banque de dépannage linguistique, « Date »); 03/04 is
# still read day first there, as in France. Dates in words follow the same order, as each
# region's style guides write them (the Guardian's, the AP's Australian and New Zealand
# users, South Africa's government style: "25 November 2026"; the US and Canada: "November
# 25, 2026"): a press note's dateline reads this table too.
_MONTH_FIRST = frozenset({"en", "en-US", "en-CA"})
_EITHER_ORDER = frozenset({"en-CA"})


def numeric_day_first(locale: str) -> bool:
    """Whether ``locale`` (a language or a regional tag) reads "03/04" as 3 April."""
    return locale not in _MONTH_FIRST


@dataclass(frozen=True, slots=True)
class ReadDate:
    """A date as read: the day, and what the text itself said of it."""

    date: dt.date
    weekday_written: int | None  # 0 = Monday, as the text wrote it
    year_written: bool

    @property
    def weekday_matches(self) -> bool:
        return self.weekday_written is None or self.weekday_written == self.date.weekday()


_DAY = r"(?P<day>1er|\d{1,2})(?:st|nd|rd|th|e|ème)?"
_SP = r"[\s\u00a0\u202f,]+"


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    months = "|".join(sorted(month_numbers(), key=len, reverse=True))
    weekdays = "|".join(sorted(weekday_numbers(), key=len, reverse=True))
    # Before a day number, a short weekday names it too: "sam. 7 mars", "Sat 7 Mar".
    short = "|".join(sorted(weekday_numbers(abbreviations=True), key=len, reverse=True))
    month = rf"(?P<month>{months})\.?"
    weekday = rf"(?:(?P<weekday>{short})\.?{_SP})?"
    year = rf"(?:{_SP}(?P<year>\d{{4}}))?"
    flags = regex.IGNORECASE | regex.VERSION1
    return tuple(
        regex.compile(p, flags)
        for p in (
            rf"{weekday}(?P<year>\d{{4}})-(?P<isomonth>\d{{2}})-(?P<day>\d{{2}})",
            rf"{weekday}{_DAY}(?:{_SP}of)?{_SP}{month}{year}",
            rf"{weekday}{month}{_SP}{_DAY}{year}",
            rf"{weekday}(?P<day>\d{{1,2}})[/.](?P<mnum>\d{{1,2}})(?:[/.](?P<year>\d{{4}}|\d{{2}}))?",
            rf"(?P<weekday>{weekdays})",
        )
    )


def read_date(text: str, reference: dt.date, lang: str = "fr") -> ReadDate | None:
    """The day ``text`` (one date as the fact extractor found it) names, or None when it
    names none (a month alone, an impossible 31 February). ``lang`` is a language or a
    regional tag: it says which of day and month an all-numeric date puts first."""
    for pattern in _patterns():
        match = pattern.fullmatch(text.strip())
        if match is not None:
            return _from_match(match, reference, lang)
    return None


def _from_match(match: regex.Match[str], reference: dt.date, lang: str) -> ReadDate | None:
    groups = match.groupdict()
    written = groups.get("weekday")
    weekday = weekday_numbers(abbreviations=True).get(written.casefold()) if written else None
    if groups.get("day") is None:  # a weekday alone: the next one, today included
        assert weekday is not None
        ahead = (weekday - reference.weekday()) % 7
        return ReadDate(reference + dt.timedelta(days=ahead), weekday, year_written=False)
    day = 1 if groups["day"] == "1er" else int(groups["day"])
    if groups.get("month"):
        month = month_numbers()[groups["month"].casefold().rstrip(".")]
    elif groups.get("isomonth"):
        month = int(groups["isomonth"])  # 2026-09-01: year, month, day in every language
    else:
        first, second = day, int(groups["mnum"])
        # 03/12 is 3 December in French and British English, March 12 in American English;
        # a first number over 12 can only be a day.
        day_first = numeric_day_first(lang) or first > 12
        day, month = (first, second) if day_first else (second, first)
        read = _dated(day, month, groups.get("year"), weekday, reference)
        if lang in _EITHER_ORDER and not day_first and read and not read.weekday_matches:
            # "Friday 03/04/2026" in Canada: 3 April, the one day that is a Friday.
            other = _dated(month, day, groups.get("year"), weekday, reference)
            if other is not None and other.weekday_matches:
                return other
        return read
    return _dated(day, month, groups.get("year"), weekday, reference)


def written_day_first(text: str) -> bool | None:
    """Whether ``text`` writes its dates in words day first ("Friday 1 May 2026", British
    style) rather than month first ("Friday, May 1, 2026", American style): the order most
    of them use, None when it has none or as many of each."""
    _, day_month, month_day, *_ = _patterns()
    votes = 0
    for fact in dates_and_times(text):
        if fact.kind is FactKind.DATE:
            written = fact.text.strip()
            votes += bool(day_month.fullmatch(written)) - bool(month_day.fullmatch(written))
    return None if votes == 0 else votes > 0


def _dated(
    day: int, month: int, year_written: str | None, weekday: int | None, reference: dt.date
) -> ReadDate | None:
    if year_written:
        year = int(year_written)
        year = year + 2000 if year < 100 else year
        try:
            return ReadDate(dt.date(year, month, day), weekday, year_written=True)
        except ValueError:
            return None
    return _infer_year(day, month, weekday, reference)


def _infer_year(day: int, month: int, weekday: int | None, reference: dt.date) -> ReadDate | None:
    candidates: list[dt.date] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if reference - RECENT_PAST <= candidate <= reference + FURTHEST_AHEAD:
            candidates.append(candidate)
    if not candidates:
        return None
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        if matching:
            return ReadDate(matching[0], weekday, year_written=False)
    return ReadDate(candidates[0], weekday, year_written=False)


# 19h30, 19 h, 10 heures; 19:30, 7:30 pm; 7pm, 7 p.m.; and 7.30pm, where the stop stands
# for the colon (British usage) only before am or pm: "7.30" alone is a number.
_TIME = regex.compile(
    r"(?P<hour>\d{1,2})(?:\s*(?:h|heures?)\s*(?P<minute>\d{2})?|:(?P<minute2>\d{2})"
    r"(?:\s*(?P<meridiem>[ap])\.?m\.?)?|\.(?P<minute3>\d{2})\s*(?P<meridiem3>[ap])\.?m\.?"
    r"|\s*(?P<meridiem2>[ap])\.?m\.?)",
    regex.IGNORECASE,
)


def read_time(text: str) -> dt.time | None:
    """The time of day ``text`` (one time fact) names: "19h30", "7.30 pm", "10 h"."""
    match = _TIME.fullmatch(text.strip().replace("\u202f", " ").replace("\u00a0", " "))
    if match is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"] or match["minute2"] or match["minute3"] or 0)
    meridiem = (match["meridiem"] or match["meridiem2"] or match["meridiem3"] or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# French writes its days and months in lower case: never names, even where a sentence's
# capital ("Samedi dernier, …") leads a tagger to read one.
DAYS_AND_MONTHS_FR = frozenset((*WEEKDAYS_FR, *MONTHS_FR))


def day_fr(day: dt.date, *, year: bool = True) -> str:
    """A day as French writes it: "1er mars 2026", "14 juin 2026"."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]}" + (f" {day.year}" if year else "")
