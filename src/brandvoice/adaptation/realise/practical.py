"""The 📅 / 📍 lines of a social post, whenever the message gives a reliable day and place.

:func:`brandvoice.adaptation.decorate.practical.practical_lines` writes them only when the
master names a day (the event's, with its number) and a place in one of a few set ways,
and never when the master gives its address as a line of its own. Measured on the dev
masters of ``benchmarks/data/masters.yaml``, that left 4 of 58 posts (10 of the 24
invitations) without them, for four reasons this module takes on:

- a period: "du vendredi 11 au dimanche 20 décembre" gives its end as the message's date
  (``TimeKind.END``) and no event date; "Jusqu'au 30 avril" is an offer's only date. The
  line writes the period as the master does ("du vendredi 11 au dimanche 20 décembre",
  "jusqu'au 30 avril"); two days joined ("samedi 23 mai et dimanche 24 mai") are both
  written, where the old line gave the first day with both days' hours;
- an address or place without a town written beside it ("le marché de Noël du cours
  Lafayette revient à Toulon"): the line adds the town the same sentence names after
  "à" / "in" / "at" ("cours Lafayette, Toulon");
- a master that ends on its address as a line of names ("Ti Krampouezh, 31 rue de Siam,
  Brest"): that line becomes the 📍 line, and the social form then leaves it out of the
  details (it says nothing more);
- an address said in a sentence of its own ("Come and browse from 10am at 41 Elizabeth
  Street."): the line is written all the same, and the sentence loses its repeat
  (``practical-repeats``).

Still only for the intents that invite the reader somewhere at a time (never an incident,
a recall or a closure), never a date or place the master does not state, nothing when the
author wrote such lines already or a weekday does not match its date.
"""

from __future__ import annotations

import dataclasses

import regex

from brandvoice.adaptation.decorate import practical as base
from brandvoice.lang import base_language
from brandvoice.understand import Intent, KeyFact, Message, Role, TimeKind

# What joins two days of one event: "samedi 23 mai et dimanche 24 mai", "Saturday 4 and
# Sunday 5 April" (the first day without its month is not a fact of its own).
_DAYS_JOIN = regex.compile(r"[\s\u00a0]*(?:et|and|&|au|to|–|-)[\s\u00a0]*")
# What opens a period before its end: "du vendredi 11 au ", "from Friday 11 to ".
_PERIOD_OPEN = regex.compile(
    r"(?:(?<![\p{L}])(?:du|from)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?\d{1,2}(?:er)?"
    r"(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:au|to|until|–|-)[\s\u00a0]+)$",
    regex.IGNORECASE,
)
# What says a period's end: "jusqu'au 30 avril", "until 31 May".
_UNTIL = regex.compile(r"(?:(?<![\p{L}])(?:jusqu['’]au|until|till|through)[\s\u00a0]+)$", regex.I)
# The words a name may have in lower case between its capitalised ones ("Ferme de
# Kerlann", "Bank of the West").
_NAME_LINKS = frozenset(
    ["de", "du", "des", "la", "le", "les", "d'", "d’", "l'", "l’", "of", "the", "on", "upon"]
)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’\-&]+")
_PIECES = regex.compile(r"(?<=[.!?])\s+|\n")
# A place line this long is no longer a line a reader takes in at a glance.
MAX_PLACE_LINE = 70


def social_practical_lines(message: Message | None, *, emoji: bool = True) -> list[str]:
    """``["📅 …", "📍 …"]`` for ``message`` (labelled with words without ``emoji``), or []
    (see the module docstring): the base block's lines, written wider where the master
    gives more (a period, two days, a town)."""
    if message is None or message.intent not in base.INVITING:
        return []
    if base._weekday_wrong(message) or any(m in message.text for m in ("📅", "📍", "🗓")):
        return []
    when = when_text(message)
    where = where_text(message)
    if not when or not where:
        return []
    lang = base_language(message.lang)
    when_marker, where_marker = base.MARKERS["emoji" if emoji else lang]
    if message.intent is Intent.HIRING:
        when_marker = ("📅 " if emoji else "") + base.START_MARKERS[lang]
    return [f"{when_marker}{_opening(when)}", f"{where_marker}{_opening(where)}"]


def _opening(text: str) -> str:
    """A line's first word capitalised when it is a preposition ("Du vendredi 11…",
    "Jusqu'au 30 avril", "Cours Lafayette"); a French weekday or month keeps its lower
    case (LanguageTool's JOURS rule would flag « Samedi » after the marker)."""
    first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    if first in _DAYS_AND_MONTHS:
        return text
    return text[:1].upper() + text[1:]


_DAYS_AND_MONTHS = frozenset(
    [
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"),
        *("septembre", "octobre", "novembre", "décembre"),
    ]
)


def when_text(message: Message) -> str:
    """The day (or days, or period) of the message as written, with its first time or its
    hours: "samedi 23 mai et dimanche 24 mai, de 10 h à 18 h", "du vendredi 11 au dimanche
    20 décembre 2026, de 10 h à 20 h", "jusqu'au 30 avril"; '' when it gives none."""
    text = message.text
    future = [
        f
        for f in message.dates
        if f.date is not None and f.date >= message.reference_date and regex.search(r"\d", f.text)
    ]
    events = [f for f in future if f.time_kind in (TimeKind.EVENT, None)]
    if events:
        day = events[0]
        later = next((f for f in events[1:] if _DAYS_JOIN.fullmatch(text[day.end : f.start])), None)
        if later is not None:
            day = _spanning(day, later.end, text)
        return base._with_time(message, day)
    ends = [f for f in future if f.time_kind is TimeKind.END]
    if not ends:
        return ""
    end = ends[0]
    before = text[max(0, end.start - 60) : end.start]
    opening = _PERIOD_OPEN.search(before) or _UNTIL.search(before)
    if opening is None:
        return ""
    start = end.start - len(before) + opening.start()
    return base._with_time(message, _spanning(end, end.end, text, start))


def _spanning(day: KeyFact, end: int, text: str, start: int | None = None) -> KeyFact:
    begin = day.start if start is None else start
    return dataclasses.replace(day, text=text[begin:end], start=begin, end=end)


def where_text(message: Message) -> str:
    """The place of the message: a line or sentence of the master that only names it
    ("Ti Krampouezh, 31 rue de Siam, Brest"), else its address or named place with the
    town written beside it or named in the same sentence ("cours Lafayette, Toulon"),
    else a town after "à" / "in" / "at"; '' when it names none."""
    places = message.of_role(Role.WHERE)
    if not places:
        return ""
    named = _place_line(message)
    if named:
        return named
    where = base._where(message)
    if not where or "," in where:
        return where
    town = _town_beside(where, message)
    return f"{where}, {town}" if town else where


def _place_line(message: Message) -> str:
    """A line or sentence of the master made of names and commas only, one of them an
    address or a named place of the message ("Garage Martinez, 145 avenue de la
    Libération, Salon-de-Provence."), or a town on its last line; '' if none."""
    places = message.of_role(Role.WHERE)
    streets = [f.text for f in places if f.kind in ("address", "place")]
    towns = [f.text for f in places if base._PLACE_NAME.match(f.text)]
    pieces: list[str] = [p.strip().rstrip(".").strip() for p in _PIECES.split(message.text)]
    pieces = [p for p in pieces if p]
    for index, line in enumerate(pieces):
        if len(line) > MAX_PLACE_LINE or "," not in line:
            continue
        parts = [p.strip() for p in line.split(",")]
        # A street names the place; a town alone does so only on the master's last line,
        # where a shop signs its posts ("Ferme de Kerlann, Plougastel-Daoulas"): "Bravo,
        # Toulon" in the text is a cheer.
        last = index == len(pieces) - 1
        if not any(s in line for s in streets) and not (last and set(parts) & set(towns)):
            continue
        if all(_is_name_or_fact(p, places) for p in parts):
            return line
    return ""


def _is_name_or_fact(part: str, places: tuple[KeyFact, ...]) -> bool:
    if any(part == f.text for f in places):
        return True
    # A name: capitalised words, with the function words of names between them.
    words = _WORD.findall(part)
    if not words or not part[:1].isupper() or len(" ".join(words)) < len(part) - 2:
        return False
    return all(w[:1].isupper() or w.casefold() in _NAME_LINKS for w in words)


def _town_beside(where: str, message: Message) -> str:
    """A town of the message that its sentence naming ``where`` puts after "à" / "in" /
    "at", '' if none: "le marché de Noël du cours Lafayette revient à Toulon"."""
    text = message.text
    at = text.find(where)
    if at < 0:
        return ""
    start = max((m.end() for m in _PIECES.finditer(text, 0, at)), default=0)
    following = _PIECES.search(text, at)
    end = following.start() if following else len(text)
    for fact in message.of_role(Role.WHERE):
        if not (start <= fact.start and fact.end <= end) or fact.text in where:
            continue
        if fact.kind in ("address", "place") or not base._PLACE_NAME.match(fact.text):
            continue
        if base._BEFORE_TOWN.search(text[max(0, fact.start - 4) : fact.start]):
            return fact.text
    return ""
