"""The adaptation contract: variants of one master message, with the changes that made them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brandvoice.findings import Finding, Summary


@dataclass(frozen=True, slots=True)
class Change:
    """One transform applied on the way from the master to a variant, and why."""

    transform: str
    before: str
    after: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {
            "transform": self.transform,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Variant:
    voice: str
    network: str
    lang: str
    text: str
    changes: list[Change] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    backends: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "voice": self.voice,
            "network": self.network,
            "text": self.text,
            "changes": [c.to_dict() for c in self.changes],
            "findings": [f.to_dict() for f in self.findings],
            "metrics": dict(self.metrics),
        }


@dataclass(frozen=True, slots=True)
class Adaptation:
    lang: str
    master: str
    variants: list[Variant]

    @property
    def summary(self) -> Summary:
        return sum((Summary.of(v.findings) for v in self.variants), Summary())

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "lang": self.lang,
            "master": self.master,
            "variants": [v.to_dict() for v in self.variants],
        }
