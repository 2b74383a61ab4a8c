"""The English contraction tables (``adapt/data/contractions-en.yaml``), compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from brandvoice.adaptation.wording.data import load_table

APOSTROPHE = "['’]"
_EDGE_BEFORE = r"(?<![\p{L}\p{N}_'’-])"
_EDGE_AFTER = r"(?![\p{L}\p{N}_'’-])"


@dataclass(frozen=True, slots=True)
class ContractionTables:
    negations: dict[str, str]  # "do not" -> "don't"
    expand_only: dict[str, str]  # "let's" -> "let us"
    subjects: dict[str, str]  # "we are" -> "we're"
    perfects: dict[str, str]  # "we have" -> "we've"
    s_subjects: frozenset[str]
    d_subjects: frozenset[str]


def _phrase(full: str) -> str:
    return r"\s+".join(regex.escape(word) for word in full.split(" "))


def _short(short: str) -> str:
    return "".join(APOSTROPHE if ch == "'" else str(regex.escape(ch)) for ch in short)


def alternation(phrases: list[str], contracted: bool = False) -> regex.Pattern[str]:
    """Whole-word, case-insensitive pattern of ``phrases``, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    source = "|".join(_short(p) if contracted else _phrase(p) for p in ordered)
    return regex.compile(rf"{_EDGE_BEFORE}(?:{source}){_EDGE_AFTER}", regex.IGNORECASE)


def _strings(value: object) -> dict[str, str]:
    assert isinstance(value, dict), "contractions-en.yaml: expected mappings"
    return {key(str(k)): str(v) for k, v in value.items()}


@cache
def tables() -> ContractionTables:
    data = load_table("contractions-en.yaml")
    return ContractionTables(
        negations=_strings(data["negations"]),
        expand_only=_strings(data["expand_only"]),
        subjects=_strings(data["subjects"]),
        perfects=_strings(data["perfects"]),
        s_subjects=frozenset(w.lower() for w in data["s_subjects"]),
        d_subjects=frozenset(w.lower() for w in data["d_subjects"]),
    )


def key(written: str) -> str:
    """How a written form is looked up: lower case, straight apostrophe, single spaces."""
    return " ".join(written.replace("’", "'").lower().split())
