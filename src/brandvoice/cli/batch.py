"""Options and plumbing shared by the commands that run batches (`check`, `adapt`, `plan`):
``--jobs``, ``--scheduler``, ``-q``, and the progress bar on a terminal."""

from __future__ import annotations

import argparse
import contextlib
import sys

from brandvoice.cli.parser import positive_int

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing slows --help

if TYPE_CHECKING:
    from collections.abc import Iterator

    from brandvoice.parallel import Batches, Progress


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("batches (see docs/scale.md)")
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        metavar="N",
        help="worker processes (default: the machine's cores for a batch of 800 files or "
        "more to check, 100 or more masters to adapt; else 1, this process); results are "
        "the same and in input order",
    )
    where.add_argument(
        "--scheduler",
        metavar="tcp://HOST:8786",
        help="run the batch on the workers of this Dask scheduler (pip install "
        "'brandvoice[distributed]')",
    )


def progress_wanted(args: argparse.Namespace, files: int) -> bool:
    """A bar for a batch of several files, on a terminal, unless ``-q``."""
    if getattr(args, "quiet", False) or files <= 1:
        return False
    return sys.stderr.isatty()


@contextlib.contextmanager
def batches(args: argparse.Namespace, files: int, what: str) -> Iterator[Batches]:
    """Where this command's batches run, with a progress bar on stderr when wanted."""
    from brandvoice.parallel import Batches

    executor, close = None, None
    if getattr(args, "scheduler", None):
        from brandvoice.parallel import dask_executor

        executor, close = dask_executor(args.scheduler)
    try:
        with (
            _progress(progress_wanted(args, files), what) as progress,
            Batches(
                jobs=getattr(args, "jobs", None), executor=executor, progress=progress
            ) as running,
        ):
            yield running
    finally:
        if close is not None:
            close()


@contextlib.contextmanager
def _progress(wanted: bool, what: str) -> Iterator[Progress | None]:
    if not wanted:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    task = bar.add_task(what, total=None)

    def advance(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    with bar:
        yield advance
