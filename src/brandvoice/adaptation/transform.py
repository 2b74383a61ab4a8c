"""What a transform is: a small, data-described rewrite with its own examples.

A transform never rewrites a text wholesale. It proposes :class:`Edit`\\ s (replace
``text[start:end]`` with ``replacement``, and why) on the text it is given; the pipeline
applies them and records one :class:`~brandvoice.adaptation.model.Change` per edit, so every
difference between the master and a variant is explained. Like the check rules, every
transform carries examples (a text before, the text after, the target it is written for)
and one parametrized test runs them all.

Two stages: ``BODY`` transforms rewrite the master's body before the voice's template
lays it out (register, glossary, address form, contractions, person); ``POST``
transforms work on the rendered variant (emoji, hashtags, links, typography, length).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from brandvoice.lang import Lang
from brandvoice.nlp import parse as parse

if TYPE_CHECKING:
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile
    from brandvoice.understand import Message


class Stage(StrEnum):
    BODY = "body"  # on the master's body, before the template
    POST = "post"  # on the rendered variant, after the template


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``; ``start == end`` inserts."""

    start: int
    end: int
    replacement: str
    reason: str
    # Facts (URLs, prices, names...) this edit removes on purpose, e.g. a sentence dropped
    # to fit the length limit: the faithfulness check accepts their absence.
    drops: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decoration:
    """Per-post choices that override what the message implies: no emoji, these hashtags
    rather than drawn ones, this call to action."""

    emoji: bool = True
    hashtags: tuple[str, ...] | None = None
    cta: str | None = None


@dataclass(frozen=True)
class Target:
    """What a variant is written for, and the master it comes from."""

    voice: VoiceProfile
    network: Network
    lang: Lang
    # The master message as the user wrote it, for transforms that need the whole of it
    # (hashtags drawn from its noun phrases, the link a shortened variant points to).
    master: str = ""
    # What the master is for and says, read once (brandvoice.understand); None only for
    # transforms run outside an adaptation, which then read ``master`` themselves.
    message: Message | None = None
    decoration: Decoration = Decoration()
    # The tag the variant is written in ("fr-CH"): the master's, in the voice's region
    # when the master's names none. Empty: ``lang`` in the voice's region.
    locale: str = ""

    def understood(self) -> Message:
        """The master's :class:`Message` (read now, and cached, when none was given)."""
        if self.message is not None:
            return self.message
        return _understood(self.master, self.lang)

    @cached_property
    def protected_names(self) -> tuple[str, ...]:
        return self.voice.names


@lru_cache(maxsize=256)
def _understood(master: str, lang: Lang) -> Message:
    from brandvoice.understand import understand

    return understand(master, lang)


class Transform(ABC):
    """Base class of every transform. Subclasses fill the metadata and implement :meth:`edits`."""

    id: ClassVar[str]  # stable, kebab-case: "address", "register-lexicon", "fit-length"
    stage: ClassVar[Stage]
    order: ClassVar[int]  # position in its stage, lowest first
    summary: ClassVar[str]
    examples: ClassVar[Sequence[TransformExample]]
    # Transforms that must rewrite inside protected spans (UTM tags on a URL) say so;
    # every other transform's edits that touch a URL, mention, hashtag, e-mail, emoji,
    # product code or glossary name are refused by the pipeline.
    edits_protected: ClassVar[bool] = False
    # A transform whose edits write a speaker's words (a press note's quote) says so: no
    # later transform of the same stage edits inside them (the person rules would put the
    # quote's "we" in the third person).
    quotes: ClassVar[bool] = False

    def applies(self, target: Target) -> bool:
        """Whether the transform has anything to do for this target (cheap, no parsing)."""
        return True

    @abstractmethod
    def edits(self, text: str, target: Target) -> list[Edit]:
        """Edits on ``text`` for ``target``, non-overlapping, in any order."""


@dataclass(frozen=True, slots=True)
class TransformExample:
    """``before`` becomes ``after`` for a variant of ``voice`` on ``network``.

    ``profile`` overrides fields of the voice for the example (``{"address": "tu"}``).
    """

    before: str
    after: str
    lang: Lang = "en"
    voice: str = "casual-facebook"
    network: str = "facebook"
    profile: Mapping[str, Any] = field(default_factory=dict)
    master: str | None = None  # defaults to ``before``
    # The day the master is written, for examples whose dates must be read as days.
    date: dt.date | None = None


class OverlappingEditsError(ValueError):
    pass


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` applied; raises :class:`OverlappingEditsError` if two overlap."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position or edit.end < edit.start or edit.end > len(text):
            raise OverlappingEditsError(f"edit {edit} overlaps another or leaves the text")
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def example_target(example: TransformExample) -> Target:
    """The target an example is written for: its voice with the example's overrides."""
    from brandvoice.networks import get_network
    from brandvoice.profiles import VoiceProfile, get_voice

    voice = get_voice(example.voice)
    if example.profile:
        data = voice.model_dump()
        for key, value in example.profile.items():
            if isinstance(value, Mapping) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        voice = VoiceProfile.model_validate(data)
    master = example.master if example.master is not None else example.before
    message = None
    if example.date is not None:
        from brandvoice.understand import understand

        message = understand(master, example.lang, date=example.date)
    return Target(
        voice=voice,
        network=get_network(example.network),
        lang=example.lang,
        master=master,
        message=message,
    )
