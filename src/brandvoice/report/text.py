"""Human-readable output of ``check`` for a terminal: ``path:line:col: severity [rule] message``.

(``adapt`` prints through :mod:`brandvoice.report.console`.)"""

from __future__ import annotations

from collections.abc import Sequence

from brandvoice.findings import Finding, Report, Summary
from brandvoice.report.positions import LineIndex


def limit_line(metrics: dict[str, object]) -> str:
    limit = metrics.get("limit")
    unit = metrics.get("unit", "")
    count = metrics.get("count")
    return f"{count}/{limit} {unit}" if limit is not None else f"{count} {unit} (no limit)"


_INVISIBLE = {"\u00a0": "\\u00a0", "\u202f": "\\u202f", "\t": "\\t", "\n": "\\n"}


def show_replacement(replacement: str) -> str:
    """A replacement as the reader can see it: quoted, invisible spaces spelled out."""
    if not replacement:
        return "(delete)"
    return '"' + "".join(_INVISIBLE.get(ch, ch) for ch in replacement) + '"'


def _finding_line(where: str, finding: Finding, lines: LineIndex) -> str:
    line, column = lines.position(finding.offset)
    shown = " | ".join(show_replacement(r) for r in finding.replacements)
    fix = f" (suggestion: {shown})" if finding.replacements else ""
    return f"{where}:{line}:{column}: {finding.severity} [{finding.rule}] {finding.message}{fix}"


def summary_line(summary: Summary) -> str:
    return f"{summary.errors} error(s), {summary.warnings} warning(s), {summary.infos} info(s)"


def render_check(reports: Sequence[Report]) -> str:
    out: list[str] = []
    for report in reports:
        where = report.path or "<text>"
        out.append(
            f"{where}: {report.voice} on {report.network} ({report.lang}), "
            f"{limit_line(report.metrics)}"
        )
        lines = LineIndex(report.text)
        out.extend(_finding_line(where, f, lines) for f in report.findings)
    out.append(summary_line(sum((r.summary for r in reports), Summary())))
    return "\n".join(out)
