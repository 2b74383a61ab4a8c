"""grammar.fr-number-hyphen (checks/grammar_fr_numbers.py) and the French pleonasms
style.pleonasm reads. Real spaCy model, real dictionary, no server."""

from __future__ import annotations

import pytest

from brandvoice.checks import check


def _found(text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    report = check(text, lang="fr", languagetool="off", disable=["length", "grammalecte"])
    return [
        (text[f.offset : f.offset + f.length], f.replacements)
        for f in report.findings
        if f.rule == rule
    ]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Nous fêtons nos trente deux ans.", "trente deux", "trente-deux"),
        ("Il reste vingt une places.", "vingt une", "vingt et une"),
        ("Soixante onze inscrits.", "Soixante onze", "Soixante et onze"),
        ("Quatre vingts dix bougies.", "Quatre vingts dix", "Quatre-vingt-dix"),
        ("quatre-vingt onze ans", "quatre-vingt onze", "quatre-vingt-onze"),
        ("soixante dix-sept ans", "soixante dix-sept", "soixante-dix-sept"),
    ],
)
def test_a_number_under_a_hundred_is_joined(text: str, span: str, fix: str) -> None:
    assert _found(text, "grammar.fr-number-hyphen") == [(span, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "Nos vingt-cinq ans, vingt et un jours, soixante-dix-sept inscrits.",
        "Quatre-vingt-onze, soixante et onze, vingt-et-un.",
        # not a number: « vingt dix » is none, and « un » is an article before a singular
        "Vingt dix fois ? À vingt-deux heures trente un client sonne ; à trente une table.",
        "Trois cents, deux mille vingt, trente deux-pièces.",
    ],
)
def test_joined_numbers_and_non_numbers_stay_clean(text: str) -> None:
    assert _found(text, "grammar.fr-number-hyphen") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nous avons collaboré ensemble sur ce projet.", "collaboré ensemble"),
        ("Le café est offert gratuitement.", "offert gratuitement"),
        ("Une surprise inattendue vous attend.", "surprise inattendue"),
        ("Comptez une heure de temps.", "heure de temps"),
    ],
)
def test_a_pleonasm_is_a_warning(text: str, span: str) -> None:
    report = check(text, lang="fr", languagetool="off", disable=["length", "grammalecte"])
    found = [
        (text[f.offset : f.offset + f.length], f.severity.value)
        for f in report.findings
        if f.rule == "style.pleonasm"
    ]
    assert found == [(span, "warning")]


def test_accepted_phrases_are_no_pleonasm() -> None:
    text = (
        "Comptez une heure de temps libre ; la secousse sismique, la première priorité et "
        "réserver à l'avance sont d'usage."
    )
    assert _found(text, "style.pleonasm") == []
