"""The French address transform: "vous" (one reader) -> "tu", and "tu" -> "vous"."""

from __future__ import annotations

import csv
import re

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Target, TransformExample, example_target
from brandvoice.adaptation.transforms.address import AddressTransform
from brandvoice.text.french import Tense, form, noun_gender, readings, second_person

from .testdata import require_testdata

TRANSFORM = AddressTransform()


def _target(address: str, lang: str = "fr") -> Target:
    return example_target(
        TransformExample("", "", lang=lang, profile={"address": address})  # type: ignore[arg-type]
    )


def to_tu(text: str) -> str:
    return run_transforms(Rewrite(text), _target("tu"), [TRANSFORM]).text


def to_vous(text: str) -> str:
    return run_transforms(Rewrite(text), _target("vous"), [TRANSFORM]).text


@pytest.mark.parametrize(
    ("formal", "familiar"),
    [
        # each tense and mood, with the subject pronoun
        ("Vous pouvez venir.", "Tu peux venir."),
        ("Vous réservez en ligne.", "Tu réserves en ligne."),
        ("Quand vous étiez petit, vous jouiez dehors.", "Quand tu étais petit, tu jouais dehors."),
        ("Vous recevrez un e-mail.", "Tu recevras un e-mail."),
        ("Vous pourriez gagner.", "Tu pourrais gagner."),
        ("Il faut que vous veniez.", "Il faut que tu viennes."),
        ("Pour que vous soyez prêt, lisez ceci.", "Pour que tu sois prêt, lis ceci."),
        ("Si vous parliez plus fort, on entendrait.", "Si tu parlais plus fort, on entendrait."),
        ("Vous avez gagné !", "Tu as gagné !"),
        ("Vous vous êtes inscrit hier.", "Tu t'es inscrit hier."),
        ("Vous ne le savez pas encore.", "Tu ne le sais pas encore."),
        ("Vous achetez, vous appelez, vous envoyez.", "Tu achètes, tu appelles, tu envoies."),
        ("Vous n'allez pas le regretter.", "Tu ne vas pas le regretter."),
        # imperatives, with and without pronouns
        ("Venez nous voir !", "Viens nous voir !"),
        ("Réservez vite.", "Réserve vite."),
        ("N'hésitez pas à nous écrire.", "N'hésite pas à nous écrire."),
        ("Inscrivez-vous avant lundi.", "Inscris-toi avant lundi."),
        ("Ne vous inquiétez pas.", "Ne t'inquiète pas."),
        ("Dites-le-nous en commentaire !", "Dis-le-nous en commentaire !"),
        ("Allez-y, profitez-en !", "Vas-y, profites-en !"),
        ("Faites-nous confiance.", "Fais-nous confiance."),
        ("Veuillez vérifier votre adresse.", "Vérifie ton adresse."),
        ("Rendez-vous sur notre site.", "Rends-toi sur notre site."),
        # inversion
        ("Pouvez-vous nous aider ?", "Peux-tu nous aider ?"),
        ("Voudriez-vous un café ?", "Voudrais-tu un café ?"),
        ("Qu'en pensez-vous ?", "Qu'en penses-tu ?"),
        # object, reflexive, stressed, elision
        ("Nous vous remercions.", "Nous te remercions."),
        ("Je vais vous aider.", "Je vais t'aider."),
        ("Il vous en reste deux.", "Il t'en reste deux."),
        ("C'est pour vous, et chez vous.", "C'est pour toi, et chez toi."),
        ("Et vous ?", "Et toi ?"),
        ("S'il vous plaît, écrivez-nous.", "S'il te plaît, écris-nous."),
        # possessives: gender, elision before a vowel or a mute h
        ("Votre commande est prête.", "Ta commande est prête."),
        ("Votre panier vous attend.", "Ton panier t'attend."),
        ("Votre adresse et votre histoire.", "Ton adresse et ton histoire."),
        ("Votre nouvelle carte arrive.", "Ta nouvelle carte arrive."),
        ("Vos billets sont là.", "Tes billets sont là."),
        (
            "Ce cadeau est le vôtre, cette place la vôtre.",
            "Ce cadeau est le tien, cette place la tienne.",
        ),
        # past participles stay as they agree
        ("Vous êtes arrivée à temps.", "Tu es arrivée à temps."),
    ],
)
def test_vous_becomes_tu(formal: str, familiar: str) -> None:
    assert to_tu(formal) == familiar


@pytest.mark.parametrize(
    ("familiar", "formal"),
    [
        ("Tu peux venir.", "Vous pouvez venir."),
        ("Viens nous voir !", "Venez nous voir !"),
        ("Peux-tu nous aider ?", "Pouvez-vous nous aider ?"),
        ("Amuse-toi bien !", "Amusez-vous bien !"),
        ("Ne t'inquiète pas.", "Ne vous inquiétez pas."),
        ("Je t'appelle demain.", "Je vous appelle demain."),
        ("C'est pour toi.", "C'est pour vous."),
        ("Ton adresse, ta carte et tes billets.", "Votre adresse, votre carte et vos billets."),
        ("C'est le tien, pas la tienne.", "C'est le vôtre, pas la vôtre."),
        ("Dis-moi ce que tu veux.", "Dites-moi ce que vous voulez."),
        ("Il faut que tu saches.", "Il faut que vous sachiez."),
        ("Tu ne vas pas le regretter.", "Vous n'allez pas le regretter."),
        ("Vas-y !", "Allez-y !"),
        ("Vérifie tes mails.", "Vérifiez vos mails."),
        ("Tu vis comme un roi.", "Vous vivez comme un roi."),
        ("Change de ton, s'il te plaît.", "Changez de ton, s'il vous plaît."),
    ],
)
def test_tu_becomes_vous(familiar: str, formal: str) -> None:
    assert to_vous(familiar) == formal


@pytest.mark.parametrize(
    "text",
    [
        # evidently plural "vous": "tu" cannot address a group
        "Vous êtes nombreux à nous suivre.",
        "Merci à vous tous !",
        "Vous êtes tous invités.",
        "Vous êtes prêts ?",
        "Soyez les bienvenus !",
        "Chacun d'entre vous recevra votre cadeau.",
        # no second person at all
        "Nous ouvrons lundi et ils viendront nous voir.",
        "Le ton de la marque est chaleureux.",
    ],
)
def test_no_change_towards_tu(text: str) -> None:
    assert to_tu(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # fr-hiring-fraises-plougastel (dev): "vente" is the noun, not "venter" ordered.
        "On cherche du renfort pour la saison des fraises 🍓 ! Cueillette et vente à la ferme, "
        "du 4 mai à fin juin, du lundi au samedi matin.",
        # fr-resource-podcast-domaine (dev): a podcast's title, "Entre" the preposition.
        "🎙️ Le nouvel épisode d’« Entre les rangs » est en ligne !",
        # tests/fixtures/masters/fr-09-restaurant-port-toulon.txt
        "On vous attend sur le quai, entre les bateaux et le soleil couchant !",
        "Ouvert entre 9 h et 12 h, à bientôt !",
    ],
)
def test_nouns_and_prepositions_that_read_like_orders_stay(text: str) -> None:
    assert to_vous(text) == text


def test_entre_the_order_still_becomes_entrez() -> None:
    assert to_vous("Entre dans la boutique et choisis ton cadeau !") == (
        "Entrez dans la boutique et choisissez votre cadeau !"
    )


def test_the_noun_rendez_vous_stays() -> None:
    assert to_tu("Prenez rendez-vous en ligne.") == "Prends rendez-vous en ligne."
    assert to_tu("Votre rendez-vous est confirmé.") == "Ton rendez-vous est confirmé."


def test_plural_policy_is_per_sentence() -> None:
    text = "Vous êtes nombreux à nous suivre. Découvrez notre offre !"
    assert to_tu(text) == "Vous êtes nombreux à nous suivre. Découvre notre offre !"


def test_vous_tous_is_plural_but_vous_avez_tous_les_is_not() -> None:
    assert to_tu("Vous avez tous les outils.") == "Tu as tous les outils."


def test_protected_spans_are_kept() -> None:
    text = "Inscrivez-vous sur https://exemple.fr/vous-inscrire et suivez @VotreMarque !"
    assert to_tu(text) == (
        "Inscris-toi sur https://exemple.fr/vous-inscrire et suis @VotreMarque !"
    )


def test_other_languages_and_same_address_are_left_alone() -> None:
    english = _target("tu", lang="en")
    assert not TRANSFORM.applies(english)
    assert to_vous("Vous pouvez venir.") == "Vous pouvez venir."
    assert to_tu("Tu peux venir.") == "Tu peux venir."


def test_every_edit_explains_itself() -> None:
    result = run_transforms(
        Rewrite("Pouvez-vous confirmer votre venue ?"), _target("tu"), [TRANSFORM]
    )
    assert result.text == "Peux-tu confirmer ta venue ?"
    reasons = [change.reason for change in result.changes]
    assert len(reasons) == 3
    assert all(r.startswith("address: ") and "addresses the reader as tu" in r for r in reasons)


def test_typographic_apostrophe_is_kept() -> None:
    assert to_tu("Nous allons vous aider, c’est promis.") == "Nous allons t’aider, c’est promis."


# --- conjugation tables -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "tense", "tu", "vous"),
    [
        ("parler", Tense.PRESENT, "parles", "parlez"),
        ("acheter", Tense.FUTURE, "achèteras", "achèterez"),
        ("appeler", Tense.PRESENT, "appelles", "appelez"),
        ("préférer", Tense.SUBJUNCTIVE, "préfères", "préfériez"),
        ("commencer", Tense.IMPERFECT, "commençais", "commenciez"),
        ("manger", Tense.IMPERFECT, "mangeais", "mangiez"),
        ("finir", Tense.PRESENT, "finis", "finissez"),
        ("prendre", Tense.SUBJUNCTIVE, "prennes", "preniez"),
        ("comprendre", Tense.PRESENT, "comprends", "comprenez"),
        ("inscrire", Tense.IMPERATIVE, "inscris", "inscrivez"),
        ("ouvrir", Tense.IMPERATIVE, "ouvre", "ouvrez"),
        ("aller", Tense.CONDITIONAL, "irais", "iriez"),
        ("être", Tense.IMPERATIVE, "sois", "soyez"),
        ("recevoir", Tense.PRESENT, "reçois", "recevez"),
        ("envoyer", Tense.FUTURE, "enverras", "enverrez"),
        ("connaître", Tense.PRESENT, "connais", "connaissez"),
    ],
)
def test_conjugation(lemma: str, tense: Tense, tu: str, vous: str) -> None:
    assert form(lemma, tense, "sg") == tu
    assert form(lemma, tense, "pl") == vous


def test_installer_is_not_aller_and_pouvoir_has_no_imperative() -> None:
    assert form("installer", Tense.PRESENT, "sg") == "installes"
    assert form("pouvoir", Tense.IMPERATIVE, "sg") is None
    assert second_person("xyzre") is None


def test_both_spellings_of_ayer_verbs_are_read() -> None:
    assert {r.tense for r in readings("essayes", ["essayer"])} == {
        Tense.PRESENT,
        Tense.SUBJUNCTIVE,
    }
    assert form("essayer", Tense.PRESENT, "sg") == "essaies"


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("commande", "f"),
        ("panier", "m"),
        ("téléphone", "m"),
        ("inscription", "f"),
        ("voyage", "m"),
        ("main", "f"),
        ("sœur", "f"),
        ("compte", "m"),
        ("livraison", "f"),
    ],
)
def test_noun_gender(noun: str, gender: str) -> None:
    assert noun_gender(noun) == gender


# --- CoCoA-MT -----------------------------------------------------------------------------

_MARK = re.compile(r"\[/?F\]")


def test_cocoa_mt_exact_match_floor() -> None:
    """Formal -> informal and back on CoCoA-MT's 600 pairs (measured: 0.94 and 0.95 exact,
    see docs/address-transform.md); the floors leave room for model and data updates."""
    path = require_testdata("cocoa-mt-formality-en-fr", "cocoa-mt-test-en-fr.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 600
    familiar = sum(to_tu(row["fr_formal"]) == row["fr_informal"] for row in rows) / len(rows)
    formal = sum(to_vous(row["fr_informal"]) == row["fr_formal"] for row in rows) / len(rows)
    assert familiar >= 0.90, familiar
    assert formal >= 0.90, formal
