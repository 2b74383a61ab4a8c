"""Whether LanguageTool's French examples would be checked differently in a regional variant.

    python benchmarks/languagetool_variants.py [--url URL]

Sends every incorrect example of LanguageTool's French grammar.xml (shared testdata) to a
running server (``python -m brandvoice languagetool start``, or ``--url``) as ``fr``,
``fr-CA``, ``fr-BE`` and ``fr-CH``, and prints the examples whose matched rules differ,
then a count per (variant, rule, fires there). ``evaluate_typos.py`` checks each example
in ``fr``: an example of a rule that only one variant runs would be measured in that
variant. On 2026-12-06 (LanguageTool 6.8) no example differed: the regional rules
(``CAT_REGIONALISMES``, « colleux », « piler sur les pieds ») run in ``fr`` too, as style,
and the only variant-specific French rule, DOUBLER_UNE_CLASSE (off in fr-CA, fr-BE, fr-CH),
fires on none of its examples.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from evaluate_typos import load_set
from shared import testdata_dir

VARIANTS = ("fr", "fr-CA", "fr-BE", "fr-CH")


def rules_matched(url: str, text: str, variant: str) -> frozenset[str]:
    data = urllib.parse.urlencode({"text": text, "language": variant}).encode()
    with urllib.request.urlopen(url.rstrip("/") + "/v2/check", data, timeout=120) as answer:
        return frozenset(m["rule"]["id"] for m in json.load(answer)["matches"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--url", help="a LanguageTool server (default: the shared one)")
    args = parser.parse_args()
    url = args.url
    if url is None:
        from brandvoice.languagetool.shared import find_running

        state = find_running()
        if state is None:
            sys.exit("no server: python -m brandvoice languagetool start, or --url")
        url = state.url
    path = testdata_dir() / "languagetool-examples" / "lt-grammar-examples-fr.tsv"
    incorrect, _ = load_set(path, "fr")
    differ: Counter[tuple[str, str, bool]] = Counter()
    for case in incorrect:
        matched = {variant: rules_matched(url, case.sentence, variant) for variant in VARIANTS}
        if len(set(matched.values())) > 1:
            print(case.group, case.sentence, {v: sorted(r) for v, r in matched.items()})
            for variant, rules in matched.items():
                for rule in rules ^ matched["fr"]:
                    differ[(variant, rule, rule in rules)] += 1
    print(f"{len(incorrect)} incorrect examples; differing (variant, rule, fires there):")
    print(differ.most_common() or "none")


if __name__ == "__main__":
    main()
