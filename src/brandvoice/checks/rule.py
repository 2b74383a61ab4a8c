"""What a rule is: stable id, metadata, built-in examples and a check function.

Modelled on LanguageTool (every rule ships an incorrect and a correct example, run by one
parametrized test), Vale (rule kinds) and ruff (stable codes, fixes marked safe/unsafe,
docs generated from the metadata).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext
    from brandvoice.profiles import VoiceProfile


class RuleKind(StrEnum):
    """Vale's vocabulary for how a rule decides."""

    EXISTENCE = "existence"  # a token or pattern must not appear
    SUBSTITUTION = "substitution"  # a form must be replaced by another
    OCCURRENCE = "occurrence"  # something appears too often or too rarely
    METRIC = "metric"  # a measured value leaves its allowed band
    CONSISTENCY = "consistency"  # two things the text says cannot both be true
    SCHEDULE = "schedule"  # when a post goes out, not its words (brandvoice.checks.calendar)


class Fix(StrEnum):
    """Whether a rule's replacements can be applied without a human reading them."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Example:
    """A built-in example: ``flags`` is the exact span the rule must flag, or None when the
    text must stay clean. An empty string flags a point (a zero-length finding)."""

    text: str
    flags: str | None
    network: str = "facebook"
    voice: str | None = None
    lang: str = "en"
    # Vocabulary entries the example is checked with (vocabulary rules).
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    # Fields of the voice overridden for the example ({"jurisdiction": "FR"}), and the day
    # it is published (compliance.* rules read the business's country and the calendar).
    profile: Mapping[str, Any] = field(default_factory=dict, compare=False)
    date: dt.date | None = None


def example_voice(example: Example) -> str | VoiceProfile | None:
    """The voice an example is checked with: its voice (or its network's default one) with
    the example's ``profile`` overrides, a mapping merged into a mapping field."""
    if not example.profile:
        return example.voice
    from brandvoice.checks.runner import resolve_target

    voice, _ = resolve_target(example.voice, example.network)
    return with_overrides(voice, example.profile)


def with_overrides(voice: VoiceProfile, overrides: Mapping[str, Any]) -> VoiceProfile:
    """``voice`` with fields replaced (mappings merged) and validated again."""
    from brandvoice.profiles import VoiceProfile

    data = voice.model_dump()
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return VoiceProfile.model_validate(data)


class Rule(ABC):
    """Base class of every check. Subclasses fill the metadata and implement :meth:`check`."""

    id: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    kind: ClassVar[RuleKind]
    summary: ClassVar[str]
    rationale: ClassVar[str]
    fix: ClassVar[Fix | None] = None
    examples: ClassVar[Sequence[Example]]
    # The backend this rule stands in for: skipped when that backend ran on the text.
    fallback_for: ClassVar[str | None] = None
    # Whether the rule reads ``ctx.analysis`` (formality, address, readability): the runner
    # then analyses the batch with the full spaCy pipeline, which costs far more than
    # sentence splitting.
    needs_analysis: ClassVar[bool] = False

    @abstractmethod
    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        """Yield findings for ``ctx.text``."""

    def finding(
        self,
        offset: int,
        length: int,
        message: str,
        replacements: Sequence[str] = (),
        severity: Severity | None = None,
    ) -> Finding:
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            offset=offset,
            length=length,
            message=message,
            replacements=tuple(replacements),
        )
