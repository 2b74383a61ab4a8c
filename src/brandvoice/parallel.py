"""Batches on every core, or on a cluster: chunks of a batch run on an executor.

A batch (texts to check, masters to adapt) is cut into chunks of several items, so that
each worker still batches its spaCy work (``nlp.pipe``); the chunks run on a
:class:`concurrent.futures.Executor` and their results are put back in input order.
Each item's result depends on that item alone, so the results are the ones a single
process gives (``tests/test_parallel.py`` compares the JSON reports).

Where the chunks run:

- in this process (``jobs=1``, the default of the API): the batch is not cut at all,
  unless a progress callback wants to hear about it chunk by chunk;
- on a pool of worker processes (``jobs=N``): started with ``forkserver`` (``spawn``
  where there is none), never by forking this process, whose threads and LanguageTool
  handles a fork would copy half-way; each worker imports brandvoice once and keeps its
  models, its :class:`~brandvoice.checks.Checker` and its caches for the whole batch;
- on any executor given (``executor=``): ``distributed.Client(...).get_executor()`` runs
  them on Dask workers, which keep their models warm between batches.

LanguageTool: a pool of local workers shares one server, this process's (started here
once, not once per worker: a server takes 0.4 to 2.6 GB). Remote servers given by URL
(``languagetool_url`` or ``$BRANDVOICE_LANGUAGETOOL_URL``) are passed to the workers as
they are. On an executor given, with no URL, each worker uses its own local server (a
cluster's workers usually run on other machines). Offline (``languagetool="off"``), the
workers need none. See docs/scale.md.
"""

from __future__ import annotations

import copy
import math
import multiprocessing
import os
import pickle
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from brandvoice.adaptation import Adaptation
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.findings import Report

T = TypeVar("T")
R = TypeVar("R")

# Told after each chunk: items done so far, items in the batch.
Progress = Callable[[int, int], None]

# Texts per chunk for `check`: enough for nlp.pipe to batch, small enough to spread a
# batch over the workers (at least 4 chunks per worker when the batch allows it).
CHECK_CHUNK = 32
# Masters per chunk for `adapt` and `plan` (each master is several variants, ~0.25 s).
ADAPT_CHUNK = 4
CHUNKS_PER_WORKER = 4
# With `--jobs` left out, a batch smaller than this many chunks' worth of items runs in
# this process: a worker process costs seconds of start-up (imports, both spaCy models,
# dictionaries: 10-25 s on a loaded 2-core machine) before its first result. Measured
# (benchmarks/parallel_speed.py): 600 posts cold took 51 s with one process and 61 s with
# two, so a second worker pays only from about a thousand posts (32 chunks of 32) or a
# hundred masters (25 chunks of 4).
AUTO_MIN_CHUNKS = 25


def default_jobs() -> int:
    """The machine's cores (the ones this process may use, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunk_size(items: int, workers: int, largest: int) -> int:
    """Items per chunk: ``largest`` at most, and at least :data:`CHUNKS_PER_WORKER`
    chunks per worker when the batch is big enough."""
    return max(1, min(largest, math.ceil(items / max(1, workers * CHUNKS_PER_WORKER))))


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


@dataclass(frozen=True, slots=True)
class SharedLanguageTool:
    """What the workers are told about LanguageTool: its mode, the server URL(s) to use
    (None: their own choice), and, when they use this process's local server through its
    URL, the two names of that backend, so their reports name it as this process would."""

    mode: str
    url: str | None = None
    renamed: tuple[str, str] | None = None  # (name the workers give, name to report)


def share_languagetool(mode: str, url: str | None, *, local_workers: bool) -> SharedLanguageTool:
    """Choose the LanguageTool the workers use, starting this process's local server when
    ``local_workers`` share it. Unavailable and ``mode`` ``auto``: warns once, as a check
    would, and the workers run offline (the same reports: the embedded speller stands in).
    ``required`` and unavailable: raises :class:`LanguageToolUnavailable`."""
    from brandvoice.languagetool import LanguageToolUnavailable, LocalPool, RemotePool
    from brandvoice.languagetool import settings as lt_settings

    if mode == "off":
        return SharedLanguageTool("off")
    urls = lt_settings.server_urls(url)
    if urls:
        return SharedLanguageTool(mode, ",".join(urls))
    if not local_workers:
        return SharedLanguageTool(mode)
    from brandvoice.languagetool import get_backend

    try:
        backend = get_backend(None)
        if not isinstance(backend.pool, LocalPool):  # pragma: no cover - urls said local
            return SharedLanguageTool(mode)
        server_url = backend.pool.server.ensure_running()
    except LanguageToolUnavailable as error:
        if mode == "required":
            raise
        from brandvoice.checks.backends.languagetool import LanguageToolFallbackWarning

        warnings.warn(
            f"LanguageTool unavailable, using the embedded speller: {error}",
            LanguageToolFallbackWarning,
            stacklevel=2,
        )
        return SharedLanguageTool("off")
    shown = RemotePool([server_url]).name
    return SharedLanguageTool(mode, server_url, (shown, backend.name))


def _rename(backends: list[str], renamed: tuple[str, str] | None) -> None:
    if renamed is None:
        return
    old, new = renamed
    for index, name in enumerate(backends):
        if name == old:
            backends[index] = new


# ---------------------------------------------------------------------------------------
# In the workers


_worker_checkers: dict[bytes, Checker] = {}


def _start_worker() -> None:
    """A pool worker's initializer: import what every chunk needs, once."""
    import brandvoice.adaptation.engine
    import brandvoice.checks
    import brandvoice.nlp  # noqa: F401


def _checker(pickled: bytes) -> Checker:
    """The worker's checker for these settings, unpickled once and then reused."""
    checker = _worker_checkers.get(pickled)
    if checker is None:
        checker = _worker_checkers[pickled] = pickle.loads(pickled)  # our own bytes
    return checker


def check_chunk(requests: list[CheckRequest], pickled_checker: bytes) -> list[Report]:
    """Check one chunk in a worker (a picklable, module-level function for executors)."""
    return _checker(pickled_checker).check_many(requests)


@dataclass(frozen=True, slots=True)
class AdaptCall:
    """One :func:`brandvoice.adapt` call: the master and its keyword arguments."""

    master: str
    options: dict[str, Any] = field(default_factory=dict)


def adapt_chunk(calls: list[AdaptCall], languagetool: SharedLanguageTool) -> list[Adaptation]:
    """Adapt one chunk of masters in a worker."""
    from brandvoice.adaptation import adapt

    return [
        adapt(
            call.master,
            **{
                **call.options,
                "languagetool": languagetool.mode,
                "languagetool_url": languagetool.url,
            },
        )
        for call in calls
    ]


# ---------------------------------------------------------------------------------------
# In this process


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes started by a fork server (or spawned): never forked
    from this process, which may hold threads and LanguageTool's handles."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        # The fork server imports brandvoice once; each worker forked from it starts warm.
        context.set_forkserver_preload(["brandvoice.checks", "brandvoice.adaptation"])
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)


class Batches:
    """Where a command's batches run: in this process, on a pool of ``jobs`` worker
    processes (started on the first batch big enough, kept for the next ones), or on the
    ``executor`` given (left open: its owner closes it). Use it as a context manager so
    that a pool it started is shut down.

    ``jobs=None`` is automatic: the machine's cores for a batch of at least
    :data:`AUTO_MIN_CHUNKS` chunks' worth of items, else this process.
    """

    def __init__(
        self,
        *,
        jobs: int | None = 1,
        executor: Executor | None = None,
        progress: Progress | None = None,
    ) -> None:
        if jobs is not None and jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.jobs = jobs
        self.executor = executor
        self.progress = progress
        self._pool: ProcessPoolExecutor | None = None
        self._languagetool: dict[tuple[str, str | None], SharedLanguageTool] = {}

    def __enter__(self) -> Batches:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(cancel=error is not None)

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None

    def workers_for(self, items: int, largest_chunk: int) -> int:
        """How many processes a batch of ``items`` runs on here (1: this process)."""
        if self.executor is not None:
            return max(1, default_jobs())  # only sizes the chunks
        if self.jobs is None:
            if items < AUTO_MIN_CHUNKS * largest_chunk:
                return 1
            return default_jobs()
        return max(1, min(self.jobs, items))

    def _executor(self, workers: int) -> Executor | None:
        if self.executor is not None:
            return self.executor
        if workers <= 1:
            return None
        if self._pool is None:
            self._pool = process_pool(workers)
        return self._pool

    def _shared(self, mode: str, url: str | None) -> SharedLanguageTool:
        key = (mode, url)
        if key not in self._languagetool:
            local = self.executor is None  # our own pool, on this machine
            self._languagetool[key] = share_languagetool(mode, url, local_workers=local)
        return self._languagetool[key]

    def check(self, checker: Checker, requests: Sequence[CheckRequest]) -> list[Report]:
        """``checker.check_many(requests)``, on the workers when the batch is worth it."""
        workers = self.workers_for(len(requests), CHECK_CHUNK)
        executor = self._executor(workers)
        if executor is None:
            if self.progress is None or len(requests) <= 1:
                return checker.check_many(requests)
            size = chunk_size(len(requests), 1, CHECK_CHUNK)
            return self._in_process(checker.check_many, chunked(requests, size))
        shared = self._shared(str(checker.languagetool), checker.languagetool_url)
        remote = copy.copy(checker)
        remote.languagetool = type(checker.languagetool)(shared.mode)
        remote.languagetool_url = shared.url
        pickled = pickle.dumps(remote)
        size = chunk_size(len(requests), workers, CHECK_CHUNK)
        reports = self._run(executor, check_chunk, chunked(requests, size), pickled)
        for report in reports:
            _rename(report.backends, shared.renamed)
        return reports

    def adapt(self, calls: Sequence[AdaptCall]) -> list[Adaptation]:
        """Each call's :func:`brandvoice.adapt`, on the workers when the batch is worth it.
        LanguageTool comes from each call's ``languagetool`` and ``languagetool_url``
        options (the first call's: a batch uses one)."""
        workers = self.workers_for(len(calls), ADAPT_CHUNK)
        executor = self._executor(workers)
        first = calls[0].options if calls else {}
        mode = str(first.get("languagetool", "auto"))
        url = first.get("languagetool_url")
        if executor is None:
            direct = SharedLanguageTool(mode, url)
            if self.progress is None or len(calls) <= 1:
                return adapt_chunk(list(calls), direct)
            size = chunk_size(len(calls), 1, ADAPT_CHUNK)
            return self._in_process(lambda chunk: adapt_chunk(chunk, direct), chunked(calls, size))
        shared = self._shared(mode, url)
        size = chunk_size(len(calls), workers, ADAPT_CHUNK)
        adaptations = self._run(executor, adapt_chunk, chunked(calls, size), shared)
        for adaptation in adaptations:
            for variant in adaptation.variants:
                _rename(variant.backends, shared.renamed)
        return adaptations

    def _in_process(self, work: Callable[[list[T]], list[R]], chunks: list[list[T]]) -> list[R]:
        total = sum(len(chunk) for chunk in chunks)
        done = 0
        results: list[R] = []
        self._tell(0, total)
        for chunk in chunks:
            results.extend(work(chunk))
            done += len(chunk)
            self._tell(done, total)
        return results

    def _run(
        self,
        executor: Executor,
        work: Callable[..., list[R]],
        chunks: list[list[T]],
        common: object,
    ) -> list[R]:
        """Run ``work(chunk, common)`` on every chunk; the results in input order."""
        total = sum(len(chunk) for chunk in chunks)
        self._tell(0, total)
        futures: dict[Future[list[R]], int] = {}
        for index, chunk in enumerate(chunks):
            futures[executor.submit(work, chunk, common)] = index
        results: list[list[R] | None] = [None] * len(chunks)
        done = 0
        try:
            for future in as_completed(futures):
                index = futures[future]
                results[index] = future.result()
                done += len(chunks[index])
                self._tell(done, total)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return [item for chunk in results if chunk is not None for item in chunk]

    def _tell(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


def check_many(
    checker: Checker,
    requests: Sequence[CheckRequest],
    *,
    executor: Executor | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Report]:
    """``checker.check_many(requests)`` on ``executor`` (any
    :class:`concurrent.futures.Executor`: a process pool, Dask's
    ``client.get_executor()``), or on ``jobs`` worker processes started for this call."""
    with Batches(jobs=jobs, executor=executor, progress=progress) as batches:
        return batches.check(checker, requests)


def adapt_many(
    masters: Sequence[str],
    *,
    executor: Executor | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    **options: Any,
) -> list[Adaptation]:
    """:func:`brandvoice.adapt` of each master with the same ``options``, on ``executor``
    or on ``jobs`` worker processes; the adaptations in the masters' order."""
    calls = [AdaptCall(master, dict(options)) for master in masters]
    with Batches(jobs=jobs, executor=executor, progress=progress) as batches:
        return batches.adapt(calls)


def dask_executor(address: str) -> tuple[Executor, Callable[[], None]]:
    """An executor on the Dask scheduler at ``address`` (``tcp://HOST:8786``) and the
    function that closes its client. Needs the ``distributed`` extra."""
    import importlib

    try:
        # Any: distributed's types are partial, and it is an optional extra.
        distributed: Any = importlib.import_module("distributed")
    except ImportError as error:
        from brandvoice.errors import InputError

        raise InputError(
            "--scheduler needs Dask's distributed: pip install 'brandvoice[distributed]'"
        ) from error
    try:
        client = distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as error:
        from brandvoice.errors import InputError

        raise InputError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    executor: Executor = client.get_executor()
    return executor, client.close
