"""A feed prints Markdown as typed: on a social network, a voice's Markdown heading
("# Title", the expert-blog voice's article form) becomes a plain line ("Title").

A blog renders "# " as its title; Facebook, LinkedIn, X and Instagram show the "#" and
the space before the words, which reads as a broken hashtag. A hashtag ("#Bandol") has no
space after its "#" and is never touched.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.networks.model import NetworkKind

# A Markdown ATX heading: one to six "#", a space, the heading's words.
_HEADING = regex.compile(r"^#{1,6}[ \t]+(?=\S)", regex.MULTILINE)


class PlainHeading(Transform):
    id = "plain-heading"
    stage = Stage.POST
    # First: the later steps (typography, emoji, fitting) read the heading as the line it is.
    order = 5
    summary = (
        "On a social network, a Markdown heading ('# Title') is a plain line: a feed prints "
        "the '#' as typed."
    )
    examples = (
        TransformExample(
            "# La Fromagerie Lucas prend les commandes de plateaux\n\nÀ partir du 1er février, "
            "commandez en boutique.\n\n#Cannes #Fromagerie",
            "La Fromagerie Lucas prend les commandes de plateaux\n\nÀ partir du 1er février, "
            "commandez en boutique.\n\n#Cannes #Fromagerie",
            lang="fr",
            voice="expert-blog",
            network="facebook",
        ),
        TransformExample(
            "## Why it matters\n\nOur new studio opens on Saturday.",
            "Why it matters\n\nOur new studio opens on Saturday.",
            voice="expert-blog",
            network="linkedin",
        ),
        # A blog renders its heading; a hashtag is no heading.
        TransformExample(
            "# Our new studio opens on Saturday\n\nCome and see it.",
            "# Our new studio opens on Saturday\n\nCome and see it.",
            voice="expert-blog",
            network="blog",
        ),
        TransformExample(
            "#Bandol #CaveAVin on a samedi !",
            "#Bandol #CaveAVin on a samedi !",
            lang="fr",
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.network.kind is NetworkKind.SOCIAL

    def edits(self, text: str, target: Target) -> list[Edit]:
        return [
            Edit(found.start(), found.end(), "", "a feed prints Markdown as typed: a plain line")
            for found in _HEADING.finditer(text)
        ]


TRANSFORMS = (PlainHeading(),)
