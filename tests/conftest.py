from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run_cli(
    *args: str, stdin: bytes | None = None, languagetool_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m brandvoice`` as a user would, capturing its output.

    ``languagetool_url`` points the child at this session's running LanguageTool server
    instead of letting each child start (and warm up) its own.
    """
    import os

    env = dict(os.environ)
    if languagetool_url is not None:
        env["BRANDVOICE_LANGUAGETOOL_URL"] = languagetool_url
    return subprocess.run(
        [sys.executable, "-m", "brandvoice", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
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


def require_grammalecte() -> None:
    """Skip without Grammalecte, except in CI, where the README's test command installs it."""
    import os

    from brandvoice.grammalecte import find_package

    if find_package() is None:
        message = "Grammalecte is not installed (apt-get install python3-grammalecte)"
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


@pytest.fixture(scope="session")
def languagetool_url(languagetool_backend) -> str:  # type: ignore[no-untyped-def]
    """The URL of the session's local LanguageTool server, started now."""
    from brandvoice.languagetool import LocalPool

    pool = languagetool_backend.pool
    assert isinstance(pool, LocalPool), "a remote server is configured: use it directly"
    return pool.server.ensure_running()
