"""Which intent a master message has, and the words that decided it (``data/intents.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

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

DATA_FILE = "intents.yaml"
Tone = Literal["serious", "neutral", "festive"]


@dataclass(frozen=True, slots=True)
class IntentRule:
    """One intent's data: its tone, default action, cues and examples per language."""

    intent: Intent
    tone: Tone
    action: Action
    cues: dict[str, CueSet]
    examples: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class IntentRules:
    rules: tuple[IntentRule, ...]  # in precedence order (ties go to the first)
    min_score: float
    serious_score: float

    def of(self, intent: Intent) -> IntentRule:
        return next(rule for rule in self.rules if rule.intent is intent)


@cache
def intent_rules() -> IntentRules:
    document = load_document(DATA_FILE)
    entries = document.get("intents")
    if not isinstance(entries, dict):
        raise CueFileError(f"{DATA_FILE}: expected `intents:`")
    rules: list[IntentRule] = []
    for name, entry in entries.items():
        where = f"{DATA_FILE}: intents.{name}"
        try:
            intent, action = Intent(name), Action(entry.get("action", "none"))
        except ValueError as error:
            raise CueFileError(f"{where}: {error}") from error
        tone = entry.get("tone")
        if tone not in ("serious", "neutral", "festive"):
            raise CueFileError(f"{where}: tone must be serious, neutral or festive")
        cues = compile_cues(entry.get("cues"), where)
        rules.append(IntentRule(intent, tone, action, cues, examples_of(entry, where)))
    missing = set(Intent) - {rule.intent for rule in rules}
    if missing:
        raise CueFileError(f"{DATA_FILE}: no entry for {sorted(missing)}")
    return IntentRules(tuple(rules), float(document["min_score"]), float(document["serious_score"]))


@dataclass(frozen=True, slots=True)
class IntentReading:
    intent: Intent
    cues: tuple[Cue, ...]
    scores: dict[str, float]


def classify(text: str, lang: str) -> IntentReading:
    """The intent of ``text``: the serious one whose cues reach ``serious_score`` if any,
    else the highest-scoring one reaching ``min_score`` (ties: the first in the file), else
    news."""
    rules = intent_rules()
    plain = plain_text(text)
    found = {rule.intent: rule.cues[lang].find(plain, text) for rule in rules.rules}
    scores = {str(intent): score(cues) for intent, cues in found.items() if cues}
    serious = [
        rule.intent
        for rule in rules.rules
        if rule.tone == "serious" and score(found[rule.intent]) >= rules.serious_score
    ]
    if serious:
        best = max(serious, key=lambda i: score(found[i]))  # max keeps the first of ties
    else:
        best = max((rule.intent for rule in rules.rules), key=lambda i: score(found[i]))
        if score(found[best]) < rules.min_score:
            best = Intent.NEWS
    return IntentReading(best, found[best], scores)
