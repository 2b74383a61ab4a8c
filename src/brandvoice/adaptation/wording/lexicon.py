"""The register lexicon: formal ↔ casual pairs per language, compiled per direction.

The data is ``adapt/data/register-lexicon-<lang>.yaml`` (its header documents the fields).
A :class:`Lexicon` is one direction of it (make casual, make formal, or neutralise the
extremes) compiled into a single case-insensitive alternation, longest phrases first, so
that "we are pleased to announce" wins over a shorter entry at the same place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, Literal

import regex

from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import Lang

Side = Literal["formal", "casual"]
_FIELDS = frozenset(
    {
        "formal",
        "casual",
        "to",
        "stiff",
        "slang",
        "pos",
        "at_start",
        "followed_by",
        "not_followed_by",
        "not_preceded_by",
        "before_infinitive",
    }
)


# How far back ``not_preceded_by`` looks: a few words.
_BEFORE_REACH = 40


class Direction(StrEnum):
    """Which way a text's wording moves."""

    CASUAL = "casual"  # formal wording becomes casual
    FORMAL = "formal"  # casual wording becomes formal
    NEUTRAL = "neutral"  # only the extremes: stiff phrases and slang become neutral


class LexiconError(ValueError):
    """A packaged lexicon is malformed: a bug in brandvoice's data, caught by the tests."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One pair of the lexicon; see the data file's header for the fields."""

    formal: tuple[str, ...]
    casual: tuple[str, ...]
    to: Literal["both", "casual", "formal"] = "both"
    stiff: bool = False
    slang: bool = False
    pos: str | None = None
    at_start: bool = False
    followed_by: regex.Pattern[str] | None = None
    not_followed_by: regex.Pattern[str] | None = None
    # Matched against the text right before the source (it ends where the source starts).
    not_preceded_by: regex.Pattern[str] | None = None
    before_infinitive: bool = False

    def writes(self, side: Side) -> bool:
        """Whether the entry may write its ``side`` (slang is never written)."""
        if side == "casual" and self.slang:
            return False
        return self.to in ("both", side)

    def follows_well(self, text: str, end: int) -> bool:
        if self.followed_by is not None and not self.followed_by.match(text, end):
            return False
        return self.not_followed_by is None or not self.not_followed_by.match(text, end)

    def preceded_well(self, text: str, start: int) -> bool:
        """Whether the text before the source allows it: « tout de suite à » holds no
        administrative « suite à »."""
        before = self.not_preceded_by
        return before is None or before.search(text[max(0, start - _BEFORE_REACH) : start]) is None


@dataclass(frozen=True, slots=True)
class Rewording:
    """One direction of an entry: any of ``sources`` is written ``output``."""

    sources: tuple[str, ...]
    output: str
    entry: Entry


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    start: int
    end: int
    written: str
    candidates: tuple[Rewording, ...]  # in the data's order; the first that fits wins


def key(text: str) -> str:
    """How a phrase and a match of it are compared: case, apostrophe, spaces and a final
    French elision aside ("Afin d’" is "afin de")."""
    folded = " ".join(text.replace("’", "'").casefold().split())
    if folded.endswith("qu'"):
        return folded[:-1] + "e"
    if folded.endswith("d'"):
        return folded[:-1] + "e"
    return folded


# Whole words: no letter, digit, "_", "@", "#" or "-" on either side ("ciné-club" and
# "#apéro" stay), but an apostrophe may precede ("l'apéro" holds "apéro"). An entry
# ending in punctuation ("however,") or an elided word ("afin d'") needs no edge after it.
_BEFORE = r"(?<![\p{L}\p{N}_@#-])"
_AFTER = r"(?:(?<=[^\p{L}\p{N}])|(?![\p{L}\p{N}_-]))"


def _word_source(word: str, last: bool, lang: Lang) -> str:
    if last and lang == "fr" and word in ("de", "que"):
        return rf"(?:{word}(?![\p{{L}}])|{word[:-1]}['’])"
    return "".join("['’]" if ch == "'" else regex.escape(ch) for ch in word)


def _phrase_source(phrase: str, lang: Lang) -> str:
    words = phrase.split(" ")
    return r"\s+".join(
        _word_source(word, i == len(words) - 1, lang) for i, word in enumerate(words)
    )


class Lexicon:
    """The rewordings of one language in one direction, compiled once."""

    def __init__(self, rewordings: tuple[Rewording, ...], lang: Lang) -> None:
        self.rewordings = rewordings
        by_key: dict[str, list[Rewording]] = {}
        for rewording in rewordings:
            for source in rewording.sources:
                by_key.setdefault(key(source), []).append(rewording)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        sources = sorted({s for r in rewordings for s in r.sources}, key=len, reverse=True)
        alternation = "|".join(_phrase_source(s, lang) for s in sources)
        self._pattern = (
            regex.compile(rf"{_BEFORE}(?:{alternation}){_AFTER}", regex.IGNORECASE)
            if sources
            else None
        )

    def find(self, text: str) -> Iterator[LexiconMatch]:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            candidates = self._by_key.get(key(match.group()))
            if candidates:
                yield LexiconMatch(match.start(), match.end(), match.group(), candidates)


@cache
def entries(lang: Lang) -> tuple[Entry, ...]:
    """The validated entries of ``register-lexicon-<lang>.yaml``."""
    name = f"register-lexicon-{lang}.yaml"
    document = load_table(name)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise LexiconError(f"{name}: expected a mapping with a list of entries")
    return tuple(_entry(raw, name) for raw in document["entries"])


def _forms(value: Any, where: str) -> tuple[str, ...]:
    forms = [value] if isinstance(value, str) else value
    if not isinstance(forms, list) or not forms:
        raise LexiconError(f"{where}: expected a phrase or a list of phrases")
    for form in forms:
        if not isinstance(form, str) or form != " ".join(form.split()) or not form:
            raise LexiconError(f"{where}: {form!r} must be a phrase with single spaces")
        if "’" in form:
            raise LexiconError(f"{where}: write apostrophes straight in {form!r}")
    return tuple(forms)


def _entry(raw: Any, name: str) -> Entry:
    if not isinstance(raw, dict) or not set(raw) <= _FIELDS:
        raise LexiconError(f"{name}: {raw!r} is not an entry (fields: {sorted(_FIELDS)})")
    where = f"{name}: {raw.get('formal')!r}"
    if raw.get("to", "both") not in ("both", "casual", "formal"):
        raise LexiconError(f"{where}: 'to' must be both, casual or formal")
    if raw.get("slang") and raw.get("to", "both") == "casual":
        raise LexiconError(f"{where}: a slang entry cannot write its casual side")

    def pattern(field: str) -> regex.Pattern[str] | None:
        source = raw.get(field)
        return None if source is None else regex.compile(str(source))

    return Entry(
        formal=_forms(raw.get("formal"), where),
        casual=_forms(raw.get("casual"), where),
        to=raw.get("to", "both"),
        stiff=bool(raw.get("stiff", False)),
        slang=bool(raw.get("slang", False)),
        pos=raw.get("pos"),
        at_start=bool(raw.get("at_start", False)),
        followed_by=pattern("followed_by"),
        not_followed_by=pattern("not_followed_by"),
        not_preceded_by=_preceding(raw.get("not_preceded_by")),
        before_infinitive=bool(raw.get("before_infinitive", False)),
    )


def _rewording(entry: Entry, side: Side) -> Rewording:
    """``entry`` written toward ``side``: matched on the other side's forms."""
    other: Side = "casual" if side == "formal" else "formal"
    return Rewording(getattr(entry, other), getattr(entry, side)[0], entry)


@cache
def lexicon(lang: Lang, direction: Direction) -> Lexicon:
    """The rewordings of ``lang`` that move a text in ``direction``, compiled once."""
    found: list[Rewording] = []
    for entry in entries(lang):
        if direction is Direction.NEUTRAL:
            if entry.stiff and entry.writes("casual"):
                found.append(_rewording(entry, "casual"))
            if entry.slang:
                found.append(_rewording(entry, "formal"))
            continue
        side: Side = "casual" if direction is Direction.CASUAL else "formal"
        if entry.writes(side):
            found.append(_rewording(entry, side))
    return Lexicon(tuple(found), lang)


def _preceding(source: object) -> regex.Pattern[str] | None:
    """A ``not_preceded_by`` pattern, anchored where the source starts."""
    return None if source is None else regex.compile(f"(?:{source})$")
