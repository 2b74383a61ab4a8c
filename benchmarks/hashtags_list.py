"""Every hashtag the social variants (Facebook, LinkedIn, Instagram) of the dev masters carry,
one master a line, for an editor to judge a change to the hashtag candidates by.

    python benchmarks/hashtags_list.py                      # the dev split of masters.yaml
    python benchmarks/hashtags_list.py --set benchmarks/data/masters-fresh.yaml

Held-out masters are left out: they are for reporting only. Diff two runs to see what a
change did.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))
from understand_eval import MASTERS, load_masters
from voices_eval import TARGETS

from brandvoice.adaptation.engine import adapt

SOCIAL = ("facebook", "linkedin", "instagram")
_HASHTAG = regex.compile(r"(?<![\w&])#[\p{L}\p{N}_]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=MASTERS, help="a labelled masters file")
    args = parser.parse_args()
    for master in load_masters(args.set):
        if args.set == MASTERS and master.split != "dev":
            continue
        tags: list[str] = []
        for voice, network in TARGETS:
            if network not in SOCIAL:
                continue
            adaptation = adapt(
                master.text,
                voices=[voice],
                networks=[network],
                lang=master.lang,
                date=master.reference_date,
                languagetool="off",
            )
            found = (_HASHTAG.findall(v.text) for v in adaptation.variants)
            tags.append(f"{network[:2]}: {' '.join(t for f in found for t in f)}")
        print(f"{master.id} | {' | '.join(tags)}", flush=True)


if __name__ == "__main__":
    main()
