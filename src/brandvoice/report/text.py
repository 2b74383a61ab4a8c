"""Human-readable output of ``check`` for a terminal: ``path:line:col: severity [rule] message``,
then the flagged words in their line, underlined.

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


# Characters of context shown on each side of a flagged span.
_CONTEXT = 30
# A span longer than this (a paragraph, the whole text) is shown by its position alone.
_SHOWN_SPAN = 60


def context_lines(text: str, finding: Finding) -> list[str]:
    """The flagged words in their line, underlined, as ruff and LanguageTool show them::

        | c'est une bonne ocasion !
        |                 ^^^^^^^

    [] for a span over several lines, longer than a phrase, or the whole text."""
    start, end = finding.offset, finding.offset + finding.length
    if finding.length > _SHOWN_SPAN or "\n" in text[start:end] or end > len(text):
        return []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    left = max(line_start, start - _CONTEXT)
    right = min(line_end, end + _CONTEXT)
    before = ("…" if left > line_start else "") + text[left:start]
    shown = before + text[start:end] + text[end:right] + ("…" if right < line_end else "")
    shown = "".join(_INVISIBLE.get(ch, ch) for ch in shown)
    marks = "^" * max(1, len("".join(_INVISIBLE.get(ch, ch) for ch in text[start:end])))
    pad = " " * len("".join(_INVISIBLE.get(ch, ch) for ch in before))
    return [f"    | {shown}", f"    | {pad}{marks}"]


def summary_line(summary: Summary) -> str:
    return f"{summary.errors} error(s), {summary.warnings} warning(s), {summary.infos} info(s)"


def render_check(reports: Sequence[Report]) -> str:
    out: list[str] = []
    for report in reports:
        where = report.path or "<text>"
        out.append(
            f"{where}: {report.voice} on {report.network} ({report.locale or report.lang}), "
            f"{limit_line(report.metrics)}"
        )
        failure = report.metrics.get("languagetool_failed")
        if failure:
            out.append(
                f"{where}: LanguageTool failed on this text alone ({failure}); "
                "checked with the embedded speller instead"
            )
        lines = LineIndex(report.text)
        for finding in report.findings:
            out.append(_finding_line(where, finding, lines))
            out.extend(context_lines(report.text, finding))
    out.append(summary_line(sum((r.summary for r in reports), Summary())))
    return "\n".join(out)
