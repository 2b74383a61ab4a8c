"""English auxiliaries read from context: which verb a contraction stands for, and the
third-person singular of a verb.

"'s" after a pronoun is "is" or "has" and "'d" is "would" or "had": the word that follows
decides ("it's been" is "it has been", "we'd opened" is "we had opened", "we'd love" is
"we would love"), read from spaCy's tags of the (cached) parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.wording.offsets import first_from, tokens_from

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Adverbs that may stand between an auxiliary and its verb ("it's already been").
_BETWEEN = frozenset(
    {
        "not",
        "never",
        "already",
        "just",
        "always",
        "also",
        "really",
        "recently",
        "finally",
        "all",
        "ever",
        "since",
        "truly",
        "only",
        "now",
    }
)
_HAS_NEXT = frozenset({"been", "got", "gotten"})
_WORD = regex.compile(r"\p{L}+")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token starting at ``offset``, if the tokenizer cut there."""
    first = first_from(doc, offset)
    if first < len(doc) and doc[first].idx == offset:
        return doc[first]
    return None


def _verb_after(doc: Doc, offset: int) -> Token | None:
    """The first token from ``offset`` on that is not one of the adverbs in between."""
    for token in tokens_from(doc, offset):
        if token.is_space:
            continue
        if token.lower_ not in _BETWEEN:
            return token
    return None


def s_is_has(doc: Doc, clitic_offset: int, after: int) -> bool:
    """Whether the "'s" at ``clitic_offset`` (ending at ``after``) stands for "has"."""
    verb = _verb_after(doc, after)
    if verb is None:
        return False
    if verb.lower_ in _HAS_NEXT:
        return True
    clitic = token_at(doc, clitic_offset)
    if clitic is None or clitic.head.tag_ != "VBN" or clitic.head.i <= clitic.i:
        return False
    if clitic.dep_ == "aux":
        return True
    # The parser reads "'s" + participle as a passive too ("who's trusted us", "she's
    # promised"): a participle with an object ("trusted us"), or with the clause it reports
    # said before it ("Sue will visit, she's promised"), is a perfect. "It's closed on
    # Mondays", "it's expected to rain" stay passives.
    return clitic.dep_ == "auxpass" and any(
        child.dep_ in _PERFECT_OBJECTS or (child.dep_ == "ccomp" and child.i < clitic.i)
        for child in clitic.head.children
    )


# What only a perfect's participle governs: "who's trusted us" (the passive has no object).
_PERFECT_OBJECTS = frozenset({"dobj", "dative"})


def d_is_had(doc: Doc, after: int) -> bool:
    """Whether a "'d" ending at ``after`` stands for "had" (before a past participle or
    "better"); otherwise it is "would"."""
    verb = _verb_after(doc, after)
    if verb is None:
        return False
    return verb.lower_ == "better" or verb.tag_ == "VBN" or verb.lower_ in _HAS_NEXT


def is_past_participle(doc: Doc, offset: int) -> bool:
    """Whether the word at ``offset`` (adverbs in between skipped) is a past participle."""
    verb = _verb_after(doc, offset)
    return verb is not None and (verb.tag_ == "VBN" or verb.lower_ in _HAS_NEXT)


# Third person singular of the present: the irregular ones, then the spelling rules.
_THIRD_PERSON = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_ES_ENDING = regex.compile(r"(?:s|x|z|ch|sh|o)$")
_CONSONANT_Y = regex.compile(r"[^aeiou]y$")


def third_person(lemma: str) -> str:
    """ "offer" → "offers", "reach" → "reaches", "carry" → "carries", "have" → "has"."""
    if lemma in _THIRD_PERSON:
        return _THIRD_PERSON[lemma]
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ies"
    if _ES_ENDING.search(lemma):
        return lemma + "es"
    return lemma + "s"
