"""English homophones LanguageTool 6.8 lets through in context: there/their/they're and
your/you're (« love there work », « their coming back », « over their by the window »,
« Your welcome to »).

Checked first against a real LanguageTool server: it finds « Their is », « it's own »,
« Its been », « Your going », « you're support » and « if your in », and misses the
contexts below. As in the French homophone rule, each entry is a context where only one
of the words is grammatical, with the word to flag in the group ``w``; contexts that
allow both (« their opening hours », « are there new products? ») are left out. Entries
were kept only when they flagged no correct sentence of LanguageTool's English examples
(``benchmarks/evaluate_typos.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext

_NOT_IN_WORD = r"(?<![\p{L}'’-])"


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: Any  # compiled; the word to flag is group "w"
    replacement: str
    reason: str


def _entry(source: str, replacement: str, reason: str) -> _Entry:
    return _Entry(regex.compile(source, regex.IGNORECASE | regex.V1), replacement, reason)


_ENTRIES = (
    # there → their: a possessive before a noun, after verbs that take an object.
    _entry(_NOT_IN_WORD + r"(?P<w>there)\s+own\b", "their", "a possessive: « their own »"),
    _entry(_NOT_IN_WORD + r"(?:love|loves|loved|enjoy|enjoys|enjoyed|share|shares|shared|"
           r"support|supports|supported|check\s+out|checked\s+out|try|tried|taste|tasted)\s+"
           r"(?P<w>there)\s+(?!(?:is|are|was|were|and|or|too|again|every|often|because|when|"
           r"with|for|in|on|at|a|an|the|to|so|but|now|today|tonight|yet|first|last|before|"
           r"after|once|twice|most|more|as|if|while)\b)(?=\p{Ll}+\b(?![-'’]))",
           "their", "a possessive before a noun: « their »"),
    # their → they're: a verb in -ing with its object or particle, or an adjective.
    _entry(_NOT_IN_WORD + r"(?P<w>their)\s+(?=\p{Ll}+ing\s+(?:a|an|the|to|back|up|out|in|at|"
           r"on|with|for|our|your|this|next|soon|now|here|there|away|over)\b)",
           "they're", "a verb follows: « they're » (they are)"),
    _entry(_NOT_IN_WORD + r"(?P<w>their)\s+(?:not|still|so|very|really|here|ready|sure|always|"
           r"never|also|just|open|closed|back)\b(?![-'’])(?!\s+(?:office|shop|store|hours?|"
           r"team|door|doors|home|garden|yard|own|products?)\b)",
           "they're", "an adjective or adverb follows: « they're » (they are)"),
    # their → there: a place, after a preposition and before a preposition or a stop.
    _entry(_NOT_IN_WORD + r"(?:over|out|in|up|down|from)\s+(?P<w>their)(?=\s*[.,!?;]|\s+(?:by|"
           r"next|with|too|and|is|are|was|were)\b)", "there", "a place: « there »"),
    # your → you're
    _entry(r"(?:^|(?<=[.!?]\s+)|(?<=\band\s+))(?P<w>your)\s+welcome(?=\s*[.,!?]|\s+to\b|"
           r"\s+here\b|\s+any\b)", "you're", "« you're welcome » (you are)"),
    _entry(_NOT_IN_WORD + r"(?P<w>your)\s+(?:invited|not\s+alone|all\s+set|in\s+for)\b",
           "you're", "a verb is missing: « you're » (you are)"),
)  # fmt: skip


class EnglishHomophone(Rule):
    id = "grammar.en-homophone"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = "English homophones where the context decides: there/their/they're, your/you're."
    rationale = (
        "« There », « their » and « they're », « your » and « you're » sound alike and are "
        "among the most frequent slips in English posts; the speller cannot see them, and "
        "LanguageTool catches some contexts only. Each context the rule reads allows one word "
        "only (« love there work », « their coming back », « over their by the window »)."
    )
    examples = (
        Example("Our bakers love there work.", "there", lang="en"),
        Example("Customers say their coming back on Saturday.", "their", lang="en"),
        Example("Put the chairs over their by the window.", "their", lang="en"),
        Example("Your welcome to bring your dog.", "Your", lang="en"),
        Example("Our bakers love their work; they're coming back, so put the chairs over "
                "there. You're welcome to bring your dog.", None, lang="en"),
        Example("Their opening hours are on the door. Are there new products? We love "
                "there too. Their welcome pack is ready.", None, lang="en"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang.split("-")[0] != "en":  # en, en-GB, en-US…
            return
        seen: set[int] = set()
        for entry in _ENTRIES:
            for match in entry.pattern.finditer(ctx.text):
                if match.start("w") in seen:
                    continue
                seen.add(match.start("w"))
                word = match.group("w")
                replacement = entry.replacement
                if word[:1].isupper():
                    replacement = replacement[:1].upper() + replacement[1:]
                yield self.finding(
                    match.start("w"),
                    len(word),
                    f"« {word} » here: {entry.reason}",
                    (replacement,),
                )


RULES: tuple[Rule, ...] = (EnglishHomophone(),)
