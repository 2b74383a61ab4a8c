"""A list introduced by "you will find" becomes a labelled list in a casual post: "Vous y
retrouverez A, B et C." → "Au programme : A, B et C." (the rules:
:mod:`brandvoice.adaptation.realise.programme`)."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.realise.programme import programmes
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.understand import Intent


class ListProgramme(Transform):
    id: ClassVar[str] = "list-programme"
    stage: ClassVar[Stage] = Stage.BODY
    order: ClassVar[int] = 58  # before split-sentences: a labelled list is not cut
    summary: ClassVar[str] = (
        "In a casual voice, writes a list introduced by 'Vous y retrouverez' / 'You'll find' "
        "as a labelled list: 'Au programme : A, B et C.'"
    )
    examples = (
        TransformExample(
            "Vous y retrouverez 40 artisans du Var, des ateliers pour les enfants et un vin "
            "chaud offert dès 25 € d'achat.",
            "Au programme\u202f: 40 artisans du Var, des ateliers pour les enfants et un vin "
            "chaud offert dès 25 € d'achat.",
            lang="fr",
        ),
        TransformExample(
            "Inside the new shop you'll find fresh bread, local cheese and a small café. "
            "You will find fresh bread, local cheese and a small café upstairs.",
            "Inside the new shop you'll find fresh bread, local cheese and a small café. "
            "What you'll find: fresh bread, local cheese and a small café upstairs.",
        ),
        # A clause, not a list: the sentence stays.
        TransformExample(
            "You'll find the winemaker who planted our vines, her son and two dogs.",
            "You'll find the winemaker who planted our vines, her son and two dogs.",
        ),
        # Things to do are no programme (and "You'll" alone introduces none).
        TransformExample(
            "You'll help on social campaigns, learn copywriting and basic analytics, and get "
            "real client work into your portfolio.",
            "You'll help on social campaigns, learn copywriting and basic analytics, and get "
            "real client work into your portfolio.",
        ),
        # Two items are no programme, and a question is not one either.
        TransformExample(
            "Vous y trouverez du pain et des gâteaux. Vous y trouverez quoi, à votre avis ?",
            "Vous y trouverez du pain et des gâteaux. Vous y trouverez quoi, à votre avis ?",
            lang="fr",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Vous y retrouverez 40 artisans du Var, des ateliers pour les enfants et un vin "
            "chaud offert.",
            "Vous y retrouverez 40 artisans du Var, des ateliers pour les enfants et un vin "
            "chaud offert.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.lang in ("en", "fr") and direction(target.voice) is Direction.CASUAL

    def edits(self, text: str, target: Target) -> list[Edit]:
        event = target.understood().intent is Intent.EVENT
        return [
            Edit(
                found.start,
                found.end,
                found.label,
                "list: a social post gives its list under a label rather than walking the "
                f"reader in with {text[found.start : found.end].strip()!r}",
            )
            for found in programmes(text, target.lang, event=event)
        ]


TRANSFORMS = (ListProgramme(),)
