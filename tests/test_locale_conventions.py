"""What each region writes differently (issue 18, item 1): the spaces before ; : ! ? in
French (France and Belgium, Quebec, Switzerland), Swiss amounts, the order of an
all-numeric date's day and month, and a press note's dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.layout import dateline
from brandvoice.checks import check
from brandvoice.understand import understand
from brandvoice.understand.dates import read_date, written_day_first

NARROW = "\u202f"
NBSP = "\u00a0"
GLUED = "Bienvenue à tous! On ouvre samedi; venez tôt. Au programme: ateliers. Vous venez?"


def _typography(text: str, lang: str) -> list[tuple[str, str]]:
    report = check(text, lang=lang, languagetool="off")
    return [
        (f.rule.removeprefix("typography."), text[f.offset : f.offset + f.length])
        for f in report.findings
        if f.category == "typography"
    ]


@pytest.mark.parametrize(
    ("lang", "flagged"),
    [
        # The Imprimerie nationale's rules, in France and in Belgium.
        ("fr", ["!", ";", ":", "?"]),
        ("fr-FR", ["!", ";", ":", "?"]),
        ("fr-BE", ["!", ";", ":", "?"]),
        # The OQLF's in Quebec, Swiss practice in Switzerland: only the colon needs one.
        ("fr-CA", [":"]),
        ("fr-CH", [":"]),
    ],
)
def test_the_space_before_double_marks_follows_the_region(lang: str, flagged: list[str]) -> None:
    assert _typography(GLUED, lang) == [("french-space-missing", mark) for mark in flagged]


@pytest.mark.parametrize("lang", ["fr-CA", "fr-CH"])
def test_a_thin_space_is_right_and_an_ordinary_one_breaks_everywhere(lang: str) -> None:
    thin = f"Bienvenue à tous{NARROW}! Au programme{NBSP}: ateliers."
    assert _typography(thin, lang) == []
    assert _typography("Vous venez ? On ouvre samedi.", lang) == [("french-space-breakable", " ")]


def test_swiss_amounts_are_already_grouped() -> None:
    text = f"Le menu à CHF 1’250.–, l’abonnement à 12’500{NARROW}CHF ou 1'250.50{NARROW}CHF."
    assert _typography(text, "fr-CH") == []
    assert _typography("Une cagnotte de 12500 CHF.", "fr-CH") == [
        ("french-thousands", "12500"),
        ("french-space-unit", " "),
    ]


@pytest.mark.parametrize(
    ("lang", "glued"),
    [("fr-CH", True), ("fr-CA", True), ("fr-BE", False), ("fr", False)],
)
def test_a_variant_is_fixed_as_its_region_checks_it(lang: str, glued: bool) -> None:
    """A master tagged with its region: the adaptation's typography fixer and the checks
    agree, and a Swiss or Quebec master's glued ! stays as written."""
    master = (
        "La boutique de la rue du Rhône ouvre ses portes samedi. Venez nombreux! Au "
        "programme: dégustations et ateliers."
    )
    [variant] = adapt(
        master, networks=["facebook"], lang=lang, languagetool="off", date=dt.date(2026, 5, 1)
    ).variants
    assert variant.locale == lang
    assert ("nombreux!" in variant.text) is glued
    assert ("nombreux\u202f!" in variant.text) is not glued
    assert f"programme{NBSP}:" in variant.text
    assert [f for f in variant.findings if f.category == "typography"] == []


def _read(text: str, lang: str) -> tuple[dt.date, bool] | None:
    """The day ``text`` names, written on 1 March 2026, and whether its weekday fits."""
    read = read_date(text, dt.date(2026, 3, 1), lang)
    return None if read is None else (read.date, read.weekday_matches)


@pytest.mark.parametrize(
    ("lang", "day"),
    [
        ("en", dt.date(2026, 3, 4)),
        ("en-US", dt.date(2026, 3, 4)),
        ("en-CA", dt.date(2026, 3, 4)),
        ("en-GB", dt.date(2026, 4, 3)),
        ("en-AU", dt.date(2026, 4, 3)),
        ("en-NZ", dt.date(2026, 4, 3)),
        ("en-ZA", dt.date(2026, 4, 3)),
        ("fr", dt.date(2026, 4, 3)),
        ("fr-CA", dt.date(2026, 4, 3)),
        ("fr-BE", dt.date(2026, 4, 3)),
        ("fr-CH", dt.date(2026, 4, 3)),
    ],
)
def test_an_all_numeric_date_is_read_in_its_region(lang: str, day: dt.date) -> None:
    assert _read("03/04/2026", lang) == (day, True)
    # A first number over 12 is a day everywhere, and ISO 8601 is year, month, day.
    assert _read("25/04/2026", lang) == (dt.date(2026, 4, 25), True)
    assert _read("2026-04-03", lang) == (dt.date(2026, 4, 3), True)


def test_canadian_english_lets_the_weekday_settle_the_order() -> None:
    assert _read("Friday 03/04/2026", "en-CA") == (dt.date(2026, 4, 3), True)
    assert _read("Wednesday 03/04/2026", "en-CA") == (dt.date(2026, 3, 4), True)
    # A weekday that fits neither: month first, and the weekday is wrong.
    assert _read("Monday 03/04/2026", "en-CA") == (dt.date(2026, 3, 4), False)


def test_the_weekday_check_and_understand_read_dates_in_the_region() -> None:
    text = "Open day on Friday 03/04/2026 at 4 High Street."
    reference = dt.date(2026, 3, 1)

    def mismatches(lang: str) -> list[str]:
        report = check(text, lang=lang, languagetool="off", date=reference)
        return [f.message for f in report.findings if f.rule == "facts.weekday-mismatch"]

    assert mismatches("en-GB") == []
    assert mismatches("en-US") == ["'Friday 03/04/2026': 4 March 2026 is a Wednesday, not a Friday"]
    dates = {f.text: f.date for f in understand(text, "en-GB", date=reference).facts if f.date}
    assert dates["Friday 03/04/2026"] == dt.date(2026, 4, 3)
    dates = {f.text: f.date for f in understand(text, "en-US", date=reference).facts if f.date}
    assert dates["Friday 03/04/2026"] == dt.date(2026, 3, 4)


def test_a_text_says_which_order_it_writes_its_dates_in() -> None:
    assert written_day_first("We open on Friday 1 May 2026, then on 2 May.") is True
    assert written_day_first("We open on Friday, May 1, 2026.") is False
    assert written_day_first("We open at 10 am, on 03/04.") is None


def test_a_dateline_follows_the_master_when_no_region_is_given() -> None:
    day = dt.date(2026, 4, 20)
    assert dateline("Leeds", day, "en", day_first=True) == "Leeds, 20 April 2026 –"
    assert dateline("Austin", day, "en-GB", day_first=False) == "Austin, April 20, 2026 –"
    british = "Our spring fair opens on Friday 1 May 2026 at the market hall. Free tastings."
    american = "Our spring fair opens on Friday, May 1, 2026 at the market hall. Free tastings."

    def lead(master: str, lang: str) -> str:
        [variant] = adapt(
            master, networks=["website"], lang=lang, languagetool="off", date=day
        ).variants
        return variant.text.split("\n\n")[1]

    assert lead(british, "en").startswith("20 April 2026 – ")
    assert lead(american, "en").startswith("April 20, 2026 – ")
    # A region asked for wins over the master's order.
    assert lead(british, "en-US").startswith("April 20, 2026 – ")
    assert lead(american, "en-GB").startswith("20 April 2026 – ")


@pytest.mark.parametrize(
    ("locale", "eve"),
    [("en-GB", dt.date(2027, 4, 2)), ("en-US", dt.date(2027, 3, 3))],
)
def test_the_planner_reads_a_reminders_event_in_the_brands_region(
    locale: str, eve: dt.date, tmp_path: Path
) -> None:
    """A reminder goes out the day before its event: 03/04/2027 is 3 April for a British
    brand, March 4 for an American one, with the campaign's lang a bare "en"."""
    from brandvoice.campaigns import plan

    (tmp_path / "brand.yaml").write_text(
        f"name: shop\nextends: casual-facebook\nlocale: {locale}\n", encoding="utf-8"
    )
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(
        "timezone: Europe/London\nlang: en\nbrand: brand.yaml\nposts:\n"
        "  - master: Open day at the shop on 03/04/2027, with free tastings all day.\n"
        "    networks: [facebook]\n    reminder: true\n",
        encoding="utf-8",
    )
    now = dt.datetime(2027, 3, 1, 8, 0, tzinfo=dt.UTC)
    [entry] = plan(campaign, now=now, languagetool="off").entries
    assert entry.when.date() == eve


@pytest.mark.integration
def test_languagetool_agrees_with_the_region(languagetool_backend) -> None:  # type: ignore[no-untyped-def]
    """LanguageTool's FRENCH_WHITESPACE asks France's spaces in every French variant: its
    matches go where the region sets ; ! ? without one, and stay in Belgium."""

    def whitespace(lang: str) -> list[str]:
        report = check(GLUED, lang=lang, languagetool="required")
        return [f.rule for f in report.findings if f.category == "typography"]

    assert whitespace("fr-CA") == ["typography.french-space-missing"]
    assert whitespace("fr-CH") == ["typography.french-space-missing"]
    assert len(whitespace("fr-BE")) == 4
