"""Generated docs stay in sync with the code that generates them; README stays runnable."""

from __future__ import annotations

import re

import pytest

from brandvoice.checks.docs import rules_markdown

from .conftest import ROOT


def test_rules_doc_is_generated_from_metadata() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), (
        "docs/rules.md is stale: python -m brandvoice rules --format markdown > docs/rules.md"
    )


def test_transforms_doc_is_generated_from_metadata() -> None:
    from brandvoice.adaptation.docs import transforms_markdown

    committed = (ROOT / "docs" / "transforms.md").read_text(encoding="utf-8")
    assert committed == transforms_markdown(), (
        "docs/transforms.md is stale: "
        "python -m brandvoice transforms --format markdown > docs/transforms.md"
    )


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- test-command -->\n```sh\n(.+)\n```", readme)
    assert match, "README.md must give the test command after <!-- test-command -->"
    command = match.group(1)
    assert "pytest" in command
    assert "ruff" in command
    assert "mypy" in command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci  # .ci/run extracts and runs that very line
    # The three test tiers, each on its own, in order (tests/conftest.py, pyproject.toml).
    tiers = ['"not integration and not browser"', "integration", "browser"]
    positions = [command.find(f"tier {tier}") for tier in tiers]
    assert -1 not in positions, command
    assert positions == sorted(positions), command


def test_readme_adapt_example_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in re.findall(r"brandvoice adapt (examples/\S+)", readme):
        assert (ROOT / path).is_file(), path


def test_docstring_examples_run() -> None:
    import doctest
    import importlib

    for name in ("brandvoice", "brandvoice.networks", "brandvoice.profiles"):
        module = importlib.import_module(name)
        result = doctest.testmod(module, verbose=False)
        assert result.failed == 0, name


@pytest.mark.parametrize(
    ("name", "argv"),
    [("profile", ["voices", "schema"]), ("campaign", ["voices", "schema", "--campaign"])],
)
def test_published_schemas_are_current(
    name: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from brandvoice.cli import main

    assert main(argv) == 0
    committed = (ROOT / "docs" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == capsys.readouterr().out, (
        f"docs/schemas/{name}.schema.json is stale: "
        f"python -m brandvoice {' '.join(argv)} > docs/schemas/{name}.schema.json"
    )
