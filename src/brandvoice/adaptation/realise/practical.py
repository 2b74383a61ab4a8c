"""The 📅 / 📍 lines of a social post, and the reading of a message's day and place they
share with the press note's fact sheet (:mod:`brandvoice.adaptation.decorate.practical`).

The lines are written as community managers write them ("📅 samedi 4 avril, dès 10 h" /
"📍 7 quai Charles-de-Gaulle, Bandol"), whenever the message gives a reliable day and
place: only for the intents that invite the reader somewhere at a time (an event, an
opening, a launch, an offer, a job's start date and place: labelled as the start, "📅
Prise de poste : lundi 6 avril", never as an event's day), never for an incident, a recall
or a closure; never a date or place the master does not state; nothing when the author
wrote such lines already or a weekday does not match its date (``facts.weekday-mismatch``
reports it: the lines would print the error twice).

A block is never one lonely line (half a block reads as an oversight), but it need not be
a day and a place: a day or a place goes with the master's price and how to act when it
gives them ("📍 Cours Saleya" / "💶 3,50 € la boule"), and a job advert's block is its
start, place, contract, pay and how to apply, whichever the master states (the lines of
facts: :mod:`brandvoice.adaptation.realise.fact_lines`), two lines at least. A fact the
post's hook says gets no line (a job's place and hours are often in its first sentence).
Without a day or a place, how to act stays a sentence: it would open the post's details
above the news it acts on. The voice's emoji allowance bounds the markers: when it leaves
room for fewer lines than the master gives, the lines that matter most are kept (the day,
the place, then how to act or what a job pays), the others staying in the details.

The day is the master's own words, with the event's first time or its hours ("de 9 h à
13 h"), the time in each zone the master gives ("4pm BST / 11am EDT"), read wide:

- a period: "du vendredi 11 au dimanche 20 décembre" gives its end as the message's date
  (``TimeKind.END``) and no event date; "Jusqu'au 30 avril" is an offer's only date. The
  line writes the period as the master does;
- two days joined ("samedi 23 mai et dimanche 24 mai") are both written.

The place is the master's own words too:

- a line or sentence of the master that only names it ("Ti Krampouezh, 31 rue de Siam,
  Brest"): that line becomes the 📍 line, and the social form then leaves it out of the
  details (it says nothing more);
- else its address or named place, with the town written beside it ("18 avenue Gambetta
  à Hyères") or named in the same sentence after "à" / "in" / "at" ("le marché de Noël du
  cours Lafayette revient à Toulon" gives "cours Lafayette, Toulon");
- else a town the text puts after "à", "in" or "at". A name elsewhere in the text may be
  the shop's, not the place's: it is left out.

An address said in a sentence of its own ("Come and browse from 10am at 41 Elizabeth
Street.") gets its line all the same, and the sentence loses its repeat
(``practical-repeats``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import regex

from brandvoice.adaptation.realise.action import action_line
from brandvoice.adaptation.realise.closure import closure_of
from brandvoice.adaptation.realise.fact_lines import (
    FACT_LABELS,
    FactLine,
    first_sentence,
    job_lines,
    price_line,
    shop_place,
)
from brandvoice.lang import base_language
from brandvoice.understand import Intent, KeyFact, Message, Role, TimeKind
from brandvoice.understand.consistency import WEEKDAY_MISMATCH
from brandvoice.understand.dates import DAYS_AND_MONTHS_FR
from brandvoice.understand.facts import month_numbers, weekday_numbers

# The intents whose readers need a day and a place to act on.
INVITING = frozenset({Intent.EVENT, Intent.OPENING, Intent.LAUNCH, Intent.OFFER, Intent.HIRING})
# Each line's marker: an emoji where the voice has emoji to spare, else a word (a voice
# allowed one emoji would have the emoji transform strip the second marker).
MARKERS = {
    "emoji": ("📅 ", "📍 "),
    "fr": ("Quand\u202f: ", "Où\u202f: "),
    "en": ("When: ", "Where: "),
}
# Emoji a practical block needs: one per line.
EMOJI_NEEDED = 2
# A place written with a symbol, an emoji or lower-case words only is not a name the block
# can print alone ("🎶 Soirée" is a misread heading).
_PLACE_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’\- ]+$")
# What joins an address to its town: "7 quai du Port, Bandol", "18 avenue Gambetta à Hyères".
_JOINED = regex.compile(r",?[\s\u00a0]+(?:à|in)?[\s\u00a0]*|,[\s\u00a0]*")
_BEFORE_TOWN = regex.compile(r"(?:^|\s)(?:à|in|at)\s$")
# What joins a town to the address after it: "à Hyères, 12 rue Paradis", "in Leeds, 4 ...".
_TOWN_FIRST = regex.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:(?:au|at)[\s\u00a0]+)?")
# What joins the two ends of hours: "de 9 h à 13 h", "9 h – 13 h", "from 9am to 1pm".
_RANGE_JOIN = regex.compile(r"[\s\u00a0\u202f]*(?:à|au|-|–|—|to|until|till)[\s\u00a0\u202f]*")
_RANGE_OPEN = regex.compile(r"(?:^|\s)(?:de|from|between|entre)[\s\u00a0\u202f]$", regex.I)
# A job advert's day is when the job starts: labelled so, not as an event's date.
START_MARKERS = {"fr": "Prise de poste\u202f: ", "en": "Start: "}


# What joins two days of one event: "samedi 23 mai et dimanche 24 mai", "Saturday 4 and
# Sunday 5 April" (the first day without its month is not a fact of its own).
_DAYS_JOIN = regex.compile(r"[\s\u00a0]*(?:et|and|&|au|to|–|-)[\s\u00a0]*")
# What opens a period before its end: "du vendredi 11 au ", "from Friday 11 to ".
_PERIOD_OPEN = regex.compile(
    r"(?:(?<![\p{L}])(?:du|from)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?\d{1,2}(?:er)?"
    r"(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:au|to|until|–|-)[\s\u00a0]+)$",
    regex.IGNORECASE,
)
# What opens a period right before its first day: "du lundi 16 mars au…", "from Monday…".
_PERIOD_FROM = regex.compile(r"(?<![\p{L}])(?:du|from)[\s\u00a0]+\Z", regex.IGNORECASE)
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


def practical_lines(
    message: Message | None,
    *,
    emoji: bool = True,
    hook: str | None = None,
    room: int | None = None,
) -> list[str]:
    """``["📅 …", "📍 …"]`` for ``message`` (``["Quand : …", "Où : …"]`` without ``emoji``),
    a closure's ``["🔒 …", "🔓 …"]``, a day and how to act (``["📅 …", "📞 …"]``), a job
    advert's or an invitation's lines of facts (``["📄 …", "💶 …", "📩 …"]``), or [] (see the
    module docstring). ``hook`` is the post's first line (the master's first sentence when
    not given): a fact it says gets no line of its own. ``room``, when given with
    ``emoji``, is how many emoji lines the voice has to spare: the lines that matter most
    are kept, in the block's order."""
    if message is None or any(m in message.text for m in ("📅", "📍", "🗓")):
        return []  # the author wrote the block already
    if message.intent is Intent.CLOSURE:
        return closure_lines(message, emoji=emoji, hook=hook)
    if message.intent not in INVITING:
        return []
    when = "" if weekday_wrong(message) else when_text(message)  # never a wrong date twice
    where = where_text(message)
    seen = first_sentence(message) if hook is None else hook
    lang = base_language(message.lang)
    when_marker, where_marker = MARKERS["emoji" if emoji else lang]
    # After a French label's colon ("Quand : jusqu'au 31 décembre") the line goes on in
    # lower case; after an emoji it opens.
    after_colon = not emoji and lang == "fr"
    ranked: list[tuple[int, str]] = []  # (rank, line), in the block's order
    if message.intent is Intent.HIRING:
        facts = job_lines(message, seen)
        if when:
            marker = ("📅 " if emoji else "") + START_MARKERS[lang]
            ranked.append((0, f"{marker}{_opening(when, True)}"))
        apply = next((f.text for f in facts if f.kind == "apply"), "")
        # A place the hook or the line on how to apply says already gets no line.
        if where and where not in seen and where not in apply:
            ranked.append((1, f"{where_marker}{_opening(where, False)}"))
        ranks = {"pay": 2, "apply": 3, "contract": 4}
        order = ("contract", "pay", "apply")
        for kind in order:
            for fact in (f for f in facts if f.kind == kind):
                if marked := _marked(fact, emoji, lang):
                    ranked.append((ranks[kind], marked))
    elif when and where:
        ranked = [
            (0, f"{when_marker}{_opening(when, after_colon)}"),
            (1, f"{where_marker}{_opening(where, False)}"),
        ]
    elif when or where:
        # A day without a place reads as a block left half written, and so does a place
        # without a day: either goes with the master's price and how to act, when it
        # gives them (two lines at least). The block under the hook then says where to
        # go or what to pay before the details: the hook gives the news they act on.
        # Without emoji, a line says its kind in a word ("Price: …"); a way to act is a
        # sentence no word labels, and stays one among the details.
        action = action_line(message, emoji=emoji) if emoji else ""
        price = price_line(message, seen)
        if when:
            ranked.append((0, f"{when_marker}{_opening(when, after_colon)}"))
        elif where not in seen and where not in action:
            where = shop_place(message, where)
            ranked.append((1, f"{where_marker}{_opening(where, False)}"))
        if price is not None and (marked := _marked(price, emoji, lang)):
            ranked.append((3, marked))
        if action:
            ranked.append((2, action))
    if len(ranked) < 2:
        return []
    if emoji and room is not None and len(ranked) > room:
        kept = sorted(rank for rank, _ in ranked)[:room]
        ranked = [(rank, line) for rank, line in ranked if rank in kept]
    return [line for _, line in ranked]


def _marked(line: FactLine, emoji: bool, lang: str) -> str:
    """A fact line with its emoji or, without emoji, its kind's label ("Pay: £12.60 an
    hour", « Tarif : 12 € », « Poste : CDI, 35 h »): beside "When:" and "Where:" lines
    an arrow would mix two ways of marking one block. '' for a line no word labels (how
    to apply, a way to book: sentences that stay among the details)."""
    if emoji:
        return f"{line.marker}{line.text}"
    label = FACT_LABELS[lang].get(line.kind)
    if label is None:
        return ""
    colon = "\u202f: " if lang == "fr" else ": "
    return f"{label}{colon}{line.text}"


def _opening(text: str, after_colon: bool) -> str:
    """A line's first word capitalised when it is a preposition ("Du vendredi 11…",
    "Jusqu'au 30 avril", "Cours Lafayette"), but after a French label's colon; a French
    weekday or month is in lower case, though the master opened its sentence on it
    (« Samedi 28 novembre, de 10 h à 17 h, venez… »: LanguageTool's JOURS rule would flag
    « Samedi » after the marker)."""
    first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    if first in DAYS_AND_MONTHS_FR or after_colon:
        return day_case(text)
    return text[:1].upper() + text[1:]


# A closure's lines: the day or period it is closed, the day it is back.
CLOSURE_MARKERS = {
    "emoji": ("🔒 ", "🔓 "),
    "fr": ("Fermeture\u202f: ", "Réouverture\u202f: "),
    "en": ("Closed: ", "Back: "),
}
# With an emoji the line says it in words too: "🔒 Closed from Saturday 25 July".
_CLOSURE_WORDS = {"fr": ("Fermeture", "Réouverture"), "en": ("Closed", "Back")}
# A French day after « Fermeture » / « Réouverture » takes « le »; a period keeps its « du ».
_FR_PERIOD_OPENING = regex.compile(r"(?:du|à partir du|dès le|jusqu['’]au)\s", regex.I)


def closure_lines(message: Message, *, emoji: bool = True, hook: str | None = None) -> list[str]:
    """A closure's ``["🔒 Closed from Saturday 25 July", "🔓 Back Monday 7 September"]``
    (« 🔒 Fermeture du lundi 3 août au lundi 31 août inclus », « 🔓 Réouverture le samedi 2
    janvier, 8 h »; without ``emoji``: « Fermeture : du lundi 3 août… », "Back: …"), each
    only when the master states it (:func:`brandvoice.adaptation.realise.closure.closure_of`)
    and ``hook``, the post's first line, does not say it already."""
    closure = closure_of(message)
    lang = base_language(message.lang)
    # A closure's post opens on its first sentence whole (the social form keeps a sober
    # message's hook as written): a day it already says is not said again right under it.
    # The post's own hook when given; else the master's first sentence as a stop, a line
    # break or an emoji before a capital ends it.
    if hook is None:
        hook = first_sentence(message)
    lines = []
    for marker, words, day in zip(
        CLOSURE_MARKERS["emoji" if emoji else lang],
        _CLOSURE_WORDS[lang],
        (closure.closed, closure.back),
        strict=True,
    ):
        if not day or day in hook:
            continue
        if not emoji:
            lines.append(f"{marker}{day_case(day) if lang == 'fr' else day}")
        elif lang == "fr":
            day = day_case(day)
            lines.append(f"{marker}{words} {day if _FR_PERIOD_OPENING.match(day) else 'le ' + day}")
        else:
            lines.append(f"{marker}{words} {day}")
    return lines


def day_case(text: str) -> str:
    """``text`` opening in lower case when its first word is a French weekday or month, or
    a preposition of a French date ("Samedi 28 novembre" → "samedi 28 novembre", "Jusqu'au
    jeudi" → "jusqu'au jeudi"), as French writes it after a label's colon; else as it is."""
    first = regex.match(r"[\p{L}]+", text)
    if first is None or first.group().casefold() not in (*DAYS_AND_MONTHS_FR, *_DATE_OPENERS):
        return text
    return text[:1].lower() + text[1:]


# The French words a date opens on besides its weekday ("du vendredi 11 au…", "jusqu'au").
_DATE_OPENERS = frozenset(["du", "jusqu", "dès", "à", "le", "les", "entre"])


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
        # The day after it may end a period the first opens ("du lundi 16 mars au vendredi
        # 3 avril 2026": a line giving the first day only would say the wrong thing).
        later = next(
            (
                f
                for f in future
                if f.start > day.end and _DAYS_JOIN.fullmatch(text[day.end : f.start])
            ),
            None,
        )
        if later is not None:
            opened = _PERIOD_FROM.search(text, 0, day.start)
            day = _spanning(day, later.end, text, opened.start() if opened else None)
        return with_time(message, day)
    ends = [f for f in future if f.time_kind is TimeKind.END]
    if not ends:
        return ""
    end = ends[0]
    before = text[max(0, end.start - 60) : end.start]
    opening = _PERIOD_OPEN.search(before) or _UNTIL.search(before)
    if opening is None:
        return ""
    start = end.start - len(before) + opening.start()
    return with_time(message, _spanning(end, end.end, text, start))


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
    where = _where(message)
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
    towns = [f.text for f in places if _PLACE_NAME.match(f.text)]
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
    # A name: capitalised words, with the function words of names between them; a city's
    # district after it ("Paris 11e", "Lyon 7e") is part of it.
    part = _DISTRICT.sub("", part)
    words = _WORD.findall(part)
    if not words or not part[:1].isupper() or len(" ".join(words)) < len(part) - 2:
        return False
    return all(w[:1].isupper() or w.casefold() in _NAME_LINKS for w in words)


# A city's district written after its name: "Paris 11e", "Lyon 7e", "Marseille 1er".
_DISTRICT = regex.compile(r"(?<=\p{L})[\s\u00a0]+\d{1,2}(?:e|er|ème)$")


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
        if fact.kind in ("address", "place") or not _PLACE_NAME.match(fact.text):
            continue
        if _BEFORE_TOWN.search(text[max(0, fact.start - 4) : fact.start]):
            return fact.text
    return ""


def weekday_wrong(message: Message) -> bool:
    """Whether the master's weekday does not match its date: a line repeating the date
    would print the error twice (``facts.weekday-mismatch`` reports it)."""
    return any(f.rule == WEEKDAY_MISMATCH for f in message.findings)


def with_time(message: Message, day: KeyFact) -> str:
    """The date as written, with the first time after it, or the hours the message gives
    ("samedi 19 décembre, de 9 h à 13 h": the end of the hours is a fact too)."""
    text = message.text
    times = [
        f
        for f in message.facts
        if f.time is not None and f.start >= day.end and f.start - day.end <= 40
    ]
    if not times:
        return day.text
    first = times[0]
    start, end = first.start, first.end
    if len(times) > 1 and _RANGE_JOIN.fullmatch(text[first.end : times[1].start]):
        end = times[1].end
        before = max(0, start - 8)
        opening = _RANGE_OPEN.search(text[before:start])
        if opening is not None:  # "de 9 h à 13 h": from "de", without the space before it
            start = before + opening.start() + len(opening.group()) - len(opening.group().lstrip())
    zone = _TIME_ZONE.match(text, end)
    if zone:  # "12:00 p.m. ET": a time without its zone is another time
        end = _same_time_elsewhere(text, zone.end(), times) or zone.end()
    return f"{day.text}, {text[start:end]}"


# A time zone written after a time: "12:00 p.m. ET", "7pm GMT".
_TIME_ZONE = regex.compile(r"[\s\u00a0]+(?:[ECMP][SD]?T|UTC|GMT|BST|CES?T|AE[SD]T)(?![\p{L}])")
# What joins one time in its zone to the same time in another: "4pm BST / 11am EDT",
# "4pm BST (11am EDT)".
_OTHER_ZONE = regex.compile(r"[\s\u00a0]*(?:/|\(|or)[\s\u00a0]*")


def _same_time_elsewhere(text: str, end: int, times: Sequence[KeyFact]) -> int:
    """Where the same time in another zone ends when the master gives it right after the
    first ("4pm BST / 11am EDT": the readers in the second zone need theirs as much), its
    closing bracket with it; 0 when it gives none."""
    following = next((f for f in times if f.start >= end), None)
    if following is None:
        return 0
    joiner = _OTHER_ZONE.fullmatch(text, end, following.start)
    zone = _TIME_ZONE.match(text, following.end)
    if joiner is None or zone is None:
        return 0
    zone_end: int = zone.end()
    if "(" in str(joiner.group()):
        return zone_end + 1 if text.startswith(")", zone_end) else 0
    return zone_end


# A town written right after an address that the parse did not tag as a place ("14 Quay
# Street, Whitstable, for a full refund"): a name of capitalised words (with the function
# words of names), then a comma, a stop, a bracket or the end of the line.
_TOWN_AFTER = regex.compile(
    r"(?:,|[\s\u00a0]+(?:à|in))[\s\u00a0]+(?P<town>\p{Lu}[\p{L}\p{M}'’\-]+"
    r"(?:[\s\u00a0\-](?:(?:de|du|des|la|le|les|sur|on|upon)[\s\u00a0\-])?"
    r"\p{Lu}[\p{L}\p{M}'’\-]+){0,3})(?=[\s\u00a0]*(?:[,.;!?)\n]|\Z))"
)


def _town_written_after(text: str, end: int) -> str:
    """The town the master writes right after the address ending at ``end`` ("…, 14 Quay
    Street, Whitstable, …" gives "Whitstable"), '' if none: the place line names it as
    the master does."""
    found = _TOWN_AFTER.match(text, end)
    if found is None:
        return ""
    town = str(found.group("town"))
    # Names of days and months are no towns: "at 12 High Street, Saturday, from …".
    calendar = {*weekday_numbers(), *month_numbers()}
    if any(word.casefold() in calendar for word in regex.findall(r"[\p{L}]+", town)):
        return ""
    return town


# A unit number written before a street number: "3/41 Hall Street".
_UNIT = regex.compile(r"(?<![\p{L}\p{N}/])\d{1,4}[A-Za-z]?/\Z")


def _where(message: Message) -> str:
    """The address, with the town written right after it ("18 avenue Gambetta à Hyères");
    else a town the text puts after "à", "in" or "at". A name elsewhere in the text may be
    the shop's, not the place's: it is left out."""
    text = message.text
    places = [f for f in message.of_role(Role.WHERE) if _PLACE_NAME.match(f.text)]
    # A street address, else a street, square or car park named without a number.
    addresses = [f for f in message.of_role(Role.WHERE) if f.kind == "address"]
    addresses += [f for f in message.of_role(Role.WHERE) if f.kind == "place"]
    if addresses:
        address = addresses[0]
        unit = _UNIT.search(text, 0, address.start)
        if unit is not None:  # "3/41 Hall Street": the unit is part of the address
            address = dataclasses.replace(
                address, text=text[unit.start() : address.end], start=unit.start()
            )
        town = next(
            (
                t
                for t in places
                if t.start >= address.end and _JOINED.fullmatch(text[address.end : t.start])
            ),
            None,
        )
        # "à Hyères, 12 rue Paradis": the town before the address, joined by a comma.
        town = town or next(
            (
                t
                for t in places
                if t.end <= address.start
                and _TOWN_FIRST.fullmatch(text[t.end : address.start])
                and _BEFORE_TOWN.search(text[max(0, t.start - 4) : t.start])
            ),
            None,
        )
        if town is not None:
            return f"{address.text}, {town.text}"
        written = _town_written_after(text, address.end)
        return f"{address.text}, {written}" if written else address.text
    towns = [t for t in places if _BEFORE_TOWN.search(text[max(0, t.start - 4) : t.start])]
    return towns[0].text if towns else ""
