"""What a master message asks its reader to do (``data/actions.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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
    cues: dict[str, CueSet]
    examples: dict[str, tuple[str, ...]]


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
        except (ValueError, TypeError) as error:
            raise CueFileError(f"{where}: {error}") from error
        cues = compile_cues(entry.get("cues"), where)
        rules.append(ActionRule(action, limited, cues, examples_of(entry, where)))
    return tuple(rules)


def read_action(
    text: str, lang: str, intent: Intent, default: Action
) -> tuple[Action, tuple[Cue, ...]]:
    """The action ``text`` asks for, with its cues; ``default`` (the intent's) when its cues
    ask nothing clearly. Serious intents other than a recall ask nothing but what their cues
    say: an apology's "contactez-nous" is where to get help, not a sale."""
    plain = plain_text(text)
    best: tuple[Action, tuple[Cue, ...]] = (default, ())
    best_score = MIN_SCORE - 0.5
    for rule in action_rules():
        if rule.intents is not None and intent not in rule.intents:
            continue
        cues = rule.cues[lang].find(plain, text)
        if score(cues) > best_score:
            best, best_score = (rule.action, cues), score(cues)
    if intent is Intent.INCIDENT and best[0] is not Action.NONE:
        return Action.NONE, ()
    return best
