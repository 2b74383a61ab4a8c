"""What a master says that cannot all be true: a weekday that is not its date's, a deadline
after the event it is for, a date already past when the post goes out.

These are findings on the message itself (``facts.*``): the checks report them on any text
(:mod:`brandvoice.checks.facts`), and :func:`brandvoice.understand.understand` keeps them in
``Message.findings``, so ``adapt`` can say that the master, not the adaptation, is wrong.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from brandvoice.findings import Category, Finding, Severity
from brandvoice.lang import base_language
from brandvoice.understand.dates import WEEKDAYS_FR, day_fr, read_date
from brandvoice.understand.facts import weekday_numbers
from brandvoice.understand.model import Intent, KeyFact, TimeKind

WEEKDAY_MISMATCH = "facts.weekday-mismatch"
DEADLINE_AFTER_EVENT = "facts.deadline-after-event"
PAST_DATE = "facts.past-date"
# One place for each finding's severity: the checks' rules (brandvoice.checks.facts) take
# theirs from here, so a finding reads the same from ``understand`` and from ``check``.
SEVERITIES = {
    WEEKDAY_MISMATCH: Severity.ERROR,
    DEADLINE_AFTER_EVENT: Severity.WARNING,
    PAST_DATE: Severity.WARNING,
}

_WEEKDAYS = {
    "fr": WEEKDAYS_FR,
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# Messages that look back: their dates are meant to be past.
_RETROSPECTIVE = frozenset({Intent.RESULTS, Intent.AWARD, Intent.INCIDENT, Intent.NEWS})


def _finding(rule: str, fact: KeyFact, message: str, replacements: tuple[str, ...] = ()) -> Finding:
    return Finding(
        rule,
        Category.FACTS,
        SEVERITIES[rule],
        fact.start,
        fact.end - fact.start,
        message,
        replacements,
    )


def date_findings(
    text: str, lang: str, reference: dt.date, intent: Intent | Callable[[], Intent]
) -> list[Finding]:
    """The consistency findings of ``text``, from its dates and times alone (no parse):
    ``understand`` and the ``facts.*`` check rules both call this, so they never disagree.
    ``lang`` is a language or a regional tag (how "03/04" is read: en-GB, en-US...).
    ``intent`` may be a function giving it: it is then called only when a date is past."""
    from brandvoice.understand.roles import dated_facts

    return consistency_findings(dated_facts(text, lang, reference), lang, reference, intent, text)


def consistency_findings(
    facts: Sequence[KeyFact],
    lang: str,
    reference: dt.date,
    intent: Intent | Callable[[], Intent],
    text: str = "",
) -> list[Finding]:
    """``intent`` only decides whether past dates are findings: given as a function (reading
    it from the text costs hundreds of cue searches), it is called only when one is past.
    ``text``, the facts' text, tells which sentence each fact is in."""
    language = base_language(lang)
    found = [
        *_weekday_mismatches(facts, lang, reference),
        *_deadlines_after_event(facts, language, reference, text),
    ]
    past = list(_past_dates(facts, language, reference))
    if past and (intent if isinstance(intent, Intent) else intent()) not in _RETROSPECTIVE:
        found.extend(past)
    return sorted(found, key=lambda f: (f.offset, f.rule))


def _weekday_mismatches(
    facts: Sequence[KeyFact], lang: str, reference: dt.date
) -> Iterator[Finding]:
    for fact in facts:
        if fact.date is None:
            continue
        read = read_date(fact.text, reference, lang)
        if read is None or read.weekday_written is None or read.weekday_matches:
            continue
        french = base_language(lang) == "fr"
        names = _WEEKDAYS["fr" if french else "en"]
        actual = names[read.date.weekday()]
        written = fact.text.split()[0].rstrip(",")
        right = actual if written[:1].islower() else actual[:1].upper() + actual[1:]
        fixed = right + fact.text[len(written) :]
        if french:
            message = (
                f"« {fact.text} » : le {day_fr(read.date)} est un {actual}, pas un "
                f"{written.lower()}"
            )
        else:
            message = f"'{fact.text}': {read.date:%-d %B %Y} is a {actual}, not a {written}"
        yield _finding(WEEKDAY_MISMATCH, fact, message, (fixed,))


def _said_past(fact: KeyFact, reference: dt.date) -> bool:
    """A weekday alone read before the post's day: the text said so ("samedi dernier",
    "last Saturday"); a weekday alone is otherwise the next one."""
    return (
        fact.date is not None
        and fact.date < reference
        and fact.text.casefold() in weekday_numbers()
    )


# Where a sentence ends: its stop and the spaces after it, or a line break.
_SENTENCE_END = re.compile(r"[.!?…]+[\s\u00a0]+|\n+")


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _one_occasion(events: Sequence[KeyFact]) -> bool:
    """The dates of ``events`` are one day or a run of days in a row (a weekend)."""
    days = sorted({f.date for f in events if f.date is not None})
    return all((later - earlier).days <= 1 for earlier, later in itertools.pairwise(days))


def _deadlines_after_event(
    facts: Sequence[KeyFact], lang: str, reference: dt.date, text: str = ""
) -> Iterator[Finding]:
    # What happened last Saturday is not the event a deadline is for.
    events = [
        f
        for f in facts
        if f.date is not None and f.time_kind is TimeKind.EVENT and not _said_past(f, reference)
    ]
    if not events:
        return
    starts = _sentence_starts(text)
    for fact in facts:
        if fact.time_kind is not TimeKind.DEADLINE or fact.date is None:
            continue
        # The event a deadline is for: the one its own sentence names ("Atelier le 15 juin,
        # inscriptions avant le 10"), else the message's only occasion. A deadline beside
        # several occasions, none in its sentence, may be for something else the message
        # offers (a closing day, a move, then "apply by 15 March" for a new service).
        sentence = bisect.bisect_right(starts, fact.start)
        own = [e for e in events if bisect.bisect_right(starts, e.start) == sentence]
        if not own and not _one_occasion(events):
            continue
        event = min(own or events, key=lambda f: f.date or dt.date.max)
        assert event.date is not None
        if fact.date > event.date:
            message = (
                f"la date limite « {fact.text} » tombe après l’événement « {event.text} »"
                if lang == "fr"
                else f"the deadline '{fact.text}' falls after the event '{event.text}'"
            )
            yield _finding(DEADLINE_AFTER_EVENT, fact, message)


def _past_dates(facts: Sequence[KeyFact], lang: str, reference: dt.date) -> Iterator[Finding]:
    for fact in facts:
        if fact.date is None or fact.date >= reference:
            continue
        if fact.time_kind in (TimeKind.END, TimeKind.SINCE):
            continue  # "jusqu'au 2 mars" past is over; "depuis le 3 mars" says so on purpose
        if _said_past(fact, reference):
            continue  # on purpose
        message = (
            f"« {fact.text} » est passé à la date de publication ({day_fr(reference)})"
            if lang == "fr"
            else f"'{fact.text}' is past on the publication date ({reference:%-d %B %Y})"
        )
        yield _finding(PAST_DATE, fact, message)
