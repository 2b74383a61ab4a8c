"""The hostile-input corpus (tests/fixtures/hostile/cases.yaml), each case run as a user
would, in a child process held to 2 GiB of memory and 20 s of CPU: a clear exit status,
one line naming the fault, no traceback, and nothing written that was not asked for."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "hostile"
CASES: list[dict[str, Any]] = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))
MEMORY_BYTES = 2 * 1024**3
CPU_SECONDS = 20


def _limited() -> None:
    """In the child: the memory and CPU a case may use (the machine is shared and noisy, so
    CPU time rather than wall time bounds the work)."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def _generated(tmp_path: Path) -> dict[str, str]:
    huge = tmp_path / "huge.txt"
    huge.write_text("Bonjour à tous, le Comptoir ouvre samedi. " * 120_000, encoding="utf-8")
    large = tmp_path / "large.txt"
    large.write_text("Nous ouvrons samedi à Bandol, venez nombreux. " * 6_500, encoding="utf-8")
    return {"huge": str(huge), "large": str(large)}


def _files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_hostile_input_is_refused_cleanly(case: dict[str, Any], tmp_path: Path) -> None:
    generated = _generated(tmp_path)
    args = [str(arg).format(**generated) for arg in case["args"]]
    before = _files(CORPUS)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "brandvoice", *args, "--no-languagetool"],
        cwd=CORPUS,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_limited,  # the limits apply to the child only
        timeout=120,
        check=False,
    )
    assert result.returncode == case.get("exit", 2), result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("brandvoice: error:")]
    assert errors, result.stderr
    said = " ".join(errors)
    for words in case["says"]:
        assert words in said, f"{words!r} not in {said!r}"
    assert _files(CORPUS) == before, "a file was written next to the inputs"
    reported = [path for path in case.get("reports", []) if f"{path}:" in result.stdout]
    assert reported == case.get("reports", []), result.stdout
