"""A master message as understood, in lines of text (``understand``, and the head of ``adapt``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brandvoice.understand import Message


def understood_lines(message: Message) -> list[str]:
    """How a master was read, as `understand` and `adapt` print it: intent and action with
    their cues, the key facts by role (``-`` when the message gives none: a missing date or
    link shows), the findings."""
    from brandvoice.report.text import show_replacement
    from brandvoice.understand import KeyFact, Role

    def shown(fact: KeyFact) -> str:
        if fact.date is not None:
            return f"{fact.text} ({fact.date.isoformat()}, {fact.time_kind})"
        if fact.time is not None:
            return f"{fact.text} ({fact.time.isoformat(timespec='minutes')}, {fact.time_kind})"
        return fact.text

    lines = [message.explain(), message.explain_action()]
    for role in Role:
        facts = message.of_role(role)
        lines.append(f"{role}: " + ("; ".join(shown(f) for f in facts) if facts else "-"))
    if not message.findings:
        lines.append("findings: none")
        return lines
    lines.append("findings:")
    for finding in message.findings:
        fixes = " | ".join(show_replacement(r) for r in finding.replacements)
        lines.append(
            f"  offset {finding.offset}: {finding.severity} [{finding.rule}] {finding.message}"
            + (f" (suggestion: {fixes})" if fixes else "")
        )
    return lines
