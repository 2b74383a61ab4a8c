"""Who and where, read right: a capitalised common noun opening a sentence is no place, a
name repeating the recalled product is no who, and the brand opening a product's name is."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.understand import Role, understand
from tests.sample_masters import APOLOGY_FR

DATE = dt.date(2026, 12, 7)

APOLOGY = APOLOGY_FR
RECALL = (
    "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611\n"
    "We have found that some loaves from batch L2611 (best before 12/12/2026) may contain "
    "small pieces of glass. If you bought a Walnut & Honey Loaf between 1 and 4 December, "
    "please check the batch number on the label.\nDo not eat it."
)


def _texts(master: str, lang: str, role: Role) -> list[str]:
    return [f.text for f in understand(master, lang, date=DATE).of_role(role)]


def test_a_capitalised_common_noun_is_no_place() -> None:
    places = _texts(APOLOGY, "fr", Role.WHERE)
    assert "Merci" not in places
    assert "12 avenue des Sablettes" in places
    assert "La Seyne-sur-Mer" in places


def test_a_name_cut_short_is_no_second_who() -> None:
    from brandvoice.understand.model import KeyFact
    from brandvoice.understand.roles import _whole_names

    text = "Merci au P'tit Cabanon.\nL'équipe du P'tit Cabanon"
    whole = KeyFact(Role.WHO, "entity", "P'tit Cabanon", 9, 22)
    second = text.rindex("P'tit")
    short = KeyFact(Role.WHO, "entity", "P'tit", second, second + 5)
    # incorrect -> expected: the piece goes; correct: a name written alone stays.
    assert _whole_names(text, [whole, short]) == [whole]
    alone = "Merci au P'tit Cabanon, et au P'tit de la maison."
    other = KeyFact(Role.WHO, "entity", "P'tit", 30, 35)
    assert _whole_names(alone, [whole, other]) == [whole, other]


def test_the_recalled_product_is_no_who_and_the_brand_is() -> None:
    who = _texts(RECALL, "en", Role.WHO)
    assert "Walnut & Honey Loaf" not in who
    assert who == ["Harbour Bakery"]
    assert _texts(RECALL, "en", Role.WHAT) == ["Walnut & Honey Loaf"]


def test_a_weekday_named_again_after_last_one_is_that_day() -> None:
    from brandvoice.understand import understand as read

    apology = (
        "Samedi dernier, notre soirée a été un fiasco. Toutes les personnes présentes samedi "
        "peuvent demander le remboursement de leur entrée."
    )
    days = [f.date for f in read(apology, "fr", date=DATE).of_role(Role.WHEN)]
    assert days == [dt.date(2026, 12, 5), dt.date(2026, 12, 5)]
    # correct, untouched: a day to come after it stays to come
    later = "Samedi dernier, le marché a fait le plein. Rendez-vous samedi prochain !"
    days = [f.date for f in read(later, "fr", date=DATE).of_role(Role.WHEN)]
    assert days[-1] == dt.date(2026, 12, 12)


AGENCY = (
    "Big news: Brightside Digital is moving to a bigger space at 12 Quai de la Sinse on "
    "Monday 2 March.\nWe're opening a co-working corner for freelancers. Interested? Drop "
    "Claire a line at claire@example.com before 15 March."
)
BEACH = (
    "La Plage des Pins rouvre ses portes le samedi 4 avril !\n"
    "On vous a préparé une terrasse agrandie face à la mer.\n"
    "Service midi et soir du mercredi au dimanche, de 12 h à 22 h 30."
)


def test_the_order_opening_a_sentence_is_no_part_of_a_name() -> None:
    people = _texts(AGENCY, "en", Role.WHO)
    assert "Claire" in people
    assert not [p for p in people if p.startswith("Drop")]


def test_a_french_address_in_an_english_post_is_where() -> None:
    assert "12 Quai de la Sinse" in _texts(AGENCY, "en", Role.WHERE)


def test_a_line_opening_on_a_common_noun_names_nobody() -> None:
    names = _texts(BEACH, "fr", Role.WHO)
    assert "Service midi" not in names


@pytest.mark.parametrize(
    ("master", "lang", "what"),
    [
        # A recalled product named by its quoted name, whatever verb comes first.
        (
            "Sur certains exemplaires de notre hochet en hêtre « Petit Nuage » vendus en "
            "novembre, la perle centrale peut se détacher. Renvoyez-le-nous.",
            "fr",
            "hochet en hêtre « Petit Nuage »",
        ),
        (
            'A few of our 8 oz "Fireside Cedar" jars from last month\'s pour have cracked '
            "while burning. Please don't light them.",
            "en",
            '8 oz "Fireside Cedar" jars',
        ),
        # A job: its aside, its noun complement, its inclusive article.
        (
            "Kitelane is looking for a bilingual (French/English) Customer Success Specialist "
            "to help our clients.",
            "en",
            "bilingual (French/English) Customer Success Specialist",
        ),
        (
            "Nous cherchons un ou une chef de projet digital en CDI, à Aix-en-Provence.",
            "fr",
            "chef de projet digital",
        ),
        (
            "Atelier de menuiserie à Brignoles cherche un(e) apprenti(e) en CAP menuisier.",
            "fr",
            "apprenti(e)",
        ),
        # The post a business has open; a suspended hyphen inside the job.
        (
            "Harbour Motors in Falmouth has a spot for a first- or second-year light vehicle "
            "apprentice. Email jobs@harbourmotors.example.",
            "en",
            "first- or second-year light vehicle apprentice",
        ),
        # "needs one more person" names no job: the job is named further on.
        (
            "Our team needs one more person! We need a part-time barista, three mornings a week.",
            "en",
            "part-time barista",
        ),
    ],
)
def test_what_a_recall_or_a_job_ad_is_about(master: str, lang: str, what: str) -> None:
    assert _texts(master, lang, Role.WHAT) == [what]
