"""Understand a master message: what it is for, what it says, what it asks of its reader.

>>> from brandvoice.understand import understand
>>> message = understand("Le Fournil recrute un apprenti boulanger (H/F) en CDI.", lang="fr")
>>> message.explain()
"intent: hiring because 'recrute', 'apprenti', 'boulanger', '(H/F)'"
>>> str(message.action)
'apply'

Deterministic and explained: the intent and action come from weighted cue lists
(``data/intents.yaml``, ``data/actions.yaml``), each decision with the words that made it
(when the cues tie or are too weak, a naive Bayes model of labelled posts, ``backstop``, has
the last word, and its words are named too);
the key facts from the fact extractor and spaCy's parse (``roles``); dates are read as days,
the year inferred from ``date`` (today by default); ``findings`` lists what cannot all be
true in the message (``facts.*``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

from brandvoice.errors import InputError
from brandvoice.understand.model import (
    SERIOUS_INTENTS,
    Action,
    Cue,
    Intent,
    KeyFact,
    Message,
    Role,
    TimeKind,
)

__all__ = [
    "SERIOUS_INTENTS",
    "Action",
    "Cue",
    "Intent",
    "KeyFact",
    "Message",
    "Role",
    "TimeKind",
    "understand",
]

# Longer texts are not posts; reading them whole would only cost time (the parse is
# linear but the caller waits). The first part says what the message is for.
MAX_CHARS = 20_000


def understand(
    master: str,
    lang: str = "auto",
    *,
    date: dt.date | None = None,
    names: Iterable[str] = (),
    intent: Intent | str | None = None,
    action: Action | str | None = None,
) -> Message:
    """Read ``master``: its intent and the words that decided it, the action it asks, its key
    facts by role, and its consistency findings.

    ``lang`` is ``fr``, ``en`` or ``auto``; ``date`` is the day the post is written (dates
    without a year are the next ones after it; today when omitted); ``names`` are the
    brand's names (always "who"); ``intent`` and ``action`` override what the text says.
    Never raises on any text (an unknown ``intent`` or ``action`` is an :class:`InputError`).
    """
    from brandvoice.lang import base_language, resolve_locale
    from brandvoice.nlp import parse
    from brandvoice.understand.actions import read_action
    from brandvoice.understand.consistency import date_findings
    from brandvoice.understand.facts import parseable
    from brandvoice.understand.intents import classify, intent_rules
    from brandvoice.understand.roles import key_facts

    forced_intent = _parse_enum(Intent, intent, "intent")
    forced_action = _parse_enum(Action, action, "action")
    text = master[:MAX_CHARS]
    # The region only says how dates are read ("03/04" is 3 April in en-GB): the rest is
    # the language's.
    locale = resolve_locale(lang, text)
    language = base_language(locale)
    reference = date or dt.date.today()
    reading = classify(text, language)
    chosen = forced_intent or reading.intent
    default_action = intent_rules().of(chosen).action
    asked, action_cues = read_action(text, language, chosen, default_action)
    doc = parse(language, parseable(text))
    facts = key_facts(text, language, doc, chosen, reference, names, locale=locale)
    return Message(
        text=text,
        lang=language,
        reference_date=reference,
        intent=chosen,
        intent_cues=() if forced_intent else reading.cues,
        action=forced_action or asked,
        action_cues=() if forced_action else action_cues,
        facts=facts,
        findings=tuple(date_findings(text, locale, reference, chosen)),
        scores=reading.scores,
        intent_words=() if forced_intent else reading.words,
        overridden=tuple(
            name for name, value in (("intent", forced_intent), ("action", forced_action)) if value
        ),
    )


_E = TypeVar("_E", Intent, Action)


def _parse_enum(kind: type[_E], value: _E | str | None, field: str) -> _E | None:
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(str(v) for v in kind)
        raise InputError(f"unknown {field} {value!r} (known: {known})", field=field) from None
