"""The analysis' word and sentence counts, read off arrays (``syntax.syntax_stats``), are
those of a plain reading of spaCy's tokens and sentences, token by token."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from brandvoice.analysis import syntax
from brandvoice.nlp import get_pipeline
from brandvoice.text.entities import EMAIL, EMOJI, URL, find_entities
from brandvoice.text.protect import ProtectedSpans
from brandvoice.text.segments import sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXTS = {
    "en": [
        "Our new shop opens on Saturday. Come early!\nFree coffee for the first 20 people 🎉",
        "Big news 🚀 We're hiring a barista in Leeds: write to jobs@example.com or visit "
        "https://example.com/jobs.\n\n#hiring #Leeds",
        "ALL 50% OFF!!! Today only... or maybe tomorrow? 3 p.m. sharp - don't be late 😉😉",
        "",
        "   \n  ",
    ],
    "fr": [
        "Notre boutique ouvre samedi. Venez tôt !\nCafé offert aux 20 premiers 🎉",
        "Grande nouvelle 🚀 On recrute à Toulon : écrivez à jobs@example.fr ou sur "
        "https://example.fr/emplois.\n\n#recrutement #Toulon",
        "C’est l’atelier d’Émilie, rue d’Alger… 12,50 € l’entrée ; à 19 h 30 !",
    ],
}


Stats = tuple[int, list[tuple[int, int]], list[int], float, float]


def _plain(doc: Doc, excluded: ProtectedSpans) -> Stats:
    """What syntax_stats read before it read arrays: Token objects, one by one."""
    spans = sentence_spans(doc.text, [(s.start_char, s.end_char) for s in doc.sents])
    words, sentences, lengths = [], [], []  # type: ignore[var-annotated]
    tokens = iter(doc)
    token = next(tokens, None)
    for start, end in spans:
        found = []
        while token is not None and token.idx < end:
            if (
                token.idx >= start
                and any(char.isalnum() for char in token.text)
                and not excluded.overlaps(token.idx, token.idx + len(token))
            ):
                found.append(token)
            token = next(tokens, None)
        if found:
            words += found
            sentences.append((start, end))
            lengths.append(len(found))
    formal = sum(t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "DET"} for t in words)
    contextual = sum(t.pos_ in {"PRON", "VERB", "AUX", "ADV", "INTJ"} for t in words)
    f_score = (100.0 * (formal - contextual) / len(words) + 100.0) / 2.0 if words else 50.0
    alphabetic = [len(t.text) for t in words if t.is_alpha]
    word_length = sum(alphabetic) / len(alphabetic) if alphabetic else 0.0
    return len(words), sentences, lengths, f_score, word_length


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_array_reading_equals_token_reading(lang: str) -> None:
    pipeline = get_pipeline(lang)
    for text, doc in zip(TEXTS[lang], pipeline.analysis_docs(TEXTS[lang]), strict=True):
        entities = find_entities(text)
        excluded = ProtectedSpans(
            (e.start, e.end) for e in entities if e.kind in (URL, EMAIL, EMOJI)
        )
        stats = syntax.syntax_stats(doc, excluded)
        found = (
            stats.words,
            stats.sentences,
            stats.sentence_lengths,
            stats.f_score,
            stats.word_length,
        )
        assert found == _plain(doc, excluded), text


def test_links_and_emoji_are_no_words() -> None:
    text = "Visit https://example.com/a/b/c today 🎉 now"
    doc = next(get_pipeline("en").analysis_docs([text]))
    entities = find_entities(text)
    excluded = ProtectedSpans((e.start, e.end) for e in entities if e.kind in (URL, EMAIL, EMOJI))
    assert syntax.syntax_stats(doc, excluded).words == 3  # Visit, today, now
    assert syntax.syntax_stats(doc, ProtectedSpans([])).words > 3
