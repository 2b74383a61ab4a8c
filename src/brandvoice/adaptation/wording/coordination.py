"""Where a long sentence of a social post can be cut inside a coordination that
:mod:`brandvoice.adaptation.wording.splitting` leaves whole, because its second member has
no subject of its own; the cut writes what the second sentence needs:

- an order followed by a series of infinitives: « …, venez découvrir nos millésimes au
  caveau, visiter les chais et pique-niquer au milieu des vignes. » → « …venez découvrir nos
  millésimes au caveau. Vous pourrez aussi visiter les chais et pique-niquer au milieu des
  vignes. » ("Come and taste…, visit…" → "… You can also visit…"); « viens » takes « Tu
  pourras aussi »;
- a second predicate sharing the first one's subject (and auxiliary), after a comma and
  "and" / « et »: « En 2025, on a livré 18 400 paniers, soit +23 %, et reversé 412 000 € à
  nos producteurs. » → « … soit +23 %. On a aussi reversé 412 000 € à nos producteurs. »
  ("we delivered 18,400 boxes, up 23%, and paid…" → "… We also paid…"; "Jordan joins our
  salon…, and starts on Tuesday" → "… Jordan starts on Tuesday": "also" only for what was
  done); a French noun subject is said again by its pronoun (« la coopérative … a livré » →
  « Elle a aussi »), an English name as written;
- a second offer after « , et », a noun phrase and its price: « on vous offre le montage
  pour l'achat de 4 pneus, et le contrôle de la climatisation à 29 € au lieu de 49 €. » →
  « …de 4 pneus. On vous propose aussi le contrôle de la climatisation à 29 € au lieu de
  49 €. » (the offer word for word, as the reader and the checks look for it).

The parses of these sentences are the small models' weak point (an order read as a
participle, a second predicate hung on a percentage), so each is read from the words and
what the parser says each word is, not from its tree. Each side keeps at least
:data:`MIN_WORDS` words, the second member runs to the sentence's end with no conjugated verb
of its own, nothing is inside brackets, and no cut is made under a negation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.adaptation.wording.splitting import _capitalised

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_NEGATIONS = frozenset({"not", "n't", "never", "ne", "n'", "pas", "jamais", "no"})
# What opens the second sentence of an order's series, by the order's address.
_STILL_POSSIBLE = {"vous": "Vous pourrez aussi", "tu": "Tu pourras aussi", "en": "You can also"}
_ALSO = {"fr": "aussi", "en": "also"}
# English simple tenses a second predicate shares with the first ("joins…, and starts").
_SIMPLE = frozenset({"VBD", "VBZ", "VBP"})
_AND = {"fr": "et", "en": "and"}
_SUBJECT_PRONOUNS = {
    "fr": frozenset({"on", "nous", "je", "il", "elle", "ils", "elles", "vous", "tu"}),
    "en": frozenset({"we", "i", "they", "he", "she", "it", "you"}),
}
# « proposer » in the present, by the subject the new sentence opens on.
_PROPOSE = {
    "On": "propose",
    "Il": "propose",
    "Elle": "propose",
    "Je": "propose",
    "Nous": "proposons",
    "Vous": "proposez",
    "Tu": "proposes",
    "Ils": "proposent",
    "Elles": "proposent",
}
# The reader as the object of an offer (« on vous offre », « on t'offre »).
_READERS = frozenset({"vous", "te", "t'", "t’"})
_FRENCH_PRONOUNS = {
    ("Masc", "Sing"): "Il",
    ("Fem", "Sing"): "Elle",
    ("Masc", "Plur"): "Ils",
    ("Fem", "Plur"): "Elles",
}


@dataclass(frozen=True, slots=True)
class CoordinationCut:
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str


def coordination_cut(tokens: list[Token], text: str) -> CoordinationCut | None:
    """The cut of the sentence made of ``tokens`` inside a coordination (see the module
    docstring); None when there is none or the sentence must stay whole."""
    tokens = [t for t in tokens if not t.is_space]  # French's narrow spaces are tokens
    if len(tokens) < 2 * MIN_WORDS or any(t.lower_ in _NEGATIONS for t in tokens):
        return None
    lang = tokens[0].lang_
    depth: list[str] = []
    for position, token in enumerate(tokens):
        if depth and token.text == depth[-1]:
            depth.pop()
        elif token.text in _BRACKETS:
            depth.append(_BRACKETS[token.text])
        if depth or token.text != "," or position + 2 >= len(tokens):
            continue
        left, right = tokens[:position], tokens[position + 1 :]
        if _words(left) < MIN_WORDS or _words(right) < MIN_WORDS or _finite_in(right[2:]):
            continue
        cut = (
            _order_series(left, right, text, token)
            or _shared_subject(left, right, text, token, lang)
            or _second_offer(left, right, text, token, lang)
        )
        if cut is not None:
            return cut
    return None


def _words(tokens: list[Token]) -> int:
    return len([t for t in tokens if not t.is_punct and t.text.strip()])


def _finite(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm", []) or token.tag_ in ("VBZ", "VBP", "VBD", "MD")


def _finite_in(tokens: list[Token]) -> bool:
    """Whether ``tokens`` hold a clause: a conjugated verb, a subject or a relative pronoun
    (the small models read « attendaient » after « que nos producteurs » as a noun)."""
    return any(
        (_finite(t) and t.pos_ in ("VERB", "AUX"))
        or t.dep_.startswith("nsubj")
        or "Rel" in t.morph.get("PronType", [])
        for t in tokens
    )


def _infinitive(token: Token) -> bool:
    if token.lang_ == "en":
        return token.tag_ == "VB"
    return "Inf" in token.morph.get("VerbForm", []) or (
        token.pos_ == "VERB" and token.lower_.endswith(("er", "ir", "re"))
    )


def _order_series(
    left: list[Token], right: list[Token], text: str, comma: Token
) -> CoordinationCut | None:
    """« venez découvrir X, visiter Y et Z » → « venez découvrir X. Vous pourrez aussi
    visiter Y et Z »: the comma is followed by an infinitive, and the words before it hold an
    order followed by its first infinitive."""
    if not _infinitive(right[0]) or _finite(right[1]):
        return None
    address = _order_address(left)
    if address is None:
        return None
    return CoordinationCut(comma.idx, right[0].idx, ". " + _STILL_POSSIBLE[address] + " ")


def _order_address(left: list[Token]) -> str | None:
    """How the order of ``left`` addresses the reader ("vous", "tu"; "en" for English's
    "Come and…"), when it opens a series of infinitives; None when there is no such order."""
    for index, token in enumerate(left[:-1]):
        following = left[index + 1]
        if token.lang_ == "en":
            if token.lower_ != "come" or token.tag_ != "VB":
                continue
            if following.lower_ in ("and", "to") and index + 2 < len(left):
                following = left[index + 2]
            if following.tag_ == "VB":
                return "en"
            continue
        if not _infinitive(following) or following.pos_ != "VERB":
            continue
        word = token.lower_
        # The small model reads « venez » as a participle: the ending says the order.
        if word.endswith("ez") and token.pos_ in ("VERB", "AUX"):
            return "vous"
        if word == "viens":
            return "tu"
    return None


def _shared_subject(
    left: list[Token], right: list[Token], text: str, comma: Token, lang: str
) -> CoordinationCut | None:
    """ ", and paid" / « , et reversé »: a second predicate with no subject after "and", the
    first predicate's subject (and auxiliary) said again with "also" / « aussi »."""
    conjunction, verb = right[0], right[1]
    if conjunction.lower_ != _AND.get(lang) or len(right) < 3:
        return None
    first = _first_predicate(left, lang)
    if first is None:
        return None
    subject, auxiliary, predicate = first
    if auxiliary is None:
        # "we delivered…, and paid" (what was done: "also" adds it), "Jordan joins…, and
        # starts…" (what comes next: no "also"); French's simple tenses would need « aussi »
        # after the verb.
        if lang != "en" or predicate.tag_ not in _SIMPLE or verb.tag_ != predicate.tag_:
            return None
        written = f"{subject} {_ALSO[lang]} " if verb.tag_ == "VBD" else f"{subject} "
    else:
        # English tags "we've delivered…, and raised" either way: past or participle.
        second = _participle(verb) or (lang == "en" and verb.tag_ == "VBD")
        if not second or not _participle(predicate):
            return None
        gap = "" if auxiliary.text[:1] in "'’" else " "  # "We've", as it was written
        written = f"{subject}{gap}{auxiliary.text} {_ALSO[lang]} "
    if any(t.dep_.startswith("nsubj") for t in right[2:] if t.head.i == verb.i):
        return None
    return CoordinationCut(comma.idx, verb.idx, ". " + written)


def _participle(token: Token) -> bool:
    if token.lang_ == "en":
        return token.tag_ == "VBN"
    return "Part" in token.morph.get("VerbForm", []) and "Past" in token.morph.get("Tense", [])


def _first_predicate(
    left: list[Token], lang: str, *, clitics: bool = False
) -> tuple[str, Token | None, Token] | None:
    """The subject as the new sentence writes it, the auxiliary and the predicate of the
    first clause of ``left``: a subject, then an optional conjugated auxiliary right before
    the verb (``clitics``: the reader's pronouns may come between, « on vous offre »). None
    when ``left`` opens on none or holds more than one."""
    predicates = [
        t
        for t in left
        # An emoji the parser may read as anything, a verb too: only words.
        if t.pos_ == "VERB"
        and t.text[:1].isalpha()
        and (_finite(t) or _participle(t))
        # "lived-in colour", "a signed copy": a participle said of a noun is no predicate.
        and t.dep_ not in ("amod", "compound")
    ]
    if len(predicates) != 1:
        return None
    predicate = predicates[0]
    before = _previous(predicate)
    auxiliary = before if before is not None and before.pos_ == "AUX" and _finite(before) else None
    if auxiliary is None and not _finite(predicate):
        return None
    subjects = [t for t in left if t.dep_.startswith("nsubj") and t.i < predicate.i]
    if len(subjects) > 1:
        # « la coopérative Les Paniers du Haut-Var a livré »: the parser reads the name as a
        # second subject; the one the verb agrees with is the subject.
        agreeing = _number(auxiliary or predicate)
        subjects = [t for t in subjects if agreeing is not None and _number(t) == agreeing]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    start = auxiliary or predicate
    while clitics and (previous := _previous(start)) is not None and previous.lower_ in _READERS:
        start = previous
    previous = _previous(start)
    if (previous is None or previous.i != subject.i) and not (
        lang == "fr" and subject.pos_ in ("NOUN", "PROPN")
    ):
        return None  # a word between the subject and its verb would be lost
    if subject.lower_ in _SUBJECT_PRONOUNS.get(lang, ()):
        return _capitalised(subject.lower_ if subject.lower_ != "i" else "I"), auxiliary, predicate
    if lang == "en" and subject.pos_ == "PROPN" and auxiliary is None:
        # "Jordan joins…, and starts…" → "Jordan starts…": the name as written.
        first = min(
            (c for c in subject.children if c.dep_ == "compound"),
            key=lambda c: c.i,
            default=subject,
        )
        return _text_of(first, subject), auxiliary, predicate
    if lang != "fr" or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    gender = subject.morph.get("Gender", [])
    number = subject.morph.get("Number", [])
    if len(gender) != 1 or len(number) != 1:
        return None
    return _FRENCH_PRONOUNS[(gender[0], number[0])], auxiliary, predicate


def _text_of(first: Token, last: Token) -> str:
    """The words from ``first`` to ``last`` as written."""
    return first.doc.text[first.idx : last.idx + len(last.text)]


def _previous(token: Token) -> Token | None:
    """The word before ``token`` in its doc (French's narrow spaces are tokens)."""
    index = token.i - 1
    while index >= 0 and token.doc[index].is_space:
        index -= 1
    return token.doc[index] if index >= 0 else None


def _number(token: Token) -> str | None:
    number = token.morph.get("Number", [])
    return number[0] if len(number) == 1 else None


def _second_offer(
    left: list[Token], right: list[Token], text: str, comma: Token, lang: str
) -> CoordinationCut | None:
    """« on vous offre X, et le contrôle de la climatisation à 29 € » → « on vous offre X. On
    vous propose aussi le contrôle de la climatisation à 29 € »: a noun phrase and its price
    after « , et », the first clause's subject and reader said again with « proposer » (a
    price is no gift: « offrir » would say the opposite), the offer kept word for word."""
    if lang != "fr" or right[0].lower_ != "et" or right[1].pos_ != "DET":
        return None
    at = next((i for i, t in enumerate(right) if t.lower_ == "à"), None)
    if at is None or at < 3 or at + 2 >= len(right):
        return None
    if not right[at + 1].like_num or "€" not in right[at + 2].text:
        return None
    if any(t.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN") for t in right[1:at]):
        return None  # more than a noun phrase before the price
    first = _first_predicate(left, lang, clitics=True)
    if first is None or first[1] is not None:
        return None  # a compound tense (« on vous a offert ») the new verb would not match
    subject, _, predicate = first
    verb = _PROPOSE.get(subject)
    if verb is None:
        return None
    before = _previous(predicate)
    reader = before.lower_ + " " if before is not None and before.lower_ in _READERS else ""
    return CoordinationCut(comma.idx, right[1].idx, f". {subject} {reader}{verb} aussi ")
