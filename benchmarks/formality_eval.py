"""Formality model: held-out Spearman on Pavlick & Tetreault (2016), and refitting.

    python benchmarks/formality_eval.py          # evaluate the packaged weights
    python benchmarks/formality_eval.py --fit    # refit on the training split, write them
    python benchmarks/formality_eval.py --ablation   # refit on feature subsets, compare

Data: ``pavlick-formality-en/`` from the shared test data (``BRANDVOICE_TESTDATA``, then
``../shared/testdata``, then ``/work/shared/testdata``; see its SOURCES.md). The split is
80/20 per domain with a fixed seed (brandvoice.analysis.calibration.SEED), so runs are
reproducible. Prints a Markdown table (Spearman between the annotators' mean rating and
the model's score on the held-out sentences, per domain and overall); ``--write FILE``
also puts it in FILE under a ``<!-- formality figures -->`` line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from brandvoice.analysis import calibration
from brandvoice.analysis.formality import (
    FEATURE_NAMES,
    WEIGHTS_FILE,
    Weights,
    packaged_weights,
)

sys.path.insert(0, str(Path(__file__).parent))
from shared import replace_table, testdata_dir

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS_PATH = ROOT / "src" / "brandvoice" / "analysis" / "data" / WEIGHTS_FILE
MARKER = "<!-- formality figures -->"


def weights_document(
    weights: Weights, heldout: dict[str, float], sizes: dict[str, int]
) -> dict[str, object]:
    return {
        "_about": [
            "Formality weights of brandvoice.analysis.formality, fitted by",
            "    python benchmarks/formality_eval.py --fit",
            "on the training 80% (per domain, seed "
            f"{calibration.SEED}) of Pavlick & Tetreault (2016), 'An Empirical Analysis of "
            "Formality in Online Communication', TACL 4 (answers, blog, email, news; blog "
            "and news from Lahiri 2015, SQUINKY). Ridge regression (penalty "
            f"{calibration.RIDGE}) on standardised features, coefficients given unstandardised; "
            "the 0-100 scale is anchored at the 1st and 99th percentiles of the training "
            "predictions. Do not edit by hand: refit.",
        ],
        "training_command": "python benchmarks/formality_eval.py --fit",
        "sentences": sizes,
        "heldout_spearman": {k: round(v, 4) for k, v in heldout.items()},
        "intercept": weights.intercept,
        "coefficients": {name: weights.coefficients[name] for name in FEATURE_NAMES},
        "scale": {"low": weights.low, "high": weights.high},
    }


def table(figures: dict[str, float], sizes: dict[str, int]) -> str:
    lines = ["| domain | held-out sentences | Spearman |", "|---|---|---|"]
    for domain in (*calibration.DOMAINS, "overall"):
        lines.append(f"| {domain} | {sizes[domain]:,} | {figures[domain]:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--fit", action="store_true", help="refit and write the weights file")
    parser.add_argument("--ablation", action="store_true", help="refit on feature subsets")
    parser.add_argument("--write", type=Path, help="put the Markdown table in this file")
    args = parser.parse_args()

    samples = calibration.load_pavlick(testdata_dir() / "pavlick-formality-en")
    train, heldout = calibration.split(samples)
    started = time.perf_counter()
    heldout_features = calibration.feature_matrix(heldout)
    train_features = calibration.feature_matrix(train) if args.fit or args.ablation else []
    if args.fit:
        weights = calibration.fit(train_features, [s.rating for s in train])
    else:
        weights = packaged_weights()
    seconds = time.perf_counter() - started

    figures = calibration.evaluate(weights, heldout, heldout_features)
    sizes = {d: sum(s.domain == d for s in heldout) for d in calibration.DOMAINS}
    sizes["overall"] = len(heldout)
    markdown = table(figures, sizes)
    print(markdown)
    print(f"\n{len(train):,} training / {len(heldout):,} held-out sentences, {seconds:.0f} s")

    if args.fit:
        train_sizes = {d: sum(s.domain == d for s in train) for d in calibration.DOMAINS}
        document = weights_document(weights, figures, {"train": len(train), **train_sizes})
        WEIGHTS_PATH.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"weights written to {WEIGHTS_PATH.relative_to(ROOT)}")
        for name in FEATURE_NAMES:
            print(f"  {name:16} {weights.coefficients[name]:+.4f}")
    if args.ablation:
        print("\n" + ablation(train, train_features, heldout, heldout_features))
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        args.write.write_text(replace_table(text, MARKER, markdown), encoding="utf-8")


ABLATION_GROUPS: dict[str, tuple[str, ...]] = {
    "F-score (parts of speech) alone": ("f_score",),
    "sentence and word length alone": ("sentence_length", "word_length"),
    "lexical and morphological markers alone": tuple(
        name for name in FEATURE_NAMES if name not in ("f_score", "sentence_length", "word_length")
    ),
    "all features": FEATURE_NAMES,
}


def ablation(
    train: list[calibration.Sample],
    train_features: list[list[float]],
    heldout: list[calibration.Sample],
    heldout_features: list[list[float]],
) -> str:
    """Held-out Spearman of models refitted on subsets of the features."""
    lines = [
        "| features | " + " | ".join(calibration.DOMAINS) + " | overall |",
        "|---" * (len(calibration.DOMAINS) + 2) + "|",
    ]
    for label, names in ABLATION_GROUPS.items():
        keep = [name in names for name in FEATURE_NAMES]

        def only(rows: list[list[float]], keep: list[bool] = keep) -> list[list[float]]:
            return [[v if k else 0.0 for v, k in zip(row, keep, strict=True)] for row in rows]

        weights = calibration.fit(only(train_features), [s.rating for s in train])
        figures = calibration.evaluate(weights, heldout, only(heldout_features))
        cells = " | ".join(f"{figures[d]:.3f}" for d in (*calibration.DOMAINS, "overall"))
        lines.append(f"| {label} | {cells} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
