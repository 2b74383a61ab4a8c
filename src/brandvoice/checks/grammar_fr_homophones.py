"""French homophones in contexts that decide between them: « il à » → « il a »,
« là ou » → « là où », « ils on » → « ils ont ».

Each entry is a context where only one of the homophones is grammatical, written as a
pattern with the word to flag in the group ``w``. Entries whose context could read either
way (« a la » after a subject: « il a la grippe ») are left out: a false alarm on a correct
post costs more than a missed slip. Entries were kept only when they flagged no correct
sentence of the development half of Grammalecte's tests nor of LanguageTool's French
examples (``benchmarks/evaluate_typos.py``).
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

_A = "['’]"
# Subject pronouns that a conjugated verb follows directly (or after « n' », « y », « en »).
_SUBJ = r"(?<![\p{L}'’-])(?:il|elle|on|iel)"
_SUBJ_PL = r"(?<![\p{L}'’-])(?:ils|elles|iels)"
# Participles that only follow the auxiliary « a », never the preposition « à » (« fait »
# is left out: « tout à fait »).
_PARTICIPLES_AFTER_A = r"(?:été|eu|pu|dû|su|vu|pris|voulu|reçu|perdu|vécu)"


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: Any  # compiled; the word to flag is group "w"
    replacement: str
    reason: str


def _entry(source: str, replacement: str, reason: str) -> _Entry:
    return _Entry(regex.compile(source, regex.IGNORECASE | regex.V1), replacement, reason)


_ENTRIES = (
    # a / à
    _entry(_SUBJ + r"\s+(?:n" + _A + r")?(?:y\s+)?(?P<w>à)(?=\s)", "a",
           "after a subject, the verb « a »"),
    _entry(r"(?<![\p{L}'’-])(?P<w>à)\s+" + _PARTICIPLES_AFTER_A + r"\b", "a",
           "before a past participle, the auxiliary « a »"),
    _entry(r"(?<![\p{L}'’-])(?:grâce|quant|jusqu" + _A + r"|enclin|enclins|encline|"
           r"enclines|proie|peu)\s*(?P<w>a)(?=\s)", "à", "the preposition « à »"),
    _entry(r"(?:^|(?<=[.!?,;:]\s*))(?P<w>A)\s+(?:partir|cause|travers|côté|peu\s+près|propos|"
           r"moins\s+que|nouveau|l" + _A + r"instar|condition|chaque|mon\s+avis|cet\s+égard|"
           r"présent|bientôt|demain|plus\s+tard|quel|quelle)\b", "À",
           "the preposition « à »"),
    # où / ou
    _entry(r"(?<![\p{L}'’-])(?:(?:là|par)\s+|(?:d|jusqu)" + _A + r")(?P<w>ou)\b"
           r"(?!\s+(?:bien|non|pas)\b)", "où", "a place or a time: « où »"),
    # ont / on, sont / son
    _entry(_SUBJ_PL + r"\s+(?:n" + _A + r")?(?:y\s+|en\s+)?(?P<w>on)\b", "ont",
           "after « ils », « elles »: the verb « ont »"),
    _entry(_SUBJ_PL + r"\s+(?:ne\s+|n" + _A + r")?(?:y\s+|en\s+)?(?P<w>son)\b", "sont",
           "after « ils », « elles »: the verb « sont »"),
    _entry(r"(?<![\p{L}'’-])(?:dans|avec|pour|par|sur|sous|selon|chez|à|de|vers|contre|"
           r"sans|malgré)\s+(?P<w>sont)\s+(?=\p{L})(?!(?:pas|plus|jamais|déjà|toujours|bien|"
           r"très|tous|toutes|trop|si|aussi|donc|alors|encore|souvent|parfois)\b)",
           "son", "after a preposition, the possessive « son »"),
    # est / et
    _entry(r"(?<![\p{L}'’-])(?:c" + _A + r")(?P<w>et)\b", "est", "« c'est »"),
    _entry(r"(?<![\p{L}'’-])(?:il|on)\s+(?:n" + _A + r")?(?P<w>et)\s+(?!(?:elle|elles|moi|toi|"
           r"lui|eux|nous|vous|les|leurs?|ses|mes|tes|\p{Lu}))", "est",
           "after a subject, the verb « est »"),
    # peut / peu, peux
    _entry(r"(?<![\p{L}'’-])(?:il|elle|on|ça|cela|qui|iel)\s+(?:ne\s+|n" + _A + r")?"
           r"(?:y\s+|en\s+|le\s+|la\s+|les\s+|lui\s+|leur\s+)?(?P<w>peu)\s+(?!(?:à|de|d" + _A
           + r"|près)\b)(?=\p{Ll})", "peut", "the verb « pouvoir »: « peut »"),
    _entry(r"(?<![\p{L}'’-])(?:je|tu)\s+(?:ne\s+)?(?P<w>peu)\s+(?!(?:à|de|près)\b)(?=\p{Ll})",
           "peux", "the verb « pouvoir »: « peux »"),
    _entry(r"(?<![\p{L}'’-])(?P<w>peux|peu)-être\b", "peut", "« peut-être »"),
    # se / ce
    _entry(r"(?<![\p{L}'’-])(?:tout\s+)?(?P<w>se)\s+(?:qui|que|qu" + _A + r"|dont)\b", "ce",
           "before a relative pronoun, the demonstrative « ce »"),
    _entry(r"(?<![\p{L}'’-])(?:il|elle|on|ils|elles|iel|iels)\s+(?:ne\s+)?(?P<w>ce)\s+"
           r"(?=\p{Ll}+(?:e|ent|ait|aient|a|èrent|ra|ront|rait|raient)\b)(?!(?:que|qui|sont|"
           r"est|serait|sera)\b)", "se", "before a verb, the reflexive « se »"),
    # ça / sa
    _entry(r"(?<![\p{L}'’-])(?P<w>sa)\s+(?:va|vaut|suffit|fait\s+(?:du\s+bien|plaisir|mal)|"
           r"marche\s+(?:bien|mal|pas)|ira)\b", "ça", "the pronoun « ça »"),
    _entry(r"(?<![\p{L}'’-])comme\s+(?P<w>sa)(?=\s*[.!?,;…]|\s*$)", "ça",
           "the pronoun « ça »"),
)  # fmt: skip


class FrenchHomophone(Rule):
    id = "grammar.fr-homophone"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = "French homophones where the context decides: a/à, ou/où, on/ont, son/sont…"
    rationale = (
        "The homophones (a/à, ou/où, on/ont, son/sont, et/est, peu/peut, se/ce, sa/ça) "
        "are among the most frequent slips in French, and the speller cannot see them: "
        "both words exist. Each context the rule reads allows only one of them (« il à » "
        "has no reading, « il a » has one); contexts that allow both are left alone."
    )
    examples = (
        Example("Il à gagné le concours.", "à", lang="fr"),
        Example("C'est là ou nous habitons.", "ou", lang="fr"),
        Example("Ils on fini le travail.", "on", lang="fr"),
        Example("Il est parti avec sont frère.", "sont", lang="fr"),
        Example("Il a gagné le concours, c'est là où nous habitons : ils ont fini et ils "
                "sont venus avec son frère.", None, lang="fr"),
        Example("Grâce à vous, il peut venir ; tout ce qu'il dit est vrai.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for entry in _ENTRIES:
            for match in entry.pattern.finditer(ctx.text):
                word = match.group("w")
                replacement = entry.replacement
                if word[:1].isupper():
                    replacement = replacement[:1].upper() + replacement[1:]
                yield self.finding(
                    match.start("w"),
                    len(word),
                    f"« {word} » here: {entry.reason} (« {replacement} »)",
                    (replacement,),
                )


RULES: tuple[Rule, ...] = (FrenchHomophone(),)
