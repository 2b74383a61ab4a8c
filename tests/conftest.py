"""Shared helpers, and the test tiers (see ``[tool.pytest.ini_options]`` and README.md).

- ``integration``: a real LanguageTool server, or other real servers and processes;
- ``browser``: a real Chromium, driven by Playwright;
- unit: everything else, and it never starts LanguageTool. For each unit test, starting a
  local LanguageTool server in this process fails the test, and
  ``$BRANDVOICE_LANGUAGETOOL_URL`` points at a closed port, so that the programs it runs
  (``python -m brandvoice ...``) find LanguageTool unavailable and use the embedded
  speller, as on a machine without LanguageTool: the same results everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked
    from brandvoice.lang import Lang

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

TIERS = ("integration", "browser")
# Nothing listens on the discard port; the path says why, in the "unreachable" warning.
NO_LANGUAGETOOL_URL = "http://127.0.0.1:9/unit-tests-run-without-languagetool/"
# Fixtures that start or reach the real LanguageTool: only integration tests may use them.
_LANGUAGETOOL_FIXTURES = frozenset({"languagetool_backend", "languagetool_url"})


class LanguageToolInUnitTestError(Exception):
    """A unit test tried to start LanguageTool: mark it ``integration``, or check with
    ``languagetool="off"`` when LanguageTool is not what it tests."""


def _tier(item: pytest.Item) -> str:
    for tier in TIERS:
        if item.get_closest_marker(tier) is not None:
            return tier
    return "unit"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test is in exactly one tier, and only integration tests get a real LanguageTool."""
    wrong: list[str] = []
    for item in items:
        tiers = [tier for tier in TIERS if item.get_closest_marker(tier) is not None]
        if len(tiers) > 1:
            wrong.append(f"{item.nodeid}: in several tiers {tiers}")
        uses = _LANGUAGETOOL_FIXTURES.intersection(getattr(item, "fixturenames", ()))
        if uses and tiers != ["integration"]:
            wrong.append(f"{item.nodeid}: uses {', '.join(sorted(uses))}: mark it integration")
    if wrong:
        raise pytest.UsageError("test tiers:\n  " + "\n  ".join(wrong))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Unit and browser tests run without LanguageTool, including the module- and
    session-scoped fixtures set up for them (hence a hook, not a function fixture)."""
    if _tier(item) == "integration":
        yield
        return
    from brandvoice.languagetool import LocalServer

    def refuse(self: object) -> str:
        raise LanguageToolInUnitTestError(
            f"{item.nodeid} started a local LanguageTool server: mark the test "
            '"integration", or pass languagetool="off" when LanguageTool is not what it tests'
        )

    patch = pytest.MonkeyPatch()
    patch.setattr(LocalServer, "ensure_running", refuse)
    patch.setenv("BRANDVOICE_LANGUAGETOOL_URL", NO_LANGUAGETOOL_URL)
    try:
        yield
    finally:
        patch.undo()


def run_cli(
    *args: str, stdin: bytes | None = None, languagetool_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m brandvoice`` as a user would, capturing its output.

    ``languagetool_url`` points the child at this session's running LanguageTool server
    instead of letting each child start (and warm up) its own.
    """
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
    import shutil

    if shutil.which(name) is None:
        message = f"{name} is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def require_grammalecte() -> None:
    """Skip without Grammalecte, except in CI, where the README's test command installs it."""
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


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    """The project's wheel, built once per session: the names it holds and the folder it is
    unpacked into (the tests of what ships in it import from there)."""
    import zipfile

    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)]
    subprocess.run(build, cwd=ROOT, check=True, capture_output=True, timeout=120)
    (wheel,) = out.glob("brandvoice-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(out / "site")
        return set(archive.namelist()), out / "site"


def checked_text(text: str, lang: Lang = "fr") -> Checked:
    """``text`` as a filter receives it, checked by no external checker, in the default
    voice (the filters' tests: ``test_line_starts``, ``test_motion_infinitives``...)."""
    from brandvoice.checks.context import CheckContext
    from brandvoice.checks.filters import Checked
    from brandvoice.checks.runner import resolve_target

    voice, network = resolve_target(None, None)
    return Checked(CheckContext(text, lang, voice, network, [(0, len(text))]), frozenset())
