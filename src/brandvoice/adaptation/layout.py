"""What a voice's template is given: the master's parts, and the pieces a layout needs
(a title, a meta description, a press-note dateline, the brand's boilerplate, a link)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.blog import blog_title, title_cuts
from brandvoice.adaptation.blog_opening import blog_opening, why_it_matters
from brandvoice.adaptation.decorate.cta import choose
from brandvoice.adaptation.decorate.practical import fact_sheet
from brandvoice.adaptation.feed_headline import feed_headline, prints_headline
from brandvoice.adaptation.headline import HEADLINE_WORD, opening
from brandvoice.adaptation.headline_tense import present_headline
from brandvoice.adaptation.news_headline import list_lead, news_headline, repeats, vague
from brandvoice.adaptation.paragraphs import (
    ARTICLE_PARAGRAPH_PIECES,
    has_list,
    lines_of,
    post_paragraphs,
    run_on,
    take_sign_off,
    with_answers,
    with_lists,
    with_split_halves,
)
from brandvoice.adaptation.press_dateline import dateline_place, dateline_town
from brandvoice.adaptation.press_headline import (
    press_headline,
    rejoined,
    sentence_cased,
    speaking_after_label,
)
from brandvoice.adaptation.press_label_headline import named_label
from brandvoice.adaptation.press_news_title import (
    business_signing,
    is_hook,
    lead_after_headline,
    news_title,
    unhooked_lead,
)
from brandvoice.adaptation.realise.figures import FIGURE_NETWORKS, figure_lines
from brandvoice.adaptation.realise.notice import EMOJI_NEEDED as NOTICE_EMOJI
from brandvoice.adaptation.realise.notice import Notice, incident_notice, recall_notice
from brandvoice.adaptation.realise.piece_repeats import line_facts
from brandvoice.adaptation.realise.practical import EMOJI_NEEDED, practical_lines
from brandvoice.adaptation.signoff import names, signer
from brandvoice.adaptation.transforms.drop_salutation import greeting_only
from brandvoice.adaptation.wording.fitting import text_apostrophe, with_apostrophe
from brandvoice.lang import Lang, base_language
from brandvoice.networks.model import NetworkKind
from brandvoice.understand.dates import day_fr, numeric_day_first, written_day_first
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
    words = HEADLINE_WORD.findall(first)
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return ""
    written = list(itertools.islice(HEADLINE_WORD.finditer(master), len(words)))
    if [w.group().casefold() for w in written] != [w.casefold() for w in words]:
        return ""
    if not _EXCLAIMED.match(master, written[-1].end()):
        return ""
    return without_emoji(first).rstrip().rstrip("!.").rstrip("\u202f\u00a0 ")


def without_emoji(text: str) -> str:
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


def dateline(
    location: str | None, date: dt.date, lang: str, *, day_first: bool | None = None
) -> str:
    """A press note's dateline: "Toulon, le 25 novembre 2026 –", "Toulon, November 25, 2026 –"
    (American and Canadian English), "Leeds, 25 November 2026 –" (British, Australian, New
    Zealand and South African English). ``lang`` is a language or a regional tag;
    ``day_first``, when given, says the English order instead of its region (whose order
    :func:`brandvoice.understand.dates.numeric_day_first` gives, as for numeric dates).

    The place is written as it is given: the profile's as the profile writes it; the town a
    press note reads from the master in capitals in English, as the agencies set it
    (:mod:`brandvoice.adaptation.press_dateline`; ``register.caps`` knows a dateline).
    """
    if base_language(lang) == "fr":
        when = f"le {day_fr(date)}"
    elif day_first if day_first is not None else numeric_day_first(lang):
        when = f"{date.day} {date:%B} {date.year}"
    else:
        when = f"{date:%B} {date.day}, {date.year}"
    where = f"{location}, " if location else ""
    if not where:
        when = when[0].upper() + when[1:]
    return f"{where}{when} –"


def _dateline_location(
    voice: VoiceProfile, network: Network, message: Message | None, lang: str
) -> str | None:
    """The place a dateline gives: the profile's, else on a press note the business's town
    when the master says it plainly (see press_dateline.py)."""
    if voice.location or network.kind is not NetworkKind.WEBSITE or message is None:
        return voice.location
    # The places and names the message gives: a town read by a weaker pattern is one.
    places = tuple(f.text for f in message.facts if f.role is Role.WHERE or f.kind == "entity")
    town = dateline_town(message.text, lang, voice.brand_name, places)
    return dateline_place(town, lang) if town else None


def _dateline_order(tag: str, master: str) -> bool | None:
    """The order of a dateline's day and month when no region says it (a bare "en"): the
    master's own, so that a note whose body says "Friday 1 May 2026" is not dated "April
    20, 2026" above it. None (the region's order) when the tag names a region."""
    if "-" in tag:
        return None
    return written_day_first(master)


def signature_of(
    voice: VoiceProfile, network: Network, lang: Lang, signed: str = "", lead: str = ""
) -> str:
    """The variant's sign-off: the profile's own when it sets one (the brand signs so on
    every form, and the master's own sign-off ``signed`` gives way to it); else the
    master's sign-off, on a line of its own ("L'équipe du P'tit Cabanon": the author's
    words, a press note's included: a small business's note often has no "About" block,
    and its signature is then the only line that says who speaks); else, on the brand's
    own pages (press note, blog article), the brand's name ("— Comptoir du Mourillon");
    else none. A post in a platform's feed already shows under the brand's page or the
    author's name, so signing it with the brand would say it twice. Neither does a press
    note whose ``lead`` names the brand (press-lead writes it so: "Acme opens…", « la
    soirée du P'tit Cabanon »), with the master's sign-off or without: its first sentence
    says who speaks. No default names a department or a team: the brand
    may have neither, and a made-up one would be published as fact."""
    own = voice.signature_for(lang)
    if own:
        return own
    press_note = network.kind is NetworkKind.WEBSITE
    if signed:
        # A press note's first sentence says who speaks: a sign-off that signs with the
        # name the lead gives repeats it (« L'équipe du P'tit Cabanon » under « la
        # soirée du P'tit Cabanon… »).
        return "" if press_note and lead and names(lead, signer(signed)) else signed
    if not voice.brand_name or not network.is_own_site:
        return ""
    if press_note and names(lead, voice.brand_name):
        return ""
    return f"— {voice.brand_name}"


def summary_of(
    sentences: list[str],
    message: Message | None,
    limit: int = DESCRIPTION_LIMIT,
    title: str | None = None,
) -> str:
    """A blog post's meta description: the lead (the first sentence the title does not
    already say whole: what the post says), then the sentences that carry the most key
    facts (what, when, where, price) the title does not already give, in the text's order,
    within ``limit``; the plain :func:`description_of` when the lead alone is too long.
    Without a ``title`` the first sentence is taken to be the title."""
    if message is None or len(sentences) < 2:
        return description_of(sentences, limit)
    if title is None:
        title = sentences[0]
    # How to reach the brand is no part of what the post says: "Call us on 01227 555 014
    # or email …" under a recall's title would describe a contact line, not the recall.
    keys = [
        f.text
        for f in message.facts
        if f.role not in (Role.FIGURE, Role.HOW) and f.text not in title
    ]
    # The first sentence says no more than a title made of all of it.
    eligible = [i for i in range(len(sentences)) if i > 0 or title_of(sentences[0]) != title]
    lead = eligible[0]
    if len(sentences[lead]) > limit:
        return description_of(sentences[lead:], limit)
    weighted = [(sum(1 for key in keys if key in sentences[i]), i) for i in eligible[1:]]
    chosen = [lead]
    for weight, index in sorted(weighted, key=lambda w: (-w[0], w[1])):
        if weight == 0:
            break
        candidate = " ".join(sentences[i] for i in sorted([*chosen, index]))
        if len(candidate) <= limit:
            chosen.append(index)
    return " ".join(sentences[i] for i in sorted(chosen))


# The end of an exclaimed first sentence: "!" (French with its space), emoji after it.
_EXCLAIMED = regex.compile(r"[\s\u00a0\u202f]*!")


def _news_first(sentences: list[str], lang: str) -> list[str]:
    """``sentences`` with the first one's filler opening dropped: a summary gives news."""
    from brandvoice.adaptation.transforms.lead_with_news import without_filler_opening

    return [without_filler_opening(sentences[0], lang), *sentences[1:]] if sentences else []


# The social forms (Facebook, Instagram, LinkedIn): a hook line that gives the news, the
# practical lines, then the details. The hook must show before the network's "see more"
# fold: ~125 characters on Facebook's mobile app and on Instagram, ~210 on LinkedIn
# (../shared/reference/network-limits.md, the networks' records' `fold`).
# Words of a cut-off part or a sentence that the hook and the practical lines do not say
# (function words aside), beyond which the part says more than they do and stays: "le
# samedi 4 avril à Bandol" cut from a hook says nothing new beside "📅 samedi 4 avril" and
# "📍 Bandol"; "Rendez-vous le samedi 4 avril à Bandol !" does ("Rendez-vous"), and is kept.
# None: a word the reader would miss is worth more than a line saved.
SOCIAL_LEFTOVER_WORDS = 0
# A hook this long is a sentence, not a line a reader takes in at a glance: it is not
# exclaimed.
EXCLAIMED_HOOK_MAX_WORDS = 12
_FORM_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_TRAILING_EMOJI_SPACES = " \u00a0\u202f"


@dataclass(frozen=True, slots=True)
class SocialForm:
    """A social post's parts: its hook line and the detail sentences after the practical
    lines (see :func:`social_form`)."""

    hook: str
    details: list[str]


def social_form(
    sentences: list[str],
    message: Message | None,
    lang: str,
    practical: list[str],
    *,
    exclaim: bool = False,
    exclamations_left: int = 0,
) -> SocialForm:
    """A social post's hook line and its details, as a community manager writes them: the
    news in a few words, then the practical lines (📅 when, 📍 where), then the rest.

    A headline the master opens on is the hook ("Doors open! ☕", "Sunday social ride 🚴",
    even when the sentence splitter read on past it). Otherwise the hook is the first
    sentence's first line, cut before its date (:func:`brandvoice.adaptation.blog.title_cuts`)
    when the practical lines say every word and every fact of what is cut, else whole:
    "La Cave du Port ouvre à Bandol le samedi 4 avril." with "📅 samedi 4 avril" gives "La
    Cave du Port ouvre à Bandol". Never cut: a place (the 📍 line writes it without the
    hook's own words for it), a date that completes a noun ("les portes ouvertes du samedi
    4 avril"), facts written side by side that the practical lines write otherwise ("Bandol,
    7 quai Charles-de-Gaulle"). A street address the 📍 line writes as is goes from the
    hook all the same, with its preposition (:func:`_without_address`): the hook keeps the
    town; so do a day and hours in its middle that the 📅 line writes ("Join us Thursday,
    February 26th from 5:30 to 7:30pm for a cheese tasting" → "Join us for a cheese
    tasting": :func:`_without_when`). An emoji ending the sentence stays on the hook. With
    ``exclaim`` (a lively voice) and an exclamation mark to spare (``exclamations_left``,
    what the voice allows beyond the post's own), a hook of at most
    :data:`EXCLAIMED_HOOK_MAX_WORDS` words ends on "!" ("La Cave du Port ouvre à Bandol
    !"); a hook that is cut and not exclaimed ends on a full stop.

    The details are the sentences after it (and the first sentence's other lines), less
    those whose facts the hook and the practical lines already give and that say no other
    word (:data:`SOCIAL_LEFTOVER_WORDS`; function words aside: "Le samedi 4 avril à Bandol
    !").

    A sober message (an incident, a recall, a closure: the reader needs the facts, not a
    cheer) keeps its first sentence whole as the hook, unexclaimed, and every detail."""
    # An emoji the sentence splitter set apart ("🎙️ | Le nouvel épisode…") opens the hook,
    # and so does a greeting (« Bonjour à tous ! »): alone, it would be a hook without news.
    while len(sentences) > 1 and (
        not _FORM_WORD.search(sentences[0]) or greeting_only(sentences[0], lang)
    ):
        sentences = [f"{sentences[0]} {sentences[1]}", *sentences[2:]]
    if not sentences:
        return SocialForm("", [])
    first, *other_lines = [line.strip() for line in sentences[0].split("\n") if line.strip()]
    # A list's items stay one detail, on their lines: trimmed one by one, an item whose
    # date the 📅 line gives would leave the list.
    rest = with_lists([*other_lines, *sentences[1:]], message.text if message else "")
    if message is None or _sober(message):
        return SocialForm(first, rest)
    said = " ".join(practical)
    headline = headline_in(first, message.text)
    if headline is not None:
        # "Doors open! ☕ Northern Grind is now serving…", read as one sentence.
        first, rest = headline[0], [headline[1], *rest]
    if headline is not None or (not other_lines and headline_of(sentences, message.text)):
        # The master opens on a headline ("Soirée live sur le sable !"): it is the hook.
        covered = f"{first} {said}"
        details = [d for d in (_trimmed(s, covered, message, lang) for s in rest) if d]
        return SocialForm(first, details)
    lead, emoji = _split_trailing_emoji(first)
    hook, cut = lead, False
    if said:
        for head in title_cuts(title_of(lead), message, lang):
            tail = lead[len(head) :]
            if (
                not (_OF.match(tail) and not _PERIOD.match(tail))
                and not _RANGE_GOES_ON.match(tail)
                and not _places_in(tail, message)
                and not _says_more(tail, said, message, lang)
                and _keeps_facts(lead, head, said, message, lang)
            ):
                hook, cut = head, True
                break
    if said:
        hook = _without_address(hook, said, message)
        hook = _without_when(hook, said, message)
    covered = f"{hook} {said}"
    details = [d for d in (_trimmed(s, covered, message, lang) for s in rest) if d]
    words = len(_FORM_WORD.findall(hook))
    if exclaim and exclamations_left > 0 and words <= EXCLAIMED_HOOK_MAX_WORDS:
        hook = _exclaimed(hook, lang)
    if cut and not hook.endswith(("!", "?", ".", "…")):
        hook = f"{hook}."
    return SocialForm(f"{hook} {emoji}".strip() if emoji else hook, details)


# Before a street address: the preposition that introduces it, or the comma after the
# town it completes ("au 7 quai…", "at 5 Kirkgate Arcade", "à Bandol, 7 quai…").
_ADDRESS_BEFORE = r"(?:[ \u00a0]*,|[ \u00a0]+(?:au|à|aux|at|on))[ \u00a0]+"
# After it: the town ("… à Bandol", "… in Leeds") or the end of the hook.
_ADDRESS_AFTER = r"(?=[ \u00a0]+(?:à|in)[ \u00a0]+\p{Lu}|[ \u00a0\u202f]*[.!?…]?[ \u00a0\u202f]*$)"


def _without_address(hook: str, said: str, message: Message) -> str:
    """``hook`` without the street address that the 📍 line right after it gives, as it is
    written there: "La Cave du Port ouvre ses portes au 7 quai Charles-de-Gaulle à Bandol"
    above "📍 7 quai Charles-de-Gaulle, Bandol" says it twice in two lines. The town stays
    ("… ouvre ses portes à Bandol": the hook's own words for the place), and so does an
    address the hook cannot lose with its preposition alone, or whose hook would be left
    with fewer than three words."""
    for fact in message.facts:
        if fact.role is not Role.WHERE or fact.kind != "address" or fact.text not in said:
            continue
        if fact.text not in hook:
            continue  # the pattern holds it word for word: nothing to compile
        pattern = regex.compile(_ADDRESS_BEFORE + regex.escape(fact.text) + _ADDRESS_AFTER)
        shorter = pattern.sub("", hook, count=1)
        if shorter != hook and len(_FORM_WORD.findall(shorter)) >= 3:
            hook = shorter
    return hook


# What joins the pieces of one day and its hours: "Thursday, February 26th from 5:30 to
# 7:30pm", « samedi 4 avril de 10 h à 18 h ».
_WHEN_JOIN = regex.compile(
    r"[ \u00a0\u202f,]*(?:(?:from|to|until|till|and|at|between|de|à|au|et|dès)"
    r"[ \u00a0\u202f]+)?[–-]?[ \u00a0\u202f]*",
    regex.IGNORECASE,
)
# What may introduce the day inside a hook: "Join us on Thursday…", « On vous attend le
# samedi… » (a day after « du » / "of" completes a noun and stays).
_WHEN_BEFORE = regex.compile(
    r"[ \u00a0\u202f]+(?:(?:on|this|from|starting|le|ce|dès le|dès|à partir du|à partir de)"
    r"[ \u00a0\u202f]+)?$",
    regex.IGNORECASE,
)
# A day after these completes a noun (« les portes ouvertes du samedi 4 avril ») or is a
# deadline ("until", « jusqu'au »): it stays.
_NOT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:du|de|des|d['’]|of|until|till|by|before|through|jusqu['’]au|avant|"
    r"depuis|pendant|dès|from)$",
    regex.IGNORECASE,
)
# What may follow the day once it goes: a new phrase of the sentence ("… for a tasting",
# « … à Bandol »), never a word of the day's own ("7.30am sharp").
_WHEN_AFTER = regex.compile(
    r"[ \u00a0\u202f]+(?:for|at|in|after|with|to|on|and|à|au|aux|pour|avec|dans|chez|sur|"
    r"en|et|après)(?![\p{L}])",
    regex.IGNORECASE,
)
# A hook keeps at least this many words once its day goes.
_HOOK_MIN_WORDS = 4


def _without_when(hook: str, said: str, message: Message) -> str:
    """``hook`` without the day and hours written in its middle that the 📅 line right
    after it gives: "Join us Thursday, February 26th from 5:30 to 7:30pm for a Vermont
    cheese tasting…" above "📅 Thursday, February 26th, from 5:30 to 7:30pm" says them twice
    in two lines; "Join us for a Vermont cheese tasting…" gives the news, the line its day.
    Only a run of days and times the lines all give, between two words of the hook (a day
    at its end is :func:`title_cuts`'), introduced by a verb or "on" / « le », never by « du »
    / "of" (« les portes ouvertes du samedi 4 avril » names the day's event) or a deadline's
    "until", and followed by a new phrase ("for…", « à… »), not a word of its own ("7.30am
    sharp"); the hook keeps :data:`_HOOK_MIN_WORDS` words or it stays whole."""
    whens = sorted(
        (hook.find(f.text), f.text)
        for f in message.facts
        if f.role is Role.WHEN and f.text and f.text in hook
    )
    runs: list[tuple[int, int, bool]] = []  # start, end, every piece said by the lines
    for start, text in whens:
        end = start + len(text)
        said_here = text in said
        if runs and start >= runs[-1][1] and _WHEN_JOIN.fullmatch(hook, runs[-1][1], start):
            runs[-1] = (runs[-1][0], end, runs[-1][2] and said_here)
        elif not runs or start >= runs[-1][1]:
            runs.append((start, end, said_here))
    for start, end, all_said in runs:
        before = _WHEN_BEFORE.search(hook, 0, start)
        after = hook[end:]
        if not all_said or before is None or not _WHEN_AFTER.match(after):
            continue
        lead = hook[: before.start()]
        if not regex.search(r"\p{L}[ \u00a0\u202f]*$", lead) or _NOT_BEFORE.search(lead):
            continue  # the day opens the hook, follows a comma, names an event, is a deadline
        shorter = hook[: before.start()] + after
        if len(_FORM_WORD.findall(shorter)) >= _HOOK_MIN_WORDS:
            return shorter
    return hook


def _trimmed(sentence: str, covered: str, message: Message, lang: str) -> str:
    """``sentence`` as a detail of a post whose hook and practical lines say ``covered``:
    '' when it says nothing more (it holds facts, all of them there, and at most
    :data:`SOCIAL_LEFTOVER_WORDS` other word: "Le samedi 4 avril à Bandol !"),
    else whole."""
    if not covered.strip() or not _facts_in(sentence, message):
        return sentence
    # A piece the sentence splitter cut off mid-sentence ("Jusqu'au 30 avril, le Garage" |
    # "Martinez vous offre…") is no sentence of its own: leaving it out would break the next.
    if not _SENTENCE_END.search(sentence):
        return sentence
    return sentence if _says_more(sentence, covered, message, lang) else ""


# How a whole sentence ends: a stop, or an emoji after the last word.
_SENTENCE_END = regex.compile(r"(?:[.!?…]|\p{Extended_Pictographic}\ufe0f?)[\s\u00a0\u202f»”)]*$")


def headline_in(sentence: str, master: str) -> tuple[str, str] | None:
    """(headline, the sentence after it) when ``sentence`` opens on a headline the sentence
    splitter read on from: at most :data:`HEADLINE_MAX_WORDS` words ended by "!" or by an
    emoji, then a capital ("Doors open! ☕ Northern Grind is now serving…", "Sunday social
    ride 🚴 Join us on Sunday 19 April…"); else None."""
    from brandvoice.text.entities import EMOJI, find_entities

    emoji = [e for e in find_entities(sentence) if e.kind == EMOJI]
    mark = sentence.find("!")
    first_emoji = emoji[0].start if emoji else -1
    if mark < 0 or (0 <= first_emoji < mark):
        if first_emoji <= 0:
            return None
        end = first_emoji  # an emoji ends the headline: social posts' full stop
        exclaimed = False
    else:
        end = mark + 1
        while end < len(sentence) and sentence[end] == "!":
            end += 1
        exclaimed = True
    words = len(HEADLINE_WORD.findall(sentence, 0, end))
    if not 2 <= words <= HEADLINE_MAX_WORDS:
        return None
    for found in (e for e in emoji if e.start >= end):
        if sentence[end : found.start].strip(_TRAILING_EMOJI_SPACES):
            break
        end = found.end
    after = sentence[end:].lstrip(_TRAILING_EMOJI_SPACES)
    if not after[:1].isupper() or len(HEADLINE_WORD.findall(after)) < 3:
        return None
    head = sentence[:end].strip()
    if exclaimed and not headline_of([head, after], master):
        return None
    # « Bonjour à tous ! », "Hello everyone!": a greeting is no headline (either language's
    # greetings: the sentence's language is not passed here, and they do not overlap).
    if any(greeting_only(head, language) for language in ("fr", "en")):
        return None
    return head, after


_UNHOOKED_REASON = "the lead opens on the news, not the post's hook"


def _unhooked(
    lead_sentences: list[str],
    lead: str,
    message: Message,
    elsewhere: list[str],
    lang: str,
    *,
    shouted: bool = True,
) -> list[str] | None:
    """The lead sentences with the first one opening on its news, not on the post's hook
    it is labelled with (see :func:`unhooked_lead`); None when it opens on none, the lead
    is no longer that sentence, or the label says what ``elsewhere`` does not."""
    if not lead_sentences or lead != lead_sentences[0]:
        return None
    unhooked = unhooked_lead(lead_sentences[0], lang, shouted=shouted)
    if unhooked is None or _label_says_more(lead_sentences[0], unhooked, message, elsewhere):
        return None
    return [unhooked, *lead_sentences[1:]]


# A headline with fewer words than this is a label or a cry ("Apology", "Sorry!"): the
# news replaces it whole.
_SENTENCE_MIN_WORDS = 4


def _said_again_in_lead(title: str, lead_sentences: list[str], message: Message, lang: str) -> bool:
    """Whether the press headline ``title`` the news replaces is a sentence of a serious
    message (an incident, a recall) that the lead must still say: a statement of a few
    words with a verb ("We apologise to our customers."), not a hook or a label, and not
    said by the lead already."""
    from brandvoice.adaptation.transform import parse

    if not message.serious or not lead_sentences or is_hook(title, lang):
        return False
    if len(_FORM_WORD.findall(title)) < _SENTENCE_MIN_WORDS:
        return False
    if any(title.rstrip(" .!") in sentence for sentence in lead_sentences):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in parse(lang, title, entities=False))


def _as_sentence(text: str) -> str:
    """``text`` ended by a full stop (a headline has none)."""
    stripped = text.rstrip()
    return stripped if stripped.endswith((".", "!", "?", "…")) else f"{stripped}."


def _sober(message: Message) -> bool:
    """An incident, a recall or a closure: facts first, nothing festive."""
    from brandvoice.understand.model import Intent

    return message.serious or message.intent is Intent.CLOSURE


def _split_trailing_emoji(sentence: str) -> tuple[str, str]:
    """``sentence`` without the emoji that end it, and those emoji."""
    from brandvoice.text.entities import EMOJI, find_entities

    end = len(sentence)
    for emoji in reversed([e for e in find_entities(sentence) if e.kind == EMOJI]):
        if sentence[emoji.end : end].strip(_TRAILING_EMOJI_SPACES):
            break
        end = emoji.start
    return sentence[:end].rstrip(_TRAILING_EMOJI_SPACES), sentence[end:].strip()


# The facts a reader acts on: a headline that alone says one keeps it.
_CONCRETE = frozenset({Role.WHEN, Role.WHERE, Role.PRICE, Role.HOW})


# A hook label longer than this says more than a hook: "The numbers are in from our
# February row-a-thon:" names the event the news is about.
_HOOK_LABEL_WORDS = 5


def _label_says_more(sentence: str, unhooked: str, message: Message, rest: list[str]) -> bool:
    """Whether the label ``sentence`` opens on (``unhooked`` being what is left) says more
    than a hook: more than a few words, or a fact of the message nothing else says."""
    label = sentence[: len(sentence) - len(unhooked)]
    if len(HEADLINE_WORD.findall(label)) > _HOOK_LABEL_WORDS:
        return True
    elsewhere = " ".join([unhooked, *rest])
    return any(fact not in elsewhere for fact in _facts_in(label, message))


def _facts_in(text: str, message: Message) -> list[str]:
    """The message's facts ``text`` holds (figures aside), and each run of them written
    side by side ("Bandol, 7 quai Charles-de-Gaulle"): a run is said only where it is
    said as one, not as its parts in another order."""
    found = sorted(
        {
            (at, at + len(f.text))
            for f in message.facts
            if f.role is not Role.FIGURE and f.text and (at := text.find(f.text)) >= 0
        }
    )
    runs: list[tuple[int, int]] = []
    for start, end in found:
        if runs and _FACT_JOIN.fullmatch(text, runs[-1][1], start):
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    return list(dict.fromkeys([*(text[a:b] for a, b in found), *(text[a:b] for a, b in runs)]))


# What sits between two facts written as one ("Bandol, 7 quai…"; "samedi 4 avril à 10 h").
_FACT_JOIN = regex.compile(r"[\s\u00a0\u202f,]*")


def _says_more(part: str, said: str, message: Message, lang: str) -> bool:
    """Whether ``part`` says something ``said`` does not: a fact of the message it holds
    that ``said`` does not state, or more than :data:`SOCIAL_LEFTOVER_WORDS` words that are
    neither in ``said`` nor function words."""
    from brandvoice.adaptation.blog import DANGLING_WORDS
    from brandvoice.understand.presence import still_said

    if not all(
        still_said(fact, said, lang, message.reference_date) for fact in _facts_in(part, message)
    ):
        return True
    known = {w.casefold() for w in _FORM_WORD.findall(said)}
    function = DANGLING_WORDS.get(base_language(lang), frozenset())
    leftover = [
        w
        for w in _FORM_WORD.findall(part)
        if w.casefold() not in known and w.casefold() not in function
    ]
    return len(leftover) > SOCIAL_LEFTOVER_WORDS


# A date or place after "de", "du", "of" completes the noun before it ("les portes
# ouvertes du samedi 4 avril", "the open day of 4 April"): the name of the thing, not when
# or where it is. A hook is not cut there.
_OF = regex.compile(r"[\s\u00a0\u202f,]*(?:de|du|des|d['’]|of)(?![\p{L}])", regex.IGNORECASE)
# A period, which the 📅 line gives whole: "du vendredi 11 au dimanche 20 décembre", "from
# Friday 11 to Sunday 20 December" (its "du" opens a date, it completes no noun).
_PERIOD = regex.compile(
    r"[\s\u00a0\u202f,]*(?:du|from)\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?(?:\s+\p{L}+)?\s+(?:au|to)\s",
    regex.IGNORECASE,
)
# A tail that goes on with a range or a second day ("… au dimanche 20 décembre", "à 20 h",
# "et dimanche"): the head would end in the middle of it ("… du vendredi 11.").
_RANGE_GOES_ON = regex.compile(
    r"[\s\u00a0\u202f,]*(?:au|à|to|until|till|et|and|–|-)(?![\p{L}])", regex.IGNORECASE
)


def _places_in(text: str, message: Message) -> bool:
    """Whether ``text`` names one of the message's places. A hook keeps its place: the 📍
    line writes the address or town alone, and the hook's own words for it ("sur le port
    de Binic", "at the village hall") are what a reader goes by."""
    return any(f.role is Role.WHERE and f.text and f.text in text for f in message.facts)


def _keeps_facts(lead: str, head: str, said: str, message: Message, lang: str) -> bool:
    """Whether ``head`` and ``said`` still say every fact of ``lead`` and every run of facts
    written side by side in it, a run the cut goes through included ("à Bandol, 7 quai
    Charles-de-Gaulle" cut before "7 quai")."""
    from brandvoice.understand.presence import still_said

    kept = f"{head} {said}"
    return all(
        still_said(fact, kept, lang, message.reference_date)
        for fact in _facts_in(lead, message)
        if fact not in head
    )


# A hook's end "!" may replace: a word of three letters or more (or a number, a closing
# bracket or quote), its full stop if any, and no other stop in the word.
_EXCLAIMABLE_END = regex.compile(r"(?:(?<![\p{L}\p{N}.])[\p{L}]{3,}|[\p{N})»”])\.?$")


def _exclaimed(hook: str, lang: str) -> str:
    """``hook`` ending on "!" (French: after a narrow no-break space); a question stays one."""
    stripped = hook.rstrip(" \u00a0\u202f")
    if stripped.endswith(("!", "?", "…")):
        return stripped
    # Only a plain word's stop gives way: "a.m.", "Co." or a ":" keep theirs.
    if not _EXCLAIMABLE_END.search(stripped):
        return hook
    stripped = stripped.rstrip(".")
    return f"{stripped}\u202f!" if base_language(lang) == "fr" else f"{stripped}!"


def _form_emoji_to_spare(voice: VoiceProfile, form: SocialForm) -> int:
    """How many practical lines' markers the voice's emoji allowance leaves room for,
    beside the emoji the hook and the details have and the one the emoji transform adds
    to a hook without any (a hook may end on the master's own: it then adds none)."""
    from brandvoice.text.entities import EMOJI, find_entities

    text = "\n".join([form.hook, *form.details])
    used = sum(1 for e in find_entities(text) if e.kind == EMOJI)
    if not any(e.kind == EMOJI for e in find_entities(form.hook)):
        used += 1
    return voice.emoji.max - used


def _names_only_in(title: str, rest: str) -> list[str]:
    """The capitalised words inside ``title`` (its first word aside) that ``rest`` does
    not say: names a headline alone gives, which one written in its place must keep."""
    return [
        word for word in HEADLINE_WORD.findall(title)[1:] if word[:1].isupper() and word not in rest
    ]


def _news_over_hook(
    title: str,
    lead_sentences: list[str],
    paragraphs: list[str],
    message: Message,
    lang: str,
    brand: str | None,
) -> str | None:
    """The article's title when ``title`` is the post's hook: the news the lead's first
    sentence gives, as a press note titles it (:func:`news_title`: its named clause, a job,
    a newspaper...), never the sober label of the intent a press note falls back on (an
    article titled « Bilan » is found by no one). None: ``title`` is no hook, or no such
    news was found."""
    if not title or not lead_sentences or not is_hook(title, lang):
        return None
    # A name the hook alone says ("Bonjour Carouge !": the town) is a fact the title keeps.
    alone = _names_only_in(title, " ".join([*lead_sentences, *paragraphs]))
    titled = news_title(
        title,
        lead_sentences[0],
        lang,
        brand=brand,
        master=message.text,
        after=lead_sentences[1] if len(lead_sentences) > 1 else "",
        keep=alone,
        sober=False,
    )
    if titled is None or is_hook(titled.headline, lang):
        return None
    return titled.headline


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
    # A letter's salutation ("Madame, Monsieur,") opens no variant: neither a press note's
    # headline or lead, nor an article's title, nor a post's hook.
    if _salutation(sentences):
        sentences = sentences[1:]
    hook = sentences[0] if sentences else master
    action = choose(voice, message, lang, cta)
    # A press note and an article open on the master's headline when it has one, and their
    # lead on the sentence after it: never the headline's words twice (see headline.py).
    opened = opening(sentences, message, lang, voice.brand_name)
    headline = opened.headline
    lead_sentences, paragraphs = _lead_and_paragraphs(opened.sentences, master)
    # The master's sign-off closes the variant on a line of its own (see paragraphs.py).
    lead_sentences, signed = take_sign_off(lead_sentences, master)
    if signed and paragraphs and paragraphs[-1] == signed:
        paragraphs = paragraphs[:-1]
    rejoined_reason = ""
    if network.kind is NetworkKind.WEBSITE and headline and lead_sentences:
        # A press lead is a sentence: the news the master exclaimed above a verbless line
        # goes back into it, under a headline in other words (see press_headline.py).
        back = rejoined(headline, lead_sentences[0], locale or lang)
        if back is not None:
            rejoined_reason = (
                f"headline {back.headline!r}: the master's headline {headline!r} went back "
                "into the lead, which had no verb"
            )
            headline, lead_sentences = back.headline, [back.lead, *lead_sentences[1:]]
    # An article's title may speak to its reader (« … vos bûches »), a headline elsewhere not.
    title = headline or blog_title(hook, message, lang, to_reader=network.kind is NetworkKind.BLOG)
    lead = _lead_of(lead_sentences, master, network, message, locale or lang)
    # A title the lead repeats word for word is a paste: the news as the press titles it
    # (« Ouverture de … », "… hires …"), when the table knows the lead's verb.
    written = None
    if repeats(title, lead) or vague(title, locale or lang):
        written = news_headline(
            lead,
            locale or lang,
            intent=message.intent.value if message is not None else "",
            master=message.text if message is not None else master,
            brand=voice.brand_name,
        )
    headline_reason = rejoined_reason
    if written:
        headline_reason = (
            f"headline {written!r} written from the lead's news: the title {title!r} "
            + ("repeated the lead's first words" if repeats(title, lead) else "named no subject")
        )
        headline = title = written
    elif network.kind is NetworkKind.WEBSITE and repeats(title, lead):
        # A press note's own headlines: the first person, an award, a range the title was
        # cut in (see press_headline.py); the blog keeps its title.
        pressed = press_headline(
            title,
            lead,
            locale or lang,
            brand=voice.brand_name,
            after=lead_sentences[1] if len(lead_sentences) > 1 else "",
        )
        if pressed:
            headline_reason = (
                f"headline {pressed!r} written as a press note titles it: the title {title!r} "
                + ("was cut inside a range" if repeats(pressed, lead) else "repeated the lead")
            )
            headline = title = pressed
            # The label the lead opened on ("Product recall: we are recalling…") is the
            # headline's now: the lead gives the news as its sentence.
            unlabelled = speaking_after_label(lead_sentences[0], locale or lang)
            if unlabelled is not None:
                lead_sentences = [unlabelled, *lead_sentences[1:]]
                lead = _lead_of(lead_sentences, master, network, message, locale or lang)
    if network.kind is NetworkKind.WEBSITE and headline and not headline_reason:
        # A label the post's feed shows under the business's name names it in a press note
        # (see press_label_headline.py).
        intent = message.intent.value if message is not None else ""
        labelled = named_label(
            headline,
            locale or lang,
            voice.brand_name,
            intent,
            message.text if message is not None else master,
        )
        if labelled:
            headline_reason = f"headline {labelled!r}: a press headline names who it is about"
            headline = title = labelled
    if network.kind is NetworkKind.WEBSITE and sentence_cased(title) != title:
        headline_reason = "; ".join(
            filter(
                None,
                [
                    headline_reason,
                    f"headline {title!r} in sentence case: a press note does not shout",
                ],
            )
        )
        headline = title = sentence_cased(title)
    if network.kind is NetworkKind.WEBSITE and title and message is not None:
        # A headline that is the post's hook, speaks as "we" or was cut gives way to the
        # news (see press_news_title.py).
        # What the master's own headline line alone says (a day, a place, the thing it
        # names: "Grand ménage de printemps") the headline written in its place says too.
        rest = " ".join([*lead_sentences, *paragraphs])
        alone = [
            f.text
            for f in message.facts
            if f.role is not Role.FIGURE
            and f.text
            and f.text in title
            and f.text not in rest
            and (f.role in _CONCRETE or len(HEADLINE_WORD.findall(f.text)) > 1)
        ]
        # A name inside the headline that nothing else says ("The numbers are in from our
        # February row-a-thon"): the understanding may not have read it as a fact.
        alone += [word for word in _names_only_in(title, rest) if word not in alone]
        titled = news_title(
            title,
            lead,
            locale or lang,
            intent=message.intent.value,
            who=business_signing(signed),
            brand=voice.brand_name,
            master=message.text,
            after=lead_sentences[1] if len(lead_sentences) > 1 else "",
            keep=alone,
        )
        said_after = " ".join([titled.headline if titled else "", *lead_sentences[1:], *paragraphs])
        if (
            titled is not None
            and _title_is_lead(title, lead_sentences, lead)
            and all(fact in said_after for fact in _facts_in(lead, message))
        ):
            # The question the headline asked leaves the lead with it when the note says
            # its facts elsewhere ("Fancy spending your mornings pulling shots?" over
            # "… three mornings a week"): the news the headline now gives opens the lead.
            lead_sentences, paragraphs = _after_title(lead_sentences, paragraphs)
            lead = _lead_of(lead_sentences, master, network, message, locale or lang)
        if titled is not None:
            headline_reason = "; ".join(
                filter(
                    None,
                    [
                        headline_reason,
                        f"headline {titled.headline!r}: the headline {title!r} {titled.reason}",
                    ],
                )
            )
            if _said_again_in_lead(title, lead_sentences, message, locale or lang):
                # « Nous présentons nos excuses à nos clients. »: an incident's or a recall's
                # own sentence is no hook; the news titles the note, the lead still says it.
                said = f"{lead_sentences[0]} {_as_sentence(title)}"
                lead_sentences = [said, *lead_sentences[1:]]
                lead = _lead_of(lead_sentences, master, network, message, locale or lang)
            headline = title = titled.headline
        # Nor does the lead open on the post's hook ("Heads up on shipping: our courier
        # lost…"): the news opens it.
        unhooked = _unhooked(lead_sentences, lead, message, [title, *paragraphs], locale or lang)
        if unhooked is not None:
            lead_sentences, lead = unhooked, unhooked[0]
            headline_reason = "; ".join(filter(None, [headline_reason, _UNHOOKED_REASON]))
    if (
        network.kind is NetworkKind.WEBSITE
        and message is not None
        and lead_sentences
        and lead == lead_sentences[0]
    ):
        # The headline is the label the lead opens on (« Assemblée générale 2026 : la Cave
        # coopérative a présenté… »): the lead says the sentence after it, when the label
        # says no more than a hook (see press_news_title.py).
        after_label = lead_after_headline(title, lead_sentences[0], locale or lang)
        if after_label is not None and not _label_says_more(
            lead_sentences[0], after_label, message, paragraphs
        ):
            lead_sentences = [after_label, *lead_sentences[1:]]
            lead = after_label
            headline_reason = "; ".join(
                filter(None, [headline_reason, "the lead does not open on its headline's words"])
            )
    if network.kind is NetworkKind.WEBSITE and _title_is_lead(title, lead_sentences, lead):
        # No headline better than the lead's own sentence was found: the headline says it,
        # and the dateline opens the sentence after it, never the same words twice.
        lead_sentences, paragraphs = _after_title(lead_sentences, paragraphs)
        lead = _lead_of(lead_sentences, master, network, message, locale or lang)
        headline_reason = "; ".join(
            filter(None, [headline_reason, f"the lead {title!r} is the headline: not said twice"])
        )
    if (
        network.kind is NetworkKind.SOCIAL
        and title
        and message is not None
        and lead_sentences
        and prints_headline(voice.template_for(network.id))
    ):
        # A headline a voice prints on a feed is never a clause cut from the lead (see
        # feed_headline.py): the press note's news headline, or none.
        from brandvoice.adaptation.transforms.register_lexicon import direction
        from brandvoice.adaptation.wording.lexicon import Direction

        fed = feed_headline(
            title,
            lead_sentences[0],
            locale or lang,
            intent=message.intent.value,
            master=message.text,
            brand=voice.brand_name,
            who=business_signing(signed),
            after=lead_sentences[1] if len(lead_sentences) > 1 else "",
            press_note=direction(voice) is Direction.FORMAL,
        )
        if fed is not None:
            headline = title = fed.headline
            headline_reason = "; ".join(filter(None, [headline_reason, fed.reason]))
    if network.kind is NetworkKind.BLOG and message is not None:
        # An article is found by its title: the post's hook ("Big news from the studio",
        # « Grande nouvelle ») says nothing a search result shows; the news the lead's
        # first sentence gives titles it (see blog.py).
        news = _news_over_hook(
            title, lead_sentences, paragraphs, message, locale or lang, voice.brand_name
        )
        if news is not None:
            headline_reason = "; ".join(
                filter(None, [headline_reason, f"title {news!r}: {title!r} is the post's hook"])
            )
            headline = title = news
        # Nor does its lead open on the hook ("Just a quick note: the bakery will be closed…");
        # a shouted label ("PRODUCT RECALL:") is the article's title (see blog_opening.py).
        unhooked = _unhooked(
            lead_sentences, lead, message, [title, *paragraphs], locale or lang, shouted=False
        )
        if unhooked is not None:
            lead_sentences, lead = unhooked, unhooked[0]
            headline_reason = "; ".join(filter(None, [headline_reason, _UNHOOKED_REASON]))
    if network.kind is NetworkKind.BLOG:
        # An article's lead never says its title again, and a standfirst says why it
        # matters to the reader where the intent tells (see blog_opening.py).
        opened_blog = blog_opening(title, lead_sentences, locale or lang, message, voice.brand_name)
        if opened_blog.reason:
            title, lead_sentences = opened_blog.title, opened_blog.pieces
            lead = _lead_of(lead_sentences, master, network, message, locale or lang)
            headline_reason = "; ".join(filter(None, [headline_reason, opened_blog.reason]))
        why = why_it_matters(message, locale or lang)
        if why:
            # The standfirst's apostrophes are the article's (a table's ' in a curly text).
            why = with_apostrophe(why, text_apostrophe(master, voice, lang))
        if why and message is not None:
            lead = f"{why}\n\n{lead}"
            headline_reason = "; ".join(
                filter(None, [headline_reason, f"standfirst {why!r} for a {message.intent} post"])
            )
    if network.kind in (NetworkKind.WEBSITE, NetworkKind.BLOG) and title:
        # The headline states the news in the present ("… makes the list"), where that is
        # certain (see headline_tense.py).
        presented = present_headline(title, lead, locale or lang)
        if presented is not None:
            said = f"headline {presented!r}: a headline says its news in the present"
            headline_reason = "; ".join(filter(None, [headline_reason, said]))
            headline = presented if headline == title else headline
            title = presented
    exclaim = voice.max_exclamations > 1
    exclamations_left = voice.max_exclamations - _exclamations(sentences[1:], action.text)
    every_line = practical_lines(message, emoji=False)
    form = social_form(
        sentences,
        message,
        lang,
        every_line,
        exclaim=exclaim,
        exclamations_left=exclamations_left,
    )
    spare = _form_emoji_to_spare(voice, form)
    practical = practical_lines(message, emoji=spare >= EMOJI_NEEDED, hook=form.hook, room=spare)
    if [line_facts(line) for line in practical] != [line_facts(line) for line in every_line]:
        # The voice's emoji left room for fewer lines, or its emoji mark lines no word
        # labels (how to apply, a way to book): the details keep what the lines left out
        # would have said, and lose what the lines say.
        form = social_form(
            sentences,
            message,
            lang,
            practical,
            exclaim=exclaim,
            exclamations_left=exclamations_left,
        )
    # The master as written, before any voice cut its sentences.
    original = message.text if message is not None else master
    # A detail that was the sign-off goes to the signature; one the practical lines
    # already say (a shop signing with its town) is gone from the details already.
    details, post_signed = take_sign_off(with_lists(lines_of(form.details), original), master)
    sheet = fact_sheet(message)
    details = with_answers(with_split_halves(details, original))
    news_hook, detail_paragraphs = form.hook, post_paragraphs(details)
    figures = (
        figure_lines(
            form.hook,
            details,
            message.intent if message is not None else None,
            lang,
            emoji_left=voice.emoji.max
            - _emoji_count([form.hook, *practical, *details, action.text]),
            brand=voice.brand_name,
        )
        if network.id in FIGURE_NETWORKS
        else None
    )
    if figures is not None:
        # A results post's figures, one per line (see realise/figures.py): the block is a
        # paragraph of its own, the pieces around it are batched as before.
        news_hook = figures.hook
        details = [*figures.before, figures.block, *figures.after]
        detail_paragraphs = [
            *post_paragraphs(figures.before),
            figures.block,
            *post_paragraphs(figures.after),
        ]
    notice = _notice(voice, network, message, sentences, master, lang)
    if notice is not None:
        # A recall on Facebook or Instagram: a notice with labelled lines; an incident: its
        # buried apology after the news, its orders on a 👉 line (see notice.py).
        form = SocialForm(notice.heading, [])
        news_hook = notice.heading
        practical, details, detail_paragraphs = notice.lines, notice.paragraphs, notice.paragraphs
        post_signed = take_sign_off(lines_of(sentences), master)[1]
        # The template's change says why the post reads as a notice (the change log).
        headline_reason = "; ".join(filter(None, [headline_reason, notice.reason]))
    after_lead = with_answers(with_split_halves(with_lists(lead_sentences[1:], original), original))
    if not network.is_own_site:
        signed = post_signed
    elif network.kind is NetworkKind.WEBSITE and any(line.endswith(signed) for line in sheet):
        # A shop signing with its name and town ("Ferme de Kerlann, Plougastel-Daoulas")
        # gave the press note's fact sheet its place line: signing again repeats it.
        signed = ""
    return {
        "master": master,
        "lang": lang,
        "sentences": sentences,
        "hook": hook,
        "headline": headline,
        "lead": lead,
        "after_lead": "\n\n".join(paragraphs),
        "after_lead_sentences": after_lead,
        "after_lead_paragraphs": post_paragraphs(after_lead, per=ARTICLE_PARAGRAPH_PIECES),
        "body": run_on(sentences[1:]),
        "title": title,
        # Why the headline is not the master's words (empty when it is).
        "headline_reason": headline_reason,
        # Read off the lead and what follows it: the sentences without the master's
        # headline line (which the title gives) and without its sign-off.
        "description": summary_of(_news_first(lead_sentences, lang), message, title=title),
        "dateline": dateline(
            _dateline_location(voice, network, message, locale or lang),
            date,
            locale or lang,
            day_first=_dateline_order(locale or lang, message.text if message else master),
        ),
        "about": voice.about_for(lang),
        "link": link,
        "practical": practical,
        # The social forms' hook line and detail sentences (see social_form).
        "news_hook": news_hook,
        "details": details,
        "detail_paragraphs": detail_paragraphs,
        # Why the details are not the master's sentences (empty when they are).
        "details_reason": figures.reason if figures is not None else "",
        "fact_sheet": sheet,
        "press_contact": voice.press_contact or "",
        "cta": action.text,
        "cta_reason": action.reason,
        "cta_kind": action.key if action.text else "",
        "signature": signature_of(voice, network, lang, signed, lead),
        "hashtags": hashtags,
        "brand": voice.brand_name,
        "network": NetworkView(network.id, network.name, network.limit),
        "voice": voice.name,
    }


# The networks whose casual voice sets a recall as a notice: X fits its own, the press note
# keeps its sentences.
NOTICE_NETWORKS = frozenset({"facebook", "instagram"})


def _notice(
    voice: VoiceProfile,
    network: Network,
    message: Message | None,
    sentences: list[str],
    master: str,
    lang: str,
) -> Notice | None:
    """A recall's notice, or an incident's post as an editor sets it, for a casual voice on
    Facebook or Instagram (see notice.py), from the post's sentences less the master's
    sign-off; None for any other post."""
    from brandvoice.adaptation.transforms.register_lexicon import direction
    from brandvoice.adaptation.wording.lexicon import Direction
    from brandvoice.understand.model import Intent

    if message is None or message.intent not in (Intent.RECALL, Intent.INCIDENT):
        return None
    if network.id not in NOTICE_NETWORKS or direction(voice) is not Direction.CASUAL:
        return None
    pieces, _ = take_sign_off(lines_of(sentences), master)
    emoji = voice.emoji.max >= NOTICE_EMOJI
    longest = voice.sentences.max_words
    if message.intent is Intent.RECALL:
        return recall_notice(pieces, lang, emoji=emoji, max_words=longest)
    # Halves a voice cut run on again, a short question with its answer: one piece each.
    pieces = with_answers(with_split_halves(pieces, message.text))
    return incident_notice(pieces, lang, emoji=emoji, max_words=longest)


# A salutation has this many words at most ("Madame, Monsieur,", "Dear customers,").
_SALUTATION_MAX_WORDS = 4


def _salutation(sentences: list[str]) -> bool:
    """Whether the master opens on a letter's salutation, a line of its own ending on a
    comma: a press note's headline read "Madame, Monsieur", a blog's H1 "# Madame,
    Monsieur,"."""
    if len(sentences) < 2:
        return False
    first = sentences[0].strip()
    return first.endswith(",") and 0 < len(_FORM_WORD.findall(first)) <= _SALUTATION_MAX_WORDS


def _lead_and_paragraphs(sentences: list[str], master: str) -> tuple[list[str], list[str]]:
    """The lead sentences, each on one line of the master, and the paragraphs of what
    follows the lead. The sentence splitter reads on over a line break when a line ends on
    no stop ("… 7 quai Charles-de-Gaulle 🍷" over "Plus de 300 références"), and a template
    that joins the sentences would keep that break as a lone line inside a paragraph; a press
    note sets each idea in a paragraph of its own. So the lead is its first line, and every
    line or paragraph of the master after it opens a paragraph ("Prise de rendez-vous : …",
    a line of its own, is not run on after the sentence before it). A list (lines opening
    on "•", "-") stays whole, its items on their lines."""
    pieces: list[str] = []
    starts: list[bool] = []  # whether each piece opens a line of the master
    position = 0
    for sentence in sentences:
        lines = [sentence] if has_list(sentence) else sentence.split("\n")
        for index, line in enumerate(piece.strip() for piece in lines):
            if not line:
                continue
            found = master.find(line, position)
            if index:
                opens = True
            elif found < 0:
                opens = False  # rewritten beyond recognition: run on, as before
            else:
                opens = "\n" in master[position:found] or not pieces
            if found >= 0:
                position = found + len(line)
            pieces.append(line)
            starts.append(opens)
    if not pieces:
        return list(sentences), []
    paragraphs: list[str] = []
    for piece, opens in zip(pieces[1:], starts[1:], strict=True):
        if opens or not paragraphs:
            paragraphs.append(piece)
        else:
            paragraphs[-1] = f"{paragraphs[-1]} {piece}"
    return pieces, paragraphs


def _title_is_lead(title: str, lead_sentences: list[str], lead: str) -> bool:
    """Whether the press note's headline is its lead's question to the reader, word for
    word, and the sentence after it (not a list) can open the lead instead. A statement
    stays in the lead: it is the news, which the body must give whole."""
    from brandvoice.adaptation.news_headline import words

    if len(lead_sentences) < 2 or lead != lead_sentences[0] or not lead.rstrip().endswith("?"):
        return False
    after = lead_sentences[1]
    return bool(words(title)) and words(title) == words(lead) and after[:1] not in "•-*–"


def _after_title(lead_sentences: list[str], paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``lead_sentences`` and ``paragraphs`` without the first sentence, which the
    headline says: the next sentence leads, and what followed it in its paragraph stays."""
    pieces = lead_sentences[1:]
    first = paragraphs[0] if paragraphs else ""
    if first.startswith(pieces[0]):
        rest = first[len(pieces[0]) :].strip()
        paragraphs = [rest, *paragraphs[1:]] if rest else paragraphs[1:]
    return pieces, paragraphs


def _lead_of(
    lead_sentences: list[str],
    master: str,
    network: Network,
    message: Message | None,
    lang: str,
) -> str:
    """The lead: the first of ``lead_sentences``; a list has a sentence introduce it
    outside a social post (a dateline or a title over a bare list is no lead)."""
    lead = lead_sentences[0] if lead_sentences else master
    if lead[:1] in "•-*–" and network.kind is not NetworkKind.SOCIAL:
        lead = f"{list_lead(message.intent.value if message else '', lang)}\n{lead}"
    return lead


def _emoji_count(texts: list[str]) -> int:
    """How many emoji ``texts`` hold, as the emoji transform counts them."""
    from brandvoice.text.entities import EMOJI, find_entities

    return sum(1 for text in texts for e in find_entities(text) if e.kind == EMOJI)


def _exclamations(sentences: list[str], cta: str) -> int:
    """The exclamation marks the post already has beside its hook: its other sentences' and
    its call to action's (a run of marks counts once)."""
    return len(regex.findall(r"!+", " ".join([*sentences, cta])))
