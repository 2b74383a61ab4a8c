"""A recall's notice and an incident's post on Facebook and Instagram
(brandvoice.adaptation.realise.notice): its examples, and where the layout sets it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.fidelity import broken_sentences
from brandvoice.adaptation.realise.notice import (
    EXAMPLES,
    NoticeExample,
    incident_notice,
    recall_notice,
)
from brandvoice.adaptation.realise.repeats import repeats
from brandvoice.understand import understand

CONFITURE = (
    "RAPPEL PRODUIT – Confiture d'abricots 370 g\n"
    "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture d'abricots des "
    "lots L2604 et L2605 (DLUO 03/2028), vendus dans notre boutique de Carpentras et sur les "
    "marchés de Vaucluse entre le 1er et le 20 mars 2026. Un défaut de fermeture des couvercles "
    "peut entraîner le développement de moisissures.\n"
    "Ne consommez pas ces pots et rapportez-les à la boutique ou sur notre stand du marché : ils "
    "vous seront remboursés. Les autres parfums et les autres lots ne sont pas concernés.\n"
    "Contact : 04 90 63 18 22."
)
TOMME = (
    "⚠️ Rappel : tomme de chèvre fermière. Suite à un autocontrôle, la présence de Listeria "
    "monocytogenes a été détectée sur un lot de notre tomme de chèvre (lot 118, date limite "
    "12/06). Ne consommez pas ce fromage. Vous pouvez le rapporter à la fromagerie ou au marché "
    "de Crest le mardi, il vous sera remboursé."
)
DAY = dt.date(2026, 3, 25)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.pieces[0][:40])
def test_notice_examples(example: NoticeExample) -> None:
    read = incident_notice if example.incident else recall_notice
    assert read(list(example.pieces), example.lang) == example.expected


def test_without_emoji_to_spare_the_notice_has_no_warning_sign_and_an_arrow() -> None:
    example = EXAMPLES[0]
    notice = recall_notice(list(example.pieces), "fr", emoji=False)
    assert notice is not None
    assert notice.heading == "Rappel produit – Confiture d'abricots 370 g"
    assert notice.paragraphs[0].startswith("→ Ne consommez pas")


def _variants(master: str, networks: list[str]) -> dict[str, str]:
    adaptation = adapt(
        master,
        voices=["casual-facebook", "corporate"],
        networks=networks,
        lang="fr",
        date=DAY,
        languagetool="off",
    )
    return {f"{v.voice}/{v.network}": v.text for v in adaptation.variants}


def test_a_recall_on_facebook_and_instagram_is_a_notice_and_nowhere_else() -> None:
    texts = _variants(CONFITURE, ["facebook", "instagram", "x", "website"])
    for key in ("casual-facebook/facebook", "casual-facebook/instagram"):
        text = texts[key]
        assert text.startswith("⚠️ Rappel produit – Confiture d'abricots 370\u202fg\n\n")
        assert "\nLots L2604 et L2605 (DLUO 03/2028)\n" in text
        assert "Risque\u202f: moisissures (défaut de fermeture des couvercles)" in text
        assert "\n👉 Ne consommez pas ces pots" in text
        # The recall's sentence is said by the heading and the lines: it leaves the body.
        assert "on rappelle" not in text
    # X fits its own form, the press note keeps its sentences.
    assert "\nLots L2604" not in texts["casual-facebook/x"]
    assert "\nLots L2604" not in texts["corporate/website"]


def test_the_action_line_keeps_the_day_of_its_second_sentence() -> None:
    # practical-repeats once read "le mardi" as a repeat of the 👉 line it is in.
    text = _variants(TOMME, ["facebook"])["casual-facebook/facebook"]
    assert "\nLot 118 (date limite 12/06)" in text
    assert "au marché de Crest le mardi." in text
    assert "(lot 118" not in text


def test_the_call_to_action_keeps_the_address_the_action_line_gives() -> None:
    # practical-repeats once took "sav@…" from « Une question ? sav@… » as a repeat of the
    # 👉 line, leaving the question unanswered.
    master = (
        "Parents, une info importante. Certains hochets « Nuage » peuvent perdre leur perle. "
        "Si vous en avez un, renvoyez-le-nous via sav@atelier.example."
    )
    post = (
        "Parents, une info importante.\n\nCertains hochets « Nuage » peuvent perdre leur "
        "perle.\n\n👉 Si vous en avez un, renvoyez-le-nous via sav@atelier.example.\n\n"
        "Une question ? sav@atelier.example."
    )
    found = repeats(post, understand(master, "fr", date=DAY))
    assert not [r for r in found if "sav@" in post[r.start : r.end]]


# Recall posts of shops, producers and brands of several countries, written for this test
# apart from the benchmark's masters (tests/data/recall-masters.yaml).
RECALL_MASTERS = yaml.safe_load(
    (Path(__file__).parent / "data" / "recall-masters.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("master", RECALL_MASTERS, ids=lambda m: m["id"])
def test_every_recall_post_of_the_set_is_a_notice_naming_its_product(
    master: dict[str, str],
) -> None:
    adaptation = adapt(
        master["text"],
        voices=["casual-facebook"],
        networks=["facebook"],
        lang=master["lang"],
        date=dt.date(2026, 12, 7),
        languagetool="off",
    )
    text = adaptation.variants[0].text
    heading = text.split("\n", 1)[0]
    assert heading.startswith("⚠️ "), heading
    # The French typography's narrow spaces inside « » are no other words.
    words = " ".join(heading.split()).casefold()
    assert " ".join(master["product"].split()).casefold() in words, heading
    assert not broken_sentences(text, master["text"])
