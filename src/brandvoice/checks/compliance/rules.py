"""The compliance rule kinds. Each rule of the data files (``data/*.yaml``) is one of these
kinds with its file's metadata, examples and parameters (:func:`build`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, ClassVar

import regex

from brandvoice.checks.compliance import notices
from brandvoice.checks.compliance.calendar import Period, department_exception, sales_periods
from brandvoice.checks.compliance.data import RuleData, jurisdiction_names
from brandvoice.checks.compliance.scope import (
    Hit,
    alcohol_reason,
    associations,
    department_of,
    partnership_reason,
    topic_hits,
)
from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.understand.dates import WEEKDAYS_FR

_ASSOCIATION_LABELS = {
    "festive": "festivity",
    "social-success": "social or sexual success",
    "sport": "sport",
    "youth": "youth",
}


class ComplianceRule(Rule):
    """A rule of a jurisdiction's data file; ``data`` is its entry."""

    category = Category.COMPLIANCE
    data: ClassVar[RuleData]

    def applies_here(self, ctx: CheckContext) -> bool:
        jurisdiction = self.data.jurisdiction
        return jurisdiction is None or ctx.voice.jurisdiction == jurisdiction

    def cite(self) -> str:
        return "; ".join(f"{s.text}, {s.article}" for s in self.data.sources)


class HealthMessage(ComplianceRule):
    kind = RuleKind.OCCURRENCE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies_here(ctx) or notices.has_health_message(ctx.text):
            return
        reason = alcohol_reason(ctx.voice, [ctx.text], ctx.lang)
        if not reason:
            return
        position = notices.end_of_content(ctx.text)
        wording = ctx.voice.health_message
        yield self.finding(
            position,
            0,
            f"a post about an alcoholic drink ({reason.say()}) must carry the health message "
            f"« {wording} » ({self.cite()})",
            (notices.closing_separator(ctx.text) + wording,),
        )


class AlcoholContent(ComplianceRule):
    kind = RuleKind.EXISTENCE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies_here(ctx):
            return
        topic = self.data.params.get("topic", "alcohol")
        if topic == "alcohol":
            reason = alcohol_reason(ctx.voice, [ctx.text], ctx.lang)
        else:
            hits = topic_hits(ctx.text, topic, ctx.lang)
            reason = notices_reason(hits)
        if not reason:
            return
        skipped = [(e.start, e.end) for e in ctx.entities if e.kind != "emoji"]
        for kind, hit in _flagged(ctx, skipped):
            yield self.finding(
                hit.start,
                hit.end - hit.start,
                f"{hit.text!r} associates the drink with {_ASSOCIATION_LABELS[kind]} "
                f"({reason.say()}): alcohol advertising is limited to objective information "
                f"about the product ({self.cite()})",
            )


def notices_reason(hits: list[Hit]) -> Any:
    from brandvoice.checks.compliance.scope import Reason

    return Reason(tuple(hits))


_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _flagged(ctx: CheckContext, skipped: list[tuple[int, int]]) -> Iterator[tuple[str, Hit]]:
    """Association words and emoji outside links, mentions and hashtags, then hashtags whose
    words make one (#FêteDuVin), flagged whole."""
    for association in associations(ctx.text, ctx.lang):
        hit = association.hit
        if any(start <= hit.start and hit.end <= end for start, end in skipped):
            continue
        yield association.kind, hit
    for tag in ctx.hashtags:
        words = _CAMEL.sub(" ", tag.text.lstrip("#"))
        found = associations(words, ctx.lang)
        if found:
            yield found[0].kind, Hit(tag.start, tag.end, tag.text)


class SalesPeriod(ComplianceRule):
    kind = RuleKind.CONSISTENCY

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies_here(ctx):
            return
        hits = topic_hits(ctx.text, "sales", ctx.lang)
        if not hits:
            return
        calendar = str(self.data.params["calendar"])
        online = bool(topic_hits(ctx.text, "online", ctx.lang))
        department = department_of(ctx.voice) if calendar == "fr" and not online else None
        where = _where(calendar, department, online)
        for fact_text, start, day in sales_dates(ctx, hits):
            # The neighbouring years' periods too: a late-December date is nearest to the
            # next January's sales, not to the July before it.
            around = [
                p
                for year in (day.year - 1, day.year, day.year + 1)
                for p in sales_periods(calendar, year, department)
            ]
            if any(day in period for period in around):
                continue
            nearest = min(around, key=lambda p: _distance(day, p))
            periods = sales_periods(calendar, nearest.start.year, department)
            bound = nearest.start if day < nearest.start else nearest.end
            yield self.finding(
                start,
                len(fact_text),
                f"« soldes » dated {fact_text}, outside the legal sales periods {where}: "
                f"{_periods_text(periods)} ({self.cite()})",
                (_written_like(fact_text, bound),),
            )


def _where(calendar: str, department: str | None, online: bool) -> str:
    country = "in France" if calendar == "fr" else "in Belgium"
    if online:
        return f"{country} (online sales keep the national dates)"
    exception = department_exception(calendar, department) if department else None
    if exception:
        return f"{country}, {exception} ({department})"
    return f"{country} (national dates)"


def _distance(day: dt.date, period: Period) -> int:
    return min(abs((day - period.start).days), abs((day - period.end).days))


def _periods_text(periods: list[Period]) -> str:
    def one(period: Period) -> str:
        hour = f" {period.start_hour}:00" if period.start_hour is not None else ""
        first = WEEKDAYS_FR[period.start.weekday()]
        last = WEEKDAYS_FR[period.end.weekday()]
        return (
            f"{period.season} sales {period.start.year} from {first} "
            f"{_day(period.start, True)}{hour} to {last} {_day(period.end, True)}"
        )

    return "; ".join(one(p) for p in periods)


def _day(day: dt.date, year: bool) -> str:
    from brandvoice.understand.dates import day_fr

    return day_fr(day, year=year)


def _written_like(original: str, day: dt.date) -> str:
    """``day`` written as ``original`` was: with a weekday and a year when it had them."""
    lowered = original.casefold()
    weekday = any(lowered.startswith(w) for w in WEEKDAYS_FR)
    year = bool(regex.search(r"\d{4}", original))
    text = _day(day, year)
    return f"{WEEKDAYS_FR[day.weekday()]} {text}" if weekday else text


def sales_dates(ctx: CheckContext, hits: list[Hit]) -> list[tuple[str, int, dt.date]]:
    """The dates of the sentences that say « soldes » (or of the next sentence, when that
    one has none), as days: a date without a year takes the year written on a later date
    of the same sentences ("du 13 janvier au 9 février 2027"), else the next one after
    publication."""
    from brandvoice.understand.dates import read_date
    from brandvoice.understand.facts import FactKind, dates_and_times

    facts = [f for f in dates_and_times(ctx.text) if f.kind is FactKind.DATE]
    if not facts:
        return []
    spans = ctx.sentences or [(0, len(ctx.text))]

    def sentence_of(offset: int) -> int:
        return next((i for i, (s, e) in enumerate(spans) if s <= offset < e), len(spans) - 1)

    chosen: set[int] = set()
    for hit in hits:
        index = sentence_of(hit.start)
        chosen.add(index)
        if not any(sentence_of(f.start) == index for f in facts):
            chosen.add(index + 1)
    # A press note's dateline ("Toulon, le 15 décembre 2026 –") dates the note, not the sales.
    picked = [
        f
        for f in facts
        if sentence_of(f.start) in chosen
        and not ctx.text[f.end : f.end + 3].lstrip().startswith(("–", "—"))
    ]
    reference = ctx.date or dt.date.today()
    locale = ctx.locale or ctx.lang  # "03/04" is 3 April in fr and en-GB, March 4 in en-US
    days: list[tuple[str, int, dt.date]] = []
    for position, fact in enumerate(picked):
        read = read_date(fact.text, reference, locale)
        if read is None:
            continue
        day = read.date
        if not read.year_written:
            later = [read_date(f.text, reference, locale) for f in picked[position + 1 :]]
            years = [r.date.year for r in later if r is not None and r.year_written]
            if years:
                separator = "/" if regex.search(r"\d[/.]\d", fact.text) else " "
                again = read_date(f"{fact.text}{separator}{years[0]}", reference, locale)
                day = again.date if again is not None else day
        days.append((fact.text, fact.start, day))
    return days


class PlatformPromotion(ComplianceRule):
    kind = RuleKind.OCCURRENCE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.network.id not in self.data.params.get("networks", ()):
            return
        hits = topic_hits(ctx.text, "contest", ctx.lang)
        platform = notices.PLATFORM_NAMES.get(ctx.network.id)
        if not hits or platform is None:
            return
        gaps = notices.promotion_gaps(ctx.text, platform)
        if not gaps:
            return
        words = ", ".join(dict.fromkeys(repr(h.text) for h in hits))
        yield self.finding(
            notices.end_of_content(ctx.text),
            0,
            f"a contest or giveaway on {platform} ({words}): its terms must state "
            f"{' and '.join(gaps)}, here or in the rules it links to ({self.cite()})",
            (
                notices.closing_separator(ctx.text)
                + notices.promotion_statement(platform, ctx.lang),
            ),
        )


class PartnershipDisclosure(ComplianceRule):
    kind = RuleKind.OCCURRENCE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies_here(ctx):
            return
        reason = partnership_reason(ctx.voice, [ctx.text], ctx.lang)
        if not reason:
            return
        disclosed, hits = notices.disclosure_before_fold(ctx.text, self.data, ctx.network)
        if disclosed:
            return
        accepted = " or ".join(f"« {d} »" for d in self.data.params["disclosures"][:2])
        if hits:
            first = hits[0]
            yield self.finding(
                first.start,
                first.end - first.start,
                f'the disclosure {first.text!r} comes after {ctx.network.name}\'s "see more" '
                f"fold: move it to the start of the post ({self.cite()})",
            )
            return
        notice = notices.disclosure_notice(ctx.voice, self.data, ctx.lang)
        yield self.finding(
            0,
            0,
            f"a paid partnership ({reason.say()}) must say so before the fold, with {accepted} "
            f"({self.cite()})",
            (notice + notices.DISCLOSURE_JOINER,),
        )


class FrenchLanguage(ComplianceRule):
    kind = RuleKind.EXISTENCE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies_here(ctx) or ctx.lang != "en":
            return
        start, end = ctx.sentences[0] if ctx.sentences else (0, len(ctx.text))
        yield self.finding(
            start,
            end - start,
            "a Quebec business's commercial post in English only: publish it in French too, "
            f"at least as prominently, unless it is a cultural or educational product "
            f"({self.cite()})",
        )


KINDS: dict[str, type[ComplianceRule]] = {
    "health-message": HealthMessage,
    "alcohol-content": AlcoholContent,
    "sales-period": SalesPeriod,
    "platform-promotion": PlatformPromotion,
    "partnership-disclosure": PartnershipDisclosure,
    "french-language": FrenchLanguage,
}


def _example(entry: dict[str, Any]) -> Example:
    return Example(
        entry["text"],
        entry["flags"],
        network=entry.get("network", "facebook"),
        voice=entry.get("voice"),
        lang=entry.get("lang", "en"),
        profile=entry.get("profile", {}),
        date=entry.get("date"),
    )


def build(data: RuleData) -> Rule:
    """The rule object of ``data``: its kind's class with the file's metadata."""
    base = KINDS[data.kind]
    where = jurisdiction_names().get(data.jurisdiction, "")
    sources = "; ".join(s.cite() for s in data.sources)
    rationale = (
        f"{data.rationale} Applies: {data.applies} Source: {sources}. Verified: "
        f"{data.verified} Help, not legal advice (docs/compliance.md)."
    )
    attributes = {
        "id": data.id,
        "severity": Severity(data.severity),
        "fix": Fix(data.fix) if data.fix else None,
        "summary": f"{where}: {data.summary}" if data.jurisdiction else data.summary,
        "rationale": rationale,
        "examples": tuple(_example(dict(e)) for e in data.examples),
        "data": data,
    }
    cls = type(f"{base.__name__}_{data.id.split('.')[1].replace('-', '_')}", (base,), attributes)
    return cls()  # type: ignore[no-any-return]
