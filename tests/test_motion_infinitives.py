"""« Allons nous promener »: a hyphen asked between a verb of movement and the pronoun of
the infinitive after it is advice outside a question; a question, an imperative with no
infinitive after its pronoun and a modal verb keep their finding."""

from __future__ import annotations

import pytest

from brandvoice.checks.motion_infinitives import NOTE, weigh
from brandvoice.findings import Category, Finding, Severity

from .conftest import checked_text


def _weighed(text: str, span: str) -> Finding:
    finding = Finding(
        "languagetool.TRAIT_UNION_INVERSION",
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(span),
        len(span),
        "Le sujet est lié au verbe par un trait d’union dans une phrase interrogative.",
        (span.replace(" ", "-"),),
        source="languagetool",
    )
    (weighed,) = weigh([finding], checked_text(text))
    return weighed


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Allons nous promener au bord du lac.", "Allons nous"),
        ("Venez vous détendre au spa ce week-end !", "Venez vous"),
        ("partons nous détendre à la montagne", "partons nous"),
    ],
)
def test_the_pronoun_of_an_infinitive_after_a_verb_of_movement_is_advice(
    text: str, span: str
) -> None:
    weighed = _weighed(text, span)
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Allons nous partir demain ?", "Allons nous"),  # a question
        ("Retrouvons nous samedi au marché.", "Retrouvons nous"),  # no verb of movement
        ("Passez nous samedi au marché.", "Passez nous"),  # no infinitive after
        ("Voulez vous venir samedi.", "Voulez vous"),  # a modal's question
    ],
)
def test_other_hyphens_keep_their_severity(text: str, span: str) -> None:
    assert _weighed(text, span).severity is Severity.ERROR
