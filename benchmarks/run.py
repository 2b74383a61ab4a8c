"""Speed measurements, as ratios against a baseline taken in the same run.

    python benchmarks/run.py [--posts 1000] [--repeat 15]

1. Cold start: ``python -m brandvoice --help`` against ``python -c pass`` (goal < 3x).
2. ``check`` throughput on generated posts (French and English, several networks), with
   the share of time spent in spaCy's batched sentence analysis.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts


def _median_run(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_cold_start(repeat: int) -> None:
    baseline = _median_run([sys.executable, "-c", "pass"], repeat)
    help_time = _median_run([sys.executable, "-m", "brandvoice", "--help"], repeat)
    ratio = help_time / baseline
    verdict = "ok" if ratio < 3 else "OVER GOAL"
    print(
        f"cold start: python -c pass {baseline * 1000:.1f} ms, "
        f"brandvoice --help {help_time * 1000:.1f} ms, ratio {ratio:.2f}x (goal < 3x) {verdict}"
    )


def bench_check(posts: int) -> None:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.nlp import Pipeline, get_pipeline

    generated = generate_posts(posts)
    requests = [CheckRequest(text, network=net, lang=lang) for text, lang, net in generated]
    checker = Checker(languagetool="off")  # LanguageTool: benchmarks/languagetool_overhead.py
    checker.check_many(requests[:10])  # warm: load models and data once
    for lang in ("fr", "en"):
        get_pipeline(lang)

    spacy_time = 0.0
    original = Pipeline.sentence_docs

    def timed(self: Pipeline, texts, batch_size: int = 64):  # type: ignore[no-untyped-def]
        nonlocal spacy_time
        iterator = original(self, texts, batch_size)
        while True:
            start = time.perf_counter()
            try:
                doc = next(iterator)
            except StopIteration:
                spacy_time += time.perf_counter() - start
                return
            spacy_time += time.perf_counter() - start
            yield doc

    Pipeline.sentence_docs = timed  # type: ignore[method-assign]
    start = time.perf_counter()
    reports = checker.check_many(requests)
    elapsed = time.perf_counter() - start
    Pipeline.sentence_docs = original  # type: ignore[method-assign]
    findings = sum(len(r.findings) for r in reports)
    print(
        f"check: {posts} posts in {elapsed:.2f} s = {posts / elapsed:.0f} posts/s "
        f"({findings} findings); spaCy share {spacy_time / elapsed:.0%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    bench_cold_start(args.repeat)
    bench_check(args.posts)


if __name__ == "__main__":
    main()
