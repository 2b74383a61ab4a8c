"""Whether a change to the check code changed what ``check`` finds: snapshot the findings
of a set of texts, then compare.

    python benchmarks/check_equivalence.py record SNAPSHOT.json   # before the change
    python benchmarks/check_equivalence.py check SNAPSHOT.json    # after: byte-identical?

Texts: 600 English and 600 French generated posts (``benchmarks/posts.py``, checked in
one batch per language, as ``check_many`` sees them), and every master of
``benchmarks/data/masters.yaml`` twice: on its ``reference_date`` and a year and a half
later (its dates then past, so the intent decides whether they are findings).
``languagetool="off"``, fixed dates. Each finding: rule id, offset, length, message,
replacements, severity; and each report's metrics (formality, reading ease, sentences...).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from posts import generate_posts
from shared import ROOT

from brandvoice.checks.runner import Checker, CheckRequest
from brandvoice.findings import Report

DATE = dt.date(2026, 11, 25)
LATER = dt.timedelta(days=550)


def requests(posts: int) -> dict[str, CheckRequest]:
    """id -> request, in the order they are checked."""
    found: dict[str, CheckRequest] = {}
    generated = generate_posts(posts * 2)
    for lang in ("en", "fr"):
        for index, (text, post_lang, _network) in enumerate(generated):
            if post_lang == lang:
                found[f"post-{lang}-{index}"] = CheckRequest(text=text, lang=lang, date=DATE)
    data = yaml.safe_load((ROOT / "benchmarks" / "data" / "masters.yaml").read_text("utf-8"))
    for m in data["masters"]:
        day = m["reference_date"]
        for key, date in ((m["id"], day), (f"{m['id']}@later", day + LATER)):
            found[key] = CheckRequest(text=m["text"], lang=m["lang"], date=date)
    return found


def findings(report: Report) -> list[list[object]]:
    return [
        [f.rule, f.offset, f.length, f.message, list(f.replacements), str(f.severity)]
        for f in report.findings
    ]


def snapshot(posts: int) -> dict[str, object]:
    todo = requests(posts)
    reports = Checker(languagetool="off").check_many(list(todo.values()))
    return {
        key: {"findings": findings(report), "metrics": report.metrics}
        for key, report in zip(todo, reports, strict=True)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--posts", type=int, default=600, help="generated posts per language")
    args = parser.parse_args()
    now = snapshot(args.posts)
    dumped = json.dumps(now, ensure_ascii=False, indent=1)
    if args.mode == "record":
        args.snapshot.write_text(dumped, "utf-8")
        count = sum(len(each["findings"]) for each in now.values())  # type: ignore[index]
        print(f"{len(now)} texts, {count} findings written to {args.snapshot}")
        return
    before_text = args.snapshot.read_text("utf-8")
    before = json.loads(before_text)
    differing = [key for key in now if now[key] != before.get(key)]
    missing = [key for key in before if key not in now]
    for key in differing[:20]:
        print(f"DIFF {key}\n  before: {before.get(key)}\n  after:  {now[key]}")
    print(f"{len(now) - len(differing)}/{len(now)} texts identical", end="")
    print(f", {len(missing)} missing" if missing else "")
    identical = dumped == before_text
    print("byte-identical" if identical else "NOT byte-identical")
    sys.exit(0 if identical and not differing and not missing else 1)


if __name__ == "__main__":
    main()
