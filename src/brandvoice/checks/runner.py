"""Run the selected rules over texts and gather each text's findings and metrics.

The spaCy work is batched per language with ``nlp.pipe``; everything else is per text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.checks.context import CheckContext
from brandvoice.checks.registry import matching, select_rules
from brandvoice.errors import InputError
from brandvoice.findings import Category, Finding, Report, Severity
from brandvoice.lang import Lang, resolve_language

if TYPE_CHECKING:
    from brandvoice.networks import Network
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
    """Checks texts with a fixed rule selection. Reuse one instance for many texts."""

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        severity: Mapping[str, Severity | str] | None = None,
    ) -> None:
        self.rules = select_rules(disable)
        self.severity: dict[str, Severity] = {}
        for selector, level in (severity or {}).items():
            for rule in matching(selector):
                self.severity[rule.id] = Severity(level)

    def check(self, request: CheckRequest) -> Report:
        return self.check_many([request])[0]

    def check_many(self, requests: Sequence[CheckRequest]) -> list[Report]:
        from brandvoice.nlp import get_pipeline

        prepared = [self._prepare(request) for request in requests]
        by_lang: dict[Lang, list[int]] = defaultdict(list)
        for index, (_, lang, _, _) in enumerate(prepared):
            by_lang[lang].append(index)
        reports: list[Report | None] = [None] * len(prepared)
        for lang, indices in by_lang.items():
            pipeline = get_pipeline(lang)
            texts = (prepared[i][0].text for i in indices)
            for index, doc in zip(indices, pipeline.sentence_docs(texts), strict=True):
                request, _, voice, network = prepared[index]
                sentences = [(s.start_char, s.end_char) for s in doc.sents]
                ctx = CheckContext(request.text, lang, voice, network, sentences)
                reports[index] = self._run(ctx, request, [pipeline.backend], len(doc))
        return [report for report in reports if report is not None]

    def _prepare(self, request: CheckRequest) -> tuple[CheckRequest, Lang, VoiceProfile, Network]:
        if not request.text.strip():
            raise InputError("the message is empty", path=request.path)
        voice, network = resolve_target(request.voice, request.network)
        return request, resolve_language(request.lang, request.text), voice, network

    def _run(
        self, ctx: CheckContext, request: CheckRequest, backends: list[str], tokens: int
    ) -> Report:
        findings: list[Finding] = []
        for rule in self.rules:
            for finding in rule.check(ctx):
                if _touches_protected(finding, ctx):
                    continue
                level = self.severity.get(finding.rule)
                if level is not None and level is not finding.severity:
                    finding = _with_severity(finding, level)
                findings.append(finding)
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
        )


def _touches_protected(finding: Finding, ctx: CheckContext) -> bool:
    """Whether ``finding`` is a false alarm on a URL, e-mail, mention, hashtag, emoji, product
    code or glossary name. Word-level findings are dropped when they touch one; findings on
    longer stretches (a grammar error across a clause) only when they lie inside one."""
    start, end = finding.offset, finding.offset + finding.length
    if finding.category in _WORD_LEVEL:
        return ctx.protected.overlaps(start, end)
    if finding.category in _PHRASE_LEVEL:
        return ctx.protected.contains(start, end)
    return False  # length, register, readability, terminology: about the text as written


_WORD_LEVEL = frozenset({Category.SPELLING, Category.TYPOGRAPHY})
_PHRASE_LEVEL = frozenset({Category.GRAMMAR, Category.STYLE})


def _with_severity(finding: Finding, severity: Severity) -> Finding:
    from dataclasses import replace

    return replace(finding, severity=severity)
