"""Shorter forms of what a post must keep: dates, times and the phrases around them.

Fitting a post to X should cost words, not facts. Before a sentence is dropped, its dates
get the short form a community manager writes on X ("le samedi 7 mars 2026" → "le
sam. 7 mars": the article stays, French needs it after "à Hyères" as before a long
weekday; "Saturday 7 March" → "Sat 7 Mar", "Saturday, March 7" → "Sat, Mar 7"), "20 h 00"
becomes "20 h", "à partir de 20 h" becomes "dès 20 h" and "from 9am to 2pm" "9am–2pm".
The day stays the same day: a year is dropped only when a reader would infer that very
year (the next such date after the post is written, see :mod:`brandvoice.understand.dates`;
"DLUO 31/12/2028" keeps its year), and the order of day and month is the author's. A
sentence that only leads to a link says it with a label ("Retrouvez tout le programme sur
https://…" → "Programme : https://…"), and so does one that only leads to an e-mail address
or a phone number ("Pour toute question, vous pouvez écrire à notre délégué à la protection
des données : dpo@…" → "Contact : dpo@…"), and an opener that says nothing goes ("Nous
avons le plaisir de vous annoncer que le marché…" → "Le marché…").
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.protect import protected_spans
from brandvoice.understand.dates import MONTHS_FR, read_date
from brandvoice.understand.facts import (
    Fact,
    FactKind,
    dates_and_times,
    extract_facts,
    month_numbers,
    weekday_numbers,
)

_ZERO_MINUTES_FR = regex.compile(r"(\d{1,2})([\s\u00a0\u202f]?)h[\s\u00a0\u202f]?00(?!\d)")
_SHORT_FORMS = "short-forms.yaml"
# Marks after which an abbreviation's stop would read as doubled punctuation.
_MARKS = frozenset("!?;:,…")
# The year closing a date, after a space ("7 mars 2026", "March 7, 2026") or, in a date of
# figures, after its separator ("31/12/2028"): without it, the reader infers a year.
_YEAR_AT_END = regex.compile(r"(?:,?[\s\u00a0\u202f]+|(?<=\d)[/.-])\d{4}$")


@dataclass(frozen=True, slots=True)
class Compaction:
    """``text[start:end]`` becomes ``replacement``; ``what`` says what kind of thing."""

    start: int
    end: int
    replacement: str
    what: str  # what it shortens, and how: "date 'samedi 7 mars' in its short form"


def _weekdays(lang: str) -> list[str]:
    return [str(day) for day in load_table(_SHORT_FORMS)["weekdays"][lang]]


def _months(lang: str) -> list[str]:
    return [str(month) for month in load_table(_SHORT_FORMS)["months"][lang]]


def _phrases(lang: str) -> dict[str, str]:
    phrases = load_table(_SHORT_FORMS)["phrases"][lang]
    return {str(long): str(short) for long, short in phrases.items()}


def compactions(text: str, lang: str, reference: dt.date) -> list[Compaction]:
    """Every shortening of ``text`` this module knows, in text order, never overlapping."""
    base = base_language(lang)
    facts = dates_and_times(text)
    found = [*_dates(text, facts, base, reference), *_times(text, facts, base)]
    found += _time_ranges(text, facts)
    found += _phrases_before(text, facts, base)
    found += _link_labels_of(text, base)
    found += _contact_labels_of(text, base)
    found += _openers(text, base)
    found.sort(key=lambda c: c.start)
    # A date or phrase inside a link ("…/status/2026-03-03") is part of its address.
    spans = protected_spans(text)
    kept: list[Compaction] = []
    for compaction in found:
        if kept and compaction.start < kept[-1].end:
            continue
        if spans.overlaps(compaction.start, compaction.end):
            continue
        kept.append(compaction)
    return kept


def short_date(
    written: str, day: dt.date, lang: str, reference: dt.date, *, whole_words: bool = False
) -> str | None:
    """The short form of the date ``written`` (which names ``day``), or None when it has none
    shorter. With ``whole_words``, only a year the reader would infer goes: the weekday and
    month stay as written (see :func:`_whole_words`)."""
    base = base_language(lang)
    read = read_date(written, reference, base)
    if read is None or read.date != day:
        return None
    if whole_words:
        without_year = _YEAR_AT_END.sub("", written.strip())
        inferred = read_date(without_year, reference, base) if read.year_written else None
        return without_year if inferred is not None and inferred.date == day else None
    weekday = _weekdays(base)[day.weekday()] if read.weekday_written is not None else ""
    month = _months(base)[day.month - 1]
    number = "1er" if base == "fr" and day.day == 1 else str(day.day)
    # A year the reader would infer anyway goes; any other is part of the date, and so is
    # one that does not close it ("2028-12-31").
    without_year = _YEAR_AT_END.sub("", written.strip())
    inferred = read_date(without_year, reference, base) if without_year != written.strip() else None
    keep_year = read.year_written and (inferred is None or inferred.date != day)
    if base == "en" and _month_first(written):
        short = f"{month} {number}" + (f", {day.year}" if keep_year else "")
        short = f"{weekday}, {short}" if weekday else short
    else:
        short = f"{number} {month}" + (f" {day.year}" if keep_year else "")
        short = f"{weekday} {short}" if weekday else short
    return short if len(short) < len(written) else None


def _month_first(written: str) -> bool:
    """Whether the month name comes before the day number ("Saturday, March 7"), as
    American English writes it; "Saturday 7 March" and "03/12" put the day first."""
    months = month_numbers()
    words = regex.findall(r"\d+|\p{L}+", written.casefold())
    month = next((i for i, w in enumerate(words) if w in months), None)
    day = next((i for i, w in enumerate(words) if w.isdigit() and len(w) <= 2), None)
    return month is not None and (day is None or month < day)


def _dates(text: str, facts: list[Fact], lang: str, reference: dt.date) -> Iterator[Compaction]:
    for fact in facts:
        if fact.kind is not FactKind.DATE:
            continue
        read = read_date(fact.text, reference, lang)
        if read is None or not read.weekday_matches:
            continue  # a wrong weekday is the author's to fix (facts.weekday-mismatch)
        start = fact.start
        whole = _whole_words(text, start, fact.end)
        short = short_date(fact.text, read.date, lang, reference, whole_words=whole)
        if short is None:
            continue
        if text[start].isupper():
            short = short[0].upper() + short[1:]
        following = text[fact.end :].lstrip(" \u00a0\u202f")[:1]
        short_month = _months(lang)[read.date.month - 1]
        if base_language(lang) == "en" and following == "." and short.endswith(short_month):
            # "from 1 Jun." would read as an abbreviation's dot, not as the sentence's end
            # (the sentence splitter joins it to the next one): the month stays whole, as
            # the dateline writes it (layout.dateline).
            short = short.removesuffix(short_month) + f"{read.date:%B}"
        elif short.endswith(".") and following == ".":
            short = short[:-1]  # "1er avr." ending a sentence takes one full stop
        elif short.endswith(".") and following and following in _MARKS:
            # "oct. !" is a doubled mark to French typography: the month stays whole.
            short = short.removesuffix(short_month) + MONTHS_FR[read.date.month - 1]
        if len(short) >= fact.end - start:
            # The month kept whole may leave nothing shorter ("30 avril," stays as it is):
            # no change to make, and none to report.
            continue
        yield Compaction(
            start, fact.end, short, f"date {text[start : fact.end]!r} in its short form"
        )


# What opens a range or a pair of days before the date that ends it: "du vendredi 11 au ",
# "samedi 23 et ", "from Friday 11 to ", "Sat 4 – ". The first day is no date of its own
# (it has no month), so its weekday would keep its long form beside a short one.
_RANGE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])\p{L}+\.?[\s\u00a0\u202f]+\d{1,2}(?:er|st|nd|rd|th)?"
    r"(?:[\s\u00a0\u202f]+\p{L}+\.?)?,?[\s\u00a0\u202f]*"
    r"(?:au|et|to|and|until|till|through|&|–|—|-)[\s\u00a0\u202f]*$",
    regex.IGNORECASE,
)
# What follows a date that opens a range or a pair, up to the next day's first word:
# " au vendredi", ", and Sunday".
_RANGE_AFTER = regex.compile(
    r",?[\s\u00a0\u202f]*(?:au|et|to|and|until|till|through|&|–|—|-)[\s\u00a0\u202f]*"
    r"(?P<weekday>\p{L}+\.?)",
    regex.IGNORECASE,
)
# What may stand between a sentence's stop (or a line's start) and its first word.
_OPENING = regex.compile(
    r"(?:^|[\n.!?…])[\s\u00a0\u202f\p{Pi}\p{Ps}\"'«]*"
    r"(?:\p{Extended_Pictographic}[\ufe0f\u200d]*[\s\u00a0\u202f]*)*$"
)


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` keeps its words whole (only an inferred year goes):

    - it opens its sentence in upper case: "Sam. 28 novembre, notre site…" reads as a
      typo where "Samedi 28 novembre, notre site…" does not;
    - it ends a range or pair whose first day names its weekday ("du vendredi 11 au
      dimanche 20 décembre"): the range is compressed whole or not at all, never "du
      vendredi 11 au dim. 20 décembre". The first day has no month, so it is no date the
      extractor gives: its weekday cannot be shortened with it;
    - it opens a range or pair whose last day names its weekday ("du lundi 16 mars au
      vendredi 3 avril"): that last day keeps its words (above), so this one does too,
      never "du lun. 16 mars au vendredi 3 avril".
    """
    before = text[max(0, start - 60) : start]
    if text[start].isupper() and _OPENING.search(before):
        return True
    then = _RANGE_AFTER.match(text, end)
    if then is not None and then.group("weekday").rstrip(".").casefold() in weekday_numbers(
        abbreviations=True
    ):
        return True
    pair = _RANGE_BEFORE.search(before)
    if pair is None:
        return False
    first_word = pair.group().split(maxsplit=1)[0].rstrip(".").casefold()
    return first_word in weekday_numbers(abbreviations=True)


def _times(text: str, facts: list[Fact], lang: str) -> Iterator[Compaction]:
    if lang != "fr":
        return
    for fact in facts:
        if fact.kind is not FactKind.TIME:
            continue
        match = _ZERO_MINUTES_FR.fullmatch(fact.text)
        if match is not None:
            short = f"{match[1]}{match[2]}h"
            yield Compaction(fact.start, fact.end, short, f"time {fact.text!r} in its short form")


# A range of two times, "from 9am to 2pm", « de 10 h à 18 h »: on X it is written
# "9am–2pm", « 10 h–18 h ». Only after a lower-case "from"/"de": a range that opens its
# sentence ("De 8 h à 13 h.") keeps its words, as a date there does.
_RANGE_FROM = regex.compile(r"(?<![\p{L}])(?:from|de)[\s\u00a0\u202f]+$")
_RANGE_TO = regex.compile(r"[\s\u00a0\u202f]+(?:to|until|till|à|jusqu['’]à)[\s\u00a0\u202f]+")
_RANGE_DASH = "\u2013"


def _short_time(time: str) -> str:
    """« 10 h 00 » as « 10 h »: the range takes the place of the times' own short forms."""
    match = _ZERO_MINUTES_FR.fullmatch(time)
    return f"{match[1]}{match[2]}h" if match is not None else time


def _time_ranges(text: str, facts: list[Fact]) -> Iterator[Compaction]:
    """Each "from <time> to <time>" as "<time>–<time>"."""
    times = [f for f in facts if f.kind is FactKind.TIME]
    date_ends = {f.end for f in facts if f.kind is FactKind.DATE}
    for first, last in itertools.pairwise(times):
        if _RANGE_TO.fullmatch(text, first.end, last.start) is None:
            continue
        opening = _RANGE_FROM.search(text[max(0, first.start - 12) : first.start])
        if opening is None:
            continue
        start = first.start - (len(opening.group()))
        # Right after a date, a comma keeps the day and the hour apart: "Thu, Feb 26,
        # 5:30–7:30pm", not "Feb 26 5:30–7:30pm".
        after_date = len(text[:start].rstrip()) in date_ends
        yield Compaction(
            start - (len(text[:start]) - len(text[:start].rstrip())) if after_date else start,
            last.end,
            f"{', ' if after_date else ''}{_short_time(first.text)}{_RANGE_DASH}"
            f"{_short_time(last.text)}",
            f"time range {text[start : last.end]!r} in its short form",
        )


@cache
def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}}){regex.escape(phrase)}[\s\u00a0\u202f]+", regex.I)


def _phrases_before(text: str, facts: list[Fact], lang: str) -> Iterator[Compaction]:
    starts = {f.start for f in facts if f.kind in (FactKind.DATE, FactKind.TIME)}
    for phrase, short in _phrases(lang).items():
        for match in _phrase_pattern(phrase).finditer(text):
            if match.end() not in starts:
                continue
            replacement = short[0].upper() + short[1:] if match.group()[0].isupper() else short
            yield Compaction(
                match.start(),
                match.end(),
                replacement + " ",
                f"phrase {phrase!r} in its short form",
            )


def _link_labels(lang: str) -> dict[str, str]:
    labels = load_table(_SHORT_FORMS).get("link_phrases", {}).get(lang, {})
    return {str(long): str(short) for long, short in labels.items()}


@cache
def _link_phrase_pattern(phrase: str) -> regex.Pattern[str]:
    # The phrase opens its sentence: at the text's or a line's start, or after a stop.
    return regex.compile(
        rf"(?:(?<=^|\n)|(?<=[.!?…][\s\u00a0\u202f]))({regex.escape(phrase)})[\s\u00a0\u202f]+",
        regex.IGNORECASE,
    )


# What may follow a link that ends its sentence: a stop, then a space or the end; or the
# end of its line.
_SENTENCE_END_AFTER_LINK = regex.compile(r"[.!…]+(?:[\s\u00a0\u202f]|$)|[ \t\u00a0]*(?:\n|$)")


def _link_labels_of(text: str, lang: str) -> Iterator[Compaction]:
    """A sentence that only leads to a link, its phrase replaced by a label."""
    from brandvoice.text.entities import find_urls

    ends = {u.start: u.end for u in find_urls(text)}
    for phrase, label in _link_labels(lang).items():
        for match in _link_phrase_pattern(phrase).finditer(text):
            link_end = ends.get(match.end())
            if link_end is None or not _SENTENCE_END_AFTER_LINK.match(text, link_end):
                continue
            short = label.replace(" :", "\u202f:") if lang == "fr" else label
            yield Compaction(
                match.start(),
                match.end(),
                short + " ",
                f"link phrase {phrase!r} as the link's label",
            )


def _contact_labels(lang: str) -> dict[str, str]:
    labels = load_table(_SHORT_FORMS).get("contact_phrases", {}).get(lang, {})
    return {str(long): str(short) for long, short in labels.items()}


# What may stand between a contact phrase and the contact: words with no figure, link or
# stop ("…, vous pouvez écrire à notre délégué à la protection des données"), ending on a
# colon or the word that leads to the contact ("à", "au", "at", "on").
_LABEL_END = " :\u00a0\u202f"
_CONTACT_LEAD = regex.compile(
    r"[^.!?…\n:;@\d()]{0,100}(?:[\s\u00a0\u202f]*:|[\s\u00a0\u202f]+(?:à|au|at|on))"
    r"[\s\u00a0\u202f]+",
    regex.IGNORECASE,
)


@cache
def _contact_phrase_pattern(phrase: str) -> regex.Pattern[str]:
    # The phrase opens its sentence, as a link phrase does, and ends on a word's end.
    return regex.compile(
        rf"(?:(?<=^|\n)|(?<=[.!?…][\s\u00a0\u202f])){regex.escape(phrase)}(?![\p{{L}}])",
        regex.IGNORECASE,
    )


def _contact_labels_of(text: str, lang: str) -> Iterator[Compaction]:
    """A sentence that only leads to an e-mail address or a phone number ending it, its
    words before the contact replaced by a label ("Questions : dpo@…")."""
    contacts = {
        fact.start
        for fact in extract_facts(text, base_language(lang))
        if fact.kind in (FactKind.EMAIL, FactKind.PHONE)
        and _SENTENCE_END_AFTER_LINK.match(text, fact.end)
    }
    if not contacts:
        return
    for phrase, label in _contact_labels(lang).items():
        for match in _contact_phrase_pattern(phrase).finditer(text):
            opened = match.start()
            lead = _CONTACT_LEAD.match(text, match.end())
            if lead is None or lead.end() not in contacts:
                continue
            short = label.replace(" :", "\u202f:") if lang == "fr" else label
            yield Compaction(
                opened,
                lead.end(),
                short + " ",
                f"contact phrase {text[opened : lead.end()].strip(_LABEL_END)!r} as the "
                "contact's label",
            )


@cache
def _opener_pattern(lang: str) -> regex.Pattern[str] | None:
    openers = [str(o) for o in load_table(_SHORT_FORMS).get("openers", {}).get(lang, [])]
    if not openers:
        return None
    bodies = []
    for opener in sorted(openers, key=len, reverse=True):
        if opener.endswith(" que"):
            stem = _apostrophes(regex.escape(opener[:-3]))
            bodies.append(stem + r"qu(?:e[\s\u00a0\u202f]+|['’])")
        else:
            bodies.append(_apostrophes(regex.escape(opener)) + r"[\s\u00a0\u202f]+")
    # At a sentence's start; the letter after it is taken along, to be capitalised.
    return regex.compile(
        rf"(?:(?<=^|\n)|(?<=[.!?…][\s\u00a0\u202f]))(?:{'|'.join(bodies)})(\p{{Ll}})",
        regex.IGNORECASE,
    )


def _apostrophes(escaped: str) -> str:
    """An escaped opener whose apostrophe matches the typographic one as well ("We’ve")."""
    return str(regex.sub("['’]", "['’]", escaped))


def _openers(text: str, lang: str) -> Iterator[Compaction]:
    """Openers that say nothing, dropped; the sentence starts on the word after them."""
    pattern = _opener_pattern(lang)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        if not match[1].islower():
            continue  # a name follows ("… que Marie ouvre"): its letter is not ours to touch
        opener = text[match.start() : match.start(1)].strip()
        yield Compaction(
            match.start(), match.end(), match[1].upper(), f"opener {opener!r} left out"
        )
