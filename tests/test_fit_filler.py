"""What a post over its limit says twice or wears as decoration (fitting/filler.py): the
brand's name repeated on its address line, the emoji the voice added."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.fitting.filler import (
    decoration_emoji,
    framing,
    politeness,
    repeated_names,
)
from brandvoice.adaptation.transform import Edit, apply_edits


def _applied(text: str, cuts: list) -> str:
    return apply_edits(text, [Edit(c.start, c.end, c.replacement, "") for c in cuts])


_NAMED = "Le Garage Martinez vous offre le montage.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_NAMED}Garage Martinez, 145 avenue de la Libération, Salon-de-Provence.",
            f"{_NAMED}145 avenue de la Libération, Salon-de-Provence.",
        ),
        # Any casing of the name, spacing before the line's text.
        (f"{_NAMED}GARAGE MARTINEZ, 12 rue Paradis.", f"{_NAMED}12 rue Paradis."),
        # The first line to name the brand keeps its name.
        (
            "Garage Martinez, 145 avenue de la Libération.",
            "Garage Martinez, 145 avenue de la Libération.",
        ),
        # No street number after the comma: the name is the sentence's subject.
        (f"{_NAMED}Garage Martinez, c'est 30 ans de métier.", None),
        # Inside a line the name is not an address's label.
        (f"{_NAMED}Venez chez Garage Martinez, 145 avenue de la Libération.", None),
    ],
)
def test_repeated_name_leaves_its_address_line(text: str, expected: str | None) -> None:
    cuts = list(repeated_names(text, ("Garage Martinez",)))
    assert _applied(text, cuts) == (text if expected is None else expected)


def test_only_the_voices_emoji_are_decoration() -> None:
    master = "Printemps = pneus ! ⚠️ Offre limitée."
    text = "Printemps = pneus ! 🌸 ⚠️ Offre limitée. 🚗"
    assert _applied(text, decoration_emoji(text, master)) == "Printemps = pneus ! ⚠️ Offre limitée."


def test_an_emoji_opening_a_line_takes_the_space_after_it() -> None:
    text = "Hook.\n🌸 Offre limitée."
    assert _applied(text, decoration_emoji(text, "Hook. Offre limitée.")) == "Hook.\nOffre limitée."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If you have garments waiting with me, please come and collect them by then.",
            "If you have garments waiting with me, come and collect them by then.",
        ),
        ("Please return them to the shop.", "Return them to the shop."),
        ("Hook.\nPlease check the label.", "Hook.\nCheck the label."),
        # Set apart by a comma, or no request at all: it stays.
        ("Please, stop.", "Please, stop."),
        ("Do it if you please and thank you.", "Do it if you please and thank you."),
    ],
)
def test_please_goes_before_the_verb_it_softens(text: str, expected: str) -> None:
    assert _applied(text, politeness(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pour nous faire pardonner, un bon de réduction de 10 € vous sera envoyé par mail.",
            "fr",
            "Un bon de réduction de 10 € vous sera envoyé par mail.",
        ),
        ("Heads up: the shop closes at 4pm on Friday.", "en", "The shop closes at 4pm on Friday."),
        # A condition is no framing: "last Friday" is when the reader was charged.
        (
            "Heads up if you dined with us last Friday: some cards were charged twice.",
            "en",
            "Heads up if you dined with us last Friday: some cards were charged twice.",
        ),
        # A name after it is written as it is: no framing cut before it.
        ("Good news, Toulon: we open on Friday.", "en", "Good news, Toulon: we open on Friday."),
    ],
)
def test_framing_goes_and_the_sentence_starts_after_it(text: str, lang: str, expected: str) -> None:
    assert _applied(text, framing(text, 0, len(text), lang)) == expected
