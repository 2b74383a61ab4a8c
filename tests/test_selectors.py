"""Rule selectors: one grammar (brandvoice.checks.selectors) read alike by every surface:
``Checker(disable=, severity=)``, ``--disable``, the configuration's ``disable`` and
``severity``, and Markdown's ``<!-- brandvoice-disable ... -->``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from brandvoice.checks import Checker, CheckRequest, select_rules
from brandvoice.checks.selectors import RuleSelection, parse_selector
from brandvoice.cli import main
from brandvoice.errors import InputError, UnknownNameError
from brandvoice.findings import Category, Finding, Severity
from brandvoice.markdown import parse_markdown

from .conftest import require_grammalecte

# Offline (no LanguageTool), this English text has one finding of each of these rules.
TEXT = "Our new bakery opens tomorow , come  and taste the bread."
BASELINE = {
    "spelling.unknown-word",
    "typography.space-before-comma",
    "typography.double-space",
    "length.hashtags",
}

# Each selector form, and which of the baseline's rules it silences.
MATRIX = [
    ("typography.space-before-comma", {"typography.space-before-comma"}),  # an exact id
    ("TYPOGRAPHY.Space-Before-Comma", {"typography.space-before-comma"}),  # any case
    ("typography", {"typography.space-before-comma", "typography.double-space"}),  # a family
    ("typography.", {"typography.space-before-comma", "typography.double-space"}),
    ("spelling", {"spelling.unknown-word"}),  # a family that is a category
    ("category:spelling", {"spelling.unknown-word"}),
    ("Category:Length", {"length.hashtags"}),
    ("all", BASELINE),
    ("ALL", BASELINE),
    # The external checkers' ids are taken as they are, in every surface.
    ("languagetool.MORFOLOGIK_RULE_EN_US", set()),
    ("grammalecte.conf", set()),
    ("grammalecte", set()),
]


def _rules(findings: list[Finding] | list[dict]) -> set[str]:  # type: ignore[type-arg]
    return {f.rule if isinstance(f, Finding) else f["rule"] for f in findings}


def _by_api(selector: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    checker = Checker(disable=[selector], languagetool="off")
    return _rules(checker.check(CheckRequest(TEXT, network="facebook", lang="en")).findings)


JSON = ("--no-languagetool", "--format", "json", "--fail-on", "never")
ENGLISH = ("--network", "facebook", "--lang", "en")


def _checked(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict]:  # type: ignore[type-arg]
    """The findings of ``brandvoice check ARGS`` in JSON, for its one file."""
    status = main(["check", *args, *JSON])
    out, err = capsys.readouterr()
    assert status == 0, err
    (result,) = json.loads(out)["results"]
    return result["findings"]  # type: ignore[no-any-return]


def _cli(args: list[str], config: str, capsys: pytest.CaptureFixture[str]) -> set[str]:
    return _rules(_checked([*args, "--config", config, *ENGLISH], capsys))


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _by_option(selector: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    config = _file(tmp_path, "brandvoice.toml", "")
    return _cli([_file(tmp_path, "post.txt", TEXT), "--disable", selector], config, capsys)


def _by_config(selector: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    config = _file(tmp_path, "brandvoice.toml", f"disable = [{json.dumps(selector)}]\n")
    return _cli([_file(tmp_path, "post.txt", TEXT)], config, capsys)


def _by_comment(selector: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    config = _file(tmp_path, "brandvoice.toml", "")
    post = _file(tmp_path, "post.md", f"<!-- brandvoice-disable {selector} -->\n{TEXT}\n")
    return _cli([post], config, capsys)


SURFACES: dict[str, Callable[[str, Path, pytest.CaptureFixture[str]], set[str]]] = {
    "api": _by_api,
    "--disable": _by_option,
    "config": _by_config,
    "comment": _by_comment,
}


def test_the_baseline_has_the_findings_the_matrix_expects() -> None:
    checker = Checker(languagetool="off")
    report = checker.check(CheckRequest(TEXT, network="facebook", lang="en"))
    assert _rules(report.findings) == BASELINE


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize(("selector", "silenced"), MATRIX)
def test_every_surface_reads_a_selector_alike(
    surface: str,
    selector: str,
    silenced: set[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert SURFACES[surface](selector, tmp_path, capsys) == BASELINE - silenced


@pytest.mark.parametrize(
    ("selector", "message"),
    [
        ("lenght", "unknown rule 'lenght'; did you mean 'length'"),
        ("typography.french-space-mising", "did you mean 'typography.french-space-missing'"),
        ("category:speling", "unknown category 'speling'; did you mean 'spelling'"),
        ("languagetol", "did you mean 'languagetool'"),
        ("length.fol", "unknown rule 'length.fol'"),  # a prefix ends at a dot
        ("", "unknown rule ''"),
    ],
)
def test_an_unknown_selector_is_refused_with_the_closest_names(selector: str, message: str) -> None:
    with pytest.raises(UnknownNameError, match=message.replace("(", r"\(")):
        parse_selector(selector)
    with pytest.raises(UnknownNameError, match=r"did you mean|unknown rule ''"):
        Checker(disable=["length", selector])
    with pytest.raises(UnknownNameError):
        Checker(severity={selector: "info"})


def test_unknown_selectors_are_errors_on_every_surface(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = _file(tmp_path, "empty.toml", "")
    post = _file(tmp_path, "post.txt", TEXT)
    assert main(["check", post, "--config", empty, "--disable", "lenght"]) == 2
    assert "unknown rule 'lenght'; did you mean 'length'?" in capsys.readouterr().err

    config = _file(tmp_path, "brandvoice.toml", 'severity = { "category:grammer" = "info" }\n')
    assert main(["check", post, "--config", config]) == 2
    err = capsys.readouterr().err
    assert f"{config}:1: severity: unknown category 'grammer'; did you mean 'grammar'?" in err

    markdown = "Hello.\n\n<!-- brandvoice-disable speling -->\n"
    with pytest.raises(InputError, match=r"^x\.md:3: unknown rule 'speling'; did you mean"):
        parse_markdown(markdown, "x.md")


def test_reported_disagreements_are_gone() -> None:
    """Issue 21: ``<!-- brandvoice-disable grammalecte.conf -->`` was refused while
    ``--disable grammalecte.conf`` worked; a spelling silence missed LanguageTool's."""
    text = "<!-- brandvoice-disable grammalecte.conf, languagetool.FR_SPELLING_RULE -->\nBonjour."
    assert parse_markdown(text, "x.md").silenced
    for directive in ("spelling", "category:spelling"):
        markdown = f"<!-- brandvoice-disable {directive} -->\nBonjour tuot le monde."
        source = parse_markdown(markdown, "x.md")
        at = markdown.index("tuot")
        spelling = _finding("languagetool.MORFOLOGIK_RULE_FR_FR", Category.SPELLING, at)
        grammar = _finding("languagetool.AGREEMENT", Category.GRAMMAR, at)
        assert not source.keeps(spelling)
        assert source.keeps(grammar)


def test_a_grammalecte_group_is_silenced_by_a_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_grammalecte()
    config = _file(tmp_path, "brandvoice.toml", "")
    text = "Nous allons a Paris demain.\n\n<!-- brandvoice-disable grammalecte.conf -->\n\n"
    post = _file(tmp_path, "post.md", f"{text}Nous allons a Lyon demain.\n")
    found = _checked([post, "--config", config, "--lang", "fr"], capsys)
    conf = [f for f in found if f["rule"].startswith("grammalecte.conf.")]
    assert [f["offset"] for f in conf] == [12]  # the first "a", not the silenced one


@pytest.mark.integration
def test_a_category_silences_languagetool_findings_of_it(languagetool_url: str) -> None:
    text = "Our new bakery opens tomorow , come and taste the bread. He go there every days."

    def findings(disable: list[str], severity: dict[str, str] | None = None) -> list[Finding]:
        checker = Checker(
            disable=disable,
            severity=severity,
            languagetool="required",
            languagetool_url=languagetool_url,
        )
        return checker.check(CheckRequest(text, network="facebook", lang="en")).findings

    everything = {f.rule: f.category for f in findings([])}
    external = [c for r, c in everything.items() if r.startswith("languagetool.")]
    assert Category.SPELLING in external
    assert Category.GRAMMAR in external
    for selector in ("spelling", "category:spelling"):
        kept = {f.rule: f.category for f in findings([selector])}
        assert kept == {r: c for r, c in everything.items() if c != Category.SPELLING}
    # LanguageTool's spelling finding: its prefix is more specific than the category
    levels = {"spelling": "error", "languagetool": "info", "typography": "error"}
    for finding in findings([], levels):
        if finding.rule.startswith("languagetool."):
            assert finding.severity is Severity.INFO, finding
        elif finding.rule.startswith("typography."):
            assert finding.severity is Severity.ERROR, finding


def _finding(rule: str, category: Category, offset: int = 0) -> Finding:
    return Finding(rule, category, Severity.WARNING, offset, 3, "m", source=rule.split(".")[0])


@pytest.mark.parametrize(
    ("levels", "rule", "category", "expected"),
    [
        # most specific wins, whatever the order they are written in
        ({"length.fold": "info", "length": "error"}, "length.fold", "length", "info"),
        ({"length": "error", "length.fold": "info"}, "length.fold", "length", "info"),
        ({"length": "error", "length.fold": "info"}, "length.over-limit", "length", "error"),
        ({"all": "info", "category:length": "error"}, "length.fold", "length", "error"),
        ({"category:grammar": "info", "all": "error"}, "grammar.fr-homophone", "grammar", "info"),
        # a longer prefix beats a shorter one, an id or prefix beats a category
        (
            {"grammalecte": "info", "grammalecte.conf": "error"},
            "grammalecte.conf.conf_a_a",
            "grammar",
            "error",
        ),
        (
            {"languagetool": "info", "category:spelling": "error"},
            "languagetool.MORFOLOGIK_RULE_EN_US",
            "spelling",
            "info",
        ),
        # a bare category name matching by category only ranks as a category
        (
            {"spelling": "error", "languagetool": "info"},
            "languagetool.MORFOLOGIK_RULE_EN_US",
            "spelling",
            "info",
        ),
        ({"spelling": "error", "all": "info"}, "languagetool.X", "spelling", "error"),
        # between equals, the later entry
        ({"spelling": "error", "category:spelling": "info"}, "languagetool.X", "spelling", "info"),
        ({"Length.Fold": "error", "length.fold": "info"}, "length.fold", "length", "info"),
        # case-insensitive on both sides
        (
            {"LanguageTool.morfologik_rule_en_us": "error"},
            "languagetool.MORFOLOGIK_RULE_EN_US",
            "spelling",
            "error",
        ),
        ({"length.fold": "error"}, "length.over-limit", "length", None),
    ],
)
def test_the_most_specific_severity_override_wins(
    levels: dict[str, str], rule: str, category: str, expected: str | None
) -> None:
    selection = RuleSelection.of(severity=levels)
    finding = _finding(rule, Category(category))
    assert selection.severity_of(finding) == (Severity(expected) if expected else None)
    assert selection.with_severity(finding).severity == Severity(expected or "warning")


def test_severity_overrides_apply_alike_from_the_api_and_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = {"typography": "error", "typography.double-space": "info", "all": "info"}
    checker = Checker(severity=levels, languagetool="off")
    report = checker.check(CheckRequest(TEXT, network="facebook", lang="en"))
    by_api = {f.rule: str(f.severity) for f in report.findings}
    assert by_api == {
        "spelling.unknown-word": "info",
        "typography.space-before-comma": "error",
        "typography.double-space": "info",
        "length.hashtags": "info",
    }
    table = ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in levels.items())
    config = _file(tmp_path, "brandvoice.toml", f"severity = {{ {table} }}\n")
    post = _file(tmp_path, "post.txt", TEXT)
    found = _checked([post, "--config", config, *ENGLISH], capsys)
    assert {f["rule"]: f["severity"] for f in found} == by_api


def test_a_whole_external_checker_disabled_is_not_run() -> None:
    for selector in ("languagetool", "LanguageTool.", "all"):
        assert str(Checker(disable=[selector]).languagetool) == "off"
    for selector in ("grammalecte", "all"):
        assert not Checker(disable=[selector]).grammalecte
    for selector in ("languagetool.MORFOLOGIK_RULE_FR_FR", "category:spelling", "spelling"):
        checker = Checker(disable=[selector])
        assert str(checker.languagetool) == "auto"
        assert checker.grammalecte


def test_our_rules_are_dropped_before_they_run() -> None:
    ids = {rule.id for rule in select_rules(["category:typography", "Length.Fold"])}
    assert not any(i.startswith("typography.") for i in ids)
    assert "length.fold" not in ids
    assert "length.over-limit" in ids
    assert select_rules(["all"]) == ()
    assert {r.id for r in Checker(disable=["spelling"]).rules} == {
        r.id for r in select_rules() if r.category != "spelling"
    }


def test_a_comment_enable_closes_what_its_disable_opened() -> None:
    text = (
        "<!-- brandvoice-disable Typography. -->Q<!-- brandvoice-enable typography -->J"
        "<!-- brandvoice-disable -->Z<!-- brandvoice-enable all -->K"
    )
    silenced = parse_markdown(text, "x.md").silenced
    assert [(s.start, s.end, [x.text for x in s.selectors]) for s in silenced] == [
        (text.index("Q"), text.index("Q") + 1, ["typography"]),
        (text.index("Z"), text.index("Z") + 1, ["all"]),
    ]
