"""Every hashtag a message offers, scored, each kept or rejected with its reason.

Candidates come from the message's key facts first (what it is about, where: score 3), then
the names it mentions (2), then its key noun phrases (1); within a score, in the text's
order. A candidate is rejected, and the reason kept, when a reader would find the tag
meaningless or wrong: a function word, a time zone, a unit, a generic word ("#Issue",
"#Suite", "#Update"), a verb, a word that only says what kind of post this is ("#Recrute",
"#Excuses"), a person's name, an address, or a tag too long to read.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from brandvoice.adaptation.decorate.data import load_data, string_list
from brandvoice.adaptation.decorate.entities import entities_of
from brandvoice.adaptation.decorate.phrases import Phrase, key_phrases, phrase_words
from brandvoice.adaptation.decorate.tags import Casing, hashtag, tag_key
from brandvoice.adaptation.wording.offsets import token_starts
from brandvoice.nlp import parse
from brandvoice.understand.facts import units as fact_units
from brandvoice.understand.model import Message, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA_FILE = "hashtag-words.yaml"
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "NUM"})
_PERSON = frozenset({"PER", "PERSON"})
_FACT_SOURCES = ((Role.WHAT, 3, "what the message is about"), (Role.WHERE, 3, "where it happens"))
_NAME_SCORE, _TOPIC_SCORE = 2, 1


@dataclass(frozen=True, slots=True)
class Candidate:
    tag: str
    score: int
    reason: str  # why it was offered
    rejected: str | None = None  # why it was not kept, or None

    @property
    def kept(self) -> bool:
        return self.rejected is None


@cache
def _excluded_words() -> tuple[frozenset[str], frozenset[str]]:
    """Time zones, and words that are never a topic on their own (``hashtag-words.yaml``)."""
    document = load_data(DATA_FILE)
    zones = frozenset(w.casefold() for w in string_list(document["time_zones"], DATA_FILE))
    never = frozenset(w.casefold() for w in string_list(document["never_tags"], DATA_FILE))
    return zones, never


def candidates(message: Message, casing: Casing, excluded: frozenset[str]) -> tuple[Candidate, ...]:
    """Every tag ``message`` offers, best first, with why each was kept or rejected;
    ``excluded`` are tag keys (see :func:`tag_key`) never drawn: network and brand names."""
    lang = message.lang
    doc = parse(lang, message.text)
    words = phrase_words(lang)
    avoid = [(e.start, e.end) for e in entities_of(message.text)]
    phrases = key_phrases(doc, lang, avoid)  # type: ignore[arg-type]
    offered: list[tuple[int, int, tuple[int, ...], str]] = []  # score, position, tokens, why
    # Looked up, not scanned for each fact: a long master has many facts and phrases.
    starts = token_starts(doc)
    holding: dict[int, list[int]] = {}  # token -> the phrases holding it, in order
    for position, phrase in enumerate(phrases):
        for token in phrase.tokens:
            holding.setdefault(token, []).append(position)
    for role, score, why in _FACT_SOURCES:
        for fact in message.of_role(role):
            first = bisect.bisect_left(starts, fact.start)
            tokens = tuple(range(first, bisect.bisect_left(starts, fact.end)))
            # A key phrase holding the fact names it better: "plage du Mourillon".
            wider = _wider(tokens, phrases, holding)
            if fact.kind == "address":
                offered.append((score, fact.start, (), "an address"))
            elif tokens:
                offered.append((score, fact.start, wider, why))
    for phrase in phrases:
        score = _TOPIC_SCORE if phrase.kind == "topic" else _NAME_SCORE
        why = words.reasons[phrase.kind]
        offered.append((score, doc[phrase.tokens[0]].idx, phrase.tokens, why))
    offered.sort(key=lambda o: (-o[0], o[1]))

    found: list[Candidate] = []
    seen: set[str] = set()
    kept_tokens: list[set[int]] = []
    cue_spans = [(c.start, c.end) for c in (*message.intent_cues, *message.action_cues)]
    for score, _, tokens, why in offered:
        if not tokens:
            found.append(Candidate("", score, why, "an address is not a topic"))
            continue
        tag = hashtag([doc[i].text for i in tokens], casing)
        if tag is None:
            continue
        key = tag_key(tag)
        if key in seen:
            continue
        seen.add(key)
        rejected = _rejection(doc, tokens, tag, excluded, cue_spans, words.max_length, lang)
        if rejected is None and any(set(tokens) <= kept for kept in kept_tokens):
            rejected = "part of a longer tag already kept"
        if rejected is None:
            kept_tokens.append(set(tokens))
        found.append(Candidate(tag, score, why, rejected))
    return tuple(found)


# Before an infinitive: "d'aimer", "pour réserver".
_BEFORE_INFINITIVE = frozenset({"d'", "d’", "de", "à", "pour", "sans"})


def _french_verb(word: Token) -> bool:
    """A French verb the small model tags as a noun or a name: an order in "-ez"
    ("Envoyez-nous" → #Envoyez) or an infinitive after « de », « à », « pour » (#Aimer)."""
    from brandvoice.analysis.french_verbs import verb_forms
    from brandvoice.nlp import get_pipeline

    folded = word.text.casefold()
    before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
    if before in _BEFORE_INFINITIVE and word.text.islower():
        # A lower-case word in -er, -ir, -re after « de », « à », « pour »: an infinitive.
        return folded.endswith(("er", "ir", "re"))
    forms = verb_forms(get_pipeline("fr").nlp)
    return forms is not None and folded.endswith("ez") and bool(forms.lemmas(word.text))


def _vague(token: Token, generic: frozenset[str], never: frozenset[str]) -> bool:
    forms = {token.text.casefold(), token.lemma_.casefold()}
    return bool(forms & generic or forms & never)


def _first_name(doc: Doc, word: Token) -> bool:
    """A capitalised word that elsewhere in the message opens a name of two capitalised
    words ("Maeve" beside "Maeve Kelly"): most often a person called by first name."""
    if not word.text[:1].isupper() or word.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(
        t.text == word.text
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text[:1].isupper()
        and doc[t.i + 1].is_alpha
        and doc[t.i + 1].pos_ == "PROPN"
        and not t.is_sent_start
        for t in doc
    )


def _wider(
    tokens: tuple[int, ...], phrases: Sequence[Phrase], holding: dict[int, list[int]]
) -> tuple[int, ...]:
    """The tokens of the first phrase holding all of ``tokens`` and more, else ``tokens``:
    such a phrase holds the first token, so only the phrases holding it are tried."""
    wanted = set(tokens)
    tried = (phrases[n] for n in holding.get(tokens[0], ())) if tokens else iter(phrases)
    return next((p.tokens for p in tried if wanted < set(p.tokens)), tokens)


def _rejection(
    doc: Doc,
    tokens: Sequence[int],
    tag: str,
    excluded: frozenset[str],
    cue_spans: Sequence[tuple[int, int]],
    max_length: int,
    lang: str,
) -> str | None:
    words = [doc[i] for i in tokens]
    content = [t for t in words if t.pos_ not in _FUNCTION_POS and not t.is_stop]
    zones, never = _excluded_words()
    units = fact_units()
    generic = phrase_words(lang).generic
    if tag_key(tag) in excluded:
        return "a network's or the brand's own name"
    if len(tag) > max_length:
        return f"longer than {max_length} characters"
    if not content:
        return "a function word"
    if len(words) > 1 and {words[0].pos_, words[-1].pos_} & _FUNCTION_POS:
        return "starts or ends with a function word"  # "#DuVar", "#LéaVous"
    if len(words) == 1:  # a phrase of several words is a topic even if one is vague
        word = words[0]
        folded, lemma = word.text.casefold(), word.lemma_.casefold()
        if word.text.isupper() and folded in zones:
            return "a time zone"
        if folded in units:
            return "a unit"
        if folded in generic or lemma in generic or folded in never or lemma in never:
            return "too generic"
        if word.pos_ in ("VERB", "AUX") or (lang == "fr" and _french_verb(word)):
            return "a verb"
        if any(s <= word.idx < e for s, e in cue_spans):
            return "says what kind of post this is, not what it is about"
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    if nouns and all(_vague(t, generic, never) for t in nouns):
        return "too generic"  # "#QuickUpdate": the adjective does not make a topic
    if any(t.ent_type_ in _PERSON for t in words):
        return "a person's name"
    if len(words) == 1 and _first_name(doc, words[0]):
        return "a person's first name"
    return None
