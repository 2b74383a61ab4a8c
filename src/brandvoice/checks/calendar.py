"""The calendar rules: when a planned post goes out, judged against the editorial policy
of its network and against its own message (``brandvoice plan``, docs/campaigns.md).

They judge a time, not words, so the text checks never run them: the planner
(:mod:`brandvoice.campaigns.schedule`) does, and reports what they find as findings of
category ``calendar`` on the whole variant (offset 0, length 0). They have stable ids,
severities, docs and examples like every other rule, are listed by ``brandvoice rules``
and are selected, disabled and re-levelled with the same selectors (``plan --disable
calendar.gap``, ``severity = {"calendar" = "error"}``).

Each example is a small campaign (policy and posts, in the campaign file's YAML) planned
at ``now``; ``flags`` is the post id that must get the rule's finding, None when the
plan must have none. ``tests/test_calendar_rules.py`` plans them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from brandvoice.checks.rule import RuleKind
from brandvoice.findings import Category, Finding, Severity

TOO_FREQUENT = "calendar.too-frequent"
GAP = "calendar.gap"
OFF_HOURS = "calendar.off-hours"
HOLIDAY = "calendar.holiday"
PAST = "calendar.past"
AFTER_EVENT = "calendar.after-event"


@dataclass(frozen=True, slots=True)
class CalendarExample:
    """A campaign's ``policy`` and ``posts`` (YAML), planned at ``now``; ``flags``: the id of
    the post the rule must flag, or None when nothing may be flagged."""

    campaign: str
    now: str
    flags: str | None
    allow_past: bool = False


@dataclass(frozen=True, slots=True)
class CalendarRule:
    """A rule of the planner: the metadata of :class:`brandvoice.checks.rule.Rule`, with
    campaigns for examples."""

    id: str
    severity: Severity
    summary: str
    rationale: str
    examples: tuple[CalendarExample, ...]
    category: Category = Category.CALENDAR
    kind: RuleKind = RuleKind.SCHEDULE
    fix: None = None

    def finding(self, message: str) -> Finding:
        """A finding about the whole variant's time (no span of its text)."""
        return Finding(self.id, self.category, self.severity, 0, 0, message)


_POST = "master: Nous ouvrons notre boutique de Toulon."


CALENDAR_RULES: tuple[CalendarRule, ...] = (
    CalendarRule(
        TOO_FREQUENT,
        Severity.WARNING,
        "A written time makes more posts on the network that day or week than its policy allows.",
        "A page that posts too often is hidden or unfollowed; `max_per_day` and "
        "`max_per_week` come from brandvoice's defaults per network, the brand profile's "
        "`editorial` and the campaign's `policy`. Posts placed by the planner (`at: next`) "
        "never break them; a time written in the campaign may.",
        (
            CalendarExample(
                "policy: {facebook: {max_per_day: 1, min_gap: 1h}}\nposts:\n"
                f"  - {{id: one, {_POST}, networks: [facebook], at: 2027-03-02T09:00}}\n"
                f"  - {{id: two, {_POST}, networks: [facebook], at: 2027-03-02T17:00}}",
                "2027-03-01T08:00",
                "two",
            ),
            CalendarExample(
                "policy: {facebook: {max_per_day: 2, min_gap: 1h}}\nposts:\n"
                f"  - {{id: one, {_POST}, networks: [facebook], at: 2027-03-02T09:00}}\n"
                f"  - {{id: two, {_POST}, networks: [facebook], at: 2027-03-02T17:00}}",
                "2027-03-01T08:00",
                None,
            ),
        ),
    ),
    CalendarRule(
        GAP,
        Severity.WARNING,
        "A post goes out sooner after the previous one on the same network than the policy's "
        "`min_gap`.",
        "Two posts minutes apart compete for the same readers and the second reaches fewer "
        "of them. The gap is measured from the previous post on the same network, whoever "
        "placed it.",
        (
            CalendarExample(
                "policy: {facebook: {max_per_day: 3, min_gap: 4h}}\nposts:\n"
                f"  - {{id: one, {_POST}, networks: [facebook], at: 2027-03-02T09:00}}\n"
                f"  - {{id: two, {_POST}, networks: [facebook], at: 2027-03-02T10:00}}",
                "2027-03-01T08:00",
                "two",
            ),
            CalendarExample(
                "policy: {facebook: {max_per_day: 3, min_gap: 4h}}\nposts:\n"
                f"  - {{id: one, {_POST}, networks: [facebook], at: 2027-03-02T09:00}}\n"
                f"  - {{id: two, {_POST}, networks: [facebook], at: 2027-03-02T14:00}}",
                "2027-03-01T08:00",
                None,
            ),
        ),
    ),
    CalendarRule(
        OFF_HOURS,
        Severity.WARNING,
        "A written time falls on a day or at an hour the network's policy excludes.",
        "The policy's `days` and `hours` say when the brand's readers are there (a shop "
        "closed on Mondays does not post then). The planner places `at: next` posts inside "
        "them; a time written in the campaign is kept and flagged.",
        (
            CalendarExample(
                "policy: {facebook: {hours: ['08:00-12:00']}}\nposts:\n"
                f"  - {{id: late, {_POST}, networks: [facebook], at: 2027-03-02T22:30}}",
                "2027-03-01T08:00",
                "late",
            ),
            CalendarExample(
                "policy: {facebook: {hours: ['08:00-12:00']}}\nposts:\n"
                f"  - {{id: morning, {_POST}, networks: [facebook], at: 2027-03-02T09:30}}",
                "2027-03-01T08:00",
                None,
            ),
        ),
    ),
    CalendarRule(
        HOLIDAY,
        Severity.WARNING,
        "A post goes out on a public holiday that the network's policy avoids.",
        "With `holidays: avoid`, posts skip the public holidays of the campaign's `country` "
        "(and `region`), from the `holidays` package; the finding names the holiday.",
        (
            CalendarExample(
                "policy: {facebook: {holidays: avoid}}\nposts:\n"
                f"  - {{id: may-day, {_POST}, networks: [facebook], at: 2027-05-01T10:00}}",
                "2027-04-20T08:00",
                "may-day",
            ),
            CalendarExample(
                "policy: {facebook: {holidays: avoid}}\nposts:\n"
                f"  - {{id: monday, {_POST}, networks: [facebook], at: 2027-05-03T10:00}}",
                "2027-04-20T08:00",
                None,
            ),
        ),
    ),
    CalendarRule(
        PAST,
        Severity.ERROR,
        "A written time is already past when the plan is made (kept with `--allow-past`).",
        "A past time cannot be published as planned. Without `--allow-past` it is an input "
        "error naming the post; with it the post is kept, flagged, so that a plan of a week "
        "already begun can still be reviewed whole.",
        (
            CalendarExample(
                f"posts:\n  - {{id: old, {_POST}, networks: [facebook], at: 2027-02-26T10:00}}",
                "2027-03-01T08:00",
                "old",
                allow_past=True,
            ),
            CalendarExample(
                f"posts:\n  - {{id: new, {_POST}, networks: [facebook], at: 2027-03-02T10:00}}",
                "2027-03-01T08:00",
                None,
                allow_past=True,
            ),
        ),
    ),
    CalendarRule(
        AFTER_EVENT,
        Severity.ERROR,
        "A post goes out after the event, period or deadline its own message names.",
        "Telling readers about something they can no longer attend, use or apply for is "
        "worse than not posting. The date is read from the master (`brandvoice understand`: "
        "the event's day and time, a deadline, the end of a period); an `at: next` post is "
        "placed before it when a slot is free, and flagged when none is.",
        (
            CalendarExample(
                "posts:\n  - {id: late, master: Atelier tapenade le mercredi 3 mars 2027 à "
                "15 h au Comptoir., networks: [facebook], at: 2027-03-04T10:00}",
                "2027-03-01T08:00",
                "late",
            ),
            CalendarExample(
                "posts:\n  - {id: early, master: Atelier tapenade le mercredi 3 mars 2027 à "
                "15 h au Comptoir., networks: [facebook], at: 2027-03-02T10:00}",
                "2027-03-01T08:00",
                None,
            ),
        ),
    ),
)

CALENDAR_RULES_BY_ID = {rule.id: rule for rule in CALENDAR_RULES}
