"""Run the selected rules over texts and gather each text's findings and metrics.

The spaCy work is batched per language with ``nlp.pipe``; everything else is per text.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from brandvoice.checks import grammalecte as gl
from brandvoice.checks import languagetool as lt
from brandvoice.checks.context import CheckContext
from brandvoice.checks.registry import select_rules
from brandvoice.checks.second_opinion import weigh
from brandvoice.checks.selectors import RuleSelection
from brandvoice.errors import InputError
from brandvoice.findings import Category, Finding, Report, Severity
from brandvoice.lang import Lang, base_language, choose_locale
from brandvoice.text.limits import MAX_CHARS_OPTION, MAX_CHECK_CHARS, require_within
from brandvoice.text.segments import sentence_spans

if TYPE_CHECKING:
    from brandvoice.analysis import Analysis
    from brandvoice.grammalecte import GrammalecteError
    from brandvoice.languagetool.errors import LanguageToolUnavailable
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

DEFAULT_NETWORK = "facebook"
log = logging.getLogger(__name__)


class LanguageToolMode(StrEnum):
    AUTO = "auto"  # use it when it can run, else warn once and use the embedded speller
    OFF = "off"  # never: offline rules and the embedded speller only
    REQUIRED = "required"  # --strict: unavailable is an error (exit 2), not a quieter check


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
        from brandvoice.languagetool.errors import LanguageToolUnavailable
        from brandvoice.nlp import ahead, get_pipeline

        targets: dict[tuple[object, object], tuple[VoiceProfile, Network]] = {}
        prepared = [self._prepare(request, targets) for request in requests]
        locales = [each.locale for each in prepared]
        by_lang: dict[Lang, list[int]] = defaultdict(list)
        for index, locale in enumerate(locales):
            by_lang[base_language(locale)].append(index)
        reports: list[Report | None] = [None] * len(prepared)
        texts = {
            lang: [prepared[i].request.text for i in indices] for lang, indices in by_lang.items()
        }
        # LanguageTool answers over HTTP while this thread runs spaCy: start its requests
        # first (the server's own start, on first use, overlaps with loading the models).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="languagetool") as background:
            pending = {
                lang: background.submit(
                    self._languagetool_matches, texts[lang], [locales[i] for i in indices]
                )
                for lang, indices in by_lang.items()
                if self.languagetool is not LanguageToolMode.OFF
            }
            for lang, indices in by_lang.items():
                pipeline = get_pipeline(lang)
                # spaCy parses in background threads while this one checks (below).
                docs = ahead(pipeline.sentence_docs(texts[lang]))
                analyses = self._analyses(texts[lang], lang)
                second = self._grammalecte_errors(texts[lang], lang)
                external = pending[lang].result() if lang in pending else None
                for position, (index, doc) in enumerate(zip(indices, docs, strict=True)):
                    request, voice, network, locale, evidence = prepared[index]
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
                    ctx.analysis = next(analyses) if analyses else None
                    if evidence:  # the region was read from the text: say why
                        ctx.metrics["locale_evidence"] = list(evidence)
                    backends = [pipeline.backend]
                    matches: Sequence[lt.MatchLike] = ()
                    if external is not None:
                        answer = external[1][position]
                        if isinstance(answer, LanguageToolUnavailable):
                            # This text alone failed LanguageTool (the rest of the batch
                            # kept it): the embedded speller stands in, and the report says so.
                            ctx.metrics["languagetool_failed"] = str(answer)
                        else:
                            backends.append(external[0])
                            matches = answer
                    errors: Sequence[GrammalecteError] = ()
                    if second is not None:
                        backends.append(second[0])
                        errors = second[1][position]
                    reports[index] = self._run(ctx, request, backends, len(doc), matches, errors)
        return [report for report in reports if report is not None]

    def _analyses(self, texts: list[str], lang: Lang) -> Iterator[Analysis] | None:
        """Formality, address and readability, in order, when a selected rule reads them."""
        if not any(rule.needs_analysis for rule in self.rules):
            return None
        from brandvoice.analysis.analyze import analyses_ahead

        return analyses_ahead(texts, lang)

    def _languagetool_matches(
        self, texts: list[str], locales: list[str]
    ) -> tuple[str, list[list[lt.MatchLike] | LanguageToolUnavailable]] | None:
        """LanguageTool's matches for ``texts``, each checked in its locale (en-GB has its
        own spelling), with the backend's name; None when it is off, or unavailable and not
        required (the embedded speller then stands in). A text that alone failed (it crashed
        the server again after a restart, or was refused) gets its error in place of matches."""
        if self.languagetool is LanguageToolMode.OFF:
            return None
        from brandvoice.languagetool import LanguageToolUnavailable, get_backend

        try:
            backend = get_backend(self.languagetool_url)
            found: list[list[lt.MatchLike] | LanguageToolUnavailable] = [[] for _ in texts]
            for locale in dict.fromkeys(locales):
                chosen = [i for i, each in enumerate(locales) if each == locale]
                answers = backend.check_each([texts[i] for i in chosen], locale)
                for i, answer in zip(chosen, answers, strict=True):
                    found[i] = answer if isinstance(answer, LanguageToolUnavailable) else [*answer]
            failures = [each for each in found if isinstance(each, LanguageToolUnavailable)]
            if failures and (len(failures) == len(found) or self._requires_languagetool):
                raise failures[0]
            return backend.name, found
        except LanguageToolUnavailable as error:
            if self._requires_languagetool:
                raise
            _warn_once(f"LanguageTool unavailable, using the embedded speller: {error}")
            return None

    @property
    def _requires_languagetool(self) -> bool:
        return self.languagetool is LanguageToolMode.REQUIRED

    def _grammalecte_errors(
        self, texts: list[str], lang: Lang
    ) -> tuple[str, list[list[GrammalecteError]]] | None:
        """Grammalecte's errors for French ``texts``, with the backend's name; None for
        English, when it is disabled, or when it is not installed (``backends`` says so)."""
        if lang != "fr" or not self.grammalecte:
            return None
        from brandvoice.grammalecte import GrammalecteUnavailable, get_engine

        try:
            engine = get_engine()
        except GrammalecteUnavailable as error:
            log.info("French grammar without Grammalecte: %s", error)
            return None
        return engine.name, engine.check_many(texts)

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

    def _run(
        self,
        ctx: CheckContext,
        request: CheckRequest,
        backends: list[str],
        tokens: int,
        matches: Sequence[lt.MatchLike],
        grammalecte_errors: Sequence[GrammalecteError] = (),
    ) -> Report:
        ran_languagetool = any(b.startswith(lt.RULE_PREFIX) for b in backends)
        findings: list[Finding] = []
        for rule in self.rules:
            if rule.fallback_for == lt.RULE_PREFIX and ran_languagetool:
                continue
            if rule.fallback_for == lt.RULE_PREFIX:
                backends.append(f"hunspell:{ctx.lang}")
            findings.extend(rule.check(ctx))
        external = [lt.to_finding(m, ctx) for m in matches]
        second = [gl.to_finding(e) for e in grammalecte_errors]
        if self.second_opinion and any(b.startswith(gl.RULE_PREFIX) for b in backends):
            external = weigh(external, [*findings, *second], ctx.lang)
        keeps = self.selection.keeps
        findings = lt.merge(findings, (f for f in external if keeps(f)))
        findings = gl.merge(findings, (f for f in second if keeps(f)))
        findings = one_per_problem(
            self.selection.with_severity(f) for f in findings if not _touches_protected(f, ctx)
        )
        findings.sort(key=lambda f: (f.offset, f.length, f.rule))
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
            backends=["brandvoice", *backends],
            path=request.path,
            locale=ctx.locale if ctx.locale != ctx.lang else "",
        )


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, LanguageToolFallbackWarning, stacklevel=4)


class LanguageToolFallbackWarning(UserWarning):
    """LanguageTool could not be used; the embedded speller ran instead."""


# The categories where two checkers flag the same words for the same problem.
_LANGUAGE = frozenset({Category.SPELLING, Category.GRAMMAR, Category.TYPOGRAPHY})


def one_per_problem(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per span and problem: LanguageTool, Grammalecte and brandvoice flagging
    the same words in the same category are one problem. The most severe finding stays
    (brandvoice's own, then the first, between equals), with every checker's replacements,
    its own first."""
    kept: dict[tuple[Category, int, int], Finding] = {}
    others: list[Finding] = []
    for finding in findings:
        if finding.category not in _LANGUAGE:
            others.append(finding)
            continue
        key = (finding.category, finding.offset, finding.length)
        seen = kept.get(key)
        if seen is None:
            kept[key] = finding
            continue
        best, other = (finding, seen) if _outranks(finding, seen) else (seen, finding)
        merged = tuple(dict.fromkeys((*best.replacements, *other.replacements)))
        kept[key] = replace(best, replacements=merged)
    return [*others, *kept.values()]


def _outranks(finding: Finding, seen: Finding) -> bool:
    if finding.severity.rank != seen.severity.rank:
        return finding.severity.rank > seen.severity.rank
    return finding.source == "brandvoice" and seen.source != "brandvoice"


def _touches_protected(finding: Finding, ctx: CheckContext) -> bool:
    """Whether ``finding`` is a false alarm on a URL, e-mail, mention, hashtag, emoji, product
    code or glossary name. Word-level findings are dropped when they touch one; findings on
    longer stretches (a grammar error across a clause) only when they lie inside one."""
    start, end = finding.offset, finding.offset + finding.length
    if finding.category in _WORD_LEVEL:
        return ctx.protected.overlaps(start, end)
    if finding.category in _PHRASE_LEVEL:
        return ctx.protected.contains(start, end)
    # length, register, readability, terminology, facts: about the text as written
    return False


_WORD_LEVEL = frozenset({Category.SPELLING, Category.TYPOGRAPHY})
_PHRASE_LEVEL = frozenset({Category.GRAMMAR, Category.STYLE})
