"""Typos, grammar and typography on realistic posts, against a real LanguageTool server.

The fixtures hold paragraphs a community manager could have written, full of the usual
mistakes; each ``.expected.tsv`` lists the mistakes (a snippet of the text). A mistake
counts as found when a finding overlaps its snippet.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.findings import Category, Report

from .conftest import ROOT, require_grammalecte

POSTS = ROOT / "tests" / "fixtures" / "posts"


def _expected_spans(name: str, text: str) -> list[tuple[str, int, int]]:
    path = POSTS / f"{name}.expected.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    spans = []
    for row in rows:
        snippet = row["snippet"]
        start = -1
        for _ in range(int(row["occurrence"])):
            start = text.index(snippet, start + 1)
        spans.append((row["kind"], start, start + len(snippet)))
    return spans


def _found(report: Report, start: int, end: int) -> bool:
    return any(f.offset < end and start < f.offset + max(f.length, 1) for f in report.findings)


def _check_post(
    name: str, suffix: str, lang: str, mode: str, *, grammalecte: bool = True
) -> tuple[Report, list, list]:
    text = (POSTS / f"{name}.txt").read_text(encoding="utf-8")
    disable = ["length"] if grammalecte else ["length", "grammalecte"]
    checker = Checker(disable=disable, languagetool=mode)
    report = checker.check(CheckRequest(text, "expert-blog", "blog", lang))
    spans = _expected_spans(name, text)
    missed = [(kind, text[s:e]) for kind, s, e in spans if not _found(report, s, e)]
    return report, spans, missed


@pytest.mark.integration
@pytest.mark.parametrize(("name", "lang"), [("blog-fautes-fr", "fr"), ("launch-mistakes-en", "en")])
def test_realistic_post_mistakes_are_found_with_languagetool(
    languagetool_backend: object, name: str, lang: str
) -> None:
    report, spans, missed = _check_post(name, ".txt", lang, "required")
    assert any(b.startswith("languagetool") for b in report.backends)
    found = len(spans) - len(missed)
    assert found / len(spans) >= 0.75, f"missed {missed}"


@pytest.mark.parametrize(("name", "lang"), [("blog-fautes-fr", "fr"), ("launch-mistakes-en", "en")])
def test_offline_checks_still_find_typos_and_typography(name: str, lang: str) -> None:
    report, spans, missed = _check_post(name, ".txt", lang, "off", grammalecte=False)
    assert f"hunspell:{lang}" in report.backends
    assert not any(b.startswith(("languagetool", "grammalecte")) for b in report.backends)
    kinds_found = {kind for kind, _, _ in spans} - {kind for kind, _ in missed}
    # Without either grammar checker, spelling, casing and typography must still work.
    assert kinds_found & {
        "spelling",
        "brand casing",
        "space before comma",
        "space before colon",
        "wrong-way guillemets",
        "parce qu'il",
    }


def test_offline_french_with_grammalecte_finds_the_grammar_too() -> None:
    # Grammalecte runs in-process: without LanguageTool (no Java, a dead server) French
    # posts still get a grammar checker. Without it, 6 of these 14 mistakes are found.
    require_grammalecte()
    report, spans, missed = _check_post("blog-fautes-fr", ".txt", "fr", "off")
    assert any(b.startswith("grammalecte:") for b in report.backends)
    assert (len(spans) - len(missed)) / len(spans) >= 0.75, f"missed {missed}"


QUIET = (
    "Rendez-vous sur https://comptoir-mourillon.fr/ateliers?jour=mercredi ou écrivez à "
    "contact@comptoir-mourillon.fr, suivez @comptoir_mourillon et #ToulonGourmand 🫒🍷, "
    "référence TPN-250G en boutique. Le Comptoir du Mourillon vous attend sur Instagram."
)


@pytest.mark.integration
def test_entities_and_glossary_names_are_never_flagged(languagetool_backend: object) -> None:
    checker = Checker(disable=["length"], languagetool="required")
    report = checker.check(CheckRequest(QUIET, "examples/comptoir-facebook.yaml", "facebook", "fr"))
    word_level = [
        (f.rule, QUIET[f.offset : f.offset + f.length])
        for f in report.findings
        if f.category in (Category.SPELLING, Category.TYPOGRAPHY, Category.GRAMMAR)
    ]
    assert word_level == []


def test_entities_are_not_flagged_offline() -> None:
    checker = Checker(disable=["length"], languagetool="off")
    report = checker.check(
        CheckRequest(QUIET, str(ROOT / "examples" / "comptoir-facebook.yaml"), "facebook", "fr")
    )
    assert [f for f in report.findings if f.category is Category.SPELLING] == []


def test_dead_remote_server_falls_back_with_a_warning() -> None:
    checker = Checker(languagetool="auto", languagetool_url="http://127.0.0.1:9")
    with pytest.warns(UserWarning, match="127.0.0.1:9"):
        report = checker.check(CheckRequest("Nous avons une nouvele boutique.", network="blog"))
    assert "hunspell:fr" in report.backends
    assert any(f.rule == "spelling.unknown-word" for f in report.findings)


def test_dead_remote_server_is_an_error_under_strict(tmp_path: Path) -> None:
    from .conftest import run_cli

    post = tmp_path / "post.txt"
    post.write_text("Nous avons une nouvele boutique.", encoding="utf-8")
    result = run_cli("check", str(post), "--strict", "--languagetool-url", "http://127.0.0.1:9")
    assert result.returncode == 2
    assert "127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.integration
def test_unknown_names_are_advice_and_typos_stay_errors(languagetool_backend: object) -> None:
    # An unknown capitalised word in mid-sentence, or a word in capitals, is most often a
    # name or an acronym: LanguageTool's spelling match on it becomes advice (info), as the
    # embedded speller skips it; a lowercase typo and a typo opening the sentence stay errors.
    text = (
        "Aujourdhui, nous accueillons Philintou et le collectif KROMBAL pour une soirée tranquil."
    )
    checker = Checker(
        disable=["length", "style", "register", "readability"], languagetool="required"
    )
    report = checker.check(CheckRequest(text, "expert-blog", "blog", "fr"))
    spelling = {
        text[f.offset : f.offset + f.length]: str(f.severity)
        for f in report.findings
        if f.category is Category.SPELLING and f.source == "languagetool"
    }
    assert spelling.get("Philintou") == "info"
    assert spelling.get("KROMBAL") == "info"
    assert spelling.get("tranquil") == "error"
    assert spelling.get("Aujourdhui") == "error"
