"""What a voice's template is given: the master's parts, and the pieces a layout needs
(a title, a meta description, a press-note dateline, the brand's boilerplate, a link)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.blog import blog_title
from brandvoice.adaptation.decorate.cta import choose
from brandvoice.adaptation.decorate.practical import fact_sheet, practical_lines
from brandvoice.lang import Lang, base_language
from brandvoice.understand.dates import day_fr
from brandvoice.understand.model import Message, Role

if TYPE_CHECKING:
    from brandvoice.networks import Network
    from brandvoice.profiles import VoiceProfile

# Search engines show about 155-160 characters of a meta description; 155 is the usual cap.
DESCRIPTION_LIMIT = 155


@dataclass(frozen=True, slots=True)
class NetworkView:
    """What a template may read of a network (a plain object: the sandbox stays simple)."""

    id: str
    name: str
    limit: int | None


def title_of(sentence: str) -> str:
    """A sentence as a title: without its final full stop (a title keeps ! and ?)."""
    stripped = sentence.strip()
    return (
        stripped[:-1].rstrip()
        if stripped.endswith(".") and not stripped.endswith("..")
        else stripped
    )


# A first sentence this short that exclaims is a headline ("Doors open!", "10 ans déjà !"),
# not the lead a press note opens on.
HEADLINE_MAX_WORDS = 7


def headline_of(sentences: list[str], master: str) -> str:
    """The first sentence when the master opens on a headline (at most
    :data:`HEADLINE_MAX_WORDS` words, exclaimed: "Doors open!"), written as a title: no
    stop, no "!", no emoji; '' otherwise. The master says whether it exclaimed: a formal
    voice's rewriting may already have made its "!" a full stop."""
    if len(sentences) < 2:
        return ""
    first = sentences[0].strip()
    words = _HEADLINE_WORD.findall(first)
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return ""
    written = list(itertools.islice(_HEADLINE_WORD.finditer(master), len(words)))
    if [w.group().casefold() for w in written] != [w.casefold() for w in words]:
        return ""
    if not _EXCLAIMED.match(master, written[-1].end()):
        return ""
    return _without_emoji(first).rstrip().rstrip("!.").rstrip("\u202f\u00a0 ")


def _without_emoji(text: str) -> str:
    """``text`` without its emoji (as :func:`brandvoice.text.entities.find_entities` finds
    them, flags and keycaps included) and the spaces before them."""
    from brandvoice.text.entities import EMOJI, find_entities

    for emoji in reversed([e for e in find_entities(text) if e.kind == EMOJI]):
        text = text[: emoji.start].rstrip(" \u00a0\u202f") + text[emoji.end :]
    return text


def description_of(sentences: list[str], limit: int = DESCRIPTION_LIMIT) -> str:
    """A meta description: whole sentences while they fit, else the first one cut at a word
    boundary with an ellipsis, never longer than ``limit`` characters."""
    taken: list[str] = []
    for sentence in sentences:
        candidate = " ".join([*taken, sentence])
        if len(candidate) > limit:
            break
        taken.append(sentence)
    if taken:
        return " ".join(taken)
    if not sentences:
        return ""
    words = sentences[0].split()
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) + 1 > limit:
            break
        kept.append(word)
    return " ".join(kept).rstrip(",;:") + "…"


# English variants that write the day before the month ("25 November 2026"), as their
# style guides do (the Guardian's, the AP's Australian and New Zealand users, South
# Africa's government style); the US and Canada write "November 25, 2026".
_DAY_FIRST = frozenset({"en-GB", "en-AU", "en-NZ", "en-ZA"})


def dateline(location: str | None, date: dt.date, lang: str) -> str:
    """A press note's dateline: "Toulon, le 25 novembre 2026 –", "Toulon, November 25, 2026 –"
    (American and Canadian English), "Leeds, 25 November 2026 –" (British, Australian, New
    Zealand and South African English). ``lang`` is a language or a regional tag.

    The place is written as the profile writes it: agencies set it in capitals, but in a
    post capitals read as shouting (and ``register.caps`` would say so).
    """
    if base_language(lang) == "fr":
        when = f"le {day_fr(date)}"
    elif lang in _DAY_FIRST:
        when = f"{date.day} {date:%B} {date.year}"
    else:
        when = f"{date:%B} {date.day}, {date.year}"
    where = f"{location}, " if location else ""
    if not where:
        when = when[0].upper() + when[1:]
    return f"{where}{when} –"


def signature_of(voice: VoiceProfile, network: Network, lang: Lang) -> str:
    """The variant's sign-off: the profile's own when it sets one; else, on the brand's own
    pages (press note, blog article), the brand's name ("— Comptoir du Mourillon"); else
    none. A post in a platform's feed already shows under the brand's page or the author's
    name, so signing it with the brand would say it twice. No default names a department
    or a team: the brand may have neither, and a made-up one would be published as fact."""
    own = voice.signature_for(lang)
    if own or not voice.brand_name or not network.is_own_site:
        return own
    return f"— {voice.brand_name}"


def summary_of(
    sentences: list[str],
    message: Message | None,
    limit: int = DESCRIPTION_LIMIT,
    title: str | None = None,
) -> str:
    """A blog post's meta description: the sentences that carry the most key facts (what,
    when, where, price, how to act) the title does not already give, in the text's order,
    within ``limit``; the plain :func:`description_of` when none does. Without a ``title``
    the first sentence is taken to be the title."""
    if message is None or len(sentences) < 2:
        return description_of(sentences, limit)
    if title is None:
        title = sentences[0]
    keys = [
        f.text
        for f in message.facts
        if f.role is not Role.FIGURE and f.kind != "url" and f.text not in title
    ]
    weighted = [
        (sum(1 for key in keys if key in sentence), index)
        for index, sentence in enumerate(sentences)
        # The first sentence says no more than a title made of all of it.
        if index > 0 or title_of(sentences[0]) != title
    ]
    chosen: list[int] = []
    for weight, index in sorted(weighted, key=lambda w: (-w[0], w[1])):
        if weight == 0:
            break
        candidate = " ".join(sentences[i] for i in sorted([*chosen, index]))
        if len(candidate) <= limit:
            chosen.append(index)
    if not chosen:
        return description_of(sentences[1:], limit)
    return " ".join(sentences[i] for i in sorted(chosen))


# The end of an exclaimed first sentence: "!" (French with its space), emoji after it.
_EXCLAIMED = regex.compile(r"[\s\u00a0\u202f]*!")
_HEADLINE_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


def _news_first(sentences: list[str], lang: str) -> list[str]:
    """``sentences`` with the first one's filler opening dropped: a summary gives news."""
    from brandvoice.adaptation.transforms.lead_with_news import without_filler_opening

    return [without_filler_opening(sentences[0], lang), *sentences[1:]] if sentences else []


def _emoji_to_spare(voice: VoiceProfile, body: str) -> bool:
    """Whether the voice's emoji allowance leaves room for the practical lines' markers,
    beside the emoji the body has and the one a social hook may get."""
    from brandvoice.adaptation.decorate.practical import EMOJI_NEEDED
    from brandvoice.text.entities import EMOJI, find_entities

    used = sum(1 for e in find_entities(body) if e.kind == EMOJI) + 1
    return voice.emoji.max - used >= EMOJI_NEEDED


def template_context(
    voice: VoiceProfile,
    network: Network,
    *,
    lang: Lang,
    master: str,
    sentences: list[str],
    hashtags: list[str],
    link: str,
    date: dt.date,
    message: Message | None = None,
    cta: str | None = None,
    locale: str | None = None,
) -> dict[str, Any]:
    hook = sentences[0] if sentences else master
    action = choose(voice, message, lang, cta)
    headline = headline_of(sentences, message.text if message else master)
    # A press note opens on its first full sentence; the headline, if any, is its title.
    lead_sentences = sentences[1:] if headline else sentences
    title = blog_title(hook, message, lang)
    return {
        "master": master,
        "lang": lang,
        "sentences": sentences,
        "hook": hook,
        "headline": headline,
        "lead": lead_sentences[0] if lead_sentences else master,
        "after_lead": " ".join(lead_sentences[1:]),
        "body": " ".join(sentences[1:]),
        "title": title,
        "description": summary_of(_news_first(sentences, lang), message, title=title),
        "dateline": dateline(voice.location, date, locale or lang),
        "about": voice.about_for(lang),
        "link": link,
        "practical": practical_lines(message, emoji=_emoji_to_spare(voice, master)),
        "fact_sheet": fact_sheet(message),
        "press_contact": voice.press_contact or "",
        "cta": action.text,
        "cta_reason": action.reason,
        "cta_kind": action.key if action.text else "",
        "signature": signature_of(voice, network, lang),
        "hashtags": hashtags,
        "brand": voice.brand_name,
        "network": NetworkView(network.id, network.name, network.limit),
        "voice": voice.name,
    }
