"""The blog form (issue 23): a Markdown article with front matter, an H1 title that fits a
search result, a lead, and its hashtags as the front matter's tags."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from brandvoice import adapt
from brandvoice.adaptation.blog import (
    TITLE_LIMIT,
    TITLE_MAX,
    TITLE_WHOLE_MAX,
    blog_title,
    markdown_document,
    take_hashtag_line,
)
from brandvoice.understand import understand

REFERENCE = dt.date(2026, 12, 1)

# (first sentence of the master, lang, expected title)
TITLES = [
    # Short enough: the sentence without its stop.
    ("Our beach club reopens on Friday 1 May.", "en", "Our beach club reopens on Friday 1 May"),
    # A filler opening is not news.
    (
        "We are pleased to announce that Harbour Lane Ceramics will open its new pottery "
        "studio at 14 Harbour Lane, Falmouth, on Saturday 7 March 2026 at 10am.",
        "en",
        "Harbour Lane Ceramics will open its new pottery studio",
    ),
    # Cut before the dates, and the « du » left hanging goes with them.
    (
        "Nous avons le plaisir de vous annoncer que le marché de Noël du cours Lafayette "
        "revient à Toulon du vendredi 11 au dimanche 20 décembre 2026, de 10 h à 20 h.",
        "fr",
        "Le marché de Noël du cours Lafayette revient à Toulon",
    ),
    # Cut before the address, « au » left out.
    (
        "Le Comptoir du Mourillon ouvre sa nouvelle boutique au 12 rue Castillon à Toulon "
        "le samedi 6 juin 2026 à 10 h.",
        "fr",
        "Le Comptoir du Mourillon ouvre sa nouvelle boutique",
    ),
    # A heading does not exclaim (the lead under it does); a question stays one.
    ("Doors open at the Comptoir!", "en", "Doors open at the Comptoir"),
    ("Ready for summer?", "en", "Ready for summer?"),
    # Nor when an emoji follows its "!" (the emoji go: an H1 has none).
    ("Record year! 🎉", "en", "Record year"),
    (
        "On parle de nous dans L'Écho du Finistère ce matin ! 📰",
        "fr",
        "On parle de nous dans L'Écho du Finistère ce matin",
    ),
    # A headline the sentence splitter read on from is the title; one too short to be a
    # title leaves it to the sentence after it, whose "!" the H1 would otherwise keep.
    (
        "Flash sale at Crumb & Co! Thursday 20 March only: buy any two loaves and get a "
        "third free.",
        "en",
        "Flash sale at Crumb & Co",
    ),
    (
        "Doors open! ☕ Northern Grind is now serving at 5 Kirkgate Arcade, Leeds, from "
        "7.30am weekdays and 9am at weekends.",
        "en",
        "Northern Grind is now serving at 5 Kirkgate Arcade, Leeds",
    ),
    # Before the reason: the lead gives it.
    (
        "We're recalling one batch of our 500g Yellow Box honey (batch 2611, best before "
        "Feb 2029) because a small number of jars may contain fragments of glass.",
        "en",
        "We're recalling one batch of our 500g Yellow Box honey (batch 2611, best before Feb 2029)",
    ),
    # Not inside a range of dates: before it.
    (
        "Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie "
        "entre octobre et décembre 2025.",
        "fr",
        "Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie",
    ),
    # Never inside a date: "on Tuesday" (cut at its comma) would name another day.
    (
        "Bow River Family Dental welcomes its very first patients on Tuesday, January 5, "
        "2027, at our brand-new clinic at 210 8th Avenue SW, Calgary.",
        "en",
        "Bow River Family Dental welcomes its very first patients",
    ),
    # Nor inside a name: "de Giens (samedi et" is no range of dates, "Au Pain" no business.
    (
        "On cherche quelqu'un pour tenir le comptoir le week-end à la boulangerie Au Pain de "
        "Giens (samedi et dimanche, 6 h 30 – 13 h).",
        "fr",
        "On cherche quelqu'un pour tenir le comptoir le week-end à la boulangerie Au Pain de "
        "Giens (samedi et dimanche, 6 h 30 – 13 h)",
    ),
    # A preposition whose object was cut goes with it.
    (
        "Our phone lines are out of action after last night's storm took down half the "
        "street's cabling.",
        "en",
        "Our phone lines are out of action",
    ),
    # A title says who does what: the subject's apposition and the formula after it go,
    # and no comma cut falls between the subject and its verb.
    (
        "Le garage Provence Autos, installé depuis 1998 à La Valette-du-Var, a le plaisir de "
        "vous informer qu'il assure désormais l'entretien des véhicules hybrides.",
        "fr",
        "Le garage Provence Autos assure désormais l'entretien des véhicules hybrides",
    ),
    # Never cut inside a quotation: its « would stay open.
    (
        "Notre boulanger le répète depuis vingt ans : « le pain se partage, il ne se jette "
        "jamais », et il le prouve encore ce samedi 6 juin 2026 à Toulon.",
        "fr",
        "Notre boulanger le répète depuis vingt ans",
    ),
    # A cause the sentence opens on, a relative clause inside it, is no title: the news is.
    (
        "En raison d'une grève qui touche notre transporteur, les colis partis depuis lundi "
        "arriveront avec trois jours de retard.",
        "fr",
        "Les colis partis depuis lundi arriveront avec trois jours de retard",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "expected"), TITLES)
def test_blog_title(sentence: str, lang: str, expected: str) -> None:
    message = understand(sentence, lang=lang, date=REFERENCE)
    assert blog_title(sentence, message, lang) == expected


def test_a_whole_clause_over_the_limit_beats_an_ellipsis() -> None:
    sentence = (
        "Coastal Auto Repairs in Geelong has a spot for an apprentice light vehicle mechanic "
        "starting in February."
    )
    title = blog_title(sentence, understand(sentence, lang="en", date=REFERENCE), "en")
    assert title == (
        "Coastal Auto Repairs in Geelong has a spot for an apprentice light vehicle mechanic"
    )
    assert TITLE_LIMIT < len(title) <= TITLE_MAX


def test_a_whole_sentence_up_to_two_heading_lines_beats_an_ellipsis() -> None:
    sentence = " ".join(["Handmade"] + ["ceramic bowls glazed blue"] * 5) + "."
    title = blog_title(sentence, None, "en")
    assert title == sentence[:-1]
    assert TITLE_MAX < len(title) <= TITLE_WHOLE_MAX


def test_a_title_without_a_clean_cut_ends_on_a_whole_word_and_an_ellipsis() -> None:
    sentence = " ".join(["Handmade"] + ["ceramic bowls glazed blue"] * 8) + "."
    title = blog_title(sentence, None, "en")
    assert title.endswith("…")
    assert len(title) <= TITLE_LIMIT
    assert title[:-1] == sentence[: len(title) - 1]
    assert sentence[len(title) - 1] == " "


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_a_title_never_exceeds_the_limit(sentence: str) -> None:
    title = blog_title(sentence, None, "fr")
    assert len(title) <= TITLE_LIMIT or (len(title) <= TITLE_WHOLE_MAX and not title.endswith("…"))


def test_hashtag_line_becomes_tags() -> None:
    text, tags = take_hashtag_line("# Title\n\nLead.\n\n#Toulon #MarchéDeNoël")
    assert (text, tags) == ("# Title\n\nLead.", ["Toulon", "MarchéDeNoël"])
    # A hashtag inside a sentence is the author's: left where it is.
    assert take_hashtag_line("We love #Toulon.") == ("We love #Toulon.", [])


MASTERS = {
    "fr": (
        "Nous avons le plaisir de vous annoncer que le marché de Noël du cours Lafayette "
        "revient à Toulon du vendredi 11 au dimanche 20 décembre 2026, de 10 h à 20 h. Vous y "
        "retrouverez 40 artisans du Var et des ateliers pour les enfants. Programme complet "
        "sur https://marche-lafayette.example/noel."
    ),
    "en": (
        "Plage des Sablettes Beach Club reopens for the season on Friday 1 May 2026 at 11 am. "
        "This year we welcome you with a new lunch menu from local fishermen and live music "
        "every Saturday evening from 7 pm. Book your table at https://sablettes.example/book."
    ),
}


@pytest.mark.parametrize("lang", sorted(MASTERS))
def test_blog_variant_is_a_markdown_post_with_front_matter(lang: str) -> None:
    result = adapt(MASTERS[lang], lang=lang, networks=["blog"], languagetool="off", date=REFERENCE)
    (variant,) = result.variants
    document = variant.document
    assert document.startswith("---\n")
    _, header, body = document.split("---\n", 2)
    fields = yaml.safe_load(header)
    assert set(fields) >= {"title", "description", "date", "lang"}
    assert fields["lang"] == result.variants[0].locale
    assert 0 < len(fields["title"]) <= TITLE_LIMIT
    assert 0 < len(fields["description"]) <= 155
    assert dt.date.fromisoformat(fields["date"]) == REFERENCE
    assert fields["tags"]
    assert all(not tag.startswith("#") for tag in fields["tags"])
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0] == f"# {fields['title']}"
    assert len(paragraphs) >= 3  # title, lead, body
    assert not re.search(r"(?<!\S)#\w", "\n".join(paragraphs[1:])), "no inline hashtag"
    assert not any(f.rule.startswith(("length.hashtags", "typography")) for f in variant.findings)
    assert any(c.transform == "blog-form" for c in variant.changes)


def test_markdown_document_round_trips() -> None:
    document = markdown_document("# T\n\nLead.", {"title": 'T: a "quoted" title', "tags": ["a"]})
    _, header, body = document.split("---\n", 2)
    assert yaml.safe_load(header) == {"title": 'T: a "quoted" title', "tags": ["a"]}
    assert body == "\n# T\n\nLead.\n"


def test_a_generic_hiring_opening_gives_a_title_with_the_job_and_place() -> None:
    master = (
        "We're hiring! The Harbour Kitchen in Whitstable is looking for a line cook, full "
        "time, from 1 June. Send your CV to jobs@harbourkitchen.example by 20 May."
    )
    (variant,) = adapt(master, lang="en", networks=["blog"], languagetool="off").variants
    paragraphs = variant.text.split("\n\n")
    assert paragraphs[0] == "# Line cook wanted at The Harbour Kitchen, Whitstable"
    # The standfirst of a job ad with a way to apply (blog_opening.py), then the lead: the
    # news, not the opening the title replaced.
    assert paragraphs[1] == "Here is the role and how to apply."
    assert paragraphs[2].startswith("The Harbour Kitchen in Whitstable is looking")


def test_a_headline_the_article_opens_on_is_not_its_lead_too() -> None:
    master = (
        "Soirée live sur le sable ! Le groupe Les Pieds Salés jouera au Cabanon Beach Club le "
        "samedi 10 juillet à partir de 20 h 30. Réservez votre table au 04 94 26 71 38."
    )
    (variant,) = adapt(master, lang="fr", networks=["blog"], languagetool="off").variants
    paragraphs = variant.text.split("\n\n")
    assert paragraphs[0] == "# Soirée live sur le sable"
    assert paragraphs[1].startswith("Le groupe Les Pieds Salés jouera")
