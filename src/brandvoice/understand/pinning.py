"""Which of a message's "when" and "where" facts pin a day or a place a reader can act on.

A post cut to a short network's length must keep the day and the place of what it
announces; it may lose words that name neither. Beside the event's date and address, a
message often says "this year", "cette saison", "des ateliers le mercredi après-midi" or
"40 artisans du Var": a period that is no day, a weekday without its number when the
message gives the full date, a region a product or a guest comes from. Cutting them costs
the reader nothing to act on, so fitting neither keeps them over other facts nor reports
them as key facts dropped (``fit.key-fact-dropped``).

Only facts the message can do without this way are set aside: a bare weekday is the day
when the message gives no dated day ("Join us Thursday at 7pm"), and a place is the place
when the message names no other that pins one.
"""

from __future__ import annotations

import regex

from brandvoice.understand.model import KeyFact, Message, Role

# A relative "when" that names a stretch of time, not a day or a part of one: "this year",
# "cette saison", "cet été", "en 2025", "l'an prochain"; or a delay with no end said: « dans
# les prochains jours », "in the coming weeks". "ce soir", "demain", "this weekend", "en
# septembre" still say when to come or start.
_VAGUE_PERIOD = regex.compile(
    r"(?<![\p{L}\p{N}])(?:years?|années?|an|saisons?|seasons?|spring|summer|autumn|fall"
    r"|winter|printemps|été|automne|hiver|trimestres?|quarters?|\d{4}"
    r"|(?:prochain(?:e)?s|quelques)[\s\u00a0]+(?:jours|semaines)"
    r"|(?:jours|semaines)[\s\u00a0]+à[\s\u00a0]+venir"
    r"|(?:coming|next[\s\u00a0]+few|few)[\s\u00a0]+(?:days|weeks))(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
# The words that put a place as where something happens: "à Toulon", "au Castellet", "in
# Leeds", "at the Corn Exchange", "sur le port".
_AT_PLACE = regex.compile(
    r"(?:^|[\s\u00a0(])(?:à|au|aux|in|at|on|sur|près\s+de|near)[\s\u00a0]+(?:l[ae]\s+|the\s+)?$",
    regex.IGNORECASE,
)
# Places that pin themselves: a street address, a street, square or car park.
_STREET_KINDS = frozenset({"address", "place"})


def pins(fact: KeyFact, message: Message) -> bool:
    """Whether ``fact`` pins a day or a place (see the module docstring); facts of the other
    roles always count."""
    if fact.role is Role.WHEN:
        return _pins_day(fact, message)
    if fact.role is Role.WHERE:
        return _pins_place(fact, message) or not any(
            _pins_place(other, message) for other in message.of_role(Role.WHERE)
        )
    return True


def pinning_facts(message: Message) -> tuple[KeyFact, ...]:
    """The message's facts without the "when" and "where" facts that pin nothing."""
    return tuple(fact for fact in message.facts if pins(fact, message))


def _pins_day(fact: KeyFact, message: Message) -> bool:
    if fact.kind == "relative":
        return _VAGUE_PERIOD.search(fact.text) is None
    if fact.date is not None and not _dated(fact):
        # "mercredi" alone: the day only when the message gives no dated day.
        return not any(_dated(other) for other in message.dates)
    return True


def _dated(fact: KeyFact) -> bool:
    return fact.date is not None and regex.search(r"\d", fact.text) is not None


def _pins_place(fact: KeyFact, message: Message) -> bool:
    if fact.kind in _STREET_KINDS:
        return True
    before = message.text[max(0, fact.start - 12) : fact.start]
    if _AT_PLACE.search(before) is not None:
        return True
    # The town written after its street: "place de la Liberté, Toulon".
    return any(
        other.kind in _STREET_KINDS and _JOINED.fullmatch(message.text, other.end, fact.start)
        for other in message.of_role(Role.WHERE)
    )


_JOINED = regex.compile(r",?[\s\u00a0]+(?:\d{5}[\s\u00a0]+)?")
