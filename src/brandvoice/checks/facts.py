"""Facts rules: what a text says that cannot all be true (a weekday that is not its date's,
a deadline after its event, a date already past on publication).

The reading is :mod:`brandvoice.understand`'s: these rules report the consistency findings
of the text's dates (``CheckContext.date_findings``, made by the same function as
``Message.findings``), so ``check`` and ``understand`` never disagree. Publication is
``CheckContext.date`` (``CheckRequest.date``), today by default.
"""

from __future__ import annotations

from collections.abc import Iterator

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding
from brandvoice.understand.consistency import (
    DEADLINE_AFTER_EVENT,
    PAST_DATE,
    SEVERITIES,
    WEEKDAY_MISMATCH,
)
from brandvoice.understand.facts import mentions_date


class _FactsRule(Rule):
    category = Category.FACTS
    kind = RuleKind.CONSISTENCY

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        # Every facts finding is on a date: a text without one is spared spaCy's full parse.
        if not mentions_date(ctx.text):
            return
        for found in ctx.date_findings:
            if found.rule == self.id:
                yield self.finding(found.offset, found.length, found.message, found.replacements)


class WeekdayMismatch(_FactsRule):
    id = WEEKDAY_MISMATCH
    severity = SEVERITIES[WEEKDAY_MISMATCH]
    fix = Fix.UNSAFE
    summary = "A weekday that is not its date's: Friday 16 March 2030 is a Saturday."
    rationale = (
        "Readers act on the weekday as much as on the date: when the two disagree, some come "
        "on the wrong day. The replacement writes the date's own weekday, but the date may "
        "be what is wrong, so the fix is unsafe: a person decides which to change. A date "
        "without a year is the next one after publication (or a few weeks before it); it is "
        "flagged only when its weekday fits none of them. An all-numeric date is read in "
        "the text's locale: day first in French and in British, Australian, New Zealand "
        "and South African English, month first in American English (a bare en); Canadian "
        "English writes both, so its weekday decides when only one order fits it."
    )
    examples = (
        Example(
            "Portes ouvertes le vendredi 16 mars 2030 au 12 rue Paradis.",
            "vendredi 16 mars 2030",
            lang="fr",
        ),
        Example("Open day on Friday 16 March 2030 at 4 High Street.", "Friday 16 March 2030"),
        Example("Portes ouvertes le samedi 16 mars 2030 au 12 rue Paradis.", None, lang="fr"),
        Example("Open day on Saturday, March 16, 2030 at 4 High Street.", None),
        # An all-numeric date is read as the locale writes it: 03/04/2027 is March 4 (a
        # Thursday) in American English, 3 April (a Saturday) in British English; Canadian
        # English writes both, and the weekday settles it.
        Example(
            "Open day on Saturday 03/04/2027 at 4 High Street.", "Saturday 03/04/2027", lang="en-US"
        ),
        Example("Open day on Saturday 03/04/2027 at 4 High Street.", None, lang="en-GB"),
        Example("Open day on Saturday 03/04/2027 at 4 Queen Street.", None, lang="en-CA"),
        Example("Portes ouvertes le samedi 03/04/2027 rue Sainte-Catherine.", None, lang="fr-CA"),
        # A date before Christ names no day of our calendar: its weekday is not judged
        # (without the era, "2014" was read as AD 2014, a Friday).
        Example("L’éclipse eut lieu le mardi 13 juin 2014 av. J.-C.", None, lang="fr"),
        Example("César meurt le mardi 15 mars 44 avant Jésus-Christ.", None, lang="fr"),
        Example("The eclipse fell on Tuesday 13 June 2014 BC.", None),
    )


class DeadlineAfterEvent(_FactsRule):
    id = DEADLINE_AFTER_EVENT
    severity = SEVERITIES[DEADLINE_AFTER_EVENT]
    summary = "A deadline to register, apply or book that falls after the event it is for."
    rationale = (
        "One of the two dates is wrong, and a reader who trusts the deadline misses the "
        "event. A date is a deadline by the words just before it (avant le, au plus tard, "
        "by, no later than...: src/brandvoice/understand/data/roles.yaml); the event is the "
        "earliest date marked neither a deadline nor the end of a period, in the deadline's "
        "own sentence when it names one. A deadline whose sentence names no event, in a "
        "message of several occasions (a closing day, then a move a few days later), may be "
        "for something else the message offers: it is not compared with them."
    )
    examples = (
        Example(
            "Atelier cuisine le samedi 15 juin 2030. Inscriptions avant le 20 juin 2030.",
            "20 juin 2030",
            lang="fr",
        ),
        Example(
            "Cooking workshop on Saturday 15 June 2030. Register by 20 June 2030.",
            "20 June 2030",
        ),
        Example(
            "Atelier cuisine le samedi 15 juin 2030. Inscriptions avant le 10 juin 2030.",
            None,
            lang="fr",
        ),
        Example("Cooking workshop on Saturday 15 June 2030. Register by 10 June 2030.", None),
        # One occasion over two days in a row, named in other sentences.
        Example(
            "Open day on Saturday 15 June 2030. Tastings again on Sunday 16 June 2030. "
            "Register by 20 June 2030.",
            "20 June 2030",
        ),
        # Two occasions, and a deadline in a sentence of its own, for a new service.
        Example(
            "Closed on Friday 27 February 2026 while we move; we reopen on Monday 2 March "
            "2026. New co-working desks: email claire@example.com before 15 March 2026.",
            None,
        ),
        # Its own sentence names the event it is for.
        Example(
            "Closed on Friday 27 February 2026. Tasting on Monday 2 March 2026, book before "
            "5 March 2026.",
            "5 March 2026",
        ),
        # A shelf life is no deadline to act by; a press note's dateline is no event.
        Example(
            "Rappel : terrine à consommer avant le 14/03/2031. Rapportez-la le jeudi 5 juin "
            "2030 au marché.",
            None,
            lang="fr",
        ),
        Example(
            "Le 1er juin 2030 – Atelier cuisine le samedi 15 juin 2030. Inscriptions avant "
            "le 10 juin 2030.",
            None,
            lang="fr",
        ),
    )


class PastDate(_FactsRule):
    id = PAST_DATE
    severity = SEVERITIES[PAST_DATE]
    summary = "A date already past on the day the post is published."
    rationale = (
        "An invitation, offer or deadline dated before publication is last year's post "
        "copied, or a typo in the year. Posts that look back (results, awards, incidents, "
        "news) speak of past days on purpose and are not flagged, nor is the end of a "
        "period. Publication is today unless the check is given a date "
        "(CheckRequest.date, understand --date)."
    )
    examples = (
        Example(
            "Atelier cuisine le samedi 16 mars 2019 à 10h, 12 rue Paradis.",
            "samedi 16 mars 2019",
            lang="fr",
        ),
        Example("Cooking workshop on Saturday 16 March 2019 at 10am.", "Saturday 16 March 2019"),
        Example("Atelier cuisine samedi à 10h, 12 rue Paradis.", None, lang="fr"),
        Example("Cooking workshop on Saturday at 10am.", None),
        Example(
            "Le 16 mars 2019, notre boulangerie a reçu le prix du meilleur croissant du Var.",
            None,
            lang="fr",
        ),
        # The start of a period already running is past on purpose.
        Example(
            "Notre boutique est ouverte depuis le 3 mars 2025, 12 rue Paradis.", None, lang="fr"
        ),
        Example("We have been open since 3 March 2025 at 4 High Street.", None),
        # A date before Christ is history, not a date this post's reader could come on.
        Example(
            "Conférence samedi à 18h : l’éclipse du 13 juin 2014 av. J.-C., par nos astronomes.",
            None,
            lang="fr",
        ),
    )


RULES: tuple[Rule, ...] = (WeekdayMismatch(), DeadlineAfterEvent(), PastDate())
