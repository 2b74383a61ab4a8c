"""Terminology from the voice's glossary: brand names in their exact casing, and forbidden
terms replaced by the preferred ones."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity


@lru_cache(maxsize=256)
def _whole_words(words: tuple[str, ...]) -> Any:
    """One case-insensitive pattern matching any of ``words`` as whole words, longest first."""
    joined = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_@#/.-])(?:{joined})(?![\p{{L}}\p{{N}}_])", regex.I)


def _inside_entity(ctx: CheckContext, start: int, end: int) -> bool:
    return any(e.start <= start and end <= e.end for e in ctx.entities)


def _match_case(replacement: str, original: str) -> str:
    """Keep a capital at the start of a sentence: 'Deadline' → 'Date limite'."""
    if original[:1].isupper() and not original.isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class BrandCasing(Rule):
    id = "terminology.brand-casing"
    category = Category.TERMINOLOGY
    severity = Severity.WARNING
    kind = RuleKind.SUBSTITUTION
    fix = Fix.SAFE
    summary = "Brand and network names are written in their owners' exact casing."
    rationale = (
        "'Linkedin' or 'facebook' in a brand's post looks careless. The voice's glossary "
        "lists the names (LinkedIn, Facebook, Instagram, YouTube...); URLs, hashtags and "
        "mentions are left as written."
    )
    examples = (
        Example("Retrouvez-nous sur linkedin et Facebook.", "linkedin", lang="fr"),
        Example("Follow us on Youtube!", "Youtube"),
        Example("Follow us on YouTube and linkedin.com/company/acme #linkedin @linkedin", None),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        brands = tuple(ctx.voice.glossary.brands)
        if not brands:
            return
        exact = {brand.casefold(): brand for brand in brands}
        for match in _whole_words(brands).finditer(ctx.text):
            written = match.group()
            brand = exact.get(written.casefold())
            if brand is None or written == brand:
                continue
            if _inside_entity(ctx, match.start(), match.end()):
                continue
            yield self.finding(
                match.start(), len(written), f"write {brand!r}, not {written!r}", (brand,)
            )


class ForbiddenTerm(Rule):
    id = "terminology.forbidden-term"
    category = Category.TERMINOLOGY
    severity = Severity.WARNING
    kind = RuleKind.SUBSTITUTION
    # A term swap can need agreement changes around it (le/la, plural): a person decides.
    fix = Fix.UNSAFE
    summary = "A term the voice's glossary forbids, with the preferred one to use instead."
    rationale = (
        "A brand's vocabulary is part of its voice: the glossary maps forbidden terms "
        "(deadline, online...) to preferred ones (date limite, en ligne...), per language."
    )
    examples = (
        Example("Inscriptions online jusqu'à vendredi.", "online", lang="fr"),
        Example("Visit our web site today.", "web site"),
        Example("Inscriptions en ligne jusqu'à vendredi.", None, lang="fr"),
        Example("We are online until Friday.", None),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        preferred_by_word: dict[str, str] = {}
        for term in ctx.voice.glossary.terms:
            if term.lang is None or term.lang == ctx.lang:
                for word in term.forbidden:
                    preferred_by_word[word.casefold()] = term.preferred
        if not preferred_by_word:
            return
        pattern = _whole_words(tuple(preferred_by_word))
        for match in pattern.finditer(ctx.text):
            if _inside_entity(ctx, match.start(), match.end()):
                continue
            written = match.group()
            preferred = _match_case(preferred_by_word[written.casefold()], written)
            yield self.finding(
                match.start(),
                len(written),
                f"the {ctx.voice.name} voice says {preferred!r} rather than {written!r}",
                (preferred,),
            )


class RejectedWord(Rule):
    id = "terminology.rejected"
    category = Category.TERMINOLOGY
    severity = Severity.WARNING
    kind = RuleKind.EXISTENCE
    summary = "A word the brand's vocabulary rejects."
    rationale = (
        "As Vale's vocabularies: the profile's `vocabulary.reject` (and the project's "
        "vocabulary) lists words the brand never writes (a competitor's name, a retired "
        "product, a word it finds vulgar); each entry is a regular expression matched "
        "against whole words. Links, mentions and hashtags are left alone."
    )
    examples = (
        Example("Our low-cost menu is back.", "low-cost", reject=("(?i)low-cost",)),
        Example("Notre menu malin revient.", None, lang="fr", reject=("(?i)low-cost",)),
        Example("Read more at https://example.com/low-cost", None, reject=("(?i)low-cost",)),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        from brandvoice.text.vocabulary import matches

        for start, end, entry in matches(ctx.text, ctx.rejected_entries):
            if _inside_entity(ctx, start, end):
                continue
            word = ctx.text[start:end]
            yield self.finding(
                start, end - start, f"{word!r} is on the brand's reject list ({entry})"
            )


RULES: tuple[Rule, ...] = (BrandCasing(), ForbiddenTerm(), RejectedWord())
