"""One definition of a sign-off serves the layout (the master's last line set apart) and
fitting (a courtesy dropped first): each used to refuse lines the other took."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.fitting.purpose import is_courtesy
from brandvoice.adaptation.paragraphs import sign_off
from brandvoice.adaptation.signoff import is_sign_off


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a name or a team that signs
        ("Keys & Chords Music School", "en"),
        ("— Rideau Community Pharmacy", "en"),
        ("L'équipe du P'tit Cabanon", "fr"),
        ("Knot & Thread Co.", "en"),  # the stop is the abbreviation's
        # a formula of leave-taking, with no name in it
        ("Kind regards", "en"),
        ("Cheers", "en"),
        ("Bien à vous", "fr"),
        ("Cordialement", "fr"),
    ],
)
def test_a_sign_off_is_one_for_the_layout_and_for_fitting(line: str, lang: str) -> None:
    assert is_sign_off(line, lang)
    assert sign_off(f"See you soon.\n{line}") == line
    assert is_courtesy(line, lang, own_line=True)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Venez nombreux", "fr"),  # a sentence without its stop
        ("Ti Krampouezh, 31 rue de Siam, Brest", "fr"),  # a practical line
        ("Kind regards to everyone who came out in the rain last Saturday night", "en"),
        ("Cordialement.", "fr"),  # a formula closed by its stop reads as a sentence
        ("Doors open at nine.", "en"),  # a sentence's stop, no abbreviation's
        ("Questions: 0161 496 0752 or recall@hillside.co.uk", "en"),
    ],
)
def test_a_line_that_says_something_is_no_sign_off(line: str, lang: str) -> None:
    assert not is_sign_off(line, lang)
    assert sign_off(f"See you soon.\n{line}") == ""
    assert not is_courtesy(line, lang, own_line=True)


def test_a_formula_is_read_in_the_language_given() -> None:
    # Without a language (the layout reads the master before knowing it), every language's
    # formulas count; with one, only its own.
    assert is_sign_off("cordialement")
    assert not is_sign_off("cordialement", "en")
    assert is_sign_off("cordialement", "fr")
