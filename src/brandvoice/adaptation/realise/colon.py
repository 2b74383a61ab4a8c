"""Where a long sentence of a casual post can be cut at its colon: "We're teaming up with
Lincoln Middle School this spring: our mechanics will run a weekly club." → "We're teaming
up with Lincoln Middle School this spring. Our mechanics will run a weekly club."

A colon also introduces lists ("Au programme : A, B et C"), labels ("Exercice 2025 :
chiffre d'affaires de 2,4 M€") and questions to come ("what to sow, which natives cope"):
cut there, the second half is a fragment. So the cut is made only where the parse reads
two sentences joined by the colon:

- the words before it are a clause whose main word is a conjugated verb with its own
  subject ("We're teaming up with…"; not "Un petit mot pour ceux qui attendent", whose
  main word is a noun, nor "Heads up if you dined with us");
- in the post's first sentence (its hook), those words say one of the message's facts:
  "We're chuffed to bits: The Fox & Lantern…" keeps its colon, or the hook would give no
  news;
- the words after it are one too, hanging on nothing before the colon but by that one
  link, and open on a word that may take a capital (not a number, not "iPhone"); or they
  are an order that opens on its verb ("Phone refills are working as normal: call us at…"
  → "… as normal. Call us at…"), a sentence of its own without a written subject;
- the colon is the sentence's only one, outside brackets and quotes, not in a time or a
  link ("10:30", "https://").

The new stop is "." and the next word takes a capital when it has none. A sentence after the
colon that opens on a number counting its subject opens on "In all," / « Au total, » instead
("…our February row-a-thon: 212 members rowed 3,874 km" → "…our February row-a-thon. In
all, 212 members rowed 3,874 km"); an English list of questions to come about the thing the
clause has just made opens on "It covers" ("We've put together a free planting calendar:
what to sow, which natives cope…" → "… calendar. It covers what to sow, which natives
cope…").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.transform import parse

# The same test as a cut at a conjunction: a word that may open a sentence.
from brandvoice.adaptation.wording.splitting import _capitalisable, opens_with_order
from brandvoice.lang import base_language
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A colon that introduces (a space or the end after it), with French's space before it.
_COLON = regex.compile(r"[\s\u00a0\u202f]*:(?=[\s\u00a0])")
_SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]*")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# Questions to come after a colon ("what to sow each month, which natives cope…"): the
# words that open them, at the start of the words after the colon or after a comma / "and".
_QUESTION = regex.compile(
    r"(?:^|,\s*(?:and\s+)?|\sand\s+)(?:what|which|how|when|where|why|whether)\b",
    regex.IGNORECASE,
)
# The words before a thing just made or given ("a free planting calendar", "our guide").
_MADE = frozenset({"a", "an", "our"})
# What a sentence that would open on a count of its subject opens on instead.
_COUNT_LEADS = {"en": "In all, ", "fr": "Au total, "}
MIN_WORDS = 4  # each half keeps at least this many words: no fragment


@dataclass(frozen=True, slots=True)
class ColonCut:
    """Replace ``text[start:end]`` (the colon, its spaces and the next word's first letter)
    by ``replacement``."""

    start: int
    end: int
    replacement: str


def colon_cuts(text: str, lang: str, longer_than: int, facts: Sequence[str] = ()) -> list[ColonCut]:
    """The colons of ``text``'s sentences of more than ``longer_than`` words where the
    sentence may be cut in two (see the module docstring). The first sentence is the
    post's hook: it is cut only when the words before its colon say one of ``facts`` (the
    message's what, who, when, where...), so that the hook still gives the news: "We're
    chuffed to bits: The Fox & Lantern has been named Pub of the Year!" keeps its colon."""
    language = base_language(lang)
    doc: Doc | None = None
    cuts: list[ColonCut] = []
    for sentence in _SENTENCE.finditer(text):
        colons = list(_COLON.finditer(text, sentence.start(), sentence.end()))
        if len(colons) != 1 or len(_WORD.findall(sentence.group())) <= longer_than:
            continue
        colon = colons[0]
        left = text[sentence.start() : colon.start()]
        if not text[: sentence.start()].strip() and not any(f in left for f in facts):
            continue
        right_start = colon.end() + len(text[colon.end() :]) - len(text[colon.end() :].lstrip())
        right = text[right_start : sentence.end()]
        if len(_WORD.findall(left)) < MIN_WORDS or len(_WORD.findall(right)) < MIN_WORDS:
            continue
        if open_marks(text[: colon.start()]) or open_marks(left):
            continue
        if _QUESTION.match(right):
            lead = _questions_lead(left, right, language)
            if lead is not None:
                cuts.append(ColonCut(colon.start(), right_start, ". " + lead))
            continue
        if right[:1].isdigit():
            lead = _count_lead(left, right, language)
            if lead is not None:
                cuts.append(ColonCut(colon.start(), right_start, ". " + lead))
            continue
        doc = doc if doc is not None else parse(language, text)
        if not _two_clauses(doc, sentence.start(), colon.start(), right_start, sentence.end()):
            continue
        first = text[right_start]
        if first.isupper():
            cuts.append(ColonCut(colon.start(), right_start, ". "))
        else:
            cuts.append(ColonCut(colon.start(), right_start + 1, ". " + first.upper()))
    return cuts


def _questions_lead(left: str, right: str, lang: str) -> str | None:
    """What opens the sentence after the colon when it is a list of questions to come about
    the thing the clause before it has just made ("We've put together a free planting
    calendar: what to sow, which natives cope, and how much to water" → "… calendar. It
    covers what to sow…"): "It covers" / "They cover" by the thing's number. English only;
    None when the words after the colon are not two questions or more, or the clause before
    it does not end on its object, a thing with "a" or "our" before it."""
    if lang != "en" or len(_QUESTION.findall(right)) < 2:
        return None
    tokens = [t for t in parse(lang, left.strip()) if not t.is_space]
    if not tokens or not _clause(tokens):
        return None
    # The object of the main clause, or of the last of two ("Autumn is the time to plant,
    # and we've put together a calendar": split-sentences cuts at "and" later).
    objects = [t for t in tokens if t.dep_ == "dobj" and t.head.dep_ in ("ROOT", "conj")]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return None
    thing = objects[0]
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _MADE for c in thing.children):
        return None
    if any(not thing.is_ancestor(t) for t in tokens if t.i > thing.i):
        return None  # the clause goes on after its object: "It" would be unclear
    return "They cover " if "Plur" in thing.morph.get("Number", []) else "It covers "


def _count_lead(left: str, right: str, lang: str) -> str | None:
    """What opens the sentence after the colon when it opens on a number that counts its
    subject ("212 members rowed…" → "In all, 212 members rowed…": a sentence does not open on
    a digit); None when the number is no such count or the words before the colon are no
    clause. Each half is parsed alone: the parser reads a digit after a colon as the end of
    the first clause ("…from our row-a-thon: 212 members")."""
    lead = _COUNT_LEADS.get(lang)
    if lead is None or lead.lower().rstrip(", ") in right.lower():
        return None
    if not _clause([t for t in parse(lang, left.strip()) if not t.is_space and t.text != "."]):
        return None
    tokens = [t for t in parse(lang, right) if not t.is_space]
    number, noun = tokens[0], tokens[0].head
    if number.dep_ != "nummod" or noun.pos_ != "NOUN" or not noun.dep_.startswith("nsubj"):
        return None
    if "Plur" not in noun.morph.get("Number", []) or not _clause(tokens):
        return None
    return lead


def _two_clauses(doc: Doc, start: int, colon: int, right_start: int, end: int) -> bool:
    left = [t for t in doc if start <= t.idx < colon and not t.is_space]
    right = [t for t in doc if right_start <= t.idx < end and not t.is_space]
    if not left or not right or not _capitalisable(right[0]):
        return False
    return _clause(left) and (_clause(right, joined=True) or _order(right))


def _clause(tokens: list[Token], *, joined: bool = False) -> bool:
    """Whether ``tokens`` are one clause headed by a conjugated verb with its own subject
    among them; ``joined``: the half after the colon, whose head may hang on the half
    before (the one link the cut undoes)."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if (t.head.i not in ids or t.head.i == t.i) and t.dep_ != "punct"]
    if len(heads) != 1:
        return False
    head = heads[0]
    if not joined and head.head.i != head.i and head.head.i in ids:
        return False
    return _finite(head) and any(
        child.dep_.startswith(("nsubj", "expl")) and child.i in ids for child in head.children
    )


def _order(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are an order opening on its verb ("call us at…", « appelez-nous
    au… »): the imperative heads them all."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if (t.head.i not in ids or t.head.i == t.i) and t.dep_ != "punct"]
    return len(heads) == 1 and heads[0].i == tokens[0].i and opens_with_order(heads[0], tokens)


def _finite(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        # "We're chuffed": English parses the participle as the head, its "'re" as a child.
        return token.pos_ == "ADJ" and any(c.dep_ in ("cop", "aux") for c in token.children)
    if "Fin" in token.morph.get("VerbForm", []):
        return True
    if token.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    # A participle with its auxiliary ("has been named", « a été détectée »).
    return any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", []) for c in token.children
    )
