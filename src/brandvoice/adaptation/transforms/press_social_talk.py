"""A press note keeps none of the post's social talk: its cheers and sign-offs to the
community ("Santé.", "Bravo Lucas."), its asides and winks ("…, just saying", "(spoiler:
not Reels)", « promis »), its pointers and calls made for a feed ("(link in our stories)",
« C'est par ici : site.fr », "DM us or email…", "Already a customer?") are struck or said
as a press note says them ("Tables … can be booked on Resy.", « Plus d'informations :
site.fr »).

A post talks to its followers; a press note is read by journalists and partners. What is
talk, and what a press note writes instead, is data (``data/press-social-talk.yaml``,
each entry with its examples: the talk and what it becomes, and text that stays). A talk
is a whole sentence of the author's or a phrase inside one; the headline and the lead's
first sentence are never touched (they are press-lead's and the headline's). Nothing a
reader needs is lost: a sentence or phrase is struck or rewritten only when every number,
link, address and name it holds is still in the note (in what is written instead, or
elsewhere). Feelings go to press-quote (42), which runs after this transform and quotes
the master's words; the social voices keep their talk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.press_fragments import business_named_again
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.transforms.press_practical import statements, with_slots
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language

_TABLE = "press-social-talk.yaml"
# What a struck piece must leave in the note: a number, a link, an address (a word with a
# digit or a dot inside it, an "@").
_FACT = regex.compile(r"[^\s(]*\d[^\s)]*|\S+@\S+|\S+\.\S*\p{L}")
# A capitalised word not opening its sentence: a name, when one of the message's facts
# holds it ("Lucas", "Ottawa"; not "DM" or "Reels").
_NAME = regex.compile(r"(?<=[\p{L},;:]\s+)\p{Lu}[\p{L}-]+")
_TRAILING = ".,;:!?)…"
# What may close a sentence of talk: its stop or "…", and the emoji a post puts after it.
_END = (
    r"[\s\u00a0\u202f]*[.!…]*"
    r"(?:[\s\u00a0\u202f]*\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]*)*"
)
_SPACES = " \u00a0\u202f"
# A first sentence at most this long that opens the text is a headline, and the lead is
# the sentence after it ("Quel été ! La 12e édition…").
_HEADLINE_MAX_WORDS = 7
_WORD = regex.compile(r"\p{L}+")
# A label and the one link, address or number it gives ("Renseignements : 514-555-0142").
_LABELLED = regex.compile(r"^[\p{L}'’ ]+[\u00a0\u202f ]?:[ \u00a0]\S+(?:[ \u00a0]\d+)*$")
# What ends a sentence before a group that opens the next ("Already a customer? Switch…").
_OPENS = regex.compile(r"[.!?…][\s\u00a0\u202f]*$")


@dataclass(frozen=True, slots=True)
class _Talk:
    pattern: regex.Pattern[str]
    write: str
    # A whole sentence of the author's (else a phrase inside one).
    sentence: bool
    why: str
    # How many sentences the talk spans: a question and its answer ("Already a customer?
    # Switch…") are read before either alone.
    spans: int


@cache
def _entries(lang: str) -> tuple[Mapping[str, Any], ...]:
    return tuple(load_table(_TABLE).get(lang, {}).get("talk", ()))


@cache
def _talks(lang: str) -> tuple[_Talk, ...]:
    found = []
    for entry in _entries(lang):
        sentence = "sentence" in entry
        pattern = with_slots(entry["sentence"] if sentence else entry["phrase"])
        found.append(
            _Talk(
                regex.compile(rf"(?:{pattern}){_END}" if sentence else pattern, regex.IGNORECASE),
                str(entry.get("write", "")),
                sentence,
                str(entry["why"]),
                int(entry.get("sentences", 1)),
            )
        )
    # A sentence's rewrite before a phrase struck inside it.
    return tuple(sorted(found, key=lambda talk: not talk.sentence))


def _examples() -> tuple[TransformExample, ...]:
    """Each entry's examples (the talk and what the press note writes) and the text that
    stays, as the transform's examples: one test runs them all."""
    found: list[TransformExample] = []
    for lang in load_table(_TABLE):
        for entry in _entries(lang):
            for example in entry.get("examples", ()):
                found.append(
                    TransformExample(
                        example["before"],
                        example["after"],
                        lang=lang,
                        voice="corporate",
                        network="website",
                        profile=example.get("profile", {}),
                    )
                )
            for kept in entry.get("keeps", ()):
                found.append(
                    TransformExample(kept, kept, lang=lang, voice="corporate", network="website")
                )
    return tuple(found)


class PressSocialTalk(Transform):
    id = "press-social-talk"
    stage = Stage.BODY
    # A sentence is rewritten whole and its links, numbers and addresses written again as
    # they were, or said elsewhere in the note (_keeps_facts makes sure).
    edits_protected = True
    # After the register, contractions and address (10-40): the talk is read in the
    # voice's words ("it's" is "it is"); before press-quote (42), which quotes the feeling
    # a struck wink leaves as a sentence of its own ("…; it has been a privilege"), and
    # before « on » → « nous » (45) and the person rules (50-52), which read the master.
    order = 41
    summary = (
        "In a press note, the post's social talk goes: cheers and sign-offs to the "
        "community ('Santé.', 'Bravo Lucas.'), asides and winks ('…, just saying', "
        "'(spoiler: …)', « promis »), pointers made for a feed ('(link in our stories)', "
        "« C'est par ici : site.fr » → « Plus d'informations : site.fr »), never a fact."
    )
    examples = (
        *_examples(),
        # A Facebook post keeps its talk.
        TransformExample(
            "Le moulin ouvre samedi. L'huile nouvelle est là. Il n'y en aura pas pour tout "
            "le monde…",
            "Le moulin ouvre samedi. L'huile nouvelle est là. Il n'y en aura pas pour tout "
            "le monde…",
            lang="fr",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and bool(_talks(base_language(target.lang)))

    def edits(self, text: str, target: Target) -> list[Edit]:
        talks = _talks(base_language(target.lang))
        edits: list[Edit] = []
        sentences = _sentences(text)
        index = _lead_end(text, sentences)
        # The note from its lead on: the lead's subject names the business ("Osteria Nonna
        # Rosa made…" under "Well, this is wild.").
        lead = text[sentences[index - 1][0] :] if index else text
        while index < len(sentences):
            taken = 1
            for spans in (2, 1):
                if index + spans > len(sentences):
                    continue
                start, end = sentences[index][0], sentences[index + spans - 1][1]
                if "\n" in text[start:end]:
                    continue
                read = tuple(talk for talk in talks if talk.spans == spans)
                edit = _rewritten(text, start, end, read, target, lead)
                if edit is not None:
                    edits.append(edit)
                    taken = spans
                    break
            index += taken
        return edits


def _sentences(text: str) -> list[tuple[int, int]]:
    """The author's sentences of ``text``, line by line, as (start, end) in ``text``; an
    emoji between a stop and a capital ends a sentence too ("…at number 64! 🇨🇦 Not
    bad…")."""
    found: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        for start, end in statements(line):
            for stop in _EMOJI_STOP.finditer(line, start, end):
                found.append((position + start, position + stop.start() + 1))
                start = stop.end()
            found.append((position + start, position + end))
        position += len(line) + 1
    return found


# A stop, the emoji a post puts after it, and the capital of the next sentence.
_EMOJI_STOP = regex.compile(
    r"[.!?…](?:[ \u00a0\u202f]*[\p{Extended_Pictographic}\p{Regional_Indicator}]"
    r"[\ufe0f\u200d\p{Extended_Pictographic}\p{Regional_Indicator}]*)+"
    r"[ \u00a0\u202f]+(?=\p{Lu})"
)


def _lead_end(text: str, sentences: list[tuple[int, int]]) -> int:
    """How many sentences open the text as its headline and lead: the first, and the one
    after it when the first is a short headline ("Quel été ! La 12e édition…") or a line
    of its own."""
    if len(sentences) < 2:
        return len(sentences)
    start, end = sentences[0]
    own_line = "\n" in text[end : sentences[1][0]]
    if own_line or len(_WORD.findall(text[start:end])) <= _HEADLINE_MAX_WORDS:
        return 2
    return 1


def _rewritten(
    text: str, start: int, end: int, talks: tuple[_Talk, ...], target: Target, lead: str
) -> Edit | None:
    """The edit the first talk found in the sentence ``text[start:end]`` makes, or None."""
    sentence = text[start:end]
    for talk in talks:
        if talk.sentence:
            found = talk.pattern.fullmatch(sentence)
            if found is None:
                continue
            said = _filled(talk.write, found, target, lead)
            if said is None:
                continue
            if said:
                said = said.rstrip(" .!")
                # A label line ("Plus d'informations : site.fr") takes no stop.
                stop = "" if said[-1:] in "?…" or _LABELLED.search(said) else "."
                said = said[:1].upper() + said[1:] + stop
                cut = (start, end)
            else:
                cut = _cut(text, start, end)
        else:
            found = talk.pattern.search(sentence)
            if found is None:
                continue
            said = _filled(talk.write, found, target, lead)
            if said is None:
                continue
            cut = (start + found.start(), start + found.end())
            # A phrase struck at the sentence's start leaves its next word to open it.
            if found.start() == 0 and not said:
                rest = text[cut[1] : cut[1] + 1]
                if rest.islower():
                    cut = (cut[0], cut[1] + 1)
                    said = rest.upper()
        struck = text[cut[0] : cut[1]]
        if not _keeps_facts(struck, said, text[: cut[0]] + said + text[cut[1] :], target):
            continue
        reason = (
            f"{struck.strip()!r} {talk.why}: a press note is read by journalists, not followers"
        )
        return Edit(cut[0], cut[1], said, reason)
    return None


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a dropped sentence goes: with the space before it (after it, when it opens
    its line), and its line's break when nothing else is on the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        if line_end < len(text):
            return line_start, line_end + 1
        return max(line_start - 1, 0), line_end
    if not text[line_start:start].strip():
        while end < line_end and text[end] in _SPACES:
            end += 1
        return start, end
    while start > line_start and text[start - 1] in _SPACES:
        start -= 1
    return start, end


def _filled(write: str, found: regex.Match[str], target: Target, lead: str) -> str | None:
    """``write`` with each {group} as the author wrote it ({Group} with a capital; a group
    that opened the sentence loses its capital further on), {place} the business as the
    note names it again; None when the note names no business."""
    values = {}
    for name, value in found.groupdict().items():
        value = value or ""
        opens = found.string[found.start() : found.start(name)]
        if (not opens or _OPENS.search(opens)) and not value[1:2].isupper():
            value = value[:1].lower() + value[1:]
        values[name] = value
    if "{place}" in write.casefold():
        place = business_named_again(target, lead)
        if place is None:
            return None
        values["place"] = place
    for name, value in list(values.items()):
        values[name[:1].upper() + name[1:]] = value[:1].upper() + value[1:]
    return write.format(**values)


def _keeps_facts(struck: str, said: str, after: str, target: Target) -> bool:
    """Whether every number, link, address and name of ``struck`` is in what is written
    instead, or still in the note ``after`` the edit."""
    facts = [found.group().rstrip(_TRAILING).lstrip("(-+−") for found in _FACT.finditer(struck)]
    named = _named(target)
    facts += [found.group() for found in _NAME.finditer(struck) if found.group() in named]
    return all(fact in said or fact.casefold() in after.casefold() for fact in facts if fact)


def _named(target: Target) -> frozenset[str]:
    """The words of the message's facts: a capitalised word among them is a name."""
    return frozenset(
        word for fact in target.understood().facts for word in _WORD.findall(fact.text)
    )


TRANSFORMS = (PressSocialTalk(),)
