"""brandvoice's overhead over raw LanguageTool calls, on a warm local server.

    python benchmarks/languagetool_overhead.py [--posts 1000]

Both sides check posts the server has never seen (disjoint generated sets, so its sentence
cache helps neither) in the same batches, and each side runs twice, interleaved
(raw, ours, ours, raw), to cancel drift. "Raw" is ``backend.check_many`` per language;
"ours" is ``Checker.check_many`` with every rule, spaCy and the mapping of matches, once
without Grammalecte (the integration's own cost) and once with it (a second French checker,
in-process, when installed). Goal: ours without Grammalecte costs at most 25% more than raw.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()

    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.languagetool import LocalPool, get_backend

    backend = get_backend()
    start = time.perf_counter()
    if isinstance(backend.pool, LocalPool):
        backend.pool.server.ensure_running()
    started = time.perf_counter() - start
    checker = Checker(languagetool="required", disable=["grammalecte"])
    with_grammalecte = Checker(languagetool="required")
    warm = generate_posts(200, seed=1, start=10**6)
    checker.check_many([CheckRequest(t, network=n, lang=lang) for t, lang, n in warm])
    print(f"server start {started:.1f} s; warmed up on {len(warm)} posts ({backend.name})")

    def raw(posts: list[tuple[str, str, str]]) -> float:
        begin = time.perf_counter()
        for lang in ("fr", "en"):
            backend.check_many([t for t, post_lang, _ in posts if post_lang == lang], lang)
        return time.perf_counter() - begin

    def ours(posts: list[tuple[str, str, str]], which: Checker = checker) -> float:
        begin = time.perf_counter()
        which.check_many([CheckRequest(t, network=n, lang=lang) for t, lang, n in posts])
        return time.perf_counter() - begin

    sets = [generate_posts(args.posts, seed=s, start=(s + 2) * 10**5) for s in range(6)]
    raw_time = raw(sets[0]) + raw(sets[5])
    ours_time = ours(sets[1]) + ours(sets[4])
    second_time = ours(sets[2], with_grammalecte) + ours(sets[3], with_grammalecte)
    total = 2 * args.posts
    overhead = ours_time / raw_time - 1
    print(
        f"raw LanguageTool: {total / raw_time:.0f} posts/s; brandvoice: {total / ours_time:.0f} "
        f"posts/s; overhead {overhead:+.0%} (goal <= +25%) {'ok' if overhead <= 0.25 else 'OVER'}"
    )
    print(
        f"with Grammalecte too: {total / second_time:.0f} posts/s; "
        f"{second_time / raw_time - 1:+.0%} over raw LanguageTool"
    )


if __name__ == "__main__":
    main()
