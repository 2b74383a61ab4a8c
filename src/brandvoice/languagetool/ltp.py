"""language-tool-python, as this backend uses it: the only module that imports it.

One :class:`language_tool_python.LanguageTool` per language and server URL does the
talking: URL handling, validating the language against the server's list, building the
request from its rule settings, HTTP and error reporting. We read the matches' JSON
ourselves instead of its ``Match`` objects, because ``Match`` converts offsets with
process-wide class attributes (``Match.PREVIOUS_MATCHES_TEXT``), which races when
threads check different texts at once, and leaves lengths in UTF-16 units.
"""

from __future__ import annotations

import http.client
import urllib.parse
from typing import Any, cast

import language_tool_python
from language_tool_python.exceptions import LanguageToolError

from brandvoice.languagetool import settings

__all__ = ["LanguageToolClient", "LanguageToolError", "is_connection_failure"]


class LanguageToolClient(language_tool_python.LanguageTool):
    """language-tool-python's client for one language on one remote server."""

    def __init__(self, language: str, url: str, request_timeout: float) -> None:
        # requests takes a (connect, read) pair: a dead host is reported in seconds while
        # a slow first check (rules loading) still gets its time. The library's own
        # timeout is a single 300 s, for connecting and reading alike.
        self._TIMEOUT = (settings.CONNECT_TIMEOUT, request_timeout)  # type: ignore[assignment]
        super().__init__(language, remote_server=url)

    def check_json(self, text: str) -> list[dict[str, Any]]:
        """LanguageTool's matches for ``text``, as the JSON objects the server sent."""
        # num_tries=1: the backend retries itself, restarting or failing over first.
        response = self._query_server(
            urllib.parse.urljoin(self.url, "check"),
            self._create_params(text),
            num_tries=1,
            method="post",
        )
        return cast(list[dict[str, Any]], response["matches"])


def is_connection_failure(error: BaseException) -> bool:
    """Whether ``error`` means the server could not be reached or dropped the connection,
    rather than that it answered with an error."""
    # language-tool-python wraps requests' exceptions (OSError subclasses) this way. An
    # answer that is not JSON (an error page) is wrapped too, and requests' JSON error is
    # both an OSError and a ValueError: that one is an answer, not a failed connection.
    cause = error.__cause__
    return (
        isinstance(error, LanguageToolError)
        and isinstance(cause, OSError | http.client.HTTPException)
        and not isinstance(cause, ValueError)
    )
