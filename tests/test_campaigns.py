"""Campaign files: validation with lines, editorial policies, placement, ICS and CSV."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import jsonschema
import pytest

from brandvoice.campaigns import (
    DEFAULT_POLICIES,
    EditorialPolicy,
    PolicyOverride,
    campaign_json_schema,
    effective_policy,
    event_uid,
    parse_campaign,
    plan,
    render_generic_csv,
    render_hootsuite_csv,
    render_ics,
)
from brandvoice.campaigns.holidays_book import HolidayBook
from brandvoice.campaigns.schedule import Bound, Calendar, Request, ScheduleError, schedule
from brandvoice.errors import InputError
from tests.conftest import EXAMPLES

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC


def _campaign(tmp_path: Path, body: str, name: str = "c.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _parse(body: str, tmp_path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_campaign(body, tmp_path / "c.yaml")
    return caught.value


MINIMAL = "timezone: Europe/Paris\nposts:\n  - master: Bonjour Toulon !\n    networks: [x]\n"


def test_minimal_campaign_defaults(tmp_path: Path) -> None:
    loaded = parse_campaign(MINIMAL, tmp_path / "week.yaml")
    assert loaded.name == "week"
    post = loaded.campaign.posts[0]
    assert post.at == "next"
    assert post.networks == ["x"]


def test_unknown_network_names_post_line_and_field(tmp_path: Path) -> None:
    body = (
        "timezone: Europe/Paris\nposts:\n  - id: a\n    master: Salut\n    networks: [x]\n"
        "  - id: soldes\n    master: Soldes\n    networks: [facebook, tiktok]\n"
    )
    error = _parse(body, tmp_path)
    assert error.line == 8
    assert error.field == "posts[1].networks[1]"
    assert "post 'soldes'" in str(error)
    assert "unknown network 'tiktok'" in str(error)


def test_closed_network_is_refused(tmp_path: Path) -> None:
    error = _parse(MINIMAL.replace("[x]", "[viadeo]"), tmp_path)
    assert "closed" in error.message


def test_unknown_time_zone_names_the_field(tmp_path: Path) -> None:
    error = _parse(MINIMAL.replace("Europe/Paris", "Europe/Toulon"), tmp_path)
    assert error.field == "timezone"
    assert error.line == 1
    assert "Europe/Toulon" in error.message


def test_extra_field_and_strictness(tmp_path: Path) -> None:
    error = _parse(MINIMAL + "colour: blue\n", tmp_path)
    assert error.field == "colour"
    assert "unknown field" in error.message
    body = MINIMAL + "horizon_days: '30'\n"
    assert _parse(body, tmp_path).field == "horizon_days"


def test_master_and_file_are_exclusive(tmp_path: Path) -> None:
    body = "timezone: UTC\nposts:\n  - master: a\n    file: a.txt\n    networks: [x]\n"
    error = _parse(body, tmp_path)
    assert error.field == "posts[0].master"
    assert "not both" in error.message


def test_bad_time_and_date_without_time(tmp_path: Path) -> None:
    error = _parse(MINIMAL + "    at: tomorrow\n", tmp_path)
    assert error.field == "posts[0].at"
    assert error.line == 5
    error = _parse(MINIMAL + "    at: 2026-06-01\n", tmp_path)
    assert "no time of day" in error.message


def test_unknown_region_of_country(tmp_path: Path) -> None:
    error = _parse(MINIMAL + "country: FR\nregion: Provence\n", tmp_path)
    assert error.field == "region"
    assert "Provence" in error.message
    assert _parse(MINIMAL + "country: ZZ\n", tmp_path).field == "country"


def test_policy_override_errors_point_at_the_network(tmp_path: Path) -> None:
    body = MINIMAL + "policy:\n  x:\n    hours: ['21:00-09:00']\n"
    error = _parse(body, tmp_path)
    assert error.field == "policy.x.hours[0]"
    body = MINIMAL + "policy:\n  x:\n    min_gap: soon\n"
    assert _parse(body, tmp_path).field == "policy.x.min_gap"


def test_json_schema_validates_the_examples() -> None:
    import yaml

    schema = campaign_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for name in ("campaign-toulon-week.yaml", "campaign-product-launch.yaml"):
        data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
        # YAML timestamps are datetimes; JSON has strings.
        text = yaml.safe_dump(data, default_style=None)
        jsonschema.validate(_stringify(yaml.safe_load(text)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"timezone": "UTC", "posts": [], "nope": 1}, schema)


def _stringify(value: object) -> object:
    if isinstance(value, dict):
        return {k: _stringify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


# ---- policies -------------------------------------------------------------------------


def test_every_default_policy_is_valid_and_documented() -> None:
    docs = (EXAMPLES.parent / "docs" / "campaigns.md").read_text(encoding="utf-8")
    for network, policy in DEFAULT_POLICIES.items():
        assert isinstance(policy, EditorialPolicy)
        assert f"| {network} |" in docs, network


def test_override_keeps_unwritten_fields_and_null_lifts_a_cap() -> None:
    override = PolicyOverride.model_validate({"max_per_day": None, "min_gap": "1h30m"})
    policy = effective_policy("facebook", {"facebook": override}, country="FR")
    assert policy.max_per_day is None
    assert policy.min_gap == 90
    assert policy.hours == DEFAULT_POLICIES["facebook"].hours
    assert policy.country == "FR"


# ---- placement (no text involved) -----------------------------------------------------


def _calendar(policy: EditorialPolicy, now: dt.datetime, network: str = "x") -> Calendar:
    return Calendar(
        zone=PARIS,
        policies={network: policy},
        holidays=HolidayBook(),
        now=now.astimezone(UTC),
        start=now.astimezone(UTC),
        horizon_days=60,
    )


def _requests(*ats: dt.datetime | None, network: str = "x") -> list[Request]:
    return [Request(i, network, at, order=i) for i, at in enumerate(ats)]


def test_next_posts_take_earliest_slots_in_file_order_on_the_grid() -> None:
    policy = EditorialPolicy.model_validate(
        {"max_per_day": 2, "hours": ["09:10-12:00"], "min_gap": "2h"}
    )
    now = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)  # a Monday
    bookings = schedule(_requests(None, None, None), _calendar(policy, now), allow_past=False)
    times = [(b.request.post_index, b.when.strftime("%d %H:%M")) for b in bookings]
    # 09:10 rounds up to the 15-minute grid; two a day, two hours apart.
    assert times == [(0, "01 09:15"), (1, "01 11:15"), (2, "02 09:15")]
    assert all(b.placed and not b.findings for b in bookings)


def test_placement_avoids_french_holidays_and_respects_days() -> None:
    policy = EditorialPolicy.model_validate(
        {"days": ["fri"], "hours": ["10:00-11:00"], "holidays": "avoid", "country": "FR"}
    )
    # Friday 1 May 2026 is Labour Day: the first allowed Friday is 8 May... also a holiday
    # (Victory in Europe Day), so 15 May.
    now = dt.datetime(2026, 4, 30, 12, 0, tzinfo=PARIS)
    (booking,) = schedule(_requests(None), _calendar(policy, now), allow_past=False)
    assert booking.when == dt.datetime(2026, 5, 15, 10, 0, tzinfo=PARIS)


def test_written_times_are_judged_against_the_policy() -> None:
    policy = EditorialPolicy.model_validate(
        {
            "max_per_day": 1,
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "hours": ["09:00-12:00"],
            "min_gap": "4h",
            "holidays": "avoid",
            "country": "FR",
        }
    )
    now = dt.datetime(2026, 4, 1, 8, 0, tzinfo=PARIS)
    ats = (
        dt.datetime(2026, 4, 6, 10, 0, tzinfo=PARIS),  # Easter Monday
        dt.datetime(2026, 4, 7, 10, 0, tzinfo=PARIS),
        dt.datetime(2026, 4, 7, 11, 0, tzinfo=PARIS),  # second that day, 1 h later
        dt.datetime(2026, 4, 11, 10, 0, tzinfo=PARIS),  # Saturday
        dt.datetime(2026, 4, 13, 19, 0, tzinfo=PARIS),  # evening
    )
    bookings = schedule(_requests(*ats), _calendar(policy, now), allow_past=False)
    rules = [sorted(f.rule for f in b.findings) for b in bookings]
    assert rules == [
        ["calendar.holiday"],
        [],
        ["calendar.gap", "calendar.too-frequent"],
        ["calendar.off-hours"],
        ["calendar.off-hours"],
    ]
    assert "Easter Monday" in bookings[0].findings[0].message


def test_past_time_is_refused_unless_allowed() -> None:
    policy = DEFAULT_POLICIES["x"]
    now = dt.datetime(2026, 6, 10, 12, 0, tzinfo=PARIS)
    past = dt.datetime(2026, 6, 1, 10, 0, tzinfo=PARIS)
    with pytest.raises(ScheduleError) as caught:
        schedule(_requests(past), _calendar(policy, now), allow_past=False)
    assert caught.value.field == "at"
    assert "in the past" in caught.value.message
    (booking,) = schedule(_requests(past), _calendar(policy, now), allow_past=True)
    assert [f.rule for f in booking.findings] == ["calendar.past"]


def test_no_slot_within_the_horizon_is_an_error() -> None:
    policy = EditorialPolicy.model_validate({"max_per_week": 1, "hours": ["10:00-11:00"]})
    now = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)
    calendar = dataclasses.replace(_calendar(policy, now), horizon_days=6)
    with pytest.raises(ScheduleError) as caught:
        schedule(_requests(None, None), calendar, allow_past=False)
    assert caught.value.request.post_index == 1
    assert "no free slot" in caught.value.message


def test_a_bounded_request_is_placed_first_and_before_its_bound() -> None:
    policy = EditorialPolicy.model_validate({"max_per_day": 1, "hours": ["10:00-11:00"]})
    now = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)  # a Monday
    wednesday = Bound(dt.datetime(2026, 6, 3, tzinfo=PARIS), "the event on Wednesday")
    requests = [*_requests(None, None, None), Request(3, "x", None, 3, before=wednesday)]
    bookings = schedule(requests, _calendar(policy, now), allow_past=False)
    # In file order it would get Thursday, after its event: the dated one goes first.
    days = {b.request.post_index: b.when.day for b in bookings}
    assert days == {3: 1, 0: 2, 1: 3, 2: 4}
    assert not any(b.findings for b in bookings)
    # With time to spare, the file's order (the user's priority) stands.
    friday = dataclasses.replace(wednesday, when=dt.datetime(2026, 6, 5, tzinfo=PARIS))
    requests[3] = dataclasses.replace(requests[3], before=friday)
    bookings = schedule(requests, _calendar(policy, now), allow_past=False)
    assert {b.request.post_index: b.when.day for b in bookings} == {0: 1, 1: 2, 2: 3, 3: 4}


def test_a_reminder_waits_for_the_day_before_its_event() -> None:
    policy = EditorialPolicy.model_validate({"hours": ["10:00-11:00"]})
    now = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)
    saturday = Bound(dt.datetime(2026, 6, 6, 10, 0, tzinfo=PARIS), "the event on Saturday")
    friday = dt.datetime(2026, 6, 5, tzinfo=PARIS)
    request = Request(0, "x", None, 0, before=saturday, after=friday)
    (booking,) = schedule([request], _calendar(policy, now), allow_past=False)
    assert booking.when == dt.datetime(2026, 6, 5, 10, 0, tzinfo=PARIS)


def test_no_slot_before_the_bound_places_the_post_anyway_with_an_error() -> None:
    policy = EditorialPolicy.model_validate({"max_per_day": 1, "hours": ["10:00-11:00"]})
    now = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)
    tuesday = Bound(dt.datetime(2026, 6, 2, tzinfo=PARIS), "the deadline, Monday 2026-06-01")
    written = dt.datetime(2026, 6, 1, 10, 0, tzinfo=PARIS)
    late = dt.datetime(2026, 6, 3, 10, 0, tzinfo=PARIS)
    requests = [
        Request(0, "x", written, 0),
        Request(1, "x", None, 1, before=tuesday),  # Monday is taken by the written post
        Request(2, "x", late, 2, before=tuesday),
    ]
    bookings = schedule(requests, _calendar(policy, now), allow_past=False)
    found = {b.request.post_index: b for b in bookings}
    assert found[1].when == dt.datetime(2026, 6, 2, 10, 0, tzinfo=PARIS)
    (placed,) = found[1].findings
    assert placed.rule == "calendar.after-event"
    assert str(placed.severity) == "error"
    assert "after the deadline, Monday 2026-06-01" in placed.message
    assert "no free slot before it" in placed.message
    assert [f.rule for f in found[2].findings] == ["calendar.after-event"]
    assert found[2].findings[0].message.startswith("2026-06-03 10:00 is after the deadline")
    assert not found[0].findings


# ---- plan, outputs --------------------------------------------------------------------

NOW_TOULON = dt.datetime(2026, 5, 25, 9, 0)


@pytest.fixture(scope="module")
def toulon_plan():  # type: ignore[no-untyped-def]
    return plan(EXAMPLES / "campaign-toulon-week.yaml", now=NOW_TOULON, languagetool="off")


def test_plan_of_toulon_week(toulon_plan) -> None:  # type: ignore[no-untyped-def]
    entries = toulon_plan.entries
    assert toulon_plan.campaign == "comptoir-ouverture-juin"
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    teaser = {e.network: e for e in entries if e.post_id == "teaser"}
    assert set(teaser) == {"facebook", "instagram"}
    assert teaser["facebook"].when == dt.datetime(2026, 6, 1, 18, 30, tzinfo=PARIS)
    assert not teaser["facebook"].placed
    start = dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)
    assert all(e.when >= start for e in entries if e.placed)
    # French variants, adapted with the post's date; the link override is in the text.
    assert all(e.variant.lang == "fr" for e in entries)
    atelier = {e.network: e for e in entries if e.post_id == "atelier-tapenade"}
    assert "comptoir-mourillon.fr/atelier" in atelier["facebook"].text
    # Instagram links are not clickable: the adaptation moves it to the bio, on record.
    assert any("comptoir-mourillon.fr/atelier" in d for d in atelier["instagram"].variant.dropped)
    producteurs = next(e for e in entries if e.post_id == "producteurs" and e.network == "x")
    assert "#ProduitsDuVar" in producteurs.text
    # The reminder goes out the day before the opening its text names.
    veille = [e for e in entries if e.post_id == "veille"]
    assert {e.when.date() for e in veille} == {dt.date(2026, 6, 5)}
    assert not any(e.calendar for e in entries if e.post_id in ("veille", "atelier-tapenade"))


def test_ics_round_trip_has_one_event_per_variant(toulon_plan) -> None:  # type: ignore[no-untyped-def]
    data = render_ics(toulon_plan)
    parsed = icalendar.Calendar.from_ical(data)
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(toulon_plan.entries)
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)
    for entry in toulon_plan.entries:
        event = by_uid[event_uid(toulon_plan.campaign, entry.post_id, entry.network)]
        start = event.decoded("DTSTART")
        assert start == entry.when
        assert event["DTSTART"].params["TZID"] == "Europe/Paris"
        assert str(event["DESCRIPTION"]) == entry.text
    assert next(iter(parsed.walk("VTIMEZONE")))["TZID"] == "Europe/Paris"
    # Same plan, same bytes: re-importing updates rather than duplicates.
    assert render_ics(toulon_plan) == data


def test_generic_csv_parses_back(toulon_plan) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(render_generic_csv(toulon_plan))))
    assert len(rows) == len(toulon_plan.entries)
    first = rows[0]
    assert set(first) == {
        "post_id", "network", "voice", "datetime", "text", "count", "limit", "errors",
        "warnings",
    }  # fmt: skip
    moment = dt.datetime.fromisoformat(first["datetime"])
    assert moment.utcoffset() == dt.timedelta(hours=2)
    assert int(first["count"]) > 0


def test_hootsuite_csv_one_file_per_network(toulon_plan) -> None:  # type: ignore[no-untyped-def]
    files = render_hootsuite_csv(toulon_plan)
    assert set(files) == {e.network for e in toulon_plan.entries}
    rows = list(csv.reader(io.StringIO(files["facebook"])))
    assert rows[0] == ["Date (DD/MM/YYYY HH:MM)", "Message", "Link"]
    facebook = [e for e in toulon_plan.entries if e.network == "facebook"]
    assert len(rows) - 1 == len(facebook)
    assert rows[1][0] == facebook[0].when.strftime("%d/%m/%Y %H:%M")
    for row in rows[1:]:
        assert dt.datetime.strptime(row[0], "%d/%m/%Y %H:%M").minute % 5 == 0


def test_hootsuite_refuses_minutes_it_cannot_take(tmp_path: Path) -> None:
    path = _campaign(tmp_path, MINIMAL + "    at: 2026-06-01T10:07\n", "odd.yaml")
    result = plan(path, now=NOW_TOULON, languagetool="off")
    with pytest.raises(InputError, match="multiple of 5"):
        render_hootsuite_csv(result)


def test_overrides_and_file_master(tmp_path: Path) -> None:
    (tmp_path / "post.txt").write_text(
        "Opening on Saturday at https://old.example/a #Old #Tags", encoding="utf-8"
    )
    body = (
        "timezone: Europe/London\ncountry: GB\nregion: ENG\nposts:\n"
        "  - file: post.txt\n    networks: [linkedin]\n    voice: corporate\n"
        "    link: https://new.example/b\n    hashtags: [Falmouth]\n"
    )
    result = plan(_campaign(tmp_path, body), now=dt.datetime(2026, 6, 1, 7, 0), languagetool="off")
    (entry,) = result.entries
    assert entry.variant.voice == "corporate"
    assert "new.example/b" in entry.text
    assert "old.example" not in entry.text
    assert entry.post_id.startswith("p-")
    assert entry.when.tzinfo == ZoneInfo("Europe/London")


def test_duplicate_derived_ids_are_an_error(tmp_path: Path) -> None:
    body = MINIMAL + "  - master: Bonjour Toulon !\n    networks: [facebook]\n"
    with pytest.raises(InputError) as caught:
        plan(_campaign(tmp_path, body), now=NOW_TOULON, languagetool="off")
    assert caught.value.field == "posts[1].master"
    assert "post #2" in str(caught.value)


def test_missing_master_file_names_the_post(tmp_path: Path) -> None:
    body = "timezone: UTC\nposts:\n  - id: gone\n    file: nope.txt\n    networks: [x]\n"
    with pytest.raises(InputError) as caught:
        plan(_campaign(tmp_path, body), now=NOW_TOULON, languagetool="off")
    assert caught.value.field == "posts[0].file"
    assert caught.value.line == 4
    assert "post 'gone'" in str(caught.value)


def test_brand_profile_editorial_policy_places_posts(tmp_path: Path) -> None:
    """The brand profile's `editorial` sits between brandvoice's defaults and the campaign's
    `policy`: a shop closed on Sunday and Monday posts on Facebook from Tuesday."""
    brand = tmp_path / "shop.yaml"
    brand.write_text(
        "extends: casual-facebook\nname: shop\n"
        "editorial:\n  facebook: {days: [tue, wed, thu, fri, sat], hours: ['09:00-11:00']}\n",
        encoding="utf-8",
    )
    path = _campaign(
        tmp_path,
        "timezone: Europe/Paris\nbrand: shop.yaml\nposts:\n"
        "  - master: Nouvel arrivage de fromages ce matin.\n    networks: [facebook]\n",
    )
    sunday = dt.datetime(2026, 11, 29, 8, 0, tzinfo=PARIS)
    (entry,) = plan(path, now=sunday, languagetool="off").entries
    assert entry.when.date() == dt.date(2026, 12, 1)  # Tuesday
    assert dt.time(9, 0) <= entry.when.time() <= dt.time(11, 0)


# ---- dates read in the messages (real understanding: spaCy models) --------------------

DATED = """\
timezone: Europe/Paris
lang: fr
start: 2026-06-01T08:00
policy:
  x: {max_per_day: 1, hours: ["10:00-11:00"]}
posts:
  - id: arrivage
    master: Nouvel arrivage de fromages de chèvre du Var au Comptoir du Mourillon.
    networks: [x]
  - id: recrutement
    master: >-
      Le Comptoir du Mourillon recrute un vendeur en CDI. Candidatures avant le 1er juin :
      jobs@comptoir.example
    networks: [x]
  - id: concert
    master: Concert de jazz samedi 6 juin à 19 h au Comptoir du Mourillon. Entrée libre !
    networks: [x]
    at: 2026-06-06T21:00
  - id: soldes
    master: Soldes d'été du 3 au 21 juin au Comptoir du Mourillon, -20 % sur les vins.
    networks: [x]
    at: 2026-06-10T10:00
  - id: rappel
    master: >-
      Dernières places pour l'atelier tapenade de samedi 6 juin à 10 h au Comptoir du
      Mourillon !
    networks: [x]
    reminder: true
"""


@pytest.fixture(scope="module")
def dated_plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = _campaign(tmp_path_factory.mktemp("dated"), DATED)
    return plan(path, now=dt.datetime(2026, 5, 25, 9, 0), languagetool="off")


def _entry(result, post_id: str):  # type: ignore[no-untyped-def]
    return next(e for e in result.entries if e.post_id == post_id)


def _calendar_rules(entry) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule for f in entry.calendar]


def test_a_deadline_post_goes_out_before_its_deadline(dated_plan) -> None:  # type: ignore[no-untyped-def]
    # After the post without a date in the file, which would take Monday: its deadline
    # (the end of Monday 1 June) puts it first. The post without a date takes Tuesday.
    recrutement = _entry(dated_plan, "recrutement")
    assert recrutement.when == dt.datetime(2026, 6, 1, 10, 0, tzinfo=PARIS)
    assert _calendar_rules(recrutement) == []


def test_an_event_post_goes_out_before_its_day_when_slots_are_scarce(tmp_path: Path) -> None:
    fillers = "".join(
        f"  - master: {text}\n    networks: [x]\n"
        for text in (
            "Nouvel arrivage de fromages de chèvre du Var.",
            "Nos tapenades sont faites maison chaque matin.",
            "Le Comptoir du Mourillon vous remercie de votre fidélité.",
        )
    )
    body = (
        "timezone: Europe/Paris\nlang: fr\nstart: 2026-06-03T08:00\n"
        "policy:\n  x: {max_per_day: 1, hours: ['10:00-11:00']}\nposts:\n"
        f"{fillers}  - id: degustation\n"
        "    master: Dégustation de vins du Var samedi 6 juin au Comptoir du Mourillon !\n"
        "    networks: [x]\n"
    )
    result = plan(_campaign(tmp_path, body), now=NOW_TOULON, languagetool="off")
    # In file order the fillers take Wednesday to Friday and the tasting Saturday 10:00,
    # after its day has begun: the tasting goes first.
    degustation = _entry(result, "degustation")
    assert degustation.when == dt.datetime(2026, 6, 3, 10, 0, tzinfo=PARIS)
    assert not any(e.calendar for e in result.entries)
    assert sorted(e.when.day for e in result.entries) == [3, 4, 5, 6]


def test_a_post_without_a_date_is_unaffected(dated_plan) -> None:  # type: ignore[no-untyped-def]
    arrivage = _entry(dated_plan, "arrivage")
    assert arrivage.placed
    assert arrivage.when == dt.datetime(2026, 6, 2, 10, 0, tzinfo=PARIS)
    assert _calendar_rules(arrivage) == []


def test_a_written_time_after_the_event_is_an_error(dated_plan) -> None:  # type: ignore[no-untyped-def]
    concert = _entry(dated_plan, "concert")
    assert concert.when == dt.datetime(2026, 6, 6, 21, 0, tzinfo=PARIS)  # kept, as written
    (finding,) = [f for f in concert.calendar if f.rule == "calendar.after-event"]
    assert str(finding.severity) == "error"
    # The date read, and the words it was read from.
    assert "the event on Saturday 2026-06-06 at 19:00" in finding.message
    assert "'samedi 6 juin'" in finding.message
    assert str(dated_plan.worst()) == "error"


def test_a_period_is_in_time_until_its_end(dated_plan) -> None:  # type: ignore[no-untyped-def]
    # Written during the sale (3 to 21 June), after its first day: still worth posting.
    assert "calendar.after-event" not in _calendar_rules(_entry(dated_plan, "soldes"))


def test_a_reminder_goes_out_the_day_before_its_event(dated_plan) -> None:  # type: ignore[no-untyped-def]
    rappel = _entry(dated_plan, "rappel")
    assert rappel.when == dt.datetime(2026, 6, 5, 10, 0, tzinfo=PARIS)
    assert _calendar_rules(rappel) == []


def test_outputs_carry_the_after_event_finding(dated_plan) -> None:  # type: ignore[no-untyped-def]
    import json

    from brandvoice.campaigns import render_json

    results = json.loads(render_json(dated_plan))["results"]
    concert = next(r for r in results if r["post_id"] == "concert")
    assert "calendar.after-event" in [f["rule"] for f in concert["findings"]]
    events = icalendar.Calendar.from_ical(render_ics(dated_plan)).walk("VEVENT")
    by_post = {str(e["X-BRANDVOICE-POST"]): e for e in events}
    assert b"\r\nCOMMENT:error: [calendar.after-event] " in by_post["concert"].to_ical()
    assert "COMMENT" not in by_post["arrivage"]


def test_a_reminder_needs_an_event_date_in_its_message(tmp_path: Path) -> None:
    body = MINIMAL.replace("[x]", "[x]\n    reminder: true")
    with pytest.raises(InputError) as caught:
        plan(_campaign(tmp_path, body), now=NOW_TOULON, languagetool="off")
    assert caught.value.field == "posts[0].reminder"
    assert "no event date" in caught.value.message


def test_a_reminder_is_placed_by_the_planner(tmp_path: Path) -> None:
    body = MINIMAL + "    reminder: true\n    at: 2026-06-01T10:00\n"
    error = _parse(body, tmp_path)
    assert error.field == "posts[0].at"
    assert "remove 'at'" in error.message
