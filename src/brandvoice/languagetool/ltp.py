"""language-tool-python, as this backend uses it: the only module that imports it.

One :class:`language_tool_python.LanguageTool` per language and server URL does the
talking: URL handling, validating the language against the server's list, building the
request from its rule settings, HTTP and error reporting. We read the matches' JSON
ourselves instead of its ``Match`` objects, because ``Match`` converts offsets with
process-wide class attributes (``Match.PREVIOUS_MATCHES_TEXT``), which races when
threads check different texts at once, and leaves lengths in UTF-16 units.

Its HTTP calls go through ``requests.post``, a new session and TCP connection per request;
ours go through one :class:`requests.Session` per server URL (see :func:`new_session`),
whose kept-alive connections every language and thread share.
"""

from __future__ import annotations

import http.client
import urllib.parse
from typing import Any, Literal, cast

import language_tool_python
import requests
from language_tool_python.exceptions import LanguageToolError, RateLimitError
from requests.adapters import HTTPAdapter

from brandvoice.languagetool import settings

__all__ = ["LanguageToolClient", "LanguageToolError", "is_connection_failure", "new_session"]


def new_session(connections: int) -> requests.Session:
    """An HTTP session for one server: ``connections`` kept-alive connections at most.

    Thread-safe as we use it: every request goes through the adapter's urllib3 pool (which
    is thread-safe), taking a connection for itself and handing it back when the answer is
    read; a thread that finds all ``connections`` taken waits for one (``pool_block``), so
    the session also bounds the requests in flight to the server. The session's other
    state is read-only after this function, except its cookie jar, which has a lock of its
    own (and LanguageTool sets no cookies). Size ``connections`` to the parallel requests.
    """
    session = requests.Session()
    adapter = HTTPAdapter(
        pool_connections=1, pool_maxsize=max(1, connections), max_retries=0, pool_block=True
    )
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class LanguageToolClient(language_tool_python.LanguageTool):
    """language-tool-python's client for one language on one remote server, sending its
    requests through ``session`` (kept-alive connections, shared with other clients)."""

    def __init__(
        self,
        language: str,
        url: str,
        request_timeout: float,
        session: requests.Session | None = None,
    ) -> None:
        # requests takes a (connect, read) pair: a dead host is reported in seconds while
        # a slow first check (rules loading) still gets its time. The library's own
        # timeout is a single 300 s, for connecting and reading alike.
        self._TIMEOUT = (settings.CONNECT_TIMEOUT, request_timeout)  # type: ignore[assignment]
        self._session = session or new_session(1)
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

    def _query_server(
        self,
        url: str,
        params: dict[str, str] | None = None,
        num_tries: int = 2,
        method: Literal["get", "post"] = "get",
    ) -> Any:
        """language-tool-python's request, through our session instead of a new connection
        per request; its errors are the library's (:func:`is_connection_failure` reads them)."""
        for attempt in range(num_tries):
            try:
                if method == "post":
                    response = self._session.post(
                        url, data=params, timeout=self._TIMEOUT, proxies=self._proxies
                    )
                else:
                    response = self._session.get(
                        url, params=params, timeout=self._TIMEOUT, proxies=self._proxies
                    )
                with response:
                    try:
                        return response.json()
                    except requests.JSONDecodeError as error:
                        if response.status_code == 426:
                            raise RateLimitError("LanguageTool's rate limit: try later") from error
                        answer = response.content.decode(errors="replace")
                        raise LanguageToolError(answer) from error
            except (OSError, http.client.HTTPException) as error:
                if attempt + 1 >= num_tries:
                    raise LanguageToolError(f"{self._url}: {error}") from error
        return None


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
