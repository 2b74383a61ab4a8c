"""The adaptation seam: templates per voice, sandboxed, every variant checked."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt
from brandvoice.errors import InputError
from brandvoice.profiles import get_voice

from .conftest import EXAMPLES

MASTER = (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8")


def test_default_networks_each_get_their_default_voice() -> None:
    adaptation = adapt(MASTER, languagetool="off")
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
        # Body transforms (the casual voice's « on ») come before the template.
        assert "template" in [c.transform for c in variant.changes]
        assert "count" in variant.metrics
        assert variant.text.strip()


def test_variants_are_checked_like_check() -> None:
    from brandvoice import check

    adaptation = adapt(MASTER, networks=["x"], languagetool="off")
    (variant,) = adaptation.variants
    report = check(variant.text, voice=variant.voice, network="x", lang="fr", languagetool="off")
    assert variant.findings == report.findings
    # The master is longer than 280 weighted characters: the X variant was fitted, and
    # its changes say what was cut and why.
    assert not any(f.rule == "length.over-limit" for f in variant.findings)
    assert variant.metrics["count"] <= 280
    cuts = [c for c in variant.changes if c.transform == "fit-length"]
    assert cuts
    assert all("X" in c.reason for c in cuts)


def test_voices_render_differently_and_deterministically() -> None:
    voices = ["corporate", "expert-blog", "casual-facebook", "professional-network"]
    first = adapt(MASTER, voices=voices, networks=["facebook"], languagetool="off")
    second = adapt(MASTER, voices=voices, networks=["facebook"], languagetool="off")
    assert [v.text for v in first.variants] == [v.text for v in second.variants]
    assert len({v.text for v in first.variants}) == len(voices)


def test_cta_follows_the_language_and_the_intent() -> None:
    voice = get_voice("casual-facebook")
    # A launch: the voice's engagement question written for a launch, in the master's
    # language (tests/test_calls_to_action.py).
    french = adapt(
        "Notre nouvelle gamme de savons au lait d’ânesse est enfin disponible.",
        voices=["casual-facebook"],
        networks=["facebook"],
        languagetool="off",
    ).variants[0]
    english = adapt(
        "Introducing our new autumn menu, with three vegan mains.",
        voices=["casual-facebook"],
        networks=["facebook"],
        languagetool="off",
    ).variants[0]
    assert "Ça vous tente\u202f? Dites-le-nous en commentaire\u202f!" in french.text
    assert "Tempted? Let us know in the comments!" in english.text
    # A job advert: no engagement question; and no call to apply that gives the master's
    # link a second time under the line that gives it (issue 17).
    hiring = adapt(
        "We're hiring a part-time barista in Leeds. All the details: https://bean.example/jobs",
        voices=["casual-facebook"],
        networks=["facebook"],
        languagetool="off",
    ).variants[0]
    assert voice.cta_for("en") not in hiring.text
    assert "Want to join the team?" not in hiring.text
    assert hiring.text.count("https://bean.example/jobs") == 1
    # The master asks already, with the address: the variant does not ask twice.
    asked = adapt(
        "We're hiring a part-time barista in Leeds. Send your CV to jobs@bean.example.",
        voices=["casual-facebook"],
        networks=["facebook"],
        languagetool="off",
    ).variants[0]
    assert asked.text.count("jobs@bean.example") == 1
    assert any("already asks" in c.reason for c in asked.changes)
    # A line of a few words around the number is the master's own call: not said twice.
    recall = adapt(
        "Rappel produit : ne consommez pas la confiture d’abricots du lot 2406, rapportez-la "
        "en magasin. Pour toute question : 04 94 12 34 56.",
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        languagetool="off",
    ).variants[0]
    assert recall.text.count("04 94 12 34 56") == 1
    assert any("already asks" in c.reason for c in recall.changes)
    # A booking line in other words than the call's: the same call, not said twice.
    booking = adapt(
        "Le cabinet de kinésithérapie Verhaegen ouvre au 48 rue de Fer, à Namur, le lundi "
        "2 novembre 2026.\n\nPrise de rendez-vous : rdv@kine-verhaegen.example",
        networks=["website", "facebook"],
        lang="fr",
        date=dt.date(2026, 10, 15),
        languagetool="off",
    )
    for variant in booking.variants:
        # Once in the text, and once more in the press note's fact sheet.
        said = 2 if variant.network == "website" else 1
        assert variant.text.count("rdv@kine-verhaegen.example") == said, variant.text
        assert "Réserv" not in variant.text, variant.text


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
    adaptation = adapt(MASTER, voices=[brand], languagetool="off")
    assert [v.network for v in adaptation.variants] == ["facebook", "instagram"]
    profile = get_voice(brand)
    assert profile.hashtags.min == 2
    assert profile.hashtags.position == get_voice("casual-facebook").hashtags.position
    # The master asks to book itself, with the number and the link: no call to action is
    # added (saying it twice reads as filler), and the brand's engagement question does not
    # close a post that asks something.
    assert adaptation.message is not None
    assert str(adaptation.message.action) == "book"
    for variant in adaptation.variants:
        assert profile.cta_for("fr") not in variant.text
        assert variant.text.count("https://comptoir-mourillon.fr/atelier") <= 1
        template = next(c for c in variant.changes if c.transform == "template")
        assert "already asks readers to book" in template.reason


def test_brand_is_the_voice_on_its_networks_and_lends_its_name_elsewhere() -> None:
    brand = get_voice(str(EXAMPLES / "comptoir-facebook.yaml"))
    adaptation = adapt(MASTER, brand=brand, date=dt.date(2026, 6, 1), languagetool="off")
    assert adaptation.brand == "comptoir-facebook"
    voices = {v.network: v.voice for v in adaptation.variants}
    assert voices["facebook"] == voices["instagram"] == "comptoir-facebook"
    assert voices["website"] == "corporate"
    website = next(v for v in adaptation.variants if v.network == "website")
    # The press note: a headline, then the dateline from the brand's location; its
    # boilerplate and the brand's press contact at the end.
    assert website.text.split("\n\n")[1].startswith("Toulon, le 1er juin 2026 – ")
    assert website.text.split("\n\n")[-2].endswith(brand.about_for("fr"))
    assert website.text.endswith(str(brand.press_contact))
    assert "À propos de Comptoir du Mourillon" in website.text
    # The article is signed by the brand; the press note's lead names it (press-lead), so
    # a signature would say it again; a Facebook post shows under its page and is not.
    blog = next(v for v in adaptation.variants if v.network == "blog")
    lead = website.text.split("\n\n")[1]
    assert "Comptoir du Mourillon" in lead, lead
    assert "— Comptoir du Mourillon" not in website.text
    assert "\n\n— Comptoir du Mourillon" in blog.text
    # The brand's own tag and its UTM-tagged links reach the networks that carry them.
    facebook = next(v for v in adaptation.variants if v.network == "facebook")
    assert "#ComptoirDuMourillon" in facebook.text
    assert "utm_source=facebook" in facebook.text
    assert "utm_campaign=comptoir" in facebook.text
    assert "— Comptoir" not in facebook.text
    # On the brand's own site a link to that site is internal: no UTM tags.
    assert "utm_" not in website.text
    assert "utm_" not in blog.text


@pytest.mark.parametrize(
    ("brand_name", "about_title"),
    [
        ("Le Sable d'Or", "À propos du Sable d’Or"),
        ("Atelier Cuir", "À propos d’Atelier Cuir"),
        ("Les Halles", "À propos des Halles"),
    ],
)
def test_press_note_names_the_brand_after_de_as_french_does(
    brand_name: str, about_title: str
) -> None:
    from brandvoice.profiles import VoiceProfile

    brand: VoiceProfile = get_voice(str(EXAMPLES / "comptoir-facebook.yaml")).model_copy(
        update={"brand_name": brand_name}
    )
    (website,) = adapt(MASTER, brand=brand, networks=["website"], languagetool="off").variants
    assert f"\n\n{about_title}\n" in website.text.replace("'", "’")


def test_without_a_brand_the_press_note_is_not_signed() -> None:
    (website,) = adapt(MASTER, networks=["website"], languagetool="off").variants
    assert "\n— " not in website.text
    assert "\n\nÀ propos\n" not in website.text  # no "about" text: no heading either


def test_blog_variant_has_title_and_meta_description() -> None:
    (variant,) = adapt(MASTER, networks=["blog"], languagetool="off").variants
    title = str(variant.meta["title"])
    assert 0 < len(title) <= 70
    # The article opens on its H1 title, then the lead (tests/test_blog_form.py: the rest).
    assert variant.text.startswith(f"# {title}\n\n")
    assert 0 < len(str(variant.meta["description"])) <= 155


def test_every_difference_from_the_template_is_a_change_with_a_reason() -> None:
    from brandvoice.adaptation.transform import apply_edits  # noqa: F401  (the contract in use)

    adaptation = adapt(MASTER, languagetool="off")
    for variant in adaptation.variants:
        transforms = [c.transform for c in variant.changes]
        assert "template" in transforms
        assert all(c.reason for c in variant.changes)
        # Every edit after the template leaves a trace: its 'after' text is in the variant
        # unless a later edit (length fitting) removed the passage it was in.
        after_template = variant.changes[transforms.index("template") + 1 :]
        cut = any(c.transform == "fit-length" for c in after_template)
        tags = [f"#{tag}" for tag in variant.meta.get("tags", [])]  # type: ignore[union-attr]
        for change in after_template:
            if change.transform == "hashtags" and tags:  # a blog's: in its front matter
                assert change.after.strip() in tags, change
            elif change.after.strip() and not cut:
                assert change.after.strip() in variant.text, change


def test_instagram_moves_links_to_the_bio_and_says_so() -> None:
    (variant,) = adapt(MASTER, networks=["instagram"], languagetool="off").variants
    assert "https://" not in variant.text
    assert "lien en bio" in variant.text
    assert "https://comptoir-mourillon.fr/atelier" in variant.dropped


def test_facts_survive_or_are_declared_dropped() -> None:
    adaptation = adapt(MASTER, languagetool="off")
    assert not [p for p in adaptation.problems if p.kind == "missing-fact"]

    def spaced(text: str) -> str:  # French typography puts no-break spaces in "10 %"
        return text.replace("\u202f", " ").replace("\u00a0", " ")

    for variant in adaptation.variants:
        for fact in ("04 94 00 00 00", "15 h", "10 %"):
            assert fact in spaced(variant.text) or any(
                fact in spaced(dropped) for dropped in variant.dropped
            ), (variant.network, fact)


def test_problems_name_a_lost_fact() -> None:
    """A transform that silently loses a price is caught by the audit (a unit test of the
    audit, with a deliberately broken template)."""
    from brandvoice.profiles import VoiceProfile

    voice = get_voice("casual-facebook")
    lossy: VoiceProfile = voice.model_copy(
        update={"name": "lossy", "templates": {"default": "{{ hook }}"}}
    )
    adaptation = adapt(MASTER, voices=[lossy], networks=["facebook"], languagetool="off")
    missing = [p.message for p in adaptation.problems if p.kind == "missing-fact"]
    assert any("04 94 00 00 00" in message for message in missing)


def test_the_master_is_read_in_the_region_its_voices_write_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A British voice, a master in bare "en": "Friday 03/04" is 3 April (a Friday), as the
    # variant's own checks read it, not March 4 (a Wednesday, a weekday mismatch that
    # left the post without its 📅 line).
    british = tmp_path / "british.yaml"
    british.write_text("extends: casual-facebook\nname: british\nlocale: en-GB\n", "utf-8")
    adaptation = adapt(
        "Our spring market is on Friday 03/04 from 10am at 4 High Street, Leeds. Stalls, "
        "music and cake.",
        voices=[str(british)],
        networks=["facebook"],
        lang="en",
        date=dt.date(2026, 2, 20),
        languagetool="off",
    )
    assert adaptation.locale == "en"  # the master's own tag
    assert adaptation.message is not None
    assert [f.date for f in adaptation.message.dates] == [dt.date(2026, 4, 3)]
    assert "📅 Friday 03/04, 10am" in adaptation.variants[0].text


def test_a_press_note_is_signed_only_when_its_lead_does_not_name_the_brand() -> None:
    from brandvoice.adaptation.layout import signature_of
    from brandvoice.networks import get_network

    voice = get_voice("corporate").model_copy(update={"brand_name": "Acme"})
    website, blog = get_network("website"), get_network("blog")
    assert signature_of(voice, website, "en", lead="Acme opens its second shop.") == ""
    assert signature_of(voice, website, "en", lead="The market is back.") == "— Acme"
    # The article keeps its signature whatever its lead says.
    assert signature_of(voice, blog, "en", lead="Acme opens its second shop.") == "— Acme"
