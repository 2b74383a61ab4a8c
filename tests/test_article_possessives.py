"""« le son issu de ces basses »: LanguageTool's finding on the word after an article and a
possessive is advice unless another checker confirms it; a possessive with no article
before it keeps the finding."""

from __future__ import annotations

from brandvoice.checks.article_possessives import NOTE, weigh
from brandvoice.findings import Category, Finding, Severity

from .conftest import checked_text


def _finding(text: str, word: str, source: str = "languagetool") -> Finding:
    return Finding(
        f"{source}.D_N_E_OU_E",
        Category.GRAMMAR,
        Severity.ERROR,
        text.index(word),
        len(word),
        f"Le déterminant s’accorde avec le nom « {word} ».",
        (word + "e",),
        source=source,
    )


def _weighed(text: str, findings: list[Finding]) -> list[Finding]:
    return weigh(findings, checked_text(text))


def test_the_word_after_an_article_and_a_possessive_is_advice() -> None:
    for text in ("Le son issu de ces basses est trop fort.", "Ne fais rien avec le leur issu."):
        (weighed,) = _weighed(text, [_finding(text, "issu")])
        assert weighed.severity is Severity.INFO
        assert weighed.message.endswith(NOTE)


def test_a_possessive_without_an_article_keeps_the_finding() -> None:
    text = "Voici son issu de secours."
    (weighed,) = _weighed(text, [_finding(text, "issu")])
    assert weighed.severity is Severity.ERROR


def test_a_finding_another_checker_confirms_keeps_its_severity() -> None:
    text = "Le son issu de ces basses est trop fort."
    weighed = _weighed(text, [_finding(text, "issu"), _finding(text, "issu", "grammalecte")])
    assert weighed[0].severity is Severity.ERROR
