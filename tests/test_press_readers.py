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


@pytest.mark.parametrize(
    ("master", "lang", "said"),
    [
        (
            "Nous vous devons des excuses. Samedi soir, le service au Bistrot du Port a été "
            "beaucoup trop long et certains d'entre vous ont attendu plus d'une heure.",
            "fr",
            "Nous présentons nos excuses à nos clients.",
        ),
        (
            "We owe you an apology. Last Saturday's brunch service at Juniper Kitchen was slow, "
            "and some of you waited over an hour for your food.",
            "en",
            "We apologize to our customers.",  # en is en-US: its spelling
        ),
    ],
)
def test_an_apology_that_opens_the_master_is_said_in_the_press_note(
    master: str, lang: str, said: str
) -> None:
    # The news titles the note; the apology, the message's purpose, is not lost with the
    # headline it was: the lead says it, of the customers.
    text = _variant(master, lang, None)
    headline, body = text.split("\n", 1)
    assert said not in headline
    assert said in body


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


# --- The person hired, patients, an offer's news, an order beside an address ------------


def test_a_job_ad_without_a_brand_says_what_the_hire_will_do() -> None:
    master = (
        "We're hiring a line cook! You'll prep and cook our seasonal menu. "
        "Apply by 20 December at greenfork.co.uk/careers."
    )
    text = _variant(master, "en", None)
    assert "The line cook will prep and cook" in text
    assert "Applicants will" not in text
    assert "You'll" not in text


def test_a_french_job_ad_employs_and_teaches_the_person_hired() -> None:
    master = (
        "Nous recrutons un·e développeur·se front-end en CDI à Lyon. Au sein d'une équipe de "
        "huit personnes, vous travaillerez sur des sites web. Candidatures sur "
        "https://www.studio-traboule.fr/jobs"
    )
    text = _variant(master, "fr", None)
    assert "la personne recrutée travaillera sur des sites web" in text
    master = (
        "La boulangerie Pains d'Or cherche un ou une apprenti(e) boulanger ! Démarrage lundi "
        "6 avril, contrat d'apprentissage en CAP. On vous apprendra tout : pétrissage, "
        "façonnage, cuisson au feu de bois… Écrivez-nous à contact@painsdor.fr"
    )
    text = _variant(master, "fr", "Pains d'Or")
    assert "apprendra tout à la personne recrutée" in text
    assert "vous apprendra" not in text


def test_the_person_hired_named_in_a_clause_is_lui_in_the_next() -> None:
    master = (
        "Nous recrutons un·e développeur·se front-end en CDI à Lyon. Au sein d'une équipe de "
        "huit personnes, vous travaillerez sur des sites web. On vous apprendra tout : React, "
        "Vue, accessibilité. Candidatures sur https://www.studio-traboule.fr/jobs"
    )
    text = _variant(master, "fr", None)
    body = text.split("\n\n", 2)[2]
    assert "la personne recrutée travaillera sur des sites web" in body
    assert "vous" not in body
    assert "lui apprendrons tout" in body


@pytest.mark.parametrize(
    ("lang", "intent", "text", "readers"),
    [
        ("fr", "incident", "Le cabinet de kinésithérapie a subi une panne.", "patients"),
        ("fr", "incident", "Nos colis ont du retard, merci d'être patients.", "clients"),
        ("fr", "hiring", "Le cabinet dentaire recrute un assistant.", "candidats"),
        ("en", "opening", "Seaside Family Dental opens on Monday.", "patients"),
        ("en", "incident", "Our terminal failed. Thank you for being patient.", "customers"),
        ("en", "incident", "Hartwell Accounting: our practice was phished.", "customers"),
    ],
)
def test_a_health_practice_speaks_of_its_patients(
    lang: str, intent: str, text: str, readers: str
) -> None:
    from brandvoice.adaptation.transforms.press_readers import _readers_of, _tables
    from brandvoice.understand.model import Intent

    assert _readers_of(_tables()[lang], Intent(intent), text).split()[-1] == readers


def test_an_offer_lead_states_the_offer_not_an_invitation() -> None:
    master = (
        "New year, no joining fee 💪 Sign up at Summit Strength Vancouver before January 31 "
        "and we'll waive the $99 joining fee and throw in a free PT session. Memberships from "
        "$59/month. Drop by 1420 Commercial Drive or join online at summitstrength.ca/join"
    )
    text = _variant(master, "en", "Summit Strength Vancouver")
    assert (
        "Summit Strength Vancouver will waive the $99 joining fee and throw in a free PT "
        "session for customers who sign up before January 31." in text
    )
    assert "invited to sign up" not in text


def test_an_order_beside_two_addresses_keeps_them_where_they_stand() -> None:
    from brandvoice.adaptation.transforms.press_readers import (
        _english_order_by_mail,
        _Readers,
        _tables,
    )

    sentence = (
        "If you have one, email care@candles.co.uk or help@candles.co.uk for a label, "
        "send it back, and we will refund it."
    )
    readers = _Readers("customers", "are asked", "'", "customers")
    found = _english_order_by_mail(sentence, _tables()["en"], readers)
    assert found is not None
    text = sentence
    for start, end, said in sorted(found, reverse=True):
        text = text[:start] + said + text[end:]
    assert text == (
        "If customers have one, they are asked to email care@candles.co.uk or "
        "help@candles.co.uk for a label, to send it back, and we will refund it."
    )


@pytest.mark.parametrize(
    ("lemma", "tense", "plural"),
    [
        ("renseigner", "present", "renseignent"),
        ("acheter", "present", "achètent"),
        ("appeler", "present", "appellent"),
        ("finir", "present", "finissent"),
        ("prendre", "present", "prennent"),
        ("recevoir", "present", "reçoivent"),
        ("faire", "present", "font"),
        ("pouvoir", "present", "peuvent"),
        ("aller", "present", "vont"),
        ("trouver", "future", "trouveront"),
        ("envoyer", "future", "enverront"),
        ("commencer", "imperfect", "commençaient"),
        ("pouvoir", "conditional", "pourraient"),
        ("falloir", "present", None),
        ("trouver", "subjunctive", None),
    ],
)
def test_the_third_person_plural_of_a_verb(lemma: str, tense: str, plural: str | None) -> None:
    from brandvoice.text.french import Tense, third_person_plural

    assert third_person_plural(lemma, Tense(tense)) == plural


@pytest.mark.parametrize(
    ("lang", "intent", "text", "readers"),
    [
        ("fr", "launch", "Covoit'Rade lance son appli de covoiturage.", "utilisateurs"),
        ("fr", "news", "L'association a un nouveau site internet.", "internautes"),
        ("fr", "news", "Commandez sur notre site, livraison offerte.", "clients"),
        ("fr", "hiring", "Nous recrutons pour notre appli.", "candidats"),
        ("en", "results", "Second Shift Tool Library lent 6,480 tools.", "members"),
        ("en", "launch", "Our new app lets you order ahead.", "users"),
        ("en", "event", "Beach clean this Sunday! Meet us at 10am.", "volunteers"),
        ("en", "offer", "Beach clean kit: 20% off this week.", "customers"),
        ("en", "event", "Free webinar on year-end tax planning.", "participants"),
        ("fr", "event", "Nos bénévoles vous aident à réparer vos objets.", "visiteurs"),
        # A shop's opening is for its customers; an exhibition's for its visitors.
        ("fr", "opening", "La boulangerie ouvre aussi le dimanche matin.", "clients"),
        ("fr", "opening", "L'exposition ouvre samedi au fort.", "visiteurs"),
        ("en", "opening", "Our new shop opens on Saturday.", "customers"),
        ("en", "opening", "The gallery opens its doors on Saturday.", "visitors"),
    ],
)
def test_the_master_s_words_name_its_readers(
    lang: str, intent: str, text: str, readers: str
) -> None:
    from brandvoice.adaptation.transforms.press_readers import _readers_of, _tables
    from brandvoice.understand.model import Intent

    assert _readers_of(_tables()[lang], Intent(intent), text).split()[-1] == readers


def test_a_launch_s_statements_to_the_reader_are_said_of_its_users() -> None:
    master = (
        "Covoit'Rade, l'appli de covoiturage domicile-travail de la rade, est en ligne ! "
        "Vous renseignez vos horaires une fois, l'appli vous propose chaque semaine les "
        "équipages possibles. Inscription sur covoitrade.fr"
    )
    text = _variant(master, "fr", None)
    body = text.split("\n\n", 2)[2]
    assert "Les utilisateurs renseignent leurs horaires une fois" in body
    assert "l'appli leur propose" in body
    assert "vous" not in body.lower()


def test_an_incident_s_condition_names_the_customers_it_is_about() -> None:
    master = (
        "Heads up: our courier lost a pallet of orders last week. If you ordered early last "
        "week and haven't had a tracking update, your parcel was on it. We're so sorry."
    )
    text = _variant(master, "en", None)
    assert "If customers ordered early last week" in text
    assert "their parcel was on it" in text
    assert "your parcel" not in text
