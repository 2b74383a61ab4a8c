"""« Nos horaires ⏎ Lundi : fermé »: a finding that only lowercases a word opening a line
is advice; the same capital inside a line keeps its finding."""

from __future__ import annotations

import pytest

from brandvoice.checks.line_starts import NOTE, weigh
from brandvoice.findings import Category, Finding, Severity

from .conftest import checked_text


def _weighed(text: str, span: str, fix: str) -> Finding:
    finding = Finding(
        "languagetool.JOURS",
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(span),
        len(span),
        "Les jours de la semaine s’écrivent sans majuscule.",
        (fix,),
        source="languagetool",
    )
    (weighed,) = weigh([finding], checked_text(text))
    return weighed


@pytest.mark.parametrize(
    "text",
    [
        "Nos horaires\nLundi : fermé\nMardi au samedi : 9 h - 19 h",
        "Le moulin tourne 🫒\nLundi 28 novembre, venez goûter l'huile.",
        "Horaires :\n• Lundi : fermé",
    ],
)
def test_a_capital_opening_a_line_is_advice(text: str) -> None:
    weighed = _weighed(text, "Lundi", "lundi")
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Nous sommes ouverts le Lundi.", "lundi"),  # inside a line
        ("Nos horaires\nLundi : fermé", "Mardi"),  # not only a lowercase
    ],
)
def test_other_findings_keep_their_severity(text: str, fix: str) -> None:
    assert _weighed(text, "Lundi", fix).severity is Severity.ERROR
