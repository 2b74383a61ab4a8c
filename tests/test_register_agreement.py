"""The French register lexicon's formal words agree as the casual ones did (issue 17): an
entry that opens on a determiner writes one of the same gender and number (« un vrai
fiasco » → « un échec », « une super » → « une excellente »), so the sentence around it
stays agreed; a noun after it has the determiner's gender."""

from __future__ import annotations

from typing import Any

import pytest

from brandvoice.adaptation.wording.data import load_table
from brandvoice.text.french.gender import determiner_agreement, noun_gender

_DETERMINERS = frozenset(["un", "une", "le", "la", "les", "des", "du"])


def _sides(entry: dict[str, Any]) -> list[tuple[str, str]]:
    formal = entry["formal"] if isinstance(entry["formal"], list) else [entry["formal"]]
    casual = entry["casual"] if isinstance(entry["casual"], list) else [entry["casual"]]
    return [(f, c) for f in formal for c in casual]


def _with_determiners() -> list[tuple[str, str]]:
    pairs = []
    for entry in load_table("register-lexicon-fr.yaml")["entries"]:
        for formal, casual in _sides(entry):
            if formal.split()[0] in _DETERMINERS and casual.split()[0] in _DETERMINERS:
                pairs.append((formal, casual))
    return pairs


def test_there_are_entries_to_check() -> None:
    assert ("un échec", "un vrai fiasco") in _with_determiners()


@pytest.mark.parametrize(("formal", "casual"), _with_determiners())
def test_a_determiner_keeps_its_gender_and_number(formal: str, casual: str) -> None:
    assert determiner_agreement(formal.split()[0]) == determiner_agreement(casual.split()[0])


@pytest.mark.parametrize(("formal", "casual"), [("échec", "fiasco"), ("échec", "flop")])
def test_a_noun_has_the_gender_of_the_one_it_replaces(formal: str, casual: str) -> None:
    assert noun_gender(formal) == noun_gender(casual)
