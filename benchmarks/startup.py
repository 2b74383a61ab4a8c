"""Cold start-up, as ratios against baselines taken in the same run (issue 20, item 2).

    python benchmarks/startup.py [--repeat 3] [--posts 300] [--src PATH] [--vale PATH]

Measured, each in a fresh process, rounds interleaved so that a noisy machine weighs on
every command alike, median of ``--repeat``:

1. ``python -c pass``;
2. ``python -c "import spacy; spacy.load('fr_core_news_sm')"``, the floor of a French check;
3. cold ``brandvoice check`` of one French post, offline (``--no-languagetool``);
4. the same for one English post;
5. cold ``brandvoice check`` of ``--posts`` generated posts (benchmarks/posts.py), offline;
6. Vale on the same posts (its built-in checks, a minimal .vale.ini), when a ``vale``
   binary is found (``--vale``, else ``$PATH``, else ``~/go/bin/vale``).

Goals: cold check of one post <= 1.3x the French model's load; the 300 posts within 3x
Vale (10x at worst). ``--src`` runs another checkout's ``src`` (a "before" tree).
``--posts 0`` measures the one-post commands only. Each command's CPU time (user + system
of the child process) is reported beside its wall time: on a shared machine it is the
figure to compare.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts

FRENCH_POST = (
    "Nous ouvrons notre nouvelle boutique à Toulon samedi : venez découvrir nos produits !"
)
ENGLISH_POST = "Our beach club reopens on Friday: come and enjoy the sunshine with the whole team!"
VALE_INI = "MinAlertLevel = suggestion\n\n[*]\nBasedOnStyles = Vale\n"


def _find_vale(given: str | None) -> str | None:
    if given:
        return given
    found = shutil.which("vale")
    if found:
        return found
    fallback = Path.home() / "go" / "bin" / "vale"
    return str(fallback) if fallback.exists() else None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``argv``."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    # check exits 1 on findings at --fail-on; Vale exits 1 on errors: both still ran.
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv[:4]} failed ({done.returncode}): {done.stderr.decode()[-800:]}")
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--src", type=Path, help="a checkout's src folder to measure instead")
    parser.add_argument("--vale", help="path of a vale binary")
    args = parser.parse_args()

    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve()) + os.pathsep + env.get("PYTHONPATH", "")
    work = Path(tempfile.mkdtemp(prefix="brandvoice-startup-"))
    (work / "fr.txt").write_text(FRENCH_POST + "\n", encoding="utf-8")
    (work / "en.txt").write_text(ENGLISH_POST + "\n", encoding="utf-8")
    posts_dir = work / "posts"
    posts_dir.mkdir()
    for index, (text, _lang, _network) in enumerate(generate_posts(args.posts)):
        (posts_dir / f"post{index:04d}.txt").write_text(text + "\n", encoding="utf-8")
    post_files = sorted(str(p) for p in posts_dir.iterdir())
    (work / ".vale.ini").write_text(VALE_INI, encoding="utf-8")

    py = sys.executable
    check = [py, "-m", "brandvoice", "check", "--no-languagetool", "--fail-on", "never"]
    commands: dict[str, list[str]] = {
        "python -c pass": [py, "-c", "pass"],
        "spaCy fr load": [py, "-c", "import spacy; spacy.load('fr_core_news_sm')"],
        "check 1 fr post": [*check, "--lang", "fr", str(work / "fr.txt")],
        "check 1 en post": [*check, str(work / "en.txt")],
    }
    vale = _find_vale(args.vale) if args.posts else None
    if args.posts:
        commands[f"check {args.posts} posts"] = [*check, *post_files]
    if vale:
        commands[f"vale {args.posts} posts"] = [vale, "--output", "line", *post_files]

    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, argv in commands.items():
            wall, cpu = _timed(argv, env, work)
            walls[name].append(wall)
            cpus[name].append(cpu)
    median = {name: statistics.median(each) for name, each in walls.items()}
    median_cpu = {name: statistics.median(each) for name, each in cpus.items()}
    shutil.rmtree(work, ignore_errors=True)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat}")
    for name, value in median.items():
        runs = ", ".join(f"{t:.2f}" for t in walls[name])
        print(f"  {name:<22} {value:8.3f} s wall, {median_cpu[name]:7.3f} s CPU   (runs: {runs})")
    for lang in ("fr", "en"):
        ratio = median[f"check 1 {lang} post"] / median["spaCy fr load"]
        cpu_ratio = median_cpu[f"check 1 {lang} post"] / median_cpu["spaCy fr load"]
        verdict = "ok" if ratio <= 1.3 else "OVER GOAL"
        print(
            f"cold check of 1 {lang} post / spaCy fr load: {ratio:.2f}x wall, "
            f"{cpu_ratio:.2f}x CPU (goal <= 1.3x) {verdict}"
        )
    if not args.posts:
        return
    many = median[f"check {args.posts} posts"]
    over_pass = many / median["python -c pass"]
    print(f"cold check of {args.posts} posts / python -c pass: {over_pass:.0f}x")
    if vale:
        ratio = many / median[f"vale {args.posts} posts"]
        verdict = "ok" if ratio <= 3 else ("within 10x" if ratio <= 10 else "OVER GOAL")
        print(
            f"cold check of {args.posts} posts / Vale: {ratio:.1f}x "
            f"(goal <= 3x, 10x at worst) {verdict}"
        )
    else:
        print("Vale: no binary found (go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0)")


if __name__ == "__main__":
    main()
