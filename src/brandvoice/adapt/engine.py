"""From one master message to a checked variant per (voice, network).

This is the seam the adaptation engine grows from: today each voice renders the master
through its template; later transforms (register, address form, emoji, hashtags, length
fitting) slot in between rendering and checking, each appending its :class:`Change`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from brandvoice.adapt.model import Adaptation, Change, Variant
from brandvoice.adapt.render import render, template_key
from brandvoice.checks.runner import Checker, CheckRequest
from brandvoice.errors import InputError
from brandvoice.findings import Severity
from brandvoice.lang import resolve_language

if TYPE_CHECKING:
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

# The networks a small business posts the same news to when nothing else is asked.
DEFAULT_NETWORKS: tuple[str, ...] = ("website", "blog", "facebook", "linkedin", "x", "instagram")


def plan_targets(
    voices: Sequence[str | VoiceProfile] | None, networks: Sequence[str | Network] | None
) -> list[tuple[VoiceProfile, Network]]:
    """Which (voice, network) pairs to write: every voice on every network asked; a missing
    side comes from the other (a network's default voice, the networks a voice serves)."""
    from brandvoice.checks.runner import resolve_target

    if voices is None:
        return [resolve_target(None, n) for n in (networks or DEFAULT_NETWORKS)]
    pairs: list[tuple[VoiceProfile, Network]] = []
    for voice in voices:
        profile, _ = resolve_target(voice, None)
        for network in networks or profile.networks:
            pairs.append(resolve_target(profile, network))
    return pairs


def _split_trailing_hashtags(master: str) -> tuple[str, list[str]]:
    """Hashtags in a block at the end of the master are handed to templates separately;
    hashtags inside sentences stay where the author put them."""
    from brandvoice.text.entities import find_hashtags

    tags = find_hashtags(master)
    end = len(master.rstrip())
    trailing: list[str] = []
    for tag in reversed(tags):
        if master[tag.end : end].strip():
            break
        trailing.insert(0, tag.text)
        end = tag.start
    return master[:end].rstrip(), trailing


def adapt(
    master: str,
    voices: Sequence[str | VoiceProfile] | None = None,
    networks: Sequence[str | Network] | None = None,
    lang: str = "auto",
    *,
    disable: Iterable[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    languagetool: str = "auto",
    languagetool_url: str | None = None,
) -> Adaptation:
    """Write one variant of ``master`` per (voice, network) and check every variant.

    With neither ``voices`` nor ``networks``, writes the :data:`DEFAULT_NETWORKS` in their
    default voices. Every variant goes through the same checks as :func:`brandvoice.check`.
    """
    from brandvoice.nlp import get_pipeline

    if not master.strip():
        raise InputError("the master message is empty", field="master")
    master = master.strip()
    language = resolve_language(lang, master)
    body, hashtags = _split_trailing_hashtags(master)
    doc = next(get_pipeline(language).sentence_docs([body]))
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]

    drafts: list[tuple[VoiceProfile, Network, str, Change]] = []
    for voice, network in plan_targets(voices, networks):
        text = render(
            voice, network, lang=language, master=body, sentences=sentences, hashtags=hashtags
        )
        key = template_key(voice, network.id)
        change = Change(
            transform="template",
            before=master,
            after=text,
            reason=f"rendered through the {voice.name} voice's {key!r} template for {network.name}",
        )
        drafts.append((voice, network, text, change))

    checker = Checker(
        disable=disable,
        severity=severity,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
    )
    reports = checker.check_many(
        [CheckRequest(text, voice, network, language) for voice, network, text, _ in drafts]
    )
    variants = [
        Variant(
            voice=voice.name,
            network=network.id,
            lang=language,
            text=text,
            changes=[change],
            findings=report.findings,
            metrics=report.metrics,
            backends=report.backends,
        )
        for (voice, network, text, change), report in zip(drafts, reports, strict=True)
    ]
    return Adaptation(lang=language, master=master, variants=variants)
