"""The homophone rules search a context only when the text holds one of the ways it may
begin (checks/homophones.py): that must rule out no context a search would find."""

from __future__ import annotations

import pytest

from brandvoice.checks.grammar_en_homophones import EnglishHomophone
from brandvoice.checks.grammar_fr_homophones import FrenchHomophone
from brandvoice.checks.homophones import HomophoneRule, _beginnings
from brandvoice.understand.cues import folded_text, may_match

EXTRA = [
    "Le salon est ouvert de 9 h a 18 h. Rendez-vous a 19 h devant la boutique.",
    "GRÂCE A VOUS, À PARTIR DE LUNDI, LÀ OU VOUS ÊTES : À HAUTE VOIE, SUR LA BONNE VOIX.",
    "Ça peu attendre demain. Tout se qu'il faut savoir ; Elles on réservé la salle.",
    "We love there own recipes, check out there new menu: your welcome to join in.",
    "Straße, ﬁn, ǅ: their own recipes at 10 h a 12 h, « à haute voie ».",
]


def _texts(rule: type[HomophoneRule]) -> list[str]:
    texts = [example.text for example in rule.examples] + EXTRA
    return [v for text in texts for v in (text, text.upper(), text.lower(), f"5{text}")]


@pytest.mark.parametrize("rule", [FrenchHomophone, EnglishHomophone])
def test_no_context_a_search_finds_is_ruled_out(rule: type[HomophoneRule]) -> None:
    found = 0
    for text in _texts(rule):
        folded = folded_text(text)
        for item in rule.entries:
            if item.pattern.search(text) is not None:
                found += 1
                assert may_match(_beginnings(item.pattern.pattern), folded), (
                    item.pattern.pattern,
                    text,
                )
    assert found > 10  # the texts do hold contexts: the comparison is not empty


@pytest.mark.parametrize("rule", [FrenchHomophone, EnglishHomophone])
def test_beginnings_are_told_for_the_entries(rule: type[HomophoneRule]) -> None:
    # Every entry of both rules has beginnings (none is always searched), and some
    # context is ruled out of a text that holds none of its words.
    assert all(_beginnings(item.pattern.pattern) for item in rule.entries)
    folded = folded_text("Bonjour tout le monde. Hello world.")
    assert not all(may_match(_beginnings(i.pattern.pattern), folded) for i in rule.entries)


def test_a_class_only_regex_reads_is_never_ruled_out() -> None:
    # VERSION1 reads « [[a-z]--[q]] » as a set difference, CPython's parser as other
    # characters: such a pattern has no beginnings told, it is always searched.
    from brandvoice.understand.cues import heads

    assert heads(r"[[a-z]--[q]]ou") is None
    assert heads(r"[\p{L}&&[a-c]]ou") is None
    assert heads(r"(?:voie|ou)\b") == frozenset({"voie", "ou"})
