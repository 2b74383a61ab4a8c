"""Every speed benchmark, one after another in one run, and the machine they ran on.

    python benchmarks/all.py [--quick] [--only NAME ...] [--write docs/benchmarks-run.md]

Each benchmark is its own script (run alone for details, see its docstring) and measures
ratios against a baseline it takes in the same run: proselint 0.16 (``pip install -e
".[bench]"``), Vale 3.21 (``go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0``),
raw LanguageTool, ``python -c pass``, loading a spaCy model, one process. This script runs
them in sequence (never two at once: they would share the cores), records the machine
(CPU, cores, memory, Python, load average before each) and writes every script's report
verbatim, so that the figures in docs/benchmarks.md can be traced to one run.
``--quick`` runs smaller sizes (minutes rather than half an hour); the LanguageTool ones
need an installation (``python -m brandvoice languagetool install``) and are skipped
without one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Benchmark:
    name: str
    what: str
    full: tuple[str, ...]
    quick: tuple[str, ...]
    needs_languagetool: bool = False


BENCHMARKS = (
    Benchmark(
        "cold-start",
        "`--help` vs `python -c pass`; offline check throughput",
        ("run.py", "--posts", "1000"),
        ("run.py", "--posts", "300", "--repeat", "5"),
    ),
    Benchmark(
        "proselint",
        "warm offline `check_many` vs proselint 0.16 on the same posts (issue 20 item 1)",
        ("check_vs_proselint.py", "--posts", "600", "--repeat", "3"),
        ("check_vs_proselint.py", "--posts", "300", "--repeat", "1"),
    ),
    Benchmark(
        "startup",
        "cold check of one post vs loading spaCy's model; cold CLI over 300 posts vs Vale 3.21",
        ("startup.py", "--repeat", "3"),
        ("startup.py", "--repeat", "1"),
    ),
    Benchmark(
        "adapt-speed",
        "warm adapt of a ~400-character master into 6 variants, all checks",
        ("adapt_speed.py", "--repeat", "15"),
        ("adapt_speed.py", "--repeat", "3"),
    ),
    Benchmark(
        "adapt-scaling",
        "adapt of 5 kB, 50 kB and 300 kB masters (linear?)",
        ("adapt_scaling.py",),
        ("adapt_scaling.py", "--sizes", "5000", "50000", "--langs", "fr"),
    ),
    Benchmark(
        "parallel",
        "check on one process, `--jobs 2` and 2 Dask workers",
        ("parallel_speed.py", "--posts", "600"),
        ("parallel_speed.py", "--posts", "200"),
    ),
    Benchmark(
        "languagetool-raw",
        "warm check with LanguageTool vs LanguageTool's own time on the same texts",
        ("languagetool_raw.py", "--posts", "600", "--rounds", "2"),
        ("languagetool_raw.py", "--posts", "200", "--rounds", "1"),
        needs_languagetool=True,
    ),
    Benchmark(
        "languagetool-start",
        "LanguageTool server start, memory, parallel requests",
        ("languagetool_start.py",),
        ("languagetool_start.py", "--starts", "1", "--posts", "60", "--workers", "1", "2"),
        needs_languagetool=True,
    ),
)


def machine() -> list[str]:
    """What the figures depend on: processor, cores, memory, Python, the system."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        first = meminfo.read_text(encoding="utf-8").splitlines()[0].split()
        memory = f"{int(first[1]) / 1024 / 1024:.1f} GiB"
    return [
        f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- processor: {cpu}, {os.cpu_count()} cores visible",
        f"- memory: {memory}",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
    ]


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def languagetool_installed() -> bool:
    from brandvoice.languagetool.install import find_installation

    try:
        return find_installation() is not None
    except Exception:  # a broken installation: the benchmark would fail the same way
        return False


def run(benchmark: Benchmark, quick: bool) -> tuple[str, float, int, str]:
    argv = [sys.executable, str(HERE / (benchmark.quick if quick else benchmark.full)[0])]
    argv += list((benchmark.quick if quick else benchmark.full)[1:])
    load = _load()
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=HERE.parent)
    seconds = time.perf_counter() - started
    output = done.stdout.strip()
    if done.returncode != 0:
        output += f"\n[exit {done.returncode}]\n" + done.stderr.strip()[-2000:]
    return (
        " ".join(Path(argv[1]).name.split() + argv[2:]),
        seconds,
        done.returncode,
        (f"load average before: {load}\n{output}"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one repeat")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=[b.name for b in BENCHMARKS])
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the report here")
    args = parser.parse_args()

    with_languagetool = languagetool_installed()
    lines = ["# Benchmark run", "", "Written by `python benchmarks/all.py"]
    lines[-1] += (" --quick" if args.quick else "") + "`; the figures in"
    lines += ["[benchmarks.md](benchmarks.md) cite such runs.", "", "## Machine", "", *machine()]
    failed = 0
    for benchmark in BENCHMARKS:
        if args.only and benchmark.name not in args.only:
            continue
        lines += ["", f"## {benchmark.name}: {benchmark.what}", ""]
        if benchmark.needs_languagetool and not with_languagetool:
            lines.append("Skipped: LanguageTool is not installed.")
            continue
        command, seconds, status, output = run(benchmark, args.quick)
        failed += status != 0
        print(f"{benchmark.name}: {seconds:.0f} s, exit {status}", file=sys.stderr)
        lines += [f"`python benchmarks/{command}` ({seconds:.0f} s)", "", "```text", output, "```"]
    report = "\n".join(lines) + "\n"
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    else:
        print(report)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
