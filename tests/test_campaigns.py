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
from brandvoice.campaigns.schedule import Calendar, Request, ScheduleError, schedule
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
