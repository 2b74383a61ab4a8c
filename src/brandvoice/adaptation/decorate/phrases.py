"""The phrases of a message a hashtag can be drawn from: named places, organisations,
products and events first, then key noun phrases, each in the order the message has them.

spaCy's small models are noisy (a URL tagged as a place, "Soldes" as a person), so an
entity must look like a name (a proper noun, or a capital inside the sentence) and no
candidate may overlap a URL, e-mail, mention, hashtag or emoji of the message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from brandvoice.adaptation.decorate.data import DataFileError, load_data, string_list
from brandvoice.lang import LANGS, Lang

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA_FILE = "hashtag-words.yaml"
_CONTENT = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of the message a tag can be made of, and what they are (a key of ``reasons``)."""

    words: tuple[str, ...]
    kind: str
    # The token indices of the words in the parsed message.
    tokens: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PhraseWords:
    """``hashtag-words.yaml`` for one language."""

    max_words: int
    max_length: int
    reasons: dict[str, str]
    entity_kinds: dict[str, str]
    place_nouns: frozenset[str]
    joiners: frozenset[str]
    generic: frozenset[str]


@cache
def phrase_words(lang: Lang) -> PhraseWords:
    document: Any = load_data(DATA_FILE)
    if not isinstance(document, dict) or lang not in LANGS:
        raise DataFileError(f"{DATA_FILE}: expected a mapping")
    where = f"{DATA_FILE}: {lang}"
    try:
        kinds = {str(k): str(v) for k, v in document["entity_kinds"][lang].items()}
        reasons = {str(k): str(v) for k, v in document["reasons"].items()}
        sizes = int(document["max_words"]), int(document["max_length"])
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise DataFileError(f"{where}: missing or malformed {error}") from error
    unexplained = (set(kinds.values()) | {"topic"}) - set(reasons)
    if unexplained:
        raise DataFileError(f"{where}: no reason for {sorted(unexplained)}")
    place_nouns = document["place_nouns"].get(lang) or []
    joiners = document["joiners"].get(lang) or []
    return PhraseWords(
        max_words=sizes[0],
        max_length=sizes[1],
        reasons=reasons,
        entity_kinds=kinds,
        place_nouns=frozenset(string_list(place_nouns, where) if place_nouns else ()),
        joiners=frozenset(string_list(joiners, where) if joiners else ()),
        generic=frozenset(string_list(document["generic_nouns"][lang], where)),
    )


def key_phrases(doc: Doc, lang: Lang, avoid: Sequence[tuple[int, int]]) -> list[Phrase]:
    """Named entities, then key noun phrases, of ``doc``; none overlaps the character spans
    ``avoid`` (the message's URLs, hashtags...) or an earlier phrase."""
    words = phrase_words(lang)
    taken = [False] * len(doc)
    for token in doc:
        taken[token.i] = any(s < token.idx + len(token) and token.idx < e for s, e in avoid)
    found: list[Phrase] = []
    for tokens, kind in (*_entities(doc, words, lang), *_noun_phrases(doc, words)):
        if _word_count(tokens) > words.max_words or any(taken[t.i] for t in tokens):
            continue
        for token in tokens:
            taken[token.i] = True
        found.append(Phrase(tuple(t.text for t in tokens), kind, tuple(t.i for t in tokens)))
    return found


def _word_count(tokens: Sequence[Token]) -> int:
    """Words, not tokens: « La Cadière-d'Azur » is three words, its "-" and "d'" none."""
    return sum(not (t.text in ("-", "‑") or t.text.endswith(("'", "’"))) for t in tokens)


def _entities(doc: Doc, words: PhraseWords, lang: Lang) -> Iterator[tuple[list[Token], str]]:
    for entity in doc.ents:
        kind = words.entity_kinds.get(entity.label_)
        if kind is None or not _looks_like_a_name(entity):
            continue
        tokens = [
            t
            for t in entity
            if not (t.pos_ == "DET" and t.i == entity.start and not name_article(t, lang))
        ]
        while tokens and not tokens[0].is_alpha:  # "jusqu’", "l’": elided words, not names
            tokens.pop(0)
        while tokens and not tokens[-1].is_alpha:
            tokens.pop()
        tokens = _up_to_second_preposition(tokens)
        if any(t.like_num for t in tokens) or not tokens:
            continue
        if kind == "place":
            tokens = _with_place_noun(doc, tokens, words) + tokens
        yield tokens, kind


# The articles a French place's or business's name opens on: « La Seyne », « Le Beausset »,
# « Les Arcs » are the names, "#Seyne" half of one.
_NAME_ARTICLES = frozenset({"La", "Le", "Les"})


def name_article(token: Token, lang: str) -> bool:
    """Whether ``token`` is the capitalised article of a French name inside a sentence
    (« autour de Toulon, La Seyne et La Garde »): part of the name, unlike a sentence's
    opening « Le » (« Le Cabanon Bleu rouvre » tags #CabanonBleu)."""
    if lang != "fr" or token.text not in _NAME_ARTICLES or token.is_sent_start:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        before is not None
        and "\n" not in before.text + before.whitespace_
        and before.text not in (".", "!", "?", "…", ":")
        and after is not None
        and after.is_alpha
        and after.text[:1].isupper()
    )


def _looks_like_a_name(entity: Span) -> bool:
    """A capitalised proper noun, or a capitalised word that does not merely start the
    sentence (the French model tags "Fête de la Musique" as common nouns)."""
    return any(
        t.is_alpha
        and t.text[:1].isupper()
        and not (t.is_upper and len(t) < 4)  # "CV", "OK": abbreviations, not names
        and (t.pos_ == "PROPN" or not t.is_sent_start)
        for t in entity
    )


def _up_to_second_preposition(tokens: list[Token]) -> list[Token]:
    """'marché de Noël de Toulon' -> 'marché de Noël': one complement keeps a tag readable."""
    prepositions = [i for i, t in enumerate(tokens) if t.pos_ == "ADP"]
    return tokens[: prepositions[1]] if len(prepositions) > 1 else tokens


def _with_place_noun(doc: Doc, tokens: list[Token], words: PhraseWords) -> list[Token]:
    """The 'plage du' before 'Mourillon', when the words before the place say so."""
    start = tokens[0].i
    before = [t for t in doc[max(0, start - 3) : start]]
    # "plage du Mourillon", "plage de la Mitre", "plage de l'Anse"
    while before and before[-1].pos_ == "DET":
        before.pop()
    if len(before) >= 2 and before[-1].pos_ == "ADP":
        noun = before[-2]
        if noun.lemma_.lower() in words.place_nouns or noun.lower_ in words.place_nouns:
            return list(doc[noun.i : start])
    return []


def _noun_phrases(doc: Doc, words: PhraseWords) -> Iterator[tuple[list[Token], str]]:
    for token in doc:
        if not _is_topic_noun(token, words):
            continue
        if token.dep_ == "compound" and token.head.i > token.i:
            continue  # part of the compound its head heads
        if _premodifier(token) or (token.dep_ == "conj" and _premodifier(token.head)):
            continue  # "café and bakery owners": the owners are the thing, not the bakery
        if token.is_sent_start and token.pos_ == "NOUN" and not list(token.lefts):
            continue  # "Book at <url>": a bare noun opening a sentence is most often a verb
        compounds = _compounds(token)
        tokens = [*compounds, token]
        following = doc[token.i + 1 : token.i + 3]
        if (
            len(following) == 2
            and following[0].lower_ in words.joiners
            and _is_topic_noun(following[1], words)
        ):
            tokens += list(following)  # "fromage de chèvre"
        yield tokens, "topic"


def _premodifier(token: Token) -> bool:
    """Whether ``token`` is a noun that modifies a noun after it, nothing but nouns, "and"
    and adjectives between ("café and bakery owners"): a word of a phrase, no topic alone."""
    head = token.head
    if token.dep_ not in ("nmod", "compound") or head.i <= token.i or head.pos_ not in _CONTENT:
        return False
    between = token.doc[token.i + 1 : head.i]
    return all(t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") for t in between)


def _compounds(token: Token) -> list[Token]:
    """The nouns compounded before ``token``, with theirs ("Copper Kettle Taproom": "Copper"
    hangs on "Kettle", which hangs on "Taproom": no "#KettleTaproom"), in the text's order."""
    found: list[Token] = []
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ in _CONTENT and child.is_alpha:
            inner = _compounds(child)
            # Only the words right before it: "Keys & Chords" is two names, not one.
            if not all(t.i == child.i - len(inner) + k for k, t in enumerate(inner)):
                inner = []
            found += [*inner, child]
    return found


def _is_topic_noun(token: Token, words: PhraseWords) -> bool:
    return (
        token.pos_ in _CONTENT
        and token.is_alpha
        and len(token.text) > 2
        and not token.is_stop
        and token.lemma_.lower() not in words.generic
        and token.lower_ not in words.generic
    )
