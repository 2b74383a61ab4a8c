from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m brandvoice`` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "brandvoice", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return run_cli


def require_program(name: str) -> None:
    """Skip when a program the test needs is missing, except in CI, where that is a failure
    of the set-up: a real-server test must not silently vanish."""
    import os
    import shutil

    if shutil.which(name) is None:
        message = f"{name} is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def languagetool_backend():  # type: ignore[no-untyped-def]
    """The process's real LanguageTool backend (installed from Maven Central if needed)."""
    from brandvoice.languagetool import find_installation, get_backend, install

    require_program("java")
    if find_installation() is None:
        require_program("mvn")
        install()
    return get_backend()
