"""A closure's 🔒 / 🔓 lines and sheet lines, and the 📅 + 📞 / 👉 lines of a message with a
day and a way to act but no place (brandvoice.adaptation.realise.closure, .action)."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.decorate.practical import fact_sheet
from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.realise.practical import practical_lines
from brandvoice.understand import understand

OCRE = (
    "L'atelier-boutique Terre d'Ocre fait une pause estivale ☀️ Nous serons fermés du lundi "
    "3 août au lundi 31 août inclus. Les commandes en ligne restent possibles, mais elles "
    "seront expédiées à notre retour. Bonnes vacances à toutes et à tous !"
)
OCRE_DAY = dt.date(2026, 7, 20)
STUDIO = (
    "The studio is closed for the summer from Saturday 25 July. Lessons restart on Monday 7 "
    "September, same days and times as this term."
)
STUDIO_DAY = dt.date(2026, 7, 13)
HARDWARE = (
    "Holiday hours at Kowalski Hardware. We'll close at 2pm on Thursday, December 24 and stay "
    "closed on the 25th and 26th. Regular hours the rest of the week. Closed January 1, back "
    "Saturday, January 2 at 8am."
)
HARDWARE_DAY = dt.date(2026, 12, 7)


def _lines(text: str, lang: str, day: dt.date, *, emoji: bool = True) -> list[str]:
    return practical_lines(understand(text, lang, date=day), emoji=emoji)


def _post(text: str, lang: str, day: dt.date, network: str = "facebook") -> str:
    return (
        adapt(
            text,
            voices=["casual-facebook"],
            networks=[network],
            lang=lang,
            date=day,
            languagetool="off",
        )
        .variants[0]
        .text
    )


def test_a_closure_period_gets_its_line_and_its_sentence_goes() -> None:
    assert _lines(OCRE, "fr", OCRE_DAY) == ["🔒 Fermeture du lundi 3 août au lundi 31 août inclus"]
    assert _lines(OCRE, "fr", OCRE_DAY, emoji=False) == [
        "Fermeture\u202f: du lundi 3 août au lundi 31 août inclus"
    ]
    post = _post(OCRE, "fr", OCRE_DAY)
    # The line says the period once; the sentence that only said it is gone.
    assert "🔒 Fermeture du lundi 3 août au lundi 31 août inclus" in post
    assert post.count("31 août") == 1
    assert "Les commandes en ligne restent possibles" in post


def test_the_day_a_closure_is_back_and_a_closing_day_the_hook_says_already() -> None:
    # The hook says when the studio closes: only the day it is back gets a line.
    assert _lines(STUDIO, "en", STUDIO_DAY) == ["🔓 Back Monday 7 September"]
    # Under a hook that does not say it, the closing day gets its line.
    assert (
        _lines(f"Summer break! {STUDIO}", "en", STUDIO_DAY)[0] == "🔒 Closed from Saturday 25 July"
    )
    # The sentence loses the day its line gives, and keeps what it says besides.
    assert "Lessons restart, same days and times as this term." in _post(STUDIO, "en", STUDIO_DAY)
    sheet = fact_sheet(understand(STUDIO, "en", date=STUDIO_DAY))
    assert sheet == [
        "Practical information",
        "Closed: from Saturday 25 July",
        "Reopening: Monday 7 September",
    ]


def test_a_closing_time_is_no_closed_day_and_a_partial_closure_makes_no_sheet() -> None:
    lines = _lines(HARDWARE, "en", HARDWARE_DAY)
    # "close at 2pm on Thursday, December 24": open that morning, no "Closed" line for it.
    assert lines == ["🔒 Closed January 1", "🔓 Back Saturday, January 2, 8am"]
    # Read alone, "Closed: January 1" would hide December 25 and 26: no closing line, and
    # the reopening alone is no sheet.
    assert fact_sheet(understand(HARDWARE, "en", date=HARDWARE_DAY)) == []
    post = _post(HARDWARE, "en", HARDWARE_DAY)
    # The sentence the lines say whole is gone; the one that says more stays.
    assert "Closed January 1, back" not in post
    assert "Regular hours the rest of the week." in post


def test_a_master_writing_its_own_schedule_gets_no_lines() -> None:
    text = (
        "Easter opening hours at Fernhill:\nGood Friday (3 April): 9am–5pm\nEaster Sunday (5 "
        "April): closed\nNormal hours resume Tuesday 7 April."
    )
    assert _lines(text, "en", dt.date(2026, 3, 23)) == []


STOUT = (
    "Elle arrive ! La Noz Du, notre stout au sarrasin grillé, sort de cuve vendredi 6 "
    "novembre. En vente à la brasserie (Châteaulin) et chez nos cavistes partenaires. "
    "Quantités limitées."
)
STOUT_DAY = dt.date(2026, 10, 26)


def test_a_day_and_where_to_get_it_without_a_place() -> None:
    assert _lines(STOUT, "fr", STOUT_DAY) == [
        "📅 vendredi 6 novembre",
        "👉 En vente à la brasserie (Châteaulin) et chez nos cavistes partenaires",
    ]
    post = _post(STOUT, "fr", STOUT_DAY)
    # The sentence moved onto its line; the day closing the launch's sentence goes too.
    assert post.count("En vente") == 1
    assert post.count("6 novembre") == 1
    assert "sort de cuve." in post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without a day, no line: it would open the details above the news it acts on.
        (
            "New fall menu starts tonight at Juniper Table! Braised short rib and squash "
            "salad. Reservations recommended on weekends: (503) 555-0133.",
            [],
        ),
        (
            "Love is in the air at Petal & Stem! Order any bouquet before Wednesday and get "
            "20% off. Call 01632 960418.",
            [],
        ),
        # Without a day, a sentence that needs the offer said first does not open the post.
        (
            "Flash sale at Crumb & Co! Buy two loaves, get a third free. Valid at both shops "
            "from 8am until we sell out.",
            [],
        ),
    ],
)
def test_how_to_act_alone(text: str, expected: list[str]) -> None:
    assert _lines(text, "en", dt.date(2026, 10, 6)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A recall's "what to do" is a notice read whole, never a festive line.
        (
            "We are recalling our 340 g jars of wildflower honey. Do not eat it. Call 0161 496 "
            "0752 for a refund.",
            "en",
        ),
        # The author wrote such a line already.
        ("Soirée jazz le vendredi 6 novembre ! 📞 Réservations au 04 94 26 71 38.", "fr"),
    ],
)
def test_no_action_line(text: str, lang: str) -> None:
    assert not any(line.startswith(("📞", "👉")) for line in _lines(text, lang, STOUT_DAY))


def test_x_keeps_the_closure_facts() -> None:
    post = _post(OCRE, "fr", OCRE_DAY, network="x")
    assert "3 août" in post
    assert "31 août" in post


def test_a_closing_day_the_posts_own_hook_says_gets_no_line() -> None:
    text = (
        "We're taking a little winter break 🎄 The studio will be shut from Thursday, December "
        "24 through Saturday, January 2, and we'll be back on Monday, January 4."
    )
    message = understand(text, "en", date=dt.date(2026, 12, 6))
    # The sentence splitter may read the emoji as a stop or not: the post's hook decides.
    hook = text.split(", and")[0] + "."
    assert practical_lines(message, hook=hook) == ["🔓 Back Monday, January 4"]
    assert practical_lines(message, hook="We're taking a little winter break 🎄")[0] == (
        "🔒 Closed from Thursday, December 24 through Saturday, January 2"
    )


def test_a_time_keeps_its_zone() -> None:
    text = (
        "Year-end tax planning: join us for a free webinar on Wednesday, November 25, 2026 at "
        "12:00 p.m. ET. Registration is required: mensahdoyle.example/webinar."
    )
    lines = _lines(text, "en", dt.date(2026, 11, 9))
    assert lines[0] == "📅 Wednesday, November 25, 2026, 12:00 p.m. ET"


def test_no_closure_lines_when_the_business_stays_open() -> None:
    text = (
        "Travaux : le parking sera fermé du lundi 4 mai au mercredi 6 mai inclus. La boutique "
        "reste ouverte aux horaires habituels."
    )
    message = understand(text, "fr", date=dt.date(2026, 4, 27))
    assert not any(line.startswith("🔒") for line in practical_lines(message))
    assert not any(line.startswith("Fermeture") for line in fact_sheet(message))
