"""Checking texts with LanguageTool: matches in code points, retried across failures.

The backend sends each text through language-tool-python (see
:mod:`brandvoice.languagetool.ltp`) to a server from its pool. When a connection fails, the
pool restarts the local server or moves to the next remote one and the text is sent
again, so a batch never silently skips a text: it gets its matches or an error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar

from brandvoice.errors import InputError
from brandvoice.languagetool import settings
from brandvoice.languagetool.errors import LanguageToolRequestError, LanguageToolUnavailable
from brandvoice.languagetool.offsets import Utf16Positions
from brandvoice.languagetool.pool import ServerPool

if TYPE_CHECKING:
    import requests

    from brandvoice.languagetool.ltp import LanguageToolClient

MAX_REPLACEMENTS: Final = 5
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LTMatch:
    """One LanguageTool match; ``offset`` and ``length`` count code points of the str."""

    rule_id: str
    category_id: str
    issue_type: str  # e.g. misspelling, grammar, typographical, style, whitespace
    offset: int
    length: int
    message: str
    replacements: tuple[str, ...]
    context: str  # LanguageTool's excerpt around the match

    @classmethod
    def from_json(cls, match: Mapping[str, Any], positions: Utf16Positions) -> LTMatch:
        rule = match["rule"]
        offset, length = positions.span(match["offset"], match["length"])
        return cls(
            rule_id=rule["id"],
            category_id=rule.get("category", {}).get("id", ""),
            issue_type=rule.get("issueType", "uncategorized"),
            offset=offset,
            length=length,
            message=match.get("message", ""),
            replacements=tuple(
                r["value"] for r in match.get("replacements", ())[:MAX_REPLACEMENTS]
            ),
            context=match.get("context", {}).get("text", ""),
        )


class LanguageToolBackend:
    """Checks texts on the servers of ``pool``; safe to share between threads.

    ``languages`` overrides LanguageTool codes per language (``{"en": "en-GB"}``);
    ``workers`` bounds the parallel requests of :meth:`check_many`. Requests to one server
    URL share one HTTP session: up to ``workers`` connections kept alive between requests,
    for every language and thread.
    """

    def __init__(
        self,
        pool: ServerPool,
        *,
        languages: Mapping[str, str] | None = None,
        workers: int | None = None,
        request_timeout: float | None = None,
    ) -> None:
        self.pool = pool
        self.languages = dict(languages or {})
        self.workers = max(1, workers or settings.workers())
        self.request_timeout = request_timeout or settings.request_timeout()
        self._clients: dict[tuple[str, str], LanguageToolClient] = {}
        self._sessions: dict[str, requests.Session] = {}
        self._clients_lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.pool.name

    def check(self, text: str, lang: str) -> list[LTMatch]:
        """LanguageTool's matches for ``text`` in our language ``lang`` (``fr``, ``en``)."""
        if not text.strip():
            return []
        code = settings.language_code(lang, self.languages)
        raw = self._send(text, code)
        positions = Utf16Positions(text)
        return [LTMatch.from_json(match, positions) for match in raw]

    def check_many(self, texts: Sequence[str], lang: str) -> list[list[LTMatch]]:
        """:meth:`check` for each text, several at a time; results in the order of ``texts``."""
        return self._each(lambda text: self.check(text, lang), texts)

    def check_each(
        self, texts: Sequence[str], lang: str
    ) -> list[list[LTMatch] | LanguageToolUnavailable]:
        """:meth:`check_many`, where a text that fails even after the pool's restarts and
        retries gets its error instead of taking the batch down with it: one pathological
        text falls back alone, the others keep LanguageTool's matches."""

        def settled(text: str) -> list[LTMatch] | LanguageToolUnavailable:
            try:
                return self.check(text, lang)
            except LanguageToolUnavailable as error:
                return error

        return self._each(settled, texts)

    def _each(self, check: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        """``check`` of each text, up to :attr:`workers` at a time, in the order of ``texts``."""
        if len(texts) <= 1 or self.workers == 1:
            return [check(text) for text in texts]
        with ThreadPoolExecutor(
            max_workers=min(self.workers, len(texts)), thread_name_prefix="languagetool"
        ) as pool:
            return list(pool.map(check, texts))

    def close(self) -> None:
        """Stop what the pool runs (the local server) and close the kept-alive connections;
        the backend can be used again."""
        with self._clients_lock:
            sessions = list(self._sessions.values())
            self._sessions.clear()
            self._clients.clear()
        for session in sessions:
            session.close()
        self.pool.close()

    def _send(self, text: str, code: str) -> list[dict[str, Any]]:
        from brandvoice.languagetool.ltp import LanguageToolError, is_connection_failure

        failures: list[tuple[str, BaseException]] = []
        for url in self.pool.urls_to_try():
            try:
                return self._client(url, code).check_json(text)
            except LanguageToolError as error:
                if not is_connection_failure(error):
                    answer = str(error).strip()[:300] or "an empty, non-JSON response"
                    raise LanguageToolRequestError(
                        f"LanguageTool at {url} answered a check ({code}) with an error "
                        f"instead of matches: {answer}"
                    ) from error
                failures.append((url, error))
                self.pool.notice_failure(url, error)
        raise self.pool.unavailable(failures)

    def _client(self, url: str, code: str) -> LanguageToolClient:
        key = (url, code)
        client = self._clients.get(key)
        if client is not None:
            return client
        from brandvoice.languagetool.ltp import LanguageToolClient, new_session

        with self._clients_lock:
            session = self._sessions.get(url)
            if session is None:
                session = self._sessions[url] = new_session(self.workers)
        # Built outside the lock: it asks the server for its languages, which may fail.
        try:
            client = LanguageToolClient(code, url, self.request_timeout, session)
        except ValueError as error:  # the server does not know the language
            raise InputError(
                f"LanguageTool at {url} does not support language {code!r}", field="lang"
            ) from error
        with self._clients_lock:
            return self._clients.setdefault(key, client)
