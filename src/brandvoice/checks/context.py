"""Everything a rule may read about the text it checks, computed once per text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from brandvoice.lang import Lang

if TYPE_CHECKING:
    from brandvoice.analysis import Analysis
    from brandvoice.findings import Finding
    from brandvoice.networks import Measure, Network
    from brandvoice.profiles import VoiceProfile
    from brandvoice.text.entities import Entity
    from brandvoice.text.protect import ProtectedSpans


@dataclass
class CheckContext:
    text: str
    lang: Lang
    voice: VoiceProfile
    network: Network
    # Sentence spans (start, end) in code points, from the language's spaCy pipeline.
    sentences: list[tuple[int, int]]
    metrics: dict[str, Any] = field(default_factory=dict)
    # Set by the runner, in batch, when a selected rule needs it.
    analysis: Analysis | None = None
    # The day the text is published: dates without a year are the next ones after it, and
    # a date before it is past (facts.*). None: today.
    date: dt.date | None = None
    # What the text is for, when the caller knows it (``adapt`` checks variants of a master
    # it has read); None: read from the text when a rule needs it.
    intent: str | None = None
    # The language tag the text is written in ("en-GB", "fr-CA"; "en" / "fr": the default
    # region): its speller and LanguageTool's variant. Empty: ``lang``.
    locale: str = ""
    # Vocabulary entries beyond the voice's own (project configuration, a master's names).
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()

    @property
    def accepted_entries(self) -> tuple[str, ...]:
        return (*self.voice.vocabulary.accept, *self.accept)

    @property
    def rejected_entries(self) -> tuple[str, ...]:
        return (*self.voice.vocabulary.reject, *self.reject)

    @cached_property
    def measure(self) -> Measure:
        from brandvoice.networks import measure

        return measure(self.text, self.network)

    @cached_property
    def entities(self) -> list[Entity]:
        from brandvoice.text.entities import find_entities

        return find_entities(self.text)

    @cached_property
    def hashtags(self) -> list[Entity]:
        return [entity for entity in self.entities if entity.kind == "hashtag"]

    @cached_property
    def protected(self) -> ProtectedSpans:
        """URLs, e-mails, mentions, hashtags, emoji, product codes, the brand's names
        (``brand_name``, glossary brands) and the words its vocabulary accepts."""
        from brandvoice.text.protect import protected_spans
        from brandvoice.text.vocabulary import accepted_spans

        accepted = accepted_spans(self.text, self.accepted_entries)
        return protected_spans(self.text, self.voice.names, accepted)

    @cached_property
    def date_findings(self) -> list[Finding]:
        """The consistency findings of the text's dates (``facts.*``), as ``understand``
        reads them, without its parse: read once for all the rules that need them."""
        import datetime as dt

        from brandvoice.understand import Intent
        from brandvoice.understand.consistency import date_findings
        from brandvoice.understand.intents import classify

        def read_intent() -> Intent:  # only asked for when a date is past
            return classify(self.text, self.lang).intent

        intent = Intent(self.intent) if self.intent else read_intent
        # The locale, not the language: "03/04" is 3 April in en-GB, March 4 in en-US.
        locale = self.locale or self.lang
        return date_findings(self.text, locale, self.date or dt.date.today(), intent)
