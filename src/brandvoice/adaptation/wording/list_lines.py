"""Where a long sentence of a post holds a list of three items or more, and how the post
sets it out, one item a line: "Our partners will cover salary versus dividend strategies,
the latest changes to the deduction, and the records you should gather." → "Our partners
will cover:\\n• salary versus dividend strategies\\n• the latest changes to the
deduction\\n• the records you should gather".

A community manager writes a list so on Facebook, Instagram and LinkedIn: the reader scans
the items instead of parsing a 30-word sentence. The list is read as in
:mod:`brandvoice.adaptation.wording.list_colon` (its separators outside brackets, the
parse asked only what a word is), and set out only where both parts read as such:

- the list runs to the sentence's end, three items or more, the last after "and" / "or" /
  « et » / « ou »; every item a noun phrase (opening on a determiner, a noun, an adjective
  or a number, no conjugated verb but in a relative clause), or every item a question to
  come ("what to sow each month, which natives cope…, and how much to water");
- what introduces it is a label before a colon ("A few highlights:", « Au programme : »),
  or a clause whose verb the list completes: the first item's head is a conjunct's head in
  the parse, and the words before it hold a verb ("Our partners will cover …"); a list of
  verbs ("You'll help…, learn… and get…") or of clauses stays a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.wording.list_colon import (
    COLON,
    ITEM_OPENERS,
    finite,
    opens_noun_phrase,
)
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_ITEMS = 3
# Words whose "and" joins the two ends of one range, not two items.
_RANGE_WORDS = frozenset({"between", "entre", "both"})
# How the verb of a clause of its own hangs in the parse (a modifier, "squash" in "roasted
# delicata squash salad" read as a verb, does not).
_CLAUSE_LINKS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "advcl", "appos", "dep"})
BULLET = "•"
_CONJUNCTIONS = {"en": frozenset({"and", "or"}), "fr": frozenset({"et", "ou"})}
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”", '"': '"'}
_QUESTION_WORDS = frozenset(
    {"what", "which", "how", "who", "when", "where", "why", "whether"}
    | {"quoi", "quel", "quelle", "quels", "quelles", "comment", "quand", "où", "pourquoi"}
)
# What ends the sentence: its stop, and emoji or spaces after it.
_END = regex.compile(
    r"[\s.!?…]*(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]+[\s]*)*$"
)


@dataclass(frozen=True, slots=True)
class ListLines:
    """``text[start:end]`` (from the end of the words that introduce the list to the end
    of the sentence's list) becomes ``replacement`` (a colon, then one item a line)."""

    start: int
    end: int
    replacement: str


def list_lines(tokens: list[Token], text: str, start: int, end: int, lang: str) -> ListLines | None:
    """The list of the sentence ``text[start:end]`` (its parsed ``tokens`` given) set out
    one item a line; None when it holds no such list (see the module docstring)."""
    if not tokens or lang not in _CONJUNCTIONS:
        return None
    tail = _END.search(text, start, end)
    list_end = tail.start() if tail is not None else end
    colons = list(COLON.finditer(text, start, list_end))
    words = [t for t in tokens if not t.is_space and t.idx < list_end]
    if len(colons) == 1 and not open_marks(text[start : colons[0].start()]):
        intro_end = colons[0].start()
        after = colons[0].end()
        listed = [t for t in words if t.idx >= after]
        if not any(t.is_alpha for t in tokens if t.idx < intro_end):
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.i == words[0].i for t in words[:1]):
            return None  # an order before the colon: split-colon-list's
    elif not colons:
        first = _first_item_start(words)
        if first is None:
            return None
        intro_end = first.idx
        listed = [t for t in words if t.idx >= intro_end]
    else:
        return None
    items = _items(listed, _CONJUNCTIONS[lang])
    if items is None or len(items) < MIN_ITEMS or not _alike(items):
        return None
    lines = [text[item[0].idx : item[-1].idx + len(item[-1])] for item in items]
    colon = "\u202f:" if lang == "fr" else ":"
    intro = text[start:intro_end].rstrip(" \u00a0\u202f,")
    replacement = colon + "".join(f"\n{BULLET} {line}" for line in lines)
    return ListLines(start + len(intro), list_end, replacement)


def _first_item_start(words: list[Token]) -> Token | None:
    """Where the list of the sentence's ``words`` starts when no colon introduces it: after
    the verb it completes, the pronouns, prepositions and adverbs that go with the verb
    ("walks you through …") left in the introduction; None when the sentence's first
    piece (before its first comma) has no verb, or its words before the verb are fewer
    than a subject's one."""
    first_piece: list[Token] = []
    for token in words:
        if token.text == ",":
            break
        first_piece.append(token)
    # The clause's verb: its first full verb ("will cover", "covers what to sow"), else
    # its copula ("is").
    verbs = [t for t in first_piece if t.pos_ == "VERB"] or [
        t for t in first_piece if t.pos_ == "AUX"
    ]
    if not verbs or verbs[0].i == words[0].i:
        return None  # an order ("Grab bread, cheese and coffee") or no verb: no introduction
    after = verbs[0].i + 1
    for token in first_piece:
        if token.i < after:
            continue
        if token.lower_ in _QUESTION_WORDS or token.pos_ in ITEM_OPENERS or token.tag_ == "PRP$":
            return token  # "our work on…": a possessive opens the noun phrase
        if token.pos_ not in ("PRON", "ADP", "PART", "ADV"):
            return None
    return None


def _items(tokens: list[Token], conjunctions: frozenset[str]) -> list[list[Token]] | None:
    """``tokens`` parted at commas outside brackets and at the conjunction before the
    last item; None when no conjunction comes before the last item, or one parts two
    earlier items (a phrase like "salt and pepper" inside an item)."""
    pieces: list[list[Token]] = [[]]
    depth: list[str] = []
    for token in tokens:
        word = token.lower_
        if depth and word == depth[-1]:
            depth.pop()
        elif word in _BRACKETS and not (word == '"' and depth):
            depth.append(_BRACKETS[word])
        elif not depth and word == ",":
            pieces.append([])
            continue
        pieces[-1].append(token)
    last = pieces[-1]
    if last and last[0].lower_ in conjunctions:
        pieces[-1] = last[1:]  # ", and C", « , et C »
    else:
        # "B and C": the last piece's last conjunction outside brackets parts them.
        joints = [
            i for i, t in enumerate(last) if t.lower_ in conjunctions and not _inside(last, i)
        ]
        if not joints or any(t.lower_ in _RANGE_WORDS for t in last[: joints[-1]]):
            return None  # "between 1 December and 20 February" is one item
        pieces[-1:] = [last[: joints[-1]], last[joints[-1] + 1 :]]
    if any(not piece for piece in pieces):
        return None
    return pieces


def _inside(tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is inside brackets or quotes opened before it."""
    depth: list[str] = []
    for token in tokens[:index]:
        if depth and token.text == depth[-1]:
            depth.pop()
        elif token.text in _BRACKETS:
            depth.append(_BRACKETS[token.text])
    return bool(depth)


def _alike(items: list[list[Token]]) -> bool:
    """Whether every item is a noun phrase (the first opening on a determiner, a noun, an
    adjective or a number: the small models misread the others' first words), or every
    item a question to come; and whether the list is the sentence's own, not the object
    of a preposition inside its first item (« notre impact sur nos salariés, nos clients
    et la société »: only the first item holds a preposition, the others are its objects)."""
    if all(item[0].lower_ in _QUESTION_WORDS for item in items):
        return True
    opener = items[0][0]
    # "braised short rib": a participle before its noun opens a noun phrase.
    participle = opener.tag_ == "VBN" and len(items[0]) > 1 and items[0][1].pos_ in ("ADJ", "NOUN")
    possessive = opener.tag_ == "PRP$"  # "our work on…"
    if not (opens_noun_phrase(items[0]) or participle or possessive):
        return False
    if any(item[0].tag_ in ("VB", "VBG") for item in items):
        return False  # "learn copywriting": a list of what someone does, not of things
    if any(_participle_phrase(item) for item in items[1:]):
        return False  # "…, sold between…": an apposition to the first, no item
    if any(_verb_phrase(item) for item in items[1:]):
        return False  # "fixed 4,812 bikes, sold 390 and kept…": what was done, no things
    if any(item[0].pos_ == "ADP" for item in items[1:]):
        return False  # "…, with evening appointments": a phrase of the one before
    if any(t.tag_ == "VB" and t.dep_ in ("conj", "ROOT") for item in items for t in item):
        return False  # "December 24 and stay closed": a verb's conjunct, no list
    if any(_WEEKDAY.search(_text(item)) for item in items[:-1]):
        return False  # "Thursday, December 24": a date's comma, no list
    if any(_conjugates(t) for item in items for t in item):
        return False
    with_preposition = [any(t.pos_ == "ADP" for t in item[1:]) for item in items]
    return not (with_preposition[0] and not any(with_preposition[1:]))


def _conjugates(token: Token) -> bool:
    """Whether ``token`` conjugates the verb of a clause of its own, its subject with it
    ("les colis arriveront mardi"): not in a relative clause ("the records you should
    gather"), nor the auxiliary of one; a participle the model reads for a verb
    (« horaires variables ») has no subject."""
    if token.dep_ not in _CLAUSE_LINKS:
        return False  # an auxiliary, a relative clause, a word read as a verb in a noun phrase
    has_subject = any(c.dep_.startswith(("nsubj", "expl")) for c in token.children)
    return finite(token) and has_subject


def _participle_phrase(item: list[Token]) -> bool:
    """Whether ``item`` opens on a participle that is no adjective of a noun after it
    ("sold between…", « vendus entre… »)."""
    opener = item[0]
    participle = opener.tag_ == "VBN" or "Part" in opener.morph.get("VerbForm", [])
    return participle and (len(item) == 1 or item[1].pos_ not in ("ADJ", "NOUN"))


def _verb_phrase(item: list[Token]) -> bool:
    """Whether ``item`` opens on a conjugated verb ("sold 390 refurbished ones")."""
    opener = item[0]
    return opener.tag_ in ("VBD", "VBZ", "VBP") or (
        opener.lang_ == "fr" and "Fin" in opener.morph.get("VerbForm", [])
    )


def _text(item: list[Token]) -> str:
    return " ".join(t.text for t in item)


# An item that ends on a weekday: the comma after it is a date's ("Thursday, December 24").
_WEEKDAY = regex.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?$",
    regex.I,
)
