"""The French formality scale on CoCoA-MT: fitting its feature shifts, and its figures.

    python benchmarks/formality_fr.py            # figures of the packaged shifts
    python benchmarks/formality_fr.py --fit      # refit on the fit half, write the JSON
    python benchmarks/formality_fr.py --write docs/analysis.md

Data: ``cocoa-mt-formality-en-fr/`` from the shared test data (``BRANDVOICE_TESTDATA``,
then ``../shared/testdata``, then ``/work/shared/testdata``; see its SOURCES.md). The
procedure is :mod:`brandvoice.analysis.french_scale`'s: rows split in halves by the CRC-32
of their English sentence, shifts fitted on the fit half only. The table compares French
scored with the English weights as they are ("unshifted", what French used before) and
with the shifts, on both halves.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from brandvoice.analysis import french_scale
from brandvoice.analysis.formality import FRENCH_SCALE_FILE, Weights, packaged_weights

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table, testdata_dir

ROOT = Path(__file__).resolve().parents[1]
SHIFTS_PATH = ROOT / "src" / "brandvoice" / "analysis" / "data" / FRENCH_SCALE_FILE
MARKER = "<!-- french formality figures -->"

ROWS: tuple[tuple[str, str, str], ...] = (
    # (label, Figures field, format)
    ("mean French − English score, *vous* side", "bias_formal", "{:+.1f}"),
    ("mean French − English score, *tu* side", "bias_informal", "{:+.1f}"),
    ("mean French − English score, mean of the two sides", "bias_mean", "{:+.1f}"),
    ("mean distance, mean of the two sides to English", "gap_mean", "{:.1f}"),
    ("AUC, *vous* side against *tu* side", "auc", "{:.3f}"),
    ("pairs whose *vous* side scores higher", "ordered", "{:.3f}"),
    ("accuracy, one threshold fitted on the fit half", "accuracy", "{:.3f}"),
)


def table(before: dict[str, french_scale.Figures], after: dict[str, french_scale.Figures]) -> str:
    sizes = {half: before[half].pairs for half in ("fit", "heldout")}
    lines = [
        f"| on CoCoA-MT's pairs | fit ({sizes['fit']}), unshifted | fit, shifted "
        f"| held-out ({sizes['heldout']}), unshifted | held-out, shifted |",
        "|---|---|---|---|---|",
    ]
    for label, field, form in ROWS:
        cells = [
            form.format(getattr(figures[half], field))
            for half in ("fit", "heldout")
            for figures in (before, after)
        ]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def shifts_document(
    shifts: dict[str, float], sizes: dict[str, int], heldout: french_scale.Figures
) -> dict[str, object]:
    return {
        "_about": [
            "Feature shifts that put French text on the English formality scale of",
            "brandvoice.analysis.formality, fitted by",
            "    python benchmarks/formality_fr.py --fit",
            "on the fit half (CRC-32 of the English sentence even) of CoCoA-MT (Nadejde et al. "
            "2022, 'CoCoA-MT: A Dataset and Benchmark for Contrastive Controlled MT with "
            "Application to Formality', Findings of NAACL): 600 English sentences, each with a "
            "formal and an informal French translation. Each shift is the English sentences' "
            "mean value of the feature minus their French translations' (both sides pooled); "
            "it is added to a French text's value before weighting. Do not edit by hand: refit.",
        ],
        "training_command": "python benchmarks/formality_fr.py --fit",
        "pairs": sizes,
        "heldout": {name: round(value, 4) for name, value in dataclasses.asdict(heldout).items()},
        "shifts": shifts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--fit", action="store_true", help="refit and write the shifts file")
    parser.add_argument("--write", type=Path, help="put the Markdown table in this file")
    args = parser.parse_args()

    started = time.perf_counter()
    fit_rows, heldout_rows = french_scale.split(french_scale.load_cocoa(testdata_dir()))
    fit, heldout = french_scale.observe_rows(fit_rows), french_scale.observe_rows(heldout_rows)
    english = packaged_weights("en")
    french = (
        dataclasses.replace(english, shifts=french_scale.fit_shifts(fit))
        if args.fit
        else packaged_weights("fr")
    )
    unshifted: Weights = english
    before = french_scale.evaluate(fit, heldout, english, unshifted)
    after = french_scale.evaluate(fit, heldout, english, french)
    markdown = table(before, after)
    print(markdown)
    print(
        f"\n{len(fit)} fit / {len(heldout)} held-out pairs, {time.perf_counter() - started:.0f} s"
    )
    points = english.points_per_raw
    for name, shift in french.shifts.items():
        effect = english.coefficients[name] * shift * points
        print(f"  {name:16} shift {shift:+.4f}  ({effect:+.2f} points)")

    if args.fit:
        document = shifts_document(
            french.shifts, {"fit": len(fit), "heldout": len(heldout)}, after["heldout"]
        )
        SHIFTS_PATH.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"shifts written to {SHIFTS_PATH.relative_to(ROOT)}")
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        args.write.write_text(replace_table(text, MARKER, markdown), encoding="utf-8")


if __name__ == "__main__":
    main()
