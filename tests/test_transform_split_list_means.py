"""split-colon-list, split-lead-in, split-means and split-participle, and split-sentences'
cuts at a bare "and" and before a reason, beyond their own examples
(test_transform_examples.py): the apology master of the brief loses its long sentences and
its late fold on Facebook and LinkedIn while the press note keeps them; the order takes the
voice's address and person, the participle's pronoun its gender and number; the cuts refuse
what would not read as a sentence; a second pass changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest
import regex

import brandvoice
from brandvoice.adaptation.fidelity import broken_sentences
from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Transform, TransformExample, example_target
from brandvoice.adaptation.transforms.split_colon_list import SplitColonList
from brandvoice.adaptation.transforms.split_lead_in import SplitLeadIn
from brandvoice.adaptation.transforms.split_means import SplitMeans
from brandvoice.adaptation.transforms.split_participle import SplitParticiple
from brandvoice.adaptation.transforms.split_sentences import SplitSentences
from brandvoice.lang import Lang
from tests.sample_masters import APOLOGY_FR

LIST, MEANS = SplitColonList(), SplitMeans()
OWN_WARNINGS = ("style.long-sentence", "length.fold")

APOLOGY = APOLOGY_FR
TARGETS = {
    "website": ("corporate", "website"),
    "facebook": ("casual-facebook", "facebook"),
    "linkedin": ("professional-network", "linkedin"),
}


def run(
    transform: Transform,
    text: str,
    lang: Lang = "fr",
    voice: str = "casual-facebook",
    network: str = "facebook",
    profile: Mapping[str, Any] | None = None,
) -> str:
    example = TransformExample(
        text, text, lang=lang, voice=voice, network=network, profile=profile or {}
    )
    return run_transforms(Rewrite(text), example_target(example), [transform]).text


@pytest.fixture(scope="module")
def apology() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, (voice, network) in TARGETS.items():
        adaptation = brandvoice.adapt(
            APOLOGY,
            voices=[voice],
            networks=[network],
            lang="fr",
            date=dt.date(2026, 12, 7),
            languagetool="off",
        )
        (variant,) = adaptation.variants
        warnings = [f.rule for f in variant.findings if f.rule in OWN_WARNINGS]
        found[name] = variant.text
        found[name + " warnings"] = " ".join(warnings)
    return found


@pytest.mark.parametrize("network", ["facebook", "linkedin"])
def test_the_apology_draws_no_long_sentence_on_social_networks(
    apology: dict[str, str], network: str
) -> None:
    text = apology[network]
    assert apology[network + " warnings"] == ""
    # The hook ends at the cut: the layout may set the list in the next paragraph.
    assert regex.search(r"vrai fiasco\.\s+Attente de plus d'une heure", text)
    assert regex.search(r"revu l'organisation\.\s+Deux personnes de plus", text)
    assert not broken_sentences(text, APOLOGY)


def test_the_refund_sentence_is_cut_where_the_voice_needs_it(apology: dict[str, str]) -> None:
    # 19 words: over the casual voice's 16, under LinkedIn's 25.
    assert "20 décembre. Écrivez-nous à contact@leptitcabanon.fr." in apology["facebook"]
    assert "20 décembre, en écrivant à contact@leptitcabanon.fr." in apology["linkedin"]


def test_the_press_note_keeps_its_sentences(apology: dict[str, str]) -> None:
    # The press note says it formally (« un échec »), but keeps the sentence whole.
    assert "un échec\u00a0: attente" in apology["website"]
    assert "en écrivant à contact@leptitcabanon.fr" in apology["website"]


# --- The order of split-means ----------------------------------------------------------------

REFUND = (
    "Toutes les personnes présentes samedi soir peuvent demander le remboursement de leur "
    "entrée jusqu'au 20 décembre, {gerund} contact@leptitcabanon.fr."
)


@pytest.mark.parametrize(
    ("gerund", "profile", "order"),
    [
        ("en écrivant à", {}, "Écrivez-nous à"),
        ("en écrivant à", {"address": "tu"}, "Écris-nous à"),
        ("en nous écrivant à", {"person": "we"}, "Écrivez-nous à"),
        ("en écrivant à", {"person": "I"}, "Écrivez-moi à"),
        # A voice that names the brand says no « nous ».
        ("en écrivant à", {"person": "brand", "brand_name": "Le P'tit Cabanon"}, "Écrivez à"),
        ("en envoyant un message à", {}, "Envoyez un message à"),
    ],
)
def test_the_order_takes_the_voices_address_and_person(
    gerund: str, profile: dict[str, str], order: str
) -> None:
    result = run(MEANS, REFUND.format(gerund=gerund), profile=profile)
    assert result.endswith(f"jusqu'au 20 décembre. {order} contact@leptitcabanon.fr.")


def test_a_reflexive_gerund_keeps_its_pronoun_after_the_order() -> None:
    text = (
        "Les ateliers de réparation de vélos du samedi matin reprennent dès la semaine "
        "prochaine, en vous inscrivant sur https://cyclo.example/ateliers."
    )
    assert run(MEANS, text).endswith(
        "semaine prochaine. Inscrivez-vous sur https://cyclo.example/ateliers."
    )


def test_a_phone_number_is_a_way_to_get_in_touch() -> None:
    text = (
        "You can still book one of the last tables for the Christmas menu on the 24th or "
        "the 31st, by calling 020 7946 0321."
    )
    assert run(MEANS, text, lang="en").endswith("the 31st. Just call 020 7946 0321.")


def test_no_order_without_an_address_a_link_or_a_number() -> None:
    text = REFUND.format(gerund="en écrivant à").replace("contact@leptitcabanon.fr", "l'équipe")
    assert run(MEANS, text) == text


def test_a_verb_that_is_no_way_to_get_in_touch_stays() -> None:
    text = (
        "Les clients de la boutique ont réduit leurs emballages de moitié cette année, en "
        "achetant nos recharges sur https://savon.example/recharges."
    )
    assert run(MEANS, text) == text


# --- What split-colon-list refuses -----------------------------------------------------------

FIASCO = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de plus "
    "d'une heure au bar, plats arrivés froids et une sono bien trop forte."
)


def test_a_list_that_opens_on_a_digit_stays() -> None:
    text = FIASCO.replace("attente de plus d'une heure", "75 minutes d'attente")
    assert run(LIST, text) == text


def test_a_sentence_with_two_colons_stays() -> None:
    text = FIASCO.replace("au bar,", "au bar (motif : la caisse),")
    assert run(LIST, text) == text


def test_a_single_item_is_no_list() -> None:
    text = (
        "Samedi dernier, notre soirée de réouverture au bord de la mer a été un vrai "
        "fiasco : une attente de plus d'une heure au bar pour tout le monde."
    )
    assert run(LIST, text) == text


def test_a_formal_voice_on_a_social_network_keeps_its_colon() -> None:
    tight = {"sentences": {"target_words": 8, "max_words": 12}}
    assert run(LIST, FIASCO, voice="corporate", network="linkedin", profile=tight) == FIASCO


@pytest.mark.parametrize("transform", [LIST, MEANS], ids=lambda t: t.id)
def test_a_second_pass_changes_nothing(transform: Transform) -> None:
    once = run(transform, APOLOGY)
    assert once != APOLOGY
    assert run(transform, once) == once


# --- split-sentences: "and" with no comma, a reason ------------------------------------------

SPLIT = SplitSentences()


def test_a_bare_and_before_a_clause_with_its_subject_is_cut_for_social_voices() -> None:
    text = (
        "Set a schedule once for every client on your list and Tallybook sends the invoice, "
        "chases late payers and reconciles the payment when it lands."
    )
    expected = text.replace("list and Tallybook", "list. Tallybook")
    assert run(SPLIT, text, lang="en") == expected
    tight = {"sentences": {"target_words": 8, "max_words": 12}}
    assert run(SPLIT, text, lang="en", voice="corporate", network="website", profile=tight) == (
        text
    )


def test_a_bare_and_between_two_verbs_of_one_subject_stays() -> None:
    text = (
        "In 2025 we fixed 4,812 bikes for the neighbourhood, sold 390 refurbished ones and "
        "kept an estimated 11 tonnes of metal out of landfill."
    )
    # The "and" is not cut ("… ones. And kept …" has no subject); the series of verbs is cut
    # after its first, the subject said again (split-sentences' verb-series cut).
    assert run(SPLIT, text, lang="en") == text.replace(
        "neighbourhood, sold", "neighbourhood. We sold"
    )


def test_a_reason_is_not_cut_from_because_of() -> None:
    text = (
        "We had to cancel the Saturday market at the harbour this week because of the storm "
        "warning for the whole coast."
    )
    assert run(SPLIT, text, lang="en") == text


def test_a_reason_after_an_e_mail_address_keeps_the_address_whole() -> None:
    text = (
        "Send a photo of the lid and your receipt to hello@bushhive.example because "
        "we refund every jar of the batch within a week."
    )
    result = run(SPLIT, text, lang="en")
    assert result == text.replace(".example because we", ".example. We")


# --- split-participle --------------------------------------------------------------------------

PARTICIPLE = SplitParticiple()
RECALL = (
    "Par précaution, la Confiturerie du Ventoux rappelle {what} d'abricots du lot L2604, "
    "{participle} dans notre boutique de Carpentras et sur les marchés de Vaucluse en mars."
)


@pytest.mark.parametrize(
    ("what", "participle", "subject"),
    [
        ("les pots de confiture", "vendus", "Ils ont été vendus"),
        ("les confitures", "vendues", "Elles ont été vendues"),
        ("le pot de confiture", "vendu", "Il a été vendu"),
        ("la confiture", "fabriquée", "Elle a été fabriquée"),
    ],
)
def test_the_participle_gives_the_pronoun_its_gender_and_number(
    what: str, participle: str, subject: str
) -> None:
    text = RECALL.format(what=what, participle=participle)
    assert run(PARTICIPLE, text) == text.replace(f", {participle}", f". {subject}")


def test_an_english_participle_takes_the_number_of_its_noun() -> None:
    text = (
        "As a precaution, Bush Hive is recalling batch 2611 of its Yellow Box honey, sold at "
        "the Saturday market in Toowoomba in March."
    )
    assert run(PARTICIPLE, text, lang="en") == text.replace(", sold", ". It was sold")


def test_a_participle_with_a_verb_of_its_own_after_it_stays() -> None:
    text = RECALL.format(what="les pots de confiture", participle="vendus").replace(
        " en mars.", " en mars, que nous remboursons."
    )
    text = text.replace("que nous remboursons", "nous les remboursons")
    assert run(PARTICIPLE, text) == text


# --- split-lead-in -----------------------------------------------------------------------------

LEAD_IN = SplitLeadIn()


def test_a_lead_in_before_a_clause_becomes_a_headline() -> None:
    text = (
        "Information aux adhérents : en raison de la rénovation des courts, les installations "
        "du Tennis Club de Carqueiranne seront fermées du lundi 16 mars au vendredi 3 avril."
    )
    result = run(LEAD_IN, text)
    assert result.startswith("Information aux adhérents. En raison de la rénovation")


def test_a_clause_before_the_colon_is_no_lead_in() -> None:
    # split-colon's cut (two clauses) or split-colon-list's (a clause and a list).
    assert run(LEAD_IN, FIASCO) == FIASCO


def test_a_short_label_is_no_headline() -> None:
    text = (
        "Important : certains de nos clients ont reçu des courriels qui semblent venir du "
        "cabinet et qui leur demandent de confirmer leurs coordonnées bancaires."
    )
    assert run(LEAD_IN, text) == text


def test_an_order_coordinated_to_the_first_is_a_clause_before_a_bare_and() -> None:
    text = (
        "Take the jar back to the shop where you bought it, or send a photo of the lid to "
        "hello@bushhivehoney.example and we'll refund you directly."
    )
    assert run(SPLIT, text, lang="en") == text.replace(".example and we'll", ".example. We'll")
