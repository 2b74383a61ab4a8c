"""LanguageTool's local server: start time, memory, and whether parallel requests pay.

    python benchmarks/languagetool_start.py [--starts 3] [--posts 120] [--workers 1 2 4 8]

Needs an installation (``python -m brandvoice languagetool install``). Every round checks
posts never sent before, so LanguageTool's sentence cache does not flatter the numbers,
and the server is warmed up first: it builds one rule pipeline per language and parallel
request, once, and its JIT compiler needs a few hundred checks.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from brandvoice.languagetool import (
    LanguageToolBackend,
    LocalPool,
    LocalServer,
    find_installation,
)

FRENCH = [
    "Nous ouvrons notre nouvelle boutique à Toulon le samedi {n} juin, venez nombreu !",
    "Venez découvrir nos produit du Var et profiter de {n} % de remise !",
    "On vous attend a la boutique le {n} juin pour l'atelier tapenade.",
    "Toute l'équipe vous attends au {n} rue Castillon.",
]
ENGLISH = [
    "Our beach club reopen on Friday {n} May at 11 am.",
    "Enjoy {n}% off paddle-board rentals all week 🏄",
    "Live music every Saturday from {n} pm, book now on our websit.",
    "The whole team cant wait to welcome you back for the {n}th time.",
]
_serial = itertools.count(1)


def fresh_posts(count: int) -> tuple[list[str], list[str]]:
    french = [FRENCH[i % len(FRENCH)].format(n=next(_serial)) for i in range(count // 2)]
    english = [ENGLISH[i % len(ENGLISH)].format(n=next(_serial)) for i in range(count // 2)]
    return french, english


def memory_mb(pid: int | None) -> tuple[float, float]:
    """(resident now, peak resident) of ``pid`` in MB, from /proc (Linux)."""
    if pid is None:
        return 0.0, 0.0
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--posts", type=int, default=120)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args()
    installation = find_installation()
    if installation is None:
        print("no installation: python -m brandvoice languagetool install", file=sys.stderr)
        return 2

    starts = []
    for _ in range(args.starts):
        with LocalServer(installation) as server:
            assert server.last_start_seconds is not None
            starts.append(server.last_start_seconds)
    print(f"LanguageTool {installation.version}, {server.java_options}")
    print(f"start (until /v2/languages answers): {', '.join(f'{s:.2f}' for s in starts)} s")

    server = LocalServer(installation)
    backend = LanguageToolBackend(LocalPool(server))
    try:
        server.ensure_running()
        print(f"memory idle: {memory_mb(server.pid)[0]:.0f} MB resident")
        for lang, text in (("fr", "Je suis allé a la plage."), ("en", "He go to school.")):
            started = time.monotonic()
            backend.check(text, lang)
            print(f"first {lang} check (loads its rules): {time.monotonic() - started:.2f} s")

        # Warm-up: one rule pipeline per language and parallel request, and the JIT.
        backend.workers = max(args.workers)
        for _ in range(2):
            french, english = fresh_posts(args.posts)
            backend.check_many(french, "fr")
            backend.check_many(english, "en")
        for workers in args.workers:
            backend.workers = workers
            french, english = fresh_posts(args.posts)
            started = time.monotonic()
            backend.check_many(french, "fr")
            backend.check_many(english, "en")
            elapsed = time.monotonic() - started
            resident, peak = memory_mb(server.pid)
            print(
                f"workers={workers}: {args.posts} posts in {elapsed:.2f} s = "
                f"{args.posts / elapsed:.0f} posts/s; memory {resident:.0f} MB, peak {peak:.0f} MB"
            )
    finally:
        backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
