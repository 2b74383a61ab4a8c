"""A press note speaks of the brand's customers, never to them (issue 17): the post's
orders and second person become statements about who they address (press-readers), and a
sign-off that repeats the name the lead gives goes (layout.signature_of)."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt
from brandvoice.adaptation.layout import signature_of
from brandvoice.adaptation.signoff import names, signer
from brandvoice.adaptation.transforms.press_readers import _english_plural
from brandvoice.networks import get_network
from brandvoice.profiles import VoiceProfile, get_voice

APOLOGY = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de plus "
    "d'une heure au bar et plats arrivés froids. Nous vous devons des excuses.\n"
    "Toutes les personnes présentes peuvent demander le remboursement de leur entrée "
    "jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.\n"
    "Merci de votre patience, et à très vite au P'tit Cabanon, 12 avenue des Sablettes à "
    "La Seyne-sur-Mer.\n"
    "L'équipe du P'tit Cabanon"
)
JOB = (
    "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join our "
    "kitchen team from January.\n"
    "You'll prep and cook our seasonal menu and work with local suppliers.\n"
    "Apply by 20 December at greenfork.co.uk/careers. Tell us about the best dish you've "
    "ever cooked!"
)
RECALL = (
    "Rappel produit : confiture d'abricots 370 g, lots L2604 et L2605.\n"
    "Un défaut de fermeture des couvercles peut entraîner le développement de moisissures.\n"
    "Ne consommez pas ces pots et rapportez-les à la boutique : ils vous seront remboursés."
)


def _variant(master: str, lang: str, brand: str | None, voice: str = "corporate") -> str:
    profile: VoiceProfile | None = None
    if brand is not None:
        profile = get_voice(voice).model_copy(
            update={"name": f"brand-{voice}", "brand_name": brand}
        )
    network = "website" if voice == "corporate" else "facebook"
    (variant,) = adapt(
        master,
        voices=[voice],
        networks=[network],
        lang=lang,
        brand=profile,
        languagetool="off",
        date=dt.date(2026, 12, 7),
    ).variants
    return variant.text


def test_the_apology_is_made_to_the_customers_and_the_signature_goes() -> None:
    text = _variant(APOLOGY, "fr", "Le P'tit Cabanon")
    assert "vous doit des excuses" not in text
    assert "présente ses excuses à ses clients" in text
    assert "Merci de votre patience" not in text
    assert "remercie ses clients de leur patience" in text
    # The lead names the brand (« du P'tit Cabanon »): no signature repeats it.
    assert "L'équipe du P'tit Cabanon" not in text
    assert "— Le P'tit Cabanon" not in text
    # Every fact stays.
    for fact in ("20 décembre", "contact@leptitcabanon.fr", "12 avenue des Sablettes"):
        assert fact in text


def test_a_job_ad_speaks_of_the_applicants_and_of_the_brand_s_menu() -> None:
    text = _variant(JOB, "en", "The Green Fork")
    assert "Tell the team" not in text
    assert "Applicants are invited to tell the team about the best dish they have" in text
    assert "cook its seasonal menu" not in text
    assert "The Green Fork's seasonal menu" in text


def test_a_recall_asks_the_customers_in_french_with_its_infinitives() -> None:
    # The French typography puts a narrow space before the colon.
    text = _variant(RECALL, "fr", None).replace("\u00a0", " ")
    assert (
        "Les clients sont invités à ne pas consommer ces pots et à les rapporter à la "
        "boutique : ils leur seront remboursés." in text
    )
    assert "consommez" not in text


def test_a_casual_post_keeps_its_orders() -> None:
    text = _variant(RECALL, "fr", None, voice="casual-facebook")
    assert "Ne consommez pas ces pots" in text
    assert "Les clients sont invités" not in text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("L'équipe du P'tit Cabanon", "P'tit Cabanon"),
        ("— Rideau Community Pharmacy", "Rideau Community Pharmacy"),
        ("The Harbour Bakery team", "Harbour Bakery"),
        ("Toute l’équipe de la Ferme de Kerlann", "Ferme de Kerlann"),
    ],
)
def test_the_signer_is_the_name_a_sign_off_gives(line: str, name: str) -> None:
    assert signer(line) == name


def test_a_name_is_named_whatever_its_article_and_apostrophe() -> None:
    assert names("la soirée du P’tit Cabanon a été un échec", "Le P'tit Cabanon")
    assert not names("La soirée a été un échec", "Le P'tit Cabanon")


def test_a_press_note_drops_the_master_s_sign_off_only_when_its_lead_names_the_signer() -> None:
    voice = get_voice("corporate")
    website, facebook = get_network("website"), get_network("facebook")
    signed = "— Rideau Community Pharmacy"
    named = "Rideau Community Pharmacy's refill system is down today."
    assert signature_of(voice, website, "en", signed, named) == ""
    assert signature_of(voice, website, "en", signed, "The refill system is down.") == signed
    # A post keeps the author's sign-off.
    assert signature_of(voice, facebook, "en", signed, named) == signed


@pytest.mark.parametrize(
    ("noun", "plural"),
    [("statement", "statements"), ("box", "boxes"), ("delivery", "deliveries"), ("day", "days")],
)
def test_regular_plurals(noun: str, plural: str) -> None:
    assert _english_plural(noun) == plural


@pytest.mark.parametrize("noun", ["leaf", "child", "photo", "Statement"])
def test_no_plural_is_guessed_for_irregular_or_capitalised_nouns(noun: str) -> None:
    assert _english_plural(noun) is None


@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        ("Ne consommez pas ces pots.", "consommez", "ne pas consommer"),
        ("Rapportez-les à la boutique.", "Rapportez", "les rapporter"),
        ("Méfiez-vous de ces messages.", "Méfiez", "se méfier"),
        ("Inscrivez-vous avant lundi.", "Inscrivez", "s’inscrire"),
        ("Ne le jetez pas.", "jetez", "ne pas le jeter"),
    ],
)
def test_a_french_order_as_its_infinitive_phrase(sentence: str, word: str, phrase: str) -> None:
    from brandvoice.adaptation.french.orders import infinitive_phrase, order_lemma
    from brandvoice.nlp import get_pipeline, parse
    from brandvoice.text.french import verb_forms

    forms = verb_forms(get_pipeline("fr").nlp)
    assert forms is not None
    verb = next(t for t in parse("fr", sentence) if t.text == word)
    lemma = order_lemma(verb.lower_, forms)
    assert lemma is not None
    said = infinitive_phrase(sentence, verb, lemma, "’")
    assert said is not None
    start, end, written = said
    assert written == phrase
    # The phrase stands for the whole order, its « ne … pas » and clitics included.
    assert sentence[start:end].lower().replace("-", " ").split()[-1] in (
        "pas",
        word.lower(),
        "les",
        "vous",
    )


def test_a_french_order_with_ne_and_no_pas_is_not_read() -> None:
    from brandvoice.adaptation.french.orders import infinitive_phrase
    from brandvoice.nlp import parse

    sentence = "Ne consommez que ces pots."
    verb = next(t for t in parse("fr", sentence) if t.text == "consommez")
    assert infinitive_phrase(sentence, verb, "consommer", "’") is None
