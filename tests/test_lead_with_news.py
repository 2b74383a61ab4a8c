"""lead-with-news beyond its own examples: a filler opening after a sentence's opening
words and their comma goes only before a clause, on social networks only, the clause kept
lower-case."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import TransformExample, example_target
from brandvoice.adaptation.transforms.lead_with_news import LeadWithNews
from brandvoice.lang import Lang


def _lead(
    text: str, lang: Lang = "en", voice: str = "professional-network", network: str = "linkedin"
) -> str:
    example = TransformExample(text, text, lang=lang, voice=voice, network=network)
    return run_transforms(Rewrite(text), example_target(example), [LeadWithNews()]).text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Après 18 mois de travail, nous sommes fiers d’annoncer que l’agence est "
            "certifiée B Corp.",
            "fr",
            "Après 18 mois de travail, l’agence est certifiée B Corp.",
        ),
        (
            "This spring, we are delighted to announce that the shop opens on Sundays.",
            "en",
            "This spring, the shop opens on Sundays.",
        ),
    ],
)
def test_an_opening_after_a_comma_goes_before_a_clause(
    text: str, lang: Lang, expected: str
) -> None:
    assert _lead(text, lang) == expected


def test_an_opening_after_a_comma_stays_in_a_press_note() -> None:
    text = "This spring, we are delighted to announce that the shop opens on Sundays."
    assert _lead(text, voice="corporate", network="website") == text


def test_an_opening_after_a_comma_stays_before_a_noun_phrase() -> None:
    text = "Après 18 mois de travail, nous sommes fiers d'annoncer notre certification B Corp."
    assert _lead(text, "fr") == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Mécanique et pneus : Karim et Sébastien ont le plaisir de vous annoncer qu’ils "
            "reprennent le garage le 4 mai.",
            "fr",
            "Mécanique et pneus : Karim et Sébastien reprennent le garage le 4 mai.",
        ),
        (
            "La boulangerie Dufour est ravie de vous informer qu'elle ouvre le dimanche matin.",
            "fr",
            "La boulangerie Dufour ouvre le dimanche matin.",
        ),
        (
            "Our bakers are thrilled to share that they now bake rye on Sundays.",
            "en",
            "Our bakers now bake rye on Sundays.",
        ),
        # Too little would be left: the formula stays.
        (
            "Le garage a le plaisir de vous informer qu'il ouvre.",
            "fr",
            "Le garage a le plaisir de vous informer qu'il ouvre.",
        ),
        # « il » impersonal: no subject to carry the news.
        (
            "Le garage a le plaisir de vous informer qu'il faut désormais prendre rendez-vous.",
            "fr",
            "Le garage a le plaisir de vous informer qu'il faut désormais prendre rendez-vous.",
        ),
    ],
)
def test_the_formula_after_the_subject_goes_on_social_networks(
    text: str, lang: Lang, expected: str
) -> None:
    assert _lead(text, lang, "casual-facebook", "facebook") == expected
    # Where the formula is the genre's (a press note), it stays.
    assert _lead(text, lang, "corporate", "website") == text
