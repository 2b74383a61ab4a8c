"""The practical lines a social post puts after its text: when and where, one line each,
as community managers write them ("📅 samedi 4 avril, dès 10 h" / "📍 7 quai
Charles-de-Gaulle, Bandol").

Only for messages that invite the reader somewhere at a given time (an event, an opening,
a launch, an offer, a job's start date and place: labelled as the start, "📅 Prise de
poste : lundi 6 avril", never as an event's day), and only when the message gives both:
half a block reads as an oversight; nor when the author wrote such lines already or gives
the address as a sentence of its own. The lines are the master's own words (its date as
written, with the event's first time or its hours, "de 9 h à 13 h"; its address or named
place, with the town the message names beside it), never a date or place the message does
not state. A master whose weekday does not match its date gets no block: the error would
be printed twice (``facts.weekday-mismatch`` reports it).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from brandvoice.lang import base_language
from brandvoice.understand import Intent, KeyFact, Message, Role, TimeKind
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
# What joins a town to the address after it: "à Hyères, 12 rue Paradis", "in Leeds, 4 ...".
_TOWN_FIRST = regex.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:(?:au|at)[\s\u00a0]+)?")
# What joins the two ends of hours: "de 9 h à 13 h", "9 h – 13 h", "from 9am to 1pm".
_RANGE_JOIN = regex.compile(r"[\s\u00a0\u202f]*(?:à|au|-|–|—|to|until|till)[\s\u00a0\u202f]*")
_RANGE_OPEN = regex.compile(r"(?:^|\s)(?:de|from|between|entre)[\s\u00a0\u202f]$", regex.I)
# A job advert's day is when the job starts: labelled so, not as an event's date.
START_MARKERS = {"fr": "Prise de poste\u202f: ", "en": "Start: "}


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
    lang = base_language(message.lang)
    when_marker, where_marker = MARKERS["emoji" if emoji else lang]
    if message.intent is Intent.HIRING:
        when_marker = ("📅 " if emoji else "") + START_MARKERS[lang]
    # The date as written: French weekdays and months keep their lower case after the
    # marker too (LanguageTool's JOURS rule would flag « 📅 Dimanche »).
    return [f"{when_marker}{when}", f"{where_marker}{where}"]


# A press note's fact sheet: its heading, then one labelled line per kind of fact.
SHEET_HEADINGS = {"fr": "Informations pratiques", "en": "Practical information"}
SHEET_LABELS = {
    "fr": {
        "when": "Date",
        "start": "Prise de poste",
        "deadline": "Date limite",
        "where": "Lieu",
        "price": "Tarif",
        "pay": "Rémunération",
        "discount": "Remise",
        "phone": "Téléphone",
        "email": "Courriel",
        "url": "Site",
    },
    "en": {
        "when": "Date",
        "start": "Start date",
        "deadline": "Deadline",
        "where": "Place",
        "price": "Price",
        "pay": "Pay",
        "discount": "Discount",
        "phone": "Phone",
        "email": "Email",
        "url": "Website",
    },
}
# The intents whose sums are what something costs (a ticket, a product, an offer's price);
# a job advert's sum is its pay. Elsewhere a sum is no price of anything the reader can buy:
# a voucher sent as an apology, a turnover, a budget an article discusses.
_PRICED = frozenset({Intent.EVENT, Intent.OPENING, Intent.LAUNCH, Intent.OFFER, Intent.NEWS})
# A sum that sets a condition or is given away is no price: "un vin chaud offert pour tout
# achat de plus de 25 €", "free delivery on orders over £40", "dès 50 € d'achat",
# "minimum spend £30", "a $100 bar tab", "un bon d'achat de 20 €". Read off the words
# just before or after the sum.
_NO_PRICE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:achats?|commandes?|paniers?|minimum|purchases?|orders?|spend(?:ing)?"
    r"|baskets?|bons?|avoirs?|vouchers?)[\s\u00a0]+(?:[\p{L}'’]+[\s\u00a0]+){0,4}$",
    regex.IGNORECASE,
)
_NO_PRICE_AFTER = regex.compile(
    r"[\s\u00a0]*(?:d['’]achats?|de commande|minimum|or more|spend|credit|voucher|gift"
    r"|bar tab|prize|à gagner|offerts?)(?![\p{L}])",
    regex.IGNORECASE,
)
# The fact kinds the sheet lists from the message's "how to act" facts, in this order.
_CONTACT_KINDS = ("url", "email", "phone")


def fact_sheet(message: Message | None) -> list[str]:
    """A press note's practical information: a heading, then "Date : …" (a job advert's
    "Prise de poste : …"), "Date limite : …" (the last day to apply, register or book),
    "Lieu : …", "Tarif : …" (a job's "Rémunération : …"; a minimum purchase is a condition,
    no price, and is left out) and the ways to reach the brand, one line each, as journalists
    expect to find them below the text. Only facts brandvoice reads reliably (a day to
    come with its time or hours, an address or town, prices, links, e-mail addresses and
    phone numbers, in the master's own words); [] for fewer than two lines, and no date for
    a master whose weekday does not match its date."""
    if message is None:
        return []
    lang = base_language(message.lang)
    labels = SHEET_LABELS[lang]
    colon = "\u202f: " if lang == "fr" else ": "
    lines: list[str] = []
    if not _weekday_wrong(message):
        if when := _when(message):
            label = labels["start" if message.intent is Intent.HIRING else "when"]
            lines.append(f"{label}{colon}{when}")
        deadlines = [
            f
            for f in message.dates
            if f.time_kind is TimeKind.DEADLINE
            and f.date is not None
            and f.date >= message.reference_date
        ]
        if deadlines:
            lines.append(f"{labels['deadline']}{colon}{_with_time(message, deadlines[0])}")
    if where := _where(message):
        lines.append(f"{labels['where']}{colon}{where}")
    lines += _price_lines(message, labels, colon)
    for kind in _CONTACT_KINDS:
        found = _unique(f.text for f in message.of_role(Role.HOW) if f.kind == kind)
        if found:
            lines.append(f"{labels[kind]}{colon}{', '.join(found[:2])}")
    if len(lines) < 2:
        return []
    return [SHEET_HEADINGS[lang], *lines]


def _price_lines(message: Message, labels: dict[str, str], colon: str) -> list[str]:
    """ "Tarif : …" with what things cost, "Remise : …" with the discounts; a job advert's
    "Rémunération : …" (its sum is a wage, not a price); nothing for other intents."""
    hiring = message.intent is Intent.HIRING
    if not hiring and message.intent not in _PRICED:
        return []
    sums = [f for f in message.of_role(Role.PRICE) if not _no_price(message, f)]
    discounts = _unique(f.text for f in sums if f.kind == "percentage")
    prices = _unique(f.text for f in sums if f.kind != "percentage")
    lines = []
    if prices:
        lines.append(f"{labels['pay' if hiring else 'price']}{colon}{', '.join(prices[:3])}")
    if discounts and not hiring:
        lines.append(f"{labels['discount']}{colon}{', '.join(discounts[:3])}")
    return lines


def _no_price(message: Message, price: KeyFact) -> bool:
    """Whether ``price`` is a condition (a minimum purchase) or a gift, not a price."""
    text = message.text
    before = text[max(0, price.start - 40) : price.start]
    return bool(_NO_PRICE_BEFORE.search(before) or _NO_PRICE_AFTER.match(text, price.end))


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
    return _with_time(message, dates[0])


def _with_time(message: Message, day: KeyFact) -> str:
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
    return f"{day.text}, {text[start:end]}"


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
        return f"{address.text}, {town.text}" if town else address.text
    towns = [t for t in places if _BEFORE_TOWN.search(text[max(0, t.start - 4) : t.start])]
    return towns[0].text if towns else ""
