"""Message understanding measured on the labelled masters (``benchmarks/data/masters.yaml``).

    python benchmarks/understand_eval.py            # print the Markdown report
    python benchmarks/understand_eval.py --write    # put it in docs/understand.md
    python benchmarks/understand_eval.py --errors   # dev, training, fresh and blind-2
                                                    # mistakes, one a line
    python benchmarks/understand_eval.py --fresh    # also the spent sets (masters-fresh.yaml,
                                                    # masters-blind-2.yaml) and the blind one
                                                    # (masters-blind-3.yaml)

Runs :func:`brandvoice.understand.understand` on every master, with its language and its
reference date, and reports for the dev split, the held-out split and both together:
per-intent precision, recall, F1 and support, macro F1 and accuracy; action accuracy; the
serious-vs-festive confusion (an apology or recall taken for a celebration, and the
reverse); key-fact recall per role (a labelled fact is found when a key fact of that role
overlaps it); and weekday-mismatch detection. The output is deterministic: every date is
read against the master's own reference date, and nothing is timed.

``--errors`` lists the mistakes of the dev split, the training posts and the two spent
blind sets. The held-out split is for reporting: tuning the cues on its texts or errors
would make its figures worthless, so this script never prints them.

``--fresh`` adds the figures of the two sets first written blind to the cues:
``benchmarks/data/masters-fresh.yaml`` ("fresh", 60 masters, 2026-12-06 morning) and
``benchmarks/data/masters-blind-2.yaml`` ("blind-2", 72 masters, that afternoon). Both are
SPENT: tuned on since 2026-12-06 night (their texts and errors shaped cues, and the
backstop is fitted on them), so their columns are labelled "tuned-on" and measure
generalisation no longer; only a new blind set, never read by whoever tunes, does. Each
gets a column and a per-intent table; they are not counted in "both" (``--write --fresh``
puts them in the doc too). It adds ``benchmarks/data/masters-blind-3.yaml`` ("blind-3", 72
masters written that night by a writer who read none of the project) too: a blind set whose
figures only are shown, never its mistakes (``--errors`` does not even read it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from brandvoice.understand import SERIOUS_INTENTS, Intent, Message, Role, understand
from brandvoice.understand.consistency import WEEKDAY_MISMATCH
from brandvoice.understand.intents import intent_rules

ROOT = Path(__file__).resolve().parents[1]
MASTERS = ROOT / "benchmarks" / "data" / "masters.yaml"
# Written blind to the cues, then spent: tuned on since 2026-12-06 night (cues, and the
# backstop fitted on them), so reported apart as tuned-on. The key is the set's name.
SPENT_SETS = {
    "fresh": ROOT / "benchmarks" / "data" / "masters-fresh.yaml",
    "blind-2": ROOT / "benchmarks" / "data" / "masters-blind-2.yaml",
}
# Written blind to the cues and never tuned on: only its figures are ever shown (never its
# mistakes), so that it keeps measuring how the reader does on wording nobody tuned on.
BLIND_SETS = {
    "blind-3": ROOT / "benchmarks" / "data" / "masters-blind-3.yaml",
}
# Posts written to tune the intent reader on (and to fit its backstop), reported apart.
TRAINING = ROOT / "benchmarks" / "data" / "intent-training.yaml"
DOC = ROOT / "docs" / "understand.md"
# The report replaces what lies between these lines of the doc, the intents' data and the
# figures; the prose around them is written by hand.
BLOCKS = ("understand intents", "understand figures")
SPLITS = ("dev", "heldout")
SPLIT_NAMES = {
    "dev": "dev",
    "heldout": "held-out",
    "all": "both",
    "training": "training",
    **{name: f"{name} (tuned-on)" for name in SPENT_SETS},
    **{name: f"{name} (blind)" for name in BLIND_SETS},
}
ROLES = (Role.WHAT, Role.WHEN, Role.WHERE, Role.HOW)


@dataclass(frozen=True, slots=True)
class Master:
    id: str
    lang: str
    split: str
    intent: Intent
    action: str
    reference_date: dt.date
    facts: dict[str, tuple[str, ...]]
    weekday_mismatch: bool
    text: str
    # The business's name as the text spells it, where the text names one (labelled
    # for the voices, which speak of or as the brand a profile names).
    brand: str | None = None


def load_masters(path: Path = MASTERS) -> tuple[Master, ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    masters: list[Master] = []
    for entry in document["masters"]:
        labelled = entry.get("facts") or {}
        facts = {str(role): tuple(map(str, found)) for role, found in labelled.items()}
        for role, found in facts.items():
            missing = [fact for fact in found if fact not in entry["text"]]
            if missing:
                raise ValueError(f"{entry['id']}: facts.{role} not in the text: {missing}")
        reference = entry["reference_date"]
        masters.append(
            Master(
                id=str(entry["id"]),
                lang=str(entry["lang"]),
                split=str(entry["split"]),
                intent=Intent(entry["intent"]),
                action=str(entry["action"]),
                reference_date=reference
                if isinstance(reference, dt.date)
                else dt.date.fromisoformat(str(reference)),
                facts=facts,
                weekday_mismatch=bool(entry.get("weekday_mismatch", False)),
                text=str(entry["text"]),
                brand=str(entry["brand"]) if entry.get("brand") else None,
            )
        )
    return tuple(masters)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One master as understood, next to its labels."""

    master: Master
    message: Message

    @property
    def intent_right(self) -> bool:
        return self.message.intent is self.master.intent

    @property
    def action_right(self) -> bool:
        return str(self.message.action) == self.master.action

    @property
    def weekday_flagged(self) -> bool:
        return any(f.rule == WEEKDAY_MISMATCH for f in self.message.findings)

    def facts_found(self, role: Role) -> tuple[int, int]:
        """(labelled facts of ``role`` some key fact of that role overlaps, labelled facts)."""
        labelled = self.master.facts.get(str(role), ())
        spans = [(f.start, f.end) for f in self.message.of_role(role)]
        found = 0
        for fact in labelled:
            if any(
                start < end_ and start_ < end
                for start, end in _occurrences(self.master.text, fact)
                for start_, end_ in spans
            ):
                found += 1
        return found, len(labelled)


def _occurrences(text: str, part: str) -> Iterator[tuple[int, int]]:
    at = text.find(part)
    while at >= 0:
        yield at, at + len(part)
        at = text.find(part, at + 1)


def run(masters: Iterable[Master]) -> list[Outcome]:
    return [Outcome(m, understand(m.text, lang=m.lang, date=m.reference_date)) for m in masters]


def festive_intents() -> frozenset[Intent]:
    return frozenset(rule.intent for rule in intent_rules().rules if rule.tone == "festive")


@dataclass(frozen=True, slots=True)
class IntentScore:
    support: int
    predicted: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of one split (or of both)."""

    size: int
    per_intent: dict[Intent, IntentScore]
    accuracy: float
    action_accuracy: float
    serious_as_festive: int
    festive_as_serious: int
    facts: dict[Role, tuple[int, int]]
    weekday_true_positives: int
    weekday_false_positives: int
    weekday_missed: int
    serious_size: int = 0
    festive_size: int = 0
    # (labelled, read) -> how many masters, for the intents read wrong.
    confusions: dict[tuple[str, str], int] = field(default_factory=dict)
    errors: tuple[Outcome, ...] = field(default=(), repr=False)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the intents that occur in the split."""
        scores = [s.f1 for s in self.per_intent.values() if s.support]
        return sum(scores) / len(scores) if scores else 0.0


def figures(outcomes: Sequence[Outcome]) -> Figures:
    festive = festive_intents()
    per_intent: dict[Intent, IntentScore] = {}
    for intent in Intent:
        per_intent[intent] = IntentScore(
            support=sum(o.master.intent is intent for o in outcomes),
            predicted=sum(o.message.intent is intent for o in outcomes),
            right=sum(o.master.intent is intent and o.intent_right for o in outcomes),
        )
    facts: dict[Role, tuple[int, int]] = {}
    for role in ROLES:
        pairs = [o.facts_found(role) for o in outcomes]
        facts[role] = (sum(p[0] for p in pairs), sum(p[1] for p in pairs))
    size = len(outcomes)
    return Figures(
        size=size,
        per_intent=per_intent,
        accuracy=sum(o.intent_right for o in outcomes) / size if size else 0.0,
        action_accuracy=sum(o.action_right for o in outcomes) / size if size else 0.0,
        serious_as_festive=sum(
            o.master.intent in SERIOUS_INTENTS and o.message.intent in festive for o in outcomes
        ),
        festive_as_serious=sum(
            o.master.intent in festive and o.message.intent in SERIOUS_INTENTS for o in outcomes
        ),
        facts=facts,
        weekday_true_positives=sum(
            o.master.weekday_mismatch and o.weekday_flagged for o in outcomes
        ),
        weekday_false_positives=sum(
            not o.master.weekday_mismatch and o.weekday_flagged for o in outcomes
        ),
        weekday_missed=sum(o.master.weekday_mismatch and not o.weekday_flagged for o in outcomes),
        serious_size=sum(o.master.intent in SERIOUS_INTENTS for o in outcomes),
        festive_size=sum(o.master.intent in festive for o in outcomes),
        errors=tuple(o for o in outcomes if not (o.intent_right and o.action_right)),
        confusions=dict(
            sorted(
                Counter(
                    (str(o.master.intent), str(o.message.intent))
                    for o in outcomes
                    if not o.intent_right
                ).items()
            )
        ),
    )


def evaluate(
    masters: Sequence[Master] | None = None, blind: dict[str, Sequence[Master]] | None = None
) -> dict[str, Figures]:
    """Figures for ``dev``, ``heldout`` and ``all``; for ``training`` (the training posts,
    apart: not masters, and partly what the backstop is fitted on); and for each blind set
    given, under its name (kept out of ``all``)."""
    outcomes = run(load_masters() if masters is None else masters)
    by_split = {split: [o for o in outcomes if o.master.split == split] for split in SPLITS}
    results = {**{s: figures(found) for s, found in by_split.items()}, "all": figures(outcomes)}
    if masters is None and TRAINING.exists():
        results["training"] = figures(run(load_masters(TRAINING)))
    for name, found in (blind or {}).items():
        results[name] = figures(run(found))
    return results


# --- The report --------------------------------------------------------------------------------


def _ratio(found: int, total: int) -> str:
    return f"{found}/{total} ({found / total:.0%})" if total else "–"


def summary_table(results: dict[str, Figures]) -> str:
    columns = list(results)
    rows: list[tuple[str, list[str]]] = [
        ("masters", [str(results[c].size) for c in columns]),
        ("intent accuracy", [f"{results[c].accuracy:.3f}" for c in columns]),
        ("intent macro F1", [f"{results[c].macro_f1:.3f}" for c in columns]),
        ("action accuracy", [f"{results[c].action_accuracy:.3f}" for c in columns]),
        (
            "serious taken for festive (must be 0)",
            [f"{results[c].serious_as_festive} of {results[c].serious_size}" for c in columns],
        ),
        (
            "festive taken for serious",
            [f"{results[c].festive_as_serious} of {results[c].festive_size}" for c in columns],
        ),
    ]
    rows += [
        (f"key facts found: {role}", [_ratio(*results[c].facts[role]) for c in columns])
        for role in ROLES
    ]
    rows += [
        (
            "weekday mismatch: flagged right / labelled",
            [
                _ratio(
                    results[c].weekday_true_positives,
                    results[c].weekday_true_positives + results[c].weekday_missed,
                )
                for c in columns
            ],
        ),
        (
            "weekday mismatch: false alarms",
            [str(results[c].weekday_false_positives) for c in columns],
        ),
    ]
    head = "| | " + " | ".join(SPLIT_NAMES[c] for c in columns) + " |"
    lines = [head, "|---" + "|---:" * len(columns) + "|"]
    lines += [f"| {name} | " + " | ".join(values) + " |" for name, values in rows]
    return "\n".join(lines)


def intent_table(result: Figures) -> str:
    lines = [
        "| intent | support | predicted | precision | recall | F1 |",
        "|---" + "|---:" * 5 + "|",
    ]
    for intent, s in result.per_intent.items():
        lines.append(
            f"| {intent} | {s.support} | {s.predicted} | {s.precision:.2f} | {s.recall:.2f} "
            f"| {s.f1:.2f} |"
        )
    lines.append(f"| **macro** | {result.size} | | | | **{result.macro_f1:.3f}** |")
    if result.confusions:
        taken = ", ".join(
            f"{labelled} as {read}" + (f" ({count})" if count > 1 else "")
            for (labelled, read), count in result.confusions.items()
        )
        lines += ["", f"Intents read wrong (labelled as read): {taken}."]
    return "\n".join(lines)


def report(results: dict[str, Figures]) -> str:
    parts = [
        "Generated by `python benchmarks/understand_eval.py --write`; do not edit by hand.",
        "",
        summary_table(results),
    ]
    for split in (*SPLITS, "all", "training"):
        if split not in results:
            continue
        kind = "posts" if split == "training" else "masters"
        parts += ["", f"Per intent, {SPLIT_NAMES[split]} ({results[split].size} {kind}):", ""]
        parts.append(intent_table(results[split]))
    for name, path in SPENT_SETS.items():
        if name in results:
            parts += [
                "",
                f"Per intent, {name} ({results[name].size} masters of `{path.name}`, "
                "written blind to the cues, spent: tuned on since 2026-12-06 night; "
                "not in both):",
                "",
                intent_table(results[name]),
            ]
    for name, path in BLIND_SETS.items():
        if name in results:
            parts += [
                "",
                f"Per intent, {name} ({results[name].size} masters of `{path.name}`, "
                "written blind to the cues and never tuned on; not in both):",
                "",
                intent_table(results[name]),
            ]
    return "\n".join(parts)


def intents_table() -> str:
    """Each intent's data as intents.yaml gives it, in precedence order."""
    lines = [
        "| intent | tone | engagement question | emoji | action by default |",
        "|---|---|---|---|---|",
    ]
    for rule in intent_rules().rules:
        emoji = rule.emoji or "none"
        question = "yes" if rule.engagement else "no"
        lines.append(f"| {rule.intent} | {rule.tone} | {question} | {emoji} | {rule.action} |")
    return "\n".join(lines)


def write_report(blocks: dict[str, str], path: Path = DOC) -> None:
    """Each of ``blocks`` between its ``<!-- name -->`` and ``<!-- /name -->`` lines of the
    doc, added at its end when the doc has no such lines yet."""
    doc = path.read_text(encoding="utf-8") if path.exists() else ""
    for name, text in blocks.items():
        begin, end = f"<!-- {name} -->", f"<!-- /{name} -->"
        block = f"{begin}\n{text}\n{end}"
        if begin in doc and end in doc:
            head, _, rest = doc.partition(begin)
            _, _, tail = rest.partition(end)
            doc = f"{head}{block}{tail}"
        else:
            doc = f"{doc.rstrip()}\n\n{block}\n" if doc else f"{block}\n"
    path.write_text(doc, encoding="utf-8")


def dev_errors(results: dict[str, Figures]) -> str:
    """The mistakes of the dev split, the training posts and the spent blind sets: intent or
    action wrong, with the cues that decided (never the held-out split's)."""
    lines: list[str] = []
    shown = ("dev", "training", *SPENT_SETS)
    for outcome in (o for name in shown if name in results for o in results[name].errors):
        m, got = outcome.master, outcome.message
        cues = ", ".join(f"{c.text!r}" for c in (*got.intent_cues, *got.intent_words))
        action_cues = ", ".join(f"{c.text!r}" for c in got.action_cues)
        scores = ", ".join(f"{k}={v:g}" for k, v in sorted(dict(got.scores).items()))
        lines.append(
            f"{m.id}: intent {m.intent} -> {got.intent} [{cues}] ({scores}); "
            f"action {m.action} -> {got.action} [{action_cues}]"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help=f"write the report into {DOC}")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the mistakes of the dev split, training posts, fresh and blind-2",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="also report the spent and blind sets: "
        + ", ".join(p.name for p in (*SPENT_SETS.values(), *BLIND_SETS.values())),
    )
    args = parser.parse_args(argv)
    # The spent sets are tuned on: --errors lists their mistakes too. The blind sets are
    # never read for --errors, so their mistakes cannot be printed.
    sets = {**SPENT_SETS, **BLIND_SETS} if args.fresh and not args.errors else SPENT_SETS
    blind = (
        {name: load_masters(path) for name, path in sets.items()}
        if args.fresh or args.errors
        else None
    )
    results = evaluate(blind=blind)
    if args.errors:
        print(dev_errors(results))
        return 0
    text = report(results)
    if args.write:
        write_report(dict(zip(BLOCKS, (intents_table(), text), strict=True)))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
