"""A press note's own headlines (issue 17): the first person, an award, a thing that starts at
the brand, the state of what the business owns, and never a title cut inside a range
(data/news-headlines.yaml, section ``press``); the blog keeps its title."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from brandvoice import adapt
from brandvoice.adaptation.news_headline import apology_headline, repeats
from brandvoice.adaptation.press_headline import (
    examples,
    press_headline,
    rejoined,
    rejoined_examples,
    sentence_cased,
)

WHEN = dt.date(2026, 10, 6)


@pytest.mark.parametrize("example", examples(), ids=lambda e: f"{e['lang']}-{e['title'][:30]}")
def test_press_examples(example: dict[str, Any]) -> None:
    written = press_headline(
        example["title"],
        example["lead"],
        example["lang"],
        brand=example.get("brand"),
        after=example.get("after", ""),
    )
    assert written == example["headline"]


@pytest.mark.parametrize(
    "example",
    [e for e in examples() if e["headline"] and not e["title"].startswith("Summer break")],
)
def test_a_press_headline_never_repeats_its_lead(example: dict[str, Any]) -> None:
    assert not repeats(example["headline"], example["lead"])
    assert len(example["headline"]) <= 70


def test_a_range_is_never_cut() -> None:
    lead = "Summer break runs August 10 to 21 for the whole team."
    assert press_headline("Summer break runs August 10", lead, "en") == (
        "Summer break runs August 10 to 21"
    )
    # A title that ends where a word goes on, not a range, stays as it is.
    assert press_headline("Summer break runs", lead, "en") is None


def test_a_pronoun_left_in_the_thing_gives_no_headline() -> None:
    lead = "We are recalling the jars you bought because they may contain glass."
    assert press_headline("We are recalling the jars you bought", lead, "en") is None


def test_an_apology_titles_what_the_brand_owns_once_the_press_note_named_it_en() -> None:
    lead = (
        "Rideau Community Pharmacy's online prescription refill system is down today "
        "because of an issue with its software provider."
    )
    brand = "Rideau Community Pharmacy"
    title = apology_headline(lead, "en", "We apologize for the inconvenience.", brand)
    assert title == "Online prescription refill system: our apologies"
    # Another business's system is not the brand's to apologise for.
    other = lead.replace("Rideau Community Pharmacy's", "Bytown Software's")
    assert apology_headline(other, "en", "We apologize for the inconvenience.", brand) is None


def _text(master: str, network: str) -> str:
    (variant,) = adapt(
        master, networks=[network], lang="en", languagetool="off", date=WHEN
    ).variants
    return variant.text


def test_the_press_note_titles_the_news_and_the_blog_keeps_its_title() -> None:
    master = (
        "We're recalling one batch of our 500g Yellow Box honey because a few jars may "
        "contain glass. Please don't eat it. We're very sorry."
    )
    press = _text(master, "website")
    assert press.split("\n\n")[0] == "One batch of 500g Yellow Box honey recalled"
    blog = _text(master, "blog")
    assert "recalled" not in blog.split("\n\n")[0]


def test_the_change_log_says_why_the_press_note_titles_so() -> None:
    master = "We're recalling one batch of our 500g Yellow Box honey because a jar may hold glass."
    (variant,) = adapt(
        master, networks=["website"], lang="en", languagetool="off", date=WHEN
    ).variants
    (template,) = [c for c in variant.changes if c.transform == "template"]
    assert "written as a press note titles it" in template.reason
    assert "repeated the lead" in template.reason


@pytest.mark.parametrize(
    ("shouted", "cased"),
    [
        ("APPRENTICE WANTED", "Apprentice wanted"),
        (
            "RAPPEL PRODUIT – Confiture d'abricots 370 g",
            "Rappel produit – Confiture d'abricots 370 g",
        ),
        ("PRODUCT RECALL: Oat & Raisin Cookies", "Product recall: Oat & Raisin Cookies"),
        # A short word in capitals may be an acronym: the headline stays.
        ("NEW IPA on tap", "NEW IPA on tap"),
        ("Soldes d'hiver chez Mistral Mode", "Soldes d'hiver chez Mistral Mode"),
    ],
)
def test_a_shouted_label_is_sentence_cased(shouted: str, cased: str) -> None:
    assert sentence_cased(shouted) == cased


def test_the_press_note_does_not_shout_and_the_blog_keeps_its_title() -> None:
    master = (
        "APPRENTICE WANTED\nCoastal Auto Repairs in Geelong has a spot for a first-year "
        "apprentice. Apply by email at jobs@coastalauto.com.au."
    )
    assert _text(master, "website").split("\n\n")[0] == "Apprentice wanted"


@pytest.mark.parametrize("example", rejoined_examples(), ids=lambda e: e["lead"][:30])
def test_rejoined_examples(example: dict[str, Any]) -> None:
    back = rejoined(example["headline"], example["lead"], "en")
    written = example["written"]
    assert (back is None) if written is None else (back and [back.headline, back.lead] == written)


def test_a_verbless_lead_takes_the_news_back_in_the_press_note_only() -> None:
    master = (
        "Trivia night is back at The Salty Dog! Every second Tuesday, starting Tuesday "
        "13 January at 7pm. Teams of up to 6, $5 per player."
    )
    headline, lead = _text(master, "website").split("\n\n")[:2]
    assert headline == "Trivia night returns to The Salty Dog"
    assert lead.split(" – ", 1)[1].startswith("Trivia night is back at The Salty Dog every")
    assert "returns to" not in _text(master, "blog")
