"""A press note's lead is a sentence, not the post's label (issue 17, press-lead-sentence):
the label stays the headline, the lead under the dateline says who does what, and every
fact the label gave is still in the note."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt
from brandvoice.adaptation.headline import opening
from brandvoice.adaptation.news_headline import repeats
from brandvoice.profiles import get_voice
from brandvoice.understand import understand

WHEN = dt.date(2026, 6, 8)

JOB = (
    "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). Au sein d'une équipe de huit "
    "personnes, vous travaillerez sur des sites pour des PME. Prise de poste souhaitée en "
    "septembre. Candidature : https://www.studio-traboule.fr/jobs"
)
LAUNCH = (
    "Shipping today: recurring invoices in Tallybook. Set a schedule once and Tallybook sends "
    "the invoice. Walkthrough at tallybook.io/changelog/recurring"
)
HEADS_UP = (
    "Heads up if you dined with us last Friday or Saturday: our card terminal provider had a "
    "glitch that charged some payments twice. The duplicate charges are being reversed "
    "automatically. Sorry for the hassle!"
)


def _note(master: str, lang: str, brand: str | None = None) -> tuple[str, str]:
    """The press note's headline and its lead (the dateline cut off)."""
    profile = None
    if brand is not None:
        profile = get_voice("corporate").model_copy(update={"name": "b", "brand_name": brand})
    (variant,) = adapt(
        master,
        voices=[profile or "corporate"],
        networks=["website"],
        lang=lang,
        languagetool="off",
        date=WHEN,
    ).variants
    headline, lead = variant.text.split("\n\n")[:2]
    return headline, lead.split(" – ", 1)[1]


def test_a_job_label_becomes_a_lead_that_keeps_its_facts() -> None:
    headline, lead = _note(JOB, "fr")
    assert headline == "Poste à pourvoir\u00a0: développeur·se front-end (CDI, Lyon 7e)"
    assert lead == "Nous recrutons un·e développeur·se front-end en CDI à Lyon 7e."


def test_the_brand_the_profile_names_does_what_the_lead_says() -> None:
    _, lead = _note(JOB, "fr", brand="Studio Traboule")
    assert lead.startswith("Studio Traboule recrute un·e développeur·se front-end")


def test_a_product_named_after_the_brand_is_not_named_twice() -> None:
    headline, lead = _note(LAUNCH, "en", brand="Tallybook")
    assert lead.count("Tallybook") == 1
    assert "today" in lead
    assert not repeats(headline, lead)


@pytest.mark.parametrize(("master", "lang"), [(JOB, "fr"), (LAUNCH, "en"), (HEADS_UP, "en")])
def test_the_lead_does_not_open_on_the_label(master: str, lang: str) -> None:
    headline, lead = _note(master, lang)
    label = master.split(":", 1)[0].rstrip()
    assert not lead.startswith(label)
    assert not repeats(headline, lead)


def test_an_attention_label_goes_and_its_day_stays() -> None:
    headline, lead = _note(HEADS_UP, "en")
    assert "heads up" not in lead.casefold()
    assert lead.startswith("Last Friday or Saturday, ")
    # A headline with a verb is a sentence, but not in the first person: without a brand
    # the business's "our" goes (press_news_title.py).
    assert headline == "Card terminal provider had a glitch"


def test_an_attention_labels_headline_names_the_brand_when_the_profile_does() -> None:
    headline, lead = _note(HEADS_UP, "en", brand="Harbour House Grill")
    assert headline == "Harbour House Grill's card terminal provider had a glitch"
    assert lead.startswith("Last Friday or Saturday, Harbour House Grill's card terminal")


def test_a_heading_the_splitter_set_apart_is_the_headline() -> None:
    master = "Poste à pourvoir : développeur (CDI, Lyon 7e). Prise de poste en septembre."
    sentences = [
        "Poste à pourvoir : développeur (CDI, Lyon 7e)",
        "Nous recrutons un développeur en CDI à Lyon 7e.",
        "Prise de poste en septembre.",
    ]
    opened = opening(sentences, understand(master, "fr"), "fr")
    assert opened.headline == sentences[0]
    assert opened.sentences == sentences[1:]


def test_a_short_sentence_with_its_stop_is_no_heading() -> None:
    master = "Nous recrutons un développeur à Lyon. Prise de poste en septembre."
    sentences = ["Nous recrutons un développeur à Lyon.", "Prise de poste en septembre."]
    assert opening(sentences, understand(master, "fr"), "fr").headline == ""


def test_an_invitation_becomes_the_event_the_business_hosts() -> None:
    master = (
        "Join us Thursday, February 26th from 5:30 to 7:30pm for a Vermont cheese tasting with "
        "three local creameries. $15 per person, tickets at the counter."
    )
    headline, lead = _note(master, "en", brand="Green Mountain Cheese")
    assert headline == "Vermont cheese tasting with three local creameries"
    assert lead.startswith("Green Mountain Cheese is hosting a Vermont cheese tasting")
    assert "Thursday, February 26th from 5:30 to 7:30pm" in lead
    assert "join us" not in lead.casefold()


def test_a_partnership_headline_names_the_partner() -> None:
    master = (
        "Nouveau partenariat 🤝 À partir de ce mois-ci, tous nos cafés sont torréfiés par la "
        "Brûlerie des Alpilles, à 15 km de la boutique. Vous nous direz ce que vous en pensez !"
    )
    headline, lead = _note(master, "fr")
    assert headline == "Nouveau partenariat avec la Brûlerie des Alpilles"
    assert lead.startswith("À partir de ce mois-ci")
