"""A headline a voice prints on a social network is never a clause cut from the lead
(issue 17): feed_headline.py, over press_news_title's news headline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice import adapt
from brandvoice.adaptation.feed_headline import cut_clause, feed_headline

MASTERS = Path(__file__).parent / "fixtures" / "masters"
FLORIST = (MASTERS / "fr-07-fleuriste-la-seyne.txt").read_text(encoding="utf-8")
CUT = "Pour la Saint-Valentin, Les Fleurs de Tamaris vous offrent"


@pytest.mark.parametrize(
    ("title", "sentence", "lang", "cut"),
    [
        (CUT, FLORIST.split(". ")[0] + ".", "fr", True),
        ("Harbour Bakery opens its second", "Harbour Bakery opens its second shop.", "en", True),
        ("Join us for a talk with", "Join us for a talk with Maeve Kelly on Thursday.", "en", True),
        # A whole clause the sentence completes with its day or place.
        (
            "Harbour Bakery opens its second shop",
            "Harbour Bakery opens its second shop on Saturday 4 April in Whitby.",
            "en",
            False,
        ),
        (
            "Le cabinet s'installe",
            "Le cabinet s'installe au 3 place Massillon à Hyères.",
            "fr",
            False,
        ),
        # The whole sentence, and a title that is not the sentence's opening.
        ("The shop opens on Saturday", "The shop opens on Saturday.", "en", False),
        ("Doors open", "Northern Grind is now serving at 5 Kirkgate Arcade.", "en", False),
    ],
)
def test_cut_clause(title: str, sentence: str, lang: str, cut: bool) -> None:
    assert cut_clause(title, sentence, lang) is cut


def test_whole_title_stays() -> None:
    assert (
        feed_headline(
            "Harbour Bakery opens its second shop",
            "Harbour Bakery opens its second shop on Saturday 4 April in Whitby.",
            "en",
            intent="opening",
            master="Harbour Bakery opens its second shop on Saturday 4 April in Whitby.",
        )
        is None
    )


def test_corporate_post_on_facebook_has_no_cut_headline() -> None:
    adaptation = adapt(
        FLORIST,
        voices=["corporate", "expert-blog"],
        networks=["facebook"],
        date=dt.date(2026, 11, 25),
        languagetool="off",
    )
    for variant in adaptation.variants:
        first = variant.text.split("\n\n")[0].lstrip("# ")
        assert first, variant.text
        assert first != CUT, variant.voice
        assert not cut_clause(first, FLORIST.split(". ")[0] + ".", "fr"), variant.voice
        # Every fact of the lead is still said under it.
        assert "-20" in variant.text
        assert "10 février" in variant.text


def test_only_a_template_that_prints_a_headline_is_asked() -> None:
    from brandvoice.adaptation.feed_headline import prints_headline
    from brandvoice.profiles import get_voice

    assert prints_headline(get_voice("corporate").template_for("facebook"))
    assert prints_headline(get_voice("expert-blog").template_for("facebook"))
    assert not prints_headline(get_voice("casual-facebook").template_for("facebook"))
