"""A long sentence of a social post cut before a participle that says where or when a
product was sold or made, which becomes a clause of its own: « …des lots L2604 et L2605,
vendus dans notre boutique de Carpentras en mars. » → « …des lots L2604 et L2605. Ils ont
été vendus dans notre boutique de Carpentras en mars. » (the rules:
:mod:`brandvoice.adaptation.wording.participle`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.participle import ParticipleCut, participle_cut


class SplitParticiple(SocialSplit[None]):
    id: ClassVar[str] = "split-participle"
    stage: ClassVar[Stage] = Stage.BODY
    # After split-means, before split-sentences.
    order: ClassVar[int] = 63
    needs: ClassVar[str] = ","
    does: ClassVar[str] = "a participle made a clause"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows before a participle that says where a product was sold or made "
        "(', vendus dans…' → '. Ils ont été vendus dans…', ', sold at…' → '. They were sold "
        "at…')."
    )
    examples = (
        TransformExample(
            "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture "
            "d'abricots des lots L2604 et L2605, vendus dans notre boutique de Carpentras et "
            "sur les marchés de Vaucluse en mars.",
            "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture "
            "d'abricots des lots L2604 et L2605. Ils ont été vendus dans notre boutique de "
            "Carpentras et sur les marchés de Vaucluse en mars.",
            lang="fr",
        ),
        TransformExample(
            "Nous rappelons par précaution les tablettes de chocolat noir du lot 118, "
            "fabriquées dans notre atelier de Lyon entre le 2 et le 9 février.",
            "Nous rappelons par précaution les tablettes de chocolat noir du lot 118. Elles "
            "ont été fabriquées dans notre atelier de Lyon entre le 2 et le 9 février.",
            lang="fr",
        ),
        TransformExample(
            "As a precaution, we are recalling two batches of our Yellow Box honey jars, sold "
            "at the Saturday market in Toowoomba in March.",
            "As a precaution, we are recalling two batches of our Yellow Box honey jars. They "
            "were sold at the Saturday market in Toowoomba in March.",
        ),
        # A participle that says no sale or making: left alone.
        TransformExample(
            "Nous avons ouvert une nouvelle boutique de fromages rue de Siam, située à deux "
            "pas du port de Brest et de la gare.",
            "Nous avons ouvert une nouvelle boutique de fromages rue de Siam, située à deux "
            "pas du port de Brest et de la gare.",
            lang="fr",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture "
            "d'abricots des lots L2604 et L2605, vendus dans notre boutique de Carpentras et "
            "sur les marchés de Vaucluse en mars.",
            "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture "
            "d'abricots des lots L2604 et L2605, vendus dans notre boutique de Carpentras et "
            "sur les marchés de Vaucluse en mars.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
    )

    def cut(
        self,
        tokens: list[Token],
        text: str,
        span: tuple[int, int],
        target: Target,
        context: None,
    ) -> ParticipleCut | None:
        return participle_cut(tokens, text)


TRANSFORMS = (SplitParticiple(),)
