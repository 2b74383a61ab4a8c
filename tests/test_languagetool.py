"""The LanguageTool backend: install from Maven Central, a real local server, remote mode.

The integration tests run a real LanguageTool server (installed on first use, a minute or
two). They skip when java or mvn is missing, except under CI=true, where they fail.
Only the error-handling unit tests use a fake server.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brandvoice.languagetool import (
    Installation,
    LanguageToolBackend,
    LanguageToolRequestError,
    LanguageToolUnavailable,
    LocalPool,
    LocalServer,
    RemotePool,
    backend,
    find_installation,
    get_backend,
    install,
    settings,
)
from brandvoice.languagetool.install import missing_jars
from brandvoice.languagetool.launcher import MANIFEST, read_class_path, write_launcher_jar
from brandvoice.languagetool.offsets import Utf16Positions

from .conftest import require_program

DEAD_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens there

# --- Unit tests: no server --------------------------------------------------------------


def test_utf16_offsets_after_an_astral_emoji_become_code_points() -> None:
    text = "🎉 Je suis allé a la plage."
    positions = Utf16Positions(text)
    utf16_offset = len(text[: text.index(" a ") + 1].encode("utf-16-le")) // 2
    assert utf16_offset == text.index(" a ") + 2  # the emoji is two UTF-16 units
    assert positions.span(utf16_offset, 1) == (text.index(" a ") + 1, 1)


def test_a_span_over_an_emoji_has_its_length_in_code_points() -> None:
    text = "ok 🎉🎉 ok"
    assert Utf16Positions(text).span(2, 6) == (2, 4)  # " 🎉🎉 " is 6 units, 4 code points


@given(st.text(), st.text())
def test_utf16_offset_of_any_boundary_maps_to_its_code_point(before: str, after: str) -> None:
    utf16_offset = len(before.encode("utf-16-le", "surrogatepass")) // 2
    assert Utf16Positions(before + after).code_point(utf16_offset) == len(before)


def test_launcher_manifest_lines_fit_72_bytes_and_read_back(tmp_path: Path) -> None:
    entries = [f"lib/org.example.library-number-{i}-with-a-long-name-1.0.jar" for i in range(40)]
    entries.append("lib/bibliothèque é.jar")  # multi-byte and a space: never split, quoted
    jar = tmp_path / "launcher.jar"
    write_launcher_jar(jar, entries, "org.example.Main")
    with zipfile.ZipFile(jar) as archive:
        manifest = archive.read(MANIFEST)
    lines = manifest.split(b"\r\n")
    assert max(len(line) for line in lines) <= 72
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    assert b"Main-Class: org.example.Main\r\n" in manifest
    assert read_class_path(jar) == entries


def test_server_urls_split_on_commas_and_spaces_and_normalise() -> None:
    assert settings.server_urls("lt1:8081, http://lt2:8081/v2/  https://lt3/api") == [
        "http://lt1:8081/",
        "http://lt2:8081/",
        "https://lt3/api/",
    ]


def test_server_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.URL_VARIABLE, "http://a:1 http://b:2")
    assert settings.server_urls() == ["http://a:1/", "http://b:2/"]
    monkeypatch.delenv(settings.URL_VARIABLE)
    assert settings.server_urls() == []


def test_english_variant_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.language_code("en") == "en-US"
    assert settings.language_code("fr") == "fr"
    monkeypatch.setenv("BRANDVOICE_LANGUAGETOOL_LANG_EN", "en-GB")
    assert settings.language_code("en") == "en-GB"
    assert settings.language_code("en", {"en": "en-AU"}) == "en-AU"


def test_cache_dir_follows_brandvoice_then_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BRANDVOICE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert settings.cache_dir() == tmp_path / "xdg" / "brandvoice" / "languagetool"
    monkeypatch.setenv("BRANDVOICE_CACHE_DIR", str(tmp_path / "own"))
    assert settings.cache_dir() == tmp_path / "own" / "languagetool"


def test_remote_pool_goes_round_robin_and_tries_a_failed_server_last() -> None:
    pool = RemotePool(["http://a/", "http://b/", "http://c/"])
    firsts = [next(pool.urls_to_try()) for _ in range(3)]
    assert firsts == ["http://a/", "http://b/", "http://c/"]
    pool.notice_failure("http://a/", OSError("refused"))
    assert list(pool.urls_to_try()) == ["http://b/", "http://c/", "http://a/"]


def test_an_incomplete_installation_is_not_found(tmp_path: Path) -> None:
    half_done = tmp_path / "LanguageTool-6.8"
    (half_done / "lib").mkdir(parents=True)
    (half_done / "languagetool-server.jar").write_bytes(b"")  # no marker: interrupted
    assert find_installation(cache_dir=tmp_path) is None
    assert find_installation("6.8", cache_dir=tmp_path) is None


def test_install_without_maven_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(LanguageToolUnavailable, match="Maven"):
        install(cache_dir=tmp_path)


def test_no_backend_at_all_gives_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BRANDVOICE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(settings.URL_VARIABLE, raising=False)
    # Offline here anyway; on a machine with internet access it would download 200 MB.
    monkeypatch.setattr(backend, "_language_tool_python_download", lambda: (None, "offline"))
    monkeypatch.setattr(backend, "_backends", {})  # leave other tests' backends alone
    with pytest.raises(LanguageToolUnavailable, match="python -m brandvoice languagetool install"):
        get_backend()


def test_a_dead_url_is_named_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend, "_backends", {})
    dead = get_backend(DEAD_URL)
    assert dead.name == f"languagetool:remote {DEAD_URL}"
    started = time.monotonic()
    with pytest.raises(LanguageToolUnavailable, match=DEAD_URL):
        dead.check_many(["Bonjour à tous.", "Bonne journée."], "fr")
    assert time.monotonic() - started < 15


class _ErrorAnsweringServer(http.server.ThreadingHTTPServer):
    """Knows French, then answers every check with an error page, as an overloaded or
    misconfigured LanguageTool does."""

    checks = 0


class _ErrorAnsweringHandler(http.server.BaseHTTPRequestHandler):
    server: _ErrorAnsweringServer

    def do_GET(self) -> None:
        body = json.dumps([{"name": "French", "code": "fr", "longCode": "fr"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.server.checks += 1
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b"Error: checking took longer than 10 seconds"
        self.send_response(500)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_an_error_answer_is_reported_once_not_retried() -> None:
    fake = _ErrorAnsweringServer(("127.0.0.1", 0), _ErrorAnsweringHandler)
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{fake.server_address[1]}/"
    try:
        client = LanguageToolBackend(RemotePool([url]))
        with pytest.raises(LanguageToolRequestError, match="longer than 10 seconds") as caught:
            client.check("Bonjour à tous.", "fr")
        assert url in str(caught.value)
        assert fake.checks == 1
    finally:
        fake.shutdown()
        fake.server_close()


# --- Integration tests: a real LanguageTool ---------------------------------------------


@pytest.fixture(scope="session")
def installation() -> Installation:
    require_program("java")
    found = find_installation()
    if found is not None:
        return found
    require_program("mvn")
    return install()  # the first time: a minute or two from Maven Central


@pytest.fixture(scope="session")
def local(installation: Installation) -> Iterator[LanguageToolBackend]:
    checker = LanguageToolBackend(LocalPool(LocalServer(installation)))
    yield checker
    checker.close()


def _server(checker: LanguageToolBackend) -> LocalServer:
    assert isinstance(checker.pool, LocalPool)
    return checker.pool.server


def _covered(text: str, offset: int, length: int) -> str:
    return text[offset : offset + length]


@pytest.mark.integration
def test_french_typo_found_at_its_code_point_offset(local: LanguageToolBackend) -> None:
    text = "🎉🎉 Venez découvrir nos produits du Var, c'est une bonne ocasion !"
    [match] = [m for m in local.check(text, "fr") if m.issue_type == "misspelling"]
    assert _covered(text, match.offset, match.length) == "ocasion"
    assert match.category_id == "TYPOS"
    assert "occasion" in match.replacements
    assert len(match.replacements) <= 5
    assert "ocasion" in match.context


@pytest.mark.integration
def test_english_grammar_error_found_at_its_code_point_offset(
    local: LanguageToolBackend,
) -> None:
    text = "🎉🏄 He go to the beach every day."
    [match] = local.check(text, "en")
    assert (match.rule_id, match.issue_type) == ("HE_VERB_AGR", "grammar")
    assert _covered(text, match.offset, match.length) == "go"
    assert "goes" in match.replacements


@pytest.mark.integration
def test_the_server_is_started_once_and_reused(local: LanguageToolBackend) -> None:
    server = _server(local)
    local.check("Bonjour à tous.", "fr")
    pid = server.pid
    assert pid is not None
    local.check_many(["Hello there.", "See you soon."], "en")
    local.check("Bonne soirée.", "fr")
    assert server.pid == pid
    assert local.name == f"languagetool:{server.version} (local)"


@pytest.mark.integration
def test_english_variant_changes_the_spelling_rules(local: LanguageToolBackend) -> None:
    british = LanguageToolBackend(local.pool, languages={"en": "en-GB"})
    text = "I like the colour of the sea."
    assert [m.rule_id for m in local.check(text, "en")] == ["MORFOLOGIK_RULE_EN_US"]
    assert british.check(text, "en") == []


class _KillingPool(LocalPool):
    """The real local pool, whose server is killed with SIGKILL when the ``kill_at``-th
    request of a batch is about to go out, while other requests are in flight."""

    def __init__(self, server: LocalServer, kill_at: int) -> None:
        super().__init__(server)
        self.kill_at = kill_at
        self.requests = 0
        self.killed: list[int] = []
        self._lock = threading.Lock()

    def urls_to_try(self) -> Iterator[str]:
        for url in super().urls_to_try():
            with self._lock:
                self.requests += 1
                pid = self.server.pid
                if self.requests == self.kill_at and pid is not None:
                    os.kill(pid, signal.SIGKILL)
                    self.killed.append(pid)
            yield url


@pytest.mark.integration
def test_a_server_killed_mid_batch_is_restarted_and_no_text_is_skipped(
    local: LanguageToolBackend,
) -> None:
    server = _server(local)
    killing = _KillingPool(server, kill_at=10)
    checker = LanguageToolBackend(killing, workers=4)
    texts = [f"On vous attend a la boutique le {day} juin." for day in range(1, 31)]
    results = checker.check_many(texts, "fr")
    assert len(killing.killed) == 1
    assert server.pid not in (None, killing.killed[0])
    assert server.restarts >= 1
    with pytest.raises(ChildProcessError):
        os.waitpid(killing.killed[0], os.WNOHANG)  # already reaped: no zombie left behind
    assert len(results) == len(texts)
    for text, matches in zip(texts, results, strict=True):
        assert "a" in [_covered(text, m.offset, m.length) for m in matches], text


@pytest.mark.integration
def test_remote_mode_against_the_local_server(local: LanguageToolBackend) -> None:
    url = _server(local).ensure_running()
    remote = LanguageToolBackend(RemotePool(settings.server_urls(url)))
    assert remote.name == f"languagetool:remote {url}"
    text = "🎉 He go to the beach."
    assert remote.check(text, "en") == local.check(text, "en")


@pytest.mark.integration
def test_remote_mode_fails_over_from_a_dead_server(local: LanguageToolBackend) -> None:
    url = _server(local).ensure_running()
    remote = LanguageToolBackend(RemotePool([DEAD_URL, url]), workers=2)
    results = remote.check_many(["He go home.", "She go out.", "They goes in."], "en")
    assert all(len(matches) == 1 for matches in results)


@pytest.mark.integration
def test_get_backend_picks_the_local_installation(
    installation: Installation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(settings.URL_VARIABLE, raising=False)
    monkeypatch.setattr(backend, "_backends", {})
    # Not a server a developer left running with `languagetool start` (test_languagetool_reuse).
    monkeypatch.setattr(backend, "find_running", lambda version=None: None)
    chosen = get_backend()
    assert chosen is get_backend()
    assert chosen.name == f"languagetool:{installation.version} (local)"
    assert not _server(chosen).is_running()  # started by the first check, not before


@pytest.mark.integration
def test_install_is_idempotent(installation: Installation) -> None:
    jar_written = installation.server_jar.stat().st_mtime_ns
    started = time.monotonic()
    again = install(installation.version, installation.ltp_path)
    assert time.monotonic() - started < 2
    assert again == installation
    assert again.server_jar.stat().st_mtime_ns == jar_written


@pytest.mark.integration
def test_a_half_finished_install_is_redone(installation: Installation, tmp_path: Path) -> None:
    require_program("mvn")  # jars already in Maven's local repository: seconds, not minutes
    half_done = tmp_path / f"LanguageTool-{installation.version}"
    (half_done / "lib").mkdir(parents=True)
    (half_done / "lib" / "truncated.jar").write_bytes(b"PK")
    redone = install(installation.version, tmp_path)
    assert redone.root == half_done
    assert not (half_done / "lib" / "truncated.jar").exists()
    assert missing_jars(redone) == []
    assert find_installation(cache_dir=tmp_path) == redone


@pytest.mark.integration
def test_launcher_manifest_lists_existing_jars(installation: Installation) -> None:
    entries = read_class_path(installation.server_jar)
    names = {Path(entry).name for entry in entries}
    for module in ("languagetool-server", "language-en", "language-fr"):
        assert f"org.languagetool.{module}-{installation.version}.jar" in names
    assert missing_jars(installation) == []


@pytest.mark.integration
def test_language_tool_python_runs_our_installation(
    installation: Installation, monkeypatch: pytest.MonkeyPatch
) -> None:
    import language_tool_python

    monkeypatch.setenv("LTP_PATH", str(installation.ltp_path))
    tool = language_tool_python.LanguageTool(
        "en-US", language_tool_download_version=installation.version
    )
    try:
        assert [m.rule_id for m in tool.check("He go to school.")] == ["HE_VERB_AGR"]
    finally:
        tool.close()


_SERVER_PARENT = """
import sys, time
from brandvoice.languagetool import LocalServer, find_installation
server = LocalServer(find_installation())
server.ensure_running()
print(server.pid, flush=True)
time.sleep(300)
"""


@pytest.mark.integration
def test_the_server_ends_when_python_is_killed(installation: Installation) -> None:
    """SIGTERM's default action skips atexit, and the server's own session escapes a
    process-group kill: the kernel still ends it (``orphans.py``)."""
    from .test_orphans import start_parent, wait_until_gone

    parent, java = start_parent(_SERVER_PARENT)
    try:
        parent.send_signal(signal.SIGTERM)
        parent.wait(timeout=10)
        assert wait_until_gone(java, seconds=15), f"LanguageTool (pid {java}) outlived Python"
    finally:
        parent.kill()
        with contextlib.suppress(ProcessLookupError):
            os.kill(java, signal.SIGKILL)
