"""A detail sentence of a social post that repeats, at its end, the day or the place its 📅 /
📍 line already gives: "Come and browse from 10am at 41 Elizabeth Street." under "📍 41
Elizabeth Street" becomes "Come and browse from 10am."

A line that says word for word what a practical line says ("Ti Krampouezh, 31 rue de
Siam, Brest", the master's signature line) goes whole. Otherwise only the closing phrase
goes ("at 41 Elizabeth Street", "le samedi 4 avril", "à Bandol",
with the preposition that introduces it), only when a practical line says the same fact
(:func:`brandvoice.understand.presence.still_said`: never a key fact lost), and only when
at least :data:`MIN_WORDS` words are left: what is left is still a sentence ("Come and
browse from 10am."), never a fragment. The hook (the post's first paragraph) keeps its
words: the social form chose them (:func:`brandvoice.adaptation.layout.social_form`). A
sentence that says nothing but the facts of the lines is left out by the social form
itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.lang import base_language
from brandvoice.understand import Message, Role
from brandvoice.understand.presence import still_said

MIN_WORDS = 4
# The lines the social form writes (see brandvoice.adaptation.realise.practical.MARKERS).
_LINE_MARKERS = ("📅", "📍", "Quand\u202f:", "Où\u202f:", "When:", "Where:")
# What introduces a day or a place at a sentence's end.
_PREPOSITIONS = {
    "fr": r"(?:à|au|aux|en|le|dès|ce|chez|sur)",
    "en": r"(?:at|on|in|this|from)",
}
# A clause that only says where or when the business is: "we're at 12 Harbour Lane", « nous
# sommes au 7 quai … ». Under a 📍 / 📅 line that gives it all, it goes whole.
_BEING_AT = {
    "fr": r"(?:nous sommes|nous serons|on est|on sera|c[’']est|vous nous trouverez)",
    "en": r"(?:we[’']re|we are|we[’']ll be|we will be|it[’']s|it is|you[’']ll find us|find us)",
}
_SENTENCE = regex.compile(r"[^.!?\n]+[.!?]")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


@dataclass(frozen=True, slots=True)
class Repeat:
    """``text[start:end]`` repeats ``fact``, which the practical lines give."""

    start: int
    end: int
    fact: str


def repeats(text: str, message: Message) -> list[Repeat]:
    """The closing phrases of ``text``'s detail sentences that repeat a practical line."""
    lang = base_language(message.lang)
    lines = [line for line in text.split("\n") if line.strip().startswith(_LINE_MARKERS)]
    if not lines:
        return []
    said = "\n".join(lines)
    facts = sorted(
        {
            f.text
            for f in message.facts
            if (f.role is Role.WHERE or f.date is not None or f.time is not None)
            and f.text
            and still_said(f.text, said, lang, message.reference_date)
        },
        key=len,
        reverse=True,
    )
    if not facts:
        return []
    body_start = _after_hook(text)
    found = _repeated_lines(text, body_start, lines)
    taken = [(r.start, r.end) for r in found]
    preposition = _PREPOSITIONS.get(lang, "")
    for sentence in _SENTENCE.finditer(text, body_start):
        if sentence.group().lstrip().startswith(_LINE_MARKERS):
            continue
        if any(a < sentence.end() and sentence.start() < b for a, b in taken):
            continue
        said_only = _said_only_clause(sentence, said, lang, message)
        if said_only is not None:
            found.append(said_only)
            continue
        for fact in facts:
            pattern = regex.compile(
                rf"(?:,?[\s\u00a0]+{preposition})(?:[\s\u00a0]+(?:le|la|les|the))?"
                rf"[\s\u00a0]+{regex.escape(fact)}(?=[\s\u00a0\u202f]*[.!]$)",
                regex.IGNORECASE,
            )
            match = pattern.search(sentence.group())
            if match is None:
                continue
            left = sentence.group()[: match.start()]
            if len(_WORD.findall(left)) < MIN_WORDS:
                continue
            start = sentence.start() + match.start()
            found.append(Repeat(start, sentence.start() + match.end(), fact))
            break
    return found


def _said_only_clause(
    sentence: regex.Match[str], said: str, lang: str, message: Message
) -> Repeat | None:
    """The last clause of ``sentence`` when it says nothing but a place or a day the
    practical lines give ("…, we're at 12 Harbour Lane in Falmouth."): it goes whole, with
    the comma before it, or the whole sentence when it is the clause. Cutting only its
    closing phrase would leave "we're at 12 Harbour Lane", the 📍 line again."""
    being, preposition = _BEING_AT.get(lang), _PREPOSITIONS.get(lang)
    if being is None or preposition is None:
        return None
    written = sentence.group()
    body = written.rstrip()[:-1]  # without the closing stop
    comma = body.rfind(",")
    clause = body[comma + 1 :] if comma >= 0 else body
    between = rf"[\s\u00a0]+{preposition}(?:[\s\u00a0]+(?:le|la|les|the))?[\s\u00a0]+"
    shape = regex.fullmatch(rf"[\s\u00a0]*{being}{between}(?P<rest>.+)", clause, regex.IGNORECASE)
    if shape is None:
        return None
    parts = regex.split(rf",?{between}|,[\s\u00a0]*", shape.group("rest"), flags=regex.IGNORECASE)
    if not all(p.strip() and still_said(p, said, lang, message.reference_date) for p in parts):
        return None
    if comma >= 0:  # "…, we're at <place>." → "…."
        start = sentence.start() + comma
        return Repeat(start, sentence.start() + len(body), clause.strip())
    # A sentence opening its line takes the spaces after it; any other, those before it.
    end = sentence.end()
    if not written[:1].isspace():
        text = sentence.string
        end += len(text[end:]) - len(text[end:].lstrip(" \u00a0"))
    return Repeat(sentence.start(), end, clause.strip())


def _repeated_lines(text: str, start: int, lines: list[str]) -> list[Repeat]:
    """The lines after ``start`` that say what a practical line says, word for word
    ("Garage Martinez, 145 avenue de la Libération, Salon-de-Provence." under "📍 Garage
    Martinez, 145 avenue…"), each with the line break before it."""
    contents = {_content(line) for line in lines}
    found: list[Repeat] = []
    for line in regex.finditer(r"\n([^\n]+)", text, pos=max(0, start - 1)):
        written = line.group(1).strip().rstrip(".").strip()
        if line.group(1).lstrip().startswith(_LINE_MARKERS) or not written:
            continue
        if written.casefold() in contents:
            # A paragraph of its own goes with the blank line before it: "…êtes.\n\n\nOn
            # vous attend" kept one line break too many.
            begin = line.start()
            if begin > 0 and text[begin - 1] == "\n":
                begin -= 1
            found.append(Repeat(begin, line.end(), written))
    return found


def _content(line: str) -> str:
    """A practical line without its marker: "📍 Ti Krampouezh, Brest" → "ti krampouezh, brest"."""
    stripped = line.strip()
    for marker in _LINE_MARKERS:
        if stripped.startswith(marker):
            stripped = stripped[len(marker) :]
    return stripped.strip().casefold()


def _after_hook(text: str) -> int:
    """Where the post's details start: after its first paragraph (the hook)."""
    at = text.find("\n\n")
    return len(text) if at < 0 else at + 2
