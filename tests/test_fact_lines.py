"""A social post's lines of facts beside its 📅 / 📍 lines
(brandvoice.adaptation.realise.fact_lines): a job advert's contract, pay, start and how to
apply, an invitation's place or day with its price and how to act; each the master's own
piece, which the body then loses; never a lone line, never for a sober message."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.realise.practical import practical_lines
from brandvoice.understand import understand

BARISTA = (
    "We're looking for a part-time barista (20–25 hrs/week) to join our small team at Tide & "
    "Tamp in Brighton. Weekend availability is a must. Espresso experience preferred, but "
    "we'll train the right person. £12.60/hr plus tips. Send a short note and your "
    "availability to hello@tideandtamp.co.uk by Friday 13 March."
)
BARISTA_DAY = dt.date(2026, 2, 27)
APPRENTI = (
    "La boulangerie Pains d'Or cherche un ou une apprenti(e) boulanger ! Démarrage lundi 6 "
    "avril, contrat d'apprentissage en CAP, 35 h par semaine. On vous apprendra tout : "
    "pétrissage, façonnage, cuisson au feu de bois… La seule chose qu'on demande, c'est "
    "d'aimer se lever tôt 😉 Envoyez-nous quelques lignes sur vous à "
    "contact@painsdor.fr ou passez à la boutique, 18 avenue Gambetta à Hyères."
)
APPRENTI_DAY = dt.date(2026, 3, 2)
GLACIER = (
    "Nouveauté 🍦 Cette semaine, trois parfums débarquent en vitrine : figue-lavande, citron "
    "de Menton-basilic et chocolat noir-fleur de sel. Disponibles à la boutique du cours "
    "Saleya jusqu'à fin septembre, en cornet ou en pot (3,50 € la boule). Lequel vous tente ?"
)
GLACIER_DAY = dt.date(2026, 6, 15)


def _lines(text: str, lang: str, day: dt.date, room: int | None = None) -> list[str]:
    return practical_lines(understand(text, lang, date=day), emoji=True, room=room)


def _post(text: str, lang: str, day: dt.date) -> str:
    return (
        adapt(
            text,
            voices=["casual-facebook"],
            networks=["facebook"],
            lang=lang,
            date=day,
            languagetool="off",
        )
        .variants[0]
        .text
    )


def test_a_job_adverts_pay_and_how_to_apply_and_nothing_its_hook_says() -> None:
    lines = _lines(BARISTA, "en", BARISTA_DAY)
    assert lines == [
        "💷 £12.60/hr plus tips",
        "📩 Send a short note and your availability to hello@tideandtamp.co.uk by Friday 13 March",
    ]
    # The hook says the place and the hours: no 📍 "Brighton", no 📄 line.
    assert not any(line.startswith(("📍", "📄")) for line in lines)


def test_the_body_loses_what_the_lines_say_and_keeps_the_rest() -> None:
    post = _post(BARISTA, "en", BARISTA_DAY)
    assert post.count("£12.60") == 1
    assert post.count("hello@tideandtamp.co.uk") == 1
    # What the lines do not say stays, though the body is left short of its last sentence.
    assert "Weekend availability is a must." in post


def test_a_contract_in_pieces_side_by_side_is_one_line_and_its_sentence_goes() -> None:
    lines = _lines(APPRENTI, "fr", APPRENTI_DAY)
    assert lines == [
        "📅 Prise de poste\u202f: lundi 6 avril",
        "📍 18 avenue Gambetta, Hyères",
        "📄 Contrat d'apprentissage en CAP, 35 h par semaine",
    ]
    post = _post(APPRENTI, "fr", APPRENTI_DAY)
    # The post's emoji leave no room for three markers: the lines are labelled in words,
    # every one of them (no arrow beside « Quand : » and « Où : »).
    assert "\nPoste\u202f: Contrat d'apprentissage en CAP, 35" in post
    assert "→" not in post
    # « Démarrage lundi 6 avril, contrat… » says nothing the lines do not.
    assert "Démarrage" not in post
    assert post.count("par semaine") == 1


def test_a_place_without_a_day_goes_with_a_price_that_says_what_it_is_for() -> None:
    # The place as the sentence on where to get it names it: the shop, not just its street.
    assert _lines(GLACIER, "fr", GLACIER_DAY) == [
        "📍 La boutique du cours Saleya",
        "💶 3,50 € la boule",
    ]
    post = _post(GLACIER, "fr", GLACIER_DAY)
    # The sentence loses the place and the price the lines say, and reads whole.
    assert "Disponibles jusqu'à fin septembre, en cornet ou en pot." in post
    assert post.count("cours Saleya") == 1
    assert post.count("la boule") == 1


def test_the_voices_emoji_keep_the_lines_that_matter_most() -> None:
    text = (
        "On cherche du renfort pour la saison des fraises ! Cueillette et vente à la ferme, du "
        "4 mai à fin juin. Payé au SMIC, temps partiel possible. Appelez Yann au 06 12 48 73 "
        "90.\nFerme de Kerlann, Plougastel-Daoulas"
    )
    day = dt.date(2026, 4, 13)
    every = _lines(text, "fr", day)
    assert every[:2] == [
        "📅 Prise de poste\u202f: 4 mai",
        "📍 Ferme de Kerlann, Plougastel-Daoulas",
    ]
    assert "💶 Payé au SMIC" in every
    assert "📄 Temps partiel possible" in every
    assert _lines(text, "fr", day, room=2) == every[:2]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # A clause that holds a contract's term is no line: "We need a part-time barista at
        # …" says more than one; the how-to-apply sentence is too long for a line.
        (
            "Fancy pulling shots? We need a part-time barista at Little Ancoats Coffee, three "
            "mornings a week. Drop us a line with a bit about yourself at "
            "hello@littleancoats.example before Friday 4 December.",
            "en",
            dt.date(2026, 11, 20),
        ),
        # A sum alone or a former price says nothing of what it is for: one line is left.
        (
            "New year, new mat? Try unlimited classes for two weeks for just $29 (usually $65). "
            "Grab your pass at saltwateryoga.example/intro",
            "en",
            dt.date(2026, 1, 5),
        ),
        # A month is no day brandvoice reads reliably: "Starting in July" gets no 📅 line,
        # and how to apply alone is no block.
        (
            "APPRENTICE WANTED Coastal Auto Repairs in Geelong has a spot for an apprentice. "
            "Must have a driver's licence. Starting in July. Drop your resume in at 18 "
            "Moorabool St or email jobs@coastalauto.com.au",
            "en",
            dt.date(2026, 5, 18),
        ),
        # A recall gets no block, whatever it gives.
        (
            "Nous rappelons les pots de confiture d'abricots (12 €) vendus au 12 rue des Lices "
            "à Carpentras. Remboursement au 04 90 00 00 00.",
            "fr",
            dt.date(2026, 3, 10),
        ),
        # A place and nothing else: a lone line is a block left half written.
        (
            "Our new shop is open at 41 Elizabeth Street in Hobart. Come and say hello.",
            "en",
            dt.date(2026, 2, 23),
        ),
    ],
)
def test_no_block(text: str, lang: str, day: dt.date) -> None:
    lines = _lines(text, lang, day)
    assert len(lines) != 1
    assert not any(line.startswith(("📄", "💵", "💶", "💷")) for line in lines)
    if "Carpentras" in text or "Hobart" in text:
        assert lines == []


@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        # A place without a day goes with how to act; a city's district stays with it.
        (
            "Rentrée = nouvelle coupe ✂️ Tous les mercredis de septembre, -20 % sur toutes les "
            "prestations pour les étudiants. Réservation sur atelier-capillaire.example ou au 01 "
            "99 00 47 12. 8 rue Oberkampf, Paris 11e.",
            "fr",
            dt.date(2026, 8, 25),
            [
                "📍 8 rue Oberkampf, Paris 11e",
                "📞 Réservation sur atelier-capillaire.example ou au 01 99 00 47 12",
            ],
        ),
        # A unit number is part of the address: "3/41 Hall Street", not "41 Hall Street".
        (
            "New year, new mat? Try unlimited classes for two weeks for just $29 (usually $65). "
            "3/41 Hall Street, Bondi Beach. Grab your pass at saltwateryoga.example/intro",
            "en",
            dt.date(2026, 1, 5),
            [
                "📍 3/41 Hall Street, Bondi Beach",
                "👉 Grab your pass at saltwateryoga.example/intro",
            ],
        ),
    ],
)
def test_a_place_and_how_to_act(text: str, lang: str, day: dt.date, expected: list[str]) -> None:
    assert _lines(text, lang, day) == expected


def test_a_bare_wage_is_a_pay_line_and_leaves_its_sentence() -> None:
    text = (
        "We're hiring a junior designer to join our small team in Leeds! Full-time, permanent, "
        "£27k. You'll work on packaging and websites for local food brands. Apply: "
        "jobs@northmade.example"
    )
    day = dt.date(2026, 3, 1)
    assert _lines(text, "en", day) == [
        "📄 Full-time, permanent",
        "💷 £27k",
        "📩 Apply: jobs@northmade.example",
    ]
    post = _post(text, "en", day)
    # The voice's emoji leave room for two lines: the pay and how to apply; the contract
    # stays in the details, without the wage its line gives.
    assert "💷 £27k\n📩 Apply: jobs@northmade.example" in post
    assert "Full-time, permanent." in post
    assert post.count("£27k") == 1


def test_a_price_in_a_second_clause_is_no_line() -> None:
    """« Le stage dure cinq jours, de 10 h à 16 h, et coûte 180 € repas compris. »: the
    piece with the price is a verb's clause; a line « 💶 Et coûte 180 € repas compris »
    would be no noun phrase. The price stays in its sentence."""
    from brandvoice import adapt

    master = (
        "Tu as entre 12 et 17 ans et tu rêves de monter sur scène ? Pendant les vacances de "
        "printemps, l'école de musique Tempo organise un stage rock du 20 au 24 avril 2026 à "
        "La Seyne. Le stage dure cinq jours, de 10 h à 16 h, et coûte 180 € repas compris. "
        "Inscris-toi vite sur https://ecole-tempo.example/stage-rock, il ne reste que 12 places !"
    )
    adaptation = adapt(
        master,
        lang="fr",
        voices=["casual-facebook"],
        networks=["facebook"],
        date=dt.date(2026, 12, 1),
        languagetool="off",
    )
    text = adaptation.variants[0].text
    assert "Et coûte" not in text, text
    assert "180 € repas compris" in regex.sub(r"[\u00a0\u202f]", " ", text), text


GREEN_FORK = (
    "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join our "
    "kitchen team from January. At least one year of experience in a busy kitchen is "
    "required. We offer £12.60–£14 an hour, 28 days of holiday, free staff meals and every "
    "Sunday off. Apply by 20 December at greenfork.co.uk/careers."
)
GREEN_FORK_DAY = dt.date(2026, 12, 7)


def test_a_pay_line_is_the_noun_phrase_a_clause_offers_and_the_body_says_it_once() -> None:
    lines = _lines(GREEN_FORK, "en", GREEN_FORK_DAY)
    assert "💷 £12.60–£14 an hour" in lines
    assert not any("offer" in line for line in lines)
    post = _post(GREEN_FORK, "en", GREEN_FORK_DAY)
    assert post.count("£12.60–£14") == 1
    # The rest of the list stays, in a whole sentence.
    assert "We offer 28 days of holiday, free staff meals and every Sunday off." in post


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        ("Nous proposons un salaire de 2 100 € brut par mois.", "💶 Un salaire de 2 100 € brut"),
        ("You will earn £27k a year plus tips.", "💷 £27k a year plus tips"),
    ],
)
def test_the_object_of_an_offering_clause_is_the_line(sentence: str, line: str) -> None:
    lang = "fr" if sentence.startswith("Nous") else "en"
    hook = "Poste à pourvoir ! " if lang == "fr" else "We're hiring! "
    text = (
        f"{hook}{sentence} Écrivez à jobs@exemple.fr."
        if lang == "fr"
        else (f"{hook}{sentence} Write to jobs@example.com.")
    )
    lines = _lines(text, lang, GREEN_FORK_DAY)
    assert any(found.startswith(line) for found in lines), lines


def test_a_pay_sentence_with_no_noun_phrase_to_read_gives_no_line() -> None:
    text = "We're hiring! Pay is £12/hr. Write to jobs@example.com."
    lines = _lines(text, "en", GREEN_FORK_DAY)
    assert not any(line.startswith("💷") for line in lines)


_LINE_COOK = (
    "We're hiring! 🍳 Harbour Kitchen is looking for a full-time line cook to join our team "
    "from January, at 4 Quay Street, Falmouth. We offer £12.60–£14 an hour, 28 days of "
    "holiday and free staff meals. Apply by 20 December at harbourkitchen.example/jobs."
)


def test_a_linkedin_job_ad_labels_every_line_in_words() -> None:
    post = (
        adapt(
            _LINE_COOK,
            voices=["professional-network"],
            networks=["linkedin"],
            lang="en",
            date=dt.date(2026, 12, 1),
            languagetool="off",
        )
        .variants[0]
        .text
    )
    assert "\nPay: £12.60–£14 an hour" in post, post
    assert "→" not in post
    # How to apply is a sentence no label says: it stays among the details, once; the pay
    # the line gives goes from its sentence.
    assert post.count("harbourkitchen.example/jobs") == 1
    assert post.count("£12.60") == 1
