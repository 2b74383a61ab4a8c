"""The press note's form (issue 23): headline, dateline and lead, body, practical
information, the brand's boilerplate and press contact; no hashtags, no emoji."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice import adapt
from brandvoice.adaptation.blog import TITLE_LIMIT
from brandvoice.profiles import get_voice
from brandvoice.text.entities import find_entities

EXAMPLES = Path(__file__).parents[1] / "examples"
BRAND = EXAMPLES / "comptoir-facebook.yaml"
WHEN = dt.date(2026, 5, 1)


def _press_note(master: str, lang: str, brand: Path | None = BRAND) -> str:
    (variant,) = adapt(
        master, networks=["website"], lang=lang, brand=brand, languagetool="off", date=WHEN
    ).variants
    return variant.text


@pytest.mark.parametrize(
    ("example", "lang", "dateline"),
    [
        ("opening-toulon-fr.txt", "fr", "Toulon, le 1er mai 2026 –"),
        # No region given: the dateline takes the master's order ("Friday 1 May 2026");
        # American English asked for: the American order.
        ("beach-club-en.txt", "en", "Toulon, 1 May 2026 –"),
        ("beach-club-en.txt", "en-US", "Toulon, May 1, 2026 –"),
    ],
)
def test_press_note_parts_in_order(example: str, lang: str, dateline: str) -> None:
    master = (EXAMPLES / example).read_text(encoding="utf-8")
    paragraphs = _press_note(master, lang).split("\n\n")
    headline, lead = paragraphs[0], paragraphs[1]
    assert 0 < len(headline) <= TITLE_LIMIT
    assert not headline.endswith(".")
    assert lead.startswith(dateline)
    about = "À propos" if lang == "fr" else "About"
    contact = "Contact presse" if lang == "fr" else "Press contact"
    headings = [p.split("\n", 1)[0] for p in paragraphs]
    assert headings.index(contact) == len(paragraphs) - 1  # the contact closes the note
    assert any(h.startswith(about) for h in headings[:-1])
    assert paragraphs[-1].endswith("presse@comptoir-mourillon.fr")
    kinds = {e.kind for e in find_entities("\n\n".join(paragraphs))}
    assert "hashtag" not in kinds
    assert "emoji" not in kinds


def test_no_contact_is_made_up() -> None:
    master = (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8")
    text = _press_note(master, "fr", brand=None)
    assert "Contact presse" not in text
    assert get_voice("corporate").press_contact is None


def test_a_headline_the_master_opens_on_is_kept() -> None:
    text = _press_note(
        "Portes ouvertes ! Le Comptoir du Mourillon vous accueille samedi 6 juin 2026 à "
        "10 h au 12 rue Castillon à Toulon pour fêter ses dix ans.",
        "fr",
    )
    # The master's label stays the headline, naming the business as the master does
    # (press_label_headline.py).
    assert text.split("\n\n")[0] == "Portes ouvertes au Comptoir du Mourillon"


@pytest.mark.parametrize(
    ("master", "lang", "headline", "lead"),
    [
        (
            "Nous vous devons des excuses. Samedi dernier, une erreur de notre prestataire de "
            "paiement a débité deux fois une partie des commandes passées sur notre site.",
            "fr",
            # A press headline does not speak as « nous » to « vous » (press_news_title.py).
            "Information aux clients",
            "Le 1er mai 2026 – Samedi dernier, une erreur de notre prestataire",
        ),
        (
            "RAPPEL PRODUIT – Confiture d'abricots 370 g\nPar précaution, la Confiturerie du "
            "Ventoux rappelle les pots de confiture d'abricots du lot L2604.",
            "fr",
            # the locale's typography; a press note does not shout (press_headline.py)
            "Rappel produit – Confiture d'abricots 370\u202fg",
            "Le 1er mai 2026 – Par précaution, la Confiturerie du Ventoux rappelle",
        ),
        (
            "We are hiring! The Harbour Kitchen in Whitstable is looking for a line cook, full "
            "time, from 1 June. Send your CV to jobs@harbourkitchen.example by 20 May.",
            "en",
            "Line cook wanted at The Harbour Kitchen, Whitstable",
            # Plain "en" and a day-first body ("from 1 June"): the dateline follows the body.
            "1 May 2026 – The Harbour Kitchen in Whitstable is looking for a line cook",
        ),
        (
            "On recrute ! La boulangerie Pains d'Or à Hyères cherche un apprenti boulanger pour "
            "la rentrée. Envoyez votre CV à contact@painsdor.fr avant le 30 juin.",
            "fr",
            "Pains d'Or recrute\u202f: apprenti boulanger à Hyères",
            "Le 1er mai 2026 – La boulangerie Pains d'Or à Hyères cherche un apprenti",
        ),
    ],
)
def test_the_lead_does_not_repeat_the_headline(
    master: str, lang: str, headline: str, lead: str
) -> None:
    paragraphs = _press_note(master, lang, brand=None).split("\n\n")
    assert paragraphs[0] == headline
    assert paragraphs[1].startswith(lead)
    assert headline not in paragraphs[1]


def test_a_list_after_a_heading_starts_under_the_dateline() -> None:
    # The dateline opens a sentence, never a bullet (a dateline over a bare list is no
    # lead, issue 17): a sentence introduces the list, which starts on the next line.
    master = (
        "Horaire des Fêtes\n• 24 décembre : ouvert de 7 h à 15 h\n• 25 décembre : fermé\n"
        "Retour à l'horaire habituel le samedi 2 janvier."
    )
    paragraphs = _press_note(master, "fr", brand=None).split("\n\n")
    assert paragraphs[0] == "Horaire des Fêtes"
    first_line, _, items = paragraphs[1].partition("\n")
    assert first_line.startswith("Le 1er mai 2026 – Les horaires")
    assert first_line.endswith(":")
    assert items.startswith("• 24 décembre")


def test_an_emoji_ended_headline_is_not_glued_to_the_lead() -> None:
    master = (
        "Sunday social ride 🚴 Join us on Sunday 19 April for an easy 40 km loop through the "
        "Cotswolds. Sign up at spokeandchain.co.uk/rides."
    )
    paragraphs = _press_note(master, "en", brand=None).split("\n\n")
    assert paragraphs[0] == "Sunday social ride"
    # The invitation is the business's event in a press note (press-lead-sentence).
    assert paragraphs[1].startswith("1 May 2026 – We are hosting an easy 40 km loop")
    assert "Sunday social ride" not in paragraphs[1]


def test_a_headline_that_names_the_job_is_kept() -> None:
    # "APPRENTICE WANTED" names the job: no headline is written from the facts (whose
    # "what" may be a task of the job, "logbook services"); it is only sentence-cased.
    master = (
        "APPRENTICE WANTED 🔧 Coastal Auto Repairs in Geelong has a spot for a light vehicle "
        "apprentice. You'll work on everything from logbook services to diagnostics. Email "
        "jobs@coastalauto.example."
    )
    assert _press_note(master, "en", brand=None).split("\n\n")[0] == "Apprentice wanted"


def test_the_master_lines_are_the_note_paragraphs() -> None:
    # The sentence splitter reads on over a line that ends on an emoji; the note sets each
    # line in a paragraph of its own, the lead first, and the emoji's stop is kept.
    text = _press_note(
        "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, "
        "7 quai Charles-de-Gaulle 🍷\n"
        "Plus de 300 références, dont des bières artisanales du Var et un coin épicerie fine.\n"
        "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié.\n\n"
        "Prise de rendez-vous : cave@example.org",
        "fr",
        brand=None,
    )
    paragraphs = text.split("\n\n")
    assert paragraphs[1].endswith("7 quai Charles-de-Gaulle.")
    # The verbless list got the lead's subject and a verb (press-full-sentences).
    assert paragraphs[2].startswith("La Cave du Port propose plus de 300 références")
    assert paragraphs[3].startswith("Afin de fêter cela") or paragraphs[3].startswith("Pour")
    assert paragraphs[4].startswith("Prise de rendez-vous")  # its own line: not run on
    assert paragraphs[4].endswith(": cave@example.org")
    assert not any("\n" in p for p in paragraphs[:5])


@pytest.mark.parametrize(
    ("master", "headline"),
    [
        (
            "⚠️ Pas de service ce midi à La Table du Marché : une canalisation a cédé dans la "
            "rue. On vous appelle dans la matinée pour vous proposer une autre date.",
            "Pas de service ce midi à La Table du Marché",
        ),
        (
            "🍦 Ça y est, on a les clés ! Gelato Ninon sert ses premières boules le samedi "
            "16 mai à partir de 14 h, au 12 quai Esménard à Sanary-sur-Mer.",
            # The hook gives way to the news (press_news_title.py).
            "Gelato Ninon sert ses premières boules le samedi 16 mai à compter de 14\u202fh",
        ),
    ],
)
def test_an_emoji_opening_the_master_leaves_a_headline(master: str, headline: str) -> None:
    # The sentence splitter sets the opening emoji apart: a headline made of it was empty.
    assert _press_note(master, "fr", brand=None).split("\n\n")[0] == headline


def test_a_salutation_is_neither_headline_nor_lead() -> None:
    text = _press_note(
        "Madame, Monsieur,\n\nNous avons le plaisir de vous présenter Plania 3.0, la nouvelle "
        "version de notre logiciel de planification, disponible à partir du lundi 1er février "
        "2027.\n\nPour une démonstration, écrivez-nous à demo@plania.example.",
        "fr",
        brand=None,
    )
    headline, lead = text.split("\n\n")[:2]
    assert "Madame" not in headline
    assert lead.startswith("Le 1er mai 2026 – Nous avons le plaisir")
    assert "Madame" not in text


def test_a_salutation_opens_no_variant() -> None:
    # A post addresses nobody as a letter does: X read "Madame, Monsieur, On a le plaisir…".
    master = (
        "Madame, Monsieur,\n\nNous avons le plaisir de vous présenter Plania 3.0, la nouvelle "
        "version de notre logiciel de planification, disponible à partir du lundi 1er février "
        "2027.\n\nPour une démonstration, écrivez-nous à demo@plania.example."
    )
    adaptation = adapt(master, lang="fr", languagetool="off", date=WHEN)
    assert len(adaptation.variants) == 6
    for variant in adaptation.variants:
        assert "Madame" not in variant.text, variant.network


@pytest.mark.parametrize(
    ("master", "lang", "headline", "lead"),
    [
        (
            "Did you catch us on 'Weekend Kitchen' on Sunday night? Chef Lina showed the whole "
            "country how we make our lamb tagine. If you missed it, the segment is online.",
            "en",
            # The programme is the news; the question keeps its day in the lead.
            "Featured on 'Weekend Kitchen'",
            "Did you catch us on 'Weekend Kitchen' on Sunday night?",
        ),
        (
            "Vous vous mariez en 2027 ? Voici notre rétroplanning, mois par mois, de J-18 à "
            "J-1. À imprimer et à coller sur le frigo.",
            "fr",
            "Vous vous mariez en 2027\u202f?",
            "Voici notre rétroplanning",
        ),
    ],
)
def test_headline_is_not_said_again_by_the_lead(
    master: str, lang: str, headline: str, lead: str
) -> None:
    # The headline heads the note and the lead does not say it again: the dateline opens
    # the sentence after a question the headline asked, or the question that keeps its day.
    paragraphs = _press_note(master, lang, brand=None).split("\n\n")
    assert paragraphs[0] == headline
    assert headline not in "\n\n".join(paragraphs[1:])
    dateline_end = paragraphs[1].index("– ") + 2
    assert paragraphs[1][dateline_end:].startswith(lead)


@pytest.mark.parametrize(
    ("master", "lang", "headline", "lead"),
    [
        (
            "Product recall: we are recalling our 370 g apricot jam, batch L2611, best before "
            "03/2027. If you bought a jar, do not eat it.",
            "en",
            "370 g apricot jam recalled",
            "We are recalling our 370 g apricot jam, batch L2611",
        ),
        (
            "Important : nous rappelons nos terrines de sanglier aux myrtes (bocal 180 g, lot "
            "0926). Un défaut de fermeture a été constaté.",
            "fr",
            "Rappel des terrines de sanglier",
            "Nous rappelons nos terrines de sanglier aux myrtes",
        ),
    ],
)
def test_a_label_over_the_business_speaking_goes_to_the_headline(
    master: str, lang: str, headline: str, lead: str
) -> None:
    paragraphs = _press_note(master, lang, brand=None).split("\n\n")
    assert paragraphs[0] == headline
    dateline_end = paragraphs[1].index("– ") + 2
    assert paragraphs[1][dateline_end:].startswith(lead)


@pytest.mark.parametrize(
    ("master", "line"),
    [
        (
            "The Blue Goose in Logan Square needs a line cook. The position is full time and "
            "pays $21–24/hr plus tip share. Email your resume to kitchen@bluegoose.example",
            "Pay: $21–24 an hour",
        ),
        (
            "Parcelwise is looking for a Customer Support Engineer. £38–45k, 4-day week. "
            "Apply by Friday 6 February: parcelwise.example/jobs",
            "Pay: £38–45k",
        ),
    ],
)
def test_a_range_without_its_second_currency_is_one_sum(master: str, line: str) -> None:
    # "Pay: $21" would halve what the master says.
    assert line in _press_note(master, "en", brand=None).split("\n")
