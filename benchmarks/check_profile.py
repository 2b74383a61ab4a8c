"""A cProfile summary of a warm offline ``check_many``, for benchmarks/profiles/.

    python benchmarks/check_profile.py --lang fr --posts 600 > benchmarks/profiles/NAME.txt

The posts are those of ``check_vs_proselint.py`` (``benchmarks/posts.py``, the first
repeat's), checked by ``Checker(languagetool="off")`` in one batch after a warm-up on other
posts. The profiler's clock is ``time.thread_time``: the calling thread's CPU time, so a
loaded machine's waits do not count, nor does work done in other threads. The header gives
the wall, process CPU and calling thread's CPU times of a run without the profiler, and
the load.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_vs_proselint import WARM_UP, posts_of

from brandvoice.checks.runner import Checker, CheckRequest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument("--posts", type=int, default=600)
    parser.add_argument("--top", type=int, default=45, help="rows of each listing")
    args = parser.parse_args()
    checker = Checker(languagetool="off")

    def check(texts: list[str]) -> object:
        return checker.check_many([CheckRequest(text=text, lang=args.lang) for text in texts])

    check(posts_of(args.lang, WARM_UP, start=10_000_000))
    texts = posts_of(args.lang, args.posts, start=0)
    wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    check(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    own = time.thread_time() - own
    profile = cProfile.Profile(time.thread_time)
    profile.enable()
    check(texts)
    profile.disable()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"check_many of {len(texts)} generated {args.lang} posts, languagetool off, warm;")
    print(f"commit {commit}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, load {load}")
    print(f"without the profiler: wall {wall:.2f} s, CPU {cpu:.2f} s, this thread's {own:.2f} s\n")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.strip_dirs().sort_stats(order).print_stats(args.top)
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()), "\n")


if __name__ == "__main__":
    main()
