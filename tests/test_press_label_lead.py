"""A press note's lead when the master opens on a label (issue 17): the lead never opens on
its headline's words, and says who does what."""

from __future__ import annotations

import pytest

from brandvoice.adaptation import adapt
from brandvoice.adaptation.news_headline import words
from brandvoice.adaptation.press_news_title import lead_after_headline


@pytest.mark.parametrize(
    ("headline", "sentence", "lang", "expected"),
    [
        (
            "Assemblée générale 2026",
            "Assemblée générale 2026 : la Cave coopérative de Pierrefeu a présenté hier les "
            "comptes de l'exercice 2025.",
            "fr",
            "La Cave coopérative de Pierrefeu a présenté hier les comptes de l'exercice 2025.",
        ),
        # The parser reads « retire » as a noun after a name: the verb tables know it.
        (
            "Rappel de précaution",
            "Rappel de précaution : la Fromagerie du Jorat retire de la vente sa tomme fleurie.",
            "fr",
            "La Fromagerie du Jorat retire de la vente sa tomme fleurie.",
        ),
        (
            "Annual meeting",
            "Annual meeting: our members approved the 2025 accounts last night.",
            "en",
            "Our members approved the 2025 accounts last night.",
        ),
        # An order, a verbless object, a question: the lead keeps its label.
        ("Spring service offer", "Spring service offer: get your bike ready for £49.", "en", None),
        (
            "Grand ménage",
            "Grand ménage : -30 % sur le nettoyage des couettes, couvertures et rideaux.",
            "fr",
            None,
        ),
        (
            "Particuliers et copropriétés",
            "Particuliers et copropriétés : quelles aides pour la rénovation en 2027 ?",
            "fr",
            None,
        ),
        # A label that is not the headline is not this rule's.
        (
            "Réunion des adhérents",
            "Assemblée générale 2026 : la Cave coopérative a présenté hier les comptes.",
            "fr",
            None,
        ),
    ],
)
def test_lead_after_headline(headline: str, sentence: str, lang: str, expected: str | None) -> None:
    assert lead_after_headline(headline, sentence, lang) == expected


def _press_note(text: str, lang: str) -> tuple[str, str]:
    variant = adapt(
        text, voices=["corporate"], networks=["website"], lang=lang, languagetool="off"
    ).variants[0]
    lines = [line for line in variant.text.split("\n") if line.strip()]
    return lines[0], lines[1].split(" – ", 1)[-1]


@pytest.mark.parametrize(
    ("master", "lang", "lead_opens"),
    [
        (
            "🚀 Nouveau sur Covoit'Rade : le trajet domicile-travail partagé entre collègues de "
            "la même zone d'activité. Vous renseignez vos horaires une fois. Gratuit pour les "
            "salariés des entreprises partenaires.",
            "fr",
            "Covoit'Rade lance le trajet domicile-travail partagé",
        ),
        (
            "New at Spoke & Anchor Cycles: e-bike rentals! Helmets and locks are included, and "
            "we will map you a route along the Seawall. Rentals start Wednesday, April 1.",
            "en",
            "Spoke & Anchor Cycles launches e-bike rentals",
        ),
        (
            "Assemblée générale 2026 : la Cave coopérative des Vignerons de Pierrefeu a présenté "
            "hier les comptes de l'exercice 2025. Le chiffre d'affaires atteint 14,2 millions "
            "d'euros (+6 %).",
            "fr",
            "La Cave coopérative des Vignerons de Pierrefeu a présenté hier",
        ),
    ],
)
def test_press_lead_says_who_does_what_and_not_its_headline(
    master: str, lang: str, lead_opens: str
) -> None:
    headline, lead = _press_note(master, lang)
    assert lead.startswith(lead_opens)
    # The known defect "headline echoes lead": the lead never opens on the headline's words.
    assert words(lead)[: len(words(headline))] != words(headline)
