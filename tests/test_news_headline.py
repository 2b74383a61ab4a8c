"""A press note's or an article's headline never repeats its lead word for word (issue 17):
the headline written from the lead's verb (data/news-headlines.yaml), its examples, and
the press note and article that use it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from brandvoice import adapt
from brandvoice.adaptation.headline import as_list
from brandvoice.adaptation.news_headline import examples, news_headline, repeats, vague, words

WHEN = dt.date(2026, 3, 20)


@pytest.mark.parametrize("example", examples(), ids=lambda e: f"{e['lang']}-{e['lead'][:30]}")
def test_table_examples(example: dict[str, Any]) -> None:
    written = news_headline(
        example["lead"],
        example["lang"],
        intent=example.get("intent", ""),
        master=example.get("master", ""),
        brand=example.get("brand"),
    )
    assert written == example["headline"]


@pytest.mark.parametrize("example", [e for e in examples() if e["headline"]])
def test_a_written_headline_never_repeats_its_lead(example: dict[str, Any]) -> None:
    headline = example["headline"]
    assert not repeats(headline, example["lead"])
    assert not headline.endswith((".", "!", ":"))


def test_repeats_reads_words_not_marks() -> None:
    assert repeats(
        "Good news, Hobart: Salt & Paper Books reopens",
        "Good news Hobart Salt & Paper Books reopens on Thursday.",
    )
    assert not repeats("Ouverture de La Cave du Port", "La Cave du Port ouvre ses portes.")
    assert not repeats("", "La Cave du Port ouvre ses portes.")


def test_a_range_gives_no_single_day() -> None:
    headline = news_headline(
        "La boutique Terre d'Ocre ferme du lundi 3 août au lundi 31 août.", "fr"
    )
    assert headline == "Fermeture de la boutique Terre d'Ocre"


def test_too_long_a_headline_drops_the_place_then_the_day_never_the_what() -> None:
    lead = (
        "La Confiserie des Remparts de la Vieille Ville ouvre ses portes le samedi 4 avril "
        "à Villeneuve-lès-Avignon."
    )
    headline = news_headline(lead, "fr")
    assert headline is not None
    assert len(headline) <= 70
    assert "Confiserie des Remparts de la Vieille Ville" in headline
    assert "Villeneuve" not in headline
    assert headline.endswith("le 4 avril")
    longer = lead.replace("La Confiserie", "La Confiserie Artisanale")
    shorter = news_headline(longer, "fr")
    assert shorter is not None
    assert "avril" not in shorter
    assert "Confiserie Artisanale des Remparts de la Vieille Ville" in shorter


def _variant(master: str, lang: str, network: str) -> str:
    (variant,) = adapt(
        master, networks=[network], lang=lang, languagetool="off", date=WHEN
    ).variants
    return variant.text


@pytest.mark.parametrize("network", ["website", "blog"])
def test_the_press_note_and_article_title_the_news(network: str) -> None:
    master = (
        "C'est officiel : La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, "
        "7 quai Charles-de-Gaulle.\nPlus de 300 références, dont des rosés de l'appellation."
    )
    paragraphs = _variant(master, "fr", network).split("\n\n")
    title, lead = paragraphs[0].removeprefix("# "), paragraphs[1]
    assert title == "Ouverture de La Cave du Port à Bandol le 4 avril"
    # The lead still gives the news whole, as a sentence.
    assert "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol" in lead
    assert words(lead)[: len(words(title))] != words(title)


def test_as_list_bullets_the_items_only() -> None:
    lines = "Monday 21 December: 9am–5pm\nTuesday 22 December: closed\nWe reopen on Wednesday."
    assert as_list(lines) == (
        "• Monday 21 December: 9am–5pm\n• Tuesday 22 December: closed\nWe reopen on Wednesday."
    )
    assert as_list("• 24 décembre : fermé") == "• 24 décembre : fermé"


@pytest.mark.parametrize(
    ("master", "lang", "headline", "intro"),
    [
        (
            "Horaire des Fêtes 🎄\n• 24 décembre : ouvert de 7 h à 15 h\n• 25 décembre : fermé\n"
            "Retour à l'horaire habituel le samedi 2 janvier.",
            "fr",
            "Horaire des Fêtes",
            "Les horaires d'ouverture de cette période sont les suivants",
        ),
        (
            "Holiday hours at Elm Street Books:\nMonday 21 December: 9am–5pm\n"
            "Tuesday 22 December: closed\nNormal hours resume on Wednesday 23 December.",
            "en",
            "Holiday hours at Elm Street Books",
            "The opening hours for this period are as follows:",
        ),
    ],
)
def test_a_list_lead_opens_on_a_sentence(master: str, lang: str, headline: str, intro: str) -> None:
    paragraphs = _variant(master, lang, "website").split("\n\n")
    assert paragraphs[0] == headline
    first_line, _, items = paragraphs[1].partition("\n")
    # The dateline opens a sentence, the list follows it whole.
    assert first_line.split(" – ", 1)[1].startswith(intro)
    assert items.startswith(("• 24 décembre", "• Monday 21 December"))
    assert items.count("• ") == 2


def test_the_change_log_says_why_the_headline_is_not_the_masters() -> None:
    master = (
        "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol, 7 quai Charles-de-Gaulle."
    )
    (variant,) = adapt(
        master, networks=["website"], lang="fr", languagetool="off", date=WHEN
    ).variants
    (template,) = [c for c in variant.changes if c.transform == "template"]
    assert "Ouverture de La Cave du Port à Bandol le 4 avril" in template.reason
    assert "repeated the lead" in template.reason


def test_a_headline_that_names_no_subject_is_written_from_the_lead() -> None:
    master = (
        "Elle arrive ! La Noz Du, notre stout au sarrasin grillé, sort de cuve vendredi "
        "6 novembre.\nEn vente à la brasserie."
    )
    assert vague("Elle arrive", "fr")
    assert not vague("Ouverture de La Cave du Port", "fr")
    headline = _variant(master, "fr", "website").split("\n\n")[0]
    assert headline == "Sortie de cuve de La Noz Du le 6 novembre"


def _dev_press_notes() -> list[tuple[str, str, str]]:
    """(id, language, press note) of the dev masters (the held-out half is not tuned on)."""
    from tests.test_intent_decoration import _masters

    notes = []
    for master in _masters():
        if master["split"] != "dev":
            continue
        (variant,) = adapt(
            master["text"],
            networks=["website"],
            lang=master["lang"],
            languagetool="off",
            date=master["reference_date"],
        ).variants
        (template,) = [c for c in variant.changes if c.transform == "template"]
        if "written from the lead's news" in template.reason:
            notes.append((master["id"], master["lang"], variant.text))
    return notes


def test_every_written_headline_on_the_dev_masters_is_a_title() -> None:
    notes = _dev_press_notes()
    assert notes  # the rule fires on the dev masters
    for master_id, lang, text in notes:
        headline, lead = text.split("\n\n")[:2]
        lead = lead.split(" – ", 1)[-1]
        assert len(headline) <= 70, master_id
        assert not repeats(headline, lead), master_id
        assert not vague(headline, lang), master_id
        assert not headline.endswith((".", "!", ":", ",")), master_id
        assert headline.count("(") == headline.count(")"), master_id
        assert headline[:1].isupper(), master_id


def test_an_apology_titles_what_the_brand_owns_once_the_press_note_named_it() -> None:
    # The press note's person rules turned « notre soirée » into « la soirée … du P'tit
    # Cabanon » before the title is written: the business still owns what went wrong.
    from brandvoice.adaptation.news_headline import apology_headline

    lead = (
        "Samedi dernier, la soirée de réouverture du P'tit Cabanon a été un échec : attente "
        "de plus d'une heure au bar."
    )
    master = "Nous vous devons des excuses. Demandez le remboursement de votre entrée."
    title = apology_headline(lead, "fr", master, "Le P'tit Cabanon")
    assert title is not None
    assert title.startswith("Soirée de réouverture"), title
    assert "remboursement" in title
    # Another business's evening is not the brand's to apologise for in a title.
    other = lead.replace("du P'tit Cabanon", "du Grand Café")
    assert apology_headline(other, "fr", master, "Le P'tit Cabanon") is None
