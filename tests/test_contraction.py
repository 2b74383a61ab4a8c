"""A name after French « de » / « à »: contraction, elision, h aspiré, apostrophes."""

from __future__ import annotations

import doctest

import pytest

from brandvoice.lang import Lang
from brandvoice.text.french import contraction
from brandvoice.text.french.contraction import (
    EXAMPLES,
    ContractionExample,
    Preposition,
    with_preposition,
)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.preposition} {e.name}")
def test_module_examples(example: ContractionExample) -> None:
    written = with_preposition(example.preposition, example.name)
    assert written == example.expected
    assert written != example.incorrect


@pytest.mark.parametrize(
    ("preposition", "name", "lang", "expected"),
    [
        # Article-initial names, whatever the article's case.
        ("de", "le comptoir", "fr", "du comptoir"),
        ("à", "LES HALLES", "fr", "aux HALLES"),
        ("de", "Les  Halles", "fr", "des Halles"),
        # A word that merely starts like an article is not one.
        ("de", "Lesieur", "fr", "de Lesieur"),
        ("à", "Lacoste", "fr", "à Lacoste"),
        ("de", "Le", "fr", "de Le"),
        # Apostrophe variants of « L' »: written as the module's apostrophe.
        ("de", "l'Atelier", "fr", "de l’Atelier"),
        ("à", "L'Atelier", "fr", "à L’Atelier"),
        # Elision: vowels, accented capitals, mute h; none before an aspirated h or after à.
        ("de", "Île Verte", "fr", "d’Île Verte"),
        ("de", "Hôtel X", "fr", "d’Hôtel X"),
        ("de", "Halles", "fr", "de Halles"),
        ("de", "Haut Var Bio", "fr", "de Haut Var Bio"),
        ("à", "Atelier Cuir", "fr", "à Atelier Cuir"),
        ("à", "Hôtel X", "fr", "à Hôtel X"),
        # English names are left as they are: English prepositions do not contract.
        ("de", "Le Sable d'Or", "en", "Le Sable d'Or"),
        ("à", "Atelier Cuir", "en", "Atelier Cuir"),
        # Nothing to name, nothing to write.
        ("de", "", "fr", ""),
        ("à", "   ", "fr", ""),
        ("de", "", "en", ""),
    ],
)
def test_with_preposition(preposition: Preposition, name: str, lang: Lang, expected: str) -> None:
    assert with_preposition(preposition, name, lang) == expected


def test_the_apostrophe_can_follow_the_house_style() -> None:
    assert with_preposition("de", "Atelier Cuir", apostrophe="'") == "d'Atelier Cuir"
    assert with_preposition("à", "L’Atelier", apostrophe="'") == "à L'Atelier"


def test_docstring_examples_run() -> None:
    assert doctest.testmod(contraction).failed == 0


@pytest.mark.parametrize(
    ("source", "lang", "expected"),
    [
        ("À propos {{ brand | de }}", "fr", "À propos du Sable d’Or"),
        ("Rendez-vous {{ brand | a }}", "fr", "Rendez-vous au Sable d’Or"),
        ("About {{ brand | de }}", "en", "About Le Sable d’Or"),
        ("[{{ none | de }}]", "fr", "[]"),
    ],
)
def test_template_filters_follow_the_context_language(
    source: str, lang: Lang, expected: str
) -> None:
    from brandvoice.adaptation.render import environment

    template = environment().from_string(source)
    assert template.render(brand="Le Sable d’Or", none=None, lang=lang) == expected
