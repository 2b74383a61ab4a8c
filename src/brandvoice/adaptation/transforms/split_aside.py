"""A long sentence of a social post whose closing remark in brackets becomes a sentence of
its own: "…the old key-cutting shop (yes, we kept the sign)." → "…the old key-cutting
shop. (Yes, we kept the sign.)" (the rules: :mod:`brandvoice.adaptation.wording.aside`)."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.transform import Edit, Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import Parts, SocialSplit, parted_edits
from brandvoice.adaptation.wording.aside import aside_cut


class SplitAside(SocialSplit[None]):
    id: ClassVar[str] = "split-aside"
    stage: ClassVar[Stage] = Stage.BODY
    # With the other cuts of one shape (63), before split-sentences (64), which then cuts
    # the sentence before the brackets at its own conjunctions.
    order: ClassVar[int] = 63
    does: ClassVar[str] = "a closing remark in brackets set apart"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, sets a closing remark in brackets "
        "that is a clause apart from a sentence longer than the voice allows: '…the old "
        "key-cutting shop (yes, we kept the sign).' → '…the old key-cutting shop. (Yes, we "
        "kept the sign.)'; a list or a label in brackets stays."
    )
    examples = (
        TransformExample(
            "Our new workshop is in the old fire station on Mill Lane, right next to the "
            "canal bridge (yes, the red doors are still there).",
            "Our new workshop is in the old fire station on Mill Lane, right next to the "
            "canal bridge. (Yes, the red doors are still there.)",
        ),
        TransformExample(
            "On rouvre le mardi 1er septembre avec la nouvelle carte d'automne de la cuisine "
            "(et des girolles, si la saison est bonne).",
            "On rouvre le mardi 1er septembre avec la nouvelle carte d'automne de la cuisine. "
            "(Et des girolles, si la saison est bonne.)",
            lang="fr",
        ),
        # A list or a label in brackets belongs to the words before it.
        TransformExample(
            "Our spring service gets your bike ready for the sunny days for £49 instead of £65 "
            "(gears, brakes, chain, wheel true, safety check).",
            "Our spring service gets your bike ready for the sunny days for £49 instead of £65 "
            "(gears, brakes, chain, wheel true, safety check).",
        ),
        TransformExample(
            "We talked to three independent shop owners about what actually worked for them on "
            "Instagram this year (spoiler: not Reels).",
            "We talked to three independent shop owners about what actually worked for them on "
            "Instagram this year (spoiler: not Reels).",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Our new workshop is in the old fire station on Mill Lane, right next to the "
            "canal bridge (yes, the red doors are still there).",
            "Our new workshop is in the old fire station on Mill Lane, right next to the "
            "canal bridge (yes, the red doors are still there).",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        def find(start: int, end: int) -> Parts:
            cut = aside_cut(text, start, end, target.lang)
            if cut is None:
                return ()
            return [
                (cut.open_start, cut.open_end, cut.opening),
                (cut.close_start, cut.close_end, cut.closing),
            ]

        return parted_edits(self, text, target, find)


TRANSFORMS = (SplitAside(),)
