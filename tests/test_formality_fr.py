"""The French formality scale: casual French posts land in the casual voice's band and
press notes stay formal; the feature shifts fitted on CoCoA-MT (what they are, how they
are fitted, and that the packaged ones are what the procedure gives)."""

from __future__ import annotations

import dataclasses
import zlib

import pytest

from brandvoice.analysis import analyze, analyze_many, formality, french_scale
from brandvoice.analysis.analyze import observe_texts
from brandvoice.checks import Checker, CheckRequest
from brandvoice.profiles import get_voice
from tests.testdata import require_testdata

# Written for these tests: what a café, a bakery, a bike shop post on Facebook. Casual by
# every sign a reader goes by (tu or on, emoji, exclamations, "y en a", "t'en penses"),
# some in "vous" to a crowd, as casual-facebook itself says.
CASUAL_FACEBOOK_FR = (
    "On a enfin reçu les nouvelles tasses en grès 😍 Passe les voir à la boutique, y en a "
    "pour tous les goûts ! ☕",
    "Petit rappel : ce soir c'est soirée jeux au café 🎲 Ramène tes potes, on s'occupe des "
    "crêpes 😉",
    "Grosse journée hier au marché de Noël 🎄 Merci à tous d'être passés, vous avez été "
    "géniaux ! On remet ça samedi ?",
    "Tu cherches une idée cadeau ? On a des bons à offrir dès 20 €, et on les emballe pour toi 🎁",
    "Ça y est, la terrasse est ouverte ☀️ Viens prendre un verre avec nous, on t'attend !",
    "Nouvelle fournée de croissants au beurre ce matin 🥐 Qui passe avant 10 h ?",
    "Oups, petite fermeture exceptionnelle lundi 😅 On se retrouve mardi, promis on rattrape ça !",
    "On recrute ! 🙌 Tu aimes le vélo et le contact avec les gens ? Écris-nous en message "
    "privé, on papote 😊",
    "Trop contents de vous présenter Léa, notre nouvelle fleuriste 🌷 Venez lui dire "
    "bonjour cette semaine !",
    "Le gâteau du week-end, c'est un fraisier maison 🍓 Y en aura pas pour tout le monde, "
    "alors réserve vite le tien !",
    "Merci pour vos 1 000 abonnés 🎉 Pour fêter ça, on tire au sort un panier garni : like "
    "et partage, c'est tout !",
    "On a testé la nouvelle recette de cookies ce matin et franchement, on est fiers 🍪 Tu "
    "nous diras ce que t'en penses ?",
)

# Press-note sentences: third person, dates, administrative wording.
PRESS_NOTES_FR = (
    "Le Comptoir du Mourillon annonce l'ouverture de sa nouvelle boutique à Toulon le "
    "6 juin 2026, à l'issue de six mois de travaux de rénovation.",
    "La société Garnier et Fils a le plaisir de vous informer de la nomination de "
    "Mme Claire Dubois au poste de directrice commerciale, à compter du 1er mars 2026.",
    "À la suite d'un contrôle qualité, la boulangerie procède au rappel des lots de pain aux "
    "noix vendus entre le 2 et le 5 avril. Les clients concernés sont invités à les "
    "rapporter en magasin, où ils seront intégralement remboursés.",
    "L'établissement sera exceptionnellement fermé le lundi 14 juillet. Les commandes "
    "passées en ligne seront expédiées dès le mardi 15 juillet.",
    "Dans le cadre de son développement, l'entreprise recrute un technicien de maintenance "
    "en contrat à durée indéterminée. Les candidatures sont à adresser au service des "
    "ressources humaines avant le 30 septembre.",
    "Lauréate du prix régional de l'artisanat 2026, la Maison Lefèvre confirme son "
    "engagement en faveur d'une production locale et responsable.",
)

BAND_RULES = {"register.too-formal", "register.too-casual"}


# --- What the product does with it ---------------------------------------------------------


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(languagetool="off", disable=("grammalecte",))


def test_casual_french_facebook_posts_land_in_the_casual_band(checker: Checker) -> None:
    band = get_voice("casual-facebook").formality
    reports = checker.check_many(
        [CheckRequest(text, network="facebook", lang="fr") for text in CASUAL_FACEBOOK_FR]
    )
    for report in reports:
        assert report.voice == "casual-facebook"
        assert band.min <= report.metrics["formality"] <= band.max, report.text
        assert not {f.rule for f in report.findings} & BAND_RULES, report.text


def test_french_press_notes_stay_formal(checker: Checker) -> None:
    corporate = get_voice("corporate").formality
    reports = checker.check_many(
        [
            CheckRequest(text, voice="corporate", network="website", lang="fr")
            for text in PRESS_NOTES_FR
        ]
    )
    for report in reports:
        assert corporate.min <= report.metrics["formality"] <= corporate.max, report.text
        assert not {f.rule for f in report.findings} & BAND_RULES, report.text
    # And every press note reads more formal than every casual post.
    casual = [a.formality for a in analyze_many(CASUAL_FACEBOOK_FR, "fr")]
    assert min(r.metrics["formality"] for r in reports) > max(casual)


def test_the_french_scale_moves_french_scores_only() -> None:
    """The shifts lower a French text's score by what its language adds (longer words,
    more determiners and prepositions), the same for any text, and leave English alone."""
    english, french = formality.packaged_weights("en"), formality.packaged_weights("fr")
    assert english.shifts == {}
    assert formality.packaged_weights("fr-CA") == french
    assert french.shifts.keys() == set(french_scale.SHIFTED)
    observations = observe_texts(list(PRESS_NOTES_FR[:2]) + list(CASUAL_FACEBOOK_FR[:2]), "fr")
    drops = [
        english.points(english.raw(formality.feature_vector(o)))
        - french.points(french.raw(formality.feature_vector(o)))
        for o in observations
    ]
    assert all(1.0 < drop < 6.0 for drop in drops)
    assert max(drops) - min(drops) < 1e-9  # one shift for every text, before clipping
    # The analysis scores French text with the French weights.
    text = PRESS_NOTES_FR[0]
    observation = observe_texts([text], "fr")[0]
    expected, _ = formality.score(observation, french)
    assert analyze(text, "fr").formality == round(expected, 2)


def test_french_markers_weigh_what_english_ones_do() -> None:
    """The shifts touch the whole-text features only: a marker's weight is the same with
    them, so the markers still add up with the text features to the score."""
    observation = observe_texts([CASUAL_FACEBOOK_FR[3]], "fr")[0]
    english, french = formality.packaged_weights("en"), formality.packaged_weights("fr")
    score, markers = formality.score(observation, french)
    _, unshifted = formality.score(observation, english)
    assert [m.weight for m in markers] == [m.weight for m in unshifted]
    vector = dict(zip(formality.FEATURE_NAMES, formality.feature_vector(observation), strict=True))
    text_part = french.intercept + sum(
        french.coefficients[name] * (vector[name] + french.shifts.get(name, 0.0))
        for name in formality.TEXT_FEATURES
    )
    base = 100 * (text_part - french.low) / (french.high - french.low)
    assert 0 < score < 100
    assert score == pytest.approx(base + sum(m.weight for m in markers))


# --- The procedure ----------------------------------------------------------------------------


def _row(english: str) -> french_scale.Row:
    return french_scale.Row("call_center", english, "Venez.", "Viens.")


def test_split_is_by_crc32_of_the_english_sentence() -> None:
    rows = [_row(f"Sentence number {n}.") for n in range(40)]
    fit, heldout = french_scale.split(rows)
    assert len(fit) + len(heldout) == 40
    assert fit
    assert heldout
    # A row's half depends on its own English sentence, not on the order or its neighbours.
    assert french_scale.split(list(reversed(rows))) == (fit[::-1], heldout[::-1])
    for row in rows:
        assert (row in fit) == (zlib.crc32(row.english.encode("utf-8")) % 2 == 0)


def test_shifts_move_the_pooled_french_means_onto_the_english_ones() -> None:
    names = formality.FEATURE_NAMES

    def vector(**values: float) -> list[float]:
        return [values.get(name, 0.0) for name in names]

    observed = [
        french_scale.ObservedRow(
            _row("a"),
            vector(word_length=4.0, f_score=0.4),
            vector(word_length=4.8, f_score=0.5, informal_words=0.0),
            vector(word_length=4.4, f_score=0.5, informal_words=0.2),
        ),
        french_scale.ObservedRow(
            _row("b"),
            vector(word_length=5.0, f_score=0.6),
            vector(word_length=5.6, f_score=0.7),
            vector(word_length=5.2, f_score=0.7),
        ),
    ]
    shifts = french_scale.fit_shifts(observed)
    assert set(shifts) == {"f_score", "sentence_length", "word_length"}  # never markers
    assert shifts["word_length"] == pytest.approx(4.5 - 5.0)
    assert shifts["f_score"] == pytest.approx(0.5 - 0.6)
    assert shifts["sentence_length"] == 0.0


def test_auc_and_threshold() -> None:
    assert french_scale.auc([3, 4], [1, 2]) == 1.0
    assert french_scale.auc([1, 2], [3, 4]) == 0.0
    assert french_scale.auc([2], [2]) == 0.5
    # Formal 5, 6, 7 and informal 1, 2, 6: the best cut is between 2 and 5 (5 right of 6).
    threshold = french_scale.best_threshold([5, 6, 7], [1, 2, 6])
    assert 2 < threshold < 5
    found = french_scale.Scores([4.0, 4.0, 4.0], [5.0, 6.0, 7.0], [6.0, 2.0, 1.0])
    figures = french_scale.figures(found, threshold)
    assert figures.accuracy == pytest.approx(5 / 6)
    assert figures.ordered == pytest.approx(2 / 3)
    assert figures.bias_formal == pytest.approx(2.0)
    assert figures.bias_informal == pytest.approx(-1.0)
    assert figures.bias_mean == pytest.approx(0.5)


# --- On CoCoA-MT ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cocoa() -> tuple[list[french_scale.ObservedRow], list[french_scale.ObservedRow]]:
    directory = require_testdata("cocoa-mt-formality-en-fr")
    fit, heldout = french_scale.split(french_scale.load_cocoa(directory.parent))
    return french_scale.observe_rows(fit), french_scale.observe_rows(heldout)


def test_packaged_shifts_are_what_the_fit_half_gives(
    cocoa: tuple[list[french_scale.ObservedRow], list[french_scale.ObservedRow]],
) -> None:
    """``benchmarks/formality_fr.py --fit`` wrote the JSON from the fit half alone."""
    fit, heldout = cocoa
    assert (len(fit), len(heldout)) == (288, 312)
    packaged = formality.packaged_weights("fr").shifts
    assert french_scale.fit_shifts(fit) == pytest.approx(packaged, abs=1e-9)


def test_french_scores_their_english_sources_on_held_out_pairs(
    cocoa: tuple[list[french_scale.ObservedRow], list[french_scale.ObservedRow]],
) -> None:
    """On the held-out half: the mean of a sentence's two translations scores what its
    English source scores (it was 3.4 points above before the shifts), the vous side above
    the English and the tu side below, and nearly every pair in the right order."""
    fit, heldout = cocoa
    english, french = formality.packaged_weights("en"), formality.packaged_weights("fr")
    figures = french_scale.evaluate(fit, heldout, english, french)["heldout"]
    unshifted = french_scale.evaluate(fit, heldout, english, english)["heldout"]
    assert abs(figures.bias_mean) < 1.0 < 3.0 < unshifted.bias_mean
    assert figures.bias_formal > 0 > figures.bias_informal
    assert figures.ordered >= 0.95
    assert figures.auc == pytest.approx(unshifted.auc, abs=0.01)  # a shift does not reorder
    assert dataclasses.asdict(figures)["pairs"] == 312
