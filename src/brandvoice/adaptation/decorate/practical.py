"""The practical lines a social post puts after its text: when and where, one line each,
as community managers write them ("📅 samedi 4 avril, dès 10 h" / "📍 7 quai
Charles-de-Gaulle, Bandol").

Only for messages that invite the reader somewhere at a given time (an event, an opening,
a launch, an offer, a job's start date and place), and only when the message gives both:
half a block reads as an oversight; nor when the author wrote such lines already or gives
the address as a sentence of its own. The lines are the master's own words (its date as
written, with the event's first time; its address, with the town when the message names
one apart), never a date or place the message does not state. A master whose weekday does
not match its date gets no block: the error would be printed twice
(``facts.weekday-mismatch`` reports it).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from brandvoice.lang import base_language
from brandvoice.understand import Intent, Message, Role, TimeKind
from brandvoice.understand.consistency import WEEKDAY_MISMATCH

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


def practical_lines(message: Message | None, *, emoji: bool = True) -> list[str]:
    """``["📅 …", "📍 …"]`` for ``message`` (``["Quand : …", "Où : …"]`` without
    ``emoji``), or [] (see the module docstring)."""
    if message is None or message.intent not in INVITING:
        return []
    if _weekday_wrong(message):
        return []
    if any(marker in message.text for marker in ("📅", "📍", "🗓")):
        return []  # the author wrote the block already
    when = _when(message)
    where = _where(message)
    if not when or not where or _stands_alone(where, message.text):
        return []
    when_marker, where_marker = MARKERS["emoji" if emoji else base_language(message.lang)]
    # The date as written: French weekdays and months keep their lower case after the
    # marker too (LanguageTool's JOURS rule would flag « 📅 Dimanche »).
    return [f"{when_marker}{when}", f"{where_marker}{where}"]


# A press note's fact sheet: its heading, then one labelled line per kind of fact.
SHEET_HEADINGS = {"fr": "Informations pratiques", "en": "Practical information"}
SHEET_LABELS = {
    "fr": {
        "when": "Date",
        "where": "Lieu",
        "price": "Tarif",
        "phone": "Téléphone",
        "email": "Courriel",
        "url": "Site",
    },
    "en": {
        "when": "Date",
        "where": "Place",
        "price": "Price",
        "phone": "Phone",
        "email": "Email",
        "url": "Website",
    },
}
# The fact kinds the sheet lists from the message's "how to act" facts, in this order.
_CONTACT_KINDS = ("url", "email", "phone")


def fact_sheet(message: Message | None) -> list[str]:
    """A press note's practical information: a heading, then "Date : …", "Lieu : …",
    "Tarif : …" and the ways to reach the brand, one line each, as journalists expect to
    find them below the text. Only facts brandvoice reads reliably (a day to come with
    its time, an address or town, prices, links, e-mail addresses and phone numbers, in
    the master's own words); [] for fewer than two lines, and no date for a master whose
    weekday does not match its date."""
    if message is None:
        return []
    lang = base_language(message.lang)
    labels = SHEET_LABELS[lang]
    colon = "\u202f: " if lang == "fr" else ": "
    lines: list[str] = []
    if not _weekday_wrong(message) and (when := _when(message)):
        lines.append(f"{labels['when']}{colon}{when}")
    if where := _where(message):
        lines.append(f"{labels['where']}{colon}{where}")
    prices = _unique(f.text for f in message.of_role(Role.PRICE))
    if prices:
        lines.append(f"{labels['price']}{colon}{', '.join(prices[:3])}")
    for kind in _CONTACT_KINDS:
        found = _unique(f.text for f in message.of_role(Role.HOW) if f.kind == kind)
        if found:
            lines.append(f"{labels[kind]}{colon}{', '.join(found[:2])}")
    if len(lines) < 2:
        return []
    return [SHEET_HEADINGS[lang], *lines]


def _weekday_wrong(message: Message) -> bool:
    """Whether the master's weekday does not match its date: a line repeating the date
    would print the error twice (``facts.weekday-mismatch`` reports it)."""
    return any(f.rule == WEEKDAY_MISMATCH for f in message.findings)


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


def _stands_alone(place: str, text: str) -> bool:
    """Whether the master gives the place as a sentence or line of its own ("12 rue
    d'Italie, Aix-en-Provence."): a 📍 line would say it twice."""
    pieces = (p.strip(" .\u00a0\u202f") for p in regex.split(r"(?<=[.!?])\s+|\n", text))
    return any(
        p.casefold().endswith(place.casefold()) and len(p) <= len(place) + 30 for p in pieces
    )


def _when(message: Message) -> str:
    # A day to come, written with its number: "samedi" alone or "depuis 2016" is no date
    # to put a reader's diary to.
    dates = [
        f
        for f in message.dates
        if f.time_kind in (TimeKind.EVENT, None)
        and f.date is not None
        and f.date >= message.reference_date
        and regex.search(r"\d", f.text)
    ]
    if not dates:
        return ""
    day = dates[0]
    written = day.text
    times = [
        f
        for f in message.facts
        if f.time is not None and f.start >= day.end and f.start - day.end <= 40
    ]
    return f"{written}, {times[0].text}" if times else written


def _where(message: Message) -> str:
    """The address, with the town written right after it ("18 avenue Gambetta à Hyères");
    else a town the text puts after "à", "in" or "at". A name elsewhere in the text may be
    the shop's, not the place's: it is left out."""
    text = message.text
    places = [f for f in message.of_role(Role.WHERE) if _PLACE_NAME.match(f.text)]
    addresses = [f for f in message.of_role(Role.WHERE) if f.kind == "address"]
    if addresses:
        address = addresses[0]
        town = next((t for t in places if _JOINED.fullmatch(text[address.end : t.start])), None)
        return f"{address.text}, {town.text}" if town else address.text
    towns = [t for t in places if _BEFORE_TOWN.search(text[max(0, t.start - 4) : t.start])]
    return towns[0].text if towns else ""
