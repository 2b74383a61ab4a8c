"""The brand's vocabulary: accepted words are never typos (brandvoice's speller and
LanguageTool alike), rejected words are always flagged; from the profile, the project's
configuration and its vocabulary folder, and, in ``adapt``, the master's own names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.names import master_names
from brandvoice.checks import check
from brandvoice.errors import InputError
from brandvoice.profiles import load_profile
from brandvoice.text.vocabulary import VocabularyError, matches, validate_entry

BRAND_FIRST = "Northwind opens its new workshop in Leeds on Saturday. Northwind makes oak tables."
SPELLING = ("spelling.", "languagetool.MORFOLOGIK")


def _spelled(report_findings: object, text: str) -> list[str]:
    return [
        text[f.offset : f.offset + f.length]
        for f in report_findings  # type: ignore[attr-defined]
        if f.rule.startswith(SPELLING)
    ]


def _profile(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "brand.yaml"
    path.write_text(f"name: brand\nextends: casual-facebook\n{body}", encoding="utf-8")
    return path


def test_entries_match_whole_words_with_their_own_case() -> None:
    text = "Northwind, northwind and Northwinds; e-shop and eshop."
    found = [(text[s:e], entry) for s, e, entry in matches(text, ["Northwind", "(?i)e-?shop"])]
    assert found == [
        ("Northwind", "Northwind"),
        ("e-shop", "(?i)e-?shop"),
        ("eshop", "(?i)e-?shop"),
    ]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [("(oak", "not a valid regular expression"), ("x" * 201, "longer than 200"), (" ", "empty")],
)
def test_a_bad_entry_says_why(entry: str, reason: str) -> None:
    with pytest.raises(VocabularyError, match=reason):
        validate_entry(entry)


def test_a_bad_entry_in_a_profile_names_its_field_and_line(tmp_path: Path) -> None:
    path = _profile(tmp_path, "vocabulary:\n  accept:\n    - Northwind\n    - '(oak'\n")
    with pytest.raises(InputError) as caught:
        load_profile(path)
    assert (caught.value.field, caught.value.line) == ("vocabulary.accept[1]", 6)
    assert "not a valid regular expression" in str(caught.value)


def test_the_speller_flags_an_unknown_brand_until_it_is_accepted(tmp_path: Path) -> None:
    plain = check(BRAND_FIRST, voice="casual-facebook", lang="en", languagetool="off")
    assert _spelled(plain.findings, BRAND_FIRST) == ["Northwind", "Northwind"]
    accepted = _profile(tmp_path, "vocabulary:\n  accept: [Northwind]\n")
    report = check(BRAND_FIRST, voice=str(accepted), lang="en", languagetool="off")
    assert _spelled(report.findings, BRAND_FIRST) == []
    # The brand_name is accepted without being listed.
    named = _profile(tmp_path, "brand_name: Northwind\n")
    report = check(BRAND_FIRST, voice=str(named), lang="en", languagetool="off")
    assert _spelled(report.findings, BRAND_FIRST) == []


def test_rejected_words_are_flagged_from_the_api() -> None:
    text = "Our low-cost menu is back, and low-cost it stays."
    report = check(text, lang="en", languagetool="off", reject=["(?i)low-cost"])
    flagged = [
        text[f.offset : f.offset + f.length]
        for f in report.findings
        if f.rule == "terminology.rejected"
    ]
    assert flagged == ["low-cost", "low-cost"]
    with pytest.raises(InputError, match="vocabulary entry 0"):
        check(text, lang="en", languagetool="off", reject=["(low"])


def test_a_variant_repeating_the_masters_names_has_no_typo_in_them() -> None:
    assert "Northwind" in master_names(BRAND_FIRST, "en")
    adaptation = adapt(BRAND_FIRST, lang="en", date=dt.date(2026, 12, 1), languagetool="off")
    for variant in adaptation.variants:
        assert "Northwind" in variant.text
        assert _spelled(variant.findings, variant.text) == [], variant.network


def _check_project(project: Path, config: str, cli, *options: str):  # type: ignore[no-untyped-def]
    """``check`` run on a post of ``project`` with ``config`` as its brandvoice.toml."""
    (project / "brandvoice.toml").write_text(config, encoding="utf-8")
    post = project / "post.txt"
    post.write_text(BRAND_FIRST, encoding="utf-8")
    settings = str(project / "brandvoice.toml")
    return cli("check", str(post), "--no-languagetool", "--config", settings, *options)


def test_the_project_vocabulary_applies_to_every_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "accept.txt").write_text("# our names\nNorthwind\n", encoding="utf-8")
    config = 'vocabulary_dir = "styles"\n[vocabulary]\nreject = ["(?i)oak"]\n'
    result = _check_project(tmp_path, config, cli, "--format", "json")
    reports = json.loads(result.stdout)["results"]
    rules = [f["rule"] for report in reports for f in report["findings"]]
    assert "spelling.unknown-word" not in rules
    assert rules.count("terminology.rejected") == 1


def test_a_vocabulary_folder_outside_the_project_is_refused(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "project"
    project.mkdir()
    result = _check_project(project, 'vocabulary_dir = "../.."\n', cli)
    assert result.returncode == 2
    assert "vocabulary_dir" in result.stderr
    assert "outside the project" in result.stderr


def test_a_bad_line_in_a_vocabulary_file_is_named(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "reject.txt").write_text("fine\n[oops\n", encoding="utf-8")
    result = _check_project(tmp_path, 'vocabulary_dir = "words"\n', cli)
    assert result.returncode == 2
    assert "reject.txt:2" in result.stderr


@pytest.mark.integration
def test_accepted_words_silence_languagetool(languagetool_backend, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Northwind opens its new workshop in Leeds. Our Oakwerk tables are made by hand."
    plain = check(text, voice="casual-facebook", lang="en", languagetool="required")
    assert {"Northwind", "Oakwerk"} <= set(_spelled(plain.findings, text))
    accepted = _profile(tmp_path, "vocabulary:\n  accept: [Northwind, Oakwerk]\n")
    report = check(text, voice=str(accepted), lang="en", languagetool="required")
    assert _spelled(report.findings, text) == []


def test_one_finding_per_span_and_problem() -> None:
    """LanguageTool, Grammalecte and brandvoice flagging the same word for the same kind
    of problem are one finding: the most severe, ours between equals, with every
    replacement; other kinds of problem on the same words stay apart."""
    from brandvoice.checks.filters import one_per_problem
    from brandvoice.findings import Category, Finding, Severity

    def finding(
        rule: str,
        severity: Severity,
        replacements: tuple[str, ...],
        source: str,
        category: Category = Category.SPELLING,
    ) -> Finding:
        return Finding(rule, category, severity, 10, 7, rule, replacements, source)

    theirs = finding(
        "languagetool.FR_SPELLING_RULE", Severity.WARNING, ("occasion",), "languagetool"
    )
    second = finding("grammalecte.spell", Severity.WARNING, ("occasion", "ocasions"), "grammalecte")
    ours = finding("spelling.unknown-word", Severity.WARNING, ("occasions",), "brandvoice")
    style = finding("style.repetition", Severity.INFO, (), "brandvoice", Category.STYLE)
    [kept, other] = sorted(one_per_problem([theirs, second, ours, style]), key=lambda f: f.rule)
    assert kept.rule == "spelling.unknown-word"
    assert kept.replacements == ("occasions", "occasion", "ocasions")
    assert other is style
    louder = finding("grammalecte.spell", Severity.ERROR, ("occasion",), "grammalecte")
    assert [f.rule for f in one_per_problem([ours, louder])] == ["grammalecte.spell"]


def test_fix_writes_a_misspelling_the_dictionary_corrects_one_way_only(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """--fix: safe fixes, among them a word the embedded speller corrects one way only;
    a word with several candidates ("recieve": receive, relieve) waits for a person."""
    post = tmp_path / "post.txt"
    post.write_text("We definately recieve new stock every Monday.\n", encoding="utf-8")
    cli("check", str(post), "--no-languagetool", "--lang", "en", "--fix")
    assert post.read_text(encoding="utf-8") == "We definitely recieve new stock every Monday.\n"


def test_other_tools_suggestions_are_unsafe_fixes() -> None:
    from brandvoice.checks.fixes import apply_fixes, fix_kind
    from brandvoice.checks.rule import Fix
    from brandvoice.findings import Category, Finding, Severity

    text = "Il go to the beach."
    theirs = Finding(
        "languagetool.HE_VERB_AGR",
        Category.GRAMMAR,
        Severity.WARNING,
        3,
        2,
        "m",
        ("goes",),
        "languagetool",
    )
    assert fix_kind(theirs) is Fix.UNSAFE
    assert apply_fixes(text, [theirs]).text == text
    assert apply_fixes(text, [theirs], unsafe=True).text == "Il goes to the beach."
