"""French noun and adverb phrases written without hyphens that a writer hyphenates:
« mise-à-jour » → « mise à jour », « prise-en-charge » → « prise en charge »,
« tout-à-fait » → « tout à fait ».

From a miss of the development half of LanguageTool's French examples (« Je reçois des
mises-à-jour régulièrement », missed by every checker: the speller reads each part
alone). The list is not taken from those examples: it holds the phrases of a shop's or a
service's posts (an update, a setting up, a putting online, a taking in charge) that the
dictionaries (Le Robert, the Académie's) write in separate words. Phrases whose noun is
hyphenated in the dictionaries are left out: « tête-à-tête », « face-à-face »,
« pied-à-terre », « prêt-à-porter », « c'est-à-dire », and « bouche-à-oreille », which
they give both ways.
"""

from __future__ import annotations

from typing import Any

from brandvoice.checks.context import CheckContext
from brandvoice.checks.pattern import PatternRule, compile_pattern
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

# « mise », « prise », « remise » and their plurals, then « à », « en » or « de » and the
# noun of each phrase; « tout à fait », « au fur et à mesure », « d'ores et déjà ».
_PHRASES = (
    r"(?:re)?mises?[-\s]+(?:à[-\s]+(?:jour|disposition|niveau)|en[-\s]+(?:place|ligne|avant|"
    r"scène|valeur|relation|œuvre|oeuvre|page|forme|question|service|vente|bouteille))"
    r"|(?:re)?prises?[-\s]+(?:en[-\s]+(?:charge|compte|main)|de[-\s]+(?:conscience|contact|"
    r"parole|position|sang))"
    r"|tout[-\s]+à[-\s]+fait|au[-\s]+fur[-\s]+et[-\s]+à[-\s]+mesure|d['’]ores[-\s]+et[-\s]+déjà"
)


class FrenchLocutionHyphen(PatternRule):
    id = "grammar.fr-locution-hyphen"
    category = Category.GRAMMAR
    severity = Severity.WARNING
    kind = RuleKind.SUBSTITUTION
    fix = Fix.SAFE
    langs = frozenset({"fr"})
    summary = "Phrases written in separate words take no hyphen: « mise à jour », « tout à fait »."
    rationale = (
        "« Une mise à jour », « la prise en charge », « la mise en place », « tout à fait », "
        "« au fur et à mesure », « d'ores et déjà »: the dictionaries write these phrases "
        "in separate words, and hyphens there are a spelling slip the speller cannot see "
        "(each part is a word). Phrases the dictionaries hyphenate (« tête-à-tête », "
        "« prêt-à-porter », « c'est-à-dire ») are not on the list."
    )
    # The phrase as whole words; it is flagged when it holds a hyphen.
    pattern = compile_pattern(r"(?i)(?<![\p{L}'’-])(?:" + _PHRASES + r")(?![\p{L}-])")
    examples = (
        Example("Je reçois des mises-à-jour régulièrement.", "mises-à-jour", lang="fr"),
        Example("La prise-en-charge est immédiate.", "prise-en-charge", lang="fr"),
        Example("C'est tout-à-fait possible.", "tout-à-fait", lang="fr"),
        Example("Une mise à jour, la prise en charge, tout à fait, au fur et à mesure ; un "
                "tête-à-tête, le prêt-à-porter, c'est-à-dire.", None, lang="fr"),
    )  # fmt: skip

    def on_match(self, match: Any, ctx: CheckContext) -> Finding | None:
        return super().on_match(match, ctx) if "-" in match.group() else None

    def message(self, match: Any, ctx: CheckContext) -> str:
        return f"written without hyphens: « {self.replacement(match, ctx)} »"

    def replacement(self, match: Any, ctx: CheckContext) -> str:
        return str(match.group()).replace("-", " ")


RULES: tuple[Rule, ...] = (FrenchLocutionHyphen(),)
