"""A press note's headline that is the post's hook gives way to the news."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from brandvoice.adaptation import adapt
from brandvoice.adaptation.press_news_title import (
    business_signing,
    examples,
    lead_examples,
    news_title,
    refused,
    unhooked_lead,
)
from brandvoice.profiles import get_voice


@pytest.mark.parametrize("example", examples(), ids=lambda e: f"{e['lang']}-{e['headline']}")
def test_news_title_example(example: dict[str, Any]) -> None:
    titled = news_title(
        example["headline"],
        example["lead"],
        example["lang"],
        intent=example["intent"],
        who=example["who"],
    )
    assert (titled.headline if titled else None) == example["expected"]
    if titled is not None:
        # What replaces a hook is never refused in its turn, and says why it came.
        assert refused(titled.headline, "", example["lang"], written=True) is None
        assert titled.reason


@pytest.mark.parametrize("example", lead_examples(), ids=lambda e: f"{e['lang']}-{e['lead'][:30]}")
def test_the_lead_opens_on_the_news_not_the_hook(example: dict[str, Any]) -> None:
    assert unhooked_lead(example["lead"], example["lang"]) == example["expected"]


@pytest.mark.parametrize(
    ("headline", "lead", "lang"),
    [
        ("We are finally open", "Copper Kettle Taproom opens.", "en"),
        ("Vos fêtes sans stress", "Le traiteur prend les commandes.", "fr"),
        ("Join us", "Parcelwise is hiring.", "en"),
        ("NEW SCENT ALERT is here", "NEW SCENT ALERT is here.", "en"),
        (
            "Info garage : fermeture exceptionnelle",
            "Info garage : fermeture exceptionnelle le 14 mai.",
            "fr",
        ),
    ],
)
def test_hooks_first_person_orders_shouting_and_cut_labels_are_refused(
    headline: str, lead: str, lang: str
) -> None:
    assert refused(headline, lead, lang) is not None


@pytest.mark.parametrize(
    ("headline", "lead", "lang"),
    [
        # A clause whose day and place the lead adds is whole.
        (
            "Le cabinet de kinésithérapie de Sophie Marchetti s'installe",
            "Le cabinet de kinésithérapie de Sophie Marchetti s'installe au 3 place Massillon.",
            "fr",
        ),
        ("Children eat free every Tuesday", "Children eat free every Tuesday this summer.", "en"),
        ("Product recall in the US", "Product recall in the US and Canada.", "en"),
    ],
)
def test_news_headlines_stay(headline: str, lead: str, lang: str) -> None:
    assert refused(headline, lead, lang) is None


def test_the_business_signing_names_the_sober_headline() -> None:
    assert business_signing("Chocolaterie Aubert, Toulon") == "Chocolaterie Aubert"
    assert business_signing("") is None
    assert business_signing("Merci à tous. À bientôt !") is None


def test_the_press_note_opens_on_the_news_not_the_hook() -> None:
    master = (
        "Well, this is wild 🤯 Osteria Nonna Rosa made Canada's 100 Best Restaurants list "
        "this year, at number 64. Not bad for a 28-seat room on Locke Street."
    )
    variants = adapt(
        master,
        voices=[get_voice("corporate"), "casual-facebook"],
        networks=["website", "facebook"],
        lang="en",
        date=dt.date(2026, 2, 3),
        languagetool="off",
    ).variants
    press = next(v for v in variants if v.network == "website")
    post = next(v for v in variants if v.network == "facebook")
    # The news in the present (headline_tense.py): "made" → "makes".
    assert press.text.startswith("Osteria Nonna Rosa makes Canada's 100 Best Restaurants list")
    assert "wild" not in press.text.split("\n", 1)[0]
    # The post keeps its hook: only the press note titles as a journalist.
    assert post.text.startswith("Well, this is wild")


def test_a_fact_only_the_headline_says_stays_in_the_headline() -> None:
    lead = "Thanks to you, Second Shift Tool Library lent out 6,480 tools last year."
    titled = news_title(
        "Our 2025 impact report is out", lead, "en", intent="results", keep=["2025 impact report"]
    )
    # The lead's clause would lose the report: the headline's own clause keeps it.
    assert titled is not None
    assert titled.headline == "2025 impact report is out"
    kept = news_title(
        "Grand ménage de printemps",
        "Jusqu'au samedi 25 avril, -30 % sur le nettoyage des couettes.",
        "fr",
        intent="offer",
        keep=["Grand ménage de printemps"],
    )
    assert kept is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_word_lists_hold_words(lang: str) -> None:
    # YAML reads a bare « on » as true: every listed word must stay a word.
    from brandvoice.adaptation.press_news_title import _table

    for key in ("persons", "open_ends", "possessives", "definite", "genres"):
        assert all(isinstance(word, str) for word in _table(lang)[key]), key
    assert "on" in _table(lang)["persons" if lang == "fr" else "open_ends"]
