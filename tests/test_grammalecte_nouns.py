"""Grammalecte's readings of a shop's nouns as other words (« un atelier découverte »,
« à moitié prix », « trois savons parfumés ») become advice; the same rules on real
errors keep their severity."""

from __future__ import annotations

import pytest

from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked
from brandvoice.checks.grammalecte_nouns import NOTE, weigh
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity


def _finding(text: str, span: str, rule: str) -> Finding:
    return Finding(
        f"grammalecte.{rule}",
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(span),
        len(span),
        "Accord erroné.",
        source="grammalecte",
    )


def _weighed(text: str, finding: Finding, lang: str = "fr") -> Finding:
    voice, network = resolve_target(None, None)
    ctx = CheckContext(text, lang, voice, network, [(0, len(text))])  # type: ignore[arg-type]
    (weighed,) = weigh([finding], Checked(ctx, frozenset()))
    return weighed


@pytest.mark.parametrize(
    ("text", "span", "rule"),
    [
        ("Nous proposons un atelier découverte le samedi.", "découverte", "gn.gn_un_2m"),
        ("Goûtez notre menu découverte à 25 €.", "menu", "gn.gn_det_epi_sing_2m"),
        ("Goûtez notre menu découverte à 25 €.", "découverte", "gn.gn_det_epi_sing_2m"),
        ("Et un parfum surprise réservé au premier jour.", "surprise", "gn.gn_un_2m"),
        ("Nos ateliers dégustation reprennent.", "dégustation", "gn.gn_les_2m"),
        ("Tous les livres sont à moitié prix.", "prix", "conf.conf_pris_prix"),
        ("Nos pulls sont à petit prix.", "prix", "conf.conf_pris_prix"),
        ("Trois savons parfumés à la lavande.", "parfumés", "infi.infi_savoir"),
        ("Nos savons saponifiés à froid sont là.", "saponifiés", "infi.infi_savoir"),
        # An English job title: its head is the English noun, its gender the person's.
        ("Nous recrutons un motion designer en CDI.", "un", "gn.gn_un_1m"),
        ("Elle devient notre growth manager.", "notre", "gn.gn_det_1m"),
    ],
)
def test_a_noun_misread_is_advice(text: str, span: str, rule: str) -> None:
    weighed = _weighed(text, _finding(text, span, rule))
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span", "rule"),
    [
        # « surprise » after a determiner or « être » is the participle: it agrees
        ("Il est surprise par la pluie.", "surprise", "gn.gn_un_2m"),
        ("un homme grande", "grande", "gn.gn_un_2m"),
        ("Il a été prix au piège.", "prix", "conf.conf_pris_prix"),
        ("Nous savons parlés.", "parlés", "infi.infi_savoir"),
        # another rule on the same words
        ("un atelier découverte", "découverte", "conf.conf_x"),
        # a French adjective in a title's place is flagged on its own word
        ("Un belle designer.", "belle", "gn.gn_un_1m"),
        ("Une joli manager.", "Une", "gn.gn_une_1m"),
    ],
)
def test_real_errors_keep_their_severity(text: str, span: str, rule: str) -> None:
    assert _weighed(text, _finding(text, span, rule)).severity is Severity.ERROR


def test_english_texts_are_left_alone() -> None:
    text = "un atelier découverte"
    finding = _finding(text, "découverte", "gn.gn_un_2m")
    assert _weighed(text, finding, "en").severity is Severity.ERROR


def test_through_grammalecte_an_english_title_is_advice_a_french_adjective_an_error() -> None:
    # Through the real Grammalecte: « motion » is feminine in French, « belle » agrees.
    from brandvoice import check

    def grammalecte(text: str) -> list[tuple[str, Severity]]:
        report = check(text, lang="fr", languagetool="off")
        return [
            (text[f.offset : f.offset + f.length], f.severity)
            for f in report.findings
            if f.rule.startswith("grammalecte.gn.")
        ]

    assert grammalecte("Nous recrutons un motion designer en CDI.") == [("un", Severity.INFO)]
    assert ("belle", Severity.ERROR) in grammalecte("Nous recrutons un belle designer.")
