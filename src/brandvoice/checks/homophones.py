"""What the homophone rules of each language share: a context where only one of two
words that sound alike is grammatical, written as a pattern with the word to flag in the
group ``w``, and the rule that reads a list of them (``grammar_fr_homophones``,
``grammar_en_homophones``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from brandvoice.checks.rule import Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext


@dataclass(frozen=True, slots=True)
class Entry:
    pattern: Any  # compiled; the word to flag is group "w"
    replacement: str
    reason: str


def entry(source: str, replacement: str, reason: str) -> Entry:
    return Entry(regex.compile(source, regex.IGNORECASE | regex.V1), replacement, reason)


class HomophoneRule(Rule):
    """Flags the word of every entry's context, once per word (two contexts may read the
    same one), with the homophone as its fix in the word's case."""

    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    lang: ClassVar[str]
    entries: ClassVar[tuple[Entry, ...]]

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang.split("-")[0] != self.lang:
            return
        seen: set[int] = set()
        for item in self.entries:
            for match in item.pattern.finditer(ctx.text):
                if match.start("w") in seen:
                    continue
                seen.add(match.start("w"))
                word = match.group("w")
                replacement = item.replacement
                if word[:1].isupper():
                    replacement = replacement[:1].upper() + replacement[1:]
                yield self.finding(
                    match.start("w"),
                    len(word),
                    f"« {word} » here: {item.reason} (« {replacement} »)",
                    (replacement,),
                )
