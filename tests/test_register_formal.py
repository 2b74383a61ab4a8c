"""The press note's formal wording (issue 17): the register lexicon's one-way entries make a
chat's words formal in the corporate voice and leave the casual voice's as written."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import TransformExample, example_target
from brandvoice.adaptation.transforms.register_lexicon import RegisterLexicon

CASES = [
    ("en", "Weekend availability is a must.", "Weekend availability is essential."),
    ("en", "We are really sorry.", "We are sincerely sorry."),
    ("en", "Sorry for the hassle.", "We apologise for the inconvenience."),
    ("en", "We will sort it straight away.", "We will sort it immediately."),
    (
        "en",
        "The flame can get big enough to crack the tin.",
        "The flame can get large enough to crack the tin.",
    ),
    # "children" takes "'s": the entry cannot write it, the words stay.
    ("en", "The kids' corner is back.", "The kids' corner is back."),
    ("fr", "Nous sommes vraiment désolés.", "Nous sommes sincèrement désolés."),
    (
        "fr",
        "Pas besoin d'expérience, juste de la bonne humeur.",
        "Aucune expérience n'est requise, simplement de la bonne humeur.",
    ),
    ("fr", "Un risque pour les tout-petits.", "Un risque pour les jeunes enfants."),
    # « juste » the adjective is no « simplement ».
    ("fr", "Un prix juste.", "Un prix juste."),
    # « pour » + a noun phrase is no « afin de » (« l' » the article, « hiver » no verb);
    # before a pronoun and its infinitive it is.
    ("fr", "Le restaurant ferme pour l'hiver.", "Le restaurant ferme pour l'hiver."),
    ("fr", "Nous serons là pour l'accueillir.", "Nous serons là afin de l'accueillir."),
]


def _rewritten(text: str, lang: str, voice: str, network: str) -> str:
    target = example_target(TransformExample(text, text, lang=lang, voice=voice, network=network))
    return run_transforms(Rewrite(text), target, [RegisterLexicon()]).text


@pytest.mark.parametrize(("lang", "before", "after"), CASES)
def test_a_press_note_says_it_formally(lang: str, before: str, after: str) -> None:
    assert _rewritten(before, lang, "corporate", "website") == after


@pytest.mark.parametrize(("lang", "before", "after"), CASES)
def test_the_casual_voice_keeps_its_words(lang: str, before: str, after: str) -> None:
    assert _rewritten(before, lang, "casual-facebook", "facebook") == before
