"""split-trailing, split-colon's count after a colon and split-coordination beyond their
own examples (test_transform_examples.py): the pronoun that stands for the relative one
takes the master's gender for a person, the verb's number in English and the noun's gender
and number in French; a count after a colon is led by "In all" / « Au total » once, and
only a subject's; a cut never leaves a fragment; a second pass changes nothing; the press
note keeps its sentences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from brandvoice.adaptation.fidelity import broken_sentences
from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Transform, TransformExample, example_target
from brandvoice.adaptation.transforms.split_colon import SplitColon
from brandvoice.adaptation.transforms.split_coordination import SplitCoordination
from brandvoice.adaptation.transforms.split_trailing import SplitTrailing
from brandvoice.lang import Lang

TRAILING = SplitTrailing()
TOM = (
    "We did it! A huge thank you to our regulars, our brewers, and to Tom behind the bar, "
    "who's been pulling pints here since before some of you were born."
)


def run(
    transform: Transform,
    text: str,
    lang: Lang = "en",
    voice: str = "casual-facebook",
    network: str = "facebook",
    master: str | None = None,
    profile: Mapping[str, Any] | None = None,
) -> str:
    example = TransformExample(
        text,
        text,
        lang=lang,
        voice=voice,
        network=network,
        master=master,
        profile=profile or {},
    )
    return run_transforms(Rewrite(text), example_target(example), [transform]).text


@pytest.mark.parametrize(
    ("pronouns", "subject"),
    [
        ("He pours the best pint in Derbyshire.", "He's"),
        ("Ask her for the guest ale.", "She's"),
        ("He and she both pour the guest ale.", "Tom's"),
        ("", "Tom's"),
    ],
)
def test_who_takes_the_masters_one_pronoun_else_the_name(pronouns: str, subject: str) -> None:
    out = run(TRAILING, TOM, master=TOM + " " + pronouns)
    assert out.endswith(
        f"behind the bar. {subject} been pulling pints here since before some of you were born."
    )


def test_which_takes_the_number_its_verb_agrees_with() -> None:
    text = (
        "This month we've added two wood-fired ovens to the bakery on Mill Street, which bake "
        "two hundred loaves an hour between them."
    )
    assert "Mill Street. They bake two hundred" in run(TRAILING, text)


@pytest.mark.parametrize(
    ("noun", "pronoun", "verb"),
    [
        ("une nouvelle machine à pain", "Elle", "cuit"),
        ("deux nouvelles machines à pain", "Elles", "cuisent"),
        ("deux nouveaux fours à bois", "Ils", "cuisent"),
    ],
)
def test_qui_takes_the_gender_and_number_of_its_noun(noun: str, pronoun: str, verb: str) -> None:
    text = (
        f"Depuis lundi, nous avons installé dans le fournil {noun}, qui {verb} deux cents "
        "pains à l'heure sans interruption."
    )
    out = run(TRAILING, text, lang="fr")
    assert f"{noun}. {pronoun} {verb} deux cents pains" in out
    assert not broken_sentences(out, "fr")


def test_a_with_phrase_holding_a_verb_or_a_definite_noun_stays() -> None:
    for text in (
        "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds, with the "
        "coffee stop in Bourton-on-the-Water as usual.",
        "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds, with Anna "
        "leading the group from the shop.",
    ):
        assert run(TRAILING, text) == text


def test_a_relative_clause_followed_by_a_clause_of_its_own_stays() -> None:
    text = (
        "We've finally installed the new wood-fired oven in the bakery, which took months, "
        "and we can now bake two hundred loaves an hour."
    )
    assert run(TRAILING, text) == text


def test_a_relative_clause_after_a_verbless_hook_stays() -> None:
    text = TOM.removeprefix("We did it! ")
    assert run(TRAILING, text) == text


def test_a_short_sentence_stays() -> None:
    text = "Thanks to Tom, who pours the pints."
    assert run(TRAILING, text) == text


def test_a_second_pass_changes_nothing() -> None:
    once = run(TRAILING, TOM)
    assert once != TOM
    assert run(TRAILING, once) == once


def test_the_press_note_keeps_its_sentence() -> None:
    assert run(TRAILING, TOM, voice="corporate", network="website") == TOM


def test_a_count_after_a_colon_is_led_once_and_only_for_a_subject() -> None:
    colon = SplitColon()
    led = (
        "Les résultats de notre défi d'aviron de février sont tombés\u00a0: 212 adhérents ont "
        "ramé 3 874 km et récolté 18 650 € pour l'hôpital des enfants de Lyon."
    )
    assert ". Au total, 212 adhérents ont ramé" in run(colon, led, lang="fr")
    # "Au total" already said: the sentence would say it twice.
    twice = led.replace("3 874 km", "3 874 km au total")
    assert run(colon, twice, lang="fr") == twice
    # A number that is an object, not the subject's count: no sentence opens on it.
    objects = (
        "The numbers are in from our February row-a-thon for the children's hospital: 3,874 "
        "km is what our members rowed in four weeks."
    )
    assert run(colon, objects) == objects


COORDINATION = SplitCoordination()


def test_an_order_in_tu_is_followed_by_tu() -> None:
    text = (
        "Samedi 23 mai, de 10\u202fh à 18\u202fh, viens découvrir nos nouveaux millésimes au "
        "caveau du domaine, visiter les chais et pique-niquer au milieu des vignes."
    )
    out = run(COORDINATION, text, lang="fr")
    assert "au caveau du domaine. Tu pourras aussi visiter les chais" in out
    assert not broken_sentences(out, "fr")


def test_a_shared_auxiliary_is_written_again() -> None:
    text = (
        "This year we've delivered 18,400 veg boxes across the whole valley, up 23% on 2024, "
        "and raised $41,000 for the food bank in town."
    )
    assert "up 23% on 2024. We've also raised $41,000" in run(COORDINATION, text)


def test_a_second_offer_takes_the_subjects_person() -> None:
    text = (
        "Jusqu'au 30 avril, nous vous offrons le montage et l'équilibrage pour l'achat de 4 "
        "pneus, et le contrôle de la climatisation à 29\u202f€ au lieu de 49\u202f€."
    )
    out = run(COORDINATION, text, lang="fr")
    # The offer stays word for word: it is what the reader (and the fact check) looks for.
    assert "de 4 pneus. Nous vous proposons aussi le contrôle de la climatisation à 29" in out


def test_a_second_member_with_a_verb_of_its_own_stays() -> None:
    for text in (
        "En 2025, on a livré 18\u202f400 paniers dans tout le Haut-Var, soit +23\u202f% par "
        "rapport à 2024, et reversé l'argent que nos producteurs attendaient.",
        "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
        "nouveaux millésimes au caveau, visiter les chais où nous vieillissons nos rouges.",
    ):
        assert run(COORDINATION, text, lang="fr") == text


def test_x_keeps_the_words_the_cut_would_write() -> None:
    text = (
        "Jusqu'au 30 avril, on vous offre le montage et l'équilibrage pour l'achat de 4 "
        "pneus, et le contrôle de la climatisation à 29\u202f€ au lieu de 49\u202f€."
    )
    assert run(COORDINATION, text, lang="fr", network="x") == text
    assert run(COORDINATION, text, lang="fr") != text


def test_who_after_two_names_is_they_and_another_persons_pronoun_is_not_theirs() -> None:
    text = (
        "Some news from the café. After 15 years, Sue is hanging up her apron and handing the "
        "keys to Dan and Priya, who've worked here for the last four summers."
    )
    out = run(TRAILING, text)
    assert "to Dan and Priya. They've worked here" in out
    single = text.replace("Dan and Priya, who've", "Priya, who's")
    # "her" is Sue's: Priya keeps her name.
    assert "to Priya. Priya's worked here" in run(TRAILING, single)


def test_questions_after_a_colon_say_what_the_thing_covers() -> None:
    colon = SplitColon()
    text = (
        "We put together a one-page prep checklist for homeowners: what to buy now, what to "
        "do 48 hours out, and what to leave to a pro."
    )
    assert "for homeowners. It covers what to buy now, what to do" in run(colon, text)
    second = "Autumn is the time to plant in Perth, and w" + text[1:]
    assert "for homeowners. It covers what to buy now" in run(colon, second)
    plural = text.replace("a one-page prep checklist", "our two prep checklists")
    assert "for homeowners. They cover what to buy now" in run(colon, plural)
    # One question is no list; a clause that goes on after its object leaves "It" unclear.
    one = "We put together a one-page prep checklist for homeowners: what to buy now for winter."
    assert run(colon, one) == one
    on = text.replace("for homeowners:", "for homeowners and sent it to every street:")
    assert run(colon, on) == on


def test_only_a_distance_after_the_comma_becomes_cest() -> None:
    for text in (
        # No figure: no distance to say.
        "À partir de ce mois-ci, tous nos cafés sont torréfiés par la Brûlerie des Alpilles, "
        "à deux pas de la boutique de la place.",
        # A clause after the distance: more than where the place is.
        "À partir de ce mois-ci, tous nos cafés sont torréfiés par la Brûlerie des Alpilles, "
        "à 15\u202fkm de la boutique, et nous les vendons dès lundi.",
    ):
        assert run(TRAILING, "Grande nouvelle ! " + text, lang="fr") == "Grande nouvelle ! " + text
