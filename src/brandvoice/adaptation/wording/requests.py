"""Where a long sentence that asks two things of its reader can be cut between them:

- two orders joined by "and" / « et », the second with no subject: "Please stop using them
  and send the hoodie back to us…" → "Please stop using them. Send the hoodie back to us…"
  (« Rapportez le pot en boutique et demandez… » → « … en boutique. Demandez… »);
- a French request's two infinitives, each with its « de »: « Merci de retirer ce jouet des
  mains de vos enfants et de nous le ramener à la boutique » → « Merci de retirer ce jouet
  des mains de vos enfants. Merci aussi de nous le ramener à la boutique »; « on vous
  demande de ne pas consommer ces pots et de les rapporter… » → « … ces pots. On vous
  demande aussi de les rapporter… »; a noun subject is said again by its pronoun (« Les
  personnes qui détiennent ce produit sont priées de… » → « Elles sont aussi priées de… »).

The request is said again word for word with « aussi »: the second sentence asks what the
master asked, no more. Not where the first order has no object of its own (« de retirer et
de ramener ce jouet » shares it, "Come and taste…" is one order), under a negated request
(« on ne vous demande pas de… »: the cut would turn it into a request), inside brackets, or
with fewer than :data:`MIN_WORDS` words on a side. Each word is read from what the parser
says it is, not from its tree, which the small models get wrong on these sentences (an
infinitive hung on « Merci », a second one on the main verb).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# A subject said again as the second predicate of a coordination says it.
from brandvoice.adaptation.wording.coordination import (
    _FRENCH_PRONOUNS,
    _SUBJECT_PRONOUNS,
    CoordinationCut,
)
from brandvoice.adaptation.wording.splitting import (
    _capitalised,
    french_order_ending,
    imperative_form,
)
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4
_AND = {"en": "and", "fr": "et"}
_DE = frozenset({"de", "d'", "d’"})
# What may stand between « de » and its infinitive: a negation, the object pronouns.
_BEFORE_INFINITIVE = frozenset(
    {"ne", "n'", "n’", "pas", "plus", "jamais", "y", "en"}
    | {"le", "la", "les", "l'", "l’", "lui", "leur", "nous", "vous", "me", "m'", "m’"}
    | {"te", "t'", "t’", "se", "s'", "s’"}
)
# The words of a request that may stand between its subject and its verb (the reader as
# its object, an auxiliary of the passive « sont priées »).
_READERS = frozenset({"vous", "nous", "te", "t'", "t’", "lui", "leur"})
_NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "not", "n't", "never"})
# Verbs whose "and" only links them to the verb that follows: "Come and taste…" is one order.
_LINKING = frozenset({"come", "go", "try", "venez", "viens", "allez", "va"})


def request_cut(tokens: list[Token], text: str) -> CoordinationCut | None:
    """The cut of the sentence made of ``tokens`` between the two things it asks (see the
    module docstring); None when there is none or the sentence must stay whole."""
    tokens = [t for t in tokens if not t.is_space]  # French's narrow spaces are tokens
    if len(tokens) < 2 * MIN_WORDS:
        return None
    lang = tokens[0].lang_
    for position, token in enumerate(tokens):
        if token.lower_ != _AND.get(lang) or position + 2 >= len(tokens):
            continue
        if open_marks(text[tokens[0].idx : token.idx]):
            continue
        left, right = tokens[:position], tokens[position + 1 :]
        if _words(left) < MIN_WORDS or _words(right) < MIN_WORDS:
            continue
        cut = _second_infinitive(left, right, text) or _second_order(left, right, text)
        if cut is not None:
            return cut
    return None


def _words(tokens: list[Token]) -> int:
    return len([t for t in tokens if not t.is_punct and t.text.strip()])


def _second_order(left: list[Token], right: list[Token], text: str) -> CoordinationCut | None:
    """Two orders ("Please stop using them and send…" → "Please stop using them. Send…"),
    the second one's verb right after "and"."""
    words = [t for t in left if t.text[:1].isalnum()]
    first = words[1] if words[0].lower_ == "please" and len(words) > 1 else words[0]
    verb = right[0]
    if not (_order(first) and _order(verb)) or first.lower_ in _LINKING:
        return None
    if any(t.lower_ in _NEGATIONS for t in left):
        return None  # "don't eat it and bring it back": the cut would lose nothing, but the
        # small models read the second verb as the negation's too
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in left if t.i > first.i):
        return None  # "…retirer et ramener ce jouet": the object is the two orders'
    if any(t.dep_.startswith("nsubj") for t in verb.children):
        return None
    end = verb.idx + len(verb.text)
    return CoordinationCut(_end(left[-1]), end, ". " + _capitalised(verb.text))


def _order(verb: Token) -> bool:
    """Whether ``verb`` is an order with no subject nor auxiliary of its own."""
    if verb.lang_ == "fr" and french_order_ending(verb):
        # French's small model reads an order as a name or a preposition (« Débranchez »,
        # « rapportez-le »): its ending says what it is.
        return True
    if verb.pos_ != "VERB" or any(
        # An emoji before "Please" makes the parser read it as the subject.
        (c.dep_.startswith(("nsubj", "aux")) or c.dep_ == "expl") and c.lower_ != "please"
        for c in verb.children
    ):
        return False
    if verb.lang_ == "en":
        return imperative_form(verb)
    return "Imp" in verb.morph.get("Mood", []) or (
        "2" in verb.morph.get("Person", []) and "Fin" in verb.morph.get("VerbForm", [])
    )


def _second_infinitive(left: list[Token], right: list[Token], text: str) -> CoordinationCut | None:
    """« Merci de retirer X et de nous le ramener » → « Merci de retirer X. Merci aussi de
    nous le ramener »: « et de » + an infinitive, after a request's « de » + an infinitive."""
    if right[0].lower_ not in _DE or not _infinitive_after(right, 1):
        return None
    marks = [
        i for i in range(1, len(left)) if left[i].lower_ in _DE and _infinitive_after(left, i + 1)
    ]
    if not marks:
        return None
    mark = marks[-1]
    member = left[mark + 1 :]
    infinitive = next(t for t in member if t.lower_ not in _BEFORE_INFINITIVE)
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in member if t is not infinitive):
        return None  # « de retirer et de ramener ce jouet »: one object for both
    request = _request(left[:mark])
    if request is None:
        return None
    return CoordinationCut(_end(left[-1]), right[0].idx, f". {request} ")


def _infinitive_after(tokens: list[Token], start: int) -> bool:
    """Whether an infinitive follows ``tokens[start]`` once a negation and object pronouns
    are passed."""
    for token in tokens[start:]:
        if token.lower_ in _BEFORE_INFINITIVE:
            continue
        return "Inf" in token.morph.get("VerbForm", []) or (
            token.pos_ in ("VERB", "NOUN")
            and token.lower_.endswith(("er", "ir", "re"))
            and token.dep_ in ("xcomp", "acl", "conj", "ccomp", "advcl", "obl:arg")
        )
    return False


def _request(before: list[Token]) -> str | None:
    """The request that introduces the first infinitive, as the second sentence says it
    again with « aussi » (« Merci aussi », « On vous demande aussi », « Elles sont aussi
    priées »); None when it is no such request."""
    if not before:
        return None
    verb = before[-1]
    if verb.lower_ == "merci":
        return "Merci aussi" if len([t for t in before if t.is_alpha]) == 1 else None
    if verb.pos_ != "VERB" or not ("Fin" in verb.morph.get("VerbForm", []) or _passive(verb)):
        return None
    subjects = [t for t in before if t.dep_.startswith("nsubj") and t.head.i == verb.i]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    between = [t for t in before if t.i > max(d.i for d in subject.subtree) and t.i < verb.i]
    if any(t.lower_ not in _READERS and t.pos_ != "AUX" for t in between):
        return None  # a negation or an adverb the request would lose or repeat
    written = _subject(subject)
    if written is None:
        return None
    words = [t.text for t in between]
    finite = next((i for i, t in enumerate(between) if t.pos_ == "AUX"), None)
    if finite is None:
        return " ".join([written, *words, verb.text, "aussi"])
    words.insert(finite + 1, "aussi")
    return " ".join([written, *words, verb.text])


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _subject(subject: Token) -> str | None:
    """The subject as the second sentence opens on it: a pronoun as written, a noun by its
    pronoun (« Les personnes… » → « Elles »)."""
    if subject.lower_ in _SUBJECT_PRONOUNS["fr"]:
        return _capitalised(subject.lower_)
    if subject.pos_ != "NOUN":
        return None
    gender, number = subject.morph.get("Gender", []), subject.morph.get("Number", [])
    if len(gender) != 1 or len(number) != 1:
        return None
    return _FRENCH_PRONOUNS[(gender[0], number[0])]


def _end(token: Token) -> int:
    return token.idx + len(token.text)
