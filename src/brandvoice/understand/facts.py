"""The facts of a message, and which of them a variant lost.

A variant may be rephrased, shortened and retyped, but what a reader acts on must survive:
the link, the e-mail address, the phone number, the price, the date and time, the
quantities, the people and places named. :func:`extract_facts` finds them in French and
English; :func:`missing_facts` tells which of a master's facts a variant no longer holds,
forgiving what transforms legitimately change (UTM tags on a link, no-break spaces,
curly apostrophes, a hashtag's casing) and what a transform said it dropped.

Hashtags count as facts only inside sentences: the trailing block is the hashtag
transform's to rewrite for each network, and a tag there is a label, not content.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import regex

from brandvoice.datafiles import parse_packaged_yaml
from brandvoice.text.entities import find_emails, find_hashtags, find_mentions, find_urls
from brandvoice.text.protect import SCHEME_URL

if TYPE_CHECKING:
    from spacy.tokens import Token

    from brandvoice.lang import Lang


class FactKind(StrEnum):
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    PRICE = "price"
    PERCENTAGE = "percentage"
    TIME = "time"
    DATE = "date"
    NUMBER = "number"  # with its unit when one follows: "12 km", "3 jours"
    MENTION = "mention"
    HASHTAG = "hashtag"  # inside a sentence only
    ENTITY = "entity"  # a person, organisation, place or product; a glossary brand name


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of a text: ``text[start:end] == self.text``, offsets in code points."""

    kind: FactKind
    text: str
    start: int
    end: int


# Between two overlapping candidates the earliest wins, then the longest, then the first
# kind here: "12,50 €" is a price, not a number; "19 h 30" a time, not "19" and "30".
_PRECEDENCE = tuple(FactKind)

# --- Patterns ---------------------------------------------------------------------------------

# A space that may sit inside an amount or a phone number: typed, no-break, narrow no-break
# or thin (French typography groups thousands with the narrow one).
_SP = r"[ \u00a0\u202f\u2009]"
# An amount: grouped thousands (1 200, 1,200, 1.200) with optional decimals, or plain digits.
_AMOUNT = rf"(?:\d{{1,3}}(?:(?:{_SP}|[.,'’])\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d+)?)"
_NOT_AFTER_DIGIT = r"(?<![\d.,])"
_WORD_END = r"(?![\p{L}\p{N}])"


@dataclass(frozen=True, slots=True)
class _Words:
    months: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    currency_words: tuple[str, ...]
    units: tuple[str, ...]


@cache
def _words() -> _Words:
    data = _data()
    names = (
        "months",
        "month_abbreviations",
        "weekdays",
        "weekday_abbreviations",
        "currency_words",
        "units",
    )
    return _Words(*(tuple(data[name]) for name in names))  # type: ignore[arg-type]


@cache
def _data() -> dict[str, object]:
    text = (files("brandvoice.understand") / "data" / "facts.yaml").read_text(encoding="utf-8")
    document = parse_packaged_yaml(text)
    assert isinstance(document, dict)
    return document


@cache
def units() -> frozenset[str]:
    """The units a number may carry ("km", "personnes"), casefolded."""
    return frozenset(unit.casefold() for unit in _words().units)


@cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations (casefolded) -> 1-12."""
    numbers = _data()["month_numbers"]
    assert isinstance(numbers, dict)
    return {str(k).casefold(): int(v) for k, v in numbers.items()}


@cache
def weekday_numbers(*, abbreviations: bool = False) -> dict[str, int]:
    """Weekday names (casefolded) -> 0 (Monday) to 6; with ``abbreviations``, their short
    forms too ("sam", "sat"), which only name a day before a day number."""
    names = ["weekday_numbers", "weekday_abbreviation_numbers"][: 2 if abbreviations else 1]
    found: dict[str, int] = {}
    for name in names:
        numbers = _data()[name]
        assert isinstance(numbers, dict)
        found.update({str(k).casefold(): int(v) for k, v in numbers.items()})
    return found


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "kWh" wins over "kW" and "novembre" over "nov".
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class _Patterns:
    by_kind: tuple[tuple[FactKind, regex.Pattern[str]], ...]


@cache
def _patterns() -> _Patterns:
    words = _words()
    month = rf"(?:{_alternation(words.months)}|(?:{_alternation(words.month_abbreviations)})\.?)"
    weekday = rf"(?:{_alternation(words.weekdays)})"
    # "sam. 7 mars", "Sat 7 Mar": a short weekday only before a day number.
    any_weekday = rf"(?:{weekday}|(?:{_alternation(words.weekday_abbreviations)})\.?)"
    currency = _alternation(words.currency_words)
    unit = _alternation(words.units)
    day = r"(?:1er|\d{1,2}(?:st|nd|rd|th|e)?)"
    # A year before Christ ("13 juin 2014 av. J.-C.", "15 mars 44 avant notre ère") is one
    # date with its era: no calendar day brandvoice can name (datetime has no year 0 nor
    # before), so dates.read_date reads none in it and no weekday or past-date check
    # judges it; without the era, "2014" would be read as AD 2014.
    era = (
        rf"(?:av(?:\.|ant)(?:{_SP}+J(?:\.|ésus)?-?C(?:\.|hrist)?|{_SP}+(?:notre|l['’]){_SP}*ère)"
        r"|B\.?C\.?(?:E\.?)?)"
    )
    year = rf"(?:\d{{1,4}}{_SP}+{era}|\d{{4}})"
    dates = "|".join(
        (
            # 2026-12-03 (ISO 8601), 03/12, 03/12/2026, 03.12.2026, with the weekday that
            # names the same day ("Friday 03/04/2026": which of day and month comes first
            # is the locale's).
            rf"(?:{any_weekday},?{_SP}+)?"
            r"(?:\d{4}-\d{2}-\d{2}|(?<![\d/])\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\d/])"
            r"|\d{1,2}\.\d{1,2}\.\d{4})",
            # samedi 25 novembre 2026, Saturday 3 March, 3rd of March (not the article)
            rf"(?:{any_weekday},?{_SP}+)?{day}(?:{_SP}+of)?{_SP}+{month}"
            rf"(?:,?{_SP}+{year})?",
            # Saturday, March 3rd, 2026
            rf"(?:{any_weekday},?{_SP}+)?{month}{_SP}+{day}(?:,?{_SP}+{year})?",
            rf"{month}{_SP}+{year}",  # mars 2026
            weekday,  # samedi: a plain weekday is when the reader must come
        )
    )
    # "p.m." keeps its stops; "pm." leaves the full stop to the sentence.
    meridiem = r"(?:[ap]\.m\.|[ap]m)"
    times = "|".join(
        (
            rf"(?:[01]?\d|2[0-3]){_SP}?(?:h|heures?)(?:{_SP}?[0-5]\d)?",  # 19h, 19 h 30
            rf"(?:[01]?\d|2[0-3]):[0-5]\d(?:{_SP}?{meridiem})?",  # 19:30, 7:30 pm
            rf"(?:1[0-2]|0?[1-9]){_SP}?{meridiem}",  # 7pm, 7 p.m.
            rf"(?:1[0-2]|0?[1-9])\.[0-5]\d{_SP}?{meridiem}",  # 7.30am: British usage
        )
    )
    prices = "|".join(
        (
            rf"(?:US|CA|A)?[$£€]{_SP}?{_AMOUNT}(?:{_SP}?(?:[kKmM]|million|billion)\b)?",
            rf"{_AMOUNT}{_SP}?(?:{currency})(?:{_SP}?(?:HT|TTC))?",
            r"\d+€\d{2}",  # 12€50
        )
    )
    phones = "|".join(
        (
            # French: 06 12 34 56 78, 0 6 12 34 56 78, +33 6 12 34 56 78, +33 (0)6 12...
            rf"(?:\+33{_SP}?(?:\(0\){_SP}?)?|0{_SP}?)[1-9](?:[{_SP[1:-1]}.\-]?\d{{2}}){{4}}",
            # North American: (555) 123-4567, 555-123-4567, +1 555 123 4567
            rf"(?:\+1[{_SP[1:-1]}.\-]?)?(?:\(\d{{3}}\)|\d{{3}})[{_SP[1:-1]}.\-]?\d{{3}}"
            rf"[{_SP[1:-1]}.\-]\d{{4}}",
            # Any other international number: +44 20 7946 0958
            rf"\+\d{{1,3}}(?:[{_SP[1:-1]}.\-]?\(?\d{{1,4}}\)?){{2,5}}",
            # British, Irish and Australian national numbers: 01796 960 234, 020 7946 0958,
            # (02) 9876 5432
            rf"(?:0\d{{2,4}}|\(0\d{{1,4}}\)){_SP}\d{{3,4}}{_SP}?\d{{3,4}}",
        )
    )
    numbers = rf"{_AMOUNT}(?:{_SP}?(?:{unit}))?"
    flags = regex.IGNORECASE | regex.VERSION1
    return _Patterns(
        (
            (FactKind.PHONE, regex.compile(rf"(?<![\d+])(?:{phones})(?!\d)", flags)),
            (FactKind.PRICE, regex.compile(rf"{_NOT_AFTER_DIGIT}(?:{prices}){_WORD_END}", flags)),
            (
                FactKind.PERCENTAGE,
                regex.compile(
                    rf"{_NOT_AFTER_DIGIT}{_AMOUNT}{_SP}?(?:%|pour{_SP}?cent|per{_SP}?cent|percent)"
                    rf"{_WORD_END}",
                    flags,
                ),
            ),
            (FactKind.TIME, regex.compile(rf"{_NOT_AFTER_DIGIT}(?:{times}){_WORD_END}", flags)),
            (
                FactKind.DATE,
                regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{dates}){_WORD_END}", flags),
            ),
            (
                FactKind.NUMBER,
                regex.compile(rf"(?<![\p{{L}}\d.,])(?:{numbers}){_WORD_END}", regex.VERSION1),
            ),
        )
    )


# spaCy labels of names worth keeping: English (PERSON, FAC) and French (PER) models differ.
# French MISC holds shop and event names ("Comptoir du Mourillon"); the name test below
# keeps its noise (a capitalised opener) out.
_ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "PRODUCT", "FAC", "MISC"})
_MIN_PHONE_DIGITS = 8

# --- Extraction -------------------------------------------------------------------------------


def extract_facts(text: str, lang: Lang, names: Iterable[str] = ()) -> list[Fact]:
    """Every fact of ``text``, sorted by offset, none overlapping.

    ``names`` are the glossary's brand names: facts wherever they appear, whatever spaCy
    makes of them.
    """
    return list(_facts(text, lang, tuple(names)))


# The fitter reads a variant's facts before and after each transform that leaves it as it
# is, the audit the master's again: the same text, the same facts (its parse is cached).
@lru_cache(maxsize=512)
def _facts(text: str, lang: Lang, names: tuple[str, ...]) -> tuple[Fact, ...]:
    candidates = [*_link_facts(text), *_pattern_facts(text), *_name_facts(text, names)]
    if any(ch.isalpha() for ch in text):
        candidates.extend(_entity_facts(text, lang))
    # Nothing inside the closing hashtags is a fact: "#ShopLocal" is no name "ShopLocal".
    closing = _closing_tags(text)
    candidates = [c for c in candidates if not any(c.start < e and s < c.end for s, e in closing)]
    return tuple(_resolve(candidates))


def _resolve(candidates: list[Fact]) -> list[Fact]:
    # A name the model reads across the edge of a date or a price ("Démarrage lun" over
    # "lun. 6 avr.") is a misread: the pattern's fact stands. A name holding one whole
    # ("Café du 14 Juillet") is a name.
    patterns = [f for f in candidates if f.kind not in (FactKind.ENTITY, FactKind.HASHTAG)]
    inside = _Interiors((p.start, p.end) for p in patterns)
    candidates = [f for f in candidates if f.kind is not FactKind.ENTITY or not inside.straddled(f)]
    rank = {kind: index for index, kind in enumerate(_PRECEDENCE)}
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start), rank[f.kind]))
    kept: list[Fact] = []
    for fact in candidates:
        if not kept or fact.start >= kept[-1].end:
            kept.append(fact)
    return kept


class _Interiors:
    """The insides of some spans (their offsets strictly between start and end), merged and
    sorted: whether a name straddles one of the spans is two lookups, not one test per span.

    A name overlaps a span without holding it whole (:func:`_straddles`) exactly when one
    of its two edges falls strictly inside that span.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def _holds(self, offset: int) -> bool:
        index = bisect.bisect_left(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]

    def straddled(self, name: Fact) -> bool:
        return self._holds(name.start) or self._holds(name.end)


def _straddles(name: Fact, fact: Fact) -> bool:
    """Whether ``name`` overlaps ``fact`` without holding it whole."""
    overlaps = name.start < fact.end and fact.start < name.end
    holds = name.start <= fact.start and fact.end <= name.end
    return overlaps and not holds


# Texts no post holds make third-party scanners slow: twitter-text's link finder takes
# quadratic time on a run of dotted labels ("a.a.a.a...", where a host has a handful), and
# spaCy's tokenizer on a long run without a space ("((((..."). They read same-length copies
# with those runs blanked or cut, so that every offset stays the text's.
_LABEL_FLOOD = regex.compile(r"(?:[^\s.]{1,63}\.){16,}[^\s.]*")
_LONG_RUN = regex.compile(r"\S{80,}")
_CUT_EVERY = 40


def parseable(text: str) -> str:
    """``text`` for spaCy: a run of 80 characters or more without a space (no word is that
    long; a link is no name) cut by a space every 40 characters. Same length: a token's
    offsets are the text's."""
    cut: str = _LONG_RUN.sub(
        lambda m: "".join(
            " " if i % _CUT_EVERY == _CUT_EVERY - 1 else ch for i, ch in enumerate(m.group())
        ),
        text,
    )
    return cut


def _link_facts(text: str) -> list[Fact]:
    scanned = _LABEL_FLOOD.sub(lambda m: " " * len(m.group()), text)
    found = [Fact(FactKind.URL, u.text, u.start, u.end) for u in find_urls(scanned)]
    # Links with a scheme twitter-text does not know (a .example or new top-level domain).
    found += [Fact(FactKind.URL, m.group(), m.start(), m.end()) for m in SCHEME_URL.finditer(text)]
    found += [Fact(FactKind.EMAIL, e.text, e.start, e.end) for e in find_emails(text)]
    found += [Fact(FactKind.MENTION, m.text, m.start, m.end) for m in find_mentions(text)]
    found += [Fact(FactKind.HASHTAG, h.text, h.start, h.end) for h in find_hashtags(text)]
    return found


def _closing_tags(text: str) -> list[tuple[int, int]]:
    """Hashtags of the closing block: those ending the text, and those on lines of their own."""
    tags = find_hashtags(text)
    end = len(text.rstrip())
    block_start = end
    for tag in reversed(tags):
        if text[tag.end : block_start].strip():
            break
        block_start = tag.start
    return [
        (tag.start, tag.end)
        for tag in tags
        if tag.start >= block_start or _alone_on_line(text, tag.start, tag.end)
    ]


_TAG_LINE = regex.compile(r"[ \t]*(?:[#＃][\p{L}\p{M}\p{Nd}_]+[ \t]*)+")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether the tag sits on a line made of hashtags only (a block, not a sentence)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _TAG_LINE.fullmatch(text, line_start, line_end) is not None


def mentions_date(text: str) -> bool:
    """Whether ``text`` holds anything the extractor may read as a date. Regular expressions
    only: a caller that needs dates alone (the ``facts.*`` checks) skips spaCy's parse for
    the many texts that hold none."""
    return any(fact.kind is FactKind.DATE for fact in _date_and_time_matches(text))


def _may_hold_pattern_facts(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or _could_hold_weekday(text)


def dates_and_times(text: str) -> list[Fact]:
    """The dates and times of ``text``, found by pattern alone (no parse): what
    :mod:`brandvoice.understand.presence` compares, cheaply, many times per variant."""
    return list(_dates_and_times(text))


# The check of a text asks for its dates more than once (each ``facts.*`` rule whether it
# holds one, then their findings; the compliance rules on dates), and an adaptation
# compares the same variants again and again: each text's matches are found once.
@lru_cache(maxsize=1024)
def _dates_and_times(text: str) -> tuple[Fact, ...]:
    return tuple(_resolve(list(_date_and_time_matches(text))))


@lru_cache(maxsize=1024)
def _date_and_time_matches(text: str) -> tuple[Fact, ...]:
    # Only the date and time patterns run: the other kinds' facts would be left out before
    # resolving their overlaps anyway, so they never changed which dates and times remain.
    return tuple(_pattern_facts(text, (FactKind.DATE, FactKind.TIME)))


def pattern_facts(text: str, kinds: Sequence[FactKind]) -> list[Fact]:
    """The facts of ``kinds`` the patterns find in ``text`` (dates, times, phones, prices,
    links...: no entity, no resolving of overlaps)."""
    return _pattern_facts(text, kinds)


def _pattern_facts(text: str, kinds: Sequence[FactKind] = tuple(FactKind)) -> list[Fact]:
    if not _may_hold_pattern_facts(text):
        return []
    found: list[Fact] = []
    for kind, pattern in _patterns().by_kind:
        if kind not in kinds:
            continue
        for match in pattern.finditer(text):
            value = match.group()
            if kind is FactKind.PHONE and sum(c.isdigit() for c in value) < _MIN_PHONE_DIGITS:
                continue
            found.append(Fact(kind, value, match.start(), match.end()))
    return found


def _could_hold_weekday(text: str) -> bool:
    lowered = text.casefold()
    return any(day.casefold() in lowered for day in _words().weekdays)


def _name_facts(text: str, names: Iterable[str]) -> list[Fact]:
    alternatives = _alternation(n for n in names if n)
    if not alternatives:
        return []
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}_])(?:{alternatives})(?![\p{{L}}\p{{N}}_])", regex.I
    )
    return [Fact(FactKind.ENTITY, m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def _entity_facts(text: str, lang: Lang) -> list[Fact]:
    from brandvoice.adaptation.transform import parse

    found: list[Fact] = []
    doc = parse(lang, parseable(text))
    # The parsed text, read once: ``Doc.text`` joins every token again on each call.
    parsed = doc.text
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        tokens = list(ent)
        # "the Red Cross": the article is the sentence's, not the name's; "🎶 Soirée",
        # "⚠️ Rappel": an emoji or a mark is no part of a name.
        while tokens and (tokens[0].text[:1].islower() or not _has_word(tokens[0])):
            tokens.pop(0)
        # "Drop Claire a line": the order opening the sentence is no part of the name.
        while len(tokens) > 1 and tokens[0].pos_ == "VERB" and _opens_sentence(tokens[0], parsed):
            tokens.pop(0)
        while tokens and not _has_word(tokens[-1]):
            tokens.pop()
        if not tokens or not _looks_like_name(tokens, ent.label_, parsed):
            continue
        # A person's name may look like a verb form too (« Martinez », « martiner »).
        if (
            lang == "fr"
            and len(tokens) == 1
            and ent.label_ != "PER"
            and _french_order(tokens[0], parsed)
        ):
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.append(Fact(FactKind.ENTITY, text[start:end], start, end))
    return found


def _french_order(token: Token, text: str) -> bool:
    """Whether ``token``, opening its sentence, is a verb in the « vous » form (« Commandez
    au moins 5 jours à l'avance… »): an order the small model reads as a name."""
    from brandvoice.text.french.lemmas import is_vous_form

    return _opens_sentence(token, text) and is_vous_form(token.text)


def _has_word(token: Token) -> bool:
    return any(c.isalnum() for c in token.text)


def _opens_sentence(token: Token, text: str) -> bool:
    """Whether only emoji and marks stand before ``token`` in its sentence: "🎶 Soirée
    live" opens on "Soirée" as much as "Soirée live" does. ``text`` is the text of
    ``token``'s document."""
    sentence = token.sent
    if any(_has_word(t) for t in sentence[: token.i - sentence.start]):
        # A line of a post opens a sentence too, where the model reads on across the break
        # ("…recyclé.\nService midi et soir…").
        line_start = text.rfind("\n", 0, token.idx) + 1
        return not any(c.isalnum() for c in text[line_start : token.idx])
    return True


def _looks_like_name(tokens: Sequence[Token], label: str, text: str) -> bool:
    """Small models label a capitalised sentence opener ("Bienvenue", "Soldes d’hiver") as
    a name. A name must hold a capitalised word or proper noun that does not open its
    sentence, or, but for French MISC (the noisiest label), a proper noun that does."""
    for token in tokens:
        capitalised = token.text[:1].isupper() or token.pos_ == "PROPN"
        if capitalised and not _opens_sentence(token, text):
            return True
        if token.pos_ == "PROPN" and label != "MISC":
            return True
    return False


# --- Matching ---------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_SPACES = regex.compile(r"\s+")  # \s covers U+00A0, U+202F and the other Unicode spaces
# A fact is compared piece by piece (runs of digits, runs of letters, single marks) with
# any spacing between pieces: typography may add a no-break space ("12€" -> "12 €",
# "50%" -> "50 %", "19h30" -> "19 h 30") or group a phone number differently.
_PIECE = regex.compile(r"\d+|[\p{L}\p{M}_]+|\S")
_ANY_SPACING = r"\s*"
_PHONE_SPACING = r"[\s.\-()]*"


# An amount grouped by thousands ("12 000 €", "12\u202f000 km", "£12,000"): compared by its
# value, as the digits alone, so that typography may group the thousands of a master's
# "12000 €" (typography.french-thousands, typography.english-thousands) without the
# amount reading as another one. Only an amount, as those rules group it: after a currency
# sign or before its unit (theirs, casefolded). A phone number ("02 512 34 87") or a
# "10 000e visiteur" is left as written.
_GROUPED_UNITS = r"km/h|km²|km|m²|m³|cm|mm|m|kg|mg|g|cl|ml|dl|l|ha|h|min|°c|kwh|kw|mo|go|ko|chf"
_GROUPED = regex.compile(
    r"(?<=[£$€¥] ?)\d{1,3}(?:[ ,]\d{3})+(?![\d]|[ ,]\d)"
    r"|(?<![\d.,])\d{1,3}(?:[ ,]\d{3})+"
    rf"(?=(?:[.,]\d+)? ?(?:[%‰€$£¥]|(?:{_GROUPED_UNITS})(?![\p{{L}}\p{{N}}])))"
)
_GROUP_SEPARATOR = regex.compile(r"[ ,]")


def comparable(text: str) -> str:
    """``text`` as facts are compared: NFC, casefolded, one kind of apostrophe and of space,
    numbers grouped by thousands written as their digits alone ("12 000 €" as "12000 €")."""
    normal = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold()
    spaced = str(_SPACES.sub(" ", normal)).strip()
    return str(_GROUPED.sub(lambda m: _GROUP_SEPARATOR.sub("", m.group()), spaced))


@lru_cache(maxsize=4096)
def _fact_pattern(kind: FactKind, text: str) -> regex.Pattern[str] | None:
    pieces = _pieces(kind, text)
    if not pieces:
        return None
    spacing = _PHONE_SPACING if kind is FactKind.PHONE else _ANY_SPACING
    body = spacing.join(regex.escape(p) for p in pieces)
    return regex.compile(_edge_before(pieces[0][0]) + body + _edge_after(pieces[-1][-1]))


def _pieces(kind: FactKind, text: str) -> list[str]:
    """What a fact's pattern looks for, in order, with any spacing between."""
    pieces: list[str] = _PIECE.findall(comparable(text))
    if kind is FactKind.PHONE:
        pieces = [p for p in pieces if p.isdigit() or p == "+"]
    return pieces


def _edge_before(first: str) -> str:
    """Not the tail of a longer number ("12" in "120", "50" in "2,50") or word."""
    if first.isdigit():
        return r"(?<!\d|\d[.,])"
    if first.isalpha() or first == "_":
        return r"(?<![\p{L}\p{M}_])"
    return ""


def _edge_after(last: str) -> str:
    if last.isdigit():
        return r"(?!\d|[.,]\d)"
    if last.isalpha() or last == "_":
        return r"(?![\p{L}\p{M}_])"
    return ""


def url_key(url: str) -> str:
    """A link as a reader follows it: no scheme, no ``www.``, no UTM tags, no final slash."""
    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").removeprefix("www.")
        query = "&".join(
            p for p in parts.query.split("&") if p and not p.casefold().startswith("utm_")
        )
    except ValueError:  # an invalid port or IPv6 literal: compare the text itself
        return url.casefold()
    key = host + parts.path.rstrip("/")
    if query:
        key += f"?{query}"
    if parts.fragment:
        key += f"#{parts.fragment}"
    return key


class _Variant:
    """Texts seen the ways facts are compared, computed once: one text, or several (the
    passages a variant dropped) joined by a character no fact's pattern matches, so that
    a match in the join is a match in one of them.

    A fact's pattern starts with the fact's first piece, written as is; a piece of digits
    or letters also starts where no digit (letter) stands before it. So the pattern can
    only match where the text has that piece, at the start of a run of digits (letters)
    for those: the places are looked up in an index of the runs, and the pattern tried
    there alone, rather than searched for over the whole text once per fact.
    """

    _SEPARATOR = "\x00"

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.view = self._SEPARATOR.join(comparable(text) for text in self.texts)
        self._urls: frozenset[str] | None = None
        self._runs: dict[tuple[int, str], list[int]] | None = None

    def urls(self) -> frozenset[str]:
        if self._urls is None:
            found: list[str] = []
            for text in self.texts:
                found += [u.text for u in find_urls(text)]
                found += [m.group() for m in SCHEME_URL.finditer(text)]
            self._urls = frozenset(url_key(u) for u in found)
        return self._urls

    def holds(self, fact: Fact) -> bool:
        if fact.kind is FactKind.URL:
            return url_key(fact.text) in self.urls()
        pattern = _fact_pattern(fact.kind, fact.text)
        if pattern is None:
            return True
        if len(self.texts) > 1 and self._SEPARATOR in comparable(fact.text):
            return any(pattern.search(comparable(text)) is not None for text in self.texts)
        first = _pieces(fact.kind, fact.text)[0]  # the pattern is written from them
        return any(pattern.match(self.view, at) is not None for at in self._places(first))

    def _places(self, piece: str) -> list[int]:
        """Where a pattern opening on ``piece`` may match."""
        if _DIGITS.fullmatch(piece) or (
            _LETTERS.fullmatch(piece) and (piece[0].isalpha() or piece[0] == "_")
        ):
            key = min(len(piece), _RUN_KEY)
            return [
                at
                for at in self._run_index().get((key, piece[:key]), ())
                if self.view.startswith(piece, at)
            ]
        places = []
        at = self.view.find(piece)
        while at != -1:
            places.append(at)
            at = self.view.find(piece, at + 1)
        return places

    def _run_index(self) -> dict[tuple[int, str], list[int]]:
        """Where each run of digits or letters starts, by its first one, two and three
        characters."""
        if self._runs is None:
            self._runs = {}
            for match in _RUN.finditer(self.view):
                run, at = match.group(), match.start()
                for key in range(1, min(len(run), _RUN_KEY) + 1):
                    self._runs.setdefault((key, run[:key]), []).append(at)
        return self._runs


_DIGITS = regex.compile(r"\d+")
_LETTERS = regex.compile(r"[\p{L}\p{M}_]+")
_RUN = regex.compile(r"\d+|[\p{L}\p{M}_]+")
_RUN_KEY = 3


def missing_facts(
    facts: Sequence[Fact],
    variant_text: str,
    dropped: Iterable[str],
    lang: str = "en",
    reference: dt.date | None = None,
) -> list[Fact]:
    """The ``facts`` (of a master) that ``variant_text`` no longer holds, in their order,
    except those a transform listed in ``dropped`` (a fact's text, or a removed passage
    holding it). A fact found anywhere in the variant counts as kept; with the
    ``reference`` date the master was written on, so does a date or time the variant
    gives in another form ("sam. 4 avril" for "samedi 4 avril 2026")."""
    from brandvoice.understand.presence import Passages

    variant = _Variant([variant_text])
    excused = _Variant(list(dropped))
    passages = (
        Passages([variant_text, *excused.texts], lang, reference) if reference is not None else None
    )

    def kept(fact: Fact) -> bool:
        if variant.holds(fact) or (excused.texts and excused.holds(fact)):
            return True
        if passages is None or fact.kind not in (FactKind.DATE, FactKind.TIME):
            return False
        return bool(passages.saying(fact.text))

    return [fact for fact in facts if not kept(fact)]
