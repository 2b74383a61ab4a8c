"""The press note's practical information labels each date by what it is (an incident's
"until" is a deadline, a recalled batch's "best before" its shelf life) and writes a place
with the town the master gives beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.decorate.practical import fact_sheet
from brandvoice.adaptation.realise.practical import where_text
from brandvoice.understand import understand

DATE = dt.date(2026, 12, 7)

REFUND = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de plus "
    "d'une heure au bar, plats arrivés froids et une sono bien trop forte. Nous vous devons "
    "des excuses.\n"
    "Toutes les personnes présentes samedi peuvent demander le remboursement de leur entrée "
    "jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.\n"
    "Merci de votre patience, et à très vite au P'tit Cabanon, 12 avenue des Sablettes à "
    "La Seyne-sur-Mer."
)
RECALL = (
    "Product recall: Walnut & Honey Loaf, batch L2611\n"
    "Some loaves from batch L2611 (best before 12/12/2026) may contain small pieces of glass. "
    "Bring it back to our shop at 14 Quay Street, Whitstable, for a full refund.\n"
    "Questions? Call us on 01227 555 014."
)
OFFER = (
    "Jusqu'au 30 décembre, -20 % sur toutes les bougies de la boutique ! "
    "Retrouvez-nous au 5 rue Paradis à Marseille."
)


def test_an_incidents_until_date_is_a_deadline() -> None:
    sheet = fact_sheet(understand(REFUND, "fr", date=DATE))
    assert "Date limite\u202f: 20 décembre" in sheet
    assert not any(line.startswith("Date\u202f:") for line in sheet)


def test_an_offers_until_date_stays_its_period() -> None:
    sheet = fact_sheet(understand(OFFER, "fr", date=DATE))
    assert "Date\u202f: jusqu'au 30 décembre" in sheet
    assert not any(line.startswith("Date limite") for line in sheet)


def test_a_best_before_date_is_labelled_as_the_master_says_it() -> None:
    sheet = fact_sheet(understand(RECALL, "en", date=DATE))
    assert "Best before: 12/12/2026" in sheet
    assert not any(line.startswith("Date:") for line in sheet)


@pytest.mark.parametrize(
    ("master", "lang", "expected"),
    [
        # The older French name of a best-before date, and the American one.
        (
            "RAPPEL PRODUIT – Confiture d'abricots, pot de 350 g, lot 2607-14, DLUO "
            "31/12/2028. Ne consommez pas ces pots. Renseignements : 04 65 71 08 91.",
            "fr",
            "À consommer de préférence avant\u202f: 31/12/2028",
        ),
        (
            "RECALL: our almond butter (16 oz jars, best by 03/12/2027) may contain sesame. "
            "Call us on 0161 496 0752.",
            "en",
            "Best before: 03/12/2027",
        ),
    ],
)
def test_a_shelf_life_is_labelled_as_one(master: str, lang: str, expected: str) -> None:
    sheet = fact_sheet(understand(master, lang, date=DATE))
    assert expected in sheet, sheet
    # Said once, under its own label: no "Date" or "Deadline" line repeats it.
    assert sum(expected.split()[-1] in line for line in sheet) == 1, sheet


@pytest.mark.parametrize(
    ("master", "lang", "expected"),
    [
        # incorrect -> expected: the town written after the address goes with it.
        (RECALL, "en", "14 Quay Street, Whitstable"),
        # correct, untouched: a weekday written after the address is no town.
        (
            "Our new shop opens at 12 High Street, Saturday, on 12 December.",
            "en",
            "12 High Street",
        ),
    ],
)
def test_a_place_gets_the_town_written_beside_it(master: str, lang: str, expected: str) -> None:
    assert where_text(understand(master, lang, date=DATE)) == expected
