"""Which "when" and "where" facts pin a day or a place: fitting keeps those, not the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.understand import Role, understand
from brandvoice.understand.pinning import pinning_facts

WRITTEN = dt.date(2026, 11, 20)


def _set_aside(text: str, lang: str) -> set[str]:
    message = understand(text, lang, date=WRITTEN)
    kept = set(pinning_facts(message))
    return {f.text for f in message.facts if f not in kept}


@pytest.mark.parametrize(
    ("text", "lang", "aside"),
    [
        # A region the artisans come from, a weekday of every week beside the full date.
        (
            "Le marché de Noël du cours Lafayette revient à Toulon du vendredi 11 au dimanche "
            "20 décembre 2026. Vous y retrouverez 40 artisans du Var et des ateliers pour les "
            "enfants le mercredi après-midi.",
            "fr",
            {"Var", "mercredi"},
        ),
        # A period that is no day.
        (
            "This year, Plage des Sablettes Beach Club reopens on Friday 1 May 2026 at 11 am "
            "with a new lunch menu. Book at https://sablettes-beach.example/book",
            "en",
            {"This year"},
        ),
        # A delay with no end said ("dans les prochains jours") names no day.
        (
            "Le 14 octobre 2026, nous avons détecté un accès non autorisé à notre outil de "
            "rendez-vous. Les personnes concernées recevront un e-mail dans les prochains jours.",
            "fr",
            {"dans les prochains jours"},
        ),
        # The day and place themselves always count.
        (
            "Join us Thursday at 7pm at the Corn Exchange in Leeds for a cheese tasting.",
            "en",
            set(),
        ),
        (
            "Portes ouvertes au domaine ce samedi 5 décembre, de 10 h à 18 h, 12 chemin des "
            "Restanques au Castellet.",
            "fr",
            set(),
        ),
    ],
)
def test_facts_that_pin_no_day_or_place_are_set_aside(
    text: str, lang: str, aside: set[str]
) -> None:
    assert _set_aside(text, lang) == aside


def test_a_bare_weekday_is_the_day_when_the_message_gives_no_dated_one() -> None:
    message = understand(
        "Tasting night this Thursday at 7pm at the Corn Exchange.", "en", date=WRITTEN
    )
    whens = [f for f in pinning_facts(message) if f.role is Role.WHEN]
    assert any(f.text == "Thursday" for f in whens), message.facts
