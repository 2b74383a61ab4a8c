"""A long sentence of a social post that gives its cause a sentence of its own: « …sans leur
carte, à cause d'un bug de notre imprimante. » → « …sans leur carte. En cause : un bug de
notre imprimante. »; a cause that opens the sentence goes after what it caused (the rules:
:mod:`brandvoice.adaptation.wording.cause`)."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.transform import Edit, Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import Parts, SocialSplit, parted_edits
from brandvoice.adaptation.wording.cause import cause_cut


class SplitCause(SocialSplit[None]):
    id: ClassVar[str] = "split-cause"
    stage: ClassVar[Stage] = Stage.BODY
    # With the other cuts that write words (63), before split-sentences (64), which then
    # cuts the clause that stays at its own conjunctions.
    order: ClassVar[int] = 63
    writes_words: ClassVar[bool] = True
    does: ClassVar[str] = "the cause said in a sentence of its own"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, gives the cause of a sentence "
        "longer than the voice allows a sentence of its own, after what it caused: ', à "
        "cause d'un bug…' → '. En cause : un bug…', 'À cause du mouvement social…, les "
        "colis… subissent des retards.' → 'Les colis… subissent des retards. En cause : le "
        "mouvement social…', ', due to a burst pipe' → '. The cause: a burst pipe'."
    )
    examples = (
        TransformExample(
            "Une partie des coffrets de Noël commandés sur notre site la semaine dernière sont "
            "partis sans leur carte de vœux personnalisée, à cause d'un bug de notre "
            "imprimante.",
            "Une partie des coffrets de Noël commandés sur notre site la semaine dernière sont "
            "partis sans leur carte de vœux personnalisée. En cause\u00a0: un bug de notre "
            "imprimante.",
            lang="fr",
        ),
        TransformExample(
            "En raison des travaux de rénovation de la salle du fond, le restaurant sera fermé "
            "du lundi 2 mars au vendredi 13 mars inclus.",
            "Le restaurant sera fermé du lundi 2 mars au vendredi 13 mars inclus. En "
            "cause\u00a0: les travaux de rénovation de la salle du fond.",
            lang="fr",
        ),
        TransformExample(
            "Our Saturday market stall will not open on the harbour this weekend, due to the "
            "storm warning issued for the whole coast.",
            "Our Saturday market stall will not open on the harbour this weekend. The cause: "
            "the storm warning issued for the whole coast.",
        ),
        TransformExample(
            "Because of the rail strike on Thursday and Friday, our courier will collect the "
            "week's parcels from the workshop on Monday morning.",
            "Our courier will collect the week's parcels from the workshop on Monday morning. "
            "The cause: the rail strike on Thursday and Friday.",
        ),
        # A noun with no article: which article the cause takes alone is not said.
        TransformExample(
            "Le marché de producteurs du samedi matin est annulé sur la place du village, à "
            "cause de travaux de voirie.",
            "Le marché de producteurs du samedi matin est annulé sur la place du village, à "
            "cause de travaux de voirie.",
            lang="fr",
        ),
        # "Due to" before a verb says when, not why; no clause before the cause.
        TransformExample(
            "Our second shop on the harbour front with the bigger kitchen is due to open on "
            "Saturday 14 March.",
            "Our second shop on the harbour front with the bigger kitchen is due to open on "
            "Saturday 14 March.",
        ),
        TransformExample(
            "Because of the rail strike on Thursday and Friday and the storm warning issued "
            "for the whole coast this weekend.",
            "Because of the rail strike on Thursday and Friday and the storm warning issued "
            "for the whole coast this weekend.",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Une partie des coffrets de Noël commandés sur notre site la semaine dernière sont "
            "partis sans leur carte de vœux personnalisée, à cause d'un bug de notre "
            "imprimante.",
            "Une partie des coffrets de Noël commandés sur notre site la semaine dernière sont "
            "partis sans leur carte de vœux personnalisée, à cause d'un bug de notre "
            "imprimante.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        def find(start: int, end: int) -> Parts:
            cut = cause_cut(text, start, end, target.lang)
            if cut is None:
                return ()
            tail = [(cut.tail_at, cut.tail_at, cut.tail)] if cut.tail else []
            return [(cut.start, cut.end, cut.lead), *tail]

        return parted_edits(self, text, target, find)


TRANSFORMS = (SplitCause(),)
