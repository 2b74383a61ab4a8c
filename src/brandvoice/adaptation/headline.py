"""The headline a press note or an article opens on, and the sentences its lead starts from.

An editor never prints a headline and then the same words again as the lead: "We are
hiring" over "May 1, 2026 – We are hiring." reads as a paste. When the master opens on a
headline of its own (a short exclaimed line, a first line without a stop, even one the
sentence splitter set apart from the next, or a short first sentence that gives no date,
place, price or contact), that line is the headline and the lead opens on what follows.
A generic hiring headline ("We are hiring", « Nous recrutons ») says neither the job nor
the place: the message's facts write one instead ("Line cook wanted at The Harbour
Kitchen, Whitstable").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.lang import base_language

if TYPE_CHECKING:
    from brandvoice.understand.model import Message

# A first sentence this short, with no date, place, price or contact in it, announces the
# news rather than giving it ("Nous vous devons des excuses.", "Trivia night is back at The
# Salty Dog!"): it is a headline. Longer, it is the lead itself.
GENERIC_MAX_WORDS = 8
# A first line without a stop, this short, is a heading ("RAPPEL PRODUIT – Confiture
# d'abricots 370 g", "Horaire des Fêtes 🎄") even when the next line goes on without one.
HEADING_MAX_WORDS = 12
# A headline written from the facts stays within a search result's title (blog.TITLE_LIMIT).
_LIMIT = 70

# A word as headlines count it (the press note's and the blog's alike): letters and
# digits, joined by an apostrophe or a hyphen.
HEADLINE_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_STOP_AT_END = regex.compile(r"[.!?…:;][\s\u00a0\u202f»”)]*$")


@dataclass(frozen=True, slots=True)
class Opening:
    """A long form's headline ('' when the title is cut from the lead) and its sentences,
    the lead first."""

    headline: str
    sentences: list[str]


def opening(
    sentences: list[str], message: Message | None, lang: str, brand: str | None = None
) -> Opening:
    """The headline the master opens on, if any, and the sentences after it (see the
    module's docstring); for a hiring message whose headline names no job, the headline
    :func:`hiring_headline` writes from the facts."""
    from brandvoice.adaptation.layout import headline_in, headline_of, title_of, without_emoji

    master = message.text if message is not None else " ".join(sentences)
    # One sentence opens on a headline only when a line or an emoji ends it ("Nouveau
    # partenariat 🤝 À partir de ce mois-ci…", the note's one sentence once the post's
    # call to the reader went).
    if len(sentences) < 2 and not (
        sentences and ("\n" in sentences[0] or headline_in(sentences[0], master))
    ):
        return Opening("", list(sentences))
    head, rest = "", list(sentences)
    first_line, _, other_lines = sentences[0].partition("\n")
    other_lines = other_lines.strip()
    read_on = headline_in(first_line, master) if not other_lines else None
    if headline_of(sentences, master):
        head, rest = headline_of(sentences, master), sentences[1:]
    elif read_on is not None:
        # "Sunday social ride 🚴 Join us on Sunday…", read as one sentence: the emoji ended
        # the headline, and without it the lead would run on from it.
        head, rest = read_on[0], [read_on[1], *sentences[1:]]
    elif other_lines and _is_list_heading(first_line, other_lines):
        # "Easter opening hours at Fernhill Garden Centre:" over its hours, one a line: the
        # heading is the headline, its lines a list the lead introduces (layout).
        head, rest = first_line, [as_list(other_lines), *sentences[1:]]
    elif is_heading(first_line) and other_lines:
        # "Horaire des Fêtes 🎄" over a list: the list follows the dateline (layout).
        head, rest = first_line, [other_lines, *sentences[1:]]
    elif (
        len(sentences) > 1
        and "\n" not in sentences[0]
        and sentences[1][:1].isalnum()
        and _is_generic(sentences[0], message)
    ):
        head, rest = sentences[0], sentences[1:]
    elif (
        len(sentences) > 1
        and "\n" not in sentences[0]
        and sentences[1][:1].isupper()
        and is_heading(sentences[0])
    ):
        # A heading line the sentence splitter set apart from the line under it (« Poste à
        # pourvoir : développeur·se (CDI, Lyon 7e) » over « Nous recrutons… »): a line
        # without a stop is no lead.
        head, rest = sentences[0], sentences[1:]
    if not head:
        return Opening("", list(sentences))
    head = title_of(without_emoji(head)).rstrip().rstrip("!:").rstrip(" \u202f\u00a0")
    if message is not None and rest:
        head = hiring_headline(head, rest[0], message, lang, brand) or head
    return Opening(head, rest)


def is_heading(line: str) -> bool:
    """Whether ``line`` reads as a heading: a few words, no stop at its end (emoji aside)."""
    from brandvoice.adaptation.layout import without_emoji

    words = HEADLINE_WORD.findall(line)
    return 0 < len(words) <= HEADING_MAX_WORDS and not _STOP_AT_END.search(without_emoji(line))


def _is_list_heading(line: str, next_lines: str) -> bool:
    """A short line ending on a colon over a line that is an item: no stop at its end."""
    from brandvoice.adaptation.layout import without_emoji

    line = without_emoji(line).rstrip()
    words = HEADLINE_WORD.findall(line)
    following = next_lines.split("\n", 1)[0]
    return line.endswith(":") and 0 < len(words) <= HEADING_MAX_WORDS and _is_item(following)


# A list's item: a line of a few words, with no stop at its end ("Saturday 4 April:
# 9am–6pm"), or one that opens on a bullet.
ITEM_MAX_WORDS = 10
_BULLET = regex.compile(r"[•\-*–]\s")


def _is_item(line: str) -> bool:
    line = line.strip()
    if _BULLET.match(line):
        return True
    words = HEADLINE_WORD.findall(line)
    return 0 < len(words) <= ITEM_MAX_WORDS and not regex.search(r"[.!?…]$", line)


def as_list(lines: str) -> str:
    """``lines`` with their first run of items bulleted ("• Saturday 4 April: 9am–6pm"),
    so the layout keeps them as one list; the lines after it stay as written."""
    out: list[str] = []
    listing = True
    for line in lines.split("\n"):
        listing = listing and _is_item(line)
        out.append(f"• {line.strip()}" if listing and not _BULLET.match(line.strip()) else line)
    return "\n".join(out)


def _is_generic(sentence: str, message: Message | None) -> bool:
    """A short sentence that gives no date, place, price or way to act."""
    from brandvoice.understand.model import Role

    if len(HEADLINE_WORD.findall(sentence)) > GENERIC_MAX_WORDS:
        return False
    if message is None:
        return False
    concrete = (Role.WHEN, Role.WHERE, Role.PRICE, Role.HOW)
    return not any(f.role in concrete and f.text and f.text in sentence for f in message.facts)


def hiring_headline(
    head: str, lead: str, message: Message, lang: str, brand: str | None
) -> str | None:
    """For a hiring message whose ``head`` is a generic announcement ("We're hiring", « On
    recrute »), a headline written from the facts: "Line cook wanted at The Harbour
    Kitchen, Whitstable", « Pains d'Or recrute : apprenti boulanger à Hyères ». The job is
    the message's first clean "what" (no phrase the reader cut inside brackets, no number)
    that the ``lead`` names: a "what" found elsewhere may be a task of the job ("logbook
    services"), not the job. None otherwise, or when the headline would be too long."""
    from brandvoice.understand.model import Intent, Role

    if message.intent is not Intent.HIRING or not _GENERIC_HIRING.fullmatch(head.strip()):
        return None
    jobs = [f.text for f in message.of_role(Role.WHAT) if _clean_job(f.text) and f.text in lead]
    if not jobs:
        return None
    job = jobs[0]
    brand = brand or _brand_in(message)
    place = _place_after(brand, message.text) if brand else None
    french = base_language(lang) == "fr"
    for with_place in (True, False):
        where = place if with_place else None
        if with_place and not place:
            continue
        if french:
            who = f"{brand} recrute" if brand else "Recrutement"
            text = f"{who}\u202f: {job}" + (f" à {where}" if where else "")
        else:
            at = f" at {brand}" if brand else ""
            text = f"{job[:1].upper()}{job[1:]} wanted{at}" + (f", {where}" if where else "")
        if len(text) <= _LIMIT:
            return text
    return None


# A hiring headline that says neither the job nor the place.
_GENERIC_HIRING = regex.compile(
    r"(?:we(?:['’]re| are) (?:now )?(?:hiring|recruiting)|now hiring|join (?:our|the) team"
    r"|(?:nous |on )?recrut(?:ons|e)|recrutement|(?:notre|l['’]) ?équipe s['’]agrandit)",
    regex.IGNORECASE,
)


def _clean_job(text: str) -> bool:
    """A job the reader found whole: letters first, brackets closed, a word of 3 letters."""
    words = HEADLINE_WORD.findall(text)
    return (
        bool(words)
        and text[:1].isalpha()
        and text.count("(") == text.count(")")
        and any(len(w) >= 3 and w.isalpha() for w in words)
    )


def _brand_in(message: Message) -> str | None:
    """The business the message names: its first named entity of two words or more (one
    word is as often a town as a business)."""
    for fact in message.facts:
        if fact.kind == "entity" and len(HEADLINE_WORD.findall(fact.text)) >= 2:
            return fact.text
    return None


def _place_after(brand: str, text: str) -> str | None:
    """The town written right after the brand: "The Harbour Kitchen in Whitstable",
    « Pains d'Or à Hyères », "Tide & Tamp, Brighton"."""
    found = regex.search(
        rf"{regex.escape(brand)}(?:,|\s+(?:in|à))\s+(\p{{Lu}}[\p{{L}}\-]+(?:\s\p{{Lu}}[\p{{L}}\-]+)?)",
        text,
    )
    return found.group(1) if found else None
