"""A long sentence of a social post cut before a participle that says where or when a
product was sold or made, which becomes a clause of its own: « …des lots L2604 et L2605,
vendus dans notre boutique de Carpentras en mars. » → « …des lots L2604 et L2605. Ils ont
été vendus dans notre boutique de Carpentras en mars. » (the rules:
:mod:`brandvoice.adaptation.wording.participle`)."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample, parse
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.transforms.split_sentences import long_sentences, longest
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.adaptation.wording.participle import participle_cut
from brandvoice.adaptation.wording.splitting import TokenOffsets
from brandvoice.networks.model import NetworkKind
from brandvoice.text.protect import protected_spans


class SplitParticiple(Transform):
    id: ClassVar[str] = "split-participle"
    stage: ClassVar[Stage] = Stage.BODY
    # After split-means, before split-sentences.
    order: ClassVar[int] = 63
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

    def applies(self, target: Target) -> bool:
        return (
            target.lang in ("en", "fr")
            and target.network.kind is NetworkKind.SOCIAL
            and direction(target.voice) is not Direction.FORMAL
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        long = [(s, e) for s, e in long_sentences(text, target.voice) if "," in text[s:e]]
        if not long:
            return []
        offsets = TokenOffsets(parse(target.lang, text))
        spans = protected_spans(text, target.protected_names)
        reason = (
            f"split: a participle made a clause; the {target.voice.name} voice keeps "
            f"sentences to {longest(target.voice)} words"
        )
        edits = []
        for start, end in long:
            cut = participle_cut(offsets.within(start, end), text)
            if cut is not None and not spans.overlaps(cut.start, cut.end):
                edits.append(Edit(cut.start, cut.end, cut.replacement, reason))
        return edits


TRANSFORMS = (SplitParticiple(),)
