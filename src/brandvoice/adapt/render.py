"""Render a master message through a voice's Jinja2 template, in a sandbox.

Profiles may come from third parties, so templates run in Jinja2's
``ImmutableSandboxedEnvironment``: no attribute access to internals, no mutation of
the context, and undefined names are errors rather than silent blanks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from brandvoice.errors import InputError
from brandvoice.lang import Lang

if TYPE_CHECKING:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

_TRAILING_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class NetworkView:
    """What a template may read of a network (a plain object: the sandbox stays simple)."""

    id: str
    name: str
    limit: int | None


@cache
def environment() -> ImmutableSandboxedEnvironment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(
        autoescape=False,  # plain-text output: posts are not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def template_key(voice: VoiceProfile, network: str) -> str:
    return network if network in voice.templates else "default"


def render(
    voice: VoiceProfile,
    network: Network,
    *,
    lang: Lang,
    master: str,
    sentences: list[str],
    hashtags: list[str],
) -> str:
    from jinja2 import TemplateError

    key = template_key(voice, network.id)
    context: dict[str, Any] = {
        "master": master,
        "lang": lang,
        "sentences": sentences,
        "hook": sentences[0] if sentences else master,
        "body": " ".join(sentences[1:]),
        "cta": voice.cta_for(lang),
        "signature": voice.signature_for(lang),
        "hashtags": hashtags,
        "brand": voice.brand_name,
        "network": NetworkView(network.id, network.name, network.limit),
        "voice": voice.name,
    }
    try:
        text = environment().from_string(voice.template_for(network.id)).render(context)
    except TemplateError as error:
        raise InputError(
            f"template failed: {error}", field=f"voice {voice.name}: templates.{key}"
        ) from error
    return _BLANK_RUNS.sub("\n\n", _TRAILING_SPACES.sub("", text)).strip()
