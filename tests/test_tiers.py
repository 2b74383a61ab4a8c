"""The test tiers themselves (tests/conftest.py): a unit test cannot start LanguageTool,
in this process or in the commands it runs."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.languagetool import Installation, LocalServer

from .conftest import NO_LANGUAGETOOL_URL, LanguageToolInUnitTestError, run_cli


def test_a_unit_test_cannot_start_a_local_languagetool(tmp_path: Path) -> None:
    server = LocalServer(Installation("6.8", tmp_path))
    with pytest.raises(LanguageToolInUnitTestError, match="integration"):
        server.ensure_running()
    assert not server.is_running()


def test_a_unit_test_checks_as_if_languagetool_were_unreachable() -> None:
    assert os.environ["BRANDVOICE_LANGUAGETOOL_URL"] == NO_LANGUAGETOOL_URL
    with warnings.catch_warnings():  # "LanguageTool unavailable", once per process
        warnings.simplefilter("ignore")
        report = Checker(languagetool="auto").check(CheckRequest("Hello there.", lang="en"))
    assert not any(backend.startswith("languagetool") for backend in report.backends)


def test_a_command_a_unit_test_runs_finds_no_languagetool() -> None:
    result = run_cli("check", "-", "--lang", "en", "--strict", stdin=b"Hello there.\n")
    assert result.returncode == 2
    assert "unit-tests-run-without-languagetool" in result.stderr
