"""``plan``: a campaign file -> every post adapted, checked and put in time.

Order of work: validate everything that can be wrong with the input (brand, voices,
files, policies, times) before the slow part, so a bad campaign fails in a blink with one
error naming the post and field; then read the dates of each post's message (its event,
deadline or period: bounds for placing it, see :mod:`brandvoice.campaigns.bounds`); then
schedule (no text needed); then adapt each post for the dates it got, since a press
note's dateline depends on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from brandvoice.adaptation import Adaptation
from brandvoice.campaigns.bounds import eve_of_event, message_bound
from brandvoice.campaigns.holidays_book import HolidayBook
from brandvoice.campaigns.loader import CampaignFile, load_campaign
from brandvoice.campaigns.model import NEXT, Post
from brandvoice.campaigns.posts import derived_id, with_overrides
from brandvoice.campaigns.result import Plan, ScheduledVariant
from brandvoice.campaigns.schedule import Booking, Calendar, Request, ScheduleError, schedule
from brandvoice.campaigns.zones import UTC, NonexistentTimeError, localize
from brandvoice.checks.selectors import RuleSelection
from brandvoice.errors import InputError
from brandvoice.findings import Finding, Severity
from brandvoice.profiles.editorial import EditorialPolicy, PolicyOverride, effective_policy
from brandvoice.text.limits import MAX_ADAPT_CHARS

if TYPE_CHECKING:
    from brandvoice.parallel import Batches


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A post ready to adapt: its id, final master and voice."""

    index: int
    post_id: str
    master: str
    voice: str | None
    link: str
    post: Post


def plan(
    campaign: str | Path | CampaignFile,
    *,
    now: dt.datetime | None = None,
    languagetool: str = "auto",
    languagetool_url: str | None = None,
    allow_past: bool = False,
    executor: Executor | None = None,
    jobs: int = 1,
    batches: Batches | None = None,
    disable: Iterable[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    accept: Iterable[str] = (),
    reject: Iterable[str] = (),
    max_chars: int = MAX_ADAPT_CHARS,
) -> Plan:
    """Adapt, check and schedule every post of ``campaign`` (a file or a loaded one).

    ``now`` (default: the clock; naive = the campaign's zone) is when the plan is made:
    no post is placed before it, and a time given before it is an :class:`InputError`
    unless ``allow_past`` (then a ``calendar.past`` finding). ``languagetool`` means what
    it means for :func:`brandvoice.check`; ``disable``, ``severity``, ``accept``, ``reject``
    and ``max_chars`` mean what they mean for :func:`brandvoice.adapt`.

    The adaptations run on ``executor`` (any :class:`concurrent.futures.Executor`, e.g.
    Dask's ``client.get_executor()``) or on ``jobs`` worker processes, with the same
    plan (:mod:`brandvoice.parallel`); ``batches`` is the CLI's, progress bar included.
    """
    from brandvoice.parallel import AdaptCall, Batches

    source = campaign if isinstance(campaign, CampaignFile) else load_campaign(campaign)
    spec = source.campaign
    zone = ZoneInfo(spec.timezone)
    moment = dt.datetime.now(UTC) if now is None else localize(now, zone)
    brand = _brand(source)
    policies = _policies(source, brand)
    posts = _posts(source)
    calendar = Calendar(
        zone=zone,
        policies=policies,
        holidays=HolidayBook(),
        now=moment.astimezone(UTC),
        start=_start(source, zone, moment),
        horizon_days=spec.horizon_days,
    )
    from brandvoice.profiles import get_voice

    region = None if brand is None else get_voice(brand).locale
    requests = _requests(source, zone, posts, calendar.start.astimezone(zone).date(), region)
    try:
        bookings = schedule(requests, calendar, allow_past=allow_past)
    except ScheduleError as error:
        at = ("posts", error.request.post_index, error.field)
        raise source.error(error.message, at) from None

    # Every adaptation is known before the first runs: they run as one batch.
    labels: list[tuple[int, str]] = []
    calls: list[AdaptCall] = []
    for post in posts:
        mine = [b for b in bookings if b.request.post_index == post.index]
        for day, networks in _by_day(mine).items():
            options = dict(
                voices=None if post.voice is None else [post.voice],
                networks=networks,
                lang=spec.lang,
                brand=brand,
                date=day,
                languagetool=languagetool,
                languagetool_url=languagetool_url,
                disable=list(disable),
                severity=dict(severity or {}),
                accept=list(accept),
                reject=list(reject),
                max_chars=max_chars,
                intent=post.post.intent,
                action=post.post.action,
                cta=post.post.cta,
                emoji=post.post.emoji,
            )
            labels.append((post.index, f"{post.post_id}, {day.isoformat()}"))
            calls.append(AdaptCall(post.master, options))
    if batches is None:
        with Batches(jobs=jobs, executor=executor) as own:
            done = own.adapt(calls)
    else:
        done = batches.adapt(calls)
    variants: dict[tuple[int, str], Any] = {}
    adaptations: list[tuple[str, Adaptation]] = []
    for (index, label), adaptation in zip(labels, done, strict=True):
        adaptations.append((label, adaptation))
        for variant in adaptation.variants:
            variants[(index, variant.network)] = variant
    # The calendar rules answer to the same selectors as the text rules they sit beside.
    selection = RuleSelection.of(disable, severity)
    entries = [
        ScheduledVariant(
            post_id=posts[b.request.post_index].post_id,
            post_index=b.request.post_index,
            network=b.request.network,
            when=b.when,
            placed=b.placed,
            variant=variants[(b.request.post_index, b.request.network)],
            calendar=_selected(b.findings, selection),
            link=posts[b.request.post_index].link,
        )
        for b in bookings
    ]
    return Plan(
        campaign=source.name,
        timezone=spec.timezone,
        now=moment.astimezone(zone),
        entries=entries,
        path=str(source.path),
        adaptations=tuple(adaptations),
    )


def _by_day(bookings: list[Booking]) -> dict[dt.date, list[str]]:
    days: dict[dt.date, list[str]] = {}
    for booking in sorted(bookings, key=lambda b: b.request.order):
        days.setdefault(booking.when.date(), []).append(booking.request.network)
    return days


def _voice_source(source: CampaignFile, name: str, at: tuple[str | int, ...]) -> str:
    """A voice reference as adapt takes it: a built-in name, or a path from the file."""
    from brandvoice.profiles import get_voice, resolve_voice_source

    try:
        resolved = resolve_voice_source(name, relative_to=source.base_dir)
        get_voice(resolved)  # loaded now: a broken voice file fails before any work
    except InputError as error:
        raise source.error(str(error), at) from None
    from brandvoice.profiles import builtin_voice_names

    return name if name in builtin_voice_names() else str(resolved)


def _brand(source: CampaignFile) -> str | None:
    brand = source.campaign.brand
    return None if brand is None else _voice_source(source, brand, ("brand",))


def _policies(source: CampaignFile, brand: str | None) -> dict[str, EditorialPolicy]:
    """The effective policy of every network the campaign posts on: defaults, then the
    brand profile's ``editorial``, then the campaign's."""
    spec = source.campaign
    profile_layer: Mapping[str, PolicyOverride] | None = None
    if brand is not None:
        from brandvoice.profiles import get_voice

        profile_layer = get_voice(brand).editorial
    networks = sorted({n for post in spec.posts for n in post.networks})
    policies: dict[str, EditorialPolicy] = {}
    for network in networks:
        try:
            policies[network] = effective_policy(
                network,
                profile_layer,
                spec.policy,
                country=spec.country,
                region=spec.region,
            )
        except ValidationError as error:
            detail = error.errors(include_url=False)[0]["msg"]
            raise source.error(detail, ("policy", network, "region")) from None
    return policies


def _posts(source: CampaignFile) -> list[_Resolved]:
    resolved: list[_Resolved] = []
    seen: dict[str, int] = {}
    for index, post in enumerate(source.campaign.posts):
        master = _master(source, post, index)
        post_id = post.id or derived_id(master)
        if post_id in seen:
            field = "id" if post.id else "master" if post.master is not None else "file"
            raise source.error(
                f"id {post_id!r} is already post #{seen[post_id] + 1}'s; "
                "give each post its own 'id'",
                ("posts", index, field),
            )
        seen[post_id] = index
        voice = None
        if post.voice is not None:
            voice = _voice_source(source, post.voice, ("posts", index, "voice"))
        text = with_overrides(master, hashtags=post.hashtags, link=post.link)
        resolved.append(_Resolved(index, post_id, text, voice, post.link or "", post))
    return resolved


def _master(source: CampaignFile, post: Post, index: int) -> str:
    if post.master is not None:
        return post.master.strip()
    assert post.file is not None  # the model wants one of the two
    path = source.base_dir / post.file
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise source.error(
            f"cannot read {path}: {error.strerror or error}", ("posts", index, "file")
        ) from None
    except UnicodeDecodeError as error:
        raise source.error(
            f"{path} is not valid UTF-8 (byte offset {error.start})", ("posts", index, "file")
        ) from None
    if not text.strip():
        raise source.error(f"{path} is empty", ("posts", index, "file"))
    return text.strip()


def _start(source: CampaignFile, zone: ZoneInfo, now: dt.datetime) -> dt.datetime:
    start = source.campaign.start
    if not isinstance(start, dt.datetime):
        return now.astimezone(UTC)
    try:
        local = localize(start, zone)
    except NonexistentTimeError as error:
        raise source.error(str(error), ("start",)) from None
    return max(local, now).astimezone(UTC)


def _requests(
    source: CampaignFile,
    zone: ZoneInfo,
    posts: list[_Resolved],
    first_day: dt.date,
    region: str | None = None,
) -> list[Request]:
    """Each post on each network, bounded by the dates its message names (read as
    ``adapt`` reads them: in the brand's ``region`` when the campaign's lang names none)."""
    from brandvoice.lang import choose_locale
    from brandvoice.understand import understand

    # Every written time is checked before the first message is read (a spaCy parse):
    # a bad time fails in a blink.
    ats = [_written_time(source, zone, index) for index in range(len(posts))]
    requests: list[Request] = []
    for index, (post, resolved, at) in enumerate(
        zip(source.campaign.posts, posts, ats, strict=True)
    ):
        # The message is read as its readers will read it: "Sunday" is the next one after
        # the day it goes out. A placed post's day is not known yet: it is read from the
        # first day it may take; the day so read then bounds it, so it goes out before
        # that day and the reading holds.
        locale, _ = choose_locale(source.campaign.lang, resolved.master, region)
        message = understand(
            resolved.master,
            lang=locale,  # "03/04" is 3 April for a British brand, March 4 for an American one
            date=first_day if at is None else at.date(),
            intent=post.intent,
            action=post.action,
        )
        after = None
        if post.reminder:
            after = eve_of_event(message, zone)
            if after is None:
                raise source.error(
                    "a reminder goes out the day before the event its message names, and "
                    "no event date was read in it: name the day (e.g. 'samedi 14 mars', "
                    "'Saturday 14 March')",
                    ("posts", index, "reminder"),
                )
        before = message_bound(message, zone)
        for rank, network in enumerate(post.networks):
            order = index * 1000 + rank
            requests.append(Request(index, network, at, order, before=before, after=after))
    return requests


def _written_time(source: CampaignFile, zone: ZoneInfo, index: int) -> dt.datetime | None:
    """Post ``index``'s ``at`` in the campaign's zone, or None for ``next``."""
    at = source.campaign.posts[index].at
    if at == NEXT:
        return None
    assert isinstance(at, dt.datetime)
    try:
        return localize(at, zone)
    except NonexistentTimeError as error:
        raise source.error(str(error), ("posts", index, "at")) from None


def _selected(findings: Iterable[Finding], selection: RuleSelection) -> list[Finding]:
    """The calendar ``findings`` the ``disable`` selectors keep, at their configured
    severities."""
    return [selection.with_severity(f) for f in findings if selection.keeps(f)]
