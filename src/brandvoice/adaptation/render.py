"""Render a master message through a voice's Jinja2 template, in a sandbox.

Profiles may come from third parties, so templates run in Jinja2's
``ImmutableSandboxedEnvironment``: no attribute access to internals, no mutation of
the context, and undefined names are errors rather than silent blanks.

Two filters put a name after a French preposition, in the context's language:
``{{ brand | de }}`` gives "du Sable d’Or", ``{{ brand | a }}`` ("à" without its accent)
"au Comptoir"; in English the name itself ("About {{ brand | de }}": "About Le Sable d’Or").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from brandvoice.errors import InputError

if TYPE_CHECKING:
    from jinja2 import Template
    from jinja2.runtime import Context
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from brandvoice.adaptation.french.contraction import Preposition
    from brandvoice.lang import Lang
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

_TRAILING_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


@cache
def environment() -> ImmutableSandboxedEnvironment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from brandvoice.profiles.model import TEMPLATE_PREPOSITIONS

    env = ImmutableSandboxedEnvironment(
        autoescape=False,  # plain-text output: posts are not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    # The same names the profile model lets templates use: a profile that loads renders.
    for name, preposition in TEMPLATE_PREPOSITIONS.items():
        env.filters[name] = _preposition_filter(preposition)
    return env


def _preposition_filter(preposition: Preposition) -> Callable[[Context, str | None], str]:
    """A filter writing a name after ``preposition`` in the template's ``lang``; '' for no
    name (``brand`` is None when the profile has none), so ``select`` drops the phrase."""
    from jinja2 import pass_context

    from brandvoice.adaptation.french.contraction import with_preposition

    @pass_context
    def after_preposition(context: Context, name: str | None) -> str:
        lang: Lang = "fr" if context.get("lang") == "fr" else "en"
        return with_preposition(preposition, name or "", lang)

    return after_preposition


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    # Compiling a template costs ~5 ms; a voice's few templates are rendered many times.
    return environment().from_string(source)


def template_key(voice: VoiceProfile, network: str) -> str:
    return network if network in voice.templates else "default"


def render(voice: VoiceProfile, network: Network, context: dict[str, Any]) -> str:
    """The voice's template for ``network`` filled with ``context`` (see ``adapt.layout``)."""
    from jinja2 import TemplateError

    key = template_key(voice, network.id)
    try:
        text = _compiled(voice.template_for(network.id)).render(context)
    except TemplateError as error:
        raise InputError(
            f"template failed: {error}", field=f"voice {voice.name}: templates.{key}"
        ) from error
    return _BLANK_RUNS.sub("\n\n", _TRAILING_SPACES.sub("", text)).strip()
