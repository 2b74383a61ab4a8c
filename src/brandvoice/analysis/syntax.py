"""Measures read off spaCy's analysis: words, sentences, parts of speech, passive voice.

A word is a token holding a letter or a digit outside URLs and e-mail addresses (which the
tokenizer cuts into many pieces). Emoji and punctuation are not words.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from brandvoice.analysis.model import PASSIVE, Hit
from brandvoice.text.protect import ProtectedSpans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Heylighen & Dewaele (2002), "Variation in the contextuality of language": nouns,
# adjectives, prepositions and articles make a text explicit (formal); pronouns, verbs,
# adverbs and interjections make it lean on its context. Universal POS for their classes.
_FORMAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET"})
_CONTEXTUAL_POS = frozenset({"PRON", "VERB", "AUX", "ADV", "INTJ"})

# UD v2 (French model) and ClearNLP (English model) labels of the passive.
_PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass"})
_PASSIVE_AUXILIARY = frozenset({"aux:pass", "auxpass"})


@dataclass(frozen=True, slots=True)
class SyntaxStats:
    words: int
    # Code-point spans and word counts of the sentences that hold at least one word.
    sentences: list[tuple[int, int]]
    sentence_lengths: list[int]
    # Heylighen & Dewaele's F-score, 0-100 (50 without words).
    f_score: float
    # Mean length in letters of the alphabetic words.
    word_length: float

    @property
    def mean_sentence_length(self) -> float:
        lengths = self.sentence_lengths
        return sum(lengths) / len(lengths) if lengths else 0.0

    @property
    def log_sentence_length(self) -> float:
        return math.log1p(self.mean_sentence_length)


def syntax_stats(doc: Doc, excluded: ProtectedSpans) -> SyntaxStats:
    """Words, sentences and F-score of ``doc``; tokens inside ``excluded`` spans are no words."""
    from brandvoice.text.segments import sentence_spans

    words = []
    sentences = []
    lengths = []
    # Sentences as the checks count them: a line of a post ends its sentence even when the
    # model reads on across the line break (a title, a hook, a call to action).
    spans = sentence_spans(doc.text, [(s.start_char, s.end_char) for s in doc.sents])
    tokens = iter(doc)
    token = next(tokens, None)
    for start, end in spans:
        in_sentence = []
        while token is not None and token.idx < end:
            if (
                token.idx >= start
                and _is_word(token)
                and not excluded.overlaps(token.idx, token.idx + len(token))
            ):
                in_sentence.append(token)
            token = next(tokens, None)
        if in_sentence:
            words += in_sentence
            sentences.append((start, end))
            lengths.append(len(in_sentence))
    alphabetic = [len(t.text) for t in words if t.is_alpha]
    return SyntaxStats(
        words=len(words),
        sentences=sentences,
        sentence_lengths=lengths,
        f_score=_f_score(words),
        word_length=sum(alphabetic) / len(alphabetic) if alphabetic else 0.0,
    )


def passive_hits(doc: Doc) -> list[Hit]:
    """One marker per passive clause, from its auxiliary ("was", "a été") to its verb."""
    clauses: dict[int, int] = {}  # head verb index -> first index of the construction
    for token in tokens_labelled(doc, "DEP", _PASSIVE_AUXILIARY | _PASSIVE_SUBJECT):
        if token.dep_ in _PASSIVE_AUXILIARY or token.dep_ in _PASSIVE_SUBJECT:
            head = token.head
            first = token.i if token.dep_ in _PASSIVE_AUXILIARY else head.i
            clauses[head.i] = min(clauses.get(head.i, head.i), first)
    hits = []
    for head_index, first in sorted(clauses.items()):
        head = doc[head_index]
        start = doc[first].idx
        hits.append(Hit(PASSIVE, start, head.idx + len(head.text)))
    return hits


def tokens_labelled(doc: Doc, attribute: str, labels: frozenset[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose ``attribute`` ("DEP", "TAG") is one of ``labels``, in
    order: read from one array, not token by token (most documents have none)."""
    ids = _string_ids(labels)
    for index, value in enumerate(doc.to_array(attribute).tolist()):
        if value in ids:
            yield doc[index]


@cache
def _string_ids(labels: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(label) for label in labels)


def _f_score(words: Sequence[Token]) -> float:
    if not words:
        return 50.0
    formal = sum(t.pos_ in _FORMAL_POS for t in words)
    contextual = sum(t.pos_ in _CONTEXTUAL_POS for t in words)
    return (100.0 * (formal - contextual) / len(words) + 100.0) / 2.0


def _is_word(token: Token) -> bool:
    return any(char.isalnum() for char in token.text)
