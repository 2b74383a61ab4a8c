"""When a compliance rule applies: the profile's jurisdiction and sectors, and what the post
says (``data/lexicon.yaml``), with the words that made it apply."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from brandvoice.checks.compliance.data import load

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

ALCOHOL = "alcohol"


@dataclass(frozen=True, slots=True)
class Hit:
    """Words of the text that make a rule apply or that a rule flags."""

    start: int
    end: int
    text: str


def fold_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes and spaces made plain, same length."""
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


@cache
def _pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    ordered = sorted({fold_apostrophes(w) for w in words}, key=len, reverse=True)
    alternation = "|".join(
        regex.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]") for w in ordered
    )
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}_])(?:{alternation})(?![\p{{L}}\p{{N}}_])", regex.IGNORECASE
    )


def find_words(text: str, words: Iterable[str]) -> list[Hit]:
    """Whole-word, case-insensitive matches of ``words`` in ``text`` (hashtags included:
    "#rosé" holds "rosé")."""
    chosen = tuple(words)
    if not chosen:
        return []
    return [
        Hit(m.start(), m.end(), text[m.start() : m.end()])
        for m in _pattern(chosen).finditer(fold_apostrophes(text))
    ]


def topic_words(topic: str, lang: str) -> tuple[str, ...]:
    entry = load("lexicon")["topics"][topic]
    return (*entry.get(lang, ()), *entry.get("any", ()))


def topic_hits(text: str, topic: str, lang: str) -> list[Hit]:
    """Where ``text`` speaks of ``topic`` (alcohol, sales, contest, partnership...), but
    not inside the phrases the topic excludes ("Concours général agricole" is an award)."""
    hits = find_words(text, topic_words(topic, lang))
    excluded = load("lexicon")["topics"][topic].get("exclude", {}).get(lang, ())
    if not hits or not excluded:
        return hits
    spans = find_words(text, excluded)
    return [h for h in hits if not any(s.start <= h.start and h.end <= s.end for s in spans)]


@dataclass(frozen=True, slots=True)
class Association:
    kind: str  # festive, social-success, sport, youth
    hit: Hit


def associations(text: str, lang: str) -> list[Association]:
    """The festive, social-success, sport and youth words and emoji of ``text``."""
    found: list[Association] = []
    for kind, entry in load("lexicon")["associations"].items():
        found.extend(Association(kind, hit) for hit in find_words(text, entry.get(lang, ())))
        for emoji in entry.get("emoji", ()):
            start = text.find(emoji)
            while start != -1:
                found.append(Association(kind, Hit(start, start + len(emoji), emoji)))
                start = text.find(emoji, start + len(emoji))
    return sorted(found, key=lambda a: (a.hit.start, -a.hit.end))


def association_kind(text: str, lang: str) -> str | None:
    """The first association ``text`` (an emoji, a hashtag, a call to action) makes."""
    found = associations(text, lang)
    return found[0].kind if found else None


# --- What the profile says ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule applies: the profile's words, or the post's."""

    hits: tuple[Hit, ...] = ()
    profile: str = ""

    def __bool__(self) -> bool:
        return bool(self.hits or self.profile)

    def say(self) -> str:
        if self.hits:
            words = ", ".join(dict.fromkeys(repr(h.text) for h in self.hits))
            return f"the post says {words}"
        return f"the profile's {self.profile}"


def alcohol_reason(voice: VoiceProfile, texts: Iterable[str], lang: str) -> Reason:
    """Why a post of ``voice`` counts as alcohol advertising: the drink it names (in any of
    ``texts``, the variant first, then its master), else the profile's alcohol sector."""
    for text in texts:
        hits = topic_hits(text, ALCOHOL, lang)
        if hits:
            return Reason(tuple(hits))
    if ALCOHOL in voice.sectors:
        return Reason(profile="sector (alcohol)")
    return Reason()


def partnership_reason(voice: VoiceProfile, texts: Iterable[str], lang: str) -> Reason:
    """Why a post of ``voice`` is a paid partnership: the profile's, else the post's words."""
    if voice.partnership is not None:
        partner = voice.partnership.partner
        return Reason(profile="partnership" + (f" (with {partner})" if partner else ""))
    for text in texts:
        hits = topic_hits(text, "partnership", lang)
        if hits:
            return Reason(tuple(hits))
    return Reason()


_POSTCODE = regex.compile(r"(?<!\d)(\d{5})(?!\d)")


def department_of(voice: VoiceProfile) -> str | None:
    """The French department of the business: the profile's ``department``, else one read
    from a postcode ("83000 Toulon") or a department's or town's name in ``location``."""
    if voice.department:
        return str(voice.department)
    location = voice.location or ""
    match = _POSTCODE.search(location)
    if match:
        code = str(match.group(1))
        if code.startswith("97"):
            return code[:3]
        if code.startswith("20"):
            return "2A" if int(code) < 20200 else "2B"
        return code[:2]
    from brandvoice.checks.compliance.calendar import places

    for place, names in places("fr").items():
        if find_words(location, names):
            return str(place)
    return None
