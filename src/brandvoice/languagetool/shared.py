"""A LanguageTool server that outlives the command that started it, for the next commands.

``brandvoice languagetool start`` runs the server detached from its own process (a session
of its own, not tied to the command's life, its output in ``server.log`` in the cache
folder) and writes a state file beside it, ``server.json``: URL, pid, LanguageTool version
and start time. A later command that would start a server of its own (auto or required
mode, no server URL given) reads that file first and, when the server answers and runs the
LanguageTool version it would have used, sends its checks there instead; a state file whose
process is gone or whose server does not answer is removed. ``languagetool stop`` stops the
server and removes the file.

The cache folder is :func:`brandvoice.languagetool.settings.cache_dir`
(``$BRANDVOICE_CACHE_DIR/languagetool``, else ``$XDG_CACHE_HOME/brandvoice/languagetool``,
else ``~/.cache/brandvoice/languagetool``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from brandvoice.languagetool import settings
from brandvoice.languagetool.errors import LanguageToolUnavailable
from brandvoice.languagetool.install import MAIN_CLASS, Installation, require_program
from brandvoice.languagetool.server import LocalServer, answers, free_port, server_command

log = logging.getLogger(__name__)
notice = logging.getLogger("brandvoice.notice")

STATE_FILE: Final = "server.json"
LOG_FILE: Final = "server.log"
_RUNTIME_DIR: Final = "server"  # server.properties and logback.xml of the running server
_LOCK_FILE: Final = "server.lock"
# A command asks the server on the state file whether it is there before using it: a live
# server on this machine answers /v2/languages in milliseconds.
PROBE_TIMEOUT: Final = 2.0
_POLL_INTERVAL: Final = 0.1
_STOP_GRACE_SECONDS: Final = 10.0
_LOG_TAIL_LINES: Final = 20


@dataclass(frozen=True, slots=True)
class SharedServerState:
    """What ``server.json`` holds about the running server."""

    url: str
    pid: int
    version: str
    started: str  # ISO 8601, UTC
    log: str  # the path of its output

    @classmethod
    def from_json(cls, data: object) -> SharedServerState:
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return cls(
            url=str(data["url"]),
            pid=int(data["pid"]),
            version=str(data["version"]),
            started=str(data.get("started", "")),
            log=str(data.get("log", "")),
        )


def state_path(cache_dir: Path | None = None) -> Path:
    return (cache_dir or settings.cache_dir()).expanduser() / STATE_FILE


def read_state(cache_dir: Path | None = None) -> SharedServerState | None:
    """The state file's content; None when there is none (an unreadable one is removed)."""
    path = state_path(cache_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        log.debug("cannot read %s: %s", path, error)
        return None
    try:
        return SharedServerState.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError):
        log.info("ignoring and removing the unreadable LanguageTool state file %s", path)
        _remove(path)
        return None


def is_alive(state: SharedServerState) -> bool:
    """Whether the state file's process runs and its server answers."""
    return _pid_alive(state.pid) and answers(state.url, PROBE_TIMEOUT)


def find_running(
    version: str | None = None, cache_dir: Path | None = None
) -> SharedServerState | None:
    """The server started by ``languagetool start`` if it answers (and runs ``version``
    when given); a stale state file (its process gone, or no answer) is removed."""
    state = read_state(cache_dir)
    if state is None:
        return None
    if not is_alive(state):
        log.info(
            "removing the stale LanguageTool state file %s (pid %s, %s): the server is gone",
            state_path(cache_dir),
            state.pid,
            state.url,
        )
        _remove(state_path(cache_dir))
        return None
    if version is not None and state.version != version:
        log.info(
            "not reusing LanguageTool %s at %s: this command uses LanguageTool %s",
            state.version,
            state.url,
            version,
        )
        return None
    return state


def start(
    installation: Installation,
    *,
    port: int | None = None,
    cache_dir: Path | None = None,
    java_options: list[str] | None = None,
    start_timeout: float | None = None,
) -> tuple[SharedServerState, bool]:
    """Start a detached server for ``installation`` unless one is running already;
    ``(its state, whether this call started it)``. Raises :class:`LanguageToolUnavailable`
    when it does not start (the message ends with its log's tail)."""
    cache = (cache_dir or settings.cache_dir()).expanduser()
    cache.mkdir(parents=True, exist_ok=True)
    with _locked(cache):  # two `start` at once: one server
        running = find_running(None, cache)
        if running is not None:
            return running, False
        java = require_program("java", "a Java 17 runtime")
        if not installation.server_jar.is_file():
            raise LanguageToolUnavailable(
                f"LanguageTool server jar missing: {installation.server_jar}"
            )
        runtime = cache / _RUNTIME_DIR
        shutil.rmtree(runtime, ignore_errors=True)
        runtime.mkdir()
        port = port or free_port()
        command = server_command(
            java,
            installation,
            port,
            runtime,
            java_options=java_options if java_options is not None else settings.java_options(),
        )
        log_path = cache / LOG_FILE
        started = time.monotonic()
        with open(log_path, "wb") as output:
            try:
                # Not tied to us (no parent-death signal, a session of its own): it keeps
                # running when this command ends, and a Ctrl-C here does not reach it.
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    close_fds=True,
                )
            except OSError as error:
                raise LanguageToolUnavailable(f"cannot run {java}: {error}") from error
        url = f"http://127.0.0.1:{port}/"
        timeout = start_timeout or settings.start_timeout()
        while not answers(url, PROBE_TIMEOUT):
            failed = process.poll() is not None
            if failed or time.monotonic() - started > timeout:
                if not failed:
                    _terminate(process.pid)
                process.wait()
                why = (
                    f"exited with status {process.returncode} while starting"
                    if failed
                    else f"did not answer within {timeout:g} s"
                )
                raise LanguageToolUnavailable(
                    f"LanguageTool server {why}: {_tail(log_path) or f'see {log_path}'}"
                )
            time.sleep(_POLL_INTERVAL)
        state = SharedServerState(
            url=url,
            pid=process.pid,
            version=installation.version,
            started=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            log=str(log_path),
        )
        _write_state(cache, state)
        # Popen would reap the child when it is collected; it is not ours to wait for.
        process.returncode = 0
        return state, True


def stop(cache_dir: Path | None = None) -> SharedServerState | None:
    """Stop the server of the state file (SIGTERM, SIGKILL after a grace period) and remove
    the file; the state it had, or None when there was none."""
    cache = (cache_dir or settings.cache_dir()).expanduser()
    if not (cache / STATE_FILE).exists():
        return None
    with _locked(cache):
        state = read_state(cache)
        if state is None:
            return None
        if _pid_alive(state.pid) and _is_languagetool(state.pid):
            _terminate(state.pid)
        _remove(state_path(cache))
        shutil.rmtree(cache / _RUNTIME_DIR, ignore_errors=True)
        return state


class SharedServer:
    """The server of ``languagetool start`` as this process's local server (for
    :class:`~brandvoice.languagetool.pool.LocalPool`): checks go there while it answers;
    once it stops answering, this process starts a server of its own from ``installation``.
    Never stopped from here: it is not ours."""

    def __init__(self, state: SharedServerState, installation: Installation | None) -> None:
        self.state = state
        self.installation = installation
        self._own: LocalServer | None = None
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        own = self._own
        return own.version if own is not None else self.state.version

    @property
    def pid(self) -> int | None:
        own = self._own
        return own.pid if own is not None else self.state.pid

    @property
    def url(self) -> str | None:
        own = self._own
        return own.url if own is not None else self.state.url

    @property
    def restarts(self) -> int:
        own = self._own
        return own.restarts if own is not None else 0

    @property
    def last_start_seconds(self) -> float | None:
        own = self._own
        return own.last_start_seconds if own is not None else None

    def is_running(self) -> bool:
        return self.pid is not None

    def ensure_running(self) -> str:
        own = self._own
        return self.state.url if own is None else own.ensure_running()

    def notice_failure(self) -> None:
        """A request failed to connect: if the shared server no longer answers, the next
        :meth:`ensure_running` starts this process's own."""
        own = self._own
        if own is not None:
            own.notice_failure()
            return
        if is_alive(self.state):
            return
        with self._lock:
            if self._own is not None:
                return
            if self.installation is None:
                raise LanguageToolUnavailable(
                    f"the LanguageTool server at {self.state.url} (pid {self.state.pid}) "
                    "stopped answering, and no installation is here to start another"
                )
            notice.info(
                "The LanguageTool server at %s stopped answering; starting one for this command",
                self.state.url,
            )
            self._own = LocalServer(self.installation)

    def stop(self) -> None:
        """Stop this process's own server, if it had to start one; never the shared one."""
        own = self._own
        if own is not None:
            own.stop()


def _write_state(cache: Path, state: SharedServerState) -> None:
    path = cache / STATE_FILE
    temporary = path.with_name(f".{STATE_FILE}.{os.getpid()}")
    temporary.write_text(json.dumps(asdict(state), indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)  # readers see the old file or the whole new one


@contextlib.contextmanager
def _locked(cache: Path) -> Iterator[None]:
    with open(cache / _LOCK_FILE, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie (exited, not yet reaped)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True  # no /proc: trust kill()
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _is_languagetool(pid: int) -> bool:
    """Whether ``pid`` runs LanguageTool's server (a recycled pid must not be killed)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # no /proc here: the state file is all we know
    return MAIN_CLASS.encode() in cmdline


def _terminate(pid: int) -> None:
    for sig, grace in ((signal.SIGTERM, _STOP_GRACE_SECONDS), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)  # reap it if it is our child (tests)
            if not _pid_alive(pid):
                return
            time.sleep(_POLL_INTERVAL)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _tail(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-_LOG_TAIL_LINES:])
