"""JUnit XML output, for CI test-report views (GitLab, Jenkins, Azure DevOps, GitHub test
reporters): each checked file is a test suite, each rule family a test case in it.

A family's case fails when one of its findings is at or above ``--fail-on``; the failure's
text lists those findings as ``path:line:column: severity [rule] message``. Findings below
the threshold go to the case's ``system-out``, so nothing found is hidden. Only what the
check decides is written (no times, no host names), so the same input gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

from brandvoice.findings import Finding, Report, Severity
from brandvoice.report.positions import LineIndex
from brandvoice.report.text import limit_line

STDIN_NAME = "stdin"
EXTERNAL_FAMILY = "languagetool"


def family(rule: str) -> str:
    """A rule's family: the part of its id before the first dot (``length.fold`` → length)."""
    return rule.split(".", 1)[0]


def default_families() -> list[str]:
    """The families of every rule brandvoice has, in registry order."""
    from brandvoice.checks.registry import all_rules

    return list(dict.fromkeys(family(rule.id) for rule in all_rules()))


def _suite_name(report: Report) -> str:
    return STDIN_NAME if report.path in (None, "-") else str(report.path)


def _at_or_above(finding: Finding, fail_on: str) -> bool:
    return fail_on != "never" and finding.severity.rank >= Severity(fail_on).rank


def _finding_line(name: str, finding: Finding, lines: LineIndex) -> str:
    line, column = lines.position(finding.offset)
    return f"{name}:{line}:{column}: {finding.severity} [{finding.rule}] {finding.message}"


def _suite_families(report: Report, families: Sequence[str]) -> list[str]:
    ran_languagetool = any(b.startswith(EXTERNAL_FAMILY) for b in report.backends)
    names = [*families, *([EXTERNAL_FAMILY] if ran_languagetool else [])]
    names += [family(f.rule) for f in report.findings]  # a family outside the list still shows
    return list(dict.fromkeys(names))


def _properties(parent: ET.Element, report: Report) -> None:
    properties = ET.SubElement(parent, "properties")
    values = {
        "voice": report.voice,
        "network": report.network,
        "lang": report.lang,
        "backends": ",".join(report.backends),
        "length": limit_line(report.metrics),
    }
    for name, value in values.items():
        ET.SubElement(properties, "property", name=name, value=value)


def _case(
    suite: ET.Element, report: Report, name: str, findings: list[Finding], fail_on: str
) -> bool:
    """Add the test case of family ``name``; return whether it failed."""
    suite_name = _suite_name(report)
    case = ET.SubElement(suite, "testcase", name=name, classname=suite_name, file=suite_name)
    lines = LineIndex(report.text)
    failing = [f for f in findings if _at_or_above(f, fail_on)]
    passing = [f for f in findings if not _at_or_above(f, fail_on)]
    if failing:
        worst = max(failing, key=lambda f: f.severity.rank)
        failure = ET.SubElement(
            case,
            "failure",
            message=f"{len(failing)} finding(s) at or above {fail_on}: {worst.message}",
            type=worst.rule,
        )
        failure.text = "\n".join(_finding_line(suite_name, f, lines) for f in failing)
    if passing:
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join(_finding_line(suite_name, f, lines) for f in passing)
    return bool(failing)


def _suite(report: Report, families: Sequence[str], fail_on: str) -> tuple[ET.Element, int, int]:
    names = _suite_families(report, families)
    suite = ET.Element("testsuite", name=_suite_name(report))
    _properties(suite, report)
    failures = 0
    for name in names:
        findings = [f for f in report.findings if family(f.rule) == name]
        failures += _case(suite, report, name, findings, fail_on)
    for key, value in (("tests", len(names)), ("failures", failures), ("errors", 0)):
        suite.set(key, str(value))
    suite.set("skipped", "0")
    return suite, len(names), failures


def junit_tree(
    reports: Sequence[Report], fail_on: str = "error", families: Iterable[str] | None = None
) -> ET.Element:
    """The ``<testsuites>`` element for ``reports``. ``families`` are the rule families
    that ran (default: all of brandvoice's); each becomes a case in every suite."""
    names = list(default_families() if families is None else families)
    root = ET.Element("testsuites", name="brandvoice")
    tests = failures = 0
    for report in reports:
        suite, suite_tests, suite_failures = _suite(report, names, fail_on)
        root.append(suite)
        tests += suite_tests
        failures += suite_failures
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", "0")
    return root


def render_junit(
    reports: Sequence[Report], fail_on: str = "error", families: Iterable[str] | None = None
) -> str:
    root = junit_tree(reports, fail_on, families)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
