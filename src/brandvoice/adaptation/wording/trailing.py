"""Where a long sentence can be cut before what it adds at its end after a comma, which
becomes a sentence of its own:

- a relative clause that describes (after a comma, so not one that picks out): "…and to Tom
  behind the bar, who's been pulling pints here since 1998." → "…behind the bar. Tom's been
  pulling pints here since 1998."; "…our new oven, which bakes 200 loaves an hour." → "…our
  new oven. It bakes 200 loaves an hour."; « …notre nouveau four, qui cuit 200 pains à
  l'heure. » → « …notre nouveau four. Il cuit 200 pains à l'heure. »;
- an English "with" + a noun phrase with no verb: "…a 40 km loop through the Cotswolds,
  with a coffee stop in Bourton." → "…through the Cotswolds. There's a coffee stop in
  Bourton."

The relative pronoun must be the clause's subject (its verb already agrees with the word it
stands for, which the new subject says again). "who" is said of a person, the last name
before the comma (the parser often hangs the clause on the nearest noun, "the bar"): it
becomes that name, "They" after two names joined by "and" ("Dan and Priya, who've…"), or
"He" / "She" when the name is the only person the master names and its pronouns for a
person are all of one gender; no cut when the verb's number does not fit. "which" becomes
"It" or "They" by the number its verb agrees with (else that of the noun before the comma);
« qui » becomes « Il », « Elle », « Ils » or « Elles » by the gender and number spaCy reads
on the head of the noun phrase before the comma (« une machine à pain » → « Elle »), when
the verb agrees with it (a name keeps its name: its gender is not in the parse).

A place's distance after a comma becomes « C'est » / "It's" + the distance (« …torréfiés
par la Brûlerie des Alpilles, à 15 km de la boutique. » → « …des Alpilles. C'est à 15 km de
la boutique. »), whatever the place's gender.

In the post's first sentence, a relative clause after words with no clause of their own
stays: it says the news ("Massive congrats to Mia, who took home Apprentice of the Year!").
A "with" phrase that holds a figure says a result, not a thing there is ("certified, with a
score of 96.4"), and stays too. Elsewhere, only when the clause or phrase runs to the
sentence's end with no other clause after it (the words before the comma are then the
sentence as it was, less its end), each side holds at least :data:`MIN_WORDS` words, and
nothing is inside brackets or quotes: when unsure, no cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.adaptation.transform import parse
from brandvoice.adaptation.wording.list_colon import RELATIVE, finite, main_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4  # each side: shorter reads as a fragment
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_FRENCH_PRONOUNS = {
    ("Masc", "Sing"): "Il",
    ("Fem", "Sing"): "Elle",
    ("Masc", "Plur"): "Ils",
    ("Fem", "Plur"): "Elles",
}
# What measures how far a place is, in a phrase that says only that.
_DISTANCES = frozenset(
    {"km", "kilomètres", "kilometres", "kilometers", "m", "mètres", "metres", "meters"}
    | {"miles", "mile", "minutes", "min", "minute"}
)
# The master's own pronouns for one person, read to write "He" / "She" for "who".
# The words that join a noun to its complement inside a noun phrase, read backwards.
_LINKS = {
    "fr": frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "en"}),
    "en": frozenset({"of"}),
}
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TrailingCut:
    """Replace ``text[start:end]`` (the comma, its space and the relative pronoun or
    "with") by ``replacement`` (". " and the new subject)."""

    start: int
    end: int
    replacement: str


def trailing_cut(
    tokens: list[Token], text: str, master: str = "", *, hook: bool = False
) -> TrailingCut | None:
    """The cut of the sentence made of ``tokens`` before a describing relative clause or a
    "with" phrase at its end (see the module docstring); ``master``: the message as written,
    whose pronouns say a person's gender; ``hook``: the sentence opens the post, where a
    relative clause after words with no verb of their own says the news ("Congrats to Mia,
    who took home Apprentice of the Year!") and stays with them. None when there is no such
    cut."""
    depth: list[str] = []
    for position, token in enumerate(tokens):
        if depth and token.text == depth[-1]:
            depth.pop()
        elif token.text in _BRACKETS or token.text == '"':
            depth.append(_BRACKETS.get(token.text, '"'))
        if depth or position < 1 or tokens[position - 1].text != ",":
            continue
        left, right = tokens[: position - 1], tokens[position:]
        if _words(left) < MIN_WORDS or _words(right) < MIN_WORDS:
            continue
        subject = None
        if not hook or main_clause(left):
            subject = _relative_subject(token, left, right, master)
        if subject is None:
            subject = _with_subject(token, right)
        if subject is None and _distance(right) and _noun_phrase_head(left) is not None:
            # « la Brûlerie des Alpilles, à 15 km de la boutique » → « … C'est à 15 km… »
            comma = tokens[position - 1]
            lead = "C'est " if token.lang_ == "fr" else "It's "
            return TrailingCut(comma.idx, token.idx, ". " + lead)
        if subject is None:
            continue
        comma = tokens[position - 1]
        return TrailingCut(comma.idx, token.idx + len(token.text), ". " + subject)
    return None


def _words(tokens: list[Token]) -> int:
    return len([t for t in tokens if not t.is_punct and not t.is_space and t.text.strip()])


def _relative_subject(
    pronoun: Token, left: list[Token], right: list[Token], master: str
) -> str | None:
    """The subject that stands for the relative pronoun ``pronoun`` opening ``right``; None
    when ``right`` is no describing relative clause whose subject it is."""
    word = pronoun.lower_
    lang = pronoun.lang_
    if (lang, word) not in (("en", "who"), ("en", "which"), ("fr", "qui")):
        return None
    if not pronoun.dep_.startswith("nsubj"):
        return None  # "which we bake": the pronoun is no subject
    verb = pronoun.head
    if verb.dep_ not in RELATIVE or verb not in right:
        return None
    if _other_clause(right, verb):
        return None
    if word == "who":
        return _person(left, verb, master)
    noun = _noun_phrase_head(left)
    if noun is None:
        return None
    if lang == "en":
        number = _english_number(verb) or _number(noun)
        return {"Sing": "It", "Plur": "They"}.get(number or "")
    if noun.pos_ == "PROPN":
        return _name(noun, left)
    gender = noun.morph.get("Gender", [])
    number = _number(noun)
    if len(gender) != 1 or number is None or number not in verb.morph.get("Number", [number]):
        return None  # a gender unread, or a verb that agrees with another noun
    return _FRENCH_PRONOUNS.get((gender[0], number))


def _noun_phrase_head(left: list[Token]) -> Token | None:
    """The noun a relative clause after ``left`` stands for: the head of the noun phrase that
    ends ``left``, read backwards over its adjectives, determiners and complements ("une
    nouvelle machine à pain" → "machine", "the bottle of olive oil" → "bottle"); the parser
    hangs the clause on any noun near the comma, or on the verb. None when ``left`` does not
    end on a noun."""
    if not left or left[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    links = _LINKS.get(left[-1].lang_, frozenset())
    head: Token | None = None
    opened = False  # a determiner read: only a complement's link may come before it
    for token in reversed(left):
        if opened and token.lower_ not in links:
            break
        opened = False
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        elif token.pos_ in ("DET", "NUM") or "Yes" in token.morph.get("Poss", []):
            opened = True
        elif token.pos_ == "ADJ" or token.lower_ in links:
            continue
        else:
            break
    return head


def _number(token: Token) -> str | None:
    number = token.morph.get("Number", [])
    return number[0] if len(number) == 1 else None


def _english_number(verb: Token) -> str | None:
    """The number an English verb (or its first auxiliary) agrees with: "bakes", "was",
    "has" singular, "bake", "were", "have" plural; None when its form does not say ("baked",
    "will bake")."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    word = auxiliaries[0] if auxiliaries else verb
    lower = word.lower_
    if word.tag_ == "VBZ" or lower in ("was", "'s", "’s"):
        return "Sing"
    if word.tag_ == "VBP" or lower in ("were", "'re", "’re"):
        return "Plur"
    return None


def _other_clause(right: list[Token], verb: Token) -> bool:
    """Whether ``right`` holds a clause that is not under the relative one (a second main
    clause after it)."""
    return any(
        finite(t) and t.i != verb.i and not verb.is_ancestor(t) for t in right if t.dep_ != "aux"
    )


def _person(left: list[Token], verb: Token, master: str) -> str | None:
    """The person "who" stands for: the last name before the comma ("They" for two names
    joined by "and"), or "He" / "She" when that name is the only person the master names and
    its pronouns for a person are all of one gender; None when the relative verb's number
    does not match ("Dan and Priya, who've…" is plural, "Tom, who's…" singular)."""
    names = [t for t in left if t.pos_ == "PROPN"]
    if not names:
        return None
    last = names[-1]
    # "behind the bar" may come between the name and the comma; anything heavier may not.
    if any(finite(t) for t in left if t.i > last.i):
        return None
    number = _english_number(verb)
    first = _name_start(last, left)
    joined = first.i > 0 and first.doc[first.i - 1].lower_ in ("and", "&")
    if joined:
        return "They" if number in (None, "Plur") else None
    if number == "Plur":
        return None
    name = _name(last, left)
    he, she = bool(_HE.search(master)), bool(_SHE.search(master))
    if he != she and _only_person(name, master):
        return "He" if he else "She"
    return name


def _only_person(name: str, master: str) -> bool:
    """Whether ``name`` is the one person spaCy finds in ``master``: its pronouns for a
    person may then be read as that person's."""
    people = {e.text for e in parse("en", master).ents if e.label_ == "PERSON"}
    return people == {name}


def _name_start(last: Token, left: list[Token]) -> Token:
    """The first word of the name ending on ``last`` ("Tom" of "Tom Baker")."""
    first = last
    for token in reversed([t for t in left if t.i < last.i]):
        if token.pos_ != "PROPN" or token.whitespace_ != " ":
            break
        first = token
    return first


def _name(last: Token, left: list[Token]) -> str:
    """The whole name ending on ``last`` ("Tom Baker"), as written."""
    first = _name_start(last, left)
    return last.doc.text[first.idx : last.idx + len(last.text)]


def _distance(right: list[Token]) -> bool:
    """Whether ``right`` says only how far a place is: « à 15 km de la boutique », "15 km
    from the shop", "10 minutes away"."""
    words = [t for t in right if not t.is_punct and not t.is_space]
    if words and words[0].lang_ == "fr" and words[0].lower_ == "à":
        words = words[1:]
    if len(words) < 3 or not words[0].like_num or words[1].lower_ not in _DISTANCES:
        return False
    if any(t.text in ",;" for t in right) or any(
        finite(t) and t.dep_ not in RELATIVE for t in words
    ):
        return False  # more after the distance: a clause of its own
    if words[0].lang_ == "fr":
        return words[2].lower_ in ("de", "d'", "d’", "du", "des")
    return words[2].lower_ in ("from", "away") and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _with_subject(word: Token, right: list[Token]) -> str | None:
    """The "There's" or "There are" for an English "with" + noun phrase with no verb ("with a
    coffee stop in Bourton"); None for anything else ("with the shop reopening Monday")."""
    if word.lang_ != "en" or word.lower_ != "with" or len(right) < 3:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in right):
        return None
    if any(t.like_num for t in right):
        return None  # a result, not a thing there is: "with a score of 96.4", "with 61 km"
    noun = next((t for t in right[1:] if t.head.i == word.i and t.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    determiners = [c for c in noun.children if c.dep_ == "det"]
    if determiners and determiners[0].lower_ in ("a", "an"):
        return "There's"
    if not determiners and "Plur" in noun.morph.get("Number", []):
        return "There are"
    return None
