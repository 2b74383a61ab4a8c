"""An adaptation as Markdown: one section per variant with its text, count, findings and
the changes that made it, for review in a merge request or a wiki."""

from __future__ import annotations

import re

from brandvoice.adaptation.blog import front_matter_block
from brandvoice.adaptation.model import Adaptation, Variant, grouped_changes
from brandvoice.checks.tone import band_positions
from brandvoice.report.positions import LineIndex
from brandvoice.report.text import limit_line, show_replacement, summary_line


def _cell(text: str) -> str:
    shown = show_replacement(text) if text.strip() != text or not text else text
    return shown.replace("|", "\\|").replace("\n", "⏎ ")


def _fence(text: str) -> str:
    # A fence longer than any backtick run inside the text, so a master cannot close it.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}text\n{text}\n{ticks}"


def bands_line(metrics: dict[str, object]) -> str:
    """Where a variant landed against its voice's bands: "formality 83 (voice 25–80, above) ·
    reading ease 75 (voice 55–150, in band)"; '' when the checks measured neither."""
    parts = [
        f"{b.name} {b.value:.0f} (voice {b.low:.0f}–{b.high:.0f}, {b.side or 'in band'})"
        for b in band_positions(metrics)
    ]
    longest = metrics.get("longest_sentence_words")
    if parts and isinstance(longest, int):
        parts.append(f"longest sentence {longest} words")
    return " · ".join(parts)


def _variant(variant: Variant) -> list[str]:
    out = [
        f"## {variant.network} — {variant.voice}",
        "",
        f"{limit_line(variant.metrics)} · {summary_line(variant.summary)}",
        "",
        *([bands, ""] if (bands := bands_line(variant.metrics)) else []),
        _fence(variant.text),
        "",
    ]
    if variant.meta:
        out += ["Front matter:", "", _fence(front_matter_block(variant.meta)), ""]
    if variant.findings:
        lines = LineIndex(variant.text)
        out += ["**Findings**", ""]
        for finding in variant.findings:
            line, column = lines.position(finding.offset)
            out.append(f"- {line}:{column} {finding.severity} `{finding.rule}` {finding.message}")
        out.append("")
    if variant.changes:
        out += ["**Changes**", "", "| transform | before | after | reason |", "|---|---|---|---|"]
        for group in grouped_changes(variant.changes):
            if group.transform == "template":
                out.append(f"| template | | | {_cell(group.label)} |")
            else:
                # Each edit's before and after, in order, one per line of the cell.
                before = "<br>".join(_cell(c.before) for c in group.changes)
                after = "<br>".join(_cell(c.after) for c in group.changes)
                out.append(f"| {group.transform} | {before} | {after} | {_cell(group.label)} |")
        out.append("")
    return out


def render_adaptation(adaptation: Adaptation) -> str:
    out = [f"# Adaptation ({adaptation.lang})", "", "Master:", "", _fence(adaptation.master), ""]
    for variant in adaptation.variants:
        out += _variant(variant)
    if adaptation.problems:
        out += ["## Problems", ""]
        out += [f"- {p.network} ({p.voice}), {p.kind}: {p.message}" for p in adaptation.problems]
        out.append("")
    out.append(summary_line(adaptation.summary))
    return "\n".join(out)
