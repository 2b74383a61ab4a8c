"""Turning findings into advice: what every filter that weighs a finding does
(:mod:`brandvoice.checks.filters`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from brandvoice.findings import Finding, Severity


def made_advice(
    findings: Sequence[Finding], note: str, applies: Callable[[Finding], bool]
) -> list[Finding]:
    """``findings`` in order, those ``applies`` selects made advice (info), ``note``, the
    reason, added to their message."""
    return [
        replace(f, severity=Severity.INFO, message=f.message + note) if applies(f) else f
        for f in findings
    ]
