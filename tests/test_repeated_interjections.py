"""« ah ah », « toc toc »: an interjection said twice on purpose is no slip; a repeat
finding on it becomes advice, « le le » keeps its error."""

from __future__ import annotations

import pytest

from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked
from brandvoice.checks.repeated_interjections import NOTE, weigh
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity


def _weighed(text: str, span: str, lang: str = "fr") -> Finding:
    finding = Finding(
        "grammalecte.notype.doublon",
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(span),
        len(span),
        "Doublon.",
        source="grammalecte",
    )
    voice, network = resolve_target(None, None)
    ctx = CheckContext(text, lang, voice, network, [(0, len(text))])  # type: ignore[arg-type]
    (weighed,) = weigh([finding], Checked(ctx, frozenset()))
    return weighed


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bizarre, ah ah. C'était sympa !", "ah ah"),
        ("Toc toc, qui est là ?", "Toc toc"),
        ("Miam-miam, la tarte est prête.", "Miam-miam"),
    ],
)
def test_an_interjection_twice_is_advice(text: str, span: str) -> None:
    weighed = _weighed(text, span)
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span"),
    [("Il mange le le chat.", "le le"), ("C'est très très bon.", "très très")],
)
def test_a_slip_keeps_its_error(text: str, span: str) -> None:
    assert _weighed(text, span).severity is Severity.ERROR


def test_english_texts_are_left_alone() -> None:
    assert _weighed("ah ah", "ah ah", "en").severity is Severity.ERROR
