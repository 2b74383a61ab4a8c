"""What an analysis returns: the :class:`Analysis` of one text and its :class:`Marker` spans.

Offsets are code points of the text as given (Python ``str`` indices), like
:class:`brandvoice.findings.Finding`, so ``text[marker.start:marker.end] == marker.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

Address = Literal["tu", "vous", "mixed"]

# Marker kinds. Each one feeds a feature of the formality model (see formality.py).
CONTRACTION = "contraction"  # "don't", "we're"; French "t'as", "j'suis", "y'a"
INFORMAL = "informal"  # a word or phrase of the informal list ("gonna", "trop bien")
FORMAL = "formal"  # a word or phrase of the formal list ("hereby", "néanmoins")
EMOJI = "emoji"
EXCLAMATION = "exclamation"  # a run of "!" (its weight counts every "!")
CAPS = "caps"  # an all-capital word of 3+ letters that is not a known acronym
LOWERCASE = "lowercase"  # a sentence starting in lower case, English "i"
FIRST_PERSON = "first_person"  # "I", "we", "our"; "je", "nous", "notre"
SECOND_PERSON = "second_person"  # English "you", "your"
TU = "tu"  # French informal address: "tu", "ton", "viens"
VOUS = "vous"  # French formal (or plural) address: "vous", "votre", "venez"
IMPERATIVE = "imperative"  # a verb in the imperative mood
PASSIVE = "passive"  # a passive construction ("was approved", "a été validé")

MARKER_KINDS = (
    CONTRACTION,
    INFORMAL,
    FORMAL,
    EMOJI,
    EXCLAMATION,
    CAPS,
    LOWERCASE,
    FIRST_PERSON,
    SECOND_PERSON,
    TU,
    VOUS,
    IMPERATIVE,
    PASSIVE,
)


class Hit(NamedTuple):
    """A marker found, before the formality model gives it a weight."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Marker:
    """A span that moved the formality score by ``weight`` points (0-100 scale; negative:
    less formal). Weights of one text's markers add up with the non-lexical features
    (parts of speech, sentence length) to its score before clipping."""

    kind: str
    start: int
    end: int
    text: str
    weight: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "weight": self.weight,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Register and readability measures of one text.

    ``readability`` holds ``reading_ease`` and ``grade``, both None for a text without
    words. ``address`` is None for English and for French text that addresses nobody.
    """

    lang: str
    formality: float
    address: Address | None
    second_person: int
    contractions: int
    emoji: int
    exclamations: int
    caps_words: int
    sentence_lengths: list[int]
    readability: dict[str, float | None]
    markers: list[Marker] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "formality": self.formality,
            "address": self.address,
            "second_person": self.second_person,
            "contractions": self.contractions,
            "emoji": self.emoji,
            "exclamations": self.exclamations,
            "caps_words": self.caps_words,
            "sentence_lengths": list(self.sentence_lengths),
            "readability": dict(self.readability),
            "markers": [m.to_dict() for m in self.markers],
        }


NEUTRAL_FORMALITY = 50.0


def neutral_analysis(lang: str) -> Analysis:
    """The analysis of a text without words: nothing counted, formality in the middle."""
    return Analysis(
        lang=lang,
        formality=NEUTRAL_FORMALITY,
        address=None,
        second_person=0,
        contractions=0,
        emoji=0,
        exclamations=0,
        caps_words=0,
        sentence_lengths=[],
        readability={"reading_ease": None, "grade": None},
    )
