"""The press note's body in full sentences (issue 17): the post's verbless fragments get
their verb (press-fragments), and the lead's date does not repeat the dateline's year
(press-dateline-year). Casual posts keep the master's words."""

from __future__ import annotations

import datetime as dt
from string import Formatter

import pytest

from brandvoice import adapt
from brandvoice.adaptation.transforms.press_fragments import _fragments, _keeps_facts
from brandvoice.adaptation.transforms.press_practical import SLOTS, statements
from brandvoice.profiles import VoiceProfile, get_voice

HARDWARE = (
    "Holiday hours at Kowalski Hardware: we will close at 2pm on Thursday, December 24 and "
    "stay closed on the 25th and 26th. Regular hours the rest of the week. Closed January 1, "
    "back Saturday, January 2 at 8am. Happy holidays from Walt, Irene and the crew."
)
INCIDENT = (
    "Information importante concernant vos données personnelles.\n"
    "Le 14 octobre 2026, nous avons détecté un accès non autorisé à notre outil de prise de "
    "rendez-vous. Les noms d'environ 1 200 patients ont pu être consultés."
)


def _variant(master: str, lang: str, voice: str, network: str, brand: str | None) -> str:
    profile: VoiceProfile | None = None
    if brand is not None:
        # A brand profile that only names the business, over the voice (a profile of the
        # voice's own name is the voice, and its brand would be ignored).
        profile = get_voice(voice).model_copy(
            update={"name": f"brand-{voice}", "brand_name": brand}
        )
    (variant,) = adapt(
        master,
        voices=[voice],
        networks=[network],
        lang=lang,
        brand=profile,
        languagetool="off",
        date=dt.date(2026, 10, 16) if lang == "fr" else dt.date(2026, 12, 7),
    ).variants
    return variant.text


def test_press_note_writes_the_fragments_as_sentences() -> None:
    text = _variant(HARDWARE, "en", "corporate", "website", "Kowalski Hardware")
    assert "Regular hours apply the rest of the week." in text
    assert "is closed on January 1 and reopens on Saturday, January 2 at 8am." in text
    assert "Closed January 1, back" not in text


def test_a_post_keeps_its_fragments() -> None:
    text = _variant(HARDWARE, "en", "casual-facebook", "facebook", "Kowalski Hardware")
    assert "Regular hours apply" not in text
    assert "reopens on" not in text


def test_the_lead_does_not_repeat_the_datelines_year() -> None:
    text = _variant(INCIDENT, "fr", "corporate", "website", None)
    assert "Le 16 octobre 2026 –" in text
    assert "Le 14 octobre, " in text
    assert "14 octobre 2026" not in text


@pytest.mark.parametrize(
    ("written", "said", "kept"),
    [
        ("Pendant le week-end, -15 % sur les cartons.", "Une remise de 15 % s'applique.", True),
        ("Walkthrough at tally.io/log", "A walkthrough is at tally.io/log.", True),
        ("Closed January 1, back January 2.", "The store is closed on January 1.", False),
        ("Questions: 0161 496 0752", "Further information is available.", False),
    ],
)
def test_a_rewrite_that_loses_a_fact_is_refused(written: str, said: str, kept: bool) -> None:
    assert _keeps_facts(written, said) is kept


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_fragment_names_the_groups_its_sentence_writes(lang: str) -> None:
    added = {"place", "what", "is"}
    for fragment in _fragments(lang):
        groups = set(fragment.pattern.groupindex) | added | set(SLOTS)
        named = {field.lower() for _, field, _, _ in Formatter().parse(fragment.write) if field}
        assert named <= groups, (fragment.write, named - groups)


def test_the_authors_sentences_not_the_parsers() -> None:
    # The French parser ends sentences inside these (« Envoyez » | « -nous… »); an emoji
    # stands for a stop a post leaves out.
    line = (
        "La seule chose qu'on demande, c'est d'aimer se lever tôt 😉 Envoyez-nous quelques "
        "lignes à contact@painsdor.fr. Réouverture lundi 18 mai à 8 h. £12.60/hr"
    )
    assert [line[start:end] for start, end in statements(line)] == [
        "La seule chose qu'on demande, c'est d'aimer se lever tôt 😉",
        "Envoyez-nous quelques lignes à contact@painsdor.fr.",
        "Réouverture lundi 18 mai à 8 h.",
        "£12.60/hr",
    ]


def test_without_a_brand_the_leads_name_says_what_it_offers() -> None:
    master = (
        "After eighteen months of permits, Crumb Theory Bakehouse opens this Saturday, "
        "12 September, at 88 Sydney Road. Sourdough, cardamom knots, a proper sausage roll, "
        "and coffee from the roastery down the road."
    )
    text = _variant(master, "en", "corporate", "website", None)
    assert "The bakehouse offers sourdough, cardamom knots," in text


def test_merge_leaves_the_fragment_for_press_fragments() -> None:
    # merge-sentences (order 65) runs before press-fragments (66): a fragment it joined
    # ("…at the shop; all ages welcome.") would never be written whole.
    from brandvoice.adaptation.transform import TransformExample, example_target
    from brandvoice.adaptation.transforms.press_fragments import written_anew

    master = "Hot chocolate is free at the shop. All ages welcome."
    note = example_target(TransformExample(master, master, voice="corporate", network="website"))
    post = example_target(TransformExample(master, master))
    assert written_anew("All ages welcome.", note)
    assert not written_anew("Hot chocolate is free at the shop.", note)
    assert not written_anew("All ages welcome.", post)  # no press note, no rewrite
    (variant,) = adapt(
        master, voices=["corporate"], networks=["website"], lang="en", languagetool="off"
    ).variants
    assert "All ages are welcome." in variant.text
    assert "; all ages" not in variant.text
