"""The plan for reading: JSON (the ``check`` contract's style) and a terminal listing."""

from __future__ import annotations

import json

from brandvoice.campaigns.result import Plan

TEXT_WIDTH = 72


def render_json(plan: Plan) -> str:
    return json.dumps(plan.to_dict(), ensure_ascii=False, indent=2)


def render_text(plan: Plan) -> str:
    lines = [f"{plan.campaign}: {len(plan.entries)} variants, times in {plan.timezone}"]
    for entry in plan.entries:
        metrics = entry.variant.metrics
        limit = metrics.get("limit")
        count = f"{metrics.get('count', '?')}/{'-' if limit is None else limit}"
        how = "next slot" if entry.placed else "as written"
        lines.append(
            f"{entry.when:%a %Y-%m-%d %H:%M %z}  {entry.network:9} {entry.post_id:16} "
            f"{count:>10}  ({how}, voice {entry.variant.voice})"
        )
        first = entry.text.splitlines()[0] if entry.text else ""
        ellipsis = "…" if len(first) > TEXT_WIDTH or "\n" in entry.text else ""
        lines.append(f"    {first[:TEXT_WIDTH]}{ellipsis}")
        for finding in entry.findings:
            lines.append(f"    {finding.severity}: [{finding.rule}] {finding.message}")
    summary = plan.summary
    lines.append(
        f"{summary.errors} error(s), {summary.warnings} warning(s), {summary.infos} info(s)"
    )
    return "\n".join(lines)
