"""Findings on correct French the typo evaluation never uses: where the checks over-fire.

    python benchmarks/correct_french_alarms.py [--limit N] [--no-languagetool] [--show RULE]

The rules and downgrades of ``evaluate_typos.py`` were tuned on the development halves of
Grammalecte's tests and LanguageTool's examples; their held-out halves are only measured.
To find what over-fires without reading those, this runs the same checks (same rules off)
over a third corpus of correct French: both French sides (formal and informal) of
CoCoA-MT (``cocoa-mt-formality-en-fr``, professional translations of conversations, see
SOURCES.md). Each warning or error there is most likely a false alarm: it prints them by
rule, sentence-frame rules apart, and with ``--show RULE`` (a prefix) the sentences and
the words flagged. ``--masters`` checks instead the French master messages of the
development split of ``benchmarks/data/masters.yaml`` and of the spent sets
(``masters-fresh.yaml``, ``masters-blind-2.yaml``): whole posts, written for brandvoice.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from evaluate_typos import DISABLED, SENTENCE_FRAME_RULES, _rows
from shared import testdata_dir


def sentences() -> list[str]:
    """The French sides of CoCoA-MT, each text once (the formal and informal sides share
    many sentences)."""
    path = testdata_dir() / "cocoa-mt-formality-en-fr" / "cocoa-mt-test-en-fr.tsv"
    seen: dict[str, None] = {}
    for row in _rows(path):
        for column in ("fr_formal", "fr_informal"):
            text = row[column].strip()
            if text:
                seen.setdefault(text, None)
    return list(seen)


def masters() -> list[str]:
    """The French master messages the benchmarks let us tune on."""
    import yaml

    data = Path(__file__).parent / "data"
    texts = []
    for name in ("masters.yaml", "masters-fresh.yaml", "masters-blind-2.yaml"):
        loaded = yaml.safe_load((data / name).read_text(encoding="utf-8"))
        entries = loaded.get("masters", loaded) if isinstance(loaded, dict) else loaded
        for entry in entries:
            spent = name != "masters.yaml"  # the spent sets are read whole
            if entry.get("lang") == "fr" and (spent or entry.get("split") == "dev"):
                texts.append(str(entry["text"]).strip())
    return texts


def main() -> None:
    from brandvoice.checks import Checker, CheckRequest
    from brandvoice.findings import Severity

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="texts (every k-th)")
    parser.add_argument("--no-languagetool", action="store_true")
    parser.add_argument("--show", action="append", default=[], help="rule id prefix to print")
    parser.add_argument("--masters", action="store_true", help="the French masters instead")
    args = parser.parse_args()
    texts = masters() if args.masters else sentences()
    if args.limit and len(texts) > args.limit:
        step = len(texts) / args.limit
        texts = [texts[int(i * step)] for i in range(args.limit)]
    checker = Checker(
        disable=[*DISABLED, "facts"], languagetool="off" if args.no_languagetool else "required"
    )
    reports = checker.check_many([CheckRequest(t, "expert-blog", "blog", "fr") for t in texts])
    by_rule: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    flagged = 0
    for text, report in zip(texts, reports, strict=True):
        alarming = [
            f
            for f in report.findings
            if f.severity is not Severity.INFO and f.rule not in SENTENCE_FRAME_RULES
        ]
        flagged += bool(alarming)
        for finding in alarming:
            by_rule[finding.rule] += 1
            words = text[finding.offset : finding.offset + finding.length]
            examples[finding.rule].append(f"[{words}] {finding.message[:90]} | {text}")
    print(f"{len(texts)} texts, {flagged} flagged ({flagged / max(len(texts), 1):.3f})")
    print("backends:", ", ".join(reports[0].backends) if reports else "-")
    for rule, count in by_rule.most_common():
        print(f"{count:4d}  {rule}")
        if any(rule.startswith(prefix) for prefix in args.show):
            for line in examples[rule]:
                print("        ", line)


if __name__ == "__main__":
    main()
