"""A server left running by ``brandvoice languagetool start`` is found and reused by the next
commands; kept-alive HTTP connections.

Every test points the cache folder (``$BRANDVOICE_CACHE_DIR``) at its own temporary folder,
so that no test reuses, or stops, a server a developer started; the real installation is
linked into it. A fixture stops whatever a test started. The integration tests run a real
LanguageTool server, as in tests/test_languagetool.py.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from brandvoice.languagetool import (
    LanguageToolBackend,
    LocalPool,
    LocalServer,
    RemotePool,
    backend,
    find_installation,
    get_backend,
    install,
    settings,
    shared,
)
from brandvoice.languagetool.install import Installation

from .conftest import ROOT, require_program

# --- Fakes ------------------------------------------------------------------------------


class _FakeServer(http.server.ThreadingHTTPServer):
    """Answers like LanguageTool (languages, and checks without matches) over HTTP/1.1
    keep-alive, counting the TCP connections its clients opened."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _FakeHandler)
        self.connections: set[tuple[str, int]] = set()
        self.sockets: list[socket.socket] = []
        self.checks = 0
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def stop(self) -> None:
        """Stop listening and drop open connections, as a server that exits does."""
        self.shutdown()
        self.server_close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.lock:
            self.sockets.append(request)
        super().process_request(request, client_address)


class _FakeHandler(http.server.BaseHTTPRequestHandler):
    server: _FakeServer
    protocol_version = "HTTP/1.1"  # keep-alive: a client may send many requests per connection

    def _answer(self, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.connections.add(self.client_address)
        self._answer(
            [
                {"name": "French", "code": "fr", "longCode": "fr"},
                {"name": "English (US)", "code": "en", "longCode": "en-US"},
            ]
        )

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        with self.server.lock:
            self.server.connections.add(self.client_address)
            self.server.checks += 1
        self._answer({"software": {"version": "6.8"}, "matches": []})

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[_FakeServer]:
    server = _FakeServer()
    yield server
    server.stop()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, and no server URL in the environment."""
    monkeypatch.setenv("BRANDVOICE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(settings.URL_VARIABLE, raising=False)
    monkeypatch.setattr(backend, "_backends", {})  # leave other tests' backends alone
    folder = settings.cache_dir()
    folder.mkdir(parents=True)
    return folder


def _fake_installation(cache: Path, version: str = "6.8") -> Installation:
    root = cache / f"LanguageTool-{version}"
    root.mkdir()
    (root / "languagetool-server.jar").write_bytes(b"")
    (root / ".brandvoice-complete").write_text(f"{version}\n", encoding="utf-8")
    found = find_installation(version, cache)
    assert found is not None
    return found


def _write_state(cache: Path, url: str, pid: int, version: str = "6.8") -> None:
    state = {"url": url, "pid": pid, "version": version, "started": "2026-12-06T11:00:00+00:00"}
    (cache / shared.STATE_FILE).write_text(json.dumps(state), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def notices() -> Iterator[list[str]]:
    logger = logging.getLogger("brandvoice.notice")
    told, level = _Lines(), logger.level
    logger.addHandler(told)
    logger.setLevel(logging.INFO)
    yield told.lines
    logger.removeHandler(told)
    logger.setLevel(level)


# --- Unit tests: fake servers -----------------------------------------------------------


def test_requests_to_one_server_share_kept_alive_connections(fake: _FakeServer) -> None:
    client = LanguageToolBackend(RemotePool([fake.url]), workers=3)
    texts = [f"Bonjour numéro {n}." for n in range(40)]
    assert client.check_many(texts, "fr") == [[] for _ in texts]
    assert client.check_many(texts[:10], "en") == [[] for _ in range(10)]
    assert fake.checks == 50
    # 50 checks and 2 language lists, on at most one connection per worker.
    assert 1 <= len(fake.connections) <= 3
    client.close()


def test_a_stale_state_file_is_ignored_and_removed(cache: Path, fake: _FakeServer) -> None:
    _write_state(cache, fake.url, _dead_pid())  # the server answers, its process is gone
    assert shared.find_running() is None
    assert not (cache / shared.STATE_FILE).exists()
    _write_state(cache, "http://127.0.0.1:9/", os.getpid())  # alive, but nothing answers
    assert shared.find_running() is None
    assert not (cache / shared.STATE_FILE).exists()
    (cache / shared.STATE_FILE).write_text("{not json", encoding="utf-8")
    assert shared.find_running() is None
    assert not (cache / shared.STATE_FILE).exists()


def test_auto_mode_reuses_a_running_server_and_says_so(
    cache: Path, fake: _FakeServer, notices: list[str]
) -> None:
    _fake_installation(cache)
    _write_state(cache, fake.url, os.getpid())
    chosen = get_backend()
    assert isinstance(chosen.pool, LocalPool)
    assert chosen.pool.server.ensure_running() == fake.url
    assert chosen.check("Bonjour à tous.", "fr") == []
    assert fake.checks == 1
    assert len(notices) == 1
    assert notices[0].startswith(f"Using the LanguageTool 6.8 server already running at {fake.url}")
    chosen.close()  # never stops the shared server
    assert (cache / shared.STATE_FILE).exists()


def test_a_server_of_another_version_is_not_reused(cache: Path, fake: _FakeServer) -> None:
    _fake_installation(cache, "6.8")
    _write_state(cache, fake.url, os.getpid(), version="6.5")
    chosen = get_backend()
    assert isinstance(chosen.pool, LocalPool)
    assert isinstance(chosen.pool.server, LocalServer)  # its own, started on first check
    assert (cache / shared.STATE_FILE).exists()  # running, only not for us: left alone


def test_an_explicit_url_wins_over_a_running_server(cache: Path, fake: _FakeServer) -> None:
    _fake_installation(cache)
    _write_state(cache, "http://127.0.0.1:9/", os.getpid())
    chosen = get_backend(fake.url)
    assert isinstance(chosen.pool, RemotePool)
    assert chosen.pool.urls == (fake.url,)


def test_stop_never_kills_a_process_that_is_not_languagetool(cache: Path) -> None:
    _write_state(cache, "http://127.0.0.1:9/", os.getpid())  # a recycled pid: ours
    state = shared.stop()
    assert state is not None
    assert state.pid == os.getpid()
    assert not (cache / shared.STATE_FILE).exists()
    assert shared.stop() is None


# --- Integration tests: a real LanguageTool ---------------------------------------------


@pytest.fixture(scope="session")
def real_installation() -> Installation:
    """The developer's or CI's installation (found before a test moves the cache folder)."""
    require_program("java")
    found = find_installation()
    if found is not None:
        return found
    require_program("mvn")
    return install()


@pytest.fixture
def linked_cache(real_installation: Installation, cache: Path) -> Iterator[Path]:
    """The test's cache folder with the real installation linked into it; stops whatever
    server a test started there."""
    link = cache / real_installation.root.name
    link.symlink_to(real_installation.root, target_is_directory=True)
    try:
        yield cache
    finally:
        shared.stop(cache)


def _cli(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["BRANDVOICE_CACHE_DIR"] = str(cache.parent)
    env.pop(settings.URL_VARIABLE, None)
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(
        [sys.executable, "-m", "brandvoice", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False,
    )  # fmt: skip


@pytest.mark.integration
def test_start_then_a_check_reuses_it_then_stop(linked_cache: Path, tmp_path: Path) -> None:
    started = _cli("languagetool", "start", cache=linked_cache)
    assert started.returncode == 0, started.stderr
    state = shared.read_state(linked_cache)
    assert state is not None
    assert started.stdout.strip() == state.url
    assert shared.is_alive(state)  # the command ended, the server did not
    assert (linked_cache / shared.LOG_FILE).is_file()

    again = _cli("languagetool", "start", cache=linked_cache)
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stderr
    assert shared.read_state(linked_cache) == state

    status = _cli("languagetool", "status", cache=linked_cache)
    assert f"started server: LanguageTool {state.version} at {state.url}" in status.stdout

    post = tmp_path / "post.txt"
    post.write_text("Our shop in Toulon is open every day. Come and see teh collection!\n")
    checked = _cli("check", str(post), "--lang", "en", "--format", "json", cache=linked_cache)
    assert checked.returncode in (0, 1), checked.stderr
    assert f"Using the LanguageTool {state.version} server already running" in checked.stderr
    assert "started at" not in checked.stderr  # no server of its own
    result = json.loads(checked.stdout)["results"][0]
    assert any(backend.startswith("languagetool:") for backend in result["backends"])
    typo = post.read_text().index("teh")
    assert any(
        finding["rule"].startswith("languagetool.") and finding["offset"] == typo
        for finding in result["findings"]
    ), result["findings"]

    stopped = _cli("languagetool", "stop", cache=linked_cache)
    assert stopped.returncode == 0, stopped.stderr
    assert f"pid {state.pid}" in stopped.stdout
    assert not (linked_cache / shared.STATE_FILE).exists()
    assert not shared._pid_alive(state.pid)
    assert _cli("languagetool", "stop", cache=linked_cache).returncode == 0


@pytest.mark.integration
def test_a_reused_server_that_goes_away_is_replaced_by_our_own(
    linked_cache: Path, real_installation: Installation, fake: _FakeServer, notices: list[str]
) -> None:
    _write_state(linked_cache, fake.url, os.getpid(), real_installation.version)
    chosen = get_backend()
    assert chosen.check("He go to school.", "en") == []  # the fake finds nothing
    fake.stop()
    try:
        matches = chosen.check("He go to school.", "en")  # the real server does
        assert matches
        assert isinstance(chosen.pool, LocalPool)
        assert chosen.pool.server.url != fake.url
        assert any("stopped answering" in line for line in notices)
    finally:
        chosen.close()
