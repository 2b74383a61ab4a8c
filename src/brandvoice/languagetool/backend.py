"""Which LanguageTool to use, chosen once per process.

In order: server URLs (the ``url`` argument or ``$BRANDVOICE_LANGUAGETOOL_URL``); the server
that ``brandvoice languagetool start`` left running, when it answers and runs the version
installed (see :mod:`brandvoice.languagetool.shared`); our installation in the cache, run
as a local server; LanguageTool as language-tool-python downloads it (machines with
internet access), run the same way. Otherwise
:class:`LanguageToolUnavailable` says how to install it.
"""

from __future__ import annotations

import logging
import threading

from brandvoice.languagetool import settings
from brandvoice.languagetool.client import LanguageToolBackend
from brandvoice.languagetool.errors import INSTALL_COMMAND, LanguageToolUnavailable
from brandvoice.languagetool.install import Installation, find_installation
from brandvoice.languagetool.pool import LocalPool, RemotePool
from brandvoice.languagetool.server import LocalServer
from brandvoice.languagetool.shared import SharedServer, find_running

log = logging.getLogger(__name__)
# What a person at a terminal is told, one line on stderr (see brandvoice.cli).
notice = logging.getLogger("brandvoice.notice")

_backends: dict[tuple[str, ...], LanguageToolBackend] = {}
_lock = threading.Lock()


def get_backend(url: str | None = None) -> LanguageToolBackend:
    """The process's backend for ``url`` (one URL, or several separated by commas or
    spaces), else for ``$BRANDVOICE_LANGUAGETOOL_URL``, else for a local server.

    Nothing starts here: a local server starts on the first check.
    """
    urls = settings.server_urls(url)
    key = tuple(urls)  # () stands for the local server
    with _lock:
        backend = _backends.get(key)
        if backend is None:
            backend = _backends[key] = _create(urls)
        return backend


def reset_backends() -> None:
    """Close and forget the cached backends (tests; a changed environment)."""
    with _lock:
        for backend in _backends.values():
            backend.close()
        _backends.clear()


def _create(urls: list[str]) -> LanguageToolBackend:
    if urls:
        return LanguageToolBackend(RemotePool(urls))
    installation = find_installation()
    shared = find_running(installation.version if installation is not None else None)
    if shared is not None:
        notice.info(
            "Using the LanguageTool %s server already running at %s (pid %s; "
            "`brandvoice languagetool stop` stops it)",
            shared.version,
            shared.url,
            shared.pid,
        )
        return LanguageToolBackend(LocalPool(SharedServer(shared, installation)))
    if installation is None:
        installation, download_failure = _language_tool_python_download()
        if installation is None:
            raise LanguageToolUnavailable(
                f"LanguageTool is not installed in {settings.cache_dir()} and "
                f"language-tool-python could not download it ({download_failure}). "
                f"Install it with: {INSTALL_COMMAND} (needs Java 17 and Maven), "
                f"or set {settings.URL_VARIABLE} to a LanguageTool server"
            )
    return LanguageToolBackend(LocalPool(LocalServer(installation)))


def _language_tool_python_download() -> tuple[Installation | None, str]:
    """LanguageTool's release zip as language-tool-python downloads it into its LTP_PATH."""
    try:
        from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

        release = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
        release.download()  # a no-op when it is already there
        root = release.get_jar_path().parent
    except Exception as error:  # no network, no Java, no disk space: all mean "not here"
        log.debug("language-tool-python could not get LanguageTool", exc_info=True)
        return None, f"{type(error).__name__}: {str(error)[:200]}"
    return Installation(release.version_name, root), ""
