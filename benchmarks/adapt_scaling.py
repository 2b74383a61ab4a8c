"""How ``adapt`` grows with the master's length: 5 kB, 50 kB and 300 kB masters, French and
English, in one run.

    python benchmarks/adapt_scaling.py [--sizes 5000 50000 300000] [--langs fr en]
                                       [--profile DIR] [--write docs/benchmarks.md]

Masters are built by joining the realistic paragraphs of ``benchmarks/data/masters.yaml``
(every intent, in file order, cycled) up to the size asked, so they read like a long
press release, not one sentence repeated. ``adapt`` writes the six default variants with
``languagetool="off"`` and a fixed date; ``max_chars`` is raised to let the long masters
in. A warm-up adaptation of a short master runs first so model loading is not counted.
The template sandbox refuses a value over 100,000 characters (``profiles/sandbox.py``, a
guard against hostile templates): a 300 kB master's body is such a value, so this script
lifts those caps for its own run (:func:`lift_template_caps`); nothing else changes.

Goal (issue 20): the 50 kB master costs at most 13x the 5 kB one, and 300 kB finishes.
``--profile DIR`` also writes a cProfile summary per master (``DIR/adapt-<lang>-<size>.txt``).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import time
from functools import cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from shared import ROOT

from brandvoice.adaptation.engine import adapt

DATE = dt.date(2026, 11, 25)
MAX_CHARS = 400_000
ROW = "| `adapt` of long masters, 6 default variants, no LanguageTool"


@cache
def paragraphs(lang: str) -> tuple[str, ...]:
    data = yaml.safe_load((ROOT / "benchmarks" / "data" / "masters.yaml").read_text("utf-8"))
    return tuple(m["text"].strip() for m in data["masters"] if m["lang"] == lang)


def long_master(lang: str, size: int) -> str:
    """Paragraphs of ``lang`` joined by blank lines, cycled, up to ``size`` characters
    (the last one that would pass it is left out; at least one is taken)."""
    pieces: list[str] = []
    length = 0
    source = paragraphs(lang)
    i = 0
    while True:
        paragraph = source[i % len(source)]
        added = len(paragraph) + (2 if pieces else 0)
        if pieces and length + added > size:
            break
        pieces.append(paragraph)
        length += added
        i += 1
    return "\n\n".join(pieces)


def lift_template_caps(chars: int = 4 * MAX_CHARS) -> None:
    """Raise the template sandbox's per-value, output and written-text caps to ``chars``
    for this process: the benchmark's long masters are bodies, not hostile templates."""
    from brandvoice.profiles import sandbox

    sandbox.MAX_VALUE_CHARS = chars
    sandbox.MAX_OUTPUT_CHARS = chars
    sandbox.MAX_WRITTEN_CHARS = 4 * chars
    sandbox._refuse_over.__defaults__ = (chars,)
    sandbox.weight.__defaults__ = (chars,)


def run(master: str, lang: str) -> None:
    adapt(master, lang=lang, date=DATE, languagetool="off", max_chars=MAX_CHARS)


def timed(master: str, lang: str, profile: Path | None) -> float:
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    run(master, lang)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    if profiler and profile:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
        out.write(f"adapt of a {len(master):,}-character {lang} master: {elapsed:.1f} s\n")
        stats.print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
        profile.write_text(out.getvalue(), "utf-8")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 50_000, 300_000])
    parser.add_argument("--langs", nargs="+", default=["fr", "en"])
    parser.add_argument("--profile", type=Path, help="write a cProfile summary per master here")
    parser.add_argument("--write", type=Path, help="update this doc's row (docs/benchmarks.md)")
    args = parser.parse_args()
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    lift_template_caps()
    times: dict[tuple[str, int], float] = {}
    for lang in args.langs:
        run(paragraphs(lang)[0], lang)  # warm-up: models, caches
        for size in args.sizes:
            master = long_master(lang, size)
            profile = args.profile / f"adapt-{lang}-{size // 1000}k.txt" if args.profile else None
            times[lang, size] = timed(master, lang, profile)
            print(f"{lang} {len(master):>7,} characters: {times[lang, size]:7.1f} s", flush=True)
    ratios = {
        lang: times[lang, 50_000] / times[lang, 5_000]
        for lang in args.langs
        if (lang, 5_000) in times and (lang, 50_000) in times
    }
    for lang, ratio in ratios.items():
        print(f"{lang}: 50 kB / 5 kB = {ratio:.1f}x (goal <= 13x)")
    if args.write:
        write_row(args.write, args.langs, args.sizes, times, ratios)


def write_row(
    doc: Path,
    langs: list[str],
    sizes: list[int],
    times: dict[tuple[str, int], float],
    ratios: dict[str, float],
) -> None:
    figures = "; ".join(
        f"{lang} "
        + ", ".join(f"{size // 1000} kB {times[lang, size]:.1f} s" for size in sizes)
        + (f" (50/5 kB {ratios[lang]:.1f}x)" if lang in ratios else "")
        for lang in langs
    )
    row = (
        f"{ROW} | `python benchmarks/adapt_scaling.py` | {dt.date.today()}, one run, 2 shared "
        f"cores: {figures} | 50 kB <= 13x 5 kB; 300 kB finishes |"
    )
    lines = doc.read_text("utf-8").split("\n")
    existing = [i for i, line in enumerate(lines) if line.startswith(ROW)]
    if existing:
        lines[existing[0]] = row
    else:
        last = max(i for i, line in enumerate(lines) if line.startswith("|"))
        lines.insert(last + 1, row)
    doc.write_text("\n".join(lines), "utf-8")
    print(f"wrote {doc}")


if __name__ == "__main__":
    main()
