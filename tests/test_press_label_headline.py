"""A press note's label headline names the business it is about."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation import adapt
from brandvoice.adaptation.press_label_headline import EXAMPLES, LabelExample, named_label
from brandvoice.profiles import get_voice


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.headline)
def test_label_example(example: LabelExample) -> None:
    named = named_label(
        example.headline, example.lang, example.brand, example.intent, example.master
    )
    assert named == example.after


def test_the_press_note_names_the_business_and_the_post_keeps_its_hook() -> None:
    master = "Doors open! Northern Grind is now serving at 5 Kirkgate Arcade, Leeds, from 7.30am."
    brand = get_voice("corporate").model_copy(update={"brand_name": "Northern Grind"})
    variants = adapt(
        master,
        voices=[brand, "casual-facebook"],
        networks=["website", "facebook"],
        lang="en",
        date=dt.date(2026, 2, 9),
        languagetool="off",
    ).variants
    press = next(v for v in variants if v.network == "website")
    post = next(v for v in variants if v.network == "facebook")
    assert press.text.startswith("Doors open at Northern Grind\n")
    assert "Doors open at" not in post.text
