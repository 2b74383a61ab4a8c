"""The English the adaptation writes, in the variant's region: "We apologise for the
inconvenience" (a register lexicon's formal wording, a press note's « apologises to its
customers ») is "apologize" in an American or Canadian variant. Only the words the master
does not have change: its own spelling is the author's, which ``spelling.unknown-word`` and
LanguageTool report if they must. The pairs are the regional word lists' (``text/data/
regional-words.yaml``): a word changes only when the lists know both of its forms.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.lang import base_language, with_region
from brandvoice.text.regions import IZE_REGIONS, ize_spelling

_WORD = regex.compile(r"\p{L}+")


class RegionalSpelling(Transform):
    id = "regional-spelling"
    stage = Stage.POST
    order = 98
    summary = (
        "Writes the English words the adaptation added in the variant's region: "
        "'apologise' becomes 'apologize' in American and Canadian English; the master's "
        "own words stay as written."
    )
    examples = (
        TransformExample(  # the register lexicon's formal wording, in an American variant
            "We apologise for the inconvenience. Our phone lines are down.",
            "We apologize for the inconvenience. Our phone lines are down.",
            voice="corporate",
            network="website",
            master="Sorry for the hassle! Our phone lines are down.",
        ),
        TransformExample(  # the master's own spelling is the author's
            "We apologise for the delay.",
            "We apologise for the delay.",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # a British voice keeps the British form
            "We apologise for the inconvenience.",
            "We apologise for the inconvenience.",
            voice="corporate",
            network="website",
            master="Sorry for the hassle!",
            profile={"locale": "en-GB"},
        ),
        TransformExample(  # a word with one spelling everywhere stays
            "We promise to exercise care.",
            "We promise to exercise care.",
            voice="corporate",
            network="website",
            master="Promise!",
        ),
    )

    def applies(self, target: Target) -> bool:
        return base_language(target.lang) == "en"

    def edits(self, text: str, target: Target) -> list[Edit]:
        locale = target.locale or with_region(target.lang, target.voice.locale)
        if locale not in IZE_REGIONS:
            return []
        region = locale if "-" in locale else f"{locale}-US"  # bare English is American
        own = {word.casefold() for word in _WORD.findall(target.master)}
        edits = []
        for match in _WORD.finditer(text):
            word = match.group()
            if word.casefold() in own:
                continue
            american = ize_spelling(word)
            if american is not None:
                edits.append(
                    Edit(
                        match.start(),
                        match.end(),
                        american,
                        f"spelling of {region}: {word!r} is written {american!r} there",
                    )
                )
        return edits


TRANSFORMS = (RegionalSpelling(),)
