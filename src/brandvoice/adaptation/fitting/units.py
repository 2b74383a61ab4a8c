"""A rendered variant as units fit-length may remove: sentences, the call to action, the
signature and the tags of the closing hashtag line.

Lines are the outer frame (the templates put the hook, the body paragraphs, the call to
action and the hashtags on lines of their own); sentences come from spaCy within a line.
No unit boundary falls inside a URL, mention, hashtag, e-mail, emoji, product code, name
or fact, so removing whole units never cuts one in half.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.lang import Lang
from brandvoice.text.entities import find_hashtags
from brandvoice.text.protect import ProtectedSpans
from brandvoice.understand.facts import Fact, comparable


class Role(StrEnum):
    HOOK = "hook"  # the first sentence: never removed, only shortened as a last resort
    SENTENCE = "sentence"
    CTA = "cta"
    SIGNATURE = "signature"
    HASHTAG = "hashtag"  # one tag of the closing hashtag line


@dataclass(frozen=True, slots=True)
class Unit:
    role: Role
    start: int
    end: int
    line: int  # index of the line it sits on: removal keeps line breaks right
    number: int  # 1-based: the sentence's number in the text, or the tag's in its line
    facts: tuple[Fact, ...]


_LINE = regex.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Furniture:
    """The voice's own lines, recognised whole rather than split into sentences."""

    cta: str
    signature: str


def split_units(
    text: str, lang: Lang, furniture: Furniture, no_cut: ProtectedSpans, facts: Sequence[Fact]
) -> list[Unit]:
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    lines = [_trim(text, start, end) for start, end in lines]
    boundaries = _sentence_starts(text, lang, no_cut)
    within = _FactIndex(facts)
    units: list[Unit] = []
    sentence_number = 0
    for line_index, (start, end) in enumerate(lines):
        content = text[start:end]
        if line_index == len(lines) - 1 and line_index > 0 and _only_hashtags(content):
            for number, tag in enumerate(find_hashtags(content), start=1):
                units.append(
                    Unit(Role.HASHTAG, start + tag.start, start + tag.end, line_index, number, ())
                )
            continue
        role = _furniture_role(content, furniture)
        if role is not None and line_index > 0:
            units.append(Unit(role, start, end, line_index, 0, within(start, end)))
            continue
        # The boundaries are sorted: those strictly inside the line are one run of them.
        inside = boundaries[
            bisect.bisect_right(boundaries, start) : bisect.bisect_left(boundaries, end)
        ]
        cuts = [start, *inside, end]
        line_first = len(units)
        for piece_start, piece_end in itertools.pairwise(cuts):
            piece_start, piece_end = _trim(text, piece_start, piece_end)
            if piece_start == piece_end:
                continue
            previous = units[-1] if units else None
            if _WORDS.search(text, piece_start, piece_end) is None and (
                previous is not None and previous.line == line_index
            ):
                # Emoji after a stop ("… fromage ! 🧀") belong to the sentence they follow.
                units[-1] = Unit(
                    previous.role,
                    previous.start,
                    piece_end,
                    line_index,
                    previous.number,
                    within(previous.start, piece_end),
                )
                continue
            sentence_number += 1
            unit_role = Role.HOOK if sentence_number == 1 else Role.SENTENCE
            units.append(
                Unit(
                    unit_role,
                    piece_start,
                    piece_end,
                    line_index,
                    sentence_number,
                    within(piece_start, piece_end),
                )
            )
        _join_inline_call(text, units, line_first, end, furniture.cta, within)
    return units


def _join_inline_call(
    text: str, units: list[Unit], line_first: int, line_end: int, cta: str, within: _FactIndex
) -> None:
    """The voice's call to action closing a line of the author's sentences (X puts it after
    the body, on the same line) made one unit of its own: "Une question ? Écrivez-nous en
    message privé." is kept whole or dropped whole, never left as a bare "Une question ?".
    Only a run of the line's last sentences that is the call to action (an emoji may
    follow it), after at least one sentence of the author's."""
    wanted = comparable(cta)
    if not wanted:
        return
    for first in range(len(units) - 1, line_first, -1):
        seen = comparable(text[units[first].start : line_end])
        if not seen.startswith(wanted) or _WORDS.search(seen, len(wanted)) is not None:
            continue
        kept = units[first]
        units[first:] = [
            Unit(Role.CTA, kept.start, line_end, kept.line, 0, within(kept.start, line_end))
        ]
        return


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What ends a sentence, possibly followed by closing quotes, brackets or an emoji or two.
_SENTENCE_END = regex.compile(
    r"[.!?…][\p{Pf}\p{Pe}\"'’»)\]]*(?:[\s\u00a0\u202f]*\p{Extended_Pictographic}[\ufe0f\u200d]*)*"
    r"[\s\u00a0\u202f]*$"
)


# What may follow a sentence's stop in _SENTENCE_END: closing marks, spacing and emoji.
_AFTER_STOP = regex.compile(
    r"[\p{Pf}\p{Pe}\"'’»)\]\s\u00a0\u202f\p{Extended_Pictographic}\ufe0f\u200d]"
)


def _ends_sentence(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends as a sentence does (``_SENTENCE_END``). Only a stop may
    open that match and everything after it must be closing marks, spacing or emoji, so
    the match can start only at the last character before ``at`` that is none of those:
    one match tried there rather than a search from the text's start."""
    start = at - 1
    while start >= 0 and _AFTER_STOP.match(text, start) is not None:
        start -= 1
    return start >= 0 and _SENTENCE_END.match(text, start, at) is not None


# A sentence does not start on a closing mark: « Oui. » ends at the », not before it.
_NO_START = regex.compile(r"[\p{Pf}\p{Pe}\"'’»”)\]]")
_WORDS = regex.compile(r"[\p{L}\p{N}]")


# A stop, then a capital: a new sentence, even where the model reads the stop as an
# abbreviation's ("… before 30 Apr. Bookings can be made"), except after a title.
_STOP_THEN_CAPITAL = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt|M|Mme|Mlle|Me|Pr|Dr|No|n°))[.!?…][\p{Pf}\p{Pe}\"'’»)]*"
    r"[\s\u00a0\u202f]+(?=[\p{Lu}\p{Extended_Pictographic}])"
)


# An emoji after a word, then a capital: social posts end a sentence on an emoji as on a
# stop ("… se lever tôt 😉 Envoyez-nous …"), so the emoji closes the sentence before it.
_EMOJI_THEN_CAPITAL = regex.compile(
    r"(?<=[\p{L}\p{N}][\s\u00a0\u202f]*)(?:\p{Extended_Pictographic}[\ufe0f\u200d]*)+"
    r"[\s\u00a0\u202f]+(?=\p{Lu})"
)


def _sentence_starts(text: str, lang: Lang, no_cut: ProtectedSpans) -> list[int]:
    found = {sentence.start_char for sentence in parse(lang, text).sents}
    found |= {m.end() for m in _STOP_THEN_CAPITAL.finditer(text)}
    after_emoji = {m.end() for m in _EMOJI_THEN_CAPITAL.finditer(text)}
    found |= after_emoji
    starts = sorted({_past_closing_emoji(text, b) for b in found})
    # A boundary spaCy puts inside a link or a price ("example.com/a. b") is not one, nor
    # one after a colon or an emoji ("⚠️ | Rappel : | tomme de chèvre"): removing either
    # piece would leave a fragment. A sentence ends on its stop (or a line break).
    return [
        b
        for b in starts
        if not no_cut.contains(b - 1, b + 1)
        and (_ends_sentence(text, b) or "\n" in text[max(0, b - 2) : b] or b in after_emoji)
        and not _NO_START.match(text, b)
        and not _after_leading_emoji(text, b)
    ]


_EMOJI_RUN = regex.compile(r"(?:\p{Extended_Pictographic}[\ufe0f\u200d]*[ \u00a0\u202f]*)+")


def _past_closing_emoji(text: str, at: int) -> int:
    """A sentence start moved past the emoji that close the sentence before it on the same
    line ("Portes ouvertes ! 🍷 Samedi…": the 🍷 is the hook's, as the emoji transform puts
    it); at a line's start, an emoji is the line's marker and stays with it."""
    if at == 0 or text[at - 1] == "\n":
        return at
    run = _EMOJI_RUN.match(text, at)
    return run.end() if run is not None and run.end() < len(text) else at


def _after_leading_emoji(text: str, at: int) -> bool:
    """Whether only emoji stand between the start of ``at``'s line and ``at``: "📍 Chemin
    des Restanques" is one sentence, its pin a marker, not a sentence of its own."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start < at and _WORDS.search(text, line_start, at) is None


def _only_hashtags(line: str) -> bool:
    rest = line
    for tag in reversed(find_hashtags(line)):
        rest = rest[: tag.start] + rest[tag.end :]
    return bool(find_hashtags(line)) and not rest.strip()


def _furniture_role(line: str, furniture: Furniture) -> Role | None:
    # Typography and emoji transforms ran first: compare as facts are compared, and accept
    # a line that starts with the call to action (an emoji may have been appended).
    seen = comparable(line)
    for role, own in ((Role.CTA, furniture.cta), (Role.SIGNATURE, furniture.signature)):
        wanted = comparable(own)
        if wanted and (seen == wanted or seen.startswith(wanted)):
            return role
    return None


class _FactIndex:
    """The facts wholly inside a span. The extractor's facts are in text order and none
    overlaps another, so their starts and ends both grow and those inside a span are one
    run of them, found by bisection; other lists are read whole."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = tuple(facts)
        self.starts = [f.start for f in self.facts]
        self.ends = [f.end for f in self.facts]
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts)) and all(
            a <= b for a, b in itertools.pairwise(self.ends)
        )

    def __call__(self, start: int, end: int) -> tuple[Fact, ...]:
        if not self.ordered:
            return tuple(f for f in self.facts if start <= f.start and f.end <= end)
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return self.facts[first:last] if first < last else ()
