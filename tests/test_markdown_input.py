"""Markdown input for `check`: front matter, code and link targets left out, disable
comments, and every report format pointing into the file as written."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pytest

from brandvoice.markdown import parse_markdown

from .conftest import ROOT, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "markdown"
POST = FIXTURES / "post.md"
POST_PATH = "tests/fixtures/markdown/post.md"


@cache
def _json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run_cli("check", *args, "--no-languagetool", "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _spelled(findings: list[dict], text: str) -> list[str]:  # type: ignore[type-arg]
    return [
        text[f["offset"] : f["offset"] + f["length"]]
        for f in findings
        if f["rule"] == "spelling.unknown-word"
    ]


def test_checkable_text_keeps_every_offset_and_line_break() -> None:
    text = POST.read_text(encoding="utf-8")
    source = parse_markdown(text, POST_PATH)
    body = text[source.start :]
    assert len(source.checkable) == len(body)
    assert [i for i, c in enumerate(source.checkable) if c == "\n"] == [
        i for i, c in enumerate(body) if c == "\n"
    ]
    # The prose is kept as written; code, targets and markup are blanked.
    assert "We open on Saturday with tastings." in source.checkable
    assert "the guide" in source.checkable
    assert "teh" not in source.checkable
    assert "https://" not in source.checkable
    assert "#" not in source.checkable


def test_front_matter_sets_network_and_lang_and_is_not_checked() -> None:
    result = _json(POST_PATH)["results"][0]
    assert (result["network"], result["lang"], result["voice"]) == (
        "linkedin",
        "en",
        "professional-network",
    )
    assert all(
        f["offset"] >= POST.read_text(encoding="utf-8").index("# Our") for f in result["findings"]
    )


def test_command_line_wins_over_front_matter() -> None:
    result = _json(POST_PATH, "--network", "x")["results"][0]
    assert result["network"] == "x"


def test_code_link_targets_and_disabled_stretches_are_not_checked() -> None:
    text = POST.read_text(encoding="utf-8")
    findings = _json(POST_PATH)["results"][0]["findings"]
    # 'teh' appears in code spans, code blocks, URLs, link titles and a reference
    # definition; 'speling' twice, once inside a brandvoice-disable stretch.
    assert _spelled(findings, text) == ["speling"]
    (offset,) = [f["offset"] for f in findings if f["rule"] == "spelling.unknown-word"]
    assert offset == text.index("speling mistake everyone")
    # Blanks where code was do not show up as double spaces or spaces before commas.
    assert not [f for f in findings if f["category"] == "typography"]


def test_disable_without_ids_silences_every_rule_until_enable() -> None:
    path = FIXTURES / "disable-all.md"
    text = path.read_text(encoding="utf-8")
    findings = _json(str(path.relative_to(ROOT)))["results"][0]["findings"]
    silenced_line = (text.index("Another"), text.index("<!-- brandvoice-enable"))
    assert _spelled(findings, text) == ["speling", "speling"]
    assert not [f for f in findings if silenced_line[0] <= f["offset"] < silenced_line[1]]


def test_text_and_sarif_positions_point_into_the_file() -> None:
    text = POST.read_text(encoding="utf-8")
    offset = text.index("speling mistake everyone")
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rindex("\n", 0, offset)
    plain = run_cli("check", POST_PATH, "--no-languagetool")
    assert f"{POST_PATH}:{line}:{column}: warning [spelling.unknown-word]" in plain.stdout
    sarif = run_cli("check", POST_PATH, "--no-languagetool", "--format", "sarif")
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    (spelling,) = [r for r in results if r["ruleId"] == "spelling.unknown-word"]
    region = spelling["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (line, column)
    assert region["charOffset"] == offset
    assert region["snippet"]["text"] == "speling"


def test_clean_markdown_has_no_spelling_or_typography_finding() -> None:
    findings = _json("tests/fixtures/markdown/clean.md")["results"][0]["findings"]
    assert not [f for f in findings if f["category"] in ("spelling", "typography")]


def test_fix_rewrites_prose_and_leaves_code_alone(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    code = "```\nhello ,world\n```\n"
    path.write_text(f"---\nlang: en\n---\nHello ,world and friends.\n\n{code}", encoding="utf-8")
    result = run_cli("check", str(path), "--no-languagetool", "--fix", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    fixed = path.read_text(encoding="utf-8")
    assert fixed.startswith("---\nlang: en\n---\nHello,")  # the space before the comma went
    assert fixed.endswith(code)


def test_unknown_rule_in_a_comment_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\nlang: en\n---\nHello.\n<!-- brandvoice-disable speling -->\n")
    result = run_cli("check", str(path), "--no-languagetool")
    assert result.returncode == 2
    assert f"{path}:5: unknown rule 'speling'" in result.stderr


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("lang: de\n", ":2: lang: must be one of fr, en, auto"),
        ("network: [x]\n", ":2: network: must be a string"),
        ("title: [unclosed\n", ":3: invalid front matter"),
    ],
)
def test_bad_front_matter_names_the_line(tmp_path: Path, front: str, expected: str) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\n{front}---\nHello Toulon.\n")
    result = run_cli("check", str(path), "--no-languagetool")
    assert result.returncode == 2
    assert f"{path}{expected}" in result.stderr


def test_other_suffixes_are_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    shutil.copy(POST, path)
    result = _json(str(path))["results"][0]
    assert result["network"] != "linkedin"  # front matter means nothing in a .txt file
