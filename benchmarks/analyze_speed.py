"""Throughput of ``brandvoice.analysis.analyze_many`` and the share of it spent in spaCy.

    python benchmarks/analyze_speed.py [--posts 1000] [--repeat 3]

Posts come from benchmarks/posts.py (French and English alternately, each one unique).
The spaCy share is the time spent iterating ``nlp.pipe`` (Pipeline.analysis_docs), timed
apart from everything else (markers, address, formality, readability). A second table
times ``nlp.pipe`` alone on the same posts with other component sets, to show what the
analysis gains by switching off the entity recogniser and the lemmatizer and what the
parser (needed for passive voice, imperatives' subjects and sentences) costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts

from brandvoice.analysis import analyze_many
from brandvoice.nlp import Pipeline, get_pipeline


def bench_analyze(texts: list[str], repeat: int) -> None:
    spacy_time = 0.0
    original = Pipeline.analysis_docs

    def timed(self: Pipeline, docs: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
        nonlocal spacy_time
        iterator = original(self, docs, batch_size)
        while True:
            started = time.perf_counter()
            try:
                doc = next(iterator)
            except StopIteration:
                spacy_time += time.perf_counter() - started
                return
            spacy_time += time.perf_counter() - started
            yield doc

    totals, shares = [], []
    Pipeline.analysis_docs = timed  # type: ignore[method-assign]
    try:
        for _ in range(repeat):
            spacy_time = 0.0
            started = time.perf_counter()
            analyze_many(texts)
            total = time.perf_counter() - started
            totals.append(total)
            shares.append(spacy_time / total)
    finally:
        Pipeline.analysis_docs = original  # type: ignore[method-assign]
    total = statistics.median(totals)
    share = statistics.median(shares)
    print(
        f"analyze_many: {len(texts)} posts in {total:.2f} s = {len(texts) / total:.0f} posts/s; "
        f"spaCy (nlp.pipe) {share:.0%} of the time, the rest (markers, address, formality, "
        f"readability) {1 - share:.0%}"
    )


def _pipe_time(pipeline: Pipeline, texts: list[str], enabled: list[str], repeat: int) -> float:
    names = [name for name in enabled if name in pipeline.nlp.component_names]
    times = []
    for _ in range(repeat):
        with pipeline.nlp.select_pipes(enable=names):
            started = time.perf_counter()
            for _doc in pipeline.nlp.pipe(texts, batch_size=64):
                pass
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_components(posts: list[tuple[str, str, str]], repeat: int) -> None:
    base = ["tok2vec", "tagger", "morphologizer", "attribute_ruler"]
    configurations: list[tuple[str, list[str]]] = [
        ("all components (+ lemmatizer, NER)", [*base, "parser", "lemmatizer", "ner"]),
        ("analysis: tagger/morphologizer + parser", [*base, "parser"]),
        ("without parser (tagger + senter)", [*base, "senter"]),
    ]
    print("\n| components | fr posts/s | en posts/s |\n|---|---|---|")
    rates: dict[str, dict[str, float]] = {}
    for lang in ("fr", "en"):
        texts = [text for text, code, _ in posts if code == lang]
        pipeline = get_pipeline(lang)
        for label, enabled in configurations:
            seconds = _pipe_time(pipeline, texts, enabled, repeat)
            rates.setdefault(label, {})[lang] = len(texts) / seconds
    for label, _ in configurations:
        print(f"| {label} | {rates[label]['fr']:.0f} | {rates[label]['en']:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    posts = generate_posts(args.posts)
    texts = [text for text, _, _ in posts]
    analyze_many(texts[:20])  # load both models and the word lists once
    bench_analyze(texts, args.repeat)
    bench_components(posts, args.repeat)


if __name__ == "__main__":
    main()
