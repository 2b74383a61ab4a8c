"""A warm ``Checker.check_many`` with LanguageTool vs LanguageTool's own time on the same texts.

    python benchmarks/languagetool_raw.py [--posts 600] [--rounds 2]

"LanguageTool's own time" is the leanest client we can write: plain HTTP POSTs of each
text to ``/v2/check`` from as many threads as the backend has workers, each thread on one
kept-alive ``http.client`` connection, nothing done with the answers but ``json.loads``.
"Ours" is ``Checker(languagetool="required").check_many`` on the same texts, with every
rule, spaCy, Grammalecte when installed and the mapping of matches. Goal: ours <= 1.25x raw.

Both run against one private server whose sentence cache is off (``cacheSize=0``), so
the very same texts can be sent by both sides without the second being answered from the
cache; everything is warmed up first, and the sides alternate (raw, ours, ours, raw, ...)
to cancel drift on a shared machine. ``--backend-only`` adds ``LanguageToolBackend.check_many``
alone (our HTTP client without the rules) as a third column. ``--group N [N ...]`` adds raw
runs that send N posts of one language per request, joined by blank lines (whether grouping
short texts would pay: on 2026-12-06 it did not, see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts

LANGUAGES = {"fr": "fr", "en": "en-US"}


class RawClient:
    """POSTs to /v2/check, ``workers`` at a time, one kept-alive connection per thread."""

    def __init__(self, url: str, workers: int) -> None:
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.workers = workers
        self._local = threading.local()

    def _connection(self) -> http.client.HTTPConnection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = http.client.HTTPConnection(
                self.host, self.port, timeout=120
            )
        return connection

    def check(self, text: str, lang: str) -> int:
        body = urllib.parse.urlencode({"text": text, "language": LANGUAGES[lang]})
        connection = self._connection()
        connection.request(
            "POST",
            "/v2/check",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = connection.getresponse()
        answer = json.loads(response.read())
        return len(answer["matches"])

    def check_many(self, posts: list[tuple[str, str, str]]) -> int:
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            return sum(pool.map(lambda post: self.check(post[0], post[1]), posts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2, help="pairs of (raw, ours, ours, raw)")
    parser.add_argument("--backend-only", action="store_true")
    parser.add_argument("--group", type=int, nargs="*", default=[], metavar="N")
    args = parser.parse_args()

    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.languagetool import (
        LanguageToolBackend,
        LocalPool,
        LocalServer,
        backend,
        find_installation,
        settings,
    )

    installation = find_installation()
    if installation is None:
        sys.exit("LanguageTool is not installed: python -m brandvoice languagetool install")
    server = LocalServer(installation, properties={"cacheSize": "0"})
    url = server.ensure_running()
    ours_backend = LanguageToolBackend(LocalPool(server))
    backend._backends[()] = ours_backend  # the Checker's get_backend() gets this server
    workers = ours_backend.workers
    raw_client = RawClient(url, workers)
    checker = Checker(languagetool="required")

    def raw(posts: list[tuple[str, str, str]]) -> float:
        begin = time.perf_counter()
        raw_client.check_many(posts)
        return time.perf_counter() - begin

    def ours(posts: list[tuple[str, str, str]]) -> float:
        begin = time.perf_counter()
        checker.check_many([CheckRequest(t, network=n, lang=lang) for t, lang, n in posts])
        return time.perf_counter() - begin

    def backend_only(posts: list[tuple[str, str, str]]) -> float:
        begin = time.perf_counter()
        for lang in ("fr", "en"):
            ours_backend.check_many([t for t, post_lang, _ in posts if post_lang == lang], lang)
        return time.perf_counter() - begin

    def grouped(posts: list[tuple[str, str, str]], size: int) -> float:
        groups = []
        for lang in ("fr", "en"):
            texts = [t for t, post_lang, _ in posts if post_lang == lang]
            groups += [
                ("\n\n".join(texts[i : i + size]), lang, "") for i in range(0, len(texts), size)
            ]
        begin = time.perf_counter()
        raw_client.check_many(groups)
        return time.perf_counter() - begin

    posts = generate_posts(args.posts, seed=3, start=7 * 10**5)
    warm = generate_posts(300, seed=1, start=10**6)
    begin = time.perf_counter()
    ours(warm)
    raw(warm)
    print(
        f"LanguageTool {installation.version} at {url}, {workers} workers "
        f"(${settings.WORKERS_VARIABLE}); warmed up in {time.perf_counter() - begin:.1f} s; "
        f"{len(posts)} posts per run"
    )
    times: dict[str, float] = {"raw": 0.0, "ours": 0.0, "backend": 0.0}
    times.update({f"group {size}": 0.0 for size in args.group})
    for _ in range(args.rounds):
        times["raw"] += raw(posts)
        for size in args.group:
            times[f"group {size}"] += grouped(posts, size)
        times["ours"] += ours(posts)
        if args.backend_only:
            times["backend"] += backend_only(posts)
            times["backend"] += backend_only(posts)
        times["ours"] += ours(posts)
        for size in reversed(args.group):
            times[f"group {size}"] += grouped(posts, size)
        times["raw"] += raw(posts)
    total = 2 * args.rounds * len(posts)
    ratio = times["ours"] / times["raw"]
    print(
        f"raw LanguageTool: {total / times['raw']:.0f} posts/s; brandvoice check: "
        f"{total / times['ours']:.0f} posts/s; ratio {ratio:.2f}x (goal <= 1.25x) "
        f"{'ok' if ratio <= 1.25 else 'OVER'}"
    )
    if args.backend_only:
        print(
            f"LanguageToolBackend.check_many alone: {total / times['backend']:.0f} posts/s, "
            f"{times['backend'] / times['raw']:.2f}x raw"
        )
    for size in args.group:
        spent = times[f"group {size}"]
        print(
            f"raw LanguageTool, {size} posts per request: {total / spent:.0f} posts/s, "
            f"{spent / times['raw']:.2f}x one post per request"
        )
    server.stop()


if __name__ == "__main__":
    main()
