"""Offline spelling: Hunspell dictionaries, for when LanguageTool is not there."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.segments import at_sentence_start

# A word as the speller reads it (names accepted as vocabulary are words of this shape).
WORD = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")


# The endings French inclusive writing joins to a word with a middle dot ("serveurs·euses",
# "vendeur·euse·s", "chargé·e"): a part of the word before them, not a word of its own.
# How to write them is style, which Grammalecte's epicene rules advise on.
_INCLUSIVE_ENDINGS = frozenset(
    """e es s x euse euses rice rices trice trices ice ices ne nes le les se ses ère ères ive
    ives fe fes te tes ienne iennes enne ennes ète ètes""".split()  # noqa: SIM905
)
_INCLUSIVE_DOTS = "·•⋅"


def _inclusive_ending(word: str, start: int, text: str) -> bool:
    return start > 0 and text[start - 1] in _INCLUSIVE_DOTS and word.lower() in _INCLUSIVE_ENDINGS


def _looks_like_a_name(word: str, start: int, ctx: CheckContext) -> bool:
    """Proper nouns, acronyms and brand-style words are not spelling mistakes: a capital
    anywhere but at the start of a sentence, two capitals, or an inner capital."""
    if sum(ch.isupper() for ch in word) > 1:
        return True
    return word[:1].isupper() and not at_sentence_start(ctx.text, start)


class UnknownWord(Rule):
    id = "spelling.unknown-word"
    category = Category.SPELLING
    severity = Severity.WARNING
    kind = RuleKind.EXISTENCE
    fix = Fix.UNSAFE
    # Runs only when LanguageTool did not: its own speller covers the same ground better.
    fallback_for = "languagetool"
    summary = "A word the language's Hunspell dictionary does not know."
    rationale = (
        "The offline safety net: without LanguageTool, typos are still caught with the "
        "LibreOffice/Grammalecte Hunspell dictionaries. Names (capitalised mid-sentence), "
        "acronyms, URLs, mentions, hashtags, the brand's names and the words its vocabulary "
        "accepts are skipped. A word with a single suggestion is a safe fix (--fix); with "
        "several, the first is an unsafe one (--unsafe-fixes)."
    )
    examples = (
        Example("Nous avons une nouvele boutique à Toulon.", "nouvele", lang="fr"),
        Example("We recieve new stock every Monday.", "recieve"),
        Example("Aujourd’hui, l’atelier tapenade accueille Marie au Mourillon.", None, lang="fr"),
        Example("Visit https://shop.exmple.com or write to @cafe_mourilon #sunnyday", None),
        # The brand's vocabulary: a name at the start of a sentence is no typo.
        Example("Northwind opens its new workshop on Saturday.", "Northwind"),
        Example("Northwind opens its new workshop on Saturday.", None, accept=("Northwind",)),
        # Inclusive writing's endings are parts of their word.
        Example("Il nous manque 2 serveurs·euses et des vendeur·euse·s.", None, lang="fr"),
        Example("Il nous manque 2 serveurs·euzes.", "euzes", lang="fr"),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        from brandvoice.spelling import get_speller

        speller = get_speller(ctx.locale or ctx.lang)
        for match in WORD.finditer(ctx.text):
            word, start = match.group(), match.start()
            if len(word) < 2 or _looks_like_a_name(word, start, ctx):
                continue
            if _inclusive_ending(word, start, ctx.text):
                continue
            if ctx.protected.overlaps(start, match.end()) or speller.is_correct(word):
                continue
            suggestions = speller.suggestions(word)
            hint = f"; did you mean {suggestions[0]!r}?" if suggestions else ""
            yield self.finding(start, len(word), f"unknown word {word!r}{hint}", suggestions)


RULES: tuple[Rule, ...] = (UnknownWord(),)
