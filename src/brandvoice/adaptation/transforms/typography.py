"""Typography: the safe fixes of brandvoice's own typography rules, applied to the variant.

The rules are the checker's (``brandvoice.checks.typography``), run directly on a
:class:`CheckContext`: the variant then passes the typography checks it will meet, and
the house policy (narrow or full no-break spaces, curly or straight apostrophes) comes
from the same profile fields. Unsafe fixes (guillemets the wrong way round) need a human
and are left to the checker's findings.

Two passes: ``typography`` on the variant as the template wrote it (the master's body,
the signature, call to action and boilerplate of the voice), before length fitting counts
it; ``typography-final`` on what the later transforms wrote (a removed emoji's space, a
legal notice, a cut), so that no text brandvoice writes leaves its locale's typography.
With the ``consistent`` apostrophe policy, every variant takes the master's apostrophe
(the one it uses most): a template's ' does not make one variant straight and another
curly.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, ClassVar

import regex

from brandvoice.adaptation.decorate.compose import EditComposer
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Fix, Rule
from brandvoice.findings import Finding
from brandvoice.lang import with_region
from brandvoice.text.protect import protected_spans

# A fix can reveal another ("tous  !" -> "tous !" -> "tous\u202f!"); a few passes settle
# every combination the rules know, and the bound keeps a buggy rule from looping.
MAX_PASSES = 4

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

NARROW = "\u202f"
NBSP = "\u00a0"


@cache
def safe_typography_rules() -> tuple[Rule, ...]:
    """Every safe fix of the typography rules, the thousands' grouping included: the fact
    check (brandvoice.understand.facts.comparable) reads "12 000 €" as the master's
    "12000 €", by its value."""
    from brandvoice.checks.typography import RULES

    return tuple(rule for rule in RULES if rule.fix is Fix.SAFE)


class Typography(Transform):
    id = "typography"
    stage = Stage.POST
    order = 20
    summary = (
        "Applies the safe fixes of the typography rules (French no-break spaces, spaces "
        "around punctuation, doubled spaces, apostrophes) with the voice's policy."
    )
    examples: ClassVar[tuple[TransformExample, ...]] = (
        TransformExample(
            "Bienvenue à tous ! Au programme: dégustations , ateliers.",
            f"Bienvenue à tous{NARROW}! Au programme{NBSP}: dégustations, ateliers.",
            lang="fr",
        ),
        TransformExample(  # the voice asks for full no-break spaces everywhere
            "Vous venez  ? C'est samedi, l’entrée est libre.",
            f"Vous venez{NBSP}? C’est samedi, l’entrée est libre.",
            lang="fr",
            profile={"typography": {"french_space": "nbsp"}},
        ),
        TransformExample(
            "Welcome everyone ! Doors open at 10:30 ( free entry).",
            "Welcome everyone! Doors open at 10:30 (free entry).",
        ),
        TransformExample(  # straight apostrophes are the house style
            "We’re open and it's sunny.",
            "We're open and it's sunny.",
            profile={"typography": {"apostrophe": "straight"}},
        ),
        TransformExample(  # thousands grouped, as the fact check reads amounts by value
            "La cagnotte a atteint 12000 € et 1500 € de dons, à 83000 Toulon.",
            f"La cagnotte a atteint 12{NARROW}000{NARROW}€ et 1500{NARROW}€ de dons, à 83000 "
            "Toulon.",
            lang="fr",
        ),
        TransformExample(  # URLs and hashtags are never "fixed"
            "See https://example.com/a,b?x=1 #Toulon",
            "See https://example.com/a,b?x=1 #Toulon",
        ),
        TransformExample(
            f"Rendez-vous samedi{NARROW}! Horaires{NBSP}: 10:30.",
            f"Rendez-vous samedi{NARROW}! Horaires{NBSP}: 10:30.",
            lang="fr",
        ),
        TransformExample(  # a Swiss voice: nothing before ! or ?, as written; : takes one
            "Vous venez? Au programme: ateliers ! Dès CHF 1’250.–",
            f"Vous venez? Au programme{NBSP}: ateliers{NARROW}! Dès CHF 1’250.–",
            lang="fr",
            profile={"locale": "fr-CH"},
        ),
        TransformExample(  # a Belgian voice: France's rules
            "Vous venez? Au programme: ateliers.",
            f"Vous venez{NARROW}? Au programme{NBSP}: ateliers.",
            lang="fr",
            profile={"locale": "fr-BE"},
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        composer = EditComposer(text)
        for _ in range(MAX_PASSES):
            current = composer.text
            fixes = _fixable_findings(current, target)
            if not fixes:
                break
            composer.apply(
                [Edit(f.offset, f.offset + f.length, f.replacements[0], f.message) for f in fixes]
            )
        return composer.edits()


class TypographyFinal(Typography):
    id = "typography-final"
    order = 99
    summary = (
        "Applies the same safe typography fixes, last, to what the transforms after "
        "'typography' wrote: a legal notice, the space an emoji left, a cut."
    )
    examples = (
        TransformExample(  # a removed emoji left an ordinary space before "!"
            "On recrute pour la saison des fraises ! Appelez Yann.",
            f"On recrute pour la saison des fraises{NARROW}! Appelez Yann.",
            lang="fr",
        ),
        TransformExample(  # the master writes ’: a notice's ' follows it
            "L’atelier ouvre samedi. L'abus d'alcool est dangereux pour la santé.",
            "L’atelier ouvre samedi. L’abus d’alcool est dangereux pour la santé.",
            lang="fr",
            master="L’atelier ouvre samedi.",
        ),
        TransformExample(
            f"Rendez-vous samedi{NARROW}! Horaires{NBSP}: 10:30.",
            f"Rendez-vous samedi{NARROW}! Horaires{NBSP}: 10:30.",
            lang="fr",
        ),
    )


_APOSTROPHE = regex.compile(r"(?<=\p{L})['’](?=\p{L})")


def house_voice(target: Target) -> VoiceProfile:
    """The voice whose typography the fixes follow: ``target``'s, with a ``consistent``
    apostrophe policy settled by the master's apostrophes (the one it uses most; curly on
    a tie), so that every variant of one master writes the same one."""
    voice = target.voice
    if voice.typography.apostrophe != "consistent":
        return voice
    marks = _APOSTROPHE.findall(target.master)
    if not marks:
        return voice
    straight = marks.count("'")
    choice = "straight" if straight > len(marks) - straight else "curly"
    typography = voice.typography.model_copy(update={"apostrophe": choice})
    return voice.model_copy(update={"typography": typography})


def _fixable_findings(text: str, target: Target) -> list[Finding]:
    """The safe fixes for ``text``, left to right, none overlapping another nor touching a
    protected span (the checker drops typography findings there too)."""
    voice = house_voice(target)
    ctx = CheckContext(
        text,
        target.lang,
        voice,
        target.network,
        sentences=[],
        locale=target.locale or with_region(target.lang, voice.locale),
    )
    found = [f for rule in safe_typography_rules() for f in rule.check(ctx) if f.replacements]
    if not found:
        return []  # the usual last pass: no need to look for links and hashtags
    spans = protected_spans(text, target.protected_names)
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.offset, f.length, f.rule)):
        if spans.overlaps(finding.offset, finding.offset + finding.length):
            continue
        if not kept or finding.offset >= kept[-1].offset + kept[-1].length:
            kept.append(finding)
    return kept


TRANSFORMS = (Typography(), TypographyFinal())
