"""The key facts of a message, each with its role: what, when, where, price, how, who.

Built on the fact extractor (links, e-mails, phones, prices, dates, times, names) and on
spaCy's parse: named entities say where and who, an address matcher finds street
addresses, and the dependency tree finds *what* the message is about (the object of
"recrute", the event noun, the product launched). Dates are read as days, the year
inferred from the reference date, and marked as the event's, a deadline or the end of a
period by the words just before them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from brandvoice.understand.cues import load_document, plain_text
from brandvoice.understand.dates import read_date, read_time
from brandvoice.understand.facts import Fact, FactKind, extract_facts
from brandvoice.understand.model import Intent, KeyFact, Role, TimeKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA_FILE = "roles.yaml"

_BY_KIND = {
    FactKind.URL: Role.HOW,
    FactKind.EMAIL: Role.HOW,
    FactKind.PHONE: Role.HOW,
    FactKind.PRICE: Role.PRICE,
    FactKind.TIME: Role.WHEN,
    FactKind.DATE: Role.WHEN,
    FactKind.NUMBER: Role.FIGURE,
    FactKind.MENTION: Role.WHO,
}
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_WHO_LABELS = frozenset({"ORG", "PER", "PERSON"})
_WHAT_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART"})


@dataclass(frozen=True, slots=True)
class _RoleWords:
    """``data/roles.yaml`` for one language."""

    deadline: regex.Pattern[str]
    end: regex.Pattern[str]
    discount: regex.Pattern[str]
    address: regex.Pattern[str]
    object_verbs: dict[str, frozenset[str]]
    what_nouns: frozenset[str]
    generic: frozenset[str]


@cache
def _words(lang: str) -> _RoleWords:
    document = load_document(DATA_FILE)
    flags = regex.IGNORECASE | regex.VERSION1

    def before(key: str) -> regex.Pattern[str]:
        words = "|".join(document[key][lang])
        return regex.compile(rf"(?<![\p{{L}}])(?:{words})\s*$", flags)

    discount = "|".join(document["discount_words"][lang])
    return _RoleWords(
        deadline=before("deadline_before"),
        end=before("end_before"),
        discount=regex.compile(rf"(?<![\p{{L}}])(?:{discount})(?![\p{{L}}])", flags),
        address=regex.compile(document["address"][lang], flags),
        object_verbs={
            intent: frozenset(verbs[lang]) for intent, verbs in document["object_verbs"].items()
        },
        what_nouns=frozenset(document["what_nouns"][lang]),
        generic=frozenset(document["generic_nouns"][lang]),
    )


def key_facts(
    text: str, lang: str, doc: Doc, intent: Intent, reference: dt.date, names: Iterable[str]
) -> tuple[KeyFact, ...]:
    """The key facts of ``text`` (parsed as ``doc``), sorted by offset, none overlapping."""
    words = _words(lang)
    labels = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    names = tuple(names)
    found: list[KeyFact] = []
    for fact in extract_facts(text, lang, names):  # type: ignore[arg-type]
        role = _role(fact, text, labels, names, intent, words)
        if role is None:
            continue
        found.append(_with_time(fact, role, text, reference, lang, words))
    addresses = _addresses(text, found, words)
    if addresses:
        # An address swallows the numbers and place names inside it.
        found = [f for f in found if not any(_overlaps(f, a) for a in addresses)] + addresses
    what = _what(doc, intent, words)
    if what is not None and not any(_overlaps(what, f) for f in found if f.role is not Role.WHO):
        found = [f for f in found if not _overlaps(what, f)]
        found.append(what)
    found.sort(key=lambda f: f.start)
    return tuple(found)


def _overlaps(a: KeyFact, b: KeyFact) -> bool:
    return a.start < b.end and b.start < a.end


def _role(
    fact: Fact,
    text: str,
    labels: Sequence[tuple[int, int, str]],
    names: Sequence[str],
    intent: Intent,
    words: _RoleWords,
) -> Role | None:
    if fact.kind is FactKind.HASHTAG:
        return None  # a tag inside a sentence labels the post; its words are elsewhere
    if fact.kind is FactKind.PERCENTAGE:
        around = plain_text(text[max(0, fact.start - 40) : fact.end + 40])
        discounted = words.discount.search(around) is not None
        return Role.PRICE if intent is Intent.OFFER or discounted else Role.FIGURE
    if fact.kind is not FactKind.ENTITY:
        return _BY_KIND.get(fact.kind)
    if any(fact.text.casefold() == name.casefold() for name in names):
        return Role.WHO
    if len(fact.text) < 2 or (fact.text.isupper() and len(fact.text) <= 3):
        return None  # "H/F", "CDI", "UTC": abbreviations the small models take for names
    label = next((lab for s, e, lab in labels if s < fact.end and fact.start < e), "")
    if label in _PLACE_LABELS:
        return Role.WHERE
    if label in _WHAT_LABELS:
        return Role.WHAT
    return Role.WHO  # organisations, people, and French MISC (most often a shop's name)


def _with_time(
    fact: Fact,
    role: Role,
    text: str,
    reference: dt.date,
    lang: str,
    words: _RoleWords,
) -> KeyFact:
    kind = str(fact.kind)
    if fact.kind is FactKind.DATE:
        read = read_date(fact.text, reference, lang)
        when = _time_kind(text, fact.start, words)
        return KeyFact(
            role, kind, fact.text, fact.start, fact.end, read.date if read else None, None, when
        )
    if fact.kind is FactKind.TIME:
        when = _time_kind(text, fact.start, words)
        return KeyFact(
            role, kind, fact.text, fact.start, fact.end, None, read_time(fact.text), when
        )
    return KeyFact(role, kind, fact.text, fact.start, fact.end)


def _time_kind(text: str, start: int, words: _RoleWords) -> TimeKind:
    """A deadline ("avant le", "no later than"), the end of a period ("jusqu'au", "until"),
    or else the time of the event, by the words just before the date in its sentence."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = plain_text(text[max(line_start, start - 40) : start])
    if words.deadline.search(before):
        return TimeKind.DEADLINE
    if words.end.search(before):
        return TimeKind.END
    return TimeKind.EVENT


def _addresses(text: str, found: Sequence[KeyFact], words: _RoleWords) -> list[KeyFact]:
    """Street addresses ("12 rue Paradis", "4 High Street"), which spaCy's small models
    rarely tag as one place."""
    added: list[KeyFact] = []
    for match in words.address.finditer(text):
        start, end = match.span()
        end = start + len(match.group().rstrip(" ,.;:"))
        address = KeyFact(Role.WHERE, "address", text[start:end], start, end)
        if not any(_overlaps(address, f) and f.role is Role.HOW for f in found):
            added.append(address)
    return added


def _what(doc: Doc, intent: Intent, words: _RoleWords) -> KeyFact | None:
    """What the message is about: the job a hiring post seeks, else the first noun phrase
    headed by one of the intent's nouns (atelier, collection, lot...), else the object or
    subject of the first sentence's main verb."""
    verbs = words.object_verbs.get(str(intent), frozenset())
    nouns, generic = words.what_nouns, words.generic
    phrase = _object_of(doc, verbs) if verbs else None
    if phrase is not None:
        return KeyFact(Role.WHAT, "phrase", phrase.text, phrase.start_char, phrase.end_char)
    head: Token | None = None
    if head is None:
        head = next(
            (t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns), None
        )
    if head is None:
        head = _main_argument(doc, generic)
    if head is None:
        return None
    span = _phrase(doc, head)
    return KeyFact(Role.WHAT, "phrase", span.text, span.start_char, span.end_char)


# Words that end the phrase after a verb: "recrute un serveur | pour la saison".
_PHRASE_STOPS = frozenset(
    [
        "en",
        "pour",
        "à",
        "au",
        "aux",
        "dans",
        "de",
        "chez",
        "avec",
        "sur",
        "qui",
        "que",
        "dès",
        "à",
        "partir",
        "for",
        "to",
        "in",
        "at",
        "from",
        "with",
        "who",
        "that",
        "on",
        "by",
        "starting",
        "and",
        "et",
        "ou",
        "or",
        "sold",
        "bought",
        "vendu",
        "vendus",
        "vendue",
        "vendues",
        "achetés",
    ]
)
_LEADING = frozenset(
    [
        "un",
        "une",
        "des",
        "du",
        "de",
        "la",
        "le",
        "les",
        "l'",
        "l’",
        "d'",
        "d’",
        "notre",
        "nos",
        "a",
        "an",
        "the",
        "our",
        "two",
        "some",
    ]
)


def _object_of(doc: Doc, verbs: frozenset[str]) -> Span | None:
    """The words after the first of ``verbs``: its object as written, determiners aside
    ("recrute un apprenti boulanger (H/F)" -> "apprenti boulanger"). Read off the words
    rather than the parse: small models often mistag the job ("apprenti" as a determiner)."""
    for token in doc:
        if token.lower_ not in verbs and token.lemma_.lower() not in verbs:
            continue
        i = token.i + 1
        while i < len(doc) and (doc[i].lower_ in _LEADING or doc[i].lower_ in ("ou", "or", "for")):
            i += 1
        start = end = i
        while end < len(doc) and end - start < 5:
            word = doc[end]
            if word.lower_ in _PHRASE_STOPS or not (word.is_alpha or word.text in "-’'"):
                break
            end += 1
        while end > start and not doc[end - 1].is_alpha:
            end -= 1
        if end > start and any(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "VERB") for t in doc[start:end]
        ):
            return doc[start:end]
    return None


def _main_argument(doc: Doc, generic: frozenset[str]) -> Token | None:
    for sentence in doc.sents:
        root = sentence.root
        for dep in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "attr"):
            for child in root.children:
                if (
                    child.dep_ == dep
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.lemma_.lower() not in generic
                ):
                    return child
        if root.pos_ == "NOUN" and root.lemma_.lower() not in generic:
            return root  # a verbless title: "Soldes d'hiver : ..."
    return None


def _phrase(doc: Doc, head: Token) -> Span:
    """``head`` with its compounds and adjectives, and one "de/of" complement."""
    start = head.i
    if start > 1 and doc[start - 1].text == "-":  # "part-time barista"
        start -= 2
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "nummod")
        and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    ):
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == head.i:
        end += 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("de", "d'", "d’", "du", "des", "of", "à", "au")
        and doc[end + 1].pos_ in ("NOUN", "PROPN")
    ):
        end += 2
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == end - 1:
            end += 1
    return doc[start:end]
