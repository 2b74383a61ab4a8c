"""The master's own proper names, accepted as words in its variants.

A brand, a village, a producer or a dish the author wrote in the master is no typo when the
adaptation repeats it: "Northwind", first word of a variant, is the brand. The names are
the master's named entities (spaCy), its proper nouns, its words with a capital inside a
sentence, and a word opening a sentence that the dictionary does not know in lower case.
The master itself is still checked without them: a misspelt name there is reported once,
on the master.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.checks.spelling import WORD
from brandvoice.lang import Lang
from brandvoice.nlp import NAME_LABELS


def master_names(master: str, lang: Lang) -> tuple[str, ...]:
    """Vocabulary entries (escaped, case-sensitive) for the master's proper names."""
    from brandvoice.spelling import get_speller

    doc = parse(lang, master)
    speller = get_speller(lang)
    names: set[str] = set()
    for entity in doc.ents:
        if entity.label_ in NAME_LABELS:
            names.update(w for w in WORD.findall(entity.text) if w[:1].isupper())
    for token in doc:
        word = token.text
        if len(word) < 2 or not word[:1].isupper() or not WORD.fullmatch(word):
            continue
        if (
            token.pos_ == "PROPN"
            or not token.is_sent_start
            or not speller.is_correct(word[:1].lower() + word[1:])
        ):
            names.add(word)
    return tuple(regex.escape(name) for name in sorted(names))
