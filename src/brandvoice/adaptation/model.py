"""The adaptation contract: variants of one master message, with the changes that made them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brandvoice.findings import Finding, Summary
from brandvoice.understand.model import Message


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
class ChangeGroup:
    """The changes one transform made for one reason, as a person reads them: one line
    with a count (a press note's third person is nine edits, said once), the edits kept in
    order for whoever wants each one."""

    transform: str
    reason: str
    changes: tuple[Change, ...]

    @property
    def count(self) -> int:
        return len(self.changes)

    @property
    def label(self) -> str:
        """The reason, with how many times it applied when more than once."""
        return f"{self.reason} (×{self.count})" if self.count > 1 else self.reason


def grouped_changes(changes: list[Change]) -> list[ChangeGroup]:
    """``changes`` grouped by transform and reason, in the order each group first applied:
    the one grouping of the text, Markdown and preview reports (JSON keeps every change,
    each with its own span)."""
    groups: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        groups.setdefault((change.transform, change.reason), []).append(change)
    return [
        ChangeGroup(transform, reason, tuple(members))
        for (transform, reason), members in groups.items()
    ]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a variant could not guarantee, said plainly: an error-level finding left
    in it, a fact of the master it lost, an error it has that the master did not."""

    network: str
    voice: str
    # "finding", "missing-fact", "introduced-error", "adapt.introduced-finding",
    # "fit.key-fact-dropped", "fit.sentence-broken", "voice.out-of-band"
    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {
            "network": self.network,
            "voice": self.voice,
            "kind": self.kind,
            "message": self.message,
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
    # A blog variant's page fields, its Markdown front matter (title, description, date,
    # lang, tags): see brandvoice.adaptation.blog. Empty for other networks.
    meta: dict[str, object] = field(default_factory=dict)
    # Facts of the master removed on purpose (cut for length, a link moved to the bio).
    dropped: list[str] = field(default_factory=list)
    # The BCP 47 tag the variant was written and checked in: the master's locale, in its
    # voice's region when the master names none (a British voice's "en" post is en-GB).
    locale: str = ""

    @property
    def summary(self) -> Summary:
        return Summary.of(self.findings)

    @property
    def document(self) -> str:
        """What to publish: the text, under its front matter when it has page fields (a
        blog post as a site generator's Markdown file)."""
        from brandvoice.adaptation.blog import markdown_document

        return markdown_document(self.text, self.meta) if self.meta else self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "voice": self.voice,
            "network": self.network,
            "locale": self.locale or self.lang,
            "text": self.text,
            "meta": dict(self.meta),
            "document": self.document,
            "changes": [c.to_dict() for c in self.changes],
            "dropped": list(self.dropped),
            "findings": [f.to_dict() for f in self.findings],
            "metrics": dict(self.metrics),
        }


@dataclass(frozen=True, slots=True)
class Adaptation:
    lang: str
    master: str
    variants: list[Variant]
    problems: list[Problem] = field(default_factory=list)
    brand: str | None = None
    # The master as understood: intent, action, key facts (what the variants must keep).
    message: Message | None = None
    # The master's BCP 47 tag (``lang`` is its language): asked, or detected for "auto".
    locale: str = ""

    @property
    def summary(self) -> Summary:
        return sum((v.summary for v in self.variants), Summary())

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "lang": self.lang,
            "locale": self.locale or self.lang,
            "brand": self.brand,
            "master": self.master,
            "message": self.message.to_dict() if self.message else None,
            "variants": [v.to_dict() for v in self.variants],
            "problems": [p.to_dict() for p in self.problems],
        }
