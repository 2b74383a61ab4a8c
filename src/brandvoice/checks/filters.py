"""What a check does to the findings its backends gathered, in order, before reporting them.

Each filter takes one text's findings (ours first, then each external checker's: between
equals, the dedupe keeps the first) and returns those it keeps, changed or not:

1. :class:`SecondOpinion`: an unreliable LanguageTool rule that Grammalecte or our rules
   do not confirm becomes advice (:mod:`brandvoice.checks.second_opinion`), and so does
   a LanguageTool « a » → « à » that the parse reads as the verb avoir
   (:mod:`brandvoice.checks.parse_downgrades`), and a LanguageTool spelling finding on
   a word Grammalecte's dictionary has (:mod:`brandvoice.checks.lexicon_second_opinion`);
   then, whoever found it, a hyphen asked
   between a verb and the « le » of « le ou les » is advice
   (:mod:`brandvoice.checks.determiner_pairs`), and so is a repeat found in an
   interjection said twice on purpose, « ah ah » (:mod:`brandvoice.checks.repeated_interjections`),
   and Grammalecte's readings of a noun as another word, « un atelier découverte », « à
   moitié prix » (:mod:`brandvoice.checks.grammalecte_nouns`), and an external checker's
   fix that only changes the kind of space (:mod:`brandvoice.checks.space_kinds`) or
   lowercases a word opening a line (:mod:`brandvoice.checks.line_starts`), and a hyphen
   asked between a verb of movement and the pronoun of the infinitive after it, « allons
   nous promener » (:mod:`brandvoice.checks.motion_infinitives`), and LanguageTool
   reading a possessive after an article as a determiner, « le son issu »
   (:mod:`brandvoice.checks.article_possessives`);
2. :class:`Selected`: the findings a ``disable`` selector selects are dropped (our rules
   were not even run; the external checkers' ids are known only now);
3. :func:`drop_languagetool_repeats`: LanguageTool's rules measured mostly wrong, its
   typography findings on one of ours, and its typography and spelling findings on
   markup and drive letters;
4. :func:`drop_grammalecte_repeats`: Grammalecte's findings on a problem already found;
5. :func:`drop_protected`: false alarms on URLs, mentions, hashtags, emoji, codes, names;
6. :class:`Severities`: the configured severity overrides;
7. :func:`one_per_problem`: one finding per span and problem, whoever found it;
8. :func:`in_text_order`: by offset, length and rule id.

Markdown's ``<!-- brandvoice-disable -->`` comments are applied by
:mod:`brandvoice.markdown` when it maps findings back onto the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from brandvoice.checks import (
    article_possessives,
    determiner_pairs,
    grammalecte_nouns,
    lexicon_second_opinion,
    line_starts,
    motion_infinitives,
    repeated_interjections,
    space_kinds,
)
from brandvoice.checks.backends import grammalecte as gl
from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.backends.builtin import NAME as OURS  # our rules' (the speller's) source
from brandvoice.checks.parse_downgrades import downgrade
from brandvoice.checks.second_opinion import weigh
from brandvoice.checks.typography import not_punctuation
from brandvoice.findings import Category, Finding

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext
    from brandvoice.checks.selectors import RuleSelection


@dataclass(frozen=True, slots=True)
class Checked:
    """One text as checked: its context, and the prefixes of the backends that checked it
    (``languagetool`` is absent when it was off, unavailable or failed on the text)."""

    ctx: CheckContext
    checkers: frozenset[str]


class FindingFilter(Protocol):
    def __call__(self, findings: list[Finding], checked: Checked) -> list[Finding]: ...


def pipeline(selection: RuleSelection, *, second_opinion: bool) -> tuple[FindingFilter, ...]:
    """The filters a check applies, in order (see the module); those with nothing to do
    under this configuration are left out."""
    return (
        *((SecondOpinion(), downgrade, lexicon_second_opinion.weigh) if second_opinion else ()),
        determiner_pairs.weigh,
        repeated_interjections.weigh,
        grammalecte_nouns.weigh,
        space_kinds.weigh,
        line_starts.weigh,
        motion_infinitives.weigh,
        article_possessives.weigh,
        *((Selected(selection),) if selection.disabled else ()),
        drop_languagetool_repeats,
        drop_grammalecte_repeats,
        drop_protected,
        *((Severities(selection),) if selection.levels else ()),
        one_per_problem,
        in_text_order,
    )


def apply(
    filters: Iterable[FindingFilter], findings: list[Finding], checked: Checked
) -> list[Finding]:
    for each in filters:
        findings = each(findings, checked)
    return findings


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """When Grammalecte checked the text, LanguageTool's findings of an unreliable rule that
    no other finding confirms become advice. Without Grammalecte there is no second opinion
    to ask: LanguageTool's findings stand. Every other finding, even one a selector then
    drops, may confirm one."""

    def __call__(self, findings: list[Finding], checked: Checked) -> list[Finding]:
        if gl.RULE_PREFIX not in checked.checkers:
            return findings
        theirs = [f for f in findings if f.source == lt.SOURCE]
        if not theirs:
            return findings
        others = [f for f in findings if f.source != lt.SOURCE]
        weighed = iter(weigh(theirs, others, checked.ctx.lang))
        return [next(weighed) if f.source == lt.SOURCE else f for f in findings]


@dataclass(frozen=True, slots=True)
class Selected:
    """The external checkers' findings that no ``disable`` selector selects: their ids are
    known only now; our rules that a selector selects were not run."""

    selection: RuleSelection

    def __call__(self, findings: list[Finding], checked: Checked) -> list[Finding]:
        keeps = self.selection.keeps
        return [f for f in findings if f.source == OURS or keeps(f)]


def drop_languagetool_repeats(findings: list[Finding], checked: Checked) -> list[Finding]:
    """Without LanguageTool's matches of :data:`~.languagetool.DISABLED_RULES` (and of
    :data:`~.languagetool.DISABLED_IN_REGIONS` in their regions), its
    typography findings that overlap one of ours (the same problem reported twice, ours
    carrying the profile-aware fix), and its typography and spelling findings on a drive
    letter, HTML markup or a word's optional letters in parentheses."""
    typography = [f for f in findings if f.source == OURS and f.category is Category.TYPOGRAPHY]
    prefix = f"{lt.RULE_PREFIX}."
    markup: list[tuple[int, int]] | None = None
    kept = []
    for finding in findings:
        if finding.source == lt.SOURCE:
            rule = finding.rule.removeprefix(prefix)
            if rule in lt.DISABLED_RULES:
                continue
            if checked.ctx.locale in lt.DISABLED_IN_REGIONS.get(rule, ()):
                continue
            if finding.category is Category.TYPOGRAPHY and any(
                finding.overlaps(o) for o in typography
            ):
                continue
            if finding.category in _NOT_ABOUT_MARKUP:
                if markup is None:
                    markup = not_punctuation(checked.ctx.text)
                if any(_overlaps(finding, span) for span in markup):
                    continue
        kept.append(finding)
    return kept


# A drive letter (« D:\Data »), an HTML entity or comment, the parentheses around a word's
# optional letters (« (re)voir ») are no words nor punctuation: LanguageTool's typography
# and spelling findings on them (a space before the colon of « C: », « venu&nbsp » or
# « re » misspelt, « <!-- » as a dash and an arrow) are dropped, as our typography rules
# leave them alone.
_NOT_ABOUT_MARKUP = frozenset({Category.TYPOGRAPHY, Category.SPELLING})


def _overlaps(finding: Finding, span: tuple[int, int]) -> bool:
    return finding.offset < span[1] and span[0] < finding.offset + max(finding.length, 1)


def drop_grammalecte_repeats(findings: list[Finding], checked: Checked) -> list[Finding]:
    """Without Grammalecte's findings that repeat one of the others': a finding of the same
    category on an overlapping span is the same problem seen by a second checker."""
    others = [f for f in findings if f.source != gl.SOURCE]
    return [
        finding
        for finding in findings
        if finding.source != gl.SOURCE
        or not any(f.category is finding.category and finding.overlaps(f) for f in others)
    ]


def drop_protected(findings: list[Finding], checked: Checked) -> list[Finding]:
    return [f for f in findings if not touches_protected(f, checked.ctx)]


def touches_protected(finding: Finding, ctx: CheckContext) -> bool:
    """Whether ``finding`` is a false alarm on a URL, e-mail, mention, hashtag, emoji, product
    code or glossary name. Word-level findings are dropped when they touch one; findings on
    longer stretches (a grammar error across a clause) only when they lie inside one."""
    start, end = finding.offset, finding.offset + finding.length
    if finding.category in _WORD_LEVEL:
        return ctx.protected.overlaps(start, end)
    if finding.category in _PHRASE_LEVEL:
        return ctx.protected.contains(start, end)
    # length, register, readability, terminology, facts: about the text as written
    return False


_WORD_LEVEL = frozenset({Category.SPELLING, Category.TYPOGRAPHY})
_PHRASE_LEVEL = frozenset({Category.GRAMMAR, Category.STYLE})


@dataclass(frozen=True, slots=True)
class Severities:
    selection: RuleSelection

    def __call__(self, findings: list[Finding], checked: Checked) -> list[Finding]:
        return [self.selection.with_severity(f) for f in findings]


# The categories where two checkers flag the same words for the same problem.
_LANGUAGE = frozenset({Category.SPELLING, Category.GRAMMAR, Category.TYPOGRAPHY})


def one_per_problem(findings: Iterable[Finding], checked: Checked | None = None) -> list[Finding]:
    """One finding per span and problem: LanguageTool, Grammalecte and brandvoice flagging
    the same words in the same category are one problem. The most severe finding stays
    (brandvoice's own, then the first, between equals), with every checker's replacements,
    its own first."""
    kept: dict[tuple[Category, int, int], Finding] = {}
    others: list[Finding] = []
    for finding in findings:
        if finding.category not in _LANGUAGE:
            others.append(finding)
            continue
        key = (finding.category, finding.offset, finding.length)
        seen = kept.get(key)
        if seen is None:
            kept[key] = finding
            continue
        best, other = (finding, seen) if _outranks(finding, seen) else (seen, finding)
        merged = tuple(dict.fromkeys((*best.replacements, *other.replacements)))
        kept[key] = replace(best, replacements=merged)
    return [*others, *kept.values()]


def _outranks(finding: Finding, seen: Finding) -> bool:
    if finding.severity.rank != seen.severity.rank:
        return finding.severity.rank > seen.severity.rank
    return finding.source == OURS and seen.source != OURS


def in_text_order(findings: list[Finding], checked: Checked) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.offset, f.length, f.rule))
