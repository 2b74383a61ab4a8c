"""What a master message is for and what it says: the :class:`Message` every later step reads.

Understanding happens once per master (see :func:`brandvoice.understand.understand`); the
adaptation plans, decorates and fits each variant from the ``Message``, never re-reading the
text for its meaning. Every decision keeps the words that made it, so a user can see why a
post was taken for a job advert and override it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from brandvoice.findings import Finding


class Intent(StrEnum):
    """What the message is for."""

    OPENING = "opening"  # a shop or place opens or reopens
    LAUNCH = "launch"  # a new product, service, menu or collection
    EVENT = "event"  # an invitation to something at a date and place
    OFFER = "offer"  # a promotion, discount or sale
    HIRING = "hiring"  # a job, apprenticeship or internship
    INCIDENT = "incident"  # an outage, delay or mistake, an apology
    RECALL = "recall"  # a product safety recall or safety notice
    CLOSURE = "closure"  # a closure, holidays, new opening hours, a move
    RESULTS = "results"  # figures: turnover, growth, survey results
    RESOURCE = "resource"  # a guide, article, download, episode
    AWARD = "award"  # a prize, label, milestone, anniversary, thanks
    NEWS = "news"  # anything else


# Intents where the brand owes its readers sobriety: no festive emoji, no added "!", no
# engagement question, no topical hashtags.
SERIOUS_INTENTS = frozenset({Intent.INCIDENT, Intent.RECALL})


class Action(StrEnum):
    """What the message asks its reader to do."""

    APPLY = "apply"
    BOOK = "book"
    REGISTER = "register"
    BUY = "buy"
    READ = "read"  # read or download
    COME = "come"
    BRING_BACK = "bring_back"
    NONE = "none"


class Role(StrEnum):
    """The part a key fact plays in the message."""

    WHAT = "what"  # the product, event, job or subject
    WHEN = "when"  # a date, time or deadline
    WHERE = "where"  # a place or address
    PRICE = "price"  # a price or discount
    HOW = "how"  # how to act: a link, e-mail address or phone number
    WHO = "who"  # the brand, an organisation or a person named
    FIGURE = "figure"  # a figure reported (results), a quantity


class TimeKind(StrEnum):
    """What a date of the message marks."""

    EVENT = "event"  # when the thing happens (or, for an offer, when it starts)
    DEADLINE = "deadline"  # the last day to act: apply, register, book
    END = "end"  # the end of a period ("jusqu'au 9 février", "until Sunday")
    SINCE = "since"  # the start of a period already running ("depuis le 3 mars", "since May")


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase of the master that weighed in a decision, where it is."""

    text: str
    start: int
    end: int
    weight: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "weight": self.weight}


@dataclass(frozen=True, slots=True)
class KeyFact:
    """A fact with its role: ``master[start:end] == text``.

    ``date`` is set for dates (the year inferred from the reference date when the text
    gives none), ``time`` for times of day, ``time_kind`` for both.
    """

    role: Role
    kind: str  # the fact's kind: url, email, phone, price, date, time, entity, phrase...
    text: str
    start: int
    end: int
    date: dt.date | None = None
    time: dt.time | None = None
    time_kind: TimeKind | None = None

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "role": str(self.role),
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.date is not None:
            found["date"] = self.date.isoformat()
        if self.time is not None:
            found["time"] = self.time.isoformat(timespec="minutes")
        if self.time_kind is not None:
            found["time_kind"] = str(self.time_kind)
        return found


@dataclass(frozen=True, slots=True)
class Message:
    """A master message understood: intent, action, key facts, and what is wrong in it."""

    text: str
    lang: str
    reference_date: dt.date
    intent: Intent
    intent_cues: tuple[Cue, ...]
    action: Action
    action_cues: tuple[Cue, ...]
    facts: tuple[KeyFact, ...]
    # Consistency findings on the master itself (facts.weekday-mismatch...).
    findings: tuple[Finding, ...] = ()
    # Scores of every intent with a cue, for the curious and for the evaluation.
    scores: tuple[tuple[str, float], ...] = ()
    # Whether the intent or action was set by the caller rather than read from the text.
    overridden: tuple[str, ...] = ()
    # When the cues could not decide the intent alone (a tie, or none strong enough): the
    # words that made the statistical backstop's choice (understand/backstop.py).
    intent_words: tuple[Cue, ...] = ()

    @property
    def serious(self) -> bool:
        """An incident or recall: sober wording, nothing festive."""
        return self.intent in SERIOUS_INTENTS

    def of_role(self, role: Role) -> tuple[KeyFact, ...]:
        return tuple(fact for fact in self.facts if fact.role is role)

    @property
    def dates(self) -> tuple[KeyFact, ...]:
        """The message's dates (not its times), in the text's order."""
        return tuple(f for f in self.facts if f.date is not None)

    @property
    def event_date(self) -> dt.date | None:
        """The first date the message's event, offer or news happens on, if it gives one."""
        events = [f.date for f in self.dates if f.time_kind is TimeKind.EVENT and f.date]
        return min(events) if events else None

    @property
    def deadline(self) -> dt.date | None:
        """The last day to act (apply, register, book), if the message gives one."""
        ends = [f.date for f in self.dates if f.time_kind is TimeKind.DEADLINE and f.date]
        return min(ends) if ends else None

    @property
    def last_date(self) -> dt.date | None:
        """The latest date the message speaks of (after it, the post is out of date)."""
        known = [f.date for f in self.dates if f.date]
        return max(known) if known else None

    def contact(self) -> KeyFact | None:
        """How the reader acts: the first link, else e-mail address, else phone number."""
        for kind in ("url", "email", "phone"):
            for fact in self.of_role(Role.HOW):
                if fact.kind == kind:
                    return fact
        return None

    def explain(self) -> str:
        """The decision in one line: ``intent: hiring because 'recrute', 'CDI', 'CV'``; when
        the backstop chose, its words follow: ``...; words 'application', 'Téléchargez'``."""
        said = _explained("intent", self.intent, self.intent_cues, self.overridden)
        if not self.intent_words or "intent" in self.overridden:
            return said
        words = ", ".join(f"'{word.text}'" for word in self.intent_words)
        if self.intent_cues:
            return f"{said}; words {words}"
        return f"intent: {self.intent} because of the words {words}"

    def explain_action(self) -> str:
        """The action in one line: ``action: apply because 'Envoyez votre CV'``; without a
        cue, it is the intent's default action."""
        return _explained("action", self.action, self.action_cues, self.overridden)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "lang": self.lang,
            "reference_date": self.reference_date.isoformat(),
            "intent": str(self.intent),
            "intent_cues": [c.to_dict() for c in self.intent_cues],
            "intent_words": [c.to_dict() for c in self.intent_words],
            "serious": self.serious,
            "scores": dict(self.scores),
            "action": str(self.action),
            "action_cues": [c.to_dict() for c in self.action_cues],
            "facts": [f.to_dict() for f in self.facts],
            "findings": [f.to_dict() for f in self.findings],
            "overridden": list(self.overridden),
        }


def _explained(
    name: str, value: StrEnum, cues: tuple[Cue, ...], overridden: tuple[str, ...]
) -> str:
    if name in overridden:
        return f"{name}: {value} (set by the caller)"
    because = ", ".join(f"'{cue.text}'" for cue in cues)
    return f"{name}: {value}" + (f" because {because}" if because else " (no cue)")
