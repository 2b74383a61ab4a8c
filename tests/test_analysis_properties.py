"""Properties of ``analyze`` that must hold for any string: it never raises, the score stays
in range, counts are non-negative, and every marker's span holds its text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brandvoice.analysis import Analysis, analyze, analyze_many

# Any code point, lone surrogates included (what a careless JSON decode can produce).
any_text = st.text(alphabet=st.characters(codec=None), max_size=80)
# Pieces that make tokenisation, emoji clusters, bidi text and the markers interesting.
tricky_pieces = st.sampled_from(
    [
        "a", "Z", "0", " ", ".", "!", "?", "'", "’", "-", "\n", "#", "@", "https://ex.com/a",
        "tu", "vous", "Viens", "Venez", "t'as", "j'suis", "y'a", "don't", "gonna", "NEW",
        "NASA", "e", "\u0301", "é", "…", "\u202f", "\u00a0", "日本", "😀", "👨", "\u200d",
        "\ufe0f", "🇫", "🇷", "🏽", "👨\u200d👩\u200d👧", "مرحبا", "שלום", "\u200f", "\u202e",
        "\u2066", "\ufeff", "\ud800", "\udc00", "\ud83d", "\x00",
    ]
)  # fmt: skip
tricky_text = st.lists(tricky_pieces, max_size=30).map("".join)
texts = st.one_of(any_text, tricky_text)
langs = st.sampled_from(["auto", "fr", "en"])


def _check(text: str, analysis: Analysis) -> None:
    assert 0.0 <= analysis.formality <= 100.0
    assert analysis.lang in ("fr", "en")
    assert analysis.address in (None, "tu", "vous", "mixed")
    counts = (
        analysis.second_person,
        analysis.contractions,
        analysis.emoji,
        analysis.exclamations,
        analysis.caps_words,
    )
    assert all(count >= 0 for count in counts)
    assert all(length > 0 for length in analysis.sentence_lengths)
    for marker in analysis.markers:
        assert 0 <= marker.start < marker.end <= len(text)
        assert text[marker.start : marker.end] == marker.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=langs)
@example(text="", lang="auto")
@example(text="\ud800", lang="fr")
@example(text="\udfff\ud800 tu \ud83d", lang="fr")
@example(text="👨\u200d👩\u200d👧\u200d👦" * 5, lang="auto")
@example(text="\u202eVenez\u202c !", lang="fr")
@example(text="e\u0301\u0301\u0301", lang="en")
def test_analyze_never_raises(text: str, lang: str) -> None:
    _check(text, analyze(text, lang))


@settings(max_examples=10, deadline=None)
@given(batch=st.lists(texts, max_size=6))
def test_batch_never_raises_and_matches_single(batch: list[str]) -> None:
    results = analyze_many(batch)
    assert results == [analyze(text) for text in batch]
    for text, analysis in zip(batch, results, strict=True):
        _check(text, analysis)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hundred_kilobytes(lang: str) -> None:
    line = {
        "fr": "Venez découvrir notre boutique 🎉 https://ex.com/a, t'as vu ? C'est TROP bien !!\n",
        "en": "Come and see our new shop 🎉 https://ex.com/a, it's gonna be AWESOME!!\n",
    }[lang]
    text = (line * (100_000 // len(line) + 1))[:100_000]
    analysis = analyze(text, lang)
    _check(text, analysis)
    assert analysis.emoji > 1000
    assert len(analysis.sentence_lengths) > 1000
