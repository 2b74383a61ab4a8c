"""Where a long sentence can be cut at a colon that introduces a list of noun phrases:
"Samedi dernier, notre soirée a été un vrai fiasco : attente d'une heure au bar, plats
arrivés froids et une sono bien trop forte." → "… un vrai fiasco. Attente d'une heure au
bar, plats arrivés froids et une sono bien trop forte."

The second sentence has no verb: a social post writes it so (a chatty or a LinkedIn voice
lists what it means in a sentence of its own), a press note does not, which is why the
transform that makes the cut is for those voices only. The cut is made only where both
halves read as such:

- the words before the colon hold a clause of their own: a conjugated verb with its subject
  there, not subordinate ("Heads up if you dined with us" has none; nor has a label, "Au
  programme", "A few highlights"), or an order (« Samedi, venez goûter l'huile nouvelle :
  dégustation sur pain grillé, visite du moulin et soupe au pistou. »);
- the words after it are a list: two items or more, parted by commas or "et" / "and" /
  "ou" / "or" outside brackets, the first opening on a determiner, a noun, an adjective or
  a number, none on a question word ("what to sow, which natives cope" are questions to
  come), and no conjugated verb among them but in a relative clause
  ("une cuisine qui envoie par tables complètes"): "les commandes partiront lundi, les colis
  arriveront mardi" are clauses, which split-colon cuts where it may;
- the list opens on a letter (a sentence opening on a digit reads as a slip);
- the colon is the sentence's only one, outside brackets and quotes, not in a time or a link.

Parses of lists are the small models' weak point (an item read as a verb, a conjunct hung on
the wrong noun), so the list is read from its separators and its first word, and the parse
is asked only what a word is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.wording.splitting import opens_with_order
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

# A colon that introduces (a space after it), with French's space before it.
COLON = regex.compile(r"[ \t\u00a0\u202f]*:(?=[ \t\u00a0\u202f])")
# What parts the items of a list (outside brackets).
_SEPARATORS = {"en": frozenset({",", "and", "or", "&"}), "fr": frozenset({",", "et", "ou", "&"})}
# The parts of speech an item of a list of noun phrases opens on.
ITEM_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
# Links of a conjugated verb inside a noun phrase: a relative clause.
RELATIVE = frozenset({"relcl", "acl:relcl", "acl"})
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”"}
# Words that open a question to come ("what to sow", « comment arroser »), not a noun.
_QUESTION_WORDS = frozenset(
    {"what", "which", "how", "who", "when", "where", "why", "whether"}
    | {"quoi", "quel", "quelle", "quels", "quelles", "comment", "quand", "où", "pourquoi", "qui"}
)
MIN_WORDS = 4  # the clause before the colon: shorter reads as a label ("Au menu")


@dataclass(frozen=True, slots=True)
class ListCut:
    """Replace ``text[start:end]`` (the colon, its spaces, the list's first letter) by
    ``replacement`` (". " and that letter capitalised)."""

    start: int
    end: int
    replacement: str


def list_colon_cut(tokens: list[Token], text: str, start: int, end: int) -> ListCut | None:
    """The cut of the sentence ``text[start:end]`` (whose parsed ``tokens`` are given) at
    a colon that introduces a list of noun phrases; None when there is no such colon or
    the sentence must stay whole (see the module docstring)."""
    colons = list(COLON.finditer(text, start, end))
    if len(colons) != 1:
        return None
    colon = colons[0]
    if open_marks(text[start : colon.start()]):
        return None
    right_start = colon.end()
    while right_start < end and text[right_start].isspace():
        right_start += 1
    left = [t for t in tokens if t.idx < colon.start() and not t.is_space]
    right = [t for t in tokens if t.idx >= right_start and not t.is_space]
    if len([t for t in left if t.is_alpha]) < MIN_WORDS or not right:
        return None
    if not right[0].text[:1].isalpha() or not (main_clause(left) or _order(left)):
        return None
    lang = right[0].lang_
    items = _items(right, _SEPARATORS.get(lang, frozenset()))
    if len(items) < 2 or not opens_noun_phrase(items[0]):
        return None
    if any(_clause_like(item) for item in items):
        return None
    first = text[right_start]
    if first.isupper():
        return ListCut(colon.start(), right_start, ". ")
    return ListCut(colon.start(), right_start + 1, ". " + first.upper())


def _order(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are an order, a clause of its own with the reader for its unwritten
    subject (« Samedi, de 10 h à 17 h, venez goûter l'huile nouvelle », "Come and taste
    our new oil")."""
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    return bool(verbs) and opens_with_order(verbs[0], tokens)


def main_clause(tokens: list[Token]) -> bool:
    """Whether ``tokens`` hold a main clause: a conjugated verb with its subject among them,
    introduced by no subordinator ("if", « si »), in no relative clause."""
    ids = {t.i for t in tokens}
    for token in tokens:
        if not finite(token) or token.dep_ in RELATIVE:
            continue
        children = list(token.children)
        if any(c.dep_ == "mark" for c in children):
            continue
        if any(c.dep_.startswith(("nsubj", "expl")) and c.i in ids for c in children):
            return True
    return False


def _items(tokens: list[Token], separators: frozenset[str]) -> list[list[Token]]:
    """``tokens`` parted at the list's separators outside brackets; the stop that ends the
    sentence (and an emoji after it) left out."""
    items: list[list[Token]] = [[]]
    depth: list[str] = []
    for token in tokens:
        word = token.lower_
        if depth and word == depth[-1]:
            depth.pop()
        elif word in _BRACKETS:
            depth.append(_BRACKETS[word])
        elif not depth and word in separators:
            items.append([])
            continue
        items[-1].append(token)
    items = [[t for t in item if not (t.is_punct and t.text in ".!?…")] for item in items]
    return [item for item in items if item]


def opens_noun_phrase(item: list[Token]) -> bool:
    """Whether ``item``, the list's first, opens as a noun phrase (the word the new sentence
    opens on). A French infinitive the model reads for a noun ("cidre") is let through."""
    opener = item[0]
    french_noun = opener.lang_ == "fr" and "Inf" in opener.morph.get("VerbForm", [])
    return opener.pos_ in ITEM_OPENERS or french_noun


def _clause_like(item: list[Token]) -> bool:
    """Whether ``item`` is a question to come or a clause rather than a noun phrase: it
    opens on a question word, or conjugates a verb outside a relative clause. The other
    items' first words are not asked for more: the small models misread a list's words
    ("maple" as a verb, « vinyles » as a pronoun)."""
    if item[0].lower_ in _QUESTION_WORDS:
        return True
    return any(finite(t) and t.dep_ not in RELATIVE for t in item)


def finite(token: Token) -> bool:
    """Whether ``token`` is the predicate of a conjugated clause: a conjugated verb, or a
    word with a conjugated auxiliary or copula ("a été un vrai fiasco", "We're chuffed",
    "was a mess" read from "was")."""
    if token.pos_ in ("VERB", "AUX") and _conjugated(token):
        return True
    return any(c.dep_.startswith(("aux", "cop")) and _conjugated(c) for c in token.children)


def _conjugated(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm", []) or token.tag_ in ("VBZ", "VBP", "VBD", "MD")
