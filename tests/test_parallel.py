"""Batches on several processes and on a Dask cluster give the reports one process gives,
in input order; the progress bar shows on a terminal only (issue 20, items 4 and 5)."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.parallel import AdaptCall, Batches, adapt_many, chunk_size, chunked
from tests.conftest import EXAMPLES, ROOT, run_cli

MASTERS = ROOT / "tests" / "fixtures" / "masters"
NETWORKS = ["facebook", "x", "linkedin", "instagram", "bluesky", "mastodon"]


def master_files() -> list[Path]:
    """24 real-world masters, French and English, interleaved."""
    files = sorted(MASTERS.glob("*.txt"))
    french = [f for f in files if f.name.startswith("fr-")]
    english = [f for f in files if f.name.startswith("en-")]
    assert len(french) >= 10
    assert len(english) >= 10
    return [f for pair in zip(french, english, strict=False) for f in pair]


def requests() -> list[CheckRequest]:
    return [
        CheckRequest(path.read_text("utf-8"), None, NETWORKS[i % len(NETWORKS)], "auto", path.name)
        for i, path in enumerate(master_files())
    ]


def as_json(reports: list) -> str:  # type: ignore[type-arg]
    return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, sort_keys=True)


def forkserver_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))


def test_chunks_cover_the_batch_in_order() -> None:
    items = list(range(103))
    size = chunk_size(len(items), 2, 32)
    assert size == 13  # at least 4 chunks per worker
    assert [i for chunk in chunked(items, size) for i in chunk] == items
    assert chunk_size(3, 2, 32) == 1
    assert chunk_size(10_000, 2, 32) == 32


def test_automatic_jobs_keep_small_batches_in_this_process() -> None:
    batches = Batches(jobs=None)
    assert batches.workers_for(10, 32) == 1
    assert batches.workers_for(64, 32) >= 1
    assert Batches(jobs=4).workers_for(2, 32) == 2  # never more workers than items
    with pytest.raises(ValueError, match="at least 1"):
        Batches(jobs=0)


def test_a_progress_callback_hears_of_every_chunk_in_process() -> None:
    heard: list[tuple[int, int]] = []
    checker = Checker(languagetool="off")
    batch = requests()[:6]
    with Batches(jobs=1, progress=lambda done, total: heard.append((done, total))) as batches:
        reports = batches.check(checker, batch)
    assert as_json(reports) == as_json(checker.check_many(batch))
    assert heard[0] == (0, 6)
    assert heard[-1] == (6, 6)


@pytest.mark.integration
def test_the_api_on_a_process_pool_matches_one_process() -> None:
    checker = Checker(languagetool="off")
    batch = requests()
    sequential = checker.check_many(batch)
    with forkserver_pool(2) as pool:
        parallel = checker.check_many(batch, executor=pool)
    assert [r.path for r in parallel] == [r.path for r in batch]
    assert as_json(parallel) == as_json(sequential)


@pytest.mark.integration
def test_check_jobs_2_matches_jobs_1_offline() -> None:
    files = [str(f) for f in master_files()]
    one = run_cli("check", *files, "--no-languagetool", "--format", "json", "--jobs", "1")
    two = run_cli("check", *files, "--no-languagetool", "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode, two.stderr
    assert one.returncode in (0, 1), one.stderr
    assert two.stdout == one.stdout
    paths = [r["path"] for r in json.loads(two.stdout)["results"]]
    assert paths == files


@pytest.mark.integration
def test_check_jobs_with_languagetool_share_the_sessions_server(languagetool_url: str) -> None:
    """The workers of --jobs 2 use the server they are given, and report what one
    process reports."""
    files = [str(f) for f in master_files()]
    common = ("--strict", "--format", "json", "--languagetool-url", languagetool_url)
    one = run_cli("check", *files, *common, "--jobs", "1")
    two = run_cli("check", *files, *common, "--jobs", "2")
    assert one.returncode == two.returncode, two.stderr
    assert two.stdout == one.stdout
    results = json.loads(two.stdout)["results"]
    assert any("languagetool" in b for r in results for b in r["backends"])


@pytest.mark.integration
def test_workers_share_this_process_local_server_under_its_name(languagetool_url: str) -> None:
    """A pool of local workers uses this process's local server through its URL, and its
    reports name it as this process does (``languagetool:X (local)``)."""
    from brandvoice.parallel import check_many

    checker = Checker(languagetool="required")
    batch = requests()[:10]
    sequential = checker.check_many(batch)
    parallel = check_many(checker, batch, jobs=2)
    assert as_json(parallel) == as_json(sequential)
    assert any(b.endswith("(local)") for b in parallel[0].backends)


@pytest.mark.integration
def test_adapt_many_files_jobs_2_matches_jobs_1() -> None:
    files = [str(f) for f in master_files()[:4]]
    common = ("--no-languagetool", "--format", "json", "--date", "2026-06-01")
    one = run_cli("adapt", *files, *common, "--jobs", "1")
    two = run_cli("adapt", *files, *common, "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    document = json.loads(two.stdout)
    assert [a["path"] for a in document["adaptations"]] == files
    # Each is what `adapt FILE` alone writes.
    alone = run_cli("adapt", files[1], *common)
    assert json.loads(alone.stdout) == document["adaptations"][1]["adaptation"]


@pytest.mark.integration
def test_adapt_many_files_in_text_and_markdown_name_each_file() -> None:
    files = [str(EXAMPLES / "opening-toulon-fr.txt"), str(EXAMPLES / "beach-club-en.txt")]
    for form, header in (("text", "==> {} <=="), ("markdown", "<!-- {} -->")):
        result = run_cli("adapt", *files, "--no-languagetool", "--format", form, "--jobs", "2")
        assert result.returncode == 0, result.stderr
        positions = [result.stdout.index(header.format(f)) for f in files]
        assert positions == sorted(positions)


def test_adapt_many_files_skips_an_unreadable_one_and_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run_cli(
        "adapt", str(EXAMPLES / "beach-club-en.txt"), str(missing), "--no-languagetool",
        "--format", "json",
    )  # fmt: skip
    assert result.returncode == 2
    assert "missing.txt" in result.stderr
    paths = [a["path"] for a in json.loads(result.stdout)["adaptations"]]
    assert paths == [str(EXAMPLES / "beach-club-en.txt")]


@pytest.mark.integration
def test_plan_jobs_2_matches_jobs_1() -> None:
    campaign = str(EXAMPLES / "campaign-toulon-week.yaml")
    common = ("--no-languagetool", "--format", "json", "--now", "2026-06-01T08:00")
    one = run_cli("plan", campaign, *common, "--jobs", "1")
    two = run_cli("plan", campaign, *common, "--jobs", "2")
    assert one.returncode == two.returncode, two.stderr
    assert two.stdout == one.stdout


# ---------------------------------------------------------------------------------------
# A real Dask cluster: a scheduler and two worker processes, not a mock.


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """``dask scheduler`` and ``dask worker --nworkers 2 --nthreads 1`` as separate
    processes on localhost, as on a cluster; the scheduler's address."""
    pytest.importorskip("distributed")
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen(
        [str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--dashboard-address", ":0", "--no-show"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    workers = subprocess.Popen(
        [str(bin_dir / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
         "--host", "127.0.0.1", "--dashboard-address", ":0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )  # fmt: skip
    try:
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in (workers, scheduler):
            process.terminate()
        for process in (workers, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.integration
def test_dask_workers_check_like_one_process(dask_scheduler: str) -> None:
    from distributed import Client

    checker = Checker(languagetool="off")
    batch = requests()
    sequential = checker.check_many(batch)
    with Client(dask_scheduler) as client:
        parallel = checker.check_many(batch, executor=client.get_executor())
        ran_on = client.run(os.getpid)
    assert len(ran_on) == 2
    assert os.getpid() not in ran_on.values()
    assert as_json(parallel) == as_json(sequential)


@pytest.mark.integration
def test_dask_workers_adapt_like_one_process(dask_scheduler: str) -> None:
    from distributed import Client

    masters = [f.read_text("utf-8") for f in master_files()[:4]]
    options = {"languagetool": "off", "date": __import__("datetime").date(2026, 6, 1)}
    sequential = [a.to_dict() for a in adapt_many(masters, **options)]
    with Client(dask_scheduler) as client:
        parallel = adapt_many(masters, executor=client.get_executor(), **options)
    assert [a.to_dict() for a in parallel] == sequential
    calls = [AdaptCall(m, options) for m in masters]
    assert len(calls) == len(parallel)


@pytest.mark.integration
def test_check_scheduler_option_matches_jobs_1(dask_scheduler: str) -> None:
    files = [str(f) for f in master_files()]
    one = run_cli("check", *files, "--no-languagetool", "--format", "json", "--jobs", "1")
    dask = run_cli(
        "check", *files, "--no-languagetool", "--format", "json", "--scheduler", dask_scheduler
    )
    assert one.returncode == dask.returncode, dask.stderr
    assert dask.stdout == one.stdout


def test_an_unreachable_scheduler_is_an_input_error() -> None:
    pytest.importorskip("distributed")
    result = run_cli(
        "check", str(EXAMPLES / "beach-club-en.txt"), "--no-languagetool",
        "--scheduler", "tcp://127.0.0.1:9",
    )  # fmt: skip
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler" in result.stderr


# ---------------------------------------------------------------------------------------
# The progress bar: on a terminal only.


def _stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal (stdout piped); its status and what
    the terminal showed."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    child = subprocess.Popen(
        [sys.executable, "-m", "brandvoice", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        shown += data
    assert child.stdout is not None
    child.stdout.read()
    status = child.wait(timeout=300)
    os.close(leader)
    return status, shown.decode("utf-8", "replace")


def _files() -> list[str]:
    return [str(f) for f in master_files()[:4]]


@pytest.mark.integration
def test_the_progress_bar_shows_on_a_terminal() -> None:
    status, shown = _stderr_on_a_terminal("check", *_files(), "--no-languagetool", "--jobs", "1")
    assert status in (0, 1)
    assert "checking" in shown
    assert "4/4" in shown


@pytest.mark.integration
def test_no_progress_bar_with_quiet_on_a_terminal() -> None:
    status, shown = _stderr_on_a_terminal("check", *_files(), "--no-languagetool", "-q")
    assert status in (0, 1)
    assert "checking" not in shown


@pytest.mark.integration
def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    result = run_cli("check", *_files(), "--no-languagetool", "--jobs", "2")
    assert result.returncode in (0, 1)
    assert "checking" not in result.stderr
    assert "\x1b[" not in result.stderr
