"""`check` of one batch on one process, on every core, and on Dask workers, in one run.

    python benchmarks/parallel_speed.py [--posts 600] [--jobs 2] [--languagetool]

Same generated posts (benchmarks/posts.py, each unique) every way. Reported:

- ``--jobs 1`` (this process) and ``--jobs N`` (a pool of N worker processes), wall time
  including the workers' start (imports, models) and the ratio; goal >= 1.6x with 2 jobs
  on 2 cores;
- warm throughput: the same batch again on the pool once its workers are warm;
- Dask (needs the ``distributed`` extra): a local cluster of N worker processes with one
  thread each, a warm-up batch, then the batch; posts per second per worker.

Offline by default (own rules + embedded speller); ``--languagetool`` shares this
process's local LanguageTool server with the workers. The machine may be shared: the
load average is printed before each figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posts import generate_posts

from brandvoice.checks import Checker, CheckRequest
from brandvoice.parallel import Batches


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--languagetool", action="store_true")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    mode = "required" if args.languagetool else "off"
    checker = Checker(languagetool=mode)
    batch = [
        CheckRequest(text, None, network, lang)
        for text, lang, network in generate_posts(args.posts)
    ]
    again = [
        CheckRequest(text, None, network, lang)
        for text, lang, network in generate_posts(args.posts, start=args.posts)
    ]
    n = len(batch)
    print(f"{n} posts, LanguageTool {'yes' if args.languagetool else 'no'}, {os.cpu_count()} cores")

    print(f"[{load()}] --jobs 1 ...", flush=True)
    start = time.perf_counter()
    sequential = checker.check_many(batch)  # cold: loads the models, as a CLI run does
    one = time.perf_counter() - start
    start = time.perf_counter()
    checker.check_many(again)
    one_warm = time.perf_counter() - start
    print(f"  cold {one:.1f} s ({n / one:.0f} posts/s); warm {one_warm:.1f} s "
          f"({n / one_warm:.0f} posts/s)")  # fmt: skip

    print(f"[{load()}] --jobs {args.jobs} ...", flush=True)
    with Batches(jobs=args.jobs) as batches:
        start = time.perf_counter()
        parallel = batches.check(checker, batch)
        many = time.perf_counter() - start
        start = time.perf_counter()
        batches.check(checker, again)
        many_warm = time.perf_counter() - start
    same = [r.to_dict() for r in parallel] == [r.to_dict() for r in sequential]
    print(f"  cold {many:.1f} s ({n / many:.0f} posts/s), {one / many:.2f}x; warm "
          f"{many_warm:.1f} s ({n / many_warm:.0f} posts/s), {one_warm / many_warm:.2f}x "
          f"(goal >= 1.6x); same reports: {same}")  # fmt: skip

    if args.no_dask:
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("Dask: pip install 'brandvoice[distributed]'")
        return
    print(f"[{load()}] Dask, {args.jobs} worker processes x 1 thread ...", flush=True)
    with (
        LocalCluster(
            n_workers=args.jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        executor = client.get_executor()
        warm = generate_posts(args.jobs * 8, start=10 * args.posts)
        checker.check_many([CheckRequest(t, None, w, lang) for t, lang, w in warm],
                           executor=executor)  # fmt: skip
        start = time.perf_counter()
        dask = checker.check_many(again, executor=executor)
        took = time.perf_counter() - start
    same = [r.to_dict() for r in dask] == [r.to_dict() for r in checker.check_many(again)]
    print(f"  warm {took:.1f} s: {n / took:.0f} posts/s, {n / took / args.jobs:.0f} posts/s "
          f"per worker; same reports as one process: {same}")  # fmt: skip


if __name__ == "__main__":
    main()
