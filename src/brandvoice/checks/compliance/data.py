"""The compliance data files (``data/*.yaml``): one per jurisdiction, the platforms' own
rules, the lexicon of what makes a rule apply, and the sales calendars. Read once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from brandvoice.datafiles import parse_packaged_yaml

DATA_PACKAGE = "brandvoice.checks.compliance"
# One file per jurisdiction, in the order the docs list them, then the platforms' rules.
RULE_FILES = ("fr", "be", "ch", "ca-qc", "uk", "us", "platforms")


class ComplianceDataError(ValueError):
    """A packaged compliance file does not have the shape its loader expects (a bug)."""


@cache
def load(name: str) -> Any:
    """The parsed YAML document ``data/<name>.yaml``."""
    text = (files(DATA_PACKAGE) / "data" / f"{name}.yaml").read_text(encoding="utf-8")
    return parse_packaged_yaml(text)


@dataclass(frozen=True, slots=True)
class Source:
    """A legal (or platform) text a rule is written from."""

    text: str
    article: str
    version: str
    url: str | None = None

    def cite(self) -> str:
        return f"{self.text}, {self.article} ({self.version})"


@dataclass(frozen=True)
class RuleData:
    """One compliance rule as its jurisdiction's file describes it."""

    id: str
    kind: str
    jurisdiction: str | None
    severity: str
    summary: str
    rationale: str
    applies: str
    verified: str
    sources: tuple[Source, ...]
    examples: tuple[Mapping[str, Any], ...]
    fix: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    file: str = ""


_KNOWN_KEYS = frozenset(
    {
        "id",
        "kind",
        "severity",
        "fix",
        "summary",
        "rationale",
        "applies",
        "verified",
        "sources",
        "examples",
    }
)


@cache
def rule_data() -> tuple[RuleData, ...]:
    """Every compliance rule of every file, in :data:`RULE_FILES` order."""
    found: list[RuleData] = []
    for name in RULE_FILES:
        document = load(name)
        if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
            raise ComplianceDataError(f"data/{name}.yaml: expected a mapping with `rules`")
        for entry in document["rules"]:
            try:
                found.append(
                    RuleData(
                        id=entry["id"],
                        kind=entry["kind"],
                        jurisdiction=document.get("jurisdiction"),
                        severity=entry["severity"],
                        summary=" ".join(entry["summary"].split()),
                        rationale=" ".join(entry["rationale"].split()),
                        applies=" ".join(entry["applies"].split()),
                        verified=" ".join(str(entry.get("verified", "")).split()),
                        sources=tuple(Source(**s) for s in entry["sources"]),
                        examples=tuple(entry["examples"]),
                        fix=entry.get("fix"),
                        params={k: v for k, v in entry.items() if k not in _KNOWN_KEYS},
                        file=f"data/{name}.yaml",
                    )
                )
            except (KeyError, TypeError) as error:
                raise ComplianceDataError(f"data/{name}.yaml: {entry!r}: {error}") from None
    return tuple(found)


def jurisdiction_names() -> dict[str | None, str]:
    return {load(name).get("jurisdiction"): load(name)["name"] for name in RULE_FILES}
