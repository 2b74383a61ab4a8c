"""The embedded speller (``spelling.unknown-word``, Hunspell's dictionaries) as a backend:
it stands in for LanguageTool, whose own speller covers the same ground better, on the
texts LanguageTool did not check (off, unavailable, or failed on that text)."""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.backends.builtin import RulesRun

if TYPE_CHECKING:
    from brandvoice.checks.backends import Batch
    from brandvoice.checks.rule import Rule


@dataclass(frozen=True, slots=True)
class EmbeddedSpeller:
    """``rules``: the selected rules whose ``fallback_for`` is LanguageTool; none when the
    speller is disabled (``--disable spelling``)."""

    rules: tuple[Rule, ...]
    prefix: str = "spelling"
    stands_in_for: str = lt.RULE_PREFIX

    def start(self, batch: Batch, background: Executor) -> RulesRun | None:
        return RulesRun(self.rules, f"hunspell:{batch.lang}") if self.rules else None
