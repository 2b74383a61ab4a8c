"""JUnit XML output: parsed back with junitparser, as a CI test-report view reads it."""

from __future__ import annotations

from junitparser import Failure, JUnitXml, TestSuite

from brandvoice.checks import Checker, CheckRequest
from brandvoice.report.junit import family, render_junit

from .conftest import run_cli

LONG = "Line one 👋\n" + "Our new shop opens in Toulon on Saturday with tastings. " * 6
SHORT = "Short and sweet #Toulon"


def _reports():  # type: ignore[no-untyped-def]
    checker = Checker(languagetool="off")
    return checker.check_many(
        [
            CheckRequest(LONG, network="x", path="posts/launch.txt"),
            CheckRequest(SHORT, voice="casual-facebook", network="bluesky", path="-"),
        ]
    )


def _suites(xml: str) -> list[TestSuite]:
    # Bytes: the document declares its encoding, which a parser takes from bytes only.
    return list(JUnitXml.fromstring(xml.encode("utf-8")))


def test_one_suite_per_file_one_case_per_rule_family() -> None:
    reports = _reports()
    suites = _suites(render_junit(reports))
    assert [s.name for s in suites] == ["posts/launch.txt", "stdin"]
    names = [case.name for case in suites[0]]
    assert names[:3] == ["length", "spelling", "typography"]
    assert len(names) == len(set(names)) == suites[0].tests
    assert all(case.classname == "posts/launch.txt" for case in suites[0])


def test_properties_carry_voice_network_and_lang() -> None:
    suites = _suites(render_junit(_reports()))
    properties = {p.name: p.value for p in suites[1].properties()}
    assert properties["voice"] == "casual-facebook"
    assert properties["network"] == "bluesky"
    assert properties["lang"] == "en"
    assert properties["backends"].startswith("brandvoice,")


def test_failures_follow_fail_on() -> None:
    reports = _reports()
    for fail_on, expected in (("error", {"error"}), ("warning", {"error", "warning"})):
        suites = _suites(render_junit(reports, fail_on))
        failed = {(s.name, case.name) for s in suites for case in s if not case.is_passed}
        assert failed == {
            ("stdin" if r.path == "-" else r.path, family(f.rule))
            for r in reports
            for f in r.findings
            if f.severity in expected
        }
        assert sum(suite.failures for suite in suites) == len(failed)
    never = _suites(render_junit(reports, "never"))
    assert all(case.is_passed for suite in never for case in suite)
    # Findings that do not fail are still listed, in the case's output.
    assert "[length.over-limit]" in "".join(
        case.system_out or "" for suite in never for case in suite
    )


def test_failure_lists_findings_with_their_positions() -> None:
    suites = _suites(render_junit(_reports()))
    (length,) = [case for case in suites[0] if case.name == "length"]
    (failure,) = [r for r in length.result if isinstance(r, Failure)]
    assert failure.type == "length.over-limit"
    assert failure.text.startswith("posts/launch.txt:2:")
    assert "error [length.over-limit]" in failure.text


def test_families_that_did_not_run_are_left_out() -> None:
    suites = _suites(render_junit(_reports(), families=["length"]))
    assert {case.name for case in suites[1]} <= {
        "length",
        *(family(f.rule) for f in _reports()[1].findings),
    }
    assert "grammar" not in {case.name for case in suites[0]}


def test_output_is_deterministic() -> None:
    assert render_junit(_reports()) == render_junit(_reports())


def test_cli_writes_junit_and_exits_by_fail_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    post = tmp_path / "post.txt"
    post.write_text(LONG, encoding="utf-8")
    result = run_cli(
        "check",
        str(post),
        "--network",
        "x",
        "--no-languagetool",
        "--format",
        "junit",
        "--disable",
        "style",
    )
    assert result.returncode == 1, result.stderr
    (suite,) = _suites(result.stdout)
    assert suite.name == str(post)
    assert "style" not in {case.name for case in suite}  # disabled: not a passing case
    assert suite.failures == 1
