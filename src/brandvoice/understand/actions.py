"""What a master message asks its reader to do (``data/actions.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from brandvoice.understand.cues import (
    CueFileError,
    CueSet,
    compile_cues,
    examples_of,
    load_document,
    plain_text,
    score,
)
from brandvoice.understand.model import Action, Cue, Intent

DATA_FILE = "actions.yaml"
# Below this, a cue is only a hint ("par mail"): the intent's default action stands.
MIN_SCORE = 2.0


@dataclass(frozen=True, slots=True)
class ActionRule:
    action: Action
    intents: frozenset[Intent] | None  # None: any intent may ask it
    # Intents under which its words ask something else: an offer's "sign up" is a purchase.
    not_intents: frozenset[Intent]
    cues: dict[str, CueSet]
    examples: dict[str, tuple[str, ...]]


@cache
def fixed_actions() -> dict[Intent, Action]:
    """Intents that always ask the same action (``fixed:`` in actions.yaml)."""
    fixed = load_document(DATA_FILE).get("fixed") or {}
    try:
        return {Intent(intent): Action(action) for intent, action in fixed.items()}
    except ValueError as error:
        raise CueFileError(f"{DATA_FILE}: fixed: {error}") from error


@cache
def asking_cues() -> dict[str, regex.Pattern[str]]:
    """Words that ask the reader to get in touch (``asking:`` in actions.yaml), per language."""
    asking = load_document(DATA_FILE).get("asking") or {}
    return {
        lang: regex.compile(
            rf"(?<![\p{{L}}\p{{N}}_])(?:{pattern})(?![\p{{L}}_])", regex.IGNORECASE | regex.VERSION1
        )
        for lang, pattern in asking.items()
    }


@cache
def action_rules() -> tuple[ActionRule, ...]:
    document = load_document(DATA_FILE)
    entries = document.get("actions")
    if not isinstance(entries, dict):
        raise CueFileError(f"{DATA_FILE}: expected `actions:`")
    rules: list[ActionRule] = []
    for name, entry in entries.items():
        where = f"{DATA_FILE}: actions.{name}"
        try:
            action = Action(name)
            intents = entry.get("intents")
            limited = None if intents is None else frozenset(Intent(i) for i in intents)
            excluded = frozenset(Intent(i) for i in entry.get("not_intents") or ())
        except (ValueError, TypeError) as error:
            raise CueFileError(f"{where}: {error}") from error
        cues = compile_cues(entry.get("cues"), where)
        rules.append(ActionRule(action, limited, excluded, cues, examples_of(entry, where)))
    return tuple(rules)


def action_cues_in(text: str, lang: str, action: Action) -> tuple[Cue, ...]:
    """The cues of ``action`` in any ``text`` (``lang`` a base language): a variant asks
    what its master asked in its own words ("Don't eat it" for "Do not eat it"), which the
    same patterns find, where the master's cue text would not."""
    rule = next((r for r in action_rules() if r.action is action), None)
    if rule is None or lang not in rule.cues:
        return ()
    return rule.cues[lang].find(plain_text(text), text)


def read_action(
    text: str, lang: str, intent: Intent, default: Action
) -> tuple[Action, tuple[Cue, ...]]:
    """The action ``text`` asks for, with its cues; ``default`` (the intent's) when its cues
    ask nothing clearly. Serious intents other than a recall ask nothing but what their cues
    say: an apology's "contactez-nous" is where to get help, not a sale."""
    plain = plain_text(text)
    fixed = fixed_actions().get(intent)
    if fixed is not None:
        rule = next((r for r in action_rules() if r.action is fixed), None)
        return fixed, (rule.cues[lang].find(plain, text) if rule else ())
    best: tuple[Action, tuple[Cue, ...]] = (default, ())
    best_score = MIN_SCORE - 0.5
    for rule in action_rules():
        if (rule.intents is not None and intent not in rule.intents) or intent in rule.not_intents:
            continue
        cues = rule.cues[lang].find(plain, text)
        if score(cues) > best_score:
            best, best_score = (rule.action, cues), score(cues)
    if intent is Intent.INCIDENT and best[0] is not Action.NONE:
        return Action.NONE, ()
    return best
