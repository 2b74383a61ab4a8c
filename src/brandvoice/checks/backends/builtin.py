"""brandvoice's own rules (:mod:`brandvoice.checks.registry`) as a backend: every selected
rule over each text, in the registry's order."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from brandvoice.checks.backends import Batch
    from brandvoice.checks.context import CheckContext
    from brandvoice.checks.rule import Rule
    from brandvoice.findings import Finding

NAME: Final = "brandvoice"


@dataclass(frozen=True, slots=True)
class BuiltinRules:
    """``rules``: the selected ones, without those that stand in for another backend
    (:mod:`.speller`)."""

    rules: tuple[Rule, ...]
    prefix: str = NAME

    def start(self, batch: Batch, background: Executor) -> RulesRun:
        return RulesRun(self.rules, NAME)  # nothing to start: rules read each text's context


@dataclass(frozen=True, slots=True)
class RulesRun:
    """Rules over each text of a batch, reported as ``name``."""

    rules: tuple[Rule, ...]
    name: str

    def check_many(self, contexts: Sequence[CheckContext]) -> list[list[Finding] | None]:
        return [[f for rule in self.rules for f in rule.check(ctx)] for ctx in contexts]
