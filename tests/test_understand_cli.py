"""``brandvoice understand``: the reading of a master as a user sees it, its exit codes and
one-line errors; and the ``facts.*`` findings as ``check`` reports and fixes them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brandvoice.cli import main

from .conftest import run_cli

HIRING = (
    "Le Fournil recrute un apprenti boulanger (H/F) en CDI. "
    "Envoyez votre CV avant le 20 mars à jobs@fournil.fr."
)
WRONG_WEEKDAY = "Portes ouvertes le vendredi 16 mars 2030 au 12 rue Paradis."
PAST = "Cooking workshop on Saturday 16 March 2019 at 10am."


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "master.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _understand(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    status = main(["understand", *argv])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def test_text_gives_intent_action_and_facts_by_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, err = _understand(
        capsys, _write(tmp_path, HIRING), "--lang", "fr", "--date", "2026-03-01"
    )
    assert status == 0, err
    assert lines[0].startswith("intent: hiring because 'recrute'")
    assert lines[1] == "action: apply because 'Envoyez votre CV'"
    by_role = dict(line.split(": ", 1) for line in lines[2:9])
    assert list(by_role) == ["what", "when", "where", "price", "how", "who", "figure"]
    assert by_role["what"] == "apprenti boulanger"
    # No year written: the next 20 March after --date, marked a deadline by "avant le".
    assert by_role["when"] == "20 mars (2026-03-20, deadline)"
    assert by_role["how"] == "jobs@fournil.fr"
    assert by_role["price"] == "-"
    assert lines[9:] == ["findings: none"]


def test_a_wrong_weekday_is_an_error_with_its_offset_and_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, WRONG_WEEKDAY)
    status, lines, _ = _understand(capsys, path, "--lang", "fr", "--date", "2026-03-01")
    assert status == 1
    (finding,) = lines[lines.index("findings:") + 1 :]
    assert finding.startswith("  offset 19: error [facts.weekday-mismatch] ")
    assert "est un samedi, pas un vendredi" in finding
    assert finding.endswith('(suggestion: "samedi 16 mars 2030")')
    status, _, _ = _understand(capsys, path, "--lang", "fr", "--fail-on", "never")
    assert status == 0


def test_a_past_date_is_a_warning_and_fails_only_from_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, PAST)
    status, lines, _ = _understand(capsys, path, "--lang", "en")
    assert status == 0
    assert any("warning [facts.past-date]" in line for line in lines)
    status, _, _ = _understand(capsys, path, "--lang", "en", "--fail-on", "warning")
    assert status == 1


def test_intent_and_action_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, PAST)
    status, lines, _ = _understand(
        capsys,
        path,
        "--lang",
        "en",
        "--intent",
        "results",
        "--action",
        "read",
        "--fail-on",
        "warning",
    )
    assert lines[:2] == ["intent: results (set by the caller)", "action: read (set by the caller)"]
    # Results look back: their past dates are meant, so nothing is flagged.
    assert lines[-1] == "findings: none"
    assert status == 0


def test_json_from_stdin_is_the_message(tmp_path: Path) -> None:
    result = run_cli(
        "understand",
        "-",
        "--format",
        "json",
        "--date",
        "2026-03-01",
        "--intent",
        "hiring",
        stdin=HIRING.encode("utf-8"),
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["lang"] == "fr"
    assert document["reference_date"] == "2026-03-01"
    assert (document["intent"], document["intent_cues"]) == ("hiring", [])
    assert document["overridden"] == ["intent"]
    assert document["action"] == "apply"
    deadline = next(f for f in document["facts"] if f["kind"] == "date")
    assert deadline == {
        "role": "when",
        "kind": "date",
        "text": "20 mars",
        "start": HIRING.index("20 mars"),
        "end": HIRING.index("20 mars") + len("20 mars"),
        "date": "2026-03-20",
        "time_kind": "deadline",
    }
    assert document["findings"] == []


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--date", "2026-13-01"], ["--date", "2026-13-01"]),
        (["--date", "14/03/2026"], ["--date", "14/03/2026"]),
        (["--intent", "party"], ["unknown intent 'party'", "hiring"]),
        (["--action", "dance"], ["unknown action 'dance'", "bring_back"]),
    ],
)
def test_bad_option_is_one_line_on_stderr_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], named: list[str]
) -> None:
    status, lines, err = _understand(capsys, _write(tmp_path, HIRING), *argv)
    assert status == 2
    assert lines == []
    assert len(err) == 1, err
    assert all(part in err[0] for part in named), err


def test_missing_file_is_one_line_on_stderr_exit_2(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = run_cli("understand", missing)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert missing in result.stderr


def test_understand_help_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from brandvoice.cli import main\n"
        "try:\n"
        "    main(['understand', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('spacy', 'regex', 'brandvoice.understand') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "--fail-on" in result.stdout


def test_library_exports() -> None:
    import brandvoice
    from brandvoice.understand import Action, Intent, Message, understand

    assert brandvoice.understand is understand
    assert (brandvoice.Message, brandvoice.Intent, brandvoice.Action) == (Message, Intent, Action)


def test_check_reports_the_wrong_weekday_and_fixes_it_only_when_unsafe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """facts.weekday-mismatch is an error of `check`; its fix is unsafe (the date may be the
    mistake), so --fix alone leaves the text and --unsafe-fixes writes the date's weekday."""
    path = _write(tmp_path, WRONG_WEEKDAY + "\n")
    argv = ["check", path, "--lang", "fr", "--network", "facebook", "--no-languagetool"]
    argv += ["--disable", "length", "--disable", "grammalecte"]
    assert main([*argv, "--fix"]) == 1
    assert Path(path).read_text(encoding="utf-8") == WRONG_WEEKDAY + "\n"
    main([*argv, "--fix", "--unsafe-fixes"])
    assert "le samedi 16 mars 2030 au" in Path(path).read_text(encoding="utf-8")
    capsys.readouterr()
    main([*argv, "--format", "json"])
    (result,) = json.loads(capsys.readouterr().out)["results"]
    assert [f for f in result["findings"] if f["category"] == "facts"] == []
