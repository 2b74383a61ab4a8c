"""brandvoice's English homophone rule (checks/grammar_en_homophones.py): the contexts
LanguageTool 6.8 misses. Real dictionary, no server."""

from __future__ import annotations

import pytest

from brandvoice.checks import check


def _flagged(text: str, lang: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    report = check(text, lang=lang, languagetool="off", disable=["length", "style"])
    return [
        (text[f.offset : f.offset + f.length], f.replacements)
        for f in report.findings
        if f.rule == "grammar.en-homophone"
    ]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Our bakers love there work and it shows.", "there", "their"),
        ("The twins made there own cards.", "there", "their"),
        ("Customers tell us their coming back every Saturday.", "their", "they're"),
        ("Their opening a second shop in the spring.", "Their", "They're"),
        ("Their not open on Sundays.", "Their", "They're"),
        ("We put the chairs over their by the window.", "their", "there"),
        ("Your welcome to bring your dog.", "Your", "You're"),
        ("Thanks for coming, and your invited next time!", "your", "you're"),
    ],
)
def test_flags_the_homophone(text: str, span: str, fix: str) -> None:
    assert (span, (fix,)) in _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our bakers love their work; they're coming back on Saturday.",
        "Their opening hours are on the door. Are there new products?",
        "We love there too. Their welcome pack is ready, and their team is here.",
        "Put the chairs over there by the window. You're welcome to bring your dog.",
        "Their closing time is 6 pm and their own products sell out.",
    ],
)
def test_correct_english_stays_clean(text: str) -> None:
    assert _flagged(text) == []


def test_french_is_left_alone() -> None:
    assert _flagged("Your welcome to bring your dog.", lang="fr") == []
