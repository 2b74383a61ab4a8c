"""French address: "tu", "vous", "mixed" or None, from pronouns and verb morphology."""

from __future__ import annotations

import csv

import pytest

from brandvoice.analysis import analyze, analyze_many
from tests.testdata import require_testdata

CLEAR_CASES = [
    # Pronouns and possessives.
    ("Tu vas adorer la nouvelle collection.", "tu"),
    ("Vous allez adorer la nouvelle collection.", "vous"),
    ("Merci pour ton message, on revient vers toi.", "tu"),
    ("Merci pour votre message, nous revenons vers vous.", "vous"),
    ("Cette place est la tienne.", "tu"),
    ("Cette place est la vôtre.", "vous"),
    ("Ça t'intéresse ?", "tu"),
    # Imperatives without a pronoun: only the verb's ending tells.
    ("Viens voir !", "tu"),
    ("Venez voir !", "vous"),
    ("Découvre notre nouvelle collection.", "tu"),
    ("Découvrez notre nouvelle collection.", "vous"),
    ("N'hésite pas à nous écrire.", "tu"),
    ("N'hésitez pas à nous écrire.", "vous"),
    ("Ne rate pas ça !", "tu"),
    ("Dis-nous tout en commentaire.", "tu"),
    ("Dites-nous tout en commentaire.", "vous"),
    ("Suivez-nous sur Instagram.", "vous"),
    ("C'est bientôt fini ! Profitez-en vite.", "vous"),
    # Both.
    ("Tu viens ? Vous êtes tous invités.", "mixed"),
    ("Viens voir, vous ne serez pas déçus.", "mixed"),
    # A negated series after a comma goes on with its subject (Meta's promotion
    # statement); after a clause of its own it is an order.
    ("Facebook n'organise pas ce jeu, ne le parraine pas, ne le gère pas.", None),
    ("On ouvre samedi, ne le rate pas !", "tu"),
    ("Ne viens pas tard, ne le rate pas !", "tu"),
    # Nobody: nouns that look like imperatives, third persons, a euphonic "t".
    ("Nouvelle boutique à Toulon.", None),
    ("Offre spéciale ce week-end.", None),
    ("Visite guidée samedi à 10 h.", None),
    ("Réserve naturelle des Maures.", None),
    ("Pierre nous a rejoints hier.", None),
    ("Le projet a été validé par la direction.", None),
    ("Y a-t-il encore des places ?", None),
    ("Le ton est donné.", None),
    ("Rendez-vous samedi au stand !", None),
    ("Allez, on y va !", None),
    # A verb form joined to a noun is a compound noun; joined to a pronoun, an order.
    ("Grille-pain, vélos, lampes : nos bénévoles réparent tout.", None),
    ("Ouvre-boîte et tire-bouchon offerts.", None),
    ("Vas-y, fonce !", "tu"),
]


@pytest.mark.parametrize(("text", "expected"), CLEAR_CASES)
def test_address(text: str, expected: str | None) -> None:
    assert analyze(text, "fr").address == expected


def test_address_markers_point_at_the_evidence() -> None:
    text = "Viens voir, vous ne serez pas déçus."
    markers = [(m.kind, m.text) for m in analyze(text, "fr").markers if m.kind in ("tu", "vous")]
    assert markers == [("tu", "Viens"), ("vous", "vous")]


def test_reflexive_vous_counts_once() -> None:
    assert analyze("Vous vous inscrivez en ligne.", "fr").second_person == 1
    assert analyze("Tu te rends compte ?", "fr").second_person == 1
    # Two addresses, two counts: the subject and, later, a possessive.
    assert analyze("Vous pouvez modifier votre commande.", "fr").second_person == 2


def test_verb_and_its_own_pronoun_count_once() -> None:
    assert analyze("Avez-vous reçu le colis ?", "fr").second_person == 1
    assert analyze("Abonne-toi !", "fr").second_person == 1
    assert analyze("Venez nombreux !", "fr").second_person == 1


def test_english_has_no_address_but_counts_you() -> None:
    analysis = analyze("You'll love your new card, and so will your friends.", "en")
    assert analysis.address is None
    assert analysis.second_person == 3


def test_cocoa_mt_formal_and_informal_sides_are_told_apart() -> None:
    """CoCoA-MT (Nadejde et al. 2022): each English sentence translated into French twice,
    formally and informally. The formal side must read "vous", the informal one "tu";
    "mixed" or None count as errors."""
    path = require_testdata("cocoa-mt-formality-en-fr", "cocoa-mt-test-en-fr.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 600
    texts = [row["fr_formal"] for row in rows] + [row["fr_informal"] for row in rows]
    expected = ["vous"] * len(rows) + ["tu"] * len(rows)
    found = [analysis.address for analysis in analyze_many(texts, lang="fr")]
    accuracy = sum(a == b for a, b in zip(found, expected, strict=True)) / len(texts)
    assert accuracy >= 0.95
