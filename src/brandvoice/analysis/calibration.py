"""Fitting and checking the formality weights on Pavlick & Tetreault's (2016) English corpus.

The corpus (11,274 sentences from answers, blog, email and news, each rated by about five
annotators from -3, very informal, to +3, very formal) is not shipped: point the functions
here at a copy (the project's shared test data, see its ``SOURCES.md``).

The procedure, reproducible with a fixed seed:

1. read the four TSVs; the answers and email sentences are Penn-Treebank tokenised
   ("do n't", "it 's", "( 10 )") and are detokenised first, since the analysis sees
   ordinary text;
2. split every domain 80/20 into training and held-out sentences;
3. observe each sentence (:func:`brandvoice.analysis.analyze.observe_texts`);
4. fit a ridge regression of the mean rating on the features, standardised (a closed form,
   numpy only); unstandardise the coefficients so the package can score without numpy;
5. anchor the 0-100 scale at the 1st and 99th percentiles of the training predictions;
6. report Spearman's rank correlation on the held-out sentences, per domain and overall.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from brandvoice.analysis.formality import FEATURE_NAMES, Weights, feature_vector

DOMAINS = ("news", "blog", "email", "answers")
SEED = 20160
HELDOUT_SHARE = 0.2
RIDGE = 1.0  # penalty on the standardised coefficients
ANCHOR_PERCENTILES = (1.0, 99.0)
# Domains whose sentences the corpus gives Penn-Treebank tokenised.
_TOKENISED_DOMAINS = frozenset({"answers", "email"})


@dataclass(frozen=True, slots=True)
class Sample:
    domain: str
    rating: float  # mean of the annotators' ratings, -3..+3
    sentence_id: str
    text: str


def load_pavlick(directory: Path) -> list[Sample]:
    """The four domains' sentences, detokenised where the corpus tokenised them."""
    samples = []
    for domain in DOMAINS:
        lines = (directory / f"{domain}.tsv").read_bytes().splitlines()
        for row in csv.reader(map(_decode, lines), delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 4:
                continue
            rating, _, sentence_id, text = row[0], row[1], row[2], "\t".join(row[3:])
            if domain in _TOKENISED_DOMAINS:
                text = detokenize_ptb(text)
            samples.append(Sample(domain, float(rating), sentence_id, text.strip()))
    return samples


def _decode(line: bytes) -> str:
    # The files are UTF-8 except a few blog and news lines in Windows-1252 ("\x97" dash,
    # "\xa3" pound sign), as scraped.
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


_PTB_RULES: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(pattern, regex.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"-LRB-", "("),
        (r"-RRB-", ")"),
        (r"-LSB-", "["),
        (r"-RSB-", "]"),
        (r"-LCB-", "{"),
        (r"-RCB-", "}"),
        (r"``\s*", '"'),
        (r"\s*''", '"'),
        (r"\s+(n't)\b", r"\1"),  # "do n't" -> "don't", "ca n't" -> "can't"
        (r"\s+('(?:s|re|ve|ll|d|m))\b", r"\1"),  # "it 's" -> "it's"
        (r"\b(gon|wan)\s+(na)\b", r"\1\2"),  # "gon na" -> "gonna"
        (r"\b(got)\s+(ta)\b", r"\1\2"),
        (r"\s+([.,;:!?%)\]}]|\.\.\.)", r"\1"),  # no space before closing punctuation
        (r"([(\[{$#])\s+", r"\1"),  # nor after opening punctuation
    )
)


def detokenize_ptb(text: str) -> str:
    """Penn-Treebank tokens back to running text: "I do n't know ( really ) ." -> "I don't
    know (really)."."""
    for pattern, replacement in _PTB_RULES:
        text = pattern.sub(replacement, text)
    return text


def split(
    samples: Sequence[Sample], heldout_share: float = HELDOUT_SHARE, seed: int = SEED
) -> tuple[list[Sample], list[Sample]]:
    """Training and held-out samples: every domain shuffled with ``seed`` and cut at the
    same share, so each domain keeps its weight in both parts."""
    train: list[Sample] = []
    heldout: list[Sample] = []
    for domain in DOMAINS:
        in_domain = [s for s in samples if s.domain == domain]
        random.Random(f"{seed}:{domain}").shuffle(in_domain)
        cut = round(len(in_domain) * heldout_share)
        heldout += in_domain[:cut]
        train += in_domain[cut:]
    return train, heldout


def feature_matrix(samples: Sequence[Sample], batch_size: int = 256) -> list[list[float]]:
    """The features of each sample's text, observed as the analysis observes any text."""
    from brandvoice.analysis.analyze import observe_texts

    observations = observe_texts([s.text for s in samples], "en", batch_size)
    return [feature_vector(o) for o in observations]


def fit(
    features: Sequence[Sequence[float]], ratings: Sequence[float], ridge: float = RIDGE
) -> Weights:
    """Ridge regression of ``ratings`` on ``features`` and the 0-100 anchors."""
    import numpy as np

    x = np.asarray(features, dtype=float)
    y = np.asarray(ratings, dtype=float)
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0  # a feature constant in training gets no weight, not a division by 0
    z = (x - mean) / std
    gram = z.T @ z + ridge * np.eye(z.shape[1])
    beta = np.linalg.solve(gram, z.T @ (y - y.mean()))
    coefficients = beta / std
    intercept = float(y.mean() - coefficients @ mean)
    raw = intercept + x @ coefficients
    low, high = (float(v) for v in np.percentile(raw, ANCHOR_PERCENTILES))
    return Weights(
        intercept=intercept,
        coefficients={n: float(c) for n, c in zip(FEATURE_NAMES, coefficients, strict=True)},
        low=low,
        high=high,
    )


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman's rank correlation (ties get their average rank); 0.0 when undefined."""
    return _pearson(_ranks(a), _ranks(b))


def evaluate(
    weights: Weights, samples: Sequence[Sample], features: Sequence[list[float]]
) -> dict[str, float]:
    """Spearman between ratings and predicted scores, per domain and ``overall``."""
    predicted = [weights.raw(f) for f in features]
    result = {}
    for domain in DOMAINS:
        pairs = [
            (s.rating, p) for s, p in zip(samples, predicted, strict=True) if s.domain == domain
        ]
        if pairs:
            result[domain] = spearman([r for r, _ in pairs], [p for _, p in pairs])
    result["overall"] = spearman([s.rating for s in samples], predicted)
    return result


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    position = 0
    while position < len(order):
        tie_end = position
        while tie_end + 1 < len(order) and values[order[tie_end + 1]] == values[order[position]]:
            tie_end += 1
        average = (position + tie_end) / 2.0
        for k in range(position, tie_end + 1):
            ranks[order[k]] = average
        position = tie_end + 1
    return ranks


def _pearson(a: Sequence[float], b: Sequence[float]) -> float:
    n = len(a)
    if n < 2:
        return 0.0
    mean_a, mean_b = sum(a) / n, sum(b) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a)
    var_b = sum((y - mean_b) ** 2 for y in b)
    if var_a == 0 or var_b == 0:
        return 0.0
    return cov / math.sqrt(var_a * var_b)
