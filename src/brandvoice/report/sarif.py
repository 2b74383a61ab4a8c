"""SARIF 2.1.0 output, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Columns count Unicode code points (``columnKind: unicodeCodePoints``), like our offsets.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from brandvoice.checks.registry import all_rules
from brandvoice.findings import Finding, Report, Severity
from brandvoice.report.positions import LineIndex

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/brandvoice/brandvoice"
STDIN_URI = "stdin"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptors() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.id,
            "name": rule.id,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.rationale},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
            "properties": {"category": str(rule.category), "kind": str(rule.kind)},
        }
        for rule in all_rules()
    ]


_CHECKERS = {"languagetool": "LanguageTool", "grammalecte": "Grammalecte"}


def _external_descriptor(finding: Finding) -> dict[str, Any]:
    checker, _, own_id = finding.rule.partition(".")
    name = _CHECKERS.get(checker, checker)
    return {
        "id": finding.rule,
        "name": finding.rule,
        "shortDescription": {"text": f"{name}'s rule {own_id or checker} ({finding.category})"},
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
        "properties": {"category": str(finding.category), "source": finding.source},
    }


def _artifact_uri(path: str | None) -> str:
    if path in (None, "-"):
        return STDIN_URI
    return quote(str(path).replace("\\", "/"))


def _region(finding: Finding, lines: LineIndex, text: str) -> dict[str, Any]:
    start_line, start_column = lines.position(finding.offset)
    end_line, end_column = lines.position(finding.offset + finding.length)
    region: dict[str, Any] = {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": finding.offset,
        "charLength": finding.length,
    }
    if finding.length:
        region["snippet"] = {"text": text[finding.offset : finding.offset + finding.length]}
    return region


def _result(
    report: Report, finding: Finding, lines: LineIndex, rule_index: dict[str, int]
) -> dict[str, Any]:
    uri = _artifact_uri(report.path)
    region = _region(finding, lines, report.text)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "properties": {
            "category": str(finding.category),
            "source": finding.source,
            "voice": report.voice,
            "network": report.network,
            "lang": report.lang,
        },
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if finding.replacements:
        deleted = {"charOffset": finding.offset, "charLength": finding.length}
        result["fixes"] = [
            {
                "description": {"text": f"Replace with {replacement!r}"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {"deletedRegion": deleted, "insertedContent": {"text": replacement}}
                        ],
                    }
                ],
            }
            for replacement in finding.replacements
        ]
    return result


def sarif_document(reports: Sequence[Report]) -> dict[str, Any]:
    from brandvoice import __version__

    rules = _rule_descriptors()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    # LanguageTool's and Grammalecte's ids are known only once they are found: each gets
    # a descriptor too, so that every result points at a rule (code-scanning UIs list them).
    for finding in (f for report in reports for f in report.findings):
        if finding.rule not in rule_index:
            rule_index[finding.rule] = len(rules)
            rules.append(_external_descriptor(finding))
    results: list[dict[str, Any]] = []
    for report in reports:
        lines = LineIndex(report.text)
        results.extend(_result(report, f, lines, rule_index) for f in report.findings)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "brandvoice",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_sarif(reports: Sequence[Report]) -> str:
    return json.dumps(sarif_document(reports), ensure_ascii=False, indent=2)
