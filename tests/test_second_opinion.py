"""The second opinion: an unreliable LanguageTool French rule stands only when a second
checker flags the same words. Unit tests on findings, then the real LanguageTool server
and the real Grammalecte."""

from __future__ import annotations

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.checks.second_opinion import (
    MIN_PRECISION,
    NOTE,
    Reliability,
    reliability,
    weigh,
)
from brandvoice.findings import Category, Finding, Report, Severity

from .conftest import require_grammalecte

UNRELIABLE = next(
    rule for rule, measured in reliability("fr").items() if measured.needs_second_opinion
)


def _lt(
    rule: str, offset: int = 10, length: int = 5, category: Category = Category.GRAMMAR
) -> Finding:
    return Finding(
        f"languagetool.{rule}", category, Severity.ERROR, offset, length, "msg.", (), "languagetool"
    )


def _other(
    offset: int, length: int, category: Category, severity: Severity = Severity.ERROR
) -> Finding:
    return Finding(
        "grammalecte.gn.gn_accord", category, severity, offset, length, "msg.", (), "grammalecte"
    )


def test_the_measurements_load_and_name_rules_needing_a_second_opinion() -> None:
    measured = reliability("fr")
    assert measured, "data/languagetool-reliability-fr.yaml is missing or empty"
    for rule, counts in measured.items():
        assert rule.isupper(), rule
        assert counts.false_alarms > 0, rule
    assert reliability("en") == {}  # nothing measured: English findings stand


@pytest.mark.parametrize(
    ("counts", "needs"),
    [
        (Reliability(matched_errors=0, false_alarms=1), True),
        (Reliability(matched_errors=8, false_alarms=2), True),  # 0.8 < 0.9
        (Reliability(matched_errors=9, false_alarms=1), False),  # right nine times in ten
        (Reliability(matched_errors=3, false_alarms=0), False),  # never wrong
    ],
)
def test_a_rule_needs_a_second_opinion_below_the_precision_threshold(
    counts: Reliability, needs: bool
) -> None:
    assert MIN_PRECISION == 0.9
    assert counts.needs_second_opinion is needs


def test_an_unconfirmed_match_of_an_unreliable_rule_is_advice() -> None:
    [weighed] = weigh([_lt(UNRELIABLE)], [], "fr")
    assert weighed.severity is Severity.INFO
    assert weighed.message == "msg." + NOTE
    assert weighed.rule == f"languagetool.{UNRELIABLE}"  # still silenceable by its id


@pytest.mark.parametrize(
    ("confirming", "confirmed"),
    [
        (_other(12, 3, Category.GRAMMAR), True),
        (_other(12, 3, Category.SPELLING), True),
        (_other(0, 10, Category.GRAMMAR), False),  # next to it, not on it
        (_other(12, 3, Category.TYPOGRAPHY), False),  # another problem
        (_other(12, 3, Category.GRAMMAR, Severity.INFO), False),  # advice confirms nothing
    ],
)
def test_only_a_grammar_finding_on_the_same_words_confirms(
    confirming: Finding, confirmed: bool
) -> None:
    [weighed] = weigh([_lt(UNRELIABLE)], [confirming], "fr")
    assert (weighed.severity is Severity.ERROR) is confirmed


def test_reliable_unmeasured_and_non_grammar_findings_stand() -> None:
    reliable = next(rule for rule, m in reliability("fr").items() if not m.needs_second_opinion)
    standing = [
        _lt(reliable),
        _lt("A_RULE_NEVER_MEASURED"),
        _lt(UNRELIABLE, category=Category.TYPOGRAPHY),
    ]
    assert weigh(standing, [], "fr") == standing
    assert weigh([_lt(UNRELIABLE)], [], "en") == [_lt(UNRELIABLE)]


# --- The real checkers ------------------------------------------------------------------

_OFF = ["length", "terminology", "register", "style", "readability"]


def _severities(report: Report) -> dict[tuple[str, str], str]:
    return {
        (f.rule, report.text[f.offset : f.offset + f.length]): str(f.severity)
        for f in report.findings
        if f.source == "languagetool"
    }


@pytest.fixture(scope="module")
def checkers(languagetool_backend: object) -> tuple[Checker, Checker]:
    require_grammalecte()
    return (
        Checker(disable=_OFF, languagetool="required"),
        Checker(disable=_OFF, languagetool="required", second_opinion=False),
    )


def _check(checker: Checker, text: str) -> Report:
    return checker.check(CheckRequest(text, "expert-blog", "blog", "fr"))


@pytest.mark.integration
def test_correct_french_flagged_by_languagetool_alone_is_advice(
    checkers: tuple[Checker, Checker],
) -> None:
    # « venir déguisé » is right; LanguageTool's FAIRE_VPPA reads « vint » as a modal verb.
    assert reliability("fr")["FAIRE_VPPA"].needs_second_opinion
    text = "Il vint déguisé en mousquetaire à la soirée."
    weighed, raw = (_check(c, text) for c in checkers)
    assert _severities(raw) == {("languagetool.FAIRE_VPPA", "déguisé"): "error"}
    assert _severities(weighed) == {("languagetool.FAIRE_VPPA", "déguisé"): "info"}
    assert weighed.summary.errors == 0


@pytest.mark.integration
def test_an_error_both_checkers_see_stays_an_error(checkers: tuple[Checker, Checker]) -> None:
    measured = reliability("fr")
    assert measured["ETRE_VPPA_OU_ADJ"].needs_second_opinion
    assert measured["J_N"].needs_second_opinion
    text = "Les clients sont venu nombreux samedi."
    assert _severities(_check(checkers[0], text)) == {
        ("languagetool.ETRE_VPPA_OU_ADJ", "venu"): "error",  # Grammalecte sees it too
        ("languagetool.J_N", "samedi"): "info",  # LanguageTool alone, and wrong
    }


@pytest.mark.integration
def test_without_grammalecte_languagetool_stands(languagetool_backend: object) -> None:
    checker = Checker(disable=[*_OFF, "grammalecte"], languagetool="required")
    report = _check(checker, "Il vint déguisé en mousquetaire à la soirée.")
    assert _severities(report) == {("languagetool.FAIRE_VPPA", "déguisé"): "error"}


@pytest.mark.integration
def test_a_configured_severity_has_the_last_word(languagetool_backend: object) -> None:
    require_grammalecte()
    checker = Checker(
        disable=_OFF, languagetool="required", severity={"languagetool.FAIRE_VPPA": "error"}
    )
    report = _check(checker, "Il vint déguisé en mousquetaire à la soirée.")
    assert _severities(report) == {("languagetool.FAIRE_VPPA", "déguisé"): "error"}


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        # Found in our corpus of real mistakes: LanguageTool's rule alone was advice there;
        # brandvoice's own rule now flags the same words, so the error stands.
        ("Si vous hésiter encore, venez.", "VOUS_NOUS_NON_VERBE", "hésiter"),
        ("Nous sommes ouverts de 8 h a 19 h.", "A_A_ACCENT2", "a"),
        # From LanguageTool's French examples (development half), confirmed by
        # grammar.fr-participle-after-avoir and grammar.fr-homophone.
        ("Isabelle a mangée des huîtres.", "AUX_AVOIR", "mangée"),
        ("Elle peut-être ennuyeuse.", "SUJET_AUXILIAIRE", "peut-être"),
    ],
)
def test_errors_the_second_opinion_hid_are_errors(
    checkers: tuple[Checker, Checker], text: str, rule: str, span: str
) -> None:
    assert reliability("fr")[rule].needs_second_opinion
    report = _check(checkers[0], text)
    assert any(
        report.text[f.offset : f.offset + f.length] == span and f.severity is Severity.ERROR
        for f in report.findings
    )


@pytest.mark.integration
def test_a_remark_on_register_is_advice(checkers: tuple[Checker, Checker]) -> None:
    # « vous venez quand ? » is right in a casual post; LanguageTool calls it familiar.
    report = _check(checkers[0], "Les cours reprennent lundi. Alors, vous venez quand ?")
    assert _severities(report).get(("languagetool.POSER_UNE_QUESTION", "vous venez quand")) in (
        "info",
        None,
    )
    assert report.summary.errors == 0
