"""Offline ``check`` against proselint 0.16 on the same generated posts, warm.

    python benchmarks/check_vs_proselint.py --posts 600 --repeat 3

brandvoice: ``Checker(languagetool="off").check_many`` of the posts of one language in one
batch; proselint: its registered checks, ``LintFile(name, text).lint()`` per post (it
reads every text as English). Both sides are warmed on other posts first (spaCy's models,
cue patterns, proselint's checks loaded); each repeat times new posts (a running number in
every sentence, ``benchmarks/posts.py``), the same for both sides, so no cache of either
flatters a repeat; the best repeat of each side is kept. Install proselint with
``pip install -e ".[bench]"``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts

from brandvoice.checks.runner import Checker, CheckRequest

LANGS = ("en", "fr")
WARM_UP = 20


def posts_of(lang: str, count: int, start: int) -> list[str]:
    """``count`` posts in ``lang`` (``generate_posts`` alternates fr and en)."""
    return [text for text, each, _ in generate_posts(count * 2, start=start) if each == lang]


def proselint_linter() -> Callable[[list[str]], object]:
    try:
        import proselint.checks
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        sys.exit('proselint is not installed: pip install -e ".[bench]"')
    registry = CheckRegistry()
    registry.register_many(proselint.checks.__register__)

    def lint(texts: list[str]) -> object:
        return [LintFile(f"post-{i}.txt", text).lint() for i, text in enumerate(texts)]

    return lint


def brandvoice_checker(lang: str) -> Callable[[list[str]], object]:
    checker = Checker(languagetool="off")

    def check(texts: list[str]) -> object:
        return checker.check_many([CheckRequest(text=text, lang=lang) for text in texts])

    return check


def timed(run: Callable[[list[str]], object], texts: list[str]) -> float:
    start = time.perf_counter()
    run(texts)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=600, help="posts per language")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--lang", choices=LANGS, action="append", help="default: both")
    args = parser.parse_args()
    lint = proselint_linter()
    rows = []
    for lang in args.lang or LANGS:
        check = brandvoice_checker(lang)
        warm = posts_of(lang, WARM_UP, start=10_000_000)
        lint(warm)
        check(warm)
        best_proselint = best_brandvoice = float("inf")
        for repeat in range(args.repeat):
            texts = posts_of(lang, args.posts, start=2 * args.posts * repeat)
            best_proselint = min(best_proselint, timed(lint, texts))
            best_brandvoice = min(best_brandvoice, timed(check, texts))
        rows.append((lang, len(texts), best_proselint, best_brandvoice))
    print("| lang | posts | proselint s | brandvoice s | ratio | brandvoice posts/s |")
    print("|---|---|---|---|---|---|")
    for lang, count, theirs, ours in rows:
        print(
            f"| {lang} | {count} | {theirs:.2f} | {ours:.2f} | {ours / theirs:.2f} "
            f"| {count / ours:.0f} |"
        )


if __name__ == "__main__":
    main()
