"""A list a sentence introduces with "you will find", written as a social post lists it:
"Vous y retrouverez 40 artisans du Var, des ateliers et un vin chaud offert." → "Au
programme : 40 artisans du Var, des ateliers et un vin chaud offert."

A community manager does not walk the reader in ("Vous y retrouverez", "You'll find"):
the list is the news, and a label says what it is. Only a sentence that is nothing but
the introduction and its list is rewritten:

- it opens on an introduction of the table below (the reader, "on" or "nous" finding,
  discovering or enjoying);
- what follows is a list of at least three items (a comma, then "et" / "and" before the
  last one) that runs to the sentence's full stop;
- the parse finds no conjugated verb in the list: "the winemaker who planted our vines"
  or "des ateliers où les enfants peignent" is more than a list, and keeps its sentence;
- the sentence is a statement ("." ends it), outside quotes and brackets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.lang import base_language
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The introductions, by language: who finds, the optional "y" / modal, the verb.
_INTRODUCTIONS = {
    "fr": regex.compile(
        r"(?:Vous|On|Nous)[\s\u00a0]+(?:y[\s\u00a0]+)?"
        r"(?:(?:pourrez|pourra|pourrons|allez|irez)[\s\u00a0]+(?:y[\s\u00a0]+)?)?"
        r"(?:retrouverez|retrouvera|retrouverons|trouverez|trouvera|trouverons|découvrirez|"
        r"découvrira|découvrirons|retrouver|trouver|découvrir|goûter|déguster|dégusterez)"
        r"(?:[\s\u00a0]+(?:sur[\s\u00a0]+place|notamment|également|aussi))?[\s\u00a0]+"
    ),
    "en": regex.compile(
        r"(?:You(?:['’]ll|[\s\u00a0]+will|[\s\u00a0]+can)[\s\u00a0]+(?:find|discover|enjoy)"
        r"|We(?:['’]ll|[\s\u00a0]+will)[\s\u00a0]+have)[\s\u00a0]+"
        r"(?:(?:there|inside|on[\s\u00a0]+the[\s\u00a0]+day)[\s\u00a0]+)?"
    ),
}
# The label that replaces it: "Au programme :"; in English, what an event has on, what a
# shop or a menu has in it.
LABELS = {"fr": "Au programme\u202f: ", "en": "What you'll find: "}
EVENT_LABELS = {"fr": "Au programme\u202f: ", "en": "What's on: "}
_LAST_ITEM = {
    "fr": regex.compile(r",[^,]+[\s\u00a0]et[\s\u00a0]"),
    "en": regex.compile(r",.+\sand\s"),
}
# A list item starts on a determiner, a number or a word in lower case, not on a name the
# introduction would then read as a subject ("you will find Anna at the counter").
_ITEM_START = regex.compile(r"[\p{Ll}\p{N}]")
_SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]?")


@dataclass(frozen=True, slots=True)
class Programme:
    """The introduction ``text[start:end]`` to replace by ``label``."""

    start: int
    end: int
    label: str


def programmes(text: str, lang: str, *, event: bool = False) -> list[Programme]:
    """The introductions of ``text`` to rewrite as a label (see the module docstring)."""
    language = base_language(lang)
    pattern = _INTRODUCTIONS.get(language)
    if pattern is None:
        return []
    found: list[Programme] = []
    doc: Doc | None = None
    for sentence in _SENTENCE.finditer(text):
        start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
        intro = pattern.match(text, start)
        if intro is None or not sentence.group().endswith("."):
            continue
        rest = text[intro.end() : sentence.end() - 1]
        if not _ITEM_START.match(rest) or not _LAST_ITEM[language].search(rest):
            continue
        if open_marks(text[:start]) or any(mark in rest for mark in ':;()«»"'):
            continue
        # Parts of speech, tags and morphology only: the tagged parse.
        doc = doc if doc is not None else parse(language, text, full=False)
        if _conjugated_within(doc, intro.end(), sentence.end() - 1):
            continue
        label = (EVENT_LABELS if event else LABELS)[language]
        found.append(Programme(start, intro.end(), label))
    return found


def _conjugated_within(doc: Doc, start: int, end: int) -> bool:
    """Whether the parse finds a conjugated verb in ``[start, end)``: a clause, not a list."""
    # English: a verb in its base form is an order or an infinitive in a list of things to
    # do ("learn copywriting, and get real client work"), no noun.
    finite = ("VB", "VBZ", "VBP", "VBD")
    return any(
        start <= token.idx < end
        and token.pos_ in ("VERB", "AUX")
        and ("Fin" in token.morph.get("VerbForm", []) or token.tag_ in finite)
        for token in doc
    )
