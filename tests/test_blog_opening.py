"""A blog article's title and its lead never say the same words, and a standfirst says why
the article matters where the intent tells (issue 17): the table's examples
(data/blog-leads.yaml), and the articles adapt writes with them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from brandvoice import adapt
from brandvoice.adaptation.blog_opening import blog_opening, examples, why_it_matters
from brandvoice.adaptation.news_headline import words
from brandvoice.understand import understand

WHEN = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    "example", examples()["opening"], ids=lambda e: f"{e['lang']}-{e['pieces'][0][:30]}"
)
def test_opening_examples(example: dict[str, Any]) -> None:
    opened = blog_opening(example["title"], list(example["pieces"]), example["lang"])
    assert opened.title == example["expected_title"]
    assert opened.pieces == example["expected"]
    # A change says why; no change, no reason.
    changed = (opened.title, opened.pieces) != (example["title"], example["pieces"])
    assert bool(opened.reason) == changed


@pytest.mark.parametrize("example", examples()["why"], ids=lambda e: e["master"][:30])
def test_why_examples(example: dict[str, Any]) -> None:
    message = understand(example["master"], example["lang"], date=WHEN)
    assert why_it_matters(message, example["lang"]) == example["expected"]


def test_no_standfirst_when_the_message_lacks_what_it_promises() -> None:
    # A job ad with no way to apply: "how to apply" would promise what is not there.
    message = understand("We're hiring a line cook at The Harbour Kitchen.", "en", date=WHEN)
    assert message.intent.value == "hiring"
    assert why_it_matters(message, "en") == ""
    assert why_it_matters(None, "en") == ""


def test_a_job_ad_titled_by_its_lead_gets_the_job_as_its_title() -> None:
    master = (
        "We're looking for a part-time barista (20–25 hrs/week) to join our small team at "
        "Tide & Tamp in Brighton. Weekend availability is a must. Send a short note to "
        "hello@tideandtamp.co.uk by Friday 13 March."
    )
    message = understand(master, "en", date=WHEN)
    lead = master.split(". ")[0] + "."
    title = "We're looking for a part-time barista (20–25 hrs/week) to join our small team"
    opened = blog_opening(title, [lead, "Weekend availability is a must."], "en", message)
    assert opened.title == "Part-time barista wanted at Tide & Tamp, Brighton"
    assert opened.pieces[0] == lead  # the lead says the job whole
    assert opened.reason
    # Not a job ad: no such title.
    other = understand("Trivia night is back at The Salty Dog. Call 902-555-0164.", "en", date=WHEN)
    assert blog_opening(title, [lead, "More."], "en", other).title == title


def _article(master: str, lang: str, network: str = "blog", voice: str = "expert-blog") -> str:
    result = adapt(
        master, voices=[voice], networks=[network], lang=lang, date=WHEN, languagetool="off"
    )
    return result.variants[0].text


def _title_and_first_paragraph(text: str) -> tuple[str, str]:
    title, _, rest = text.partition("\n\n")
    return title.removeprefix("# "), rest.split("\n\n", 1)[0]


def test_an_article_never_says_its_title_again() -> None:
    master = (
        "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). Au sein d'une équipe de "
        "huit personnes, vous travaillerez sur des sites pour des PME de la région. Détails et "
        "candidature : https://www.studio-traboule.fr/jobs"
    )
    text = _article(master, "fr")
    title, _ = _title_and_first_paragraph(text)
    # (French typography spaces the colon: the words are what is compared.)
    assert words(title) == words("Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e)")
    paragraphs = text.split("\n\n")[1:]
    assert not any(words(p)[: len(words(title))] == words(title) for p in paragraphs)
    # Every fact of the dropped sentence is still said, by the title.
    assert "CDI, Lyon 7e" in text
    assert "https://www.studio-traboule.fr/jobs" in text


def test_an_incident_article_opens_on_its_standfirst_then_the_news() -> None:
    master = (
        "Heads up if you dined with us last Friday or Saturday: our card terminal provider had "
        "a glitch that charged some payments twice. The duplicate charges are being reversed "
        "automatically. Email billing@harborhousegrill.com if you still see one."
    )
    text = _article(master, "en")
    title, first = _title_and_first_paragraph(text)
    assert title == "Heads up if you dined with us last Friday or Saturday"
    assert first == "Here is what happened and what it means for you."
    second = text.split("\n\n")[2]
    assert second.startswith("Our card terminal provider had a glitch")


def test_the_press_note_keeps_its_own_opening() -> None:
    # Only the blog: the press note on the website has neither the standfirst nor the cut.
    master = (
        "Heads up if you dined with us last Friday or Saturday: our card terminal provider had "
        "a glitch that charged some payments twice. The duplicate charges are being reversed "
        "automatically."
    )
    press = _article(master, "en", network="website", voice="corporate")
    assert "what it means for you" not in press


def test_the_change_log_says_why_and_the_description_is_the_news() -> None:
    master = (
        "PRODUCT RECALL: Oat & Raisin Cookies (6-pack), best before 18/05/2026.\n"
        "Some packs may contain peanuts, which are not declared on the label. Please return "
        "them to the shop for a full refund. Questions: recall@hillsidebakehouse.co.uk"
    )
    result = adapt(
        master, voices=["expert-blog"], networks=["blog"], lang="en", date=WHEN, languagetool="off"
    )
    (variant,) = result.variants
    template = next(c for c in variant.changes if c.transform == "template")
    assert "standfirst" in template.reason
    assert "only said the title again" in template.reason
    # The lead that went is not said twice: once, as the title.
    assert variant.text.count("best before 18/05/2026") == 1
    # The page's description is the news, not the standfirst.
    description = str(variant.meta["description"])
    assert "here is what to do" not in description.casefold()
    assert description.startswith("Some packs may contain peanuts")
