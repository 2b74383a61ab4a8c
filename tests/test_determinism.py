"""The command line's output does not depend on ``PYTHONHASHSEED`` (issue 21, item 5).

Python salts the hashes of ``str`` and ``bytes`` per process, so iterating a set of words
(or anything ordered by hash) can differ from one run to the next: what ``adapt`` writes
and what ``check --format json`` reports must not. The API's output is pinned the same
way, in more depth, in test_threads.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from .conftest import EXAMPLES, ROOT

SEEDS = ("0", "1", "12345")
MASTERS = [
    str(EXAMPLES / name)
    for name in ("opening-toulon-fr.txt", "marche-noel-fr.txt", "beach-club-en.txt")
]
COMMANDS = {
    "adapt": ["adapt", *MASTERS, "--date", "2026-06-01", "--format", "json"],
    "adapt-text": ["adapt", MASTERS[0], "--date", "2026-06-01"],
    "check": ["check", *MASTERS, "--format", "json"],
}


def _run(seed: str, command: str) -> tuple[bytes, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "brandvoice", *COMMANDS[command], "--no-languagetool"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    # check exits 1 when it finds errors: only a crash or a usage error is a failure here.
    assert done.returncode in (0, 1), f"{command}, PYTHONHASHSEED={seed}: {done.stderr!r}"
    assert done.stdout.strip(), f"{command}, PYTHONHASHSEED={seed}: no output"
    return done.stdout, done.stderr


def _first_difference(a: bytes, b: bytes) -> str:
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    start = max(0, at - 80)
    return f"at byte {at}: {a[start : at + 80]!r} != {b[start : at + 80]!r}"


def test_adapt_and_check_output_are_byte_identical_across_hash_seeds() -> None:
    runs = [(seed, command) for command in COMMANDS for seed in SEEDS]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores: two children at a time
        outputs = dict(zip(runs, pool.map(lambda run: _run(*run), runs), strict=True))
    for command in COMMANDS:
        first = outputs[(SEEDS[0], command)]
        for seed in SEEDS[1:]:
            stdout, stderr = outputs[(seed, command)]
            changed = f"{command}: PYTHONHASHSEED={seed} changed"
            assert stdout == first[0], f"{changed} stdout {_first_difference(first[0], stdout)}"
            assert stderr == first[1], f"{changed} stderr {_first_difference(first[1], stderr)}"
