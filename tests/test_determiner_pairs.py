"""« choisissez le ou les ateliers »: a finding asking to hyphen « le » to the verb becomes
advice when « le » opens a pair of determiners (« le ou les »), whoever made it; a real
object pronoun keeps its error."""

from __future__ import annotations

import pytest

from brandvoice.checks.context import CheckContext
from brandvoice.checks.determiner_pairs import NOTE, weigh
from brandvoice.checks.filters import Checked
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity


def _hyphen_asked(text: str, span: str, source: str = "languagetool") -> Finding:
    start = text.index(span)
    verb, pronoun = span.rsplit(" ", 1)
    return Finding(
        f"{source}.IMP_PRON",
        Category.GRAMMAR,
        Severity.ERROR,
        start,
        len(span),
        "Un trait d’union est nécessaire.",
        (f"{verb}-{pronoun}",),
        source=source,
    )


def _weighed(text: str, finding: Finding, lang: str = "fr") -> Finding:
    voice, network = resolve_target(None, None)
    ctx = CheckContext(text, lang, voice, network, [(0, len(text))])  # type: ignore[arg-type]
    (weighed,) = weigh([finding], Checked(ctx, frozenset()))
    return weighed


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Choisissez le ou les ateliers qui vous plaisent.", "Choisissez le", "languagetool"),
        ("Réservez la ou les dates de votre choix.", "Réservez la", "languagetool"),
        ("renommer la ou les fonctions", "renommer la", "grammalecte"),
        ("Invitez les ou l’un de vos amis.", "Invitez les", "languagetool"),
    ],
)
def test_a_determiner_pair_is_no_object_pronoun(text: str, span: str, source: str) -> None:
    weighed = _weighed(text, _hyphen_asked(text, span, source))
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prends les ou laisse-les.", "Prends les"),  # « laisse » is no determiner
        ("Ta robe, prends la ou je la donne.", "prends la"),
        ("Choisissez le vite.", "Choisissez le"),
    ],
)
def test_an_object_pronoun_keeps_its_error(text: str, span: str) -> None:
    assert _weighed(text, _hyphen_asked(text, span)).severity is Severity.ERROR


def test_english_texts_are_left_alone() -> None:
    text = "Choisissez le ou les ateliers."
    assert _weighed(text, _hyphen_asked(text, "Choisissez le"), "en").severity is Severity.ERROR


def _agreement(text: str, span: str, rule: str = "grammalecte.gn.gn_une_1m") -> Finding:
    return Finding(
        rule,
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(span),
        len(span),
        "Accord de genre erroné.",
        source="grammalecte",
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nous cherchons un ou une apprenti(e) boulanger !", "une"),
        ("Nous cherchons un ou une apprenti(e) boulanger !", "apprenti"),
        ("Nous cherchons un ou une chef de projet digital.", "chef"),
        ("Contactez le ou la responsable du magasin.", "responsable"),
    ],
)
def test_a_gender_pair_agrees_with_its_first_determiner(text: str, span: str) -> None:
    weighed = _weighed(text, _agreement(text, span))
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span", "rule"),
    [
        ("Nous cherchons une apprenti boulanger.", "une", "grammalecte.gn.gn_une_1m"),
        # not an agreement finding: the pair does not excuse it
        ("Nous cherchons un ou une apprenti boulanger.", "une", "grammalecte.conf.x"),
        # the first determiner is not excused
        ("Nous cherchons un ou une chef.", "un", "grammalecte.gn.gn_un_1m"),
    ],
)
def test_an_agreement_error_outside_a_pair_stays(text: str, span: str, rule: str) -> None:
    assert _weighed(text, _agreement(text, span, rule)).severity is Severity.ERROR
