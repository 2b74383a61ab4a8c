"""The pre-commit hook, run by pre-commit itself on a sample repository.

``pre-commit try-repo`` installs the hook's repository into its own virtualenv with pip
(dependencies come from PyPI). try-repo only sees committed and modified tracked files, so
the test snapshots this working tree (tracked and untracked, minus ignored files) into a
throwaway repository and tries that: what is tested is what is on disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, require_program

pytestmark = pytest.mark.integration

LONG = "Our new shop opens in Toulon on Saturday with tastings all afternoon. " * 6
CLEAN = "Short and sweet #Toulon"


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.com",
    }
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _snapshot(target: Path) -> Path:
    """This working tree, committed as the only commit of a new repository at ``target``."""
    listed = _git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "commit", "-q", "-m", "snapshot")
    return target


def _sample(target: Path, post: str) -> Path:
    """A repository with a configuration (LanguageTool off: no server in a hook's venv)
    and one post, staged."""
    target.mkdir()
    (target / "brandvoice.toml").write_text('network = "x"\nlanguagetool = "off"\n')
    (target / "post.md").write_text(f"# Opening\n\n{post}\n", encoding="utf-8")
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    return target


def _try_repo(hook_repo: Path, sample: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(hook_repo),
            "brandvoice-check",
            "--all-files",
        ],
        cwd=sample,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )


def test_hook_fails_on_a_finding_and_passes_a_clean_post(tmp_path: Path) -> None:
    require_program("git")
    hook_repo = _snapshot(tmp_path / "brandvoice")
    bad = _try_repo(hook_repo, _sample(tmp_path / "bad", LONG))
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "error [length.over-limit]" in bad.stdout
    assert "post.md:3:" in bad.stdout
    good = _try_repo(hook_repo, _sample(tmp_path / "good", CLEAN))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
