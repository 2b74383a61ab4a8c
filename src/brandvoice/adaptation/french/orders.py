"""A French « vous » order as the infinitive phrase a statement about its readers takes:
« Ne consommez pas » → « ne pas consommer », « rapportez-les » → « les rapporter »,
« méfiez-vous » → « se méfier » (the press note's « Les clients sont invités à… »,
:mod:`brandvoice.adaptation.transforms.press_readers`).

The infinitive is the one verb the form can be the imperative of (spaCy's lemma tables
and :mod:`brandvoice.text.french.verbs`); « ne … pas » becomes « ne pas » before it; the
clitics go before it in the order French puts them (« nous le rapporter », « le lui
rendre », « s'y inscrire »), elided before a vowel. An order this cannot write with
certainty (two verbs of the same form, « ne » without its « pas », two clitics of one
rank, an h that may be aspirated) gives None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from brandvoice.text.french import starts_with_h, starts_with_vowel
from brandvoice.text.french.verbs import Tense, readings

if TYPE_CHECKING:
    from spacy.tokens import Token

    from brandvoice.text.french.lemmas import VerbForms

_NE = regex.compile(
    r"(?:\b(?:ne\s+|n['’]))((?:(?:le|la|les|l['’]|lui|leur|y|en|nous|vous|me|m['’])\s*)*)$", regex.I
)
_HYPHENED = regex.compile(r"(?:-(?:les|le|la|nous|vous|lui|leur|en|y|moi)(?![\p{L}]))+", regex.I)
_NEGATION = regex.compile(r"\s+(pas|plus|jamais|point)\b", regex.I)

# Where a clitic goes before an infinitive: « nous le rapporter », « le lui rendre »,
# « s'y inscrire », « en prendre ».
_CLITIC_RANK = {
    "me": 0,
    "nous": 0,
    "se": 0,
    "le": 1,
    "la": 1,
    "les": 1,
    "lui": 2,
    "leur": 2,
    "y": 3,
    "en": 4,
}
_ELIDED = {"me": "m", "se": "s", "le": "l", "la": "l"}


def verb_part(word: str) -> str:
    """``word`` without the clitics hyphened to it: spaCy's tokenizer keeps
    « renvoyez-le-nous » as one token, whose verb is « renvoyez »."""
    head, hyphen, _ = word.partition("-")
    if hyphen and _HYPHENED.fullmatch(word, len(head)):
        return head
    return word


def is_vous_order(word: str, forms: VerbForms) -> bool:
    """Whether ``word`` can be a « vous » imperative (« rapportez », « renvoyez-le-nous »)."""
    word = verb_part(word)
    return any(r.tense is Tense.IMPERATIVE for r in readings(word, forms.lemmas(word), "pl"))


def order_lemma(word: str, forms: VerbForms) -> str | None:
    """The one verb ``word`` is the « vous » imperative of; None when it could be two."""
    word = verb_part(word)
    lemmas = {
        r.lemma for r in readings(word, forms.lemmas(word), "pl") if r.tense is Tense.IMPERATIVE
    }
    return lemmas.pop() if len(lemmas) == 1 else None


def infinitive_phrase(
    sentence: str, verb: Token, lemma: str, mark: str
) -> tuple[int, int, str] | None:
    """The order at ``verb`` as its infinitive phrase: « Ne consommez pas » → « ne pas
    consommer », « rapportez-les » → « les rapporter », as (start, end, phrase); ``mark``
    the text's apostrophe (« l'apporter »)."""
    start, end = verb.idx, verb.idx + len(verb_part(verb.text))
    clitics: list[str] = []
    hyphened = _HYPHENED.match(sentence, end)
    if hyphened is not None:
        clitics += [c.lower() for c in hyphened.group().split("-") if c]
        end = hyphened.end()
    negation = ""
    ne = _NE.search(sentence[:start])
    if ne is not None:
        after = _NEGATION.match(sentence, end)
        if after is None:
            return None  # « ne » with no « pas »: not read with confidence
        negation = f"ne {after.group(1).lower()} "
        before = regex.findall(r"[^\s'’]+['’]?", ne.group(1))
        clitics = [c.rstrip("'’").lower() for c in before] + clitics
        start, end = ne.start(), after.end()
    words = []
    for clitic in clitics:
        # « -vous » after a « vous » order is its reflexive: « méfiez-vous » → « se méfier ».
        clitic = {"l": "le", "m": "me", "moi": "me", "vous": "se"}.get(clitic, clitic)
        if clitic not in _CLITIC_RANK:
            return None
        words.append(clitic)
    words.sort(key=_CLITIC_RANK.__getitem__)
    if len({_CLITIC_RANK[w] for w in words}) != len(words):
        return None
    if words and starts_with_h(lemma):
        return None  # « l'héberger » or « le hisser »: the h decides
    phrase = lemma
    for word in reversed(words):
        if word in _ELIDED and starts_with_vowel(phrase):
            phrase = f"{_ELIDED[word]}{mark}{phrase}"
        else:
            phrase = f"{word} {phrase}"
    return start, end, negation + phrase
