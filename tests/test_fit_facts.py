"""Fitting keeps what the reader needs: short dates, key facts, and says what it cut."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice import adapt
from brandvoice.adaptation.fidelity import KEY_FACT_DROPPED
from brandvoice.adaptation.fitting.compact import compactions, short_date
from brandvoice.adaptation.realise.practical import practical_lines
from brandvoice.profiles import get_voice
from brandvoice.report.markdown import bands_line, render_adaptation
from brandvoice.understand import Role, understand
from brandvoice.understand.presence import Passages, still_said

from .conftest import ROOT

WRITTEN = dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    ("written", "lang", "short"),
    [
        ("samedi 7 mars 2026", "fr", "sam. 7 mars"),
        ("samedi 7 mars", "fr", "sam. 7 mars"),
        ("1er avril", "fr", "1er avr."),
        ("Saturday 7 March", "en", "Sat 7 Mar"),
        ("Saturday, March 7, 2026", "en", "Sat, Mar 7"),
        ("March 7", "en", "Mar 7"),
        # A year the reader would not infer stays: the next 7 March is in 2026.
        ("dimanche 7 mars 2027", "fr", "dim. 7 mars 2027"),
        # Nothing shorter to write.
        ("7 mai", "fr", None),
    ],
)
def test_short_dates_name_the_same_day(written: str, lang: str, short: str | None) -> None:
    from brandvoice.understand.dates import read_date

    day = read_date(written, WRITTEN, lang)
    assert day is not None
    assert short_date(written, day.date, lang, WRITTEN) == short
    if short is not None:
        again = read_date(short.rstrip("."), WRITTEN, lang)
        assert again is not None
        assert again.date == day.date


def test_compactions_leave_a_date_inside_a_link_alone() -> None:
    text = "Postmortem of 3 March 2026. Full write-up: relaybase.example/status/2026-03-03"
    found = [text[c.start : c.end] for c in compactions(text, "en", WRITTEN)]
    assert "2026-03-03" not in found


def test_compactions_leave_a_wrong_weekday_alone() -> None:
    # 7 March 2026 is a Saturday: "vendredi" is the author's error to fix, not ours to hide.
    text = "Rendez-vous le vendredi 7 mars 2026 à partir de 20 h 00."
    found = {c.what: c.replacement for c in compactions(text, "fr", WRITTEN)}
    assert found == {
        "phrase 'à partir de' in its short form": "dès ",
        "time '20 h 00' in its short form": "20 h",
    }


def test_a_short_date_at_the_end_of_a_sentence_takes_one_stop() -> None:
    text = "Ouverture le 1er avril."
    (only,) = compactions(text, "fr", WRITTEN)
    assert text[: only.start] + only.replacement + text[only.end :] == "Ouverture le 1er avr."


@pytest.mark.parametrize(
    ("text", "lang", "compacted"),
    [
        # A date opening its sentence keeps its words: "Sam. 28 novembre, notre site…"
        # reads as a typo. Only the year the reader infers goes.
        ("Samedi 28 février 2026, notre site était fermé.", "fr", "Samedi 28 février, notre"),
        ("Saturday 28 February 2026, we open.", "en", "Saturday 28 February, we"),
        ("On ouvre. ✨ Samedi 7 mars 2026, venez.", "fr", "✨ Samedi 7 mars, venez"),
        # Within a sentence, the short form as before.
        ("On ouvre le samedi 28 février 2026 à Bandol.", "fr", "le sam. 28 févr. à"),
        # A range whose first day names its weekday is compressed whole or not at all.
        ("Ouvert du vendredi 6 au dimanche 8 mars 2026.", "fr", "au dimanche 8 mars."),
        ("Open from Friday 6 to Sunday 8 March 2026 in Leeds.", "en", "to Sunday 8 March in"),
        ("Marché samedi 7 et dimanche 8 mars 2026 à Hyères.", "fr", "et dimanche 8 mars à"),
        # Without a weekday to match, the end of a range takes its short form.
        ("Fermé du 6 au dimanche 8 mars 2026 à Hyères.", "fr", "au dim. 8 mars à"),
    ],
)
def test_a_date_keeps_its_words_where_a_short_form_would_read_wrong(
    text: str, lang: str, compacted: str
) -> None:
    edits = sorted(compactions(text, lang, WRITTEN), key=lambda c: c.start, reverse=True)
    for c in edits:
        text = text[: c.start] + c.replacement + text[c.end :]
    assert compacted in text


@pytest.mark.parametrize(
    ("text", "lang", "replaced"),
    [
        ("Nous avons le plaisir de vous annoncer que le marché revient.", "fr", (0, 44, "L")),
        ("Nous avons le plaisir de vous annoncer qu’une boutique ouvre.", "fr", (0, 43, "U")),
        ("Rappel\nPar précaution, la Confiturerie rappelle ses pots.", "fr", (7, 24, "L")),
        ("We're delighted to announce that our shop opens.", "en", (0, 34, "O")),
        # Not at a sentence's start, or before a name: left alone.
        ("Il dit que nous avons le plaisir de vous annoncer que rien.", "fr", None),
        ("Nous avons le plaisir de vous annoncer que Marie ouvre.", "fr", None),
    ],
)
def test_an_opener_that_says_nothing_goes(
    text: str, lang: str, replaced: tuple[int, int, str] | None
) -> None:
    found = [
        (c.start, c.end, c.replacement)
        for c in compactions(text, lang, WRITTEN)
        if c.what.startswith("opener")
    ]
    assert found == ([replaced] if replaced else [])


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        (
            "Marché samedi. Retrouvez tout le programme sur https://m.example/noel.",
            "fr",
            "Programme\u202f: ",
        ),
        ("Big news! Find out more at https://example.com/x\n\n#Tag", "en", "More: "),
        # The link does not end the sentence: the label would read as a fragment.
        (
            "Marché samedi. Retrouvez tout le programme sur https://m.example/noel ou "
            "écrivez-nous.",
            "fr",
            None,
        ),
        # The phrase does not open the sentence.
        ("Marché samedi, retrouvez tout le programme sur https://m.example/noel.", "fr", None),
    ],
)
def test_a_sentence_that_only_leads_to_a_link_becomes_its_label(
    text: str, lang: str, label: str | None
) -> None:
    found = [c for c in compactions(text, lang, WRITTEN) if c.what.startswith("link phrase")]
    assert [c.replacement for c in found] == ([label] if label else [])


@pytest.mark.parametrize(
    ("text", "lang", "short"),
    [
        ("Open every Saturday from 9am to 2pm.", "en", "Open every Saturday, 9am\u20132pm."),
        (
            "Ouvert samedi, de 10 h 00 à 18 h 00, au caveau.",
            "fr",
            "Ouvert samedi, 10 h\u201318 h, au caveau.",
        ),
        ("On ouvre de 9 h 30 jusqu'à 12 h.", "fr", "On ouvre 9 h 30\u201312 h."),
        # Right after a date, a comma keeps the day and the hour apart.
        (
            "Join us Thu, Feb 26 from 5:30 to 7:30pm.",
            "en",
            "Join us Thu, Feb 26, 5:30\u20137:30pm.",
        ),
        # Opening its sentence, the range keeps its words, as a date there does.
        ("De 8 h à 13 h. Pensez à votre panier.", "fr", None),
        # "Between … and" is no range of the kind: it stays.
        ("Livraison entre 14 h et 18 h.", "fr", None),
    ],
)
def test_a_time_range_takes_its_dash(text: str, lang: str, short: str | None) -> None:
    found = [c for c in compactions(text, lang, WRITTEN) if c.what.startswith("time range")]
    if short is None:
        assert found == []
        return
    (only,) = found
    assert text[: only.start] + only.replacement + text[only.end :] == short


def test_a_time_range_in_its_short_form_still_says_its_times() -> None:
    fact = "every Saturday and Sunday from 9am to 2pm"
    assert still_said(fact, "every Saturday and Sunday 9am\u20132pm", "en", WRITTEN)
    assert not still_said(fact, "every Saturday and Sunday 9am\u20131pm", "en", WRITTEN)


@pytest.mark.parametrize(
    ("fact", "text", "said"),
    [
        ("le samedi 10 juillet à partir de 20 h 30", "sam. 10 juil. dès 20 h 30", True),
        ("le samedi 10 juillet à partir de 20 h 30", "sam. 10 juil.", False),
        ("Saturday 7 March", "See you Sat 7 Mar!", True),
        ("Saturday 7 March", "See you Sat 14 Mar!", False),
        ("04 94 26 71 38", "Call 04 94 26 71 38", True),
        ("la baie de Saint-Cyr", "sur la baie", False),
    ],
)
def test_a_fact_is_still_said_in_another_form(fact: str, text: str, said: bool) -> None:
    lang = "en" if fact[0].isupper() and "Saturday" in fact else "fr"
    assert still_said(fact, text, lang, dt.date(2026, 3, 1)) is said


EVENT_FR = (
    "Pour ses dix ans, la crêperie Ti Krampouezh vous invite le vendredi 12 juin à partir "
    "de 18 h au 31 rue de Siam à Brest : crêpes offertes et concert du bagad du quartier."
)


def test_an_invitation_gets_its_practical_lines() -> None:
    message = understand(EVENT_FR, "fr", date=dt.date(2026, 5, 20))
    # The date as written: French keeps its weekday in lower case (LanguageTool's JOURS).
    assert practical_lines(message) == ["📅 vendredi 12 juin, 18 h", "📍 31 rue de Siam, Brest"]
    # A voice with no emoji to spare gets words (French: lower case after the colon).
    assert practical_lines(message, emoji=False) == [
        "Quand\u202f: vendredi 12 juin, 18 h",
        "Où\u202f: 31 rue de Siam, Brest",
    ]


@pytest.mark.parametrize(
    "master",
    [
        # A recall is no invitation.
        "Rappel : ne consommez pas notre tomme de chèvre (lot 118), à rapporter au 3 rue "
        "du Port à Crest le samedi 13 juin.",
        # A wrong weekday (12 June 2026 is a Friday) would be printed twice.
        EVENT_FR.replace("vendredi", "samedi"),
        # No place: half a block reads as an oversight.
        "Pour ses dix ans, la crêperie vous invite le vendredi 12 juin à partir de 18 h.",
    ],
)
def test_no_practical_lines_where_they_would_mislead(master: str) -> None:
    assert practical_lines(understand(master, "fr", date=dt.date(2026, 5, 20))) == []


LONG_EN = (
    "The Old Mill House, our family-run hotel in the heart of the Cotswolds, will reopen on "
    "Friday 20 March 2026 after a winter of careful restoration. To celebrate, rooms are "
    "available from £145 per night, breakfast included, for stays before 30 April, and our "
    "head chef Amelia Hughes has written a new seasonal menu built around producers within "
    "30 miles of the hotel. Bookings can be made at https://oldmillhouse.example/rooms, by "
    "email at stay@oldmillhouse.example or by telephone on 01632 960275."
)


def test_x_keeps_how_to_book_and_says_what_did_not_fit() -> None:
    adaptation = adapt(LONG_EN, networks=["x"], date=WRITTEN, languagetool="off")
    (variant,) = adaptation.variants
    assert "https://oldmillhouse.example/rooms" in variant.text
    assert "Fri 20 Mar" in variant.text
    dropped = [p for p in adaptation.problems if p.kind == KEY_FACT_DROPPED]
    assert dropped, variant.text
    for problem in dropped:
        assert "did not fit in x's limit" in problem.message
    # Nothing the variant still says is reported as cut.
    assert not any("oldmillhouse.example/rooms" in p.message for p in dropped)


# An apology whose voucher cannot fit on X beside its apology and where to write.
_VOUCHER_FR = (
    "Un petit mot pour celles et ceux qui attendent leur colis : suite à un incident chez notre "
    "transporteur, les commandes passées la semaine dernière partiront avec 3 à 4 jours de "
    "retard. Nous sommes vraiment désolés. Pour nous faire pardonner, un bon de réduction de "
    "10 € vous sera envoyé par mail avec votre numéro de suivi. Une question ? "
    "service-client@savonnerie-calanques.fr"
)


def test_a_price_cut_for_length_is_reported() -> None:
    adaptation = adapt(
        _VOUCHER_FR, networks=["x"], lang="fr", date=dt.date(2026, 3, 9), languagetool="off"
    )
    (variant,) = adaptation.variants
    dropped = [p.message for p in adaptation.problems if p.kind == KEY_FACT_DROPPED]
    if "10\u202f€" in variant.text or "10 €" in variant.text:
        assert not any("10" in message for message in dropped)
    else:
        assert any("price" in message and "10" in message for message in dropped), dropped


def test_a_teaser_hook_goes_only_in_the_place_of_what_it_saves() -> None:
    # Dropping "Un petit mot pour…" would make room for the voucher only with the apology
    # gone too: the hook stays, and so does the apology.
    adaptation = adapt(
        _VOUCHER_FR, networks=["x"], lang="fr", date=dt.date(2026, 3, 9), languagetool="off"
    )
    (variant,) = adaptation.variants
    assert variant.text.startswith("Un petit mot"), variant.text
    assert "désolés" in variant.text


def test_a_post_that_fits_loses_no_key_fact() -> None:
    adaptation = adapt(LONG_EN, networks=["facebook"], date=WRITTEN, languagetool="off")
    assert not [p for p in adaptation.problems if p.kind == KEY_FACT_DROPPED]


def test_an_apology_on_x_keeps_where_to_get_help_over_its_cause() -> None:
    # The cause ("à cause d'une panne…") and the comment after the colon are secondary
    # detail: they go before the e-mail address and the phone number.
    master = (
        "Samedi 28 février, notre site de réservation a été indisponible toute la matinée à "
        "cause d'une panne chez notre hébergeur. Nous sommes sincèrement désolés pour la gêne "
        "occasionnée et pour les réservations qui n'ont pas pu aboutir. Tout fonctionne de "
        "nouveau normalement depuis 14 h. Si votre réservation n'est pas passée, écrivez-nous "
        "à reservations@hotel-les-pins.example ou appelez-nous au 04 94 12 34 56 : nous la "
        "reprendrons avec vous en priorité."
    )
    adaptation = adapt(
        master,
        voices=["casual-facebook"],
        networks=["x"],
        lang="fr",
        date=WRITTEN,
        languagetool="off",
    )
    (variant,) = adaptation.variants
    assert "reservations@hotel-les-pins.example" in variant.text
    assert "04 94 12 34 56" in variant.text
    assert "hébergeur" not in variant.text
    assert not [p for p in adaptation.problems if p.kind == KEY_FACT_DROPPED], variant.text


def test_the_markdown_report_shows_where_each_variant_landed() -> None:
    adaptation = adapt(LONG_EN, networks=["website", "facebook"], date=WRITTEN, languagetool="off")
    report = render_adaptation(adaptation)
    for variant in adaptation.variants:
        line = bands_line(variant.metrics)
        assert line.startswith("formality ")
        assert "(voice " in line
        assert line in report
    corporate = adaptation.variants[0].metrics
    voice = get_voice("corporate")
    assert corporate["formality_band"] == [voice.formality.min, voice.formality.max]


def test_the_audit_names_a_broken_sentence() -> None:
    from brandvoice.adaptation.fidelity import broken_sentences

    assert broken_sentences("Dès ce samedi 7 février, Elles sont là.") == [", Elles sont là"]
    assert broken_sentences("Ouvert samedi. venez tôt.") == [". venez"]
    # Abbreviations, addresses and the master's own wording are not the adaptation's doing.
    assert broken_sentences("Sam. 4 avr. à Bandol. Écrivez à hello@cave.example.") == []
    assert broken_sentences("On ouvre, On ferme.", master="On ouvre, On ferme.") == []
    # The master's own lower-case start stays the author's, whatever stop, spacing or
    # contraction the adaptation gives it.
    master = "Stop charging the battery! we will replace it."
    assert broken_sentences("Stop charging the battery.\n\nwe'll replace it.", master) == []
    assert broken_sentences("Stop charging the battery. they replace it.", master) == [". they"]


def _labelled_masters() -> list[dict[str, object]]:
    import yaml

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "masters.yaml"
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["masters"])


def test_no_variant_of_the_labelled_masters_breaks_a_sentence() -> None:
    broken = {}
    for master in _labelled_masters():
        adaptation = adapt(
            str(master["text"]),
            networks=["website", "facebook", "x"],
            lang=str(master["lang"]),
            date=master["reference_date"],  # type: ignore[arg-type]
            languagetool="off",
        )
        found = [p.message for p in adaptation.problems if p.kind == "fit.sentence-broken"]
        if found:
            broken[master["id"]] = found
    assert not broken


def test_a_quoted_title_stays_in_one_paragraph() -> None:
    master = (
        "Nouvel article sur le blog : « Vélo de ville, VTC ou gravel : comment choisir ? » "
        "On y compare trois vélos, leurs prix et leur entretien. Bonne lecture sur "
        "https://cycles-du-lez.example/blog/choisir-son-velo !"
    )
    adaptation = adapt(master, networks=["linkedin"], lang="fr", date=WRITTEN, languagetool="off")
    for paragraph in adaptation.variants[0].text.split("\n\n"):
        assert paragraph.count("«") == paragraph.count("»"), adaptation.variants[0].text


def test_french_signs_get_their_no_break_space() -> None:
    master = "Soldes : jusqu'à -30 % sur toute la boutique, et l'atelier à 25€ samedi 10 janvier."
    adaptation = adapt(master, networks=["facebook"], lang="fr", date=WRITTEN, languagetool="off")
    text = adaptation.variants[0].text
    assert "-30\u202f%" in text
    assert "25\u202f€" in text


def test_no_practical_lines_that_repeat_the_master() -> None:
    # The author wrote the block already.
    master = EVENT_FR + "\n📍 31 rue de Siam, Brest"
    assert practical_lines(understand(master, "fr", date=dt.date(2026, 5, 20))) == []


def test_an_address_given_on_its_own_becomes_the_place_line() -> None:
    # The social form then leaves the address's own sentence out of the details.
    master = EVENT_FR.replace(" au 31 rue de Siam à Brest", "") + " 31 rue de Siam, Brest."
    assert practical_lines(understand(master, "fr", date=dt.date(2026, 5, 20))) == [
        "📅 vendredi 12 juin, 18 h",
        "📍 31 rue de Siam, Brest",
    ]


# Issue "Understand the message": the practical lines and the fact sheet say what a reader
# acts on, in the master's words: the hours whole, the street with its town, a job's start
# as a start, the last day to apply.
MARKET_FR = (
    "Marché de Noël : samedi 19 décembre de 9 h à 13 h sur le parking Clemenceau à Hyères, "
    "une vingtaine de producteurs vous attendent."
)
JOB_FR = (
    "Le Fournil recrute un vendeur (H/F) en CDI à Hyères, 12 rue Paradis. Prise de poste le "
    "lundi 4 janvier. Candidatures avant le 20 décembre à jobs@fournil.example."
)


def test_the_practical_lines_keep_the_hours_and_the_street() -> None:
    message = understand(MARKET_FR, "fr", date=dt.date(2026, 12, 1))
    # The car park is a place, not a person called Clemenceau.
    assert not [f for f in message.facts if f.role == "who"]
    assert practical_lines(message) == [
        "📅 samedi 19 décembre, de 9 h à 13 h",
        # A line opens in upper case, but for a French weekday or month (JOURS).
        "📍 Parking Clemenceau, Hyères",
    ]


def test_a_job_advert_shows_its_start_and_its_deadline() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    message = understand(JOB_FR, "fr", date=dt.date(2026, 12, 1))
    assert practical_lines(message) == [
        "📅 Prise de poste\u202f: lundi 4 janvier",
        "📍 12 rue Paradis, Hyères",
        # How to apply, the master's sentence (see realise/fact_lines.py).
        "📩 Candidatures avant le 20 décembre à jobs@fournil.example",
    ]
    assert fact_sheet(message) == [
        "Informations pratiques",
        "Prise de poste\u202f: lundi 4 janvier",
        "Date limite\u202f: 20 décembre",
        "Lieu\u202f: 12 rue Paradis, Hyères",
        "Courriel\u202f: jobs@fournil.example",
    ]


# en-hiring-barista-brighton (dev split of benchmarks/data/masters.yaml).
BARISTA = (
    "We're looking for a part-time barista (20–25 hrs/week) to join our small team at Tide & "
    "Tamp in Brighton. Weekend availability is a must. Espresso experience preferred, but we'll "
    "train the right person. £12.60/hr plus tips. Send a short note and your availability to "
    "hello@tideandtamp.co.uk by Friday 13 March."
)


def test_a_job_advert_s_sheet_gives_its_pay_not_a_price() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    sheet = fact_sheet(understand(BARISTA, "en", date=dt.date(2026, 2, 27)))
    # "£12.60/hr": the sum keeps what it is counted by.
    assert "Pay: £12.60 an hour" in sheet
    assert not [line for line in sheet if line.startswith("Price")]


def test_a_french_date_after_a_label_is_in_lower_case() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    # The master opens its sentence on the day: the lines do not keep its capital.
    event = understand(
        "Les olives sont rentrées.\nSamedi 28 novembre, de 10 h à 17 h, venez goûter l'huile "
        "nouvelle au Moulin Saint-Roch, chemin des Oliviers, Cotignac.",
        "fr",
        date=dt.date(2026, 11, 16),
    )
    assert practical_lines(event)[0] == "📅 samedi 28 novembre, de 10 h à 17 h"
    assert "Date\u202f: samedi 28 novembre, de 10 h à 17 h" in fact_sheet(event)
    # After a label's colon, a period goes on in lower case; after 📅 it opens the line.
    offer = understand(
        "Jusqu'au jeudi 31 décembre, le montage des pneus hiver est offert au Garage "
        "Bellini, 112 avenue de la République, Toulon.",
        "fr",
        date=dt.date(2026, 11, 5),
    )
    assert practical_lines(offer)[0] == "📅 Jusqu'au jeudi 31 décembre"
    assert practical_lines(offer, emoji=False)[0] == "Quand\u202f: jusqu'au jeudi 31 décembre"
    assert "Date\u202f: jusqu'au jeudi 31 décembre" in fact_sheet(offer)


def test_a_closure_s_sheet_gives_the_whole_period() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    master = (
        "Les installations du Tennis Club de Carqueiranne seront inaccessibles du lundi 16 mars "
        "au vendredi 3 avril 2026. Le secrétariat reste joignable : secretariat@tc.example."
    )
    sheet = fact_sheet(understand(master, "fr", date=dt.date(2026, 3, 2)))
    # Was "Date : lundi 16 mars": the first day of the closure only.
    assert "Date\u202f: du lundi 16 mars au vendredi 3 avril 2026" in sheet


def test_a_range_of_sums_is_one_line_item() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    master = (
        "Full-time automotive technician wanted at Riverside Auto Care, Columbus: "
        "$28–$36/hour depending on experience. Email shop@riversideautocare.example."
    )
    sheet = fact_sheet(understand(master, "en", date=dt.date(2026, 10, 5)))
    assert "Pay: $28–$36 an hour" in sheet  # was "Pay: $28, $36 an hour": two wages
    tickets = "Tickets £10 to £12 at the door, Saturday 9 May at 4 High Street, Leeds."
    assert "Price: £10 to £12" in fact_sheet(understand(tickets, "en", date=dt.date(2026, 5, 1)))


@pytest.mark.parametrize(
    ("master", "place"),
    [
        # "St." is the street's abbreviation, not a sentence's end: the town stays.
        (
            "Our taproom opens Saturday, May 9 at 1820 Pearl St., Boulder. Come by from noon.",
            "Place: 1820 Pearl St., Boulder",
        ),
        # A compass point and a numbered street are part of the address.
        (
            "Brunch starts Saturday, May 9 from 9am to 2pm. Grab a table at 1408 E 6th St, Austin.",
            "Place: 1408 E 6th St, Austin",
        ),
        (
            "Bow River Family Dental welcomes its first patients on Saturday, May 9, at our "
            "clinic at 210 8th Avenue SW, Calgary.",
            "Place: 210 8th Avenue SW, Calgary",
        ),
        (
            "Alterations by Rosa closes on Saturday, May 9. Come and collect your garments: "
            "612 Queen Street East, Toronto.",
            "Place: 612 Queen Street East, Toronto",
        ),
    ],
)
def test_the_fact_sheet_gives_an_american_address_whole(master: str, place: str) -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    assert place in fact_sheet(understand(master, "en", date=dt.date(2026, 5, 1)))


def test_the_fact_sheet_reads_the_day_and_place_as_the_practical_lines_do() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    # examples/marche-noel-fr.txt: a period and a town named in the address's sentence.
    master = (ROOT / "examples" / "marche-noel-fr.txt").read_text(encoding="utf-8")
    sheet = fact_sheet(understand(master, "fr", date=dt.date(2026, 11, 20)))
    assert "Date\u202f: du vendredi 11 au dimanche 20 décembre 2026, de 10 h à 20 h" in sheet
    assert "Lieu\u202f: cours Lafayette, Toulon" in sheet


@pytest.mark.parametrize(
    ("master", "lang", "line"),
    [
        (
            "Open studio night at Harbour Lane Ceramics, 14 Harbour Lane in Falmouth, on "
            "Saturday 7 March from 6pm: wheel time is £12 per hour, clay and firing included. "
            "Book your wheel at https://harbourlaneceramics.example/studio",
            "en",
            "Price: £12 an hour",
        ),
        (
            "Nouveau : location de paddles sur la plage du Mourillon, 2 avenue de la Mitre à "
            "Toulon, dès le samedi 4 avril : 15 € par heure ou 40 € la journée, gilet compris. "
            "Réservez au 04 94 00 00 00.",
            "fr",
            "Tarif\u202f: 15 € de l'heure, 40 € par jour",
        ),
        (
            "Le Fournil recrute un vendeur (H/F) en CDI à Hyères, 12 rue Paradis : 12,50 € brut "
            "de l'heure. Candidatures à jobs@fournil.example.",
            "fr",
            "Rémunération\u202f: 12,50 € de l'heure",
        ),
        # A sum counted by nothing stays as it is.
        (
            "Open studio night at Harbour Lane Ceramics, 14 Harbour Lane in Falmouth, on "
            "Saturday 7 March from 6pm: £12 a session, clay and firing included. "
            "Book your wheel at https://harbourlaneceramics.example/studio",
            "en",
            "Price: £12",
        ),
    ],
)
def test_a_sheet_s_sum_keeps_what_it_is_counted_by(master: str, lang: str, line: str) -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    assert line in fact_sheet(understand(master, lang, date=dt.date(2026, 2, 27)))


def test_a_minimum_purchase_is_no_tariff() -> None:
    from brandvoice.adaptation.decorate.practical import fact_sheet

    # examples/marche-noel-fr.txt: "un vin chaud offert pour tout achat de plus de 25 €".
    master = (ROOT / "examples" / "marche-noel-fr.txt").read_text(encoding="utf-8")
    sheet = fact_sheet(understand(master, "fr", date=dt.date(2026, 11, 20)))
    assert sheet  # the place and the ways to reach the market stay
    assert not [line for line in sheet if "25" in line or line.startswith("Tarif")]
    # A price of the thing is still one; a discount says so; a voucher is a gift.
    priced = fact_sheet(
        understand(
            "Atelier compost le mercredi 18 mars à 18 h 30, 12 rue de la Station à Forest : "
            "35 € la séance, 10 % de réduction pour les adhérents et un bon d’achat de 5 € offert. "
            "Inscriptions sur https://legraindesel.example/ateliers",
            "fr",
            date=dt.date(2026, 3, 1),
        )
    )
    assert "Tarif\u202f: 35 €" in priced
    assert "Remise\u202f: 10 %" in priced
    assert not [line for line in priced if "5 €" in line and "35 €" not in line]


def test_a_short_french_date_keeps_its_article_and_is_no_typo() -> None:
    text = "Le marché revient à Hyères le samedi 19 décembre 2026."
    (only,) = compactions(text, "fr", dt.date(2026, 12, 1))
    assert text[: only.start] + only.replacement + text[only.end :] == (
        "Le marché revient à Hyères le sam. 19 déc."
    )
    master = (
        "Nous avons le plaisir de vous annoncer que le grand marché de Noël des artisans "
        "revient à Hyères le samedi 19 décembre 2026, de 9 h 00 à 13 h 00, sur le parking "
        "Clemenceau. Vous y retrouverez une quarantaine d'artisans du Var, des ateliers pour "
        "les enfants et un vin chaud offert. N'hésitez pas à consulter le programme complet "
        "sur https://marche-hyeres.example/noel ou à nous écrire à contact@marche-hyeres.example."
    )
    adaptation = adapt(
        master, networks=["x"], lang="fr", date=dt.date(2026, 12, 1), languagetool="off"
    )
    (variant,) = adaptation.variants
    assert "le sam. 19 déc" in variant.text, variant.text
    assert not [f for f in variant.findings if f.rule == "spelling.unknown-word"], variant.text


def test_a_recall_on_x_keeps_the_product() -> None:
    master = (
        "Avis de sécurité. Le fabricant nous signale que certains casques de vélo enfant "
        "« Zébulon » (taille S, coloris vert, références ZB-S-310 et ZB-S-311) présentent un "
        "risque de rupture de la sangle sous le menton. Si vous avez acheté ce casque à "
        "l'Atelier du Cycle depuis octobre 2025, merci d'arrêter tout de suite de l'utiliser "
        "et de nous le rapporter : il sera échangé ou remboursé, même sans ticket de caisse. "
        "Renseignements au 04 94 11 22 33."
    )
    adaptation = adapt(
        master, networks=["x"], lang="fr", date=dt.date(2026, 11, 10), languagetool="off"
    )
    assert adaptation.message is not None
    # The quoted name close after the product noun is the product's own; the references
    # say which helmets are concerned, what too.
    assert [f.text for f in adaptation.message.of_role(Role.WHAT)] == [
        "casques de vélo enfant « Zébulon »",
        "ZB-S-310",
        "ZB-S-311",
    ]
    (variant,) = adaptation.variants
    assert "casques de vélo enfant" in variant.text, variant.text
    assert "Zébulon" in variant.text, variant.text


def test_a_serious_variant_is_not_flagged_for_the_tags_it_leaves_out() -> None:
    master = (
        "Rappel produit : nos pots de miel de lavande 250 g (lot 2611) peuvent contenir des "
        "éclats de verre. Ne les consommez pas et rapportez-les en boutique : ils seront "
        "remboursés."
    )
    adaptation = adapt(master, lang="fr", date=dt.date(2026, 11, 10), languagetool="off")
    for variant in adaptation.variants:
        assert not [f for f in variant.findings if f.rule == "length.hashtags"], variant.network


def test_an_apology_on_x_keeps_the_brand_that_apologises() -> None:
    master = (
        "Nous vous devons des excuses. Samedi dernier, une erreur de notre prestataire de "
        "paiement a débité deux fois une partie des commandes passées sur notre site entre "
        "10 h et 14 h. Les sommes prélevées en trop seront remboursées automatiquement d'ici "
        "le vendredi 13 novembre, sans aucune démarche de votre part. Si ce n'est pas le cas, "
        "écrivez-nous à aide@comptoir.example et nous réglerons cela au plus vite. Toute "
        "l'équipe du Comptoir du Mourillon vous prie de l'excuser."
    )
    adaptation = adapt(
        master,
        networks=["x"],
        date=dt.date(2026, 11, 10),
        languagetool="off",
        brand=Path(__file__).parent.parent / "examples" / "comptoir-facebook.yaml",
    )
    (variant,) = adaptation.variants
    assert "l'équipe du Comptoir du Mourillon" in variant.text.replace("’", "'"), variant.text
    # What did not fit is said, not hidden.
    assert any(p.kind == KEY_FACT_DROPPED for p in adaptation.problems)


def _plain(text: str) -> str:
    """``text`` as the change log is compared with it: case and kind of space aside (a
    later split capitalises a word, typography makes a space no-break)."""
    return " ".join(text.split()).casefold()


def test_every_change_on_x_shows_in_the_variant_or_is_changed_again() -> None:
    # The change log says only what the text shows: a change changes something, and what
    # it wrote is in the final variant, or a later change rewrote or removed it (its
    # ``before`` holds it). The X variant is where fitting shortens, trims and drops, one
    # step after another.
    unshown = []
    for master in _labelled_masters():
        if master["split"] != "dev":
            continue
        (variant,) = adapt(
            str(master["text"]),
            voices=["casual-facebook"],
            networks=["x"],
            lang=str(master["lang"]),
            date=master["reference_date"],  # type: ignore[arg-type]
            languagetool="off",
        ).variants
        final = _plain(variant.text)
        for index, change in enumerate(variant.changes):
            # The template and the blog form lay out the whole text: the changes after
            # them are the record of what became of it.
            if change.transform in ("template", "blog-form"):
                continue
            if change.before == change.after:
                unshown.append((master["id"], change.transform, "no change"))
            after = _plain(change.after)
            if not after or after in final:
                continue
            if not any(after in _plain(later.before) for later in variant.changes[index + 1 :]):
                unshown.append((master["id"], change.transform, change.after))
    assert not unshown


def test_a_date_with_nothing_shorter_to_write_is_no_compaction() -> None:
    # Before a comma the French month stays whole: "30 avril," has no shorter form, and the
    # change log must not say it was shortened.
    text = "Jusqu'au 30 avril, le garage vous offre le montage et l'équilibrage."
    assert compactions(text, "fr", dt.date(2026, 4, 1)) == []
    # With a weekday to shorten, the date is still compacted.
    text = "Jusqu'au jeudi 30 avril, le garage vous offre le montage et l'équilibrage."
    assert [c.replacement for c in compactions(text, "fr", dt.date(2026, 4, 1))] == [
        "jeu. 30 avril"
    ]


@pytest.mark.parametrize(
    ("fact", "text", "said"),
    [
        ("« Vélo de ville : comment choisir ? »", "# Vélo de ville : comment choisir ?", True),
        ("'Closing your books in a day'", "Closing your books in a day, live.", True),
        ("« Vélo de ville : comment choisir ? »", "# Comment choisir son vélo ?", False),
    ],
)
def test_a_quoted_title_is_said_without_its_marks(fact: str, text: str, said: bool) -> None:
    assert still_said(fact, text, "fr", WRITTEN) is said
    assert bool(Passages([text], "fr", WRITTEN).saying(fact)) is said


# A recall whose instruction (stop using it, bring it back) cannot fit on X beside the
# product it names: the cut is said, never silent.
_RECALL_SEAT_FR = (
    "Rappel de sécurité 🚲 Nous avons vendu entre mars et mai 2026 des sièges vélo enfant "
    "« KidRide Confort » dont la sangle d'entrejambe peut se détacher. Si vous en avez acheté "
    "un chez nous, arrêtez de l'utiliser et ramenez-le au magasin : échange ou remboursement "
    "immédiat, avec ou sans ticket.\nCycles Garlaban, Aubagne"
)


def test_a_recall_keeps_its_product_and_says_when_its_instruction_was_cut() -> None:
    adaptation = adapt(
        _RECALL_SEAT_FR, networks=["x"], lang="fr", date=dt.date(2026, 6, 22), languagetool="off"
    )
    (variant,) = adaptation.variants
    assert "KidRide Confort" in variant.text, variant.text
    dropped = [p.message for p in adaptation.problems if p.kind == KEY_FACT_DROPPED]
    if "arrêtez de l" in variant.text:
        assert not any("arrêtez" in message for message in dropped), dropped
    else:
        assert any("how of the message" in m and "arrêtez" in m for m in dropped), dropped


def test_the_product_a_recall_names_by_its_quoted_name_is_what_it_is_about() -> None:
    message = understand(_RECALL_SEAT_FR, "fr", date=dt.date(2026, 6, 22))
    assert [f.text for f in message.facts if f.role is Role.WHAT] == [
        "sièges vélo enfant « KidRide Confort »"
    ]


# A job ad too long for X: the job stays over where, when and the pay.
_JOB_EN = (
    "Our kitchen needs one more pair of hands 🍳 Harbour Bistro is looking for a full-time "
    "(nights and weekends) Chef de Partie to run our busy grill station and train two "
    "apprentices.\n\nHybrid rota, at our Falmouth kitchen (Arwenack Street) four days a week. "
    "Pay £30,000–34,000, 28 days of holiday from year one.\n\nFull description and form at "
    "harbourbistro.example/jobs. Applications close Friday, March 20."
)


def test_a_job_ad_on_x_keeps_its_job() -> None:
    adaptation = adapt(_JOB_EN, networks=["x"], date=dt.date(2026, 3, 2), languagetool="off")
    (variant,) = adaptation.variants
    assert "Chef de Partie" in variant.text, variant.text
    dropped = [p.message for p in adaptation.problems if p.kind == KEY_FACT_DROPPED]
    assert not any("Chef de Partie" in message for message in dropped), dropped
