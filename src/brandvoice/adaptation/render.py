"""Render a master message through a voice's Jinja2 template, in a sandbox.

Profiles may come from third parties, so templates run in
:class:`~brandvoice.profiles.sandbox.TemplateSandbox`, Jinja2's immutable sandbox (no
attribute access to internals, no mutation of the context) with caps on value size, output
size and render time; undefined names are errors rather than silent blanks. Whatever a
template does wrong, rendering raises an ``InputError`` naming the voice and the template.

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

    from brandvoice.lang import Lang
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile
    from brandvoice.profiles.sandbox import TemplateSandbox
    from brandvoice.text.french.contraction import Preposition

_TRAILING_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


# Python errors a hostile or broken template can cause while rendering, beyond Jinja2's own
# TemplateError (which covers the sandbox's SecurityError and its limits): deep recursion,
# numbers or values too large, wrong types ('a' - 1), bad values ('{}'.format()), 1 / 0.
_RENDER_FAILURES = (
    RecursionError,
    MemoryError,
    ArithmeticError,
    TypeError,
    ValueError,
    LookupError,
    AttributeError,
)
# An error message quoting a value (a repr in a TypeError) stays one readable line.
_MESSAGE_CHARS = 300


@cache
def environment() -> TemplateSandbox:
    from jinja2 import StrictUndefined

    from brandvoice.profiles.model import TEMPLATE_PREPOSITIONS
    from brandvoice.profiles.sandbox import TemplateSandbox, guarded_filter

    env = TemplateSandbox(
        autoescape=False,  # plain-text output: posts are not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    # The same names the profile model lets templates use: a profile that loads renders.
    for name, preposition in TEMPLATE_PREPOSITIONS.items():
        env.filters[name] = guarded_filter(name, _preposition_filter(preposition))
    return env


def _preposition_filter(preposition: Preposition) -> Callable[[Context, str | None], str]:
    """A filter writing a name after ``preposition`` in the template's ``lang``; '' for no
    name (``brand`` is None when the profile has none), so ``select`` drops the phrase."""
    from jinja2 import pass_context

    from brandvoice.text.french.contraction import with_preposition

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
        text = _render_capped(_compiled(voice.template_for(network.id)), context)
    except (TemplateError, *_RENDER_FAILURES) as error:
        raise InputError(
            f"template failed: {_describe(error)}", field=f"voice {voice.name}: templates.{key}"
        ) from error
    return _BLANK_RUNS.sub("\n\n", _TRAILING_SPACES.sub("", text)).strip()


def _render_capped(template: Template, context: dict[str, Any]) -> str:
    """``template`` rendered under the sandbox's deadline, stopped past MAX_OUTPUT_CHARS."""
    from brandvoice.profiles.sandbox import (
        MAX_OUTPUT_CHARS,
        TemplateLimitError,
        check_deadline,
        render_budget,
    )

    pieces: list[str] = []
    size = 0
    with render_budget():
        for piece in template.generate(context):
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateLimitError(f"the output is over {MAX_OUTPUT_CHARS:,} characters")
            check_deadline()
            pieces.append(piece)
    return "".join(pieces)


def _describe(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "calls nest too deeply (a macro calling itself?)"
    if isinstance(error, MemoryError):
        return "out of memory"
    from jinja2 import TemplateError

    text = " ".join(str(error).split())
    if not isinstance(error, TemplateError):
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return text if len(text) <= _MESSAGE_CHARS else text[: _MESSAGE_CHARS - 1] + "…"
