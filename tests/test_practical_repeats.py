"""A detail sentence's clause that only repeats the practical lines' place or day goes whole."""

from __future__ import annotations

import datetime as dt

from brandvoice.adaptation.realise.repeats import repeats
from brandvoice.understand import understand

DAY = dt.date(2026, 12, 1)
_MASTER = (
    "Our market opens on Saturday 12 December at 10 am. The workshop costs £25 per person. "
    "Our baker keeps saying “bread is for sharing”, we're at 12 Harbour Lane in Falmouth."
)
_LINES = "Our market opens!\n\n📅 Saturday 12 December, 10 am\n📍 12 Harbour Lane, Falmouth\n\n"


def _cut(body: str) -> str:
    text = _LINES + body
    message = understand(_MASTER, "en", date=DAY)
    for found in sorted(repeats(text, message), key=lambda r: r.start, reverse=True):
        text = text[: found.start] + text[found.end :]
    return text[len(_LINES) :]


def test_a_clause_saying_only_the_place_goes_with_its_comma() -> None:
    body = "Our baker keeps saying “bread is for sharing”, we're at 12 Harbour Lane in Falmouth."
    assert _cut(body) == "Our baker keeps saying “bread is for sharing”."


def test_a_sentence_saying_only_the_place_goes_whole() -> None:
    assert _cut("We're at 12 Harbour Lane. Bring a friend.") == "Bring a friend."
    assert _cut("Bring a friend. We're at 12 Harbour Lane.") == "Bring a friend."


def test_a_clause_saying_more_than_the_place_keeps_what_is_new() -> None:
    body = "We're at 12 Harbour Lane with our wood oven."
    assert _cut(body) == body


def test_the_full_adaptation_drops_the_clause() -> None:
    from brandvoice.adaptation.engine import adapt

    adaptation = adapt(
        _MASTER,
        voices=["casual-facebook"],
        networks=["facebook"],
        lang="en",
        date=DAY,
        languagetool="off",
    )
    text = adaptation.variants[0].text
    assert "we're at" not in text.casefold()
    assert "📍 12 Harbour Lane" in text
