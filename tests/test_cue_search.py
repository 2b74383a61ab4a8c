"""The cue search tries each cue only where its beginnings are (understand/cues.py): it
must find exactly what a search of every cue over the whole text finds."""

from __future__ import annotations

import pytest

from brandvoice.understand import cues
from brandvoice.understand.actions import action_rules
from brandvoice.understand.intents import intent_rules

TEXTS = {
    "fr": [
        "Nous recrutons un(e) serveur·se en CDI ! Envoyez votre CV à jobs@cafe.example.",
        "Rappel produit : le lot 2291 de notre confiture présente un risque. Rapportez-les.",
        "Soldes d'hiver -30 % dès samedi, au 12 rue Paradis à Marseille. SOLDES !",
        "Grande Straße, Salon-de-Provence : atelier-boutique ouvert ce mois-ci.",
    ],
    "en": [
        "We're hiring a barista: apply at https://shop.example/apply before Friday 3 May.",
        "RECALL: batch 2291 of our jam may contain glass. Do not eat it; bring it back.",
        "Our world-class brand-new menu launches tonight, book a table on 01 23 45 67 89!",
        "Thank you all for an amazing 10 years — we couldn't have done it without you.",
    ],
}


def _searched(cue_set: cues.CueSet, text: str) -> list[tuple[int, int]]:
    plain = cues.without_addresses(cues.plain_text(text))
    return [m.span() for p in cue_set.patterns if (m := p.pattern.search(plain)) is not None]


def _tried(cue_set: cues.CueSet, text: str) -> list[tuple[int, int]]:
    plain = cues.without_addresses(cues.plain_text(text))
    starts, present = cues.head_starts(plain), cues.text_heads(plain)
    found = []
    for item, beginnings in zip(cue_set.patterns, cue_set.heads, strict=True):
        if starts is None or present is None or beginnings is None:
            match = item.pattern.search(plain)
        elif present.isdisjoint(beginnings):
            match = None
        else:
            match = cues._first_match(item.pattern, plain, present & beginnings, starts)
        if match is not None:
            found.append(match.span())
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_trying_cues_at_their_beginnings_finds_what_a_search_finds(lang: str) -> None:
    sets = [r.cues[lang] for r in intent_rules().rules] + [r.cues[lang] for r in action_rules()]
    matched = 0
    for text in TEXTS[lang]:
        for variant in (text, text.upper(), f"… {text.lower()}"):
            for cue_set in sets:
                expected = _searched(cue_set, variant)
                assert _tried(cue_set, variant) == expected, (cue_set.name, variant)
                matched += len(expected)
    assert matched > 20  # the texts do hold cues: the comparison is not of empty lists


def test_head_starts_are_where_the_beginnings_are() -> None:
    text = "Réservez dès 10 h, au 12 rue Castillon : réservez vite !"
    starts = cues.head_starts(text)
    assert starts is not None
    lower = text.lower().replace("1", "0").replace("2", "0")
    assert starts["réserv"] == (0, 41)
    for head, offsets in starts.items():
        assert all(lower[at : at + len(head)] == head for at in offsets)
    assert cues.text_heads(text) == frozenset(starts)


def test_a_text_lower_casing_cannot_stand_for_is_searched_whole() -> None:
    # "ß" matches "ss" case-insensitively: no beginnings, every cue is searched.
    assert cues.head_starts("Große Eröffnung") is None
    assert cues.text_heads("Große Eröffnung") is None
