"""The ``Checker``: it composes the backends (:mod:`brandvoice.checks.backends`: our rules,
LanguageTool, Grammalecte, the embedded speller) and the filters of their findings
(:mod:`brandvoice.checks.filters`) into each text's report.

The spaCy work is batched per language with ``nlp.pipe``; LanguageTool answers over HTTP
meanwhile; everything else is per text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from brandvoice.checks import filters
from brandvoice.checks.backends import Backend, BackendRun, Batch, StandIn
from brandvoice.checks.backends import grammalecte as gl
from brandvoice.checks.backends import languagetool as lt
from brandvoice.checks.backends.builtin import BuiltinRules
from brandvoice.checks.backends.languagetool import LanguageToolMode
from brandvoice.checks.backends.speller import EmbeddedSpeller
from brandvoice.checks.context import CheckContext
from brandvoice.checks.registry import select_rules
from brandvoice.checks.selectors import RuleSelection
from brandvoice.errors import InputError
from brandvoice.findings import Finding, Report, Severity
from brandvoice.lang import Lang, base_language, choose_locale
from brandvoice.text.limits import MAX_CHARS_OPTION, MAX_CHECK_CHARS, require_within
from brandvoice.text.segments import sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from brandvoice.analysis import Analysis
    from brandvoice.networks import Network
    from brandvoice.nlp import Pipeline
    from brandvoice.profiles import VoiceProfile

DEFAULT_NETWORK = "facebook"


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """One text to check; ``voice`` and ``network`` are names, paths or loaded objects."""

    text: str
    voice: str | VoiceProfile | None = None
    network: str | Network | None = None
    lang: str = "auto"
    path: str | None = None
    # The day the text is published (facts.* rules); None: today.
    date: dt.date | None = None
    # What the text is for (an intent id, see brandvoice.understand), when known: spares
    # the facts.* rules reading it again. None: read from the text.
    intent: str | None = None
    # Vocabulary entries beyond the voice's (see brandvoice.text.vocabulary): words never
    # flagged as typos, words always flagged.
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()


class _Prepared(NamedTuple):
    """A request with its voice and network resolved, and the locale it is checked in
    (``evidence``: the words that told the region, when ``auto`` read it from the text)."""

    request: CheckRequest
    voice: VoiceProfile
    network: Network
    locale: str
    evidence: tuple[str, ...]


def resolve_target(
    voice: str | VoiceProfile | None, network: str | Network | None
) -> tuple[VoiceProfile, Network]:
    """Fill in whichever of voice and network is missing: a network's default voice, or the
    first network a voice serves; with neither, :data:`DEFAULT_NETWORK`."""
    from brandvoice.networks import Network, get_network
    from brandvoice.profiles import VoiceProfile, get_voice

    profile = voice if isinstance(voice, VoiceProfile) else None
    if profile is None and voice is not None:
        profile = get_voice(str(voice))
    if isinstance(network, Network):
        target = network
    elif network is not None:
        target = get_network(network)
    else:
        target = get_network(profile.networks[0] if profile else DEFAULT_NETWORK)
    return profile or get_voice(target.default_voice), target


class Checker:
    """Checks texts with a fixed rule selection. Reuse one instance for many texts.

    ``second_opinion=False`` keeps every LanguageTool finding as LanguageTool rates it;
    by default an unreliable French rule that Grammalecte does not confirm is advice
    (see :mod:`brandvoice.checks.second_opinion`). ``accept`` and ``reject`` are
    vocabulary entries for every text (a project's), added to each voice's and request's.
    A text longer than ``max_chars`` characters is refused (:mod:`brandvoice.text.limits`).
    """

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        severity: Mapping[str, Severity | str] | None = None,
        languagetool: LanguageToolMode | str = LanguageToolMode.AUTO,
        languagetool_url: str | None = None,
        second_opinion: bool = True,
        accept: Iterable[str] = (),
        reject: Iterable[str] = (),
        max_chars: int = MAX_CHECK_CHARS,
    ) -> None:
        # Who runs and what is kept or re-rated: one grammar (brandvoice.checks.selectors).
        self.selection = RuleSelection.of(disable, severity)
        self.max_chars = max_chars
        self.accept = tuple(accept)
        self.reject = tuple(reject)
        self.rules = select_rules(self.selection)
        self.languagetool = LanguageToolMode(languagetool)
        if not self.selection.runs(lt.RULE_PREFIX):  # --disable languagetool: do not call it
            self.languagetool = LanguageToolMode.OFF
        # --disable grammalecte: French grammar from LanguageTool and our rules only
        self.grammalecte = self.selection.runs(gl.RULE_PREFIX)
        self.languagetool_url = languagetool_url
        self.second_opinion = second_opinion

    def _compose(self) -> _Composition:
        """The backends and filters of the configuration as it is now (``brandvoice.parallel``
        hands its workers a copy with another LanguageTool server)."""
        own = tuple(rule for rule in self.rules if rule.fallback_for is None)
        standing_in = tuple(rule for rule in self.rules if rule.fallback_for == lt.RULE_PREFIX)
        return _Composition(
            (
                lt.LanguageTool(self.languagetool, self.languagetool_url),
                gl.Grammalecte(self.grammalecte),
            ),
            BuiltinRules(own),
            (EmbeddedSpeller(standing_in),),
            filters.pipeline(self.selection, second_opinion=self.second_opinion),
        )

    def __getstate__(self) -> dict[str, object]:
        # Sent to worker processes (--jobs, Dask) by rule id: rules are the registry's
        # objects, some built from data at run time, and each process has its own registry.
        state = dict(self.__dict__)
        state["rules"] = tuple(rule.id for rule in self.rules)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        from brandvoice.checks.registry import rules_by_id

        ids = state["rules"]
        assert isinstance(ids, tuple)
        self.__dict__.update(state)
        self.rules = tuple(rules_by_id()[rule_id] for rule_id in ids)

    def check(self, request: CheckRequest) -> Report:
        return self.check_many([request])[0]

    def check_many(
        self, requests: Sequence[CheckRequest], *, executor: Executor | None = None
    ) -> list[Report]:
        """Each request's report, in order. With ``executor`` (a process pool, Dask's
        ``client.get_executor()``...), chunks of the batch run on its workers, with the
        same reports (:mod:`brandvoice.parallel`)."""
        if executor is not None:
            from brandvoice.parallel import check_many

            return check_many(self, requests, executor=executor)
        from brandvoice.nlp import get_pipeline

        composed = self._compose()
        targets: dict[tuple[object, object], tuple[VoiceProfile, Network]] = {}
        prepared = [self._prepare(request, targets) for request in requests]
        by_lang: dict[Lang, list[int]] = defaultdict(list)
        for index, each in enumerate(prepared):
            by_lang[base_language(each.locale)].append(index)
        reports: list[Report | None] = [None] * len(prepared)
        batches = {
            lang: Batch(
                lang,
                [prepared[i].request.text for i in indices],
                [prepared[i].locale for i in indices],
            )
            for lang, indices in by_lang.items()
        }
        # LanguageTool answers over HTTP while this thread runs spaCy: start its requests
        # first (the server's own start, on first use, overlaps with loading the models).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="languagetool") as background:
            started = {
                lang: [(b, b.start(batch, background)) for b in composed.external]
                for lang, batch in batches.items()
            }
            for lang, indices in by_lang.items():
                pipeline = get_pipeline(lang)
                # spaCy's work runs here, in batches, on this thread: parsing ahead in
                # background threads cost 5-10 % more CPU and bought no time on a quiet
                # machine; on a loaded one a second thread only takes a second share of
                # the cores, as --jobs does (docs/benchmarks.md, check vs proselint).
                sentence_docs = pipeline.sentence_docs(batches[lang].texts)
                analyses = self._analyses(batches[lang].texts, lang)
                tokens: list[int] = []
                contexts = self._contexts(
                    [prepared[i] for i in indices], sentence_docs, analyses, tokens, lang
                )
                for (index, count), checked in zip(
                    zip(indices, tokens, strict=True),
                    self._check(composed, batches[lang], contexts, started[lang], background),
                    strict=True,
                ):
                    request = prepared[index].request
                    reports[index] = self._report(composed, checked, request, pipeline, count)
        return [report for report in reports if report is not None]

    def _contexts(
        self,
        prepared: list[_Prepared],
        sentence_docs: Iterator[Doc],
        analyses: Iterator[Analysis] | None,
        tokens: list[int],
        lang: Lang,
    ) -> list[CheckContext]:
        """Each text's context: its sentences from spaCy's ``sentence_docs`` (their token
        counts appended to ``tokens``), and what the selected rules read of it
        (``analyses``, in text order)."""
        contexts = []
        for (request, voice, network, locale, evidence), doc in zip(
            prepared, sentence_docs, strict=True
        ):
            tokens.append(len(doc))
            sentences = sentence_spans(
                request.text, [(s.start_char, s.end_char) for s in doc.sents]
            )
            ctx = CheckContext(
                request.text,
                lang,
                voice,
                network,
                sentences,
                date=request.date,
                intent=request.intent,
                locale=locale,
                accept=(*self.accept, *request.accept),
                reject=(*self.reject, *request.reject),
            )
            ctx.analysis = next(analyses) if analyses is not None else None
            if evidence:  # the region was read from the text: say why
                ctx.metrics["locale_evidence"] = list(evidence)
            contexts.append(ctx)
        return contexts

    def _check(
        self,
        composed: _Composition,
        batch: Batch,
        contexts: list[CheckContext],
        external: list[tuple[Backend, BackendRun | None]],
        background: Executor,
    ) -> list[_Gathered]:
        """Every backend's findings for each text of ``batch``. The external checkers answer
        first: the stand-ins run on the texts they did not check, and the notes they leave
        in a text's metrics (a failure) come before our rules'. A text's findings are ours,
        the stand-ins', then the external checkers' (between equals, the dedupe keeps the
        first); the report lists the external checkers, then the stand-ins."""
        done: list[_Answers] = []
        for backend, run in external:
            if run is not None:
                found = run.check_many(contexts)
                done.append(_Answers(backend.prefix, run.name, found))
        ours = composed.builtin.start(batch, background).check_many(contexts)
        standing_in: list[_Answers] = []
        for stand_in in composed.stand_ins:
            stood_for = [a for a in done if a.prefix == stand_in.stands_in_for]
            chosen = [i for i in range(len(contexts)) if all(a.found[i] is None for a in stood_for)]
            run = stand_in.start(batch, background) if chosen else None
            if run is None:
                continue
            alone: list[list[Finding] | None] = [None] * len(contexts)
            for i, answer in zip(
                chosen, run.check_many([contexts[i] for i in chosen]), strict=True
            ):
                alone[i] = answer
            standing_in.append(_Answers(stand_in.prefix, run.name, alone))
        gathered = []
        for i, ctx in enumerate(contexts):
            checked_by = [a for a in (*done, *standing_in) if a.found[i] is not None]
            findings = [*(ours[i] or ())]
            for each in (*standing_in, *done):
                findings.extend(each.found[i] or ())
            checkers = frozenset(a.prefix for a in checked_by)
            names = [a.name for a in checked_by]
            gathered.append(_Gathered(filters.Checked(ctx, checkers), findings, names))
        return gathered

    def _analyses(self, texts: Sequence[str], lang: Lang) -> Iterator[Analysis] | None:
        """Formality, address and readability, in order, when a selected rule reads them
        (each made when the next is asked for)."""
        if not any(rule.needs_analysis for rule in self.rules):
            return None
        from brandvoice.analysis.analyze import iter_analyses

        return iter_analyses(texts, lang)

    def _prepare(
        self,
        request: CheckRequest,
        targets: dict[tuple[object, object], tuple[VoiceProfile, Network]] | None = None,
    ) -> _Prepared:
        """``targets``: the voices and networks already resolved by name in this batch
        (looking a voice up by name reads the voice folders: once per name, not per text)."""
        if not request.text.strip():
            raise InputError("the message is empty", path=request.path)
        require_within(request.text, self.max_chars, path=request.path, option=MAX_CHARS_OPTION)
        key = (request.voice, request.network)
        if not all(part is None or isinstance(part, str) for part in key):
            targets = None  # loaded objects: nothing to look up
        resolved = targets.get(key) if targets is not None else None
        if resolved is None:
            resolved = resolve_target(request.voice, request.network)
            if targets is not None:
                targets[key] = resolved
        voice, network = resolved
        locale, evidence = choose_locale(request.lang, request.text, voice.locale)
        return _Prepared(request, voice, network, locale, evidence)

    def _report(
        self,
        composed: _Composition,
        gathered: _Gathered,
        request: CheckRequest,
        pipeline: Pipeline,
        tokens: int,
    ) -> Report:
        ctx = gathered.checked.ctx
        findings = filters.apply(composed.filters, gathered.findings, gathered.checked)
        measured = ctx.measure
        metrics = {
            "count": measured.count,
            "limit": measured.limit,
            "unit": str(measured.unit),
            "valid": measured.valid,
            "tokens": tokens,
            "sentences": len(ctx.sentences),
            **ctx.metrics,
        }
        return Report(
            text=ctx.text,
            voice=ctx.voice.name,
            network=ctx.network.id,
            lang=ctx.lang,
            findings=findings,
            metrics=metrics,
            # Our rules, on spaCy's sentences, then every other backend that checked it.
            backends=[composed.builtin.prefix, pipeline.backend, *gathered.names],
            path=request.path,
            locale=ctx.locale if ctx.locale != ctx.lang else "",
        )


class _Composition(NamedTuple):
    """What a check runs: the external checkers, our rules, the stand-ins, then the filters."""

    external: tuple[Backend, ...]
    builtin: BuiltinRules
    stand_ins: tuple[StandIn, ...]
    filters: tuple[filters.FindingFilter, ...]


class _Answers(NamedTuple):
    """A backend's findings for each text of a batch (None: a text it did not check)."""

    prefix: str
    name: str
    found: list[list[Finding] | None]


class _Gathered(NamedTuple):
    """One text's findings as the backends give them, and who checked it."""

    checked: filters.Checked
    findings: list[Finding]
    names: list[str]  # the backends beside ours that checked it, as the report lists them
