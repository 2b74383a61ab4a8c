"""The command line under bad input and failures: exit codes that a pipeline can trust
(0 clean, 1 findings, 2 input, 3 internal), one clear line, batches that go on."""

from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest

from brandvoice.cli import EXIT_INTERNAL, EXIT_USAGE, main
from brandvoice.errors import InputError, UnknownNameError, closest_names
from brandvoice.text.limits import MAX_ADAPT_CHARS, MAX_CHECK_CHARS, require_within
from tests.conftest import ROOT

SHOP_POST = "We opened our new shop in Toulon on Saturday. Come and say hello!\n"


def _one_clean_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert lines, "nothing on stderr"
    return lines[-1]


# --- exit status 3: a failure of brandvoice itself ---------------------------------------


def _crash(_args: object) -> int:
    raise RuntimeError("the rule table is corrupt")


def test_an_internal_failure_exits_3_with_one_line(monkeypatch, capsys) -> None:
    # A fake command is the only way to fail on purpose: this tests the error handling.
    from brandvoice.cli import commands

    monkeypatch.setattr(commands, "run_rules", _crash)
    assert main(["rules"]) == EXIT_INTERNAL
    line = _one_clean_line(capsys.readouterr().err)
    assert "internal error: RuntimeError: the rule table is corrupt" in line
    assert "--debug" in line
    assert "report" in line


@pytest.mark.parametrize("argv", [["--debug", "rules"], ["rules", "--debug"]])
def test_debug_shows_the_traceback(monkeypatch, capsys, argv) -> None:
    from brandvoice.cli import commands

    monkeypatch.setattr(commands, "run_rules", _crash)
    assert main(argv) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "RuntimeError" in err


def test_help_documents_the_exit_statuses(cli) -> None:
    for args in (["--help"], ["check", "--help"], ["adapt", "--help"]):
        out = " ".join(cli(*args).stdout.split())
        assert "3 internal error" in out, args
        assert "1 findings" in out, args


# --- batches go on past a bad file --------------------------------------------------------


def test_a_missing_file_does_not_stop_the_batch(cli, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHOP_POST, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = cli("check", str(missing), str(good), "--no-languagetool", "--format", "json")
    assert result.returncode == EXIT_USAGE
    reports = json.loads(result.stdout)["results"]
    assert [r["path"] for r in reports] == [str(good)]
    assert "missing.txt: cannot read" in result.stderr
    assert "1 file could not be checked" in result.stderr


def test_a_too_long_file_is_refused_alone_and_quickly(cli, tmp_path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Bonjour à tous. " * 400_000, encoding="utf-8")  # 6.4 MB
    good = tmp_path / "good.txt"
    good.write_text(SHOP_POST, encoding="utf-8")
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = cli("check", str(huge), str(good), "--no-languagetool", "--lang", "en")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Refused before any analysis: CPU time, not wall time, on a shared machine.
    assert (cpu_after.ru_utime - cpu_before.ru_utime) < 20
    assert result.returncode == EXIT_USAGE
    assert f"huge.txt: offset {MAX_CHECK_CHARS}: the text is 6,400,000 characters" in result.stderr
    assert "good.txt: casual-facebook on facebook" in result.stdout


def test_adapt_refuses_a_master_longer_than_its_limit(cli, tmp_path) -> None:
    master = tmp_path / "master.txt"
    master.write_text("Nous ouvrons samedi à Bandol. " * 400, encoding="utf-8")  # 12,000
    result = cli("adapt", str(master), "--no-languagetool", "--lang", "fr")
    assert result.returncode == EXIT_USAGE
    line = _one_clean_line(result.stderr)
    assert f"master.txt: offset {MAX_ADAPT_CHARS}:" in line
    assert "--max-chars" in line
    raised = cli("adapt", str(master), "--no-languagetool", "--lang", "fr", "--max-chars", "5")
    assert "the limit is 5 " in raised.stderr


def test_the_limit_is_a_library_setting_too() -> None:
    from brandvoice import check

    with pytest.raises(InputError, match="limit is 10 ") as caught:
        check(SHOP_POST, lang="en", languagetool="off", max_chars=10, path="post.txt")
    assert caught.value.path == "post.txt"
    assert caught.value.offset == 10
    require_within("short", 5, path=None, option="x")  # exactly at the limit: accepted


def test_broken_pipe_exits_quietly(tmp_path) -> None:
    # Enough output to fill the pipe's buffer, then the reader goes away (as `| head -1`).
    files = []
    for number in range(60):
        path = tmp_path / f"post{number}.txt"
        path.write_text("Teh shop is opne. " * 40, encoding="utf-8")
        files.append(str(path))
    command = [sys.executable, "-m", "brandvoice", "check", *files, "--no-languagetool"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=120)
    assert "Traceback" not in stderr, stderr
    assert "BrokenPipe" not in stderr, stderr
    assert process.returncode == 141


# --- names: case-insensitive, with suggestions; closed networks ---------------------------


def test_ids_are_case_insensitive(cli, tmp_path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(SHOP_POST, encoding="utf-8")
    result = cli(
        "check", str(post), "--network", "LinkedIn", "--voice", "Corporate",
        "--disable", "Length.Fold", "--no-languagetool", "--format", "json",
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)["results"][0]
    assert (report["network"], report["voice"]) == ("linkedin", "corporate")


@pytest.mark.parametrize(
    ("kind", "typo", "known", "expected"),
    [
        ("network", "linkdin", ["linkedin", "x", "facebook"], ["linkedin"]),
        ("network", "FaceBok", ["linkedin", "x", "facebook"], ["facebook"]),
        ("rule", "lenght", ["length", "length.fold", "typography"], ["length"]),
        ("voice", "zzzz", ["casual", "corporate"], []),
    ],
)
def test_unknown_names_suggest_the_closest(kind, typo, known, expected) -> None:
    assert closest_names(typo, known)[:1] == expected
    error = UnknownNameError(kind, typo, known)
    assert ("did you mean" in str(error)) == bool(expected)


def test_a_closed_network_is_refused_by_adapt(cli, tmp_path) -> None:
    master = tmp_path / "master.txt"
    master.write_text("Nous ouvrons samedi 12 décembre à Bandol.\n", encoding="utf-8")
    result = cli("adapt", str(master), "--network", "Viadeo", "--no-languagetool")
    assert result.returncode == EXIT_USAGE
    assert "'viadeo' (Viadeo) is closed" in _one_clean_line(result.stderr)


def test_a_voice_listing_a_closed_network_is_not_adapted_for_it(tmp_path) -> None:
    from brandvoice.adaptation.engine import plan_targets

    profile = tmp_path / "old-agency.yaml"
    profile.write_text(
        "name: old-agency\nextends: professional-network\nnetworks: [viadeo, linkedin]\n",
        encoding="utf-8",
    )
    pairs = plan_targets([str(profile)], None)
    assert [network.id for _, network in pairs] == ["linkedin"]
