"""Measures read off spaCy's analysis: words, sentences, parts of speech, passive voice.

A word is a token holding a letter or a digit outside URLs and e-mail addresses (which the
tokenizer cuts into many pieces). Emoji and punctuation are not words.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
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
    """Words, sentences and F-score of ``doc``; tokens inside ``excluded`` spans are no words.

    Read off one array of the tokens' attributes, not token by token: this runs on every
    checked text, and spaCy's ``Token`` objects cost more than the reading itself."""
    from spacy.attrs import IDX, IS_ALPHA, LENGTH, ORTH, POS, SENT_START

    from brandvoice.text.segments import sentence_spans

    formal_pos, contextual_pos = _pos_ids()
    rows = doc.to_array([IDX, LENGTH, ORTH, POS, IS_ALPHA, SENT_START]).tolist()
    # Sentences as the checks count them: a line of a post ends its sentence even when the
    # model reads on across the line break (a title, a hook, a call to action). The model's
    # sentences are those of ``doc.sents``: a new one at each token marked as a start.
    starts = [0] + [i for i in range(1, len(rows)) if rows[i][5] == 1] if rows else []
    ends = [*starts[1:], len(rows)] if rows else []
    model_spans = [
        (rows[first][0], rows[last - 1][0] + rows[last - 1][1])
        for first, last in zip(starts, ends, strict=True)
    ]
    spans = sentence_spans(doc.text, model_spans)
    words = 0
    formal = contextual = 0
    letters = alphabetic = 0
    sentences = []
    lengths = []
    position = 0
    for start, end in spans:
        in_sentence = 0
        while position < len(rows) and rows[position][0] < end:
            idx, length, orth, pos, is_alpha, _ = rows[position]
            position += 1
            if idx < start or not _is_word(orth, doc) or excluded.overlaps(idx, idx + length):
                continue
            in_sentence += 1
            formal += pos in formal_pos
            contextual += pos in contextual_pos
            if is_alpha:
                letters += length
                alphabetic += 1
        if in_sentence:
            words += in_sentence
            sentences.append((start, end))
            lengths.append(in_sentence)
    return SyntaxStats(
        words=words,
        sentences=sentences,
        sentence_lengths=lengths,
        f_score=_f_score(words, formal, contextual),
        word_length=letters / alphabetic if alphabetic else 0.0,
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


@cache
def _pos_ids() -> tuple[frozenset[int], frozenset[int]]:
    """The ids of the formal and the contextual parts of speech, as ``Doc.to_array``
    gives them (spaCy is imported when a text is first analysed, not with this module)."""
    from spacy.parts_of_speech import IDS

    return (
        frozenset(IDS[name] for name in _FORMAL_POS),
        frozenset(IDS[name] for name in _CONTEXTUAL_POS),
    )


def _f_score(words: int, formal: int, contextual: int) -> float:
    if not words:
        return 50.0
    return (100.0 * (formal - contextual) / words + 100.0) / 2.0


def _is_word(orth: int, doc: Doc) -> bool:
    """Whether the token text of hash ``orth`` holds a letter or a digit (remembered per
    word: the same few thousand words come back in every post)."""
    known = _WORDS.get(orth)
    if known is None:
        known = any(char.isalnum() for char in doc.vocab.strings[orth])
        if len(_WORDS) >= 200_000:
            _WORDS.clear()
        _WORDS[orth] = known
    return known


# ORTH hash -> whether the text holds a letter or a digit. The hash is the text's own (the
# same in every vocabulary), so one table serves both languages.
_WORDS: dict[int, bool] = {}
