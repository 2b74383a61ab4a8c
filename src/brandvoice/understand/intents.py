"""Which intent a master message has, and the words that decided it (``data/intents.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import regex

from brandvoice.understand import backstop
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
    # Whether a question to the reader fits ("What do you think?"): not under a job
    # advert, a recall or an apology.
    engagement: bool = False
    # The emoji that says what kind of post this is when no topic of the message has one;
    # "" for none. Serious intents get an informational one at most (⚠️), never a festive one.
    emoji: str = ""


@dataclass(frozen=True, slots=True)
class IntentRules:
    rules: tuple[IntentRule, ...]  # in precedence order (ties go to the first)
    min_score: float
    serious_score: float
    # A serious intent reaching this wins over a festive one: an apology taken for a
    # celebration costs more than a celebration read soberly.
    serious_over_festive: float
    # Where a message says something in passing ("pour fêter ça, -10 %"): per language,
    # from the marker to the end of its sentence; cues there weigh `aside_weight` times less.
    asides: dict[str, regex.Pattern[str]]
    aside_weight: float

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
        rules.append(
            IntentRule(
                intent,
                tone,
                action,
                cues,
                examples_of(entry, where),
                engagement=bool(entry.get("engagement", False)),
                emoji=str(entry.get("emoji", "")),
            )
        )
    missing = set(Intent) - {rule.intent for rule in rules}
    if missing:
        raise CueFileError(f"{DATA_FILE}: no entry for {sorted(missing)}")
    return IntentRules(
        tuple(rules),
        float(document["min_score"]),
        float(document["serious_score"]),
        float(document["serious_over_festive"]),
        _asides(document.get("asides")),
        float(document["aside_weight"]),
    )


def _asides(entries: object) -> dict[str, regex.Pattern[str]]:
    if not isinstance(entries, dict):
        raise CueFileError(f"{DATA_FILE}: expected `asides:` per language")
    found: dict[str, regex.Pattern[str]] = {}
    for lang, markers in entries.items():
        alternatives = "|".join(str(m) for m in markers or ())
        # [^.!?\n]* stops at the sentence's end: what follows is the message again.
        found[str(lang)] = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])[^.!?\n]*",
            regex.IGNORECASE | regex.VERSION1,
        )
    return found


@dataclass(frozen=True, slots=True)
class IntentReading:
    intent: Intent
    cues: tuple[Cue, ...]
    scores: tuple[tuple[str, float], ...]
    # The words that made the backstop's choice (``backstop``), when the cues could not
    # decide alone: a tie at the top, or no intent reaching ``min_score``.
    words: tuple[Cue, ...] = ()


def cue_reading(text: str, lang: str) -> dict[Intent, tuple[Cue, ...]]:
    """Each intent's cues in ``text``, those said in passing (``asides``) weighing less; in
    the file's order."""
    rules = intent_rules()
    plain = plain_text(text)
    aside = rules.asides.get(lang)
    spans = [m.span() for m in aside.finditer(plain)] if aside is not None else []

    def weighed(cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
        return tuple(
            replace(cue, weight=cue.weight * rules.aside_weight)
            if any(start <= cue.start < end for start, end in spans)
            else cue
            for cue in cues
        )

    return {rule.intent: weighed(rule.cues[lang].find(plain, text)) for rule in rules.rules}


def intent_cues_in(text: str, lang: str, intent: Intent) -> tuple[Cue, ...]:
    """The cues of ``intent`` in any ``text`` (``lang`` a base language), at their full
    weight: which sentence of a variant says what makes its message a recall (the hazard,
    the batch) or an apology."""
    rule = intent_rules().of(intent)
    if lang not in rule.cues:
        return ()
    return rule.cues[lang].find(plain_text(text), text)


def classify(
    text: str,
    lang: str,
    *,
    statistics: backstop.Model | None = None,
    confidence: float = backstop.CONFIDENCE,
    tie_confidence: float = backstop.TIE_CONFIDENCE,
) -> IntentReading:
    """The intent of ``text``: the serious one whose cues reach ``serious_score`` if any,
    else the highest-scoring one reaching ``min_score`` (ties: the backstop's choice among
    them, serious intents first), else the backstop's when it is confident, else news; a
    festive winner gives way to a serious intent reaching ``serious_over_festive``. Cues
    said in passing (``asides``) weigh less. ``statistics``, ``confidence`` and
    ``tie_confidence`` replace the backstop's model and thresholds (for its
    cross-validation)."""
    rules = intent_rules()
    found = cue_reading(text, lang)
    ask = statistics or backstop.model()
    scores = tuple((str(intent), score(cues)) for intent, cues in found.items() if cues)
    tones = {rule.intent: rule.tone for rule in rules.rules}

    def serious_reaching(threshold: float) -> list[Intent]:
        return [i for i, t in tones.items() if t == "serious" and score(found[i]) >= threshold]

    words: tuple[Cue, ...] = ()
    # max keeps the first of ties: the file's order is the precedence.
    serious = serious_reaching(rules.serious_score)
    if serious:
        best = max(serious, key=lambda i: score(found[i]))
    else:
        best = max(tones, key=lambda i: score(found[i]))
        top = score(found[best])
        tied = [i for i in tones if score(found[i]) == top]
        if top < rules.min_score:
            best, words = _backstop(ask, text, lang, found, list(tones), confidence)
        elif len(tied) > 1 and tones[best] != "serious":
            # A serious intent tied at the top keeps it: the backstop never argues it away.
            best, words = _backstop(ask, text, lang, found, tied, tie_confidence, best)
        if tones[best] == "festive" and (doubt := serious_reaching(rules.serious_over_festive)):
            best, words = max(doubt, key=lambda i: score(found[i])), ()
    return IntentReading(best, found[best], scores, words)


def _backstop(
    statistics: backstop.Model,
    text: str,
    lang: str,
    found: dict[Intent, tuple[Cue, ...]],
    candidates: list[Intent],
    confidence: float,
    otherwise: Intent = Intent.NEWS,
) -> tuple[Intent, tuple[Cue, ...]]:
    """The backstop's choice among ``candidates`` and the words that made it; ``otherwise``
    (and no words) when it gives its choice less than ``confidence`` of the candidates'
    chances."""
    read = backstop.words(text, lang, statistics.stem, statistics.pairs)
    present = backstop.features(read, (str(i) for i, cues in found.items() if cues))
    chances = statistics.probabilities(present)
    # Ties between equal chances go to the file's order (candidates keep it).
    ranked = sorted(candidates, key=lambda i: -chances[i])
    chosen = ranked[0]
    if chances[chosen] < confidence * sum(chances[i] for i in candidates):
        return otherwise, ()
    against = ranked[1] if len(ranked) > 1 else chosen
    return chosen, statistics.telling(text, read, chosen, against)
