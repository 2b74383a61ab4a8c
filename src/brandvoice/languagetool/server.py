"""A LanguageTool HTTP server run by this Python process.

Started lazily on first use, reused for every check, restarted when its process has died,
and stopped when Python exits. Its log goes to a private file whose tail explains a
failed start; request logging is turned down because a long batch would fill a disk.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Final

from brandvoice.languagetool import settings
from brandvoice.languagetool.errors import LanguageToolUnavailable
from brandvoice.languagetool.install import MAIN_CLASS, Installation, require_program
from brandvoice.languagetool.orphans import popen_tied_to_us

log = logging.getLogger(__name__)
# What a person at a terminal is told, one line on stderr (see brandvoice.cli).
notice = logging.getLogger("brandvoice.notice")

# Pipeline caching keeps each language's rules built between requests: without it every
# French check rebuilds them (~1.1 s a check instead of ~10 ms). The sentence cache
# answers the sentences that per-network variants of one message share.
_SERVER_PROPERTIES: Final = """\
pipelineCaching=true
maxPipelinePoolSize=32
pipelineExpireTimeInSeconds=3600
cacheSize=2000
cacheTTLSeconds=3600
"""
# LanguageTool logs three lines per request at INFO; warnings and errors are enough here.
_LOGBACK_XML: Final = """\
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="OUT"/></root>
</configuration>
"""
_POLL_INTERVAL: Final = 0.1
_STOP_GRACE_SECONDS: Final = 5.0
_LOG_TAIL_LINES: Final = 20

_running: weakref.WeakSet[LocalServer] = weakref.WeakSet()
_exiting = threading.Event()


class LocalServer:
    """One ``org.languagetool.server.HTTPServer`` process; all methods are thread-safe.

    ``port=None`` picks a free port. ``public=True`` accepts connections from other
    machines (for ``brandvoice languagetool serve``). ``quiet=False`` lets the server
    write its full log to this process's output instead of a private file. ``properties``
    adds or overrides lines of the server's configuration file (``maxTextLength``...).
    """

    def __init__(
        self,
        installation: Installation,
        *,
        port: int | None = None,
        java_options: Sequence[str] | None = None,
        start_timeout: float | None = None,
        public: bool = False,
        quiet: bool = True,
        properties: Mapping[str, str] | None = None,
    ) -> None:
        self.installation = installation
        self.properties = dict(properties or {})
        self.java_options = (
            list(java_options) if java_options is not None else settings.java_options()
        )
        self.start_timeout = start_timeout or settings.start_timeout()
        self.public = public
        self.quiet = quiet
        self.restarts = 0
        self.last_start_seconds: float | None = None
        self._fixed_port = port
        self._ready_url: str | None = None  # set once the server answers, not at launch
        self._process: subprocess.Popen[bytes] | None = None
        self._runtime_dir: Path | None = None
        self._lock = threading.RLock()

    @property
    def version(self) -> str:
        return self.installation.version

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    @property
    def url(self) -> str | None:
        """``http://127.0.0.1:<port>/`` while the server runs and answers, else None."""
        url = self._ready_url
        return url if url is not None and self.pid is not None else None

    def is_running(self) -> bool:
        return self.pid is not None

    def ensure_running(self) -> str:
        """The server's base URL, starting it, or restarting it if its process died."""
        url = self.url
        if url is not None:
            return url
        with self._lock:
            url = self.url
            if url is not None:
                return url  # another thread started it while we waited
            if self._process is not None:
                log.warning(
                    "LanguageTool server (pid %s) exited with %s; restarting it",
                    self._process.pid,
                    self._process.returncode,
                )
                self.restarts += 1
                self._discard_process()
            self._start()
            assert self._ready_url is not None
            notice.info(
                "LanguageTool %s started at %s in %.1f s (it stops when this command ends; "
                "`brandvoice languagetool start` keeps one running for the next commands)",
                self.version,
                self._ready_url,
                self.last_start_seconds or 0.0,
            )
            return self._ready_url

    def notice_failure(self) -> None:
        """A request failed to connect: give a dying process a moment to be reaped, so
        that the next :meth:`ensure_running` sees that it is dead and restarts it."""
        process = self._process
        if process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=1.0)

    def wait(self) -> int:
        """Block until the server process exits (for ``serve``); its exit status."""
        process = self._process
        return process.wait() if process is not None else 0

    def stop(self) -> None:
        """Stop the server: SIGTERM, then SIGKILL after a grace period; reaps the process."""
        with self._lock:
            self._discard_process()
            _running.discard(self)

    def __enter__(self) -> LocalServer:
        self.ensure_running()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _start(self) -> None:
        if _exiting.is_set():
            # A straggling thread must not start a server that nobody will stop.
            raise LanguageToolUnavailable("not starting LanguageTool: Python is exiting")
        java = require_program("java", "a Java 17 runtime")
        if not self.installation.server_jar.is_file():
            raise LanguageToolUnavailable(
                f"LanguageTool server jar missing: {self.installation.server_jar}"
            )
        attempts = 1 if self._fixed_port else 2  # a picked port may be taken meanwhile
        for attempt in range(attempts):
            port = self._fixed_port or free_port()
            try:
                self._launch(java, port)
                return
            except _ServerExitedError as error:
                self._discard_process()
                if attempt + 1 == attempts:
                    raise LanguageToolUnavailable(str(error)) from None
            except BaseException:
                self._discard_process()  # no half-started process or temporary files
                raise

    def _launch(self, java: str, port: int) -> None:
        runtime = self._runtime_dir = Path(tempfile.mkdtemp(prefix="brandvoice-languagetool-"))
        command = server_command(
            java,
            self.installation,
            port,
            runtime,
            java_options=self.java_options,
            properties=self.properties,
            quiet=self.quiet,
            public=self.public,
        )
        started = time.monotonic()
        output = open(runtime / "server.log", "wb") if self.quiet else None  # noqa: SIM115
        try:
            # A session of its own: a Ctrl-C meant for Python must not kill the server
            # behind our back; we stop it ourselves, in order, or the kernel does if
            # Python is killed (see orphans.py).
            self._process = popen_tied_to_us(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT if output else None,
                start_new_session=True,
            )
        except OSError as error:
            raise LanguageToolUnavailable(f"cannot run {java}: {error}") from error
        finally:
            if output is not None:
                output.close()  # the child holds its own descriptor
        _running.add(self)
        self._wait_until_ready(port, started)
        self._ready_url = f"http://127.0.0.1:{port}/"
        self.last_start_seconds = time.monotonic() - started
        log.info(
            "LanguageTool %s server (pid %s) ready on port %s in %.1f s",
            self.version,
            self._process.pid,
            port,
            self.last_start_seconds,
        )

    def _wait_until_ready(self, port: int, started: float) -> None:
        base = f"http://127.0.0.1:{port}/"
        process = self._process
        assert process is not None
        while time.monotonic() - started < self.start_timeout:
            if process.poll() is not None:
                raise _ServerExitedError(
                    f"LanguageTool server exited with status {process.returncode} while "
                    f"starting: {self._log_tail() or 'see its output above'}"
                )
            if answers(base):
                return
            time.sleep(_POLL_INTERVAL)
        tail = self._log_tail()
        self._discard_process()
        raise LanguageToolUnavailable(
            f"LanguageTool server did not answer within {self.start_timeout:g} s "
            f"(raise {settings.START_TIMEOUT_VARIABLE} on slow machines)"
            + (f": {tail}" if tail else "")
        )

    def _log_tail(self) -> str:
        if self._runtime_dir is None:
            return ""
        path = self._runtime_dir / "server.log"
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-_LOG_TAIL_LINES:])

    def _discard_process(self) -> None:
        process, self._process = self._process, None
        self._ready_url = None
        if process is not None:
            _terminate(process)
        if self._runtime_dir is not None:
            shutil.rmtree(self._runtime_dir, ignore_errors=True)
            self._runtime_dir = None


def server_command(
    java: str,
    installation: Installation,
    port: int,
    runtime: Path,
    *,
    java_options: Sequence[str],
    properties: Mapping[str, str] | None = None,
    quiet: bool = True,
    public: bool = False,
) -> list[str]:
    """The command that runs ``installation``'s server on ``port``, writing the
    configuration files it reads into the existing directory ``runtime``."""
    extra = "".join(f"{key}={value}\n" for key, value in (properties or {}).items())
    (runtime / "server.properties").write_text(_SERVER_PROPERTIES + extra, encoding="utf-8")
    command = [java, *java_options]
    if quiet:
        (runtime / "logback.xml").write_text(_LOGBACK_XML, encoding="utf-8")
        command.append(f"-Dlogback.configurationFile={runtime / 'logback.xml'}")
    command += ["-cp", str(installation.server_jar), MAIN_CLASS]
    command += ["--port", str(port), "--allow-origin", "*"]
    command += ["--config", str(runtime / "server.properties")]
    if public:
        command.append("--public")
    return command


def answers(url: str, timeout: float = 2.0) -> bool:
    """Whether a LanguageTool server at base URL ``url`` lists its languages."""
    try:
        with urllib.request.urlopen(f"{url}v2/languages", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


class _ServerExitedError(Exception):
    """The java process ended before answering (a taken port, a broken install)."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _terminate(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=_STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait()  # reap it: no zombie left behind


@atexit.register
def _stop_all() -> None:
    _exiting.set()
    for server in list(_running):
        server.stop()
