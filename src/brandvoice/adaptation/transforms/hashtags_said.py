"""Tags drawn from a sentence the length fitting then cut: gone with it.

The ``hashtags`` transform draws only the tags its variant says, but fitting a post to its
network comes after it and may cut the very sentence a tag came from: an X post that lost
"we'll map you a route along the Seawall" still closed on "#Seawall". A drawn name or
key phrase the final text no longer says is taken off the tag line (``said_tags.py``); the
brand's own tags and name, the master's tags and the key facts (what, where) stay. Removing
tags only shortens the text: the network's limit still holds.
"""

from __future__ import annotations

from brandvoice.adaptation.decorate.block import block_edits, trailing_block
from brandvoice.adaptation.decorate.said_tags import unsaid
from brandvoice.adaptation.decorate.tags import as_hashtag, tag_key
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.hashtags import drawn_tags
from brandvoice.text.entities import HASHTAG, entities_of_kind

_CURLS = (
    "New tutorial on blow-drying curly hair without losing definition. Our senior stylist "
    "Amara walks you through her skincare routine, the right choice for the season."
)
_CURLS_CUT = "New tutorial on blow-drying curly hair without losing definition."


class HashtagsSaid(Transform):
    id = "hashtags-said"
    stage = Stage.POST
    order = 92  # after fit-length (90), which may cut the sentence a tag came from
    summary = (
        "Takes off the tag line a name or key phrase drawn from the master that the final "
        "text no longer says (its sentence was cut to fit); the brand's tags, the master's "
        "and the key facts stay."
    )
    edits_protected = True
    examples = (
        TransformExample(
            f"{_CURLS_CUT}\n\n#NewTutorial #Hair #SkincareRoutine",
            f"{_CURLS_CUT}\n\n#NewTutorial #Hair",
            master=_CURLS,
        ),
        # Every tag still said: the line stays as it is.
        TransformExample(
            f"{_CURLS}\n\n#NewTutorial #Hair #SkincareRoutine",
            f"{_CURLS}\n\n#NewTutorial #Hair #SkincareRoutine",
            master=_CURLS,
        ),
        # The brand's name, which the casual post says as "we", still tags it.
        TransformExample(
            "Doors open! We're now serving at 5 Kirkgate Arcade.\n\n#NorthernGrind",
            "Doors open! We're now serving at 5 Kirkgate Arcade.\n\n#NorthernGrind",
            master="Doors open! Northern Grind is now serving at 5 Kirkgate Arcade.",
            profile={"brand_name": "Northern Grind"},
        ),
        # The master's own tag is the author's choice: it stays, said or not.
        TransformExample(
            f"{_CURLS_CUT}\n\n#NewTutorial #SkincareRoutine",
            f"{_CURLS_CUT}\n\n#NewTutorial #SkincareRoutine",
            master=f"{_CURLS} #SkincareRoutine",
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        block = trailing_block(text, entities_of_kind(text, HASHTAG))
        if not block or target.decoration.hashtags is not None:
            return []
        unsaid = _unsaid_drawn(target, text)
        removed = {
            index: (
                f"hashtag {entity.text} removed: the sentence it was drawn from is no longer "
                "in the text"
            )
            for index, entity in enumerate(block)
            if tag_key(entity.text) in unsaid
        }
        return block_edits(text, block, removed, (), ()) if removed else []


def _unsaid_drawn(target: Target, text: str) -> set[str]:
    """The keys of the drawn tags that must be said and that ``text`` does not say, the
    brand's and the master's own left aside."""
    own = {tag_key(as_hashtag(tag)) for tag in target.voice.hashtags.tags}
    own |= {tag_key(e.text) for e in entities_of_kind(target.master, HASHTAG)}
    return {
        tag_key(tag)
        for tag, _, score in drawn_tags(target)
        if tag_key(tag) not in own and unsaid(tag, score, text, target.voice.brand_name)
    }


TRANSFORMS = (HashtagsSaid(),)
