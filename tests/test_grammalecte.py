"""Grammalecte as a second French grammar checker: the real engine (Debian's
python3-grammalecte, installed by the README's test command), no stand-in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from brandvoice.checks import Checker, CheckRequest
from brandvoice.checks.backends.grammalecte import rule_name, to_finding
from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked, drop_grammalecte_repeats
from brandvoice.checks.runner import resolve_target
from brandvoice.findings import Category, Report
from brandvoice.grammalecte import GrammalecteError, engine, find_package

from .conftest import ROOT, require_grammalecte


@pytest.fixture(scope="module")
def offline_checker() -> Checker:
    """Our rules and Grammalecte, without LanguageTool: what Grammalecte adds is visible."""
    require_grammalecte()
    return Checker(languagetool="off")


def _check(checker: Checker, text: str, lang: str = "fr") -> Report:
    return checker.check(CheckRequest(text, "expert-blog", "blog", lang))


def _flagged(report: Report, source: str = "grammalecte") -> list[tuple[str, str]]:
    return [
        (f.rule, report.text[f.offset : f.offset + f.length])
        for f in report.findings
        if f.source == source
    ]


@pytest.mark.parametrize(
    ("text", "group", "word", "fix"),
    [
        ("Il faut qu'il vient demain.", "vmode", "vient", "vienne"),
        ("Les enfant jouent dans le jardin.", "gn", "enfant", "enfants"),
        ("Je vous est envoyé le programme.", "conj", "est", "ai"),
        ("Quand à nous, nous serons là.", "conf", "Quand", "Quant"),
    ],
)
def test_grammalecte_finds_what_the_other_checks_miss(
    offline_checker: Checker, text: str, group: str, word: str, fix: str
) -> None:
    report = _check(offline_checker, text)
    assert any(b.startswith("grammalecte:") for b in report.backends)
    found = [f for f in report.findings if f.source == "grammalecte"]
    assert [(f.rule.split(".")[1], text[f.offset : f.offset + f.length]) for f in found] == [
        (group, word)
    ]
    assert found[0].category is Category.GRAMMAR
    assert fix in found[0].replacements


def test_offsets_hold_across_paragraphs(offline_checker: Checker) -> None:
    text = "Bonjour à tous.\n\nLes enfant jouent.\nIl faut qu'il vient."
    flagged = [word for _, word in _flagged(_check(offline_checker, text))]
    assert flagged == ["enfant", "vient"]


def test_entities_are_never_flagged(offline_checker: Checker) -> None:
    text = (
        "Rendez-vous sur https://example.fr/les-enfant-joue avec #LesEnfantJoue, "
        "@les_enfant et contact@les-enfant.fr 😀"
    )
    assert _flagged(_check(offline_checker, text)) == []


def test_typography_is_left_to_our_profile_aware_rules(offline_checker: Checker) -> None:
    # A straight apostrophe, no no-break space before « : », "..." : Grammalecte's
    # typography options are off; our typography rules decide per voice profile.
    report = _check(offline_checker, "L'équipe vous attend : venez nombreux...")
    assert _flagged(report) == []


def test_english_texts_do_not_run_it(offline_checker: Checker) -> None:
    report = _check(offline_checker, "The children plays in the garden.", lang="en")
    assert not any(b.startswith("grammalecte") for b in report.backends)


def test_it_can_be_disabled_whole_or_by_group(offline_checker: Checker) -> None:
    text = "Les enfant jouent. Il faut qu'il vient."
    whole = _check(Checker(languagetool="off", disable=["grammalecte"]), text)
    assert not any(b.startswith("grammalecte") for b in whole.backends)
    assert _flagged(whole) == []
    group = _check(Checker(languagetool="off", disable=["grammalecte.gn"]), text)
    assert [word for _, word in _flagged(group)] == ["vient"]


def test_a_finding_already_made_is_not_repeated(offline_checker: Checker) -> None:
    # Our own attribute-agreement rule flags « parti »; Grammalecte's agreeing finding on
    # the same word is the same problem and is dropped.
    report = _check(offline_checker, "Les filles sont parti à la plage.")
    on_parti = [f for f in report.findings if report.text[f.offset : f.offset + 5] == "parti"]
    assert [f.rule for f in on_parti] == ["grammar.fr-attribute-agreement"]


def test_rule_ids_are_group_and_rule_without_branch_or_accents() -> None:
    error = GrammalecteError(
        0, 5, "gv1__ppas_sujet_être_accord_pluriel__b1_a2_1", "ppas", "Accord erroné", ("x",)
    )
    assert rule_name(error) == "grammalecte.ppas.ppas_sujet_etre_accord_pluriel"
    regex_rule = GrammalecteError(0, 1, "conf_quant_quand_qu_en", "conf", "m", ())
    assert rule_name(regex_rule) == "grammalecte.conf.conf_quant_quand_qu_en"


@pytest.mark.parametrize(
    ("rule_id", "category"),
    [
        ("num_grand_nombre_avec_espaces", Category.TYPOGRAPHY),
        ("typo_guillemets_doubles_ouvrants_non_fermes", Category.TYPOGRAPHY),
        ("eepi_ecriture_epicene_pluriel", Category.STYLE),
        ("doublon", Category.GRAMMAR),
    ],
)
def test_a_rule_outside_every_option_is_classed_by_its_name(
    rule_id: str, category: Category
) -> None:
    assert to_finding(GrammalecteError(0, 5, rule_id, "notype", "m", ())).category is category


def test_a_large_number_with_plain_spaces_is_typography_not_a_grammar_error(
    offline_checker: Checker,
) -> None:
    report = _check(offline_checker, "Plus de 1 200 clients nous font confiance.")
    found = [f for f in report.findings if f.source == "grammalecte"]
    # Typography, and advice: its fix only changes the kind of space (checks/space_kinds.py).
    assert [(f.category, f.severity.value) for f in found] == [(Category.TYPOGRAPHY, "info")]


@pytest.mark.parametrize(
    ("text", "word", "severity"),
    [
        ("Je doute qu'il vient demain.", "vient", "error"),
        ("Tu devrais te douter que tu es là pour ça.", "es", "info"),
        ("Nul ne peut douter que vous êtes un être exceptionnel.", "êtes", "info"),
    ],
)
def test_the_indicative_after_a_pronominal_or_negated_douter_que_is_advice(
    offline_checker: Checker, text: str, word: str, severity: str
) -> None:
    found = [
        f
        for f in _check(offline_checker, text).findings
        if f.rule == "grammalecte.vmode.vmode_verbe_que_subjonctif"
    ]
    assert [(text[f.offset : f.offset + f.length], str(f.severity)) for f in found] == [
        (word, severity)
    ]


def test_a_repeat_is_dropped_and_other_categories_on_the_same_span_kept() -> None:
    grammar = to_finding(GrammalecteError(0, 5, "gn_x", "gn", "accord", ()))
    style = to_finding(GrammalecteError(0, 5, "pleo_x", "pleo", "pléonasme", ()))
    assert style.category is Category.STYLE
    ours = replace(grammar, rule="grammar.fr-attribute-agreement", source="brandvoice")
    voice, network = resolve_target(None, None)
    checked = Checked(CheckContext("Elles", "fr", voice, network, [(0, 5)]), frozenset())
    assert drop_grammalecte_repeats([ours, grammar, style], checked) == [ours, style]


def test_missing_installation_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRANDVOICE_GRAMMALECTE_PATH", str(tmp_path))
    monkeypatch.setattr(engine, "_engine", None)
    assert find_package() is None
    with pytest.raises(engine.GrammalecteUnavailable, match="BRANDVOICE_GRAMMALECTE_PATH"):
        engine.get_engine()
    report = _check(Checker(languagetool="off"), "Les enfant jouent.")
    assert not any(b.startswith("grammalecte") for b in report.backends)
    assert "hunspell:fr" in report.backends


def test_status_command_checks_a_sentence(offline_checker: Checker, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("grammalecte", "status")
    assert result.returncode == 0, result.stderr
    assert "grammalecte:" in result.stdout
    assert "subjonctif" in result.stdout


def test_status_command_says_what_is_missing(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRANDVOICE_GRAMMALECTE_PATH", str(tmp_path))  # the child inherits it
    result = cli("grammalecte", "status")
    assert result.returncode == 1
    assert "package: not found" in result.stdout
    assert "python3-grammalecte" in result.stdout


def test_the_memoised_graph_matching_finds_the_same_errors() -> None:
    # brandvoice.grammalecte.memo answers Grammalecte's rule-graph matching from a memo;
    # Grammalecte's own function, run again on the same texts, must find the same errors.
    import sys

    from brandvoice.grammalecte import memo

    require_grammalecte()
    checker = engine.get_engine()
    parser = sys.modules["grammalecte.fr.gc_engine"].TextParser
    fast = parser._getMatches
    assert getattr(fast, "_brandvoice_memo", False)  # the known version: installed
    data = yaml.safe_load((ROOT / "benchmarks/data/french-mistakes.yaml").read_text("utf-8"))
    texts = [entry["text"] for entry in data["texts"]]
    texts += [text.upper() for text in texts[:10]]  # capitals: other arcs of the graph
    first = [checker.check(text) for text in texts]
    again = [checker.check(text) for text in texts]  # from the memo this time
    parser._getMatches = fast.__wrapped__
    try:
        plain = [checker.check(text) for text in texts]
    finally:
        parser._getMatches = fast
    assert first == again == plain
    assert sum(map(len, plain)) >= 40  # the corpus's mistakes are there to be found
    assert memo.install(checker._engine)  # installing twice keeps the one memo


def test_an_unknown_version_of_the_graph_matching_is_left_as_it_is() -> None:
    from brandvoice.grammalecte import memo

    class TextParser:
        def _getMatches(self, graph, token, node, bKeep=False):  # type: ignore[no-untyped-def]  # noqa: N802, N803
            yield (" ", token["sValue"], 1)

    class Module:
        gc_engine = type("gc_engine", (), {"TextParser": TextParser})

    original = TextParser._getMatches
    assert not memo.install(Module)
    assert TextParser._getMatches is original
