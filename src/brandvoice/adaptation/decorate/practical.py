"""A press note's fact sheet: "Informations pratiques", then one labelled line per kind of
fact a journalist looks for below the text ("Date : …", "Lieu : …", "Tarif : …", the ways
to reach the brand), in the master's own words. Its day and place are read as the social
posts' 📅 / 📍 lines read them (:mod:`brandvoice.adaptation.realise.practical`): a period
("du vendredi 11 au dimanche 20 décembre") is a date, and a town named beside the address
goes with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import regex

from brandvoice.adaptation.realise.closure import closure_of
from brandvoice.adaptation.realise.fact_lines import FACT_LABELS
from brandvoice.adaptation.realise.practical import (
    day_case,
    weekday_wrong,
    when_text,
    where_text,
    with_time,
)
from brandvoice.lang import base_language
from brandvoice.understand import Action, Intent, KeyFact, Message, Role, TimeKind

# A press note's fact sheet: its heading, then one labelled line per kind of fact.
SHEET_HEADINGS = {"fr": "Informations pratiques", "en": "Practical information"}
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
    "Prise de poste : …"; a closure's "Fermeture : …" and "Réouverture : …", read as its
    🔒 / 🔓 lines are), "Date limite : …" (the last day to apply, register or book),
    "Lieu : …", "Tarif : …" (a job's "Rémunération : …"; a minimum purchase is a condition,
    no price, and is left out) and the ways to reach the brand, one line each, as journalists
    expect to find them below the text. Only facts brandvoice reads reliably (a day to
    come with its time or hours, an address or town, prices, links, e-mail addresses and
    phone numbers, in the master's own words); [] for fewer than two lines (a closure's
    closing days alone make a sheet: they are what its readers look for), and no date for
    a master whose weekday does not match its date."""
    if message is None:
        return []
    lang = base_language(message.lang)
    labels = FACT_LABELS[lang]
    colon = "\u202f: " if lang == "fr" else ": "
    lines: list[str] = []
    if not weekday_wrong(message):
        # A product's shelf life is neither the day something happens nor a deadline
        # ("DLUO 31/12/2028", "best by 03/12/2027"): its own line, with its own label.
        shelf = _shelf_life_fact(message)
        # A deadline is the last day to do what the message asks: one that asks nothing
        # (an incident's "the network says it'll be fixed by Friday") has none.
        deadlines = [
            f
            for f in message.dates
            if message.action is not Action.NONE
            and f.time_kind is TimeKind.DEADLINE
            and f.date is not None
            and f.date >= message.reference_date
            and f is not (shelf[1] if shelf else None)
        ]
        when = when_text(message)
        if shelf and shelf[1].text in when:
            when = ""
        until = _UNTIL_OPENING.match(when)
        closure = closure_of(message)
        if closure.closed or closure.back:
            # A closure's days are when it closes and when it is back, not an event's date;
            # its closing day only when it is every one the master gives (read alone, a
            # sheet's "Closed: January 1" says the shop is open on December 25).
            closed = closure.closed if closure.whole else ""
            for key, day in (("closed", closed), ("back", closure.back)):
                if day:
                    lines.append(f"{labels[key]}{colon}{day_case(day) if lang == 'fr' else day}")
        elif until and message.intent in _ACTED_BY and not deadlines:
            # An incident or a recall has no period of its own: its "jusqu'au 20
            # décembre" is the last day to ask for the refund, a deadline, and the label
            # says so ("Date limite : 20 décembre", not "Date : jusqu'au 20 décembre").
            lines.append(f"{labels['deadline']}{colon}{when[until.end() :]}")
        elif when:
            label = labels["start" if message.intent is Intent.HIRING else "when"]
            # « Date : samedi 28 novembre », though the master opened a sentence on it.
            lines.append(f"{label}{colon}{day_case(when) if lang == 'fr' else when}")
        if deadlines:
            lines.append(f"{labels['deadline']}{colon}{with_time(message, deadlines[0])}")
        if shelf:
            lines.append(f"{labels[shelf[0]]}{colon}{shelf[1].text}")
    if where := where_text(message):
        lines.append(f"{labels['where']}{colon}{where}")
    lines += _price_lines(message, labels, colon)
    for kind in _CONTACT_KINDS:
        found = _unique(f.text for f in message.of_role(Role.HOW) if f.kind == kind)
        if found:
            lines.append(f"{labels[kind]}{colon}{', '.join(found[:2])}")
    # A closure's period is the one fact its readers look for: a sheet of its own.
    if len(lines) < (1 if lines and lines[0].startswith(labels["closed"]) else 2):
        return []
    return [SHEET_HEADINGS[lang], *lines]


# The intents whose "until" date is the last day to act (ask for a refund, bring a product
# back), not the end of a period the reader may come in.
_ACTED_BY = frozenset({Intent.INCIDENT, Intent.RECALL})
# "jusqu'au ", "until ": how a period's end is opened (when_text writes it so).
_UNTIL_OPENING = regex.compile(
    r"(?:jusqu['’]au|jusqu['’]à|until|till|through)[\s\u00a0]+", regex.IGNORECASE
)
# The words that make a date a product's shelf life, and the label each gives it: the
# sheet says it as the master does ("best before" is no "use by": one is about quality,
# the other about safety).
_SHELF_LIFE = regex.compile(
    r"(?:(?P<best_before>best\s+(?:before(?:\s+end)?|by)|BBE|à\s+consommer\s+de\s+préférence\s+"
    r"(?:avant|jusqu['’]au)|DDM|DLUO|date\s+de\s+durabilité\s+minimale)"
    r"|(?P<use_by>use\s+by|à\s+consommer\s+(?:avant|jusqu['’]au)|DLC|date\s+limite\s+de\s+"
    r"consommation))"
    r"[\s\u00a0]*(?:le[\s\u00a0]+)?:?[\s\u00a0]*\Z",
    regex.IGNORECASE,
)


def _shelf_life_fact(message: Message) -> tuple[str, KeyFact] | None:
    """The date the master gives as a product's shelf life (a recalled batch is known by
    it) and the label its words give ("best_before", "use_by"): "Best before: 12/12/2026",
    never "Date", which would read as the day something happens, or "Deadline"."""
    for fact in message.dates:
        if fact.date is None:
            continue
        found = _SHELF_LIFE.search(message.text[max(0, fact.start - 40) : fact.start])
        if found and found.lastgroup:
            return found.lastgroup, fact
    return None


def _price_lines(message: Message, labels: dict[str, str], colon: str) -> list[str]:
    """ "Tarif : …" with what things cost, "Remise : …" with the discounts; a job advert's
    "Rémunération : …" (its sum is a wage, not a price); nothing for other intents."""
    hiring = message.intent is Intent.HIRING
    if not hiring and message.intent not in _PRICED:
        return []
    sums = [f for f in message.of_role(Role.PRICE) if not _no_price(message, f)]
    discounts = _unique(f.text for f in sums if f.kind == "percentage")
    lang = base_language(message.lang)
    prices = _unique(
        _with_unit(message, f, lang) for f in _ranges(message, sums) if f.kind != "percentage"
    )
    lines = []
    if prices:
        lines.append(f"{labels['pay' if hiring else 'price']}{colon}{', '.join(prices[:3])}")
    if discounts and not hiring:
        lines.append(f"{labels['discount']}{colon}{', '.join(discounts[:3])}")
    return lines


# What a sum is counted by, written right after it ("£14.50 an hour", "12 € brut de
# l'heure", "€15/h", "£145 per night"): without it "Pay: £14.50" reads as a total.
_PER = {
    "hour": r"/\s*(?:h|hr|hour|heure)|(?:per|an?|par|by\s+the)\s+(?:hr|hour|heure)"
    r"|(?:de\s+)?l['’]\s*heure",
    "day": r"/\s*(?:d|day|jour)|(?:per|a|par|la)\s+(?:day|jour|journée)",
    "night": r"/\s*(?:night|nuit)|(?:per|a|par|la)\s+(?:night|nuit|nuitée)",
    "week": r"/\s*(?:wk|week|semaine)|(?:per|a|par|la)\s+(?:week|semaine)",
    "month": r"/\s*(?:mo|month|mois)|(?:per|a|par|le)\s+(?:month|mois)",
    "year": r"/\s*(?:yr|year|an)|(?:per|a|par)\s+(?:year|an|année)|(?:de\s+)?l['’]\s*année",
}
_UNIT_AFTER = regex.compile(
    r"[\s\u00a0\u202f]*(?:(?:brut|bruts|net|nets|gross|HT|TTC)[\s\u00a0\u202f]*)?(?:"
    + "|".join(f"(?P<{unit}>{pattern})" for unit, pattern in _PER.items())
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
_UNIT_WORDS = {
    "en": {
        "hour": "an hour",
        "day": "a day",
        "night": "a night",
        "week": "a week",
        "month": "a month",
        "year": "a year",
    },
    "fr": {
        "hour": "de l'heure",
        "day": "par jour",
        "night": "la nuit",
        "week": "par semaine",
        "month": "par mois",
        "year": "par an",
    },
}


def _with_unit(message: Message, price: KeyFact, lang: str) -> str:
    """The sum with what the master counts it by, in the sheet's words: "£14.50 an hour"
    for "£14.50 per hour" or "/hr", "12 € de l'heure" for "12 € brut de l'heure"."""
    found = _UNIT_AFTER.match(message.text, price.end)
    if found is None or found.lastgroup is None:
        return price.text
    return f"{price.text.strip()} {_UNIT_WORDS[lang][found.lastgroup]}"


# Between the two ends of a range of sums: "$28–$36", "34 à 38 k€", "£10 to £12".
_RANGE_BETWEEN = regex.compile(r"[\s\u00a0\u202f]*(?:[–—-]|à|to)[\s\u00a0\u202f]*")


def _ranges(message: Message, sums: Iterable[KeyFact]) -> list[KeyFact]:
    """``sums`` with a range written as one ("$28–$36/hour" is one wage, "Pay: $28, $36 an
    hour" reads as two)."""
    merged: list[KeyFact] = []
    for fact in sorted(sums, key=lambda f: f.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == fact.kind
            and last.end <= fact.start
            and _RANGE_BETWEEN.fullmatch(message.text, last.end, fact.start)
        ):
            merged[-1] = dataclasses.replace(
                last, text=message.text[last.start : fact.end], end=fact.end
            )
        else:
            merged.append(fact)
    # "$21–24/hr", "£38–45k": a range whose second end repeats no currency is still one
    # sum, read to its end ("Pay: $21" would halve what the master says).
    return [_to_bare_end(message.text, fact) for fact in merged]


# The second end of a range written without its currency: "–24" of "$21–24/hr", "–45k".
_BARE_END = regex.compile(
    r"[\s\u00a0\u202f]?[–—-][\s\u00a0\u202f]?\d[\d.,]*(?:\s?[kK](?![\p{L}]))?"
)


def _to_bare_end(text: str, fact: KeyFact) -> KeyFact:
    found = _BARE_END.match(text, fact.end)
    if found is None or not regex.search(r"\d[kK]?$", text[fact.start : fact.end]):
        return fact
    return dataclasses.replace(fact, text=text[fact.start : found.end()], end=found.end())


def is_price(message: Message, price: KeyFact) -> bool:
    """Whether ``price`` is what something costs, not a condition (a minimum purchase) or a
    gift: the social posts' price lines read sums as the fact sheet does."""
    return not _no_price(message, price)


def _no_price(message: Message, price: KeyFact) -> bool:
    """Whether ``price`` is a condition (a minimum purchase) or a gift, not a price."""
    text = message.text
    before = text[max(0, price.start - 40) : price.start]
    return bool(_NO_PRICE_BEFORE.search(before) or _NO_PRICE_AFTER.match(text, price.end))


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))
