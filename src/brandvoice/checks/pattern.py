"""A rule defined by a regular expression: each match is a finding (Vale's existence and
substitution kinds). Subclasses give the pattern, the languages it applies to, and how a
match becomes a message and replacements."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Rule
from brandvoice.findings import Finding


class PatternRule(Rule):
    pattern: ClassVar[Any]  # a compiled ``regex`` pattern
    langs: ClassVar[frozenset[str]] = frozenset({"fr", "en"})
    advice: ClassVar[str | None] = None  # the message, when it needs no detail of the match

    def applies(self, ctx: CheckContext) -> bool:
        return ctx.lang in self.langs

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies(ctx):
            return
        for match in self.pattern.finditer(ctx.text):
            finding = self.on_match(match, ctx)
            if finding is not None:
                yield finding

    def on_match(self, match: Any, ctx: CheckContext) -> Finding | None:
        """The finding for ``match`` (its group 0 span by default), or None to skip it."""
        replacement = self.replacement(match, ctx)
        return self.finding(
            match.start(),
            match.end() - match.start(),
            self.message(match, ctx),
            () if replacement is None else (replacement,),
        )

    def message(self, match: Any, ctx: CheckContext) -> str:
        return self.advice or self.summary

    def replacement(self, match: Any, ctx: CheckContext) -> str | None:
        return None


def compile_pattern(source: str) -> Any:
    return regex.compile(source)
