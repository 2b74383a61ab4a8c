"""Facts of a message (brandvoice.understand.facts) and which of them a variant lost."""

from __future__ import annotations

import itertools

import pytest

from brandvoice.lang import Lang
from brandvoice.understand.facts import Fact, FactKind, extract_facts, missing_facts, url_key

NBSP = "\u00a0"
NNBSP = "\u202f"

# (lang, message, the facts other than names, in order). Names come from spaCy's small
# models and are tested apart, as a subset, so a model update does not break these.
MESSAGES: list[tuple[Lang, str, list[tuple[str, str]]]] = [
    (
        "fr",
        "Le marché de Noël ouvre le vendredi 1er décembre à 17 h sur la place de la Liberté. "
        "Entrée libre, vin chaud à 3 € !",
        [("date", "vendredi 1er décembre"), ("time", "17 h"), ("price", "3 €")],
    ),
    (
        "fr",
        "Soldes d’hiver : -30 % sur toute la boutique jusqu’au 15 janvier. Infos au "
        "04 94 12 34 56 ou à contact@boutique-toulon.fr.",
        [
            ("percentage", "30 %"),
            ("date", "15 janvier"),
            ("phone", "04 94 12 34 56"),
            ("email", "contact@boutique-toulon.fr"),
        ],
    ),
    (
        "fr",
        "Notre atelier poterie (8 personnes max) coûte 45 € par personne. Réservation sur "
        "https://atelier.example.fr/poterie?date=2026-12-05",
        [
            ("number", "8 personnes"),
            ("price", "45 €"),
            ("url", "https://atelier.example.fr/poterie?date=2026-12-05"),
        ],
    ),
    (
        "fr",
        "Rendez-vous samedi au salon de Lyon avec @marie_dupont ! Démonstration à 14h30.",
        [("date", "samedi"), ("mention", "@marie_dupont"), ("time", "14h30")],
    ),
    (
        "fr",
        f"Le chiffre du jour : 1{NNBSP}250{NNBSP}000{NNBSP}€ levés, soit 12,5{NNBSP}% de plus.",
        [("price", f"1{NNBSP}250{NNBSP}000{NNBSP}€"), ("percentage", f"12,5{NNBSP}%")],
    ),
    (
        "fr",
        "Appelez le +33 6 12 34 56 78 avant le 03/12 pour le tarif de 12€50 au lieu de 15 €.",
        [
            ("phone", "+33 6 12 34 56 78"),
            ("date", "03/12"),
            ("price", "12€50"),
            ("price", "15 €"),
        ],
    ),
    (
        "fr",
        "Ou au 0 6 12 34 56 78, ou au 06.12.34.56.78 : le prix reste 1 200 € pour 3 jours.",
        [
            ("phone", "0 6 12 34 56 78"),
            ("phone", "06.12.34.56.78"),
            ("price", "1 200 €"),
            ("number", "3 jours"),
        ],
    ),
    (
        "fr",
        "La course de 10 km partira à 9 h 15 le dimanche 8 mars 2026. #CourseDuPort pour vos "
        "photos ! #Toulon #Sport",
        [
            ("number", "10 km"),
            ("time", "9 h 15"),
            ("date", "dimanche 8 mars 2026"),
            ("hashtag", "#CourseDuPort"),
        ],
    ),
    (
        "en",
        "Our spring sale starts Friday, March 6th: 25% off everything at "
        "https://shop.example.com/sale. Ends March 15.",
        [
            ("date", "Friday, March 6th"),
            ("percentage", "25%"),
            ("url", "https://shop.example.com/sale"),
            ("date", "March 15"),
        ],
    ),
    (
        "en",
        "Join @janesmith in Chicago on April 12, 2026 at 6:30 pm for a free workshop. "
        "RSVP: events@acme.example.com",
        [
            ("mention", "@janesmith"),
            ("date", "April 12, 2026"),
            ("time", "6:30 pm"),
            ("email", "events@acme.example.com"),
        ],
    ),
    (
        "en",
        "Tickets are $25 ($20 for students). Call (555) 123-4567 or +1 555 987 6543 to book.",
        [
            ("price", "$25"),
            ("price", "$20"),
            ("phone", "(555) 123-4567"),
            ("phone", "+1 555 987 6543"),
        ],
    ),
    (
        "en",
        "We raised £12,000 for the food bank in 3 weeks, 40% more than last year!",
        [("price", "£12,000"), ("number", "3 weeks"), ("percentage", "40%")],
    ),
    (
        "en",
        "Doors open at 7pm on 2026-11-28. Parking is £5; the venue is 2 miles from the station.",
        [("time", "7pm"), ("date", "2026-11-28"), ("price", "£5"), ("number", "2 miles")],
    ),
    (
        "en",
        "New hours from Monday: 8:00 am to 6:00 pm, and until 9 p.m. on the 3rd of June.",
        [
            ("date", "Monday"),
            ("time", "8:00 am"),
            ("time", "6:00 pm"),
            ("time", "9 p.m."),
            ("date", "3rd of June"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MESSAGES)
def test_extracts_the_facts_of_realistic_messages(
    lang: Lang, text: str, expected: list[tuple[str, str]]
) -> None:
    facts = extract_facts(text, lang)
    assert [(f.kind.value, f.text) for f in facts if f.kind is not FactKind.ENTITY] == expected
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(facts))


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "fr",
            "Marie Dupont vous attend au Comptoir du Mourillon à Toulon.",
            ["Marie Dupont", "Toulon"],
        ),
        (
            "en",
            "Sarah Miller will play live in Brooklyn for the Red Cross.",
            ["Sarah Miller", "Brooklyn", "Red Cross"],
        ),
    ],
)
def test_names_come_from_the_entity_recogniser(lang: Lang, text: str, names: list[str]) -> None:
    found = [f.text for f in extract_facts(text, lang) if f.kind is FactKind.ENTITY]
    assert set(names) <= set(found)


def test_glossary_names_are_facts_whatever_the_model_says() -> None:
    facts = extract_facts(
        "Retrouvez-nous sur mastodon et sur Bluesky.", "fr", ["Mastodon", "Bluesky"]
    )
    assert [(f.kind, f.text) for f in facts] == [
        (FactKind.ENTITY, "mastodon"),
        (FactKind.ENTITY, "Bluesky"),
    ]


def test_sentence_openers_are_not_names() -> None:
    facts = extract_facts("Bienvenue à tous ! Samedi, on fête nos dix ans.", "fr")
    assert [f.text for f in facts] == ["Samedi"]
    assert facts[0].kind is FactKind.DATE


def test_an_order_opening_its_sentence_is_no_name_but_a_surname_is() -> None:
    # The small French model reads « Commandez » as a name; « Martinez » is one.
    ordered = extract_facts("Commandez au moins 5 jours à l'avance en boutique.", "fr")
    assert [f.text for f in ordered if f.kind is FactKind.ENTITY] == []
    named = extract_facts("Martinez ouvre son garage lundi.", "fr")
    assert [f.text for f in named if f.kind is FactKind.ENTITY] == ["Martinez"]


def test_closing_hashtags_and_what_they_hold_are_not_facts() -> None:
    text = "New menu tonight at #TheDock from 7pm.\n\n#ShopLocal #Paris2026"
    facts = extract_facts(text, "en")
    assert [(f.kind.value, f.text) for f in facts] == [("hashtag", "#TheDock"), ("time", "7pm")]


def test_a_url_swallows_the_numbers_and_dates_inside_it() -> None:
    facts = extract_facts("Programme : https://ex.fr/2026-12-01/12-euros?p=50%25 dès 9 h.", "fr")
    assert [f.kind.value for f in facts] == ["url", "time"]


def test_a_date_before_christ_keeps_its_era() -> None:
    # The era is part of the date: read alone, "2014" would be AD 2014.
    for text, date in (
        ("Le mardi 13 juin 2014 av. J.-C., rien.", "mardi 13 juin 2014 av. J.-C."),
        ("César meurt le 15 mars 44 avant Jésus-Christ.", "15 mars 44 avant Jésus-Christ"),
        ("On 13 June 2014 BC, nothing.", "13 June 2014 BC"),
    ):
        facts = extract_facts(text, "en" if text.startswith("On") else "fr")
        assert [f.text for f in facts if f.kind is FactKind.DATE] == [date]
    assert [f.text for f in extract_facts("Le 13 juin 2014, rien.", "fr")] == ["13 juin 2014"]


def test_text_without_facts() -> None:
    assert extract_facts("What a lovely day to be outside with friends.", "en") == []
    assert extract_facts("", "en") == []


# --- missing_facts ----------------------------------------------------------------------------


def _missing(
    master: str, variant: str, lang: Lang = "fr", dropped: tuple[str, ...] = ()
) -> list[str]:
    return [f.text for f in missing_facts(extract_facts(master, lang), variant, dropped)]


def test_a_faithful_retyped_variant_misses_nothing() -> None:
    master = (
        "Soirée dégustation le samedi 25 novembre à 19h30 : 12,50€ l'entrée, 50% reversés "
        "à l'association. Réservez au 06 12 34 56 78 ou sur https://comptoir.example.fr/degustation"
    )
    variant = (
        f"Soirée dégustation le Samedi{NBSP}25{NBSP}novembre à 19{NNBSP}h{NNBSP}30{NBSP}: "
        f"12,50{NNBSP}€ l’entrée, 50{NNBSP}% reversés à l’association. Réservez au "
        f"06{NBSP}12{NBSP}34{NBSP}56{NBSP}78 ou sur "
        "https://comptoir.example.fr/degustation?utm_source=x&utm_medium=social&utm_campaign=bv"
    )
    assert _missing(master, variant) == []


def test_a_variant_that_lost_facts_says_which() -> None:
    master = "Concert le 3 mars à 20 h, 15 € la place, infos : hello@salle.example.fr"
    variant = "Concert le 3 mars, 15 € la place."
    assert _missing(master, variant) == ["20 h", "hello@salle.example.fr"]


def test_dropped_facts_are_excused_by_text_or_by_passage() -> None:
    master = "Concert le 3 mars à 20 h, 15 € la place, infos : hello@salle.example.fr"
    variant = "Concert le 3 mars, 15 € la place."
    assert _missing(master, variant, dropped=("20\u202fh", "hello@salle.example.fr")) == []
    assert _missing(master, variant, dropped=("à 20 h, infos : hello@salle.example.fr",)) == []
    assert _missing(master, variant, dropped=("21 h",)) == ["20 h", "hello@salle.example.fr"]


def test_a_changed_figure_is_missing() -> None:
    master = "Le menu passe à 12,50 € le 3 mars, 20 % de remise pour 120 couverts."
    variant = "Le menu passe à 12,90 € le 13 mars, 2 % de remise pour 12 couverts."
    assert _missing(master, variant) == ["12,50 €", "3 mars", "20 %", "120 couverts"]


def test_inline_hashtags_mentions_and_names_ignore_case() -> None:
    master = "Merci @Marie_Dupont et Sarah Miller ! Photos sur #toulonByNight ce soir."
    variant = "Merci @marie_dupont et SARAH MILLER ! Photos sur #ToulonByNight ce soir."
    assert _missing(master, variant, "en") == []


def test_a_hashtag_or_mention_is_not_found_inside_a_longer_one() -> None:
    master = "Merci @marie ! Photos sur #Toulon ce soir."
    variant = "Merci @marie_d ! Photos sur #ToulonByNight ce soir."
    assert _missing(master, variant, "en") == ["@marie", "#Toulon"]


def test_numbers_are_not_found_inside_longer_numbers() -> None:
    assert _missing("Only 12 seats left!", "Only 120 seats left!", "en") == ["12 seats"]


def test_amounts_compare_by_value_whatever_their_thousands_grouping() -> None:
    """Typography groups a master's "12000 €" as "12 000 €" (French, narrow no-break
    space) or "12,000" (English): the same amount, not a lost one; another amount stays
    missing."""
    master = "La cagnotte a atteint 12000 € et 25000 km parcourus, 1500 € de dons."
    grouped = (
        f"La cagnotte a atteint 12{NNBSP}000{NNBSP}€ et 25{NNBSP}000{NNBSP}km parcourus, "
        "1500 € de dons."
    )
    assert _missing(master, grouped) == []
    assert _missing("We raised £12000 for the club.", "We raised £12,000 for the club.", "en") == []
    # An ordinal or a phone number is no amount: its digits are compared as written.
    ordinal = "Notre 10 000e visiteur, infos au 02 512 34 87."
    assert _missing(ordinal, ordinal) == []
    assert _missing(f"Objectif : 12{NNBSP}000 €.", "Objectif : 12000 €.") == []
    assert _missing(master, f"La cagnotte a atteint 12{NNBSP}500 €, 25000 km, 1500 € de dons.") == [
        "12000 €"
    ]


def test_links_compare_as_readers_follow_them() -> None:
    assert url_key("https://www.Example.com/menu/?utm_source=x&id=3") == "example.com/menu?id=3"
    master = "Menu: https://example.com/menu?id=3 and www.example.org/about"
    variant = "Menu: http://example.com/menu?utm_medium=social&id=3 and https://example.org/about/"
    assert _missing(master, variant, "en") == []
    assert _missing(master, "Menu: https://example.com/menu?id=4", "en") == [
        "https://example.com/menu?id=3",
        "www.example.org/about",
    ]


def test_facts_are_reported_in_the_masters_order() -> None:
    facts = [
        Fact(FactKind.PRICE, "3 €", 0, 3),
        Fact(FactKind.TIME, "19 h", 10, 14),
    ]
    assert missing_facts(facts, "", ()) == facts
