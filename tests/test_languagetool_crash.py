"""A batch survives LanguageTool failing: a killed server is restarted and the texts sent
again; a text the server refuses falls back to the embedded speller alone, and its report
says so. A real LanguageTool server of its own, so that killing it harms no other test."""

from __future__ import annotations

import json
import logging
import os
import signal
from collections.abc import Iterator

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.languagetool import (
    LanguageToolBackend,
    LanguageToolUnavailable,
    LocalPool,
    LocalServer,
    find_installation,
)

pytestmark = pytest.mark.integration

# The server refuses longer texts: a stand-in for the pathological file that breaks it.
MAX_TEXT_LENGTH = 400
SHORT_POSTS = [
    "Our shop in Toulon is open every day this week. Come and see teh new collection!",
    "We are hiring a sales assistant for the summer season. Send us your CV.",
]
LONG_POST = "Our beach club reopens on Saturday with a new menu and live music. " * 10


@pytest.fixture(scope="module")
def private_server(languagetool_backend) -> Iterator[LocalServer]:  # type: ignore[no-untyped-def]
    installation = find_installation()
    assert installation is not None
    server = LocalServer(installation, properties={"maxTextLength": str(MAX_TEXT_LENGTH)})
    yield server
    server.stop()


def _kill(server: LocalServer) -> None:
    assert server.pid is not None
    os.kill(server.pid, signal.SIGKILL)


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_a_killed_server_is_restarted_and_no_text_is_lost(private_server) -> None:
    backend = LanguageToolBackend(LocalPool(private_server))
    assert all(isinstance(r, list) for r in backend.check_each(SHORT_POSTS, "en-US"))
    restarts = private_server.restarts
    _kill(private_server)
    notices = logging.getLogger("brandvoice.notice")
    told, level = _Lines(), notices.level
    notices.addHandler(told)
    notices.setLevel(logging.INFO)
    try:
        answers = backend.check_each(SHORT_POSTS, "en-US")
    finally:
        notices.removeHandler(told)
        notices.setLevel(level)
    assert private_server.restarts == restarts + 1
    # A person at a terminal is told, in one line, why this check took seconds longer.
    assert len(told.lines) == 1
    assert told.lines[0].startswith(f"LanguageTool {private_server.version} started at http")
    assert all(isinstance(answer, list) for answer in answers)
    assert any(match.rule_id.startswith("MORFOLOGIK") for match in answers[0])  # "teh"


def test_only_the_text_that_fails_falls_back(private_server) -> None:
    url = private_server.ensure_running()
    checker = Checker(languagetool_url=url)
    texts = [SHORT_POSTS[0], LONG_POST, SHORT_POSTS[1]]
    reports = checker.check_many([CheckRequest(text, lang="en") for text in texts])
    languagetool = [any(b.startswith("languagetool") for b in r.backends) for r in reports]
    assert languagetool == [True, False, True]
    assert "languagetool_failed" in reports[1].metrics
    assert "languagetool_failed" not in reports[0].metrics
    assert any(b.startswith("hunspell") for b in reports[1].backends)
    # The typo of the first post is still found, by LanguageTool.
    assert any(f.rule.startswith("languagetool.") for f in reports[0].findings)


def test_strict_mode_refuses_a_partial_check(private_server) -> None:
    url = private_server.ensure_running()
    checker = Checker(languagetool="required", languagetool_url=url)
    with pytest.raises(LanguageToolUnavailable):
        checker.check_many([CheckRequest(SHORT_POSTS[0], lang="en"), CheckRequest(LONG_POST)])


def test_the_cli_batch_reports_the_failed_file(private_server, cli, tmp_path) -> None:
    paths = []
    for name, text in (
        ("a.txt", SHORT_POSTS[0]),
        ("long.txt", LONG_POST),
        ("b.txt", SHORT_POSTS[1]),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    url = private_server.ensure_running()
    text_out = cli("check", *paths, "--lang", "en", languagetool_url=url)
    assert text_out.returncode in (0, 1), text_out.stderr
    assert "long.txt: LanguageTool failed on this text alone" in text_out.stdout
    assert "a.txt: LanguageTool failed" not in text_out.stdout
    json_out = cli("check", *paths, "--lang", "en", "--format", "json", languagetool_url=url)
    results = json.loads(json_out.stdout)["results"]
    assert ["languagetool_failed" in r["metrics"] for r in results] == [False, True, False]
