"""Time ``plan`` for 50 posts on 6 networks (300 variants), with and without LanguageTool.

    python benchmarks/plan_speed.py [--posts 50] [--skip-languagetool]

Scheduling is negligible next to adapting and checking each variant; the figure that
matters is seconds per post. The first run pays for loading the spaCy models; it is
timed separately (warm-up) so both modes are compared warm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

NETWORKS = ["facebook", "instagram", "linkedin", "x", "bluesky", "threads"]
MASTERS = [
    "Le Comptoir du Mourillon ouvre sa nouvelle boutique au 12 rue Castillon à Toulon le "
    "samedi {n} juin à 10 h. Dégustations de produits du Var toute la journée.",
    "Atelier tapenade n°{n} mercredi à 15 h : six places, 25 € avec la dégustation. "
    "Réservez sur https://comptoir-mourillon.fr/atelier",
    "Our autumn candle number {n} is here: hand-poured soy wax, cotton wick, made in "
    "Brooklyn. Order at https://mapleandpine.example/autumn",
]


def campaign_text(posts: int) -> str:
    lines = [
        "name: bench",
        "timezone: Europe/Paris",
        "horizon_days: 366",
        "policy:",
        *(f"  {n}: {{max_per_day: 5, max_per_week: null, min_gap: 1h}}" for n in NETWORKS),
        "posts:",
    ]
    for index in range(posts):
        master = MASTERS[index % len(MASTERS)].format(n=index + 1)
        lines += [f"  - id: post-{index}", f"    master: {master!r}", f"    networks: {NETWORKS}"]
    return "\n".join(lines) + "\n"


def timed(path: Path, languagetool: str) -> float:
    from brandvoice.campaigns import plan

    started = time.perf_counter()
    result = plan(path, now=dt.datetime(2026, 6, 1, 8, 0), languagetool=languagetool)
    elapsed = time.perf_counter() - started
    assert len(result.entries) % len(NETWORKS) == 0
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=50)
    parser.add_argument("--skip-languagetool", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(campaign_text(args.posts), encoding="utf-8")
        warm_up = timed(Path(path), "off")
        print(f"warm-up (models loading), LanguageTool off: {warm_up:.1f} s")
        modes = ["off"] if args.skip_languagetool else ["off", "required"]
        for mode in modes:
            elapsed = timed(path, mode)
            print(
                f"LanguageTool {mode:8}: {elapsed:6.1f} s for {args.posts} posts x "
                f"{len(NETWORKS)} networks = {elapsed / args.posts * 1000:6.0f} ms per post, "
                f"{elapsed / (args.posts * len(NETWORKS)) * 1000:5.0f} ms per variant"
            )


if __name__ == "__main__":
    main()
