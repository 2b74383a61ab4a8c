"""An article is found by its title: the post's hook ("Big news from the studio",
« Grande nouvelle ») gives way to the news its lead gives, as a press note's headline does,
never to a sober label of the intent; a title that says news stays."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice import adapt


def _title(master: str, lang: str) -> str:
    (variant,) = adapt(
        master,
        voices=["expert-blog"],
        networks=["blog"],
        lang=lang,
        languagetool="off",
        date=dt.date(2026, 2, 7),
    ).variants
    first = variant.text.split("\n", 1)[0]
    assert first.startswith("# "), variant.text
    return first[2:]


@pytest.mark.parametrize(
    ("master", "lang", "news"),
    [
        (
            "Grande nouvelle ! 🥐 À partir du lundi 11 janvier, la Boulangerie Martel ouvre "
            "aussi le dimanche matin, de 7 h à 13 h. Pensez à commander vos gâteaux du "
            "week-end avant vendredi midi !",
            "fr",
            "la Boulangerie Martel ouvre aussi le dimanche matin",
        ),
        (
            "Big news from the studio: after six great years in Toulon, Brightside Digital is "
            "moving to a bigger space at 12 Quai de la Sinse on Monday 2 March. The phones "
            "and email stay the same.",
            "en",
            "Brightside Digital moves to a bigger space",
        ),
    ],
)
def test_a_hook_gives_way_to_the_news(master: str, lang: str, news: str) -> None:
    title = _title(master, lang)
    assert news.casefold() in title.casefold(), title
    assert "nouvelle" not in title.casefold()
    assert "big news" not in title.casefold()


def test_no_sober_label_replaces_a_hook() -> None:
    # The news speaks as "we": no press headline is found, and no « Announcement ».
    title = _title(
        "Heads up, Riverside Fitness fam! From Monday 4 January our early morning classes "
        "move to 6:15am instead of 6am. Everything else stays the same.",
        "en",
    )
    assert title != "Announcement"


def test_a_title_that_says_the_news_stays() -> None:
    title = _title(
        "La Boulangerie Martel ouvre le dimanche matin dès le 11 janvier. Pain au levain et "
        "viennoiseries maison vous attendent au 14 avenue de la République à Hyères.",
        "fr",
    )
    assert title.startswith("La Boulangerie Martel ouvre le dimanche matin"), title
