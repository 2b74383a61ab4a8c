"""The press note's dateline town, read from the master when it says it plainly."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation import adapt
from brandvoice.adaptation.press_dateline import EXAMPLES, DatelineExample, dateline_town


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.master[:40])
def test_dateline_example(example: DatelineExample) -> None:
    assert (
        dateline_town(example.master, example.lang, example.brand, example.places) == example.town
    )


def test_an_english_press_note_sets_the_town_in_capitals_and_a_post_has_none() -> None:
    master = "Cheese tasting on Thursday 26 February at 5:30pm. 114 Main St, Stowe."
    variants = adapt(
        master,
        networks=["website", "facebook"],
        lang="en",
        date=dt.date(2026, 2, 10),
        languagetool="off",
    ).variants
    press, post = variants
    assert "\nSTOWE, 10 February 2026 – " in press.text
    assert "STOWE" not in post.text


def test_the_profile_location_wins() -> None:
    from brandvoice.profiles import get_voice

    voice = get_voice("corporate").model_copy(update={"location": "Burlington"})
    master = "Cheese tasting on Thursday 26 February at 5:30pm. 114 Main St, Stowe."
    (press,) = adapt(
        master,
        voices=[voice],
        networks=["website"],
        lang="en",
        date=dt.date(2026, 2, 10),
        languagetool="off",
    ).variants
    assert "Burlington, 10 February 2026 – " in press.text


def test_the_capitals_of_a_dateline_are_not_shouting() -> None:
    master = "Cheese tasting on Thursday 26 February at 5:30pm. 114 Main St, Stowe."
    (press,) = adapt(
        master, networks=["website"], lang="en", date=dt.date(2026, 2, 10), languagetool="off"
    ).variants
    assert "STOWE, 10 February" in press.text
    assert not [f for f in press.findings if f.rule == "register.caps"]
