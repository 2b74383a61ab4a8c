"""Warm ``adapt`` of a ~400-character master into the six default variants, all checks on.

    python benchmarks/adapt_speed.py [--repeat 20]

Goal: under 300 ms per message without LanguageTool. Reported beside it: the same with a
warm local LanguageTool server, and the share taken by the checks (``check`` of the six
finished variants alone), as a ratio in the same run. Every repetition changes a number
in the master so no cache (ours or LanguageTool's) serves a previous answer. The CPU time
of ``adapt`` (``time.process_time``: this process, every thread) is reported beside its
wall time: on a shared machine it is the figure to compare. ``--offline`` skips the runs
with LanguageTool.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from brandvoice.adaptation.engine import adapt
from brandvoice.checks import Checker, CheckRequest

MASTERS = {
    "fr": (
        "Nous avons le plaisir de vous annoncer l'ouverture de notre nouvelle boutique au "
        "{n} rue Castillon à Toulon, le samedi 6 juin 2026 à 10 h. Vous y trouverez des "
        "produits du Var, une dégustation gratuite et 10 % de remise toute la semaine. "
        "Réservez votre atelier sur https://comptoir-mourillon.fr/atelier ou au 04 94 00 00 00. "
        "Nous vous attendons nombreux, du mardi au samedi de 9 h à 19 h."
    ),
    "en": (
        "We are pleased to announce that our beach club reopens on Friday 1 May 2026 at 11 am, "
        "with {n} new sunbeds. This year we offer a new lunch menu from local fishermen, "
        "paddle-board rentals at €15 per hour and live music every Saturday from 7 pm. "
        "Book your sunbed at https://sablettes-beach.example/book or call +33 4 94 00 00 01. "
        "We are open every day from 10 am to 8 pm until the end of September."
    ),
}


def timed(lang: str, repeat: int, languagetool: str) -> tuple[float, float, float]:
    """Median seconds per message for adapt (wall and CPU), and for checking its six
    variants alone (wall)."""
    adapt_times, adapt_cpu, check_times = [], [], []
    checker = Checker(languagetool=languagetool)
    for n in range(repeat + 1):
        master = MASTERS[lang].format(n=100 + n)
        start, cpu_start = time.perf_counter(), time.process_time()
        adaptation = adapt(master, lang=lang, date=dt.date(2026, 11, 25), languagetool=languagetool)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        requests = [
            CheckRequest(v.text + " ", v.voice, v.network, lang) for v in adaptation.variants
        ]
        start = time.perf_counter()
        checker.check_many(requests)
        checked = time.perf_counter() - start
        if n:  # the first run warms models, caches and the server
            adapt_times.append(elapsed)
            adapt_cpu.append(cpu)
            check_times.append(checked)
    return (
        statistics.median(adapt_times),
        statistics.median(adapt_cpu),
        statistics.median(check_times),
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--offline", action="store_true", help="no runs with LanguageTool")
    args = parser.parse_args()
    for lang, master in MASTERS.items():
        print(f"{lang}: master of {len(master.format(n=100))} characters, 6 variants")
        for languagetool in ("off",) if args.offline else ("off", "required"):
            total, cpu, checks = timed(lang, args.repeat, languagetool)
            goal = " (goal < 300 ms)" if languagetool == "off" else ""
            print(
                f"  LanguageTool {'no ' if languagetool == 'off' else 'yes'}: "
                f"{total * 1000:.0f} ms per message{goal}, {cpu * 1000:.0f} ms CPU; "
                f"checking the variants alone {checks * 1000:.0f} ms ({checks / total:.0%} of it)"
            )


if __name__ == "__main__":
    main()
