"""The 📅 / 📍 lines of the social forms whenever the message gives a reliable day and place
(brandvoice.adaptation.realise.practical): periods, an offer's last day, a town named in
the address's sentence, a signature line of names; never for a sober message."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.realise.practical import practical_lines
from brandvoice.understand import understand

MARKET_FR = (
    "Nous avons le plaisir de vous annoncer que le marché de Noël du cours Lafayette revient "
    "à Toulon du vendredi 11 au dimanche 20 décembre 2026, de 10 h à 20 h. Vous y retrouverez "
    "40 artisans du Var et des ateliers pour les enfants."
)


def _lines(text: str, lang: str, day: dt.date) -> list[str]:
    return practical_lines(understand(text, lang, date=day), emoji=True)


def test_a_period_and_a_town_named_in_the_sentence() -> None:
    assert _lines(MARKET_FR, "fr", dt.date(2026, 11, 20)) == [
        "📅 Du vendredi 11 au dimanche 20 décembre 2026, de 10 h à 20 h",
        "📍 Cours Lafayette, Toulon",
    ]


def test_an_offers_last_day_and_its_signature_line() -> None:
    text = (
        "Printemps = pneus ! Jusqu'au 30 avril, le Garage Martinez vous offre le montage pour "
        "l'achat de 4 pneus.\nGarage Martinez, 145 avenue de la Libération, Salon-de-Provence."
    )
    assert _lines(text, "fr", dt.date(2026, 3, 23)) == [
        "📅 Jusqu'au 30 avril",
        "📍 Garage Martinez, 145 avenue de la Libération, Salon-de-Provence",
    ]


def test_an_address_said_in_a_sentence_of_its_own_still_gets_its_line() -> None:
    text = (
        "Good news, Hobart: Salt & Paper Books reopens on Thursday 5 March after the flood "
        "repairs. Come and browse from 10am at 41 Elizabeth Street."
    )
    assert _lines(text, "en", dt.date(2026, 2, 23)) == [
        "📅 Thursday 5 March",
        "📍 41 Elizabeth Street",
    ]


def test_two_days_are_both_written() -> None:
    text = (
        "Portes ouvertes ! Samedi 23 mai et dimanche 24 mai, de 10 h à 18 h, venez découvrir "
        "nos vins au 4 chemin des Vignes à Bandol."
    )
    lines = _lines(text, "fr", dt.date(2026, 5, 4))
    # The master opened its sentence on the day: the line writes it in lower case, as
    # French writes a weekday (LanguageTool's JOURS rule flags « Samedi » after the marker).
    assert lines[0] == "📅 samedi 23 mai et dimanche 24 mai, de 10 h à 18 h"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # A recall: the reader needs the facts, not an invitation's block.
        (
            "Nous rappelons les pots de confiture vendus jusqu'au 20 mars 2026 au 12 rue des "
            "Lices à Carpentras. Ne les consommez pas.",
            "fr",
            dt.date(2026, 3, 10),
        ),
        # A cheer with a town is no place line: "Bravo, Toulon" names no street.
        (
            "Bravo, Toulon ! Notre baguette est la meilleure du Var. Venez la goûter samedi "
            "14 mars.",
            "fr",
            dt.date(2026, 3, 1),
        ),
        # A period already over, or none at all: no line.
        ("Our autumn menu is here: pumpkin soup, apple pie and cider.", "en", dt.date(2026, 9, 1)),
    ],
)
def test_no_lines_without_a_reliable_day_and_place(text: str, lang: str, day: dt.date) -> None:
    assert _lines(text, lang, day) == []


def test_the_facebook_post_takes_the_social_form() -> None:
    post = adapt(
        MARKET_FR,
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        date=dt.date(2026, 11, 20),
        languagetool="off",
    ).variants[0]
    hook, practical, *_ = post.text.split("\n\n")
    # The hook is cut before the period the 📅 line gives whole, not inside it.
    assert hook.startswith("Le marché de Noël du cours Lafayette revient à Toulon\u202f!")
    assert practical.splitlines()[0].startswith("📅 Du vendredi 11 au dimanche 20 décembre")
    assert practical.splitlines()[1] == "📍 Cours Lafayette, Toulon"


GARAGE_FR = (
    "Printemps = pneus ! Jusqu'au 30 avril, le Garage Martinez vous offre le montage et "
    "l'équilibrage pour l'achat de 4 pneus, et le contrôle de la climatisation à 29 € au lieu "
    "de 49 €. Sur rendez-vous uniquement : 04 90 55 21 08.\n"
    "Garage Martinez, 145 avenue de la Libération, Salon-de-Provence."
)


def test_the_signature_line_becomes_the_place_line_and_no_sentence_is_parted() -> None:
    post = adapt(
        GARAGE_FR,
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="fr",
        date=dt.date(2026, 3, 23),
        languagetool="off",
    ).variants[0]
    paragraphs = post.text.split("\n\n")
    when, where = paragraphs[1].splitlines()
    assert when.startswith("📅 Jusqu'au 30")
    assert where.startswith("📍 Garage Martinez, 145")
    assert where.endswith("Salon-de-Provence")
    # The model reads "le Garage | Martinez" and "à 29 | €" as sentence ends: the post
    # keeps each sentence whole, in one paragraph; the day its 📅 line says leaves the
    # sentence's opening, which then opens on its capital.
    assert any(p.startswith("Le Garage Martinez vous offre") and "49" in p for p in paragraphs)
    assert post.text.count("30 avril") == 1
    assert not any(p.startswith(("€", "Martinez")) for p in paragraphs)
    # The signature line is said by the 📍 line: it is not said twice.
    assert post.text.count("145") == 1


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        ("3pm BST / 10am EDT", "3pm BST / 10am EDT"),
        ("3pm BST (10am EDT)", "3pm BST (10am EDT)"),
        # One zone: the time alone, as before; no zone: the first time.
        ("3pm BST", "3pm BST"),
        ("3pm / 10am", "3pm"),
    ],
)
def test_the_time_in_every_zone_the_master_gives(times: str, expected: str) -> None:
    text = (
        f"Free webinar on pricing your first product, Thursday 15 October at {times}, 40 "
        "minutes at 12 Kirkgate in Leeds."
    )
    (when, _where) = _lines(text, "en", dt.date(2026, 10, 1))
    assert when == f"📅 Thursday 15 October, {expected}"
