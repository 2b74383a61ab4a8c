"""The adaptation seam: templates per voice, sandboxed, every variant checked."""

from __future__ import annotations

import pytest

from brandvoice import adapt
from brandvoice.errors import InputError
from brandvoice.profiles import get_voice

from .conftest import EXAMPLES

MASTER = (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8")


def test_default_networks_each_get_their_default_voice() -> None:
    adaptation = adapt(MASTER)
    pairs = [(v.network, v.voice) for v in adaptation.variants]
    assert pairs == [
        ("website", "corporate"),
        ("blog", "expert-blog"),
        ("facebook", "casual-facebook"),
        ("linkedin", "professional-network"),
        ("x", "casual-facebook"),
        ("instagram", "casual-facebook"),
    ]
    assert adaptation.lang == "fr"
    for variant in adaptation.variants:
        assert variant.changes
        assert variant.changes[0].transform == "template"
        assert "count" in variant.metrics
        assert variant.text.strip()


def test_variants_are_checked_like_check() -> None:
    from brandvoice import check

    adaptation = adapt(MASTER, networks=["x"])
    (variant,) = adaptation.variants
    report = check(variant.text, voice=variant.voice, network="x", lang="fr")
    assert variant.findings == report.findings
    # The master is longer than 280 weighted characters: the X variant must say so.
    assert any(f.rule == "length.over-limit" for f in variant.findings)


def test_voices_render_differently_and_deterministically() -> None:
    voices = ["corporate", "expert-blog", "casual-facebook", "professional-network"]
    first = adapt(MASTER, voices=voices, networks=["facebook"])
    second = adapt(MASTER, voices=voices, networks=["facebook"])
    assert [v.text for v in first.variants] == [v.text for v in second.variants]
    assert len({v.text for v in first.variants}) == len(voices)


def test_cta_and_signature_follow_the_language() -> None:
    voice = get_voice("casual-facebook")
    french = adapt(MASTER, voices=["casual-facebook"], networks=["facebook"]).variants[0]
    english = adapt(
        (EXAMPLES / "beach-club-en.txt").read_text(encoding="utf-8"),
        voices=["casual-facebook"],
        networks=["facebook"],
    ).variants[0]
    assert voice.cta_for("fr") in french.text
    assert voice.cta_for("en") in english.text


def test_template_cannot_reach_python_internals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(
        "extends: casual-facebook\n"
        "name: hostile\n"
        "templates:\n"
        '  default: "{{ master.__class__.__mro__[1].__subclasses__() }}"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"templates\.default"):
        adapt(MASTER, voices=[str(hostile)], networks=["facebook"])


def test_empty_master_is_rejected() -> None:
    with pytest.raises(InputError, match="empty"):
        adapt("  \n ")


def test_example_brand_profile_extends_a_builtin() -> None:
    brand = str(EXAMPLES / "comptoir-facebook.yaml")
    adaptation = adapt(MASTER, voices=[brand])
    assert [v.network for v in adaptation.variants] == ["facebook", "instagram"]
    profile = get_voice(brand)
    assert profile.hashtags.min == 2
    assert profile.hashtags.position == get_voice("casual-facebook").hashtags.position
    assert all(profile.cta_for("fr") in v.text for v in adaptation.variants)
