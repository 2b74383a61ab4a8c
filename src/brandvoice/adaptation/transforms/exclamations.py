"""Exclamation marks down to the voice's ``max_exclamations``: the first ones stay, the
others become full stops ("Venez nombreux !" in a press note → "Venez nombreux."), and a
run ("!!!") counts as one mark and is written as one.

The check ``register.exclamation`` counts the marks; this transform is the fix the
adaptation applies so that its variants pass it. French puts a (narrow) no-break space
before « ! » and none before « . »: the space goes with the mark.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
)
from brandvoice.text.protect import protected_spans

_MARK = regex.compile(r"[\s\u00a0\u202f]?!+")
_CLOSING = frozenset(")]»”")


class Exclamations(Transform):
    id = "exclamations"
    stage = Stage.BODY
    order = 70
    summary = (
        "Keeps the voice's max_exclamations first exclamation marks and turns the others "
        "into full stops; a run of marks becomes one."
    )
    examples = (
        TransformExample(
            "Notre boutique ouvre samedi ! Venez nombreux !",
            "Notre boutique ouvre samedi. Venez nombreux.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Big news!!! Our shop opens Saturday! Come early! Free coffee!",
            "Big news! Our shop opens Saturday! Come early. Free coffee.",
        ),
        TransformExample(
            "Our shop opens Saturday! Come early.",
            "Our shop opens Saturday! Come early.",
        ),
        TransformExample(
            "Cidre offert (avec modération !) et concert du bagad.",
            "Cidre offert (avec modération) et concert du bagad.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # After an abbreviation, its own stop ends the sentence.
        TransformExample(
            "Happy holidays from all of us at Paper Fox Print Co.!",
            "Happy holidays from all of us at Paper Fox Print Co.",
            voice="corporate",
            network="website",
        ),
        # A mark inside a link is part of the link.
        TransformExample(
            "Read https://example.com/#!/news today!",
            "Read https://example.com/#!/news today.",
            voice="corporate",
            network="website",
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        allowed = target.voice.max_exclamations
        if "!" not in text:
            return []
        spans = protected_spans(text, target.protected_names)
        marks = [m for m in _MARK.finditer(text) if not spans.overlaps(m.start(), m.end())]
        edits: list[Edit] = []
        for number, match in enumerate(marks):
            written = match.group()
            space = written.rstrip("!")
            if number < allowed:
                if len(written) - len(space) > 1:
                    edits.append(
                        Edit(match.start(), match.end(), space + "!", "one mark is enough")
                    )
                continue
            # Inside brackets the mark was an aside's tone: "(avec modération !)" becomes
            # "(avec modération)", not "(avec modération.)".
            closing = text[match.end() : match.end() + 1] in _CLOSING
            # After an abbreviation's stop ("Paper Fox Print Co.!"), that stop ends the
            # sentence: a second one would read "Co..".
            stopped = text[: match.start()].endswith(".")
            edits.append(
                Edit(
                    match.start(),
                    match.end(),
                    "" if closing or stopped else ".",
                    f"the {target.voice.name} voice allows {allowed} exclamation mark"
                    f"{'' if allowed == 1 else 's'} per post",
                )
            )
        return edits


TRANSFORMS = (Exclamations(),)
