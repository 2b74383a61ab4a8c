"""A sentence whose subject is the brand says "its", not "our": "The Green Fork in Leeds is
looking for a line cook to join our kitchen team" → "…to join its kitchen team"; « La
Cave du Port recrute un caviste pour renforcer notre équipe » → « …son équipe ». A master
often mixes the two (its name for the news, "our" for the rest); once the sentence has
named the business as who acts, "our" reads as somebody else speaking.

Only within the sentence that opens on the brand's name (a profile's ``brand_name`` or
names), a few words after it, and only where the variant speaks nowhere else in the first
person: a post must speak in one person, and one that says "We're hiring!", "We offer…"
or "our seasonal menu" elsewhere keeps its "our" ("We're hiring! The Green Fork in Leeds
is looking for a line cook to join our kitchen team" is consistent as written; "its" there
would read as somebody else speaking of it). French takes « son » / « sa » / « ses » by the
noun's gender (press-possessives' reading); a noun of unknown gender keeps « notre ». A
press note is press-possessives' (it names the brand instead).
"""

from __future__ import annotations

from typing import ClassVar

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.transforms.press_possessives import (
    POSSESSIVE,
    QUOTED,
    third_person,
)
from brandvoice.lang import base_language

# The first person anywhere in the variant, the singular too ("I", « je », "my"): unlike a
# press note (press-possessives), a post may speak as its owner. "our" / « notre » are
# POSSESSIVE's, counted apart (those this transform edits are not "other" first person).
_FIRST_PERSON = {
    "en": regex.compile(
        r"(?<![\p{L}'’])(?:we|we['’](?:re|ve|ll|d)|(?-i:us|I|I['’](?:m|ve|ll|d))|me|my|ours)"
        r"(?![\p{L}'’])",
        regex.I,
    ),
    "fr": regex.compile(
        r"(?<![\p{L}'’])(?:nous|on|je|j['’]|mon|ma|mes|nôtre|nôtres)(?![\p{L}])", regex.I
    ),
}
# A sentence: to its stop, or its line's end.
_SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]*")
_ARTICLE = regex.compile(r"(?:the|la|le|les|l['’])[\s\u00a0]*", regex.I)
_WORD = regex.compile(r"\p{L}+")
# Words between the name and "our": fewer, and "our" belongs to the subject ("The Green
# Fork and our team").
_MIN_WORDS_BETWEEN = 3
_REASON = "a sentence whose subject is {brand} says its, not 'our'"


class BrandPossessive(Transform):
    id: ClassVar[str] = "brand-possessive"
    stage: ClassVar[Stage] = Stage.BODY
    # After first-person (51): a casual post's "The Green Fork is…" is "We're…" by then,
    # and its "our" agrees.
    order: ClassVar[int] = 52
    summary: ClassVar[str] = (
        "In a sentence whose subject is the brand, 'our' / « notre » becomes 'its' / « son, "
        "sa, ses » ('The Green Fork is looking for a cook to join our team' → 'its team'), "
        "only in a variant that speaks nowhere else in the first person."
    )
    examples: ClassVar[tuple[TransformExample, ...]] = (
        TransformExample(
            "The Green Fork in Leeds is looking for a full-time line cook to join our kitchen "
            "team from January.",
            "The Green Fork in Leeds is looking for a full-time line cook to join its kitchen "
            "team from January.",
            voice="professional-network",
            network="linkedin",
            profile={"brand_name": "The Green Fork"},
        ),
        TransformExample(
            "La Cave du Port recrute un caviste pour renforcer notre équipe.",
            "La Cave du Port recrute un caviste pour renforcer son équipe.",
            lang="fr",
            voice="expert-blog",
            network="blog",
            profile={"brand_name": "Cave du Port"},
        ),
        # The sentence goes on in the first person: consistent as written.
        TransformExample(
            "Harbour Bakery is 10 today and we thank our customers.",
            "Harbour Bakery is 10 today and we thank our customers.",
            voice="professional-network",
            network="linkedin",
            profile={"brand_name": "Harbour Bakery"},
        ),
        # The post speaks as "we" elsewhere (the job ad's "We're hiring!", "We offer"): one
        # person throughout, its "our" stays.
        TransformExample(
            "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join "
            "our kitchen team from January. We offer 28 days of holiday.",
            "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join "
            "our kitchen team from January. We offer 28 days of holiday.",
            voice="professional-network",
            network="linkedin",
            profile={"brand_name": "The Green Fork"},
        ),
        # Another "our" the brand's sentence does not hold: it stays, so this one does too.
        TransformExample(
            "The Green Fork is looking for a line cook to join our kitchen team. Our menu "
            "changes every season.",
            "The Green Fork is looking for a line cook to join our kitchen team. Our menu "
            "changes every season.",
            voice="expert-blog",
            network="blog",
            profile={"brand_name": "The Green Fork"},
        ),
        TransformExample(
            "Nous recrutons ! La Cave du Port recrute un caviste pour renforcer notre équipe.",
            "Nous recrutons ! La Cave du Port recrute un caviste pour renforcer notre équipe.",
            lang="fr",
            voice="expert-blog",
            network="blog",
            profile={"brand_name": "Cave du Port"},
        ),
        # A quote's "we" is its speaker's, not the post's.
        TransformExample(
            "Harbour Bakery is opening a second shop with our partners. “We can't wait,” says "
            "the team.",
            "Harbour Bakery is opening a second shop with its partners. “We can't wait,” says "
            "the team.",
            voice="professional-network",
            network="linkedin",
            profile={"brand_name": "Harbour Bakery"},
        ),
        # "our" in the subject itself, and a sentence that does not open on the brand.
        TransformExample(
            "The Green Fork and our team welcome you. Come and meet our chefs.",
            "The Green Fork and our team welcome you. Come and meet our chefs.",
            voice="professional-network",
            network="linkedin",
            profile={"brand_name": "The Green Fork"},
        ),
    )

    def applies(self, target: Target) -> bool:
        return (
            bool(target.voice.names)
            and base_language(target.lang) in POSSESSIVE
            and not writes_press_note(target)
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        names = sorted(target.voice.names, key=len, reverse=True)
        brand = target.voice.brand_name or names[0]
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        # A quote speaks as whoever it quotes: its "we" is not the post's.
        unquoted = QUOTED.sub(lambda m: " " * len(m.group()), text)
        if _FIRST_PERSON[lang].search(unquoted):
            return []  # the post speaks as the business elsewhere: its "our" agrees
        edits: list[Edit] = []
        for sentence in _SENTENCE.finditer(text):
            start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
            end = _name_at(text, start, names)
            if end < 0:
                continue
            for found in POSSESSIVE[lang].finditer(text, end, sentence.end()):
                between = text[end : found.start()]
                if len(_WORD.findall(between)) < _MIN_WORDS_BETWEEN:
                    continue
                if any(a <= found.start() < b for a, b in quoted):
                    continue
                our, noun = found.group("our"), found.group("noun")
                word = "its" if lang == "en" else third_person(our, noun, brand, lang)
                if word is None:
                    continue
                if our[:1].isupper():
                    word = word[:1].upper() + word[1:]
                edits.append(
                    Edit(found.start("our"), found.end("our"), word, _REASON.format(brand=brand))
                )
        edited = {edit.start for edit in edits}
        if any(
            found.start("our") not in edited for found in POSSESSIVE[lang].finditer(unquoted)
        ):
            return []  # another "our" stays: "its" beside it would mix two persons
        return edits


def _name_at(text: str, start: int, names: list[str]) -> int:
    """The end of the brand's name opening ``text`` at ``start`` (an article before it
    allowed), -1 when the sentence opens otherwise."""
    article = _ARTICLE.match(text, start)
    starts: list[int] = [start] if article is None else [start, article.end()]
    for at in starts:
        for name in names:
            if text[at : at + len(name)].casefold() == name.casefold():
                after = text[at + len(name) : at + len(name) + 1]
                if not after.isalpha():
                    return at + len(name)
    return -1


TRANSFORMS = (BrandPossessive(),)
