"""An adaptation on a terminal: the variants one after another, each in a panel with its
count against the network's limit, its findings and its changes (rich)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brandvoice.adaptation.blog import front_matter_block
from brandvoice.adaptation.model import Adaptation, Variant, grouped_changes
from brandvoice.report.positions import LineIndex
from brandvoice.report.text import limit_line, summary_line

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _panel(variant: Variant) -> RenderableType:
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    parts: list[RenderableType] = [Text(variant.text)]
    if variant.meta:
        # Below the text, so that the findings' line numbers stay the text's own.
        parts.append(Text("\n" + front_matter_block(variant.meta), style="dim"))
    if variant.findings:
        lines = LineIndex(variant.text)
        findings = Text()
        for finding in variant.findings:
            line, column = lines.position(finding.offset)
            findings.append(f"\n{line}:{column} ")
            findings.append(str(finding.severity), style=_STYLE[finding.severity.value])
            findings.append(f" [{finding.rule}] {finding.message}")
        parts.append(findings)
    edits = grouped_changes([c for c in variant.changes if c.transform != "template"])
    if edits:
        changes = Text("\n", style="dim")
        for group in edits:
            changes.append(f"\n~ {group.transform}: {group.label}", style="dim")
        parts.append(changes)
    title = f"{variant.voice} on {variant.network} ({variant.lang})"
    subtitle = f"{limit_line(variant.metrics)} · {summary_line(variant.summary)}"
    return Panel(Group(*parts), title=title, subtitle=subtitle, title_align="left")


def print_adaptation(adaptation: Adaptation, console: Console | None = None) -> None:
    from rich.console import Console
    from rich.text import Text

    console = console or Console(highlight=False, soft_wrap=False)
    if adaptation.message is not None:
        from brandvoice.report.understanding import understood_lines

        # How the master was read comes first: every choice below follows from it.
        for line in understood_lines(adaptation.message):
            console.print(Text(line))
        console.print()
    for variant in adaptation.variants:
        console.print(_panel(variant))
    for problem in adaptation.problems:
        # Text, not markup: messages quote the master, which may contain [brackets].
        console.print(
            Text.assemble(
                ("problem ", "bold"), f"{problem.network} ({problem.kind}): {problem.message}"
            )
        )
    console.print(Text(summary_line(adaptation.summary)))
