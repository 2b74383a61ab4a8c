"""``analyze`` and ``analyze_many``: parse, observe, score, measure.

Texts are grouped by language and parsed in batches with ``nlp.pipe``; each language's
pipeline loads once (:func:`brandvoice.nlp.get_pipeline`). Any ``str`` is accepted: lone
surrogates (which spaCy cannot encode) are replaced by U+FFFD for the analysis, a length-
preserving change, so offsets still index the text as given; very long texts are parsed in
pieces cut at line or sentence ends and joined back into one document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from brandvoice.analysis import formality
from brandvoice.analysis.features import Observation, observe
from brandvoice.analysis.model import (
    CAPS,
    CONTRACTION,
    EMOJI,
    EXCLAMATION,
    SECOND_PERSON,
    TU,
    VOUS,
    Analysis,
    neutral_analysis,
)
from brandvoice.analysis.readability import readability
from brandvoice.lang import Lang, resolve_language
from brandvoice.nlp import Pipeline, get_pipeline, parsed_already, remember
from brandvoice.text.french.lemmas import VerbForms, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# Pieces of at most this many code points: the parser's memory grows with a document's
# length, and spaCy refuses documents over ``nlp.max_length`` (1,000,000) outright.
_CHUNK = 20_000
_BOUNDARIES = (regex.compile(r"\n\s*"), regex.compile(r"[.!?…]\s+"), regex.compile(r"\s+"))
# Lines that list facts rather than say them: "Date : samedi 4 avril, 10 h", "📍 7 quai du
# Port, Bandol", "Price: €8". They carry no register and no sentence: left out of every
# measure, as links are. A line of at most a few words without a final stop right above
# them ("Informations pratiques") is their heading.
_DATA_LINE = regex.compile(
    r"^[\t ]*(?:\p{Lu}[\p{L}\p{M}'’\-]*(?:[\t ]+[\p{L}\p{M}'’\-]+){0,2}[\t \u00a0\u202f]*:"
    r"|(?:\p{Extended_Pictographic}\ufe0f?)[\t \u00a0]+)"
    r"(?:[^\n]*[^\n.!?…])?$",
    regex.MULTILINE,
)
_HEADING = regex.compile(r"^[\t ]*\p{Lu}[^\n.!?…:]{0,40}$")
# A line of hashtags only ("#Bandol #Brunch") is the post's tags, not its prose: words that
# no sentence holds, which would lengthen the last sentence and skew reading ease and the
# formality score that people's ratings of sentences calibrate.
_TAG_LINE = regex.compile(r"[\t ]*#[\p{L}\p{M}\p{N}_]+(?:[\t \u00a0]+#[\p{L}\p{M}\p{N}_]+)*[\t ]*")
_DATA_LINE_WORDS = 14
# Parses of texts up to this long (posts) are kept in the parse cache; a longer one holds
# megabytes (spaCy's tensor per token) and is rarely asked for again.
_REMEMBERED_CHARS = 5_000


def analyze(text: str, lang: str = "auto") -> Analysis:
    """Register and readability of ``text`` (``lang``: "fr", "en" or "auto")."""
    return analyze_many([text], lang)[0]


def analyze_many(texts: Sequence[str], lang: str = "auto", batch_size: int = 64) -> list[Analysis]:
    """:func:`analyze` for many texts, batched through spaCy one language at a time."""
    cleaned = [_prose_only(_SURROGATE.sub("\ufffd", text)) for text in texts]
    langs = [resolve_language(lang, text) for text in cleaned]
    results: list[Analysis | None] = [None] * len(texts)
    for language in sorted(set(langs)):
        indices = [i for i, code in enumerate(langs) if code == language]
        todo = []
        for i in indices:
            if cleaned[i].strip():
                todo.append(i)
            else:
                results[i] = neutral_analysis(language)
        observations = observe_texts([cleaned[i] for i in todo], language, batch_size)
        for i, observation in zip(todo, observations, strict=True):
            results[i] = _analysis(texts[i], observation)
    return [result for result in results if result is not None]


def iter_analyses(texts: Sequence[str], lang: Lang, batch_size: int = 64) -> Iterator[Analysis]:
    """``analyze_many(texts, lang)`` one text at a time, for texts of one language: spaCy
    parses them in the same batches, and each text is observed and scored when the caller
    asks for it, so a long batch never holds all its parses at once."""
    cleaned = [_prose_only(_SURROGATE.sub("\ufffd", text)) for text in texts]
    pipeline = get_pipeline(lang)
    forms = verb_forms(pipeline.nlp) if lang == "fr" else None
    todo = [text for text in cleaned if text.strip()]
    docs = _parsed(pipeline, todo, batch_size) if todo else iter(())
    return _analyses(texts, cleaned, lang, forms, docs)


def _analyses(
    texts: Sequence[str],
    cleaned: list[str],
    lang: Lang,
    forms: VerbForms | None,
    docs: Iterator[Doc],
) -> Iterator[Analysis]:
    for original, text in zip(texts, cleaned, strict=True):
        if text.strip():
            yield _analysis(original, observe(text, next(docs), lang, forms))
        else:
            yield neutral_analysis(lang)


def _prose_only(text: str) -> str:
    """``text`` with its fact lines, their heading and its lines of hashtags blanked out
    (spaces: offsets hold)."""
    if (
        ":" not in text
        and "#" not in text
        and not regex.search(r"\p{Extended_Pictographic}", text)
    ):
        return text
    lines = text.split("\n")
    data = [
        bool(_DATA_LINE.fullmatch(line)) and len(line.split()) <= _DATA_LINE_WORDS for line in lines
    ]
    tags = [bool(_TAG_LINE.fullmatch(line)) for line in lines]
    if not any(data) and not any(tags):
        return text
    for index, line in enumerate(lines):
        heads = index + 1 < len(lines) and data[index + 1] and bool(_HEADING.fullmatch(line))
        if data[index] or heads or tags[index]:
            lines[index] = " " * len(line)
    return "\n".join(lines)


def observe_texts(texts: Sequence[str], lang: Lang, batch_size: int = 64) -> list[Observation]:
    """The observations of non-blank, surrogate-free ``texts`` in ``lang``, parsed in
    batches; what both the analysis and the calibration of its weights start from."""
    if not texts:
        return []
    pipeline = get_pipeline(lang)
    forms = verb_forms(pipeline.nlp) if lang == "fr" else None
    docs = _parse(pipeline, list(texts), batch_size)
    return [observe(text, doc, lang, forms) for text, doc in zip(texts, docs, strict=True)]


def _analysis(original: str, observation: Observation) -> Analysis:
    text = observation.text
    score, markers = formality.score(observation)
    if original != text:  # lone surrogates replaced: spans hold the text as given
        markers = [dataclasses.replace(m, text=original[m.start : m.end]) for m in markers]
    return Analysis(
        lang=observation.lang,
        formality=round(score, 2),
        address=observation.address,
        second_person=observation.count(SECOND_PERSON, TU, VOUS),
        contractions=observation.count(CONTRACTION),
        emoji=observation.count(EMOJI),
        exclamations=sum(h.end - h.start for h in observation.hits if h.kind == EXCLAMATION),
        caps_words=observation.count(CAPS),
        sentence_lengths=list(observation.stats.sentence_lengths),
        readability=readability(text, observation.lang, observation.entities),
        markers=markers,
    )


def _parse(pipeline: Pipeline, texts: list[str], batch_size: int) -> list[Doc]:
    """One document per text; long texts are parsed in pieces and joined."""
    return list(_parsed(pipeline, texts, batch_size))


def _parsed(pipeline: Pipeline, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """:func:`_parse`, one document at a time. The parse of a text short enough to be
    cheap to keep goes to the one parse cache (:func:`brandvoice.nlp.remember`): a check
    rule that reads the text's tags (``grammar.fr-*``) finds it there. A text the cache
    already holds is not parsed again: ``adapt`` checks the master and the variants its
    transforms and fitting parsed whole."""
    from spacy.tokens import Doc

    pieces = [_chunks(text) for text in texts]
    known = [
        parsed_already(pipeline.lang, text) if len(chunks) == 1 else None
        for text, chunks in zip(texts, pieces, strict=True)
    ]
    flat = [
        piece for chunks, doc in zip(pieces, known, strict=True) if doc is None for piece in chunks
    ]
    parsed = iter(pipeline.analysis_docs(flat, batch_size=batch_size))
    for text, chunks, doc in zip(texts, pieces, known, strict=True):
        if doc is not None:
            yield doc
            continue
        parts = [next(parsed) for _ in chunks]
        if len(parts) > 1:
            yield Doc.from_docs(parts, ensure_whitespace=False)
            continue
        if len(text) <= _REMEMBERED_CHARS:
            remember(pipeline.lang, text, parts[0])
        yield parts[0]


def _chunks(text: str) -> list[str]:
    """``text`` cut into pieces of at most ``_CHUNK`` code points, preferably after a line
    or a sentence end; the pieces concatenate back to ``text``."""
    pieces = []
    start = 0
    while len(text) - start > _CHUNK:
        end = start + _CHUNK
        cut = end
        for boundary in _BOUNDARIES:
            ends = [m.end() for m in boundary.finditer(text, start + _CHUNK // 2, end)]
            if ends:
                cut = ends[-1]
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
