"""The French corpus of annotated real mistakes (benchmarks/data/french-mistakes.yaml) is
valid: every annotation names words of its text, and the halves are both measured."""

from __future__ import annotations

import sys
from collections import Counter
from itertools import pairwise

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from evaluate_mistakes import CORPUS, is_held_out, load, locate

CATEGORIES = {"spelling", "grammar", "typography"}


def test_every_span_is_an_exact_substring_of_its_text() -> None:
    data = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    for entry in data["texts"]:
        for item in entry["mistakes"]:
            start = locate(entry["text"], item["span"], item.get("context"),
                           item.get("occurrence", 1))  # fmt: skip
            assert entry["text"][start : start + len(item["span"])] == item["span"]
            assert item["category"] in CATEGORIES, entry["id"]
            assert item["fix"] != item["span"], entry["id"]


def test_the_corpus_is_large_enough_and_split_in_two() -> None:
    posts = load()
    assert len({p.id for p in posts}) == len(posts)
    mistakes = [m for p in posts for m in p.mistakes]
    assert len(mistakes) >= 60
    for held_out in (False, True):
        half = [p for p in posts if is_held_out(p) is held_out]
        assert any(p.mistakes for p in half)
        assert any(not p.mistakes for p in half)
    assert Counter(m.category for m in mistakes).keys() == CATEGORIES


def test_mistakes_do_not_overlap() -> None:
    for post in load():
        spans = sorted((m.start, m.end) for m in post.mistakes)
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), post.id


def test_a_span_must_be_a_whole_word_of_its_context() -> None:
    assert locate("des tartines salées a partager", "a", "salées a") == len("des tartines salées ")
    with pytest.raises(ValueError, match="no word"):
        locate("une salade", "a", "salade")
