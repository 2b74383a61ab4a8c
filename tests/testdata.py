"""Locate the shared third-party test data (conformance suites, corpora) kept outside the repo.

The data is never copied into the repository: its licences and sizes differ, and
shared/testdata/SOURCES.md records where each file comes from. Look-up order: the
``BRANDVOICE_TESTDATA`` environment variable, ``<repo>/../shared/testdata``, then
``/work/shared/testdata``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_REPO_ROOT = Path(__file__).resolve().parent.parent
_FALLBACKS = (_REPO_ROOT.parent / "shared" / "testdata", Path("/work/shared/testdata"))


def testdata_dir() -> Path:
    """The shared test data directory (it may not exist: see :func:`require_testdata`)."""
    configured = os.environ.get("BRANDVOICE_TESTDATA")
    if configured:
        return Path(configured)
    for candidate in _FALLBACKS:
        if candidate.is_dir():
            return candidate
    return _FALLBACKS[-1]


# Its name starts with "test": keep pytest from collecting it where it is imported.
testdata_dir.__test__ = False  # type: ignore[attr-defined]


def require_testdata(*parts: str) -> Path:
    """The path of ``parts`` under the test data directory, or skip the test without it.

    In CI (``CI=true``) a missing file fails the test instead: a conformance suite must
    not silently stop running.
    """
    path = testdata_dir().joinpath(*parts)
    if path.exists():
        return path
    reason = f"shared test data not found: {path} (set BRANDVOICE_TESTDATA)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)
