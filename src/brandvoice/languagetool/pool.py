"""Where checks are sent: this process's own server, or remote servers.

The backend asks a pool for the URLs to try for one request, in order, and tells it about
each failed connection; the local pool restarts its server in between, the remote pool
moves on to the next server.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Final, Protocol

from brandvoice.languagetool.errors import LanguageToolUnavailable
from brandvoice.languagetool.server import LocalServer
from brandvoice.languagetool.shared import SharedServer

# A server that refused a connection is tried last for this long, so that one dead URL
# among several does not cost every other request a failed connection.
_REMOTE_COOL_DOWN_SECONDS: Final = 30.0


class ServerPool(Protocol):
    @property
    def name(self) -> str:
        """The backend's name in reports, e.g. ``languagetool:6.8 (local)``."""
        ...

    def urls_to_try(self) -> Iterator[str]:
        """Base URLs for one request: the next is asked for only after a failure."""
        ...

    def notice_failure(self, url: str, error: BaseException) -> None: ...

    def unavailable(self, failures: Sequence[tuple[str, BaseException]]) -> LanguageToolUnavailable:
        """The error to raise once every URL tried has failed."""
        ...

    def close(self) -> None: ...


class LocalPool:
    """This process's server: after a failure it is restarted if its process died. Or the
    server of ``brandvoice languagetool start``, reused (:class:`SharedServer`), which this
    process replaces with its own when it stops answering."""

    def __init__(self, server: LocalServer | SharedServer, attempts: int = 3) -> None:
        self.server = server
        self.attempts = attempts

    @property
    def name(self) -> str:
        return f"languagetool:{self.server.version} (local)"

    def urls_to_try(self) -> Iterator[str]:
        for _ in range(self.attempts):
            yield self.server.ensure_running()

    def notice_failure(self, url: str, error: BaseException) -> None:
        self.server.notice_failure()

    def unavailable(self, failures: Sequence[tuple[str, BaseException]]) -> LanguageToolUnavailable:
        url, error = failures[-1]
        return LanguageToolUnavailable(
            f"the local LanguageTool server at {url} failed {len(failures)} times: {error}"
        )

    def close(self) -> None:
        self.server.stop()


class RemotePool:
    """Remote servers: requests go round-robin; a failed connection moves on to the next."""

    def __init__(self, urls: Sequence[str]) -> None:
        if not urls:
            raise ValueError("RemotePool needs at least one URL")
        self.urls = tuple(urls)
        self._turn = itertools.count()
        self._down_until: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"languagetool:remote {', '.join(self.urls)}"

    def urls_to_try(self) -> Iterator[str]:
        with self._lock:
            start = next(self._turn) % len(self.urls)
            now = time.monotonic()
            rotation = self.urls[start:] + self.urls[:start]
            up = [url for url in rotation if self._down_until.get(url, 0.0) <= now]
        yield from up
        yield from (url for url in rotation if url not in up)

    def notice_failure(self, url: str, error: BaseException) -> None:
        with self._lock:
            self._down_until[url] = time.monotonic() + _REMOTE_COOL_DOWN_SECONDS

    def unavailable(self, failures: Sequence[tuple[str, BaseException]]) -> LanguageToolUnavailable:
        details = "; ".join(f"{url} ({_reason(error)})" for url, error in failures)
        return LanguageToolUnavailable(f"LanguageTool server unreachable: {details}")

    def close(self) -> None:
        pass  # nothing of ours runs there


def _reason(error: BaseException) -> str:
    """What went wrong, short: requests' messages bury ``Connection refused`` in a repr."""
    text = str(error)
    system_error = re.search(r"\[Errno -?\d+\] ([^'\")]+)", text)
    if system_error:
        return system_error.group(1).strip()
    if "timed out" in text.lower():
        return "timed out"
    return text[-200:]
