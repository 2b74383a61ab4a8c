"""The parse downgrade: LanguageTool's « a » → « à » becomes advice where spaCy's parse
reads « a » as the verb avoir with a noun subject and an object (« la boutique a la
joie »), and stays an error where it does not (« le retour a la vie normale »). Unit tests
on the real French parse, then the real LanguageTool server."""

from __future__ import annotations

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked
from brandvoice.checks.parse_downgrades import NOTE, avoir_with_object, downgrade
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Finding, Severity

# (text, whether its « a » is the verb avoir with a subject and an object)
AVOIR = [
    ("La boutique a la joie de vous annoncer une nouvelle.", True),
    ("L'équipe a la joie de vous accueillir.", True),
    ("Le chef a la passion du pain.", True),
    ("Le retour a la vie normale est difficile.", False),  # LanguageTool's own example
    ("Un voyage a la mer vous attend.", False),  # « la mer » is no object of « a »
    ("La boutique a la rentrée sera ouverte.", False),
    ("Nous allons a la plage.", False),  # no noun subject
]


def _a(text: str) -> int:
    return text.index(" a ") + 1


@pytest.mark.parametrize(("text", "avoir"), AVOIR)
def test_the_parse_tells_avoir_from_a_missing_accent(text: str, avoir: bool) -> None:
    assert avoir_with_object(text, _a(text)) is avoir


def _languagetool(text: str) -> Finding:
    return Finding(
        "languagetool.A_ACCENT",
        Category.GRAMMAR,
        Severity.ERROR,
        _a(text),
        1,
        "Une préposition semble plus appropriée.",
        ("à",),
        "languagetool",
    )


def _checked(text: str) -> Checked:
    voice, network = resolve_target(None, None)
    return Checked(CheckContext(text, "fr", voice, network, [(0, len(text))]), frozenset())


@pytest.mark.parametrize(("text", "avoir"), AVOIR)
def test_only_a_finding_the_parse_proves_wrong_is_advice(text: str, avoir: bool) -> None:
    [weighed] = downgrade([_languagetool(text)], _checked(text))
    assert (weighed.severity is Severity.INFO) is avoir
    assert weighed.message.endswith(NOTE) is avoir


def test_a_finding_another_checker_confirms_stays_an_error() -> None:
    text = AVOIR[0][0]
    other = Finding(
        "grammalecte.conf_a_à", Category.GRAMMAR, Severity.ERROR, _a(text), 1, "à ?", ("à",),
        "grammalecte",
    )  # fmt: skip
    weighed = downgrade([_languagetool(text), other], _checked(text))
    assert [f.severity for f in weighed] == [Severity.ERROR, Severity.ERROR]


def test_english_and_other_findings_are_left_alone() -> None:
    text = AVOIR[0][0]
    voice, network = resolve_target(None, None)
    english = Checked(CheckContext(text, "en", voice, network, [(0, len(text))]), frozenset())
    assert downgrade([_languagetool(text)], english)[0].severity is Severity.ERROR
    spelling = Finding(
        "languagetool.MORFOLOGIK_RULE_FR_FR", Category.SPELLING, Severity.ERROR, _a(text), 1,
        "Faute ?", ("à",), "languagetool",
    )  # fmt: skip
    assert downgrade([spelling], _checked(text)) == [spelling]


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # From our corpus: LanguageTool's A_ACCENT reads « a la joie » as « à la joie ».
        ("Bonne nouvelle : la boutique a la joie de vous annoncer l'arrivée de Léa.", "info"),
        ("Le retour a la vie normale est difficile.", "error"),
    ],
)
def test_languagetool_a_accent_on_avoir_is_advice(
    languagetool_backend: object, text: str, severity: str
) -> None:
    checker = Checker(
        disable=["length", "terminology", "register", "style", "readability", "grammalecte"],
        languagetool="required",
    )
    report = checker.check(CheckRequest(text, "expert-blog", "blog", "fr"))
    found = [f for f in report.findings if text[f.offset : f.offset + f.length] == "a"]
    assert [(f.rule, str(f.severity)) for f in found] == [("languagetool.A_ACCENT", severity)]
