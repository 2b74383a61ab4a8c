"""Speed measurements, as ratios against a baseline taken in the same run.

    python benchmarks/run.py [--posts 1000] [--repeat 15]

1. Cold start: ``python -m brandvoice --help`` against ``python -c pass`` (goal < 3x).
2. ``check`` throughput on generated posts (French and English, several networks), with
   the share of time spent in spaCy's batched sentence analysis.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time

FRENCH = [
    "Nous ouvrons notre nouvelle boutique à Toulon le samedi {d} juin.",
    "Venez découvrir nos produits du Var et profiter de {p} % de remise !",
    "Atelier tapenade le mercredi à {h} h, sur réservation au 04 94 00 00 00.",
    "Toute l'équipe vous attend au 12 rue Castillon.",
    "Plus d'infos sur https://comptoir-mourillon.fr/atelier.",
]
ENGLISH = [
    "Our beach club reopens on Friday {d} May at 11 am.",
    "Enjoy {p}% off paddle-board rentals all week 🏄",
    "Live music every Saturday from {h} pm, book at https://sablettes-beach.example/book.",
    "The whole team can't wait to welcome you back.",
    "Call +33 4 94 00 00 01 to reserve a sunbed.",
]
NETWORKS = ["x", "facebook", "instagram", "linkedin", "bluesky", "mastodon"]


def generate_posts(count: int, seed: int = 7) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    posts = []
    for index in range(count):
        lang, pool = ("fr", FRENCH) if index % 2 else ("en", ENGLISH)
        sentences = rng.sample(pool, k=rng.randint(2, len(pool)))
        text = " ".join(s.format(d=rng.randint(1, 28), p=rng.choice([10, 15, 20]),
                                 h=rng.randint(2, 8)) for s in sentences)
        tags = " ".join(rng.sample(["#Toulon", "#Var", "#Summer", "#ShopLocal", "#Plage"],
                                   k=rng.randint(0, 4)))
        posts.append((f"{text} {tags}".strip(), lang, NETWORKS[index % len(NETWORKS)]))
    return posts


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
    print(f"cold start: python -c pass {baseline * 1000:.1f} ms, "
          f"brandvoice --help {help_time * 1000:.1f} ms, ratio {ratio:.2f}x (goal < 3x) {verdict}")


def bench_check(posts: int) -> None:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.nlp import Pipeline, get_pipeline

    generated = generate_posts(posts)
    requests = [CheckRequest(text, network=net, lang=lang) for text, lang, net in generated]
    checker = Checker()
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
    print(f"check: {posts} posts in {elapsed:.2f} s = {posts / elapsed:.0f} posts/s "
          f"({findings} findings); spaCy share {spacy_time / elapsed:.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    bench_cold_start(args.repeat)
    bench_check(args.posts)


if __name__ == "__main__":
    main()
