"""The checkers whose findings a check gathers, behind one protocol.

- :mod:`.builtin`: brandvoice's own rules (the registry's), on spaCy's sentences;
- :mod:`.languagetool`: a LanguageTool server, over HTTP;
- :mod:`.grammalecte`: Grammalecte, in process, for French;
- :mod:`.speller`: the embedded Hunspell speller, standing in for LanguageTool on the
  texts LanguageTool did not check.

The :class:`~brandvoice.checks.runner.Checker` starts every backend on each batch of one
language, builds each text's :class:`~brandvoice.checks.context.CheckContext`, asks each
run for its findings, and hands them to the filters (:mod:`brandvoice.checks.filters`).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext
    from brandvoice.findings import Finding
    from brandvoice.lang import Lang


@dataclass(frozen=True, slots=True)
class Batch:
    """The texts of one language that one ``check_many`` call checks, each in its locale
    (``en-GB``, ``fr-CA``...)."""

    lang: Lang
    texts: Sequence[str]
    locales: Sequence[str]


class BackendRun(Protocol):
    """One backend at work on one batch."""

    @property
    def name(self) -> str:
        """What reports list it as (``languagetool-6.6``, ``hunspell:fr``); read once
        :meth:`check_many` has answered."""
        ...

    def check_many(self, contexts: Sequence[CheckContext]) -> list[list[Finding] | None]:
        """The findings of each text of the batch, in order; None for a text it could not
        check (the reason, when the report should show it, goes in ``ctx.metrics``)."""
        ...


class Backend(Protocol):
    """A checker: its findings' rule ids start with ``prefix`` (``languagetool``), the
    name selectors give it."""

    @property
    def prefix(self) -> str: ...

    def start(self, batch: Batch, background: Executor) -> BackendRun | None:
        """Start checking ``batch``: a checker that answers over the network submits its
        work to ``background`` (the caller parses the texts meanwhile). None when it does
        not run on this batch: disabled, another language, not installed."""
        ...


class StandIn(Backend, Protocol):
    """A backend that runs only on the texts that the backend named ``stands_in_for``
    (its prefix) did not check: not started, unavailable, or failed on that text."""

    @property
    def stands_in_for(self) -> str: ...
