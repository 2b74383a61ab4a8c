"""Weighted cue lists (``data/intents.yaml``, ``data/actions.yaml``): loading, and finding
which cues a text holds.

A cue is a regular expression matched on whole words (a hyphenated compound is one word),
case-insensitive, on the text with its typographic apostrophes and spaces made plain (same
length, so offsets stay the master's). Each cue counts once, at its first occurrence:
"soldes ... soldes" is one sign of a sale, not two.

Most cues are not in a given text, and searching for each one costs a scan of the whole
text: a cue is searched only when the text holds, where a word may start, one of the few
beginnings its pattern allows (:func:`heads`, :func:`text_heads`), and then only tried at
the places those beginnings are (:func:`head_starts`): a match can start nowhere else, so
trying them in order finds the match a search finds. That is a necessary condition, never
a sufficient one: what is found is exactly what a search of every cue finds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from typing import Any

import regex

from brandvoice.datafiles import parse_packaged_yaml
from brandvoice.lang import LANGS
from brandvoice.understand.model import Cue

# Same length replacements only: offsets in the normalised text are offsets in the master.
_PLAIN = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})

# Whole words: no letter, digit or underscore on either side, nor a hyphen joining another
# word, so that "salon" is not found in "Salon-de-Provence", "atelier" in "atelier-boutique"
# nor "class" in "world-class" (a hyphenated compound is one word with its own meaning; a
# cue may spell one out: "brand[- ]new"). French pronouns joined to a verb stay apart:
# "rapportez-les", "contactez-nous", "ce mois-ci".
_CLITICS = r"(?:le|la|les|lui|leur|nous|vous|moi|toi|en|y|ci|là|il|elle|ils|elles|on|t)"
_BEFORE = r"(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}]-)"
_AFTER = rf"(?![\p{{L}}\p{{N}}_])(?!-(?!{_CLITICS}(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}])"
_FLAGS = regex.IGNORECASE | regex.VERSION1
# Where a cue may start (the patterns all begin with _BEFORE).
_STARTS = regex.compile(_BEFORE, _FLAGS)
# Digits all stand for "0" in the pre-filter, so that ``\d`` has one beginning.
_DIGIT = regex.compile(r"\d", regex.VERSION1)
# A Unicode property class, which CPython's parser of ``re`` syntax does not know.
_PROPERTY = regex.compile(r"\\[pP]\{[^{}]*\}")
# What regex's VERSION1 reads in a class that CPython's parser reads otherwise (a nested
# class, a difference, an intersection...): a pattern with one is always searched.
_SET_OPERATION = regex.compile(r"--|&&|\|\||~~|\[(?:[^\]\\]|\\.)*\[")
# How many characters of a cue's beginning the pre-filter compares.
_HEAD = 6
# More beginnings than this for one pattern: not worth filtering on.
_MAX_HEADS = 4096


class CueFileError(ValueError):
    """A packaged cue file does not have the expected shape (a bug to fix, not user input)."""


@dataclass(frozen=True, slots=True)
class WeightedPattern:
    source: str
    pattern: regex.Pattern[str]
    weight: float


@dataclass(frozen=True)
class CueSet:
    """One intent's or action's cues for one language, compiled on first use: a post in
    French never pays for the English ones (the cue files hold hundreds of case-folded
    patterns, seconds of compiling)."""

    name: str
    sources: tuple[tuple[str, float], ...]

    @cached_property
    def patterns(self) -> tuple[WeightedPattern, ...]:
        compiled: list[WeightedPattern] = []
        for source, weight in self.sources:
            try:
                pattern = regex.compile(_BEFORE + f"(?:{source})" + _AFTER, _FLAGS)
            except regex.error as error:
                raise CueFileError(f"{self.name}: {source!r}: {error}") from error
            compiled.append(WeightedPattern(source, pattern, weight))
        return tuple(compiled)

    @cached_property
    def heads(self) -> tuple[frozenset[str] | None, ...]:
        """Each pattern's possible beginnings (:func:`heads`), in the order of ``patterns``."""
        return tuple(heads(source) for source, _ in self.sources)

    def find(self, plain: str, original: str) -> tuple[Cue, ...]:
        """The cues of this set in ``plain`` (see :func:`plain_text`), one per pattern."""
        found: list[Cue] = []
        plain = without_addresses(plain)
        starts = head_starts(plain)
        present = text_heads(plain)
        for item, beginnings in zip(self.patterns, self.heads, strict=True):
            if starts is None or present is None or beginnings is None:
                match = item.pattern.search(plain)
            elif present.isdisjoint(beginnings):
                continue  # none of the ways the cue may begin is in the text: no match
            else:
                match = _first_match(item.pattern, plain, present & beginnings, starts)
            if match is not None:
                start, end = match.span()
                found.append(Cue(original[start:end], start, end, item.weight))
        # Overlapping cues ("recrute" inside "nous recrutons un") are one sign, the heavier.
        found.sort(key=lambda c: (-c.weight, c.start))
        kept: list[Cue] = []
        for cue in found:
            if not any(cue.start < k.end and k.start < cue.end for k in kept):
                kept.append(cue)
        return tuple(sorted(kept, key=lambda c: c.start))


def plain_text(text: str) -> str:
    return text.translate(_PLAIN)


@lru_cache(maxsize=64)
def without_addresses(text: str) -> str:
    """``text`` with its links and e-mail addresses blanked out, offsets kept: a word
    inside one ("recall@shop.example", "shop.example/apply") names a mailbox or a page,
    it is no cue of what the message is for or asks. Cached: every intent's and action's
    cues look at the same text."""
    from brandvoice.text.entities import find_emails, find_urls

    spans = [(e.start, e.end) for e in (*find_urls(text), *find_emails(text))]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _foldable(char: str) -> bool:
    """Whether ``char`` lower-cases to one character, and matches case-insensitively exactly
    the characters with the same lower case (not "ß", "ı", "ſ", the Kelvin sign...)."""
    lower, upper = char.lower(), char.upper()
    return (
        len(lower) == 1
        and len(upper) == 1
        and lower == char.casefold()
        and upper.lower() == lower
        and lower.upper() == upper
    )


def _folded(char: str) -> str:
    """``char`` as :func:`text_heads` writes it: lower case, any digit "0"."""
    return "0" if _DIGIT.match(char) else char.lower()


@cache
def _foldable_char(char: str) -> bool:
    return _foldable(char)


@lru_cache(maxsize=256)
def text_heads(plain: str) -> frozenset[str] | None:
    """The lower-cased beginnings, 1 to ``_HEAD`` characters long, of ``plain`` at every
    place a cue may start; None when the text holds a character lower-casing cannot stand
    for a case-insensitive match of (then every cue is searched)."""
    starts = head_starts(plain)
    return None if starts is None else frozenset(starts)


@lru_cache(maxsize=256)
def folded_text(text: str) -> str | None:
    """``text`` as :func:`heads` writes beginnings (lower case, any digit "0"), to look
    for them anywhere in it; None when it holds a character lower-casing cannot stand
    for a case-insensitive match of (then no beginning may be ruled out)."""
    if not text.isascii() and not all(_foldable_char(c) for c in set(text)):
        return None
    folded: str = _DIGIT.sub("0", text.lower())
    return folded


def may_match(beginnings: frozenset[str] | None, folded: str | None) -> bool:
    """Whether a pattern whose matches begin with one of ``beginnings`` (:func:`heads`)
    may match somewhere in the text ``folded`` (:func:`folded_text`): False only when
    none of them is in it."""
    if beginnings is None or folded is None:
        return True
    return any(head in folded for head in beginnings)


@lru_cache(maxsize=256)
def head_starts(plain: str) -> dict[str, tuple[int, ...]] | None:
    """Where each of :func:`text_heads`' beginnings is in ``plain`` (ascending offsets:
    lower-casing keeps every character one character long, so they are ``plain``'s); None
    as there. Read only: shared by every cue set that looks at the text."""
    if not plain.isascii() and not all(_foldable_char(c) for c in set(plain)):
        return None
    lower = _DIGIT.sub("0", plain.lower())
    found: dict[str, list[int]] = {}
    for match in _STARTS.finditer(lower):
        at = match.start()
        for size in range(1, min(_HEAD, len(lower) - at) + 1):
            found.setdefault(lower[at : at + size], []).append(at)
        if at == len(lower):  # the empty beginning at the very end, as a slice reads it
            found.setdefault("", []).append(at)
    return {head: tuple(offsets) for head, offsets in found.items()}


def _first_match(
    pattern: regex.Pattern[str],
    plain: str,
    beginnings: Iterable[str],
    starts: Mapping[str, tuple[int, ...]],
) -> regex.Match[str] | None:
    """What ``pattern.search(plain)`` finds, tried only where one of ``beginnings`` (all in
    ``starts``) is: a match starts at one of them, and ``match`` at a place sees what comes
    before it as ``search`` does (lookbehinds, anchors)."""
    for at in sorted({at for head in beginnings for at in starts[head]}):
        match = pattern.match(plain, at)
        if match is not None:
            return match
    return None


def heads(source: str) -> frozenset[str] | None:
    """The lower-cased beginnings (at most ``_HEAD`` characters) that every match of the cue
    ``source`` starts with one of; None when they cannot be told (the cue is then always
    searched). Lookarounds and anchors are left out: they only narrow what matches."""
    if _SET_OPERATION.search(source):
        return None
    try:
        # CPython's own parser of ``re`` syntax (private, hence the guard): regex's syntax
        # beyond it fails to parse, and those cues are always searched. A property class
        # (\p{L}) is read as \w, a class the beginnings stop at whatever it matches.
        import re._parser as sre_parse  # type: ignore[import-not-found]

        parsed = sre_parse.parse(_PROPERTY.sub(r"\\w", source) if "\\\\" not in source else source)
    except Exception:
        return None
    found = _sequence(list(parsed), {("", False)})
    if found is None or any(not head for head, _ in found):
        return None
    return frozenset(head for head, _ in found)


# A beginning being built: its text, and whether it is finished (reached _HEAD characters,
# or what follows cannot be told).
_Heads = set[tuple[str, bool]]


def _sequence(items: Iterable[tuple[object, object]], start: _Heads) -> _Heads | None:
    current = start
    for op, value in items:
        if all(done for _, done in current):
            break
        expansion = _item(op, value)
        if expansion is None:  # unknown from here: the beginnings so far are all there is
            return {(head, True) for head, _ in current}
        current = _join(current, expansion)
        if len(current) > _MAX_HEADS:
            return None
    return current


def _join(first: _Heads, then: _Heads) -> _Heads:
    joined: _Heads = set()
    for head, done in first:
        if done:
            joined.add((head, True))
            continue
        for more, stop in then:
            whole = head + more
            joined.add((whole[:_HEAD], stop or len(whole) >= _HEAD))
    return joined


def _item(op: object, value: object) -> _Heads | None:
    """What one parsed element may add to a beginning; None: anything."""
    name = str(op)
    if name == "LITERAL":
        assert isinstance(value, int)
        char = chr(value)
        return {(_folded(char), False)} if _foldable(char) else {("", True)}
    if name == "IN":
        assert isinstance(value, list)
        chars: set[str] = set()
        for kind, code in value:
            if str(kind) == "LITERAL":
                chars.add(chr(code))
            elif str(kind) == "RANGE" and code[1] - code[0] < 64:
                chars.update(chr(c) for c in range(code[0], code[1] + 1))
            elif str(kind) == "CATEGORY" and str(code) == "CATEGORY_DIGIT":
                chars.add("0")
            else:  # negated or other classes
                return None
        if not all(_foldable(c) for c in chars):
            return None
        return {(_folded(c), False) for c in chars}
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return {("", False)}  # consumes nothing; what it rules out only narrows the matches
    if name == "SUBPATTERN":
        assert isinstance(value, tuple)
        _group, add_flags, del_flags, pattern = value
        if add_flags or del_flags:
            return None
        return _sequence(list(pattern), {("", False)})
    if name == "BRANCH":
        assert isinstance(value, tuple)
        union: _Heads = set()
        for alternative in value[1]:
            found = _sequence(list(alternative), {("", False)})
            if found is None:
                return None
            union |= found
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        assert isinstance(value, tuple)
        low, high, pattern = value
        once = _sequence(list(pattern), {("", False)})
        if once is None:
            return None
        repeated: _Heads = set()
        current: _Heads = {("", False)}
        for count in range(min(high, low + _HEAD) + 1):
            if count >= low:
                repeated |= current
            current = _join(current, once)
            if len(current) > _MAX_HEADS:
                return None
        return repeated
    return None


def score(cues: tuple[Cue, ...]) -> float:
    return sum(cue.weight for cue in cues)


@cache
def load_document(name: str) -> Mapping[str, Any]:
    text = (files("brandvoice.understand") / "data" / name).read_text(encoding="utf-8")
    document = parse_packaged_yaml(text)
    if not isinstance(document, dict):
        raise CueFileError(f"{name}: expected a mapping")
    return document


def compile_cues(entries: Any, where: str) -> dict[str, CueSet]:
    """``{lang: {pattern: weight}}`` -> a :class:`CueSet` per language."""
    if not isinstance(entries, dict):
        raise CueFileError(f"{where}: expected `cues:` per language")
    found: dict[str, CueSet] = {}
    for lang in LANGS:
        patterns = entries.get(lang) or {}
        if not isinstance(patterns, dict):
            raise CueFileError(f"{where}.{lang}: expected a mapping of pattern to weight")
        sources: list[tuple[str, float]] = []
        for source, weight in patterns.items():
            if not isinstance(weight, int | float) or weight <= 0:
                raise CueFileError(f"{where}.{lang}: {source!r}: weight must be positive")
            sources.append((str(source), float(weight)))
        # The patterns compile on first use (CueSet.patterns), a bad one then raising
        # CueFileError; tests/test_understand.py classifies examples in both languages.
        found[lang] = CueSet(f"{where}.{lang}", tuple(sources))
    return found


def examples_of(entry: Mapping[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    examples = entry.get("examples") or {}
    if not isinstance(examples, dict):
        raise CueFileError(f"{where}: examples must be a mapping of language to texts")
    return {lang: tuple(str(t) for t in examples.get(lang) or ()) for lang in LANGS}
