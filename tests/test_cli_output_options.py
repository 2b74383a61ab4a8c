"""-v and -q, before or after the sub-command: what brandvoice says on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandvoice.cli import main


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text("We open our new shop in Toulon on Saturday. #Toulon\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_says_what_is_loaded(
    post: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["check", str(post), "--lang", "en", "--no-languagetool"]
    status = main(["-v", *args] if where == "before" else [*args, "-v"])
    err = capsys.readouterr().err
    assert status == 0
    assert "brandvoice: [" in err  # seconds since start
    assert "configuration file" in err  # read afresh by every command


def test_verbose_names_the_voice_speller_and_models(post: Path) -> None:
    # A fresh process: in this one, the voice and the speller may already be loaded.
    import subprocess
    import sys

    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "brandvoice",
            "-v",
            "check",
            str(post),
            "--lang",
            "en",
            "--no-languagetool",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    for said in ("voice casual-facebook:", "speller en:", "spaCy en:"):
        assert said in run.stderr


def test_without_verbose_nothing_is_said(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(post), "--lang", "en", "--no-languagetool"]) == 0
    assert "voice casual-facebook" not in capsys.readouterr().err


def test_verbose_and_quiet_exclude_each_other(post: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["check", str(post), "-v", "-q"])
    assert stop.value.code == 2


@pytest.mark.parametrize("command", ["check", "adapt", "plan", "understand", "voices"])
def test_every_command_takes_both(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "--verbose" in out
    assert "--quiet" in out
