"""People named by their first name are people: never where the news happens, never a
hashtag (brandvoice.understand.people, data/first-names.yaml). Real spaCy models."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from brandvoice.understand import Role, understand
from brandvoice.understand.people import _names, examples, is_first_name

DAY = dt.date(2026, 3, 2)


def _listed(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end()) for m in regex.finditer(r"\p{Lu}[\p{L}-]+", text) if m[0] in _names()
    ]


@pytest.mark.parametrize("kind", ["person", "not_person"])
def test_the_data_examples(kind: str) -> None:
    for lang, texts in examples()[kind].items():
        for text in texts:
            spans = _listed(text) or [(0, 0)]
            found = [is_first_name(text, start, end, lang) for start, end in spans]
            assert all(found) if kind == "person" else not any(found), (text, found)


@pytest.mark.parametrize(
    ("text", "lang", "people", "places"),
    [
        (
            "Une immense fierté pour Léa et Malik, qui façonnent chaque nuit nos croissants "
            "à Brignoles.",
            "fr",
            {"Léa", "Malik"},
            {"Brignoles"},
        ),
        (
            "Mécanique, pneus : Karim et Sébastien vous reçoivent dès le 4 mai à Brignoles.",
            "fr",
            {"Karim", "Sébastien"},
            {"Brignoles"},
        ),
    ],
)
def test_first_names_are_people_not_places(
    text: str, lang: str, people: set[str], places: set[str]
) -> None:
    message = understand(text, lang, date=DAY)
    where = {f.text for f in message.of_role(Role.WHERE)}
    who = {f.text for f in message.of_role(Role.WHO)}
    assert where == places
    assert people <= who


def test_a_town_named_like_a_person_after_a_preposition_of_place_stays_a_place() -> None:
    text = "Rendez-vous à Florence, puis à Karim, et bravo à Karim."
    first, second = text.index("Karim"), text.rindex("Karim")
    assert not is_first_name(text, first, first + 5, "fr")  # « à Karim »: a place
    assert is_first_name(text, second, second + 5, "fr")  # « bravo à Karim »: a person
    assert not is_first_name(text, text.index("Florence"), text.index("Florence") + 8, "fr")
