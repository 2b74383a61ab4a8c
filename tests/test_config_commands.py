"""The project configuration is read by every command that checks: adapt, preview and
plan as well as check (disabled rules, severities, vocabulary, LanguageTool, language)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

MASTER = "Nous ouvronss samedi 12 décembre à Bandol, venez nombreux.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "master.txt").write_text(MASTER, encoding="utf-8")
    (tmp_path / "campaign.yaml").write_text(
        "timezone: Europe/Paris\nlang: fr\nposts:\n  - id: ouverture\n"
        f'    master: "{MASTER.strip()}"\n    networks: [x]\n    at: 2026-12-10T10:00\n',
        encoding="utf-8",
    )
    return tmp_path


def _rules(document: dict) -> set[str]:
    variants = document.get("variants") or document["results"]  # adapt's, plan's
    return {finding["rule"] for variant in variants for finding in variant["findings"]}


def _configure(project: Path, toml: str) -> Path:
    config = project / "brandvoice.toml"
    config.write_text(toml, encoding="utf-8")
    return config


def test_adapt_reads_the_disabled_rules_and_the_vocabulary(cli, project: Path) -> None:
    args = ("adapt", str(project / "master.txt"), "--network", "x", "--format", "json",
            "--no-languagetool", "--lang", "fr")  # fmt: skip
    before = json.loads(cli(*args).stdout)
    assert "spelling.unknown-word" in _rules(before)
    config = _configure(project, 'disable = ["spelling"]\n')
    after = json.loads(cli(*args, "--config", str(config)).stdout)
    assert "spelling.unknown-word" not in _rules(after)
    accepted = _configure(project, '[vocabulary]\naccept = ["ouvronss"]\n')
    with_word = json.loads(cli(*args, "--config", str(accepted)).stdout)
    assert "spelling.unknown-word" not in _rules(with_word)


def test_plan_reads_the_configuration_and_takes_disable(cli, project: Path) -> None:
    args = ("plan", str(project / "campaign.yaml"), "--now", "2026-12-06T09:00",
            "--format", "json", "--no-languagetool", "--fail-on", "never")  # fmt: skip
    assert "spelling.unknown-word" in _rules(json.loads(cli(*args).stdout))
    disabled = json.loads(cli(*args, "--disable", "spelling").stdout)
    assert "spelling.unknown-word" not in _rules(disabled)
    config = _configure(project, 'disable = ["spelling"]\n')
    configured = json.loads(cli(*args, "--config", str(config)).stdout)
    assert "spelling.unknown-word" not in _rules(configured)


def test_a_bad_configuration_stops_adapt_with_one_line(cli, project: Path) -> None:
    config = _configure(project, 'disable = ["lenght"]\n')
    result = cli("adapt", str(project / "master.txt"), "--config", str(config))
    assert result.returncode == 2
    assert "did you mean 'length'" in result.stderr
