"""Fitting to X keeps what a reader needs: a recall's hazard, instruction and product over
its reassurance and contact line; an apology and its refund over thanks and a sign-off."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.fitting.purpose import (
    asks,
    figures_reported,
    gets_in_touch,
    is_courtesy,
    leans_on_previous,
    offers_remedy,
    purpose_weight,
)
from brandvoice.understand import understand
from tests.sample_masters import APOLOGY_FR, RECALL_EN

WRITTEN = dt.date(2026, 12, 7)
RECALL = RECALL_EN
APOLOGY = APOLOGY_FR


def _x(master: str, lang: str) -> str:
    adaptation = adapt(
        master,
        voices=["casual-facebook"],
        networks=["x"],
        lang=lang,
        date=WRITTEN,
        languagetool="off",
    )
    (variant,) = adaptation.variants
    return variant.text


def test_a_recall_on_x_keeps_the_hazard_the_instruction_and_the_product() -> None:
    text = _x(RECALL, "en")
    assert "Walnut & Honey Loaf, batch L2611" in text
    assert "may contain small pieces of glass" in text
    assert "Bring it back to our shop at 14 Quay Street" in text
    # The instruction's "it" lost the sentence that named the loaf: it names it now.
    assert "Don't eat the loaf." in text
    assert "Don't eat it" not in text
    # Reassurance, the apology of form and the contact line go first.
    assert "No other product is affected" not in text
    assert "sorry" not in text
    # "Questions?" never stays without the line it leads into.
    assert ("Questions?" in text) == ("01227 555 014" in text)


def test_an_apology_on_x_keeps_the_apology_and_the_refund() -> None:
    text = _x(APOLOGY, "fr")
    assert "un vrai fiasco." in text  # its list of what went wrong was trimmed
    assert "attente de plus" not in text
    assert "On vous doit des excuses." in text
    assert "remboursement de leur entrée jusqu'au 20" in text
    assert "contact@leptitcabanon.fr" in text
    assert "Merci de votre patience" not in text


@pytest.mark.parametrize(
    ("sentence", "lang", "own_line", "expected"),
    [
        ("Merci de votre patience, et à très vite.", "fr", False, True),
        ("Merci !", "fr", False, True),
        # « merci de » + infinitive asks the reader to act: no thanks.
        ("Merci de retirer ce jouet des mains de vos enfants.", "fr", False, False),
        ("Thank you for your understanding.", "en", False, True),
        ("L'équipe du P'tit Cabanon", "fr", True, True),
        ("The Harbour Bakery team", "en", True, True),
        # A sign-off is a line of its own, short and without a stop.
        ("L'équipe du P'tit Cabanon", "fr", False, False),
        ("L'équipe du P'tit Cabanon vous attend samedi dès 19 h au port.", "fr", True, False),
        ("Bring it back to our shop for a full refund.", "en", True, False),
    ],
)
def test_courtesy(sentence: str, lang: str, own_line: bool, expected: bool) -> None:
    assert is_courtesy(sentence, lang, own_line=own_line) is expected


def test_the_instruction_is_found_in_the_variants_own_words() -> None:
    message = understand(RECALL, "en", date=WRITTEN)
    # The master says "Do not eat"; the casual variant says "Don't eat".
    assert asks("Don't eat it.", message, "en")
    assert not asks("No other product is affected.", message, "en")
    assert not asks("We're very sorry for the worry this causes.", message, "en")


def test_what_a_recall_is_for_outweighs_its_reassurance() -> None:
    message = understand(RECALL, "en", date=WRITTEN)
    hazard = purpose_weight("Some loaves may contain small pieces of glass.", message, "en")
    batch = purpose_weight("Please check the batch number on the label.", message, "en")
    assert hazard > batch > 0
    assert purpose_weight("No other product is affected.", message, "en") == 0
    news = understand("Our new bakery opens on Saturday 12 December on Quay Street.", "en")
    assert purpose_weight("Some loaves may contain glass.", news, "en") == 0


def test_help_and_leaning_sentences() -> None:
    assert gets_in_touch("Si ce n'est pas le cas, écrivez-nous à aide@comptoir.example.", "fr")
    assert leans_on_previous("Si ce n'est pas le cas, écrivez-nous.", "fr")
    assert leans_on_previous("Otherwise, call us.", "en")
    assert not leans_on_previous("Call us otherwise.", "en")
    # "after that" is what the sentence before it said would happen
    assert leans_on_previous("If you still see one after that, email billing@grill.example.", "en")
    assert not leans_on_previous("If you still have a ticket, bring it along.", "en")


RESULTS = (
    "Record year! In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and kept an estimated "
    "11 tonnes of metal out of landfill. Turnover passed £500k for the first time. Thank you, "
    "Sheffield!"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2025 we sold 390 of them.", 2),
        ("We sold 390 refurbished ones and kept 11 tonnes out of landfill.", 2),
        # A figure inside a longer number is not said: "812" is no "4,812".
        ("We fixed 812 bikes and 11.5 tonnes.", 0),
        ("Thank you, Sheffield!", 0),
    ],
)
def test_a_results_sentence_reports_the_messages_figures(sentence: str, expected: int) -> None:
    message = understand(RESULTS, "en", date=dt.date(2026, 1, 9))
    assert figures_reported(sentence, message) == expected


def test_an_incidents_figures_say_what_happened() -> None:
    # How many were hit is what happened, as a results post's figures are what it reports.
    message = understand(
        "Le 14 octobre, nous avons détecté un accès non autorisé à notre outil de rendez-vous. "
        "Les noms d'environ 1 200 patients ont pu être consultés. Nous sommes désolés.",
        "fr",
        date=WRITTEN,
    )
    assert figures_reported("Les noms d'environ 1 200 patients ont pu être consultés.", message)
    assert not figures_reported("Nous sommes désolés.", message)


def test_figures_are_the_content_of_results_and_incidents_only() -> None:
    # An opening's "40 stalls" is detail, not what the post reports.
    message = understand("Our market opens on Saturday with 40 stalls. Come early!", "en")
    assert figures_reported("Our market opens on Saturday with 40 stalls.", message) == 0


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Vos entrées seront remboursées.", "fr", True),
        ("Un bon de réduction de 10 € vous sera envoyé par mail.", "fr", True),
        ("Every affected customer will get a £10 credit on their next order.", "en", True),
        ("The duplicate charges are being reversed automatically.", "en", True),
        # what went wrong is no remedy
        ("Our card terminal charged your credit card twice.", "en", False),
        ("Nous sommes vraiment désolés.", "fr", False),
    ],
)
def test_a_remedy_makes_good(sentence: str, lang: str, expected: bool) -> None:
    assert offers_remedy(sentence, lang) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Questions? Write to recall@harbourbakery.example.",
        "Details at harbourbakery.example/recall today.",
    ],
)
def test_a_word_inside_an_address_or_a_link_is_no_cue(sentence: str) -> None:
    message = understand(RECALL, "en", date=WRITTEN)
    assert purpose_weight(sentence, message, "en") == 0
    # The same word in the sentence's own words still says what the recall is for.
    said = sentence.replace("recall@", "us, the recall team, at ").replace("/recall", " (recall)")
    assert purpose_weight("This is a product recall. " + said, message, "en") > 0


def test_cue_text_blanks_addresses_and_keeps_offsets() -> None:
    from brandvoice.understand.cues import without_addresses

    text = "Write to recall@shop.example or see shop.example/recall now."
    blanked = without_addresses(text)
    assert len(blanked) == len(text)
    assert "recall" not in blanked
    assert blanked.startswith("Write to ")
    assert blanked.endswith(" now.")
