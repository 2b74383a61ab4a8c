"""Sentence spans as the checks count them: the model's, cut at line breaks, with emoji
kept with the sentence they close."""

from __future__ import annotations

import pytest

from brandvoice.nlp import get_pipeline
from brandvoice.text.segments import Span, sentence_spans


def _texts(text: str, spans: list[Span]) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # The model reads on across the emoji: two sentences.
        (
            "Ouverture à 10 h. 🍷 Réservez vite.",
            ["Ouverture à 10 h. 🍷 Réservez vite."],
            ["Ouverture à 10 h. 🍷", "Réservez vite."],
        ),
        # The model makes the emoji a sentence: it goes back to the one it closes.
        (
            "Ouverture samedi. 🍷 Réservez vite.",
            ["Ouverture samedi.", "🍷", "Réservez vite."],
            ["Ouverture samedi. 🍷", "Réservez vite."],
        ),
        # A run of emoji, a closing quote before them, an exclamation.
        (
            "On a dit « c'est ouvert ! » 🎉 🥂 Venez.",
            ["On a dit « c'est ouvert ! » 🎉 🥂 Venez."],
            ["On a dit « c'est ouvert ! » 🎉 🥂", "Venez."],
        ),
        # Between a word and a capital, the emoji stands for the stop a post leaves out.
        (
            "La seule chose qu'on demande, c'est d'aimer se lever tôt 😉 Envoyez-nous un mot.",
            ["La seule chose qu'on demande, c'est d'aimer se lever tôt 😉 Envoyez-nous un mot."],
            ["La seule chose qu'on demande, c'est d'aimer se lever tôt 😉", "Envoyez-nous un mot."],
        ),
        (
            "Holiday hours at Kowalski Hardware 🎄 🎁 We'll close at 2pm on Thursday.",
            ["Holiday hours at Kowalski Hardware 🎄 🎁 We'll close at 2pm on Thursday."],
            ["Holiday hours at Kowalski Hardware 🎄 🎁", "We'll close at 2pm on Thursday."],
        ),
        # After a comma or a colon, before a lowercase word, or opening the sentence: the emoji
        # is inside a sentence.
        (
            "Au menu : 🍕 Pizzas, 🍝 Pâtes et des olives 🫒 pour tous.",
            ["Au menu : 🍕 Pizzas, 🍝 Pâtes et des olives 🫒 pour tous."],
            ["Au menu : 🍕 Pizzas, 🍝 Pâtes et des olives 🫒 pour tous."],
        ),
        (
            "🥳 En 2025, on a livré 18 400 paniers.",
            ["🥳 En 2025, on a livré 18 400 paniers."],
            ["🥳 En 2025, on a livré 18 400 paniers."],
        ),
        (
            "Il fait beau. 🌞 et chaud.",
            ["Il fait beau. 🌞 et chaud."],
            ["Il fait beau. 🌞 et chaud."],
        ),
        # A line of emoji alone stays its own line.
        ("Bonne année !\n🎉🎉🎉", ["Bonne année !\n🎉🎉🎉"], ["Bonne année !", "🎉🎉🎉"]),
    ],
)
def test_emoji_stay_with_the_sentence_they_close(
    text: str, model: list[str], expected: list[str]
) -> None:
    spans, start = [], 0
    for sentence in model:
        start = text.index(sentence, start)
        spans.append((start, start + len(sentence)))
        start += len(sentence)
    assert _texts(text, sentence_spans(text, spans)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ouverture le samedi 6 juin 2026 à 10 h. 🍷 Réservez votre place à l'atelier.",
        "Ouverture le samedi 6 juin à 10h. 🍷 Réservez votre place.",
        "Ouverture samedi. 🍷 Réservez votre place.",
    ],
)
def test_the_real_model_gives_two_sentences(text: str) -> None:
    doc = next(iter(get_pipeline("fr").sentence_docs([text])))
    spans = sentence_spans(text, [(s.start_char, s.end_char) for s in doc.sents])
    assert [t.split()[0] for t in _texts(text, spans)] == ["Ouverture", "Réservez"]
    assert _texts(text, spans)[0].endswith("🍷")
