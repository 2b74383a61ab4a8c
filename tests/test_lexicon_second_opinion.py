"""LanguageTool's French spelling finding on a word Grammalecte's dictionary has
(« Célimène ») is advice when Grammalecte checked the text; a typo both dictionaries
lack stays an error, and without Grammalecte the finding stands."""

from __future__ import annotations

import pytest

from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked
from brandvoice.checks.lexicon_second_opinion import NOTE, weigh
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity
from brandvoice.grammalecte import GrammalecteUnavailable, get_engine


def _grammalecte_installed() -> bool:
    try:
        get_engine()
    except GrammalecteUnavailable:
        return False
    return True


pytestmark = pytest.mark.skipif(not _grammalecte_installed(), reason="needs Grammalecte")


def _weighed(text: str, word: str, checkers: frozenset[str]) -> Finding:
    finding = Finding(
        "languagetool.FR_SPELLING_RULE",
        Category.SPELLING,
        Severity.ERROR,
        text.index(word),
        len(word),
        "Faute de frappe possible trouvée.",
        source="languagetool",
    )
    voice, network = resolve_target(None, None)
    ctx = CheckContext(text, "fr", voice, network, [(0, len(text))])
    (weighed,) = weigh([finding], Checked(ctx, checkers))
    return weighed


BOTH = frozenset({"languagetool", "grammalecte"})


def test_a_word_grammalecte_knows_is_advice() -> None:
    weighed = _weighed("Célimène, écoutez-moi.", "Célimène", BOTH)
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize("word", ["Acceuil", "Malgrés", "aveuglememt", "\ufb01n", "1ere"])
def test_a_typo_stays_an_error(word: str) -> None:
    assert _weighed(f"{word} de la boutique.", word, BOTH).severity is Severity.ERROR


def test_without_grammalecte_the_finding_stands() -> None:
    text = "Célimène, écoutez-moi."
    weighed = _weighed(text, "Célimène", frozenset({"languagetool"}))
    assert weighed.severity is Severity.ERROR
