"""A press note does not cheer: "Venez nombreux !", "On vous attend !", "See you there!"
are dropped from variants in formal voices on the brand's own site; nor does it ask for
comments its readers cannot leave ("Vous nous direz ce que vous en pensez.", "Let us know
what you think!").

A sentence goes only when it is one of the phrases of
``adaptation/data/exhortations.yaml`` and nothing else (its "!" or "." and emoji aside), so
no fact can go with it. A post keeps them: there they are the voice.
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.data import load_table, phrase_alternation
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.lang import base_language

_SPACE = r"[\s\u00a0\u202f]"
_EMOJI = rf"(?:\p{{Extended_Pictographic}}\ufe0f?{_SPACE}*)*"
_SENTENCE = regex.compile(rf"[^.!?…\n]+[.!?…]*{_SPACE}*{_EMOJI}")
_TAIL = rf"{_SPACE}*[.!…]*{_SPACE}*{_EMOJI}"


@cache
def _exhortation(lang: str) -> regex.Pattern[str]:
    body = phrase_alternation(load_table("exhortations.yaml")[lang])
    return regex.compile(rf"[\s\u00a0\u202f]*(?:{body}){_TAIL}", regex.IGNORECASE)


class DropExhortations(Transform):
    id = "drop-exhortations"
    stage = Stage.BODY
    # The sentence goes whole, with the emoji that closes it; it holds no fact (the
    # pattern is the whole sentence), so nothing protected is lost but decoration.
    edits_protected = True
    order = 75
    summary = (
        "In a formal voice on the brand's own site (a press note), drops sentences that only "
        "cheer the reader on ('Venez nombreux !', 'See you there!') or ask for comments "
        "('Vous nous direz ce que vous en pensez.')."
    )
    examples = (
        TransformExample(
            "La boutique ouvre le samedi 4 avril à Bandol. Venez nombreux !",
            "La boutique ouvre le samedi 4 avril à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # « À très vite ! » reaches this transform as the register lexicon wrote it.
        TransformExample(
            "La boutique ouvre le samedi 4 avril à Bandol. À très vite !",
            "La boutique ouvre le samedi 4 avril à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Our shop opens on Saturday 4 April in Leeds. See you there! 🎉\nFree coffee all day.",
            "Our shop opens on Saturday 4 April in Leeds.\nFree coffee all day.",
            voice="corporate",
            network="website",
        ),
        # A press note takes no comments: the question for them goes too.
        # The post's tasting question: a press note asks its readers nothing.
        TransformExample(
            "Trois parfums arrivent en vitrine (3,50 € la boule). Lequel vous tente ?",
            "Trois parfums arrivent en vitrine (3,50 € la boule).",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Three new flavours land this week. Which one will you try first?",
            "Three new flavours land this week.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Tous nos cafés sont torréfiés à 15 km de la boutique. Vous nous direz ce que "
            "vous en pensez. Et vous, qu'en pensez-vous ?",
            "Tous nos cafés sont torréfiés à 15 km de la boutique.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Our new menu starts tonight. What do you think? Let us know what you think!",
            "Our new menu starts tonight.",
            voice="corporate",
            network="website",
        ),
        # A question about the facts is no call for comments: it stays.
        TransformExample(
            "Our new menu starts tonight. What do you think of the new tagine at £14?",
            "Our new menu starts tonight. What do you think of the new tagine at £14?",
            voice="corporate",
            network="website",
        ),
        # With a fact, it is no mere cheer: "Venez nombreux dès 10 h" stays.
        TransformExample(
            "La boutique ouvre samedi. Venez nombreux dès 10 h !",
            "La boutique ouvre samedi. Venez nombreux dès 10 h !",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A Facebook post keeps its voice.
        TransformExample(
            "La boutique ouvre le samedi 4 avril à Bandol. Venez nombreux !",
            "La boutique ouvre le samedi 4 avril à Bandol. Venez nombreux !",
            lang="fr",
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.network.is_own_site and direction(target.voice) is Direction.FORMAL

    def edits(self, text: str, target: Target) -> list[Edit]:
        pattern = _exhortation(base_language(target.lang))
        edits: list[Edit] = []
        for match in _SENTENCE.finditer(text):
            start, end = match.span()
            if not pattern.fullmatch(text, start, end):
                continue
            # Take the space before the sentence, so its neighbours join cleanly (but not
            # the space the previous dropped sentence took: two in a row).
            floor = edits[-1].end if edits else 0
            while start > floor and text[start - 1] in " \u00a0\u202f":
                start -= 1
            end = end - (len(text[start:end]) - len(text[start:end].rstrip("\n")))
            if start == 0:
                # First in the text: take the space after it instead.
                while end < len(text) and text[end] in " \u00a0\u202f":
                    end += 1
            edits.append(
                Edit(
                    start,
                    end,
                    "",
                    f"{text[match.start() : match.end()].strip()!r} cheers the reader on: "
                    f"a press note in the {target.voice.name} voice states the facts",
                )
            )
        return edits


TRANSFORMS = (DropExhortations(),)
