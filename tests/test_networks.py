"""The network registry: the packaged data, its sources, validation and look-ups."""

from __future__ import annotations

import pytest

from brandvoice.errors import InputError, UnknownNameError
from brandvoice.networks import (
    CountUnit,
    Fold,
    Network,
    NetworkStatus,
    all_networks,
    get_network,
    measure,
)
from brandvoice.networks.model import SOURCED_FIELDS
from brandvoice.networks.registry import parse_network, parse_records

IDS = ["x", "facebook", "instagram", "linkedin", "viadeo", "blog", "website", "mastodon",
       "bluesky", "threads"]  # fmt: skip


def test_networks_in_record_order() -> None:
    assert list(all_networks()) == IDS
    orders = [network.order for network in all_networks().values()]
    assert orders == sorted(set(orders))


def test_all_networks_is_a_fresh_dict() -> None:
    networks = all_networks()
    networks.pop("x")
    assert "x" in all_networks()


def test_get_network_returns_the_cached_profile() -> None:
    assert get_network("x") is get_network("x")
    assert get_network("x").id == "x"


def test_unknown_network_lists_known_ones() -> None:
    with pytest.raises(UnknownNameError) as caught:
        get_network("tiktok")
    assert caught.value.known == sorted(IDS)
    assert "unknown network 'tiktok'" in str(caught.value)
    assert "bluesky, facebook" in str(caught.value)


def test_measure_on_unknown_network_raises_input_error() -> None:
    with pytest.raises(InputError):
        measure("hi", "myspace")


@pytest.mark.parametrize("network_id", IDS)
def test_every_set_fact_names_a_source(network_id: str) -> None:
    network = get_network(network_id)
    sourced = {source.field for source in network.sources}
    for field in SOURCED_FIELDS:
        if getattr(network, field) not in (None, ()):
            assert field in sourced, f"{network_id}.{field} has no source"


@pytest.mark.parametrize("network_id", IDS)
def test_sources_are_dated_and_titled(network_id: str) -> None:
    for source in get_network(network_id).sources:
        assert source.checked == "2026-11"
        assert source.title
        assert source.url is None or source.url.startswith("https://")


def test_viadeo_is_a_closed_historical_profile() -> None:
    viadeo = get_network("viadeo")
    assert viadeo.status is NetworkStatus.CLOSED
    assert not viadeo.is_active
    assert "closed" in viadeo.note.lower()
    assert all(get_network(i).is_active for i in IDS if i != "viadeo")


@pytest.mark.parametrize(
    ("network_id", "limit", "unit"),
    [
        ("x", 280, CountUnit.TWITTER_WEIGHTED),
        ("facebook", 63206, CountUnit.CODE_POINTS),
        ("instagram", 2200, CountUnit.CODE_POINTS),
        ("linkedin", 3000, CountUnit.CODE_POINTS),
        ("viadeo", None, CountUnit.CODE_POINTS),
        ("blog", None, CountUnit.CODE_POINTS),
        ("website", None, CountUnit.CODE_POINTS),
        ("mastodon", 500, CountUnit.MASTODON),
        ("bluesky", 300, CountUnit.BLUESKY),
        ("threads", 500, CountUnit.THREADS),
    ],
)
def test_limits_and_units(network_id: str, limit: int | None, unit: CountUnit) -> None:
    network = get_network(network_id)
    assert (network.limit, network.unit) == (limit, unit)


def test_folds() -> None:
    folds = {i: get_network(i).fold for i in IDS}
    assert folds["facebook"] == Fold(chars=125)
    assert folds["instagram"] == Fold(chars=125, lines=3)
    assert folds["linkedin"] == Fold(chars=210, lines=3)
    assert all(folds[i] is None for i in IDS if i not in ("facebook", "instagram", "linkedin"))


def test_caps_and_links() -> None:
    caps = {i: (get_network(i).max_hashtags, get_network(i).max_links) for i in IDS}
    assert caps["instagram"] == (5, None)
    assert caps["threads"] == (1, 5)
    assert caps["bluesky"] == (8, None)
    assert caps["x"] == (None, None)
    assert [i for i in IDS if not get_network(i).links_clickable] == ["instagram"]
    bluesky = get_network("bluesky")
    assert [(e.unit, e.limit) for e in bluesky.extra_limits] == [(CountUnit.UTF8_BYTES, 3000)]


def test_default_voices() -> None:
    voices = {i: get_network(i).default_voice for i in IDS}
    assert voices == {
        "x": "casual-facebook",
        "facebook": "casual-facebook",
        "instagram": "casual-facebook",
        "linkedin": "professional-network",
        "viadeo": "professional-network",
        "blog": "expert-blog",
        "website": "corporate",
        "mastodon": "casual-facebook",
        "bluesky": "casual-facebook",
        "threads": "casual-facebook",
    }


def test_network_is_frozen() -> None:
    with pytest.raises(ValueError, match="frozen"):
        get_network("x").limit = 1  # type: ignore[misc]


# --- Validation of a bad record -------------------------------------------------------------------

GOOD = """
order: 10
name: Demo
limit: 100
unit: code-points
unit_label: characters
fold: null
default_voice: corporate
editorial:
  days: [mon, tue]
  hours: ["09:00-12:00"]
  min_gap: 4h
sources:
  - {field: limit, title: Demo help, url: "https://demo.example/help", checked: "2026-11"}
"""


def test_a_good_record_parses() -> None:
    network = parse_network(GOOD, network_id="demo", origin="data/demo.yaml")
    assert isinstance(network, Network)
    assert network.id == "demo"
    assert network.limit == 100
    assert network.editorial.min_gap == 240
    assert network.editorial.days == ["mon", "tue"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("unit: code-points", "unit: characters"), "demo.unit"),
        (("limit: 100", "limit: -1"), "demo.limit"),
        (("limit: 100", "limit: 100\ncolour: blue"), "demo.colour"),
        (("default_voice: corporate", "default_voice: pirate"), "demo.default_voice"),
        (('checked: "2026-11"', 'checked: "Nov 2026"'), "demo.sources.0.checked"),
        (("fold: null", "fold: {chars: null, lines: null}"), "demo.fold"),
        (("order: 10", "order: -1"), "demo.order"),
        (("unit_label: characters", "unit_label: ''"), "demo.unit_label"),
        (('"09:00-12:00"', '"12:00-09:00"'), "demo.editorial.hours.0"),
        (("days: [mon, tue]", "days: [mon, mon]"), "demo.editorial"),
        (("min_gap: 4h", "min_gap: soon"), "demo.editorial.min_gap"),
        (("order: 10\n", ""), "demo.order"),
        (("editorial:", "editorial_policy:"), "demo.editorial"),
    ],
)
def test_a_bad_field_names_network_and_field(change: tuple[str, str], field: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_network(GOOD.replace(*change), network_id="demo", origin="data/demo.yaml")
    assert caught.value.path == "data/demo.yaml"
    assert caught.value.field == field
    assert "'demo'" in str(caught.value)


def test_a_fact_without_source_is_refused() -> None:
    with pytest.raises(InputError, match="limit is set but no source names it"):
        parse_network(GOOD.replace("field: limit", "field: name"), "demo", "data/demo.yaml")


def test_a_source_for_an_unknown_field_is_refused() -> None:
    text = GOOD.replace(
        "sources:\n", 'sources:\n  - {field: colour, title: T, checked: "2026-11"}\n'
    )
    with pytest.raises(InputError, match="unknown field 'colour'"):
        parse_network(text, "demo", "data/demo.yaml")


def test_the_id_is_the_file_name() -> None:
    with pytest.raises(InputError, match="file name") as caught:
        parse_network("id: other\n" + GOOD, "demo", "data/demo.yaml")
    assert caught.value.field == "demo.id"


@pytest.mark.parametrize("text", ["[1, 2]", "3", "", "a: [b"])
def test_a_malformed_record_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_network(text, "demo", "data/demo.yaml")
    assert caught.value.path == "data/demo.yaml"


def test_records_are_listed_by_order_then_refused_on_a_tie() -> None:
    second = GOOD.replace("order: 10", "order: 5").replace("Demo", "Other")
    networks = parse_records([("demo.yaml", GOOD), ("other.yaml", second)])
    assert list(networks) == ["other", "demo"]
    with pytest.raises(InputError, match="same order 10") as caught:
        parse_records([("demo.yaml", GOOD), ("twin.yaml", GOOD)])
    assert caught.value.field == "order"
    with pytest.raises(InputError, match="no network record"):
        parse_records([])
