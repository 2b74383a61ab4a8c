"""An English press or blog headline says its news in the present where that is certain
(issue 17): headline_tense.py."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt
from brandvoice.adaptation.headline_tense import present_headline


@pytest.mark.parametrize(
    ("headline", "lead", "present"),
    [
        (
            "Osteria Nonna Rosa made Canada's 100 Best Restaurants list this year",
            "Osteria Nonna Rosa made Canada's 100 Best Restaurants list this year, at number 64.",
            "Osteria Nonna Rosa makes Canada's 100 Best Restaurants list this year",
        ),
        (
            "Knot & Thread Co.'s courier lost a whole pallet of outgoing orders",
            "Our courier lost a whole pallet of outgoing orders in their Memphis hub last week.",
            "Knot & Thread Co.'s courier loses a whole pallet of outgoing orders",
        ),
        (
            "Recurring revenue reached $2.4M ARR",
            "Recurring revenue reached $2.4M ARR, up 38% year over year.",
            "Recurring revenue reaches $2.4M ARR",
        ),
        (
            "Volunteers collected 2 tonnes of litter",
            "Volunteers collected 2 tonnes of litter on Sunday.",
            "Volunteers collect 2 tonnes of litter",
        ),
    ],
)
def test_past_news_in_the_present(headline: str, lead: str, present: str) -> None:
    assert present_headline(headline, lead, "en") == present


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # A participle's passive headlinese, with or without an object.
        ("Receipt Radar launched", "Today we are launching Receipt Radar."),
        ("Sal's Corner Slice voted Best Pizza", "Sal's Corner Slice was voted Best Pizza."),
        # A state: its present would say it still holds.
        ("Card terminal provider had a glitch", "Our card terminal provider had a glitch."),
        ("Bloom Hair Studio's booking system was down", "Our booking system was down."),
        # A past time in the headline, a history in the lead.
        ("Crowdfunding round closed last Friday with £412,000", "It closed last Friday."),
        (
            "Dolores Reyes flipped the sign on the door of a 12-seat diner",
            "50 years ago today, Dolores Reyes flipped the sign on the door of a 12-seat diner.",
        ),
        # A question without its mark, a shout, French.
        ("Who took home Apprentice of the Year", "Who took home Apprentice of the Year?"),
        ("WE DID IT", "We did it."),
    ],
)
def test_stays_as_written(headline: str, lead: str) -> None:
    assert present_headline(headline, lead, "en") is None


def test_french_stays() -> None:
    assert present_headline("La cave a ouvert ses portes", "La cave a ouvert.", "fr") is None


def test_press_note_and_article_headlines_in_the_present() -> None:
    master = (
        "Osteria Nonna Rosa made Canada's 100 Best Restaurants list this year, at number 64. "
        "The 28-seat room in Hamilton started as a pasta stall at the farmers' market."
    )
    adaptation = adapt(
        master,
        voices=["corporate", "expert-blog"],
        networks=["website", "blog"],
        lang="en",
        date=dt.date(2026, 2, 3),
        languagetool="off",
    )
    heads = [v.text.split("\n\n")[0].lstrip("# ") for v in adaptation.variants]
    said = [head for head in heads if head.startswith("Osteria Nonna Rosa")]
    assert said, heads
    for head in said:
        assert " makes " in head, head
        assert " made " not in head, head
