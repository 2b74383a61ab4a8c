"""The factored French token match (brandvoice.french_token_match) answers as spaCy's own."""

from __future__ import annotations

import csv
import re
import sys

import pytest

from brandvoice import french_token_match
from brandvoice.french_token_match import factored, factored_while_loading, joined
from tests.testdata import require_testdata


@pytest.fixture(scope="module")
def spacy_alternatives() -> list[str]:
    pytest.importorskip("spacy")
    with factored_while_loading():
        import spacy.lang.fr.tokenizer_exceptions as module
    alternatives: list[str] = module._regular_exp
    return alternatives


@pytest.fixture(scope="module")
def original(spacy_alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(joined(spacy_alternatives))  # the slow compile, once


def _french_sentences() -> list[str]:
    path = require_testdata("grammalecte-tests-fr", "grammalecte-rules-tests-fr.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row["sentence"] for row in rows]


# Words of each shape the alternatives describe, with and without their match.
CANDIDATES = [
    "grand-mère", "grands-mères", "arrière-pensée", "Saint-Tropez", "saut-de-ski",
    "pet-en-l'air", "entr'abat", "rentr'ouvert", "binge-watcher", "burn-out", "hip-hop",
    "Etats-Unis", "états-unis", "week-end", "anti-gaspi", "a-sexualisé", "vis-à-vis",
    "porte-monnaie", "c'est-à-dire", "aujourd'hui", "demi-heure", "après-midi",
    "grand", "mère", "-", "--", "anti", "saint-", "-tropez", "l'air", "arc-en-ciel",
    "Arc-En-Ciel", "ex-libris", "bouche-porer", "x-men", "non-fumeur",
]


def test_factored_pattern_matches_the_same_words(
    spacy_alternatives: list[str], original: re.Pattern[str]
) -> None:
    fast = re.compile(factored(spacy_alternatives))
    words = set(CANDIDATES)
    for sentence in _french_sentences():
        words.update(sentence.split())
    disagreeing = [w for w in words if bool(fast.match(w)) != bool(original.match(w))]
    assert disagreeing == []
    # The comparison means something only if both kinds of answer occur.
    matched = [w for w in words if original.match(w)]
    assert len(matched) > 100
    assert len(words) - len(matched) > 10_000


def test_factored_pattern_is_much_shorter(spacy_alternatives: list[str]) -> None:
    assert len(factored(spacy_alternatives)) * 10 < len(joined(spacy_alternatives))


def test_loaded_french_model_tokenizes_as_spacy_does(original: re.Pattern[str]) -> None:
    from spacy.tokenizer import Tokenizer

    from brandvoice.nlp import get_pipeline

    pipeline = get_pipeline("fr")
    if pipeline.model is None:
        pytest.skip("no French spaCy model installed")
    ours = pipeline.nlp.tokenizer
    # The model's tokenizer got the factored pattern, not its 1.45 MB original.
    assert ours.token_match.__self__.pattern.startswith("(?iu)(?:(?:")
    theirs = Tokenizer(
        pipeline.nlp.vocab,
        rules=ours.rules,
        prefix_search=ours.prefix_search,
        suffix_search=ours.suffix_search,
        infix_finditer=ours.infix_finditer,
        token_match=original.match,
        url_match=ours.url_match,
    )
    texts = [*_french_sentences()[::3], " ".join(CANDIDATES)]
    different = [t for t in texts if [x.text for x in ours(t)] != [x.text for x in theirs(t)]]
    assert different == []


def test_other_patterns_compile_as_usual() -> None:
    long_unknown = "(?:" + "|".join(f"w{i}" for i in range(30_000)) + ")"
    with factored_while_loading():
        short = re.compile("a+b")
        with_flags = re.compile("x", re.IGNORECASE)
        unknown = re.compile(long_unknown)
    assert short.pattern == "a+b"
    assert with_flags.flags & re.IGNORECASE
    assert unknown.pattern == long_unknown
    assert re.compile is french_token_match._real_compile


def test_compile_is_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError), factored_while_loading():
        raise RuntimeError("load failed")
    assert re.compile is french_token_match._real_compile


def test_a_changed_spacy_list_is_compiled_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module whose list no longer builds the pattern compiled gets no factored pattern."""
    fake_module = type(sys)("spacy.lang.fr.tokenizer_exceptions")
    alternatives = [f"^w{i}[-][a-z]+$" for i in range(20_000)]
    fake_module._regular_exp = alternatives  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy.lang.fr.tokenizer_exceptions", fake_module)
    pattern = joined(alternatives)
    with factored_while_loading():
        other = re.compile(pattern + "|(?:x)")
        same = re.compile(pattern)
    assert other.pattern == pattern + "|(?:x)"
    assert same.pattern == factored(alternatives)
    assert bool(same.match("w17-abc"))
    assert not same.match("w17abc")
