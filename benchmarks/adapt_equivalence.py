"""Whether a change to the adaptation code changed what ``adapt`` writes: snapshot the
variants' texts, change logs and dropped facts for a set of masters, then compare.

    python benchmarks/adapt_equivalence.py write SNAPSHOT.json   # before the change
    python benchmarks/adapt_equivalence.py check SNAPSHOT.json   # after: byte-identical?

Masters: every master of ``benchmarks/data/masters.yaml``, ``tests/fixtures/masters/*.txt``,
``examples/*.txt`` and long masters built by ``adapt_scaling.long_master`` (French and
English, 2 to 12 kB), into the six default networks, ``languagetool="off"``, fixed date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from adapt_scaling import long_master
from shared import ROOT

from brandvoice.adaptation.engine import adapt

DATE = dt.date(2026, 11, 25)
LONG_SIZES = (2_000, 5_000, 12_000)
# The audit's problems that come from the adaptation's own reading (the checks' findings
# belong to other code and change with it).
AUDITED = frozenset({"missing-fact", "fit.key-fact-dropped", "fit.sentence-broken"})


def masters() -> dict[str, tuple[str, str]]:
    """id -> (lang, text)."""
    found: dict[str, tuple[str, str]] = {}
    data = yaml.safe_load((ROOT / "benchmarks" / "data" / "masters.yaml").read_text("utf-8"))
    for m in data["masters"]:
        found[m["id"]] = (m["lang"], m["text"])
    for folder in (ROOT / "tests" / "fixtures" / "masters", ROOT / "examples"):
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            lang = "fr" if "-fr" in path.stem or path.stem.startswith("fr") else "auto"
            found[f"{folder.name}/{path.stem}"] = (lang, text)
    for lang in ("fr", "en"):
        for size in LONG_SIZES:
            found[f"long-{lang}-{size}"] = (lang, long_master(lang, size))
    return found


def snapshot(only: str | None) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, (lang, text) in masters().items():
        if only and only not in key:
            continue
        adaptation = adapt(text, lang=lang, date=DATE, languagetool="off", max_chars=400_000)
        result[key] = [
            {
                "network": v.network,
                "voice": v.voice,
                "text": v.text,
                "changes": [[c.transform, c.before, c.after, c.reason] for c in v.changes],
                "dropped": list(v.dropped),
                "problems": sorted(
                    p.message
                    for p in adaptation.problems
                    if p.network == v.network and p.kind in AUDITED
                ),
            }
            for v in adaptation.variants
        ]
        print(key, file=sys.stderr, flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--only", help="only the masters whose id contains this")
    args = parser.parse_args()
    now = snapshot(args.only)
    if args.mode == "write":
        args.snapshot.write_text(json.dumps(now, ensure_ascii=False, indent=1), "utf-8")
        print(f"{len(now)} masters written to {args.snapshot}")
        return
    before = json.loads(args.snapshot.read_text("utf-8"))
    differing = [key for key in now if now[key] != before.get(key)]
    for key in differing:
        for old, new in zip(before.get(key) or [], now[key], strict=False):  # type: ignore[arg-type]
            if old != new:
                print(f"DIFF {key} {new['network']}")
                if old["text"] != new["text"]:
                    print(f"  before: {old['text'][:300]!r}\n  after:  {new['text'][:300]!r}")
                else:
                    print("  same text, different changes, dropped facts or problems")
    print(f"{len(now) - len(differing)}/{len(now)} masters identical")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
