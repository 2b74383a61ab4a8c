"""The report contract: findings, per-text results and their summary.

These objects carry the same names as the JSON output (``--format json``, version 1),
so a pipeline reading JSON and a Python caller see one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used by ``--fail-on``."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(StrEnum):
    SPELLING = "spelling"
    GRAMMAR = "grammar"
    TYPOGRAPHY = "typography"
    TERMINOLOGY = "terminology"
    REGISTER = "register"
    LENGTH = "length"
    READABILITY = "readability"
    STYLE = "style"
    FACTS = "facts"  # the message contradicts itself: a weekday that is not its date's
    COMPLIANCE = "compliance"  # what the law or a platform asks of a post (help, not advice)
    CALENDAR = "calendar"  # when a planned post goes out (brandvoice.checks.calendar)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a text.

    ``offset`` and ``length`` count Unicode code points of the text as read (a Python
    ``str`` index), so ``text[offset:offset + length]`` is the flagged span.
    """

    rule: str
    category: Category
    severity: Severity
    offset: int
    length: int
    message: str
    replacements: tuple[str, ...] = ()
    source: str = "brandvoice"

    def overlaps(self, other: Finding) -> bool:
        """Whether the two spans share a character; an empty span (a missing space) counts
        as the character at its offset."""
        return self.offset < other.offset + max(
            other.length, 1
        ) and other.offset < self.offset + max(self.length, 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": str(self.category),
            "severity": str(self.severity),
            "offset": self.offset,
            "length": self.length,
            "message": self.message,
            "replacements": list(self.replacements),
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    errors: int = 0
    warnings: int = 0
    infos: int = 0

    @classmethod
    def of(cls, findings: list[Finding]) -> Summary:
        counts = {s: 0 for s in Severity}
        for finding in findings:
            counts[finding.severity] += 1
        return cls(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])

    def __add__(self, other: Summary) -> Summary:
        return Summary(
            self.errors + other.errors, self.warnings + other.warnings, self.infos + other.infos
        )

    def to_dict(self) -> dict[str, int]:
        return {"errors": self.errors, "warnings": self.warnings, "infos": self.infos}


@dataclass(frozen=True, slots=True)
class Report:
    """The result of checking one text for one voice on one network."""

    text: str
    voice: str
    network: str
    lang: str
    findings: list[Finding]
    metrics: dict[str, Any]
    backends: list[str]
    path: str | None = None
    # The language tag checked in ("en-GB", "fr-CA"); "" when it is just ``lang``.
    locale: str = ""

    @property
    def summary(self) -> Summary:
        return Summary.of(self.findings)

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or None when the text is clean."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "voice": self.voice,
            "network": self.network,
            "lang": self.lang,
            "locale": self.locale or self.lang,
            "backends": list(self.backends),
            "findings": [f.to_dict() for f in self.findings],
            "metrics": dict(self.metrics),
        }
