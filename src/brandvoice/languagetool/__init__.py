"""LanguageTool as a brandvoice backend: install it, run it, check texts with it.

- :func:`install` fetches LanguageTool's server from Maven Central into the user's cache;
- :class:`LocalServer` runs it for this process, started on first use and restarted if it dies;
- :func:`get_backend` picks remote servers, else the local installation, once per process;
- :class:`LanguageToolBackend` checks texts and returns :class:`LTMatch` objects whose
  offsets count code points of the Python ``str``.

language-tool-python is imported only when a first check needs it.
"""

from brandvoice.languagetool.backend import get_backend, reset_backends
from brandvoice.languagetool.client import LanguageToolBackend, LTMatch
from brandvoice.languagetool.errors import LanguageToolRequestError, LanguageToolUnavailable
from brandvoice.languagetool.install import (
    DEFAULT_VERSION,
    Installation,
    find_installation,
    install,
)
from brandvoice.languagetool.pool import LocalPool, RemotePool
from brandvoice.languagetool.server import LocalServer

__all__ = [
    "DEFAULT_VERSION",
    "Installation",
    "LTMatch",
    "LanguageToolBackend",
    "LanguageToolRequestError",
    "LanguageToolUnavailable",
    "LocalPool",
    "LocalServer",
    "RemotePool",
    "find_installation",
    "get_backend",
    "install",
    "reset_backends",
]
