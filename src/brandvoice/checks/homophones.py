"""What the homophone rules of each language share: a context where only one of two
words that sound alike is grammatical, written as a pattern with the word to flag in the
group ``w``, and the rule that reads a list of them (``grammar_fr_homophones``,
``grammar_en_homophones``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from brandvoice.checks.rule import Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.understand.cues import folded_text, heads, may_match

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext


@dataclass(frozen=True, slots=True)
class Entry:
    pattern: Any  # compiled; the word to flag is group "w"
    replacement: str
    reason: str


def entry(source: str, replacement: str, reason: str) -> Entry:
    return Entry(regex.compile(source, regex.IGNORECASE | regex.V1), replacement, reason)


# A group's name says nothing of what it matches; the parser that reads beginnings refuses
# a name given twice (« (?P<w>voie) … (?P<w>voie) »), so groups are read unnamed.
_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")


@cache
def _beginnings(source: str) -> frozenset[str] | None:
    """How a match of the entry ``source`` may begin (``cues.heads``), read when the rule
    first runs, not at import; None when that cannot be told."""
    return heads(_NAMED_GROUP.sub("(?:", source))


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
        # Most contexts are absent from a text: one whose every beginning is missing
        # cannot match, and is not searched (what is found is what searching all finds).
        folded = folded_text(ctx.text)
        for item in self.entries:
            if not may_match(_beginnings(item.pattern.pattern), folded):
                continue
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
