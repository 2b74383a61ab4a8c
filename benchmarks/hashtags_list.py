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

sys.path.insert(0, str(Path(__file__).parent))
from understand_eval import MASTERS, load_masters
from voices_eval import TARGETS, variants_of

from brandvoice.text.entities import find_hashtags

SOCIAL = ("facebook", "linkedin", "instagram")


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
            variants = variants_of(master, voice, network)
            found = [tag.text for v in variants for tag in find_hashtags(v.text)]
            tags.append(f"{network[:2]}: {' '.join(found)}")
        print(f"{master.id} | {' | '.join(tags)}", flush=True)


if __name__ == "__main__":
    main()
