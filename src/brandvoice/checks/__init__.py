"""Pre-publish checks: rules with stable ids, run over a text for a voice on a network."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from brandvoice.checks.backends.languagetool import LanguageToolMode
from brandvoice.checks.registry import all_rules, rule_ids, select_rules
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.checks.runner import Checker, CheckRequest, resolve_target
from brandvoice.findings import Report, Severity
from brandvoice.text.limits import MAX_CHECK_CHARS

if TYPE_CHECKING:
    import datetime as dt

    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

__all__ = [
    "CheckRequest",
    "Checker",
    "Example",
    "Fix",
    "LanguageToolMode",
    "Rule",
    "RuleKind",
    "all_rules",
    "check",
    "resolve_target",
    "rule_ids",
    "select_rules",
    "valid_entries",
]


def check(
    text: str,
    voice: str | VoiceProfile | None = None,
    network: str | Network | None = None,
    lang: str = "auto",
    *,
    disable: Iterable[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    path: str | None = None,
    languagetool: str = "auto",
    languagetool_url: str | None = None,
    date: dt.date | None = None,
    accept: Iterable[str] = (),
    reject: Iterable[str] = (),
    max_chars: int = MAX_CHECK_CHARS,
) -> Report:
    """Check ``text`` for ``voice`` on ``network`` and return its :class:`Report`.

    ``voice`` is a built-in name, a profile path or a loaded profile; ``network`` an id or a
    :class:`~brandvoice.networks.Network`. A missing one is derived from the other (a
    network's default voice, a voice's first network). ``lang`` is ``fr``, ``en`` or
    ``auto``. ``disable`` takes rule ids or prefixes (``length``); ``severity`` maps rule
    ids or prefixes to a new severity. For many texts, reuse a :class:`Checker`: it batches
    the language analysis. ``languagetool`` is ``auto`` (use it when it can run, else the
    embedded speller), ``off`` or ``required``; ``languagetool_url`` names remote servers.
    ``date`` is the day the text is published (``facts.*`` rules: a date before it is past,
    a date without a year is the next one after it); today when omitted. ``accept`` and
    ``reject`` add vocabulary entries to the voice's (see
    :class:`~brandvoice.profiles.model.Vocabulary`): words never flagged as typos, words
    always flagged. A text longer than ``max_chars`` characters is refused
    (:mod:`brandvoice.text.limits`).
    """
    checker = Checker(
        disable=disable,
        severity=severity,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
        max_chars=max_chars,
    )
    return checker.check(
        CheckRequest(
            text,
            voice,
            network,
            lang,
            path,
            date,
            accept=tuple(valid_entries(accept)),
            reject=tuple(valid_entries(reject)),
        )
    )


def valid_entries(entries: Iterable[str]) -> list[str]:
    """Vocabulary entries given to the API, validated as a profile's are."""
    from brandvoice.errors import InputError
    from brandvoice.text.vocabulary import VocabularyError, validate_entry

    checked = []
    for index, entry in enumerate(entries):
        try:
            checked.append(validate_entry(entry))
        except VocabularyError as error:
            raise InputError(f"vocabulary entry {index} ({entry[:40]!r}): {error}") from None
    return checked
