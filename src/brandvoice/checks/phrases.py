"""Phrase lists as data: loading, validation, matching and fitting replacements.

The lists live in ``checks/data/<list>-<lang>.yaml`` (their headers say where they come
from). Each section is validated and compiled into one case-insensitive alternation the
first time a language needs it; :class:`PhraseRule` turns a section into a rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, ClassVar, TypeGuard

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.rule import Rule
from brandvoice.datafiles import parse_packaged_yaml
from brandvoice.findings import Finding
from brandvoice.text.segments import at_sentence_start

# --- Phrase lists ---------------------------------------------------------------------------

DATA_PACKAGE = "brandvoice.checks"
DATA_DIR = "data"

# What each section of a list file holds: whether its entries must offer a replacement
# (True), must not (False), or may (None). A wordy phrase without its short form is not
# actionable; a cliché has no single right rewording.
SECTIONS: Mapping[str, bool | None] = {
    "wordy": True,
    "pleonasm": True,
    "cliche": False,
    "slang": None,
}
_ENTRY_KEYS = frozenset({"phrase", "replacement", "unless_followed_by"})

# Whole words only; "-" counts as part of a word so that "ciné" stays out of "ciné-club".
# An apostrophe may precede a phrase: "l'apéro" holds "apéro".
_BEFORE = r"(?<![\p{L}\p{N}_@#-])"
_AFTER = r"(?![\p{L}\p{N}_-])"
# A space in a phrase matches spaces (no-break ones included) or a hyphen, so that "game
# changer" also finds "game-changer"; a hyphen matches only a hyphen, so that the cliché
# "state-of-the-art" leaves "the state of the art" of a research paper alone.
_GAP = r"(?:\s+|\s*-\s*)"
_SEPARATORS = regex.compile(r"[\s-]+")


class PhraseListError(ValueError):
    """A packaged phrase list is malformed: a bug in brandvoice's data, caught by the tests."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """One entry of a list: the phrase, what to write instead, and the words after which it
    is not a problem ("monter en haut" is a pleonasm, "monter en haut de la tour" is not)."""

    text: str
    replacement: str | None = None
    unless_followed_by: tuple[str, ...] = ()


def phrase_key(text: str) -> str:
    """How a phrase and a match of it are compared: case, apostrophe and separators aside."""
    return str(_SEPARATORS.sub(" ", text.replace("’", "'"))).strip().casefold()


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    written: str
    phrase: Phrase


class PhraseList:
    """A validated list, compiled once into a single alternation, longest phrases first so
    that "en raison du fait que" wins over "du fait que"."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases
        self._by_key = {phrase_key(p.text): p for p in phrases}
        ordered = sorted(phrases, key=lambda p: len(p.text), reverse=True)
        alternation = "|".join(_phrase_source(p) for p in ordered)
        self._pattern = regex.compile(rf"{_BEFORE}(?:{alternation}){_AFTER}", regex.IGNORECASE)

    def knows(self, text: str) -> bool:
        return phrase_key(text) in self._by_key

    def find(self, text: str) -> Iterator[PhraseMatch]:
        """Every match in ``text``, with the entry it matched."""
        for match in self._pattern.finditer(text):
            written = match.group()
            # Always found for the packaged lists (the tests match every entry); .get guards
            # against a letter whose case folding differs between regex and str.casefold.
            phrase = self._by_key.get(phrase_key(written))
            if phrase is not None:
                yield PhraseMatch(match.start(), match.end(), written, phrase)

    def find_in(self, ctx: CheckContext) -> Iterator[PhraseMatch]:
        """Matches outside URLs, e-mails, mentions, hashtags, product codes and brand names:
        those are written as their owners write them."""
        skipped = ctx.protected
        for found in self.find(ctx.text):
            if not skipped.overlaps(found.start, found.end):
                yield found


def _word_source(word: str) -> str:
    return "".join("['’]" if ch == "'" else regex.escape(ch) for ch in word)


def _phrase_source(phrase: Phrase) -> str:
    source = _GAP.join(_word_source(w) for w in phrase.text.split(" "))
    if phrase.unless_followed_by:
        # A word ending in an apostrophe ("d'") is glued to the next one: no boundary after.
        exempt = "|".join(
            _word_source(w) + ("" if w.endswith("'") else _AFTER) for w in phrase.unless_followed_by
        )
        source += rf"(?!\s+(?:{exempt}))"
    return source


@cache
def phrase_list(name: str, lang: str, section: str) -> PhraseList:
    """The ``section`` of ``data/<name>-<lang>.yaml``, compiled (once per process)."""
    return PhraseList(load_sections(name, lang)[section])


@cache
def load_sections(name: str, lang: str) -> dict[str, tuple[Phrase, ...]]:
    """Every section of ``data/<name>-<lang>.yaml``, validated."""
    origin = f"{DATA_DIR}/{name}-{lang}.yaml"
    text = (files(DATA_PACKAGE) / DATA_DIR / f"{name}-{lang}.yaml").read_text(encoding="utf-8")
    return parse_sections(parse_packaged_yaml(text), origin)


def parse_sections(document: Any, origin: str) -> dict[str, tuple[Phrase, ...]]:
    if not isinstance(document, dict) or not document:
        raise PhraseListError(f"{origin}: expected a mapping of sections")
    sections: dict[str, tuple[Phrase, ...]] = {}
    for section, entries in document.items():
        if section not in SECTIONS:
            raise PhraseListError(f"{origin}: unknown section {section!r}")
        if not isinstance(entries, list) or not entries:
            raise PhraseListError(f"{origin}: {section} must be a non-empty list")
        where = f"{origin}: {section}"
        phrases = tuple(_parse_entry(entry, where, SECTIONS[section]) for entry in entries)
        keys = [phrase_key(p.text) for p in phrases]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise PhraseListError(f"{where}: listed more than once: {', '.join(repeated)}")
        sections[section] = phrases
    return sections


def _parse_entry(entry: Any, where: str, needs_replacement: bool | None) -> Phrase:
    fields = {"phrase": entry} if isinstance(entry, str) else entry
    if not isinstance(fields, dict) or not set(fields) <= _ENTRY_KEYS:
        raise PhraseListError(f"{where}: {entry!r} is not a phrase nor a mapping of {_ENTRY_KEYS}")
    text, replacement = fields.get("phrase"), fields.get("replacement")
    exempt = fields.get("unless_followed_by", [])
    if not _is_clean_str(text):
        raise PhraseListError(f"{where}: {entry!r} needs a phrase without extra spaces")
    if replacement is not None and not _is_clean_str(replacement):
        raise PhraseListError(f"{where}: {text!r} has an empty or badly spaced replacement")
    if not isinstance(exempt, list) or not all(_is_clean_str(w) for w in exempt):
        raise PhraseListError(f"{where}: {text!r}: unless_followed_by must list words")
    if needs_replacement is True and replacement is None:
        raise PhraseListError(f"{where}: {text!r} needs a replacement")
    if needs_replacement is False and replacement is not None:
        raise PhraseListError(f"{where}: {text!r} must not have a replacement")
    if replacement is not None and phrase_key(replacement) == phrase_key(text):
        raise PhraseListError(f"{where}: {text!r} is replaced by itself")
    return Phrase(text, replacement, tuple(exempt))


def _is_clean_str(value: object) -> TypeGuard[str]:
    # Straight apostrophes only: matching accepts ’ anyway, and one spelling per entry keeps
    # the duplicate check honest.
    return (
        isinstance(value, str)
        and value == value.strip() != ""
        and "  " not in value
        and "’" not in value
    )


# --- Replacements written like the text ------------------------------------------------------


def fit_replacement(replacement: str, written: str, ctx: CheckContext) -> str:
    """``replacement`` in the case and apostrophe of what it replaces: "In order to" at the
    start of a sentence becomes "To", and "à l’heure actuelle" gives "aujourd’hui"."""
    letters = [ch for ch in written if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        replacement = replacement.upper()
    elif written[:1].isupper() and replacement[:1].islower():
        replacement = replacement[:1].upper() + replacement[1:]
    if "'" in replacement:
        replacement = replacement.replace("'", _apostrophe(written, ctx))
    return replacement


def _apostrophe(written: str, ctx: CheckContext) -> str:
    """The apostrophe the text uses: the phrase's own, else the voice's policy, else the
    text's most frequent one (French publishing's ’ on a tie, in French)."""
    for mark in ("’", "'"):
        if mark in written:
            return mark
    policy = ctx.voice.typography.apostrophe
    if policy != "consistent":
        return "’" if policy == "curly" else "'"
    curly, straight = ctx.text.count("’"), ctx.text.count("'")
    if curly != straight:
        return "’" if curly > straight else "'"
    return "’" if ctx.lang == "fr" else "'"


# --- Phrase rules ------------------------------------------------------------------------------


class PhraseRule(Rule):
    """A rule flagging the phrases of one section of a list (``<list_name>-<lang>.yaml``)."""

    list_name: ClassVar[str]
    section: ClassVar[str]

    def applies(self, ctx: CheckContext) -> bool:
        """Whether the rule runs on this text at all (say, only for some voices)."""
        return True

    def skips(self, found: PhraseMatch, ctx: CheckContext) -> bool:
        """Whether this match is a false alarm the list alone cannot rule out: a phrase with
        a capital in mid-sentence belongs to a name or a title ("Visual Basic Fundamentals",
        les Restos du Cœur, le glacier des Bossons)."""
        written = found.written
        capitalised = written[:1].isupper() and not written.isupper()
        return capitalised and not at_sentence_start(ctx.text, found.start)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.applies(ctx):
            return
        for found in phrase_list(self.list_name, ctx.lang, self.section).find_in(ctx):
            if self.skips(found, ctx):
                continue
            replacement = found.phrase.replacement
            fitted = (
                None if replacement is None else fit_replacement(replacement, found.written, ctx)
            )
            yield self.finding(
                found.start,
                found.end - found.start,
                self.message(found.written, fitted, ctx),
                () if fitted is None else (fitted,),
            )

    def message(self, written: str, replacement: str | None, ctx: CheckContext) -> str:
        return self.summary
