"""Closing detail left out of a post whose voice keeps posts short.

A voice with a ``length.target_words`` (the casual one: 40) is read at a glance. When the
hook and body run past it, the tail goes: the body sentences after the last one a reader
needs, least important first (``fit-length``'s measure), until the text is within the
target or no such sentence is left. A sentence is needed when it is one of the first two
(the news); says one of the message's key facts (what, when, where, price, how to act,
who); asks the reader to act (an action cue, an imperative, "please", « merci de »); holds
any fact the extractor finds (date, time, price, figure, link, e-mail address, phone
number, name) or a named entity spaCy finds; says where the link went (Instagram's
"link in bio"); or came, in the master, before the sentence a 📞 / 👉 line moved up
(it was no tail there). The master's own close (a sentence that thanks, asks the readers
or looks forward to them: :mod:`brandvoice.adaptation.engagement`) is kept too, the post
ending on it rather than on a stock call to action, but the colour before it may go; so is
what it costs or how to get in said in words (« Entrée libre. », "Free entry.", "No booking
needed."), a fact the extractor finds no figure in. The
voice's own lines (call to action, signature, practical lines, tags) are never touched.

Only the tail, because brandvoice reads what a message is about only in part: a sentence
before a needed one may be the very "what" ("we've put together a free planting
calendar"), while the sentences after the last fact are the colour a press note or a blog
keeps and a social post can do without ("Et leurs retours nous ont convaincus."). An
incident or a recall loses nothing: its apology and its reassurance ("All other batches
are fine") are what it is for; nor does a closure (what to do meanwhile).

Runs after rendering, before the network's hard limit is fitted (``fit-length``), and says
what it left out in each edit's reason and ``drops``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from typing import ClassVar

import regex

from brandvoice.adaptation import engagement
from brandvoice.adaptation.fitting.removal import removal_spans
from brandvoice.adaptation.fitting.units import Role, Unit
from brandvoice.adaptation.realise.action import moved_from
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.fit_length import (
    key_facts,
    lesser_importance,
    removal_edit,
    variant_units,
)
from brandvoice.analysis.imperatives import find_imperatives
from brandvoice.lang import base_language
from brandvoice.nlp import NAME_LABELS
from brandvoice.understand import Intent
from brandvoice.understand.presence import Passages

# The lead: a post's first sentences say its news (the body's first unit is the second).
_LEAD = 2
# Asking without an imperative the parser sees: "…, so please don't call", « merci de ».
_ASKING = regex.compile(
    r"\b(?:please|kindly|merci de|veuillez)\b|s['’]il vous pla[iî]t", regex.IGNORECASE
)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# What it costs or how to get in, said in words, without a figure the extractor would see:
# « Entrée libre. », "Free entry.", "No booking needed." A reader needs it to come.
_ENTRY = regex.compile(
    r"(?<![\p{L}])(?:entrée|accès|participation|prix)[\s\u00a0]+(?:libre|gratuite?)|"
    r"(?:entrée|accès|visite|dégustation|animations?|atelier)s?[\s\u00a0]+(?:est[\s\u00a0]+|sont"
    r"[\s\u00a0]+)?gratuite?s?|(?:sans|sur)[\s\u00a0]+(?:réservation|inscription)|"
    r"réservation[\s\u00a0]+(?:obligatoire|conseillée|recommandée|indispensable)|"
    r"ouverte?s?[\s\u00a0]+à[\s\u00a0]+tous|"
    r"free[\s\u00a0]+(?:entry|admission|entrance|of[\s\u00a0]+charge|to[\s\u00a0]+attend)|"
    r"(?:entry|admission|entrance)[\s\u00a0]+(?:is[\s\u00a0]+)?free|"
    r"no[\s\u00a0]+(?:booking|tickets?|registration|need[\s\u00a0]+to[\s\u00a0]+book)|"
    r"(?:booking|tickets?|registration)[\s\u00a0]+(?:is[\s\u00a0]+|are[\s\u00a0]+)?"
    r"(?:required|essential|recommended|needed)|pay[\s\u00a0]+what[\s\u00a0]+you|"
    r"(?:all|everyone)[\s\u00a0]+(?:is[\s\u00a0]+|are[\s\u00a0]+)?welcome|all[\s\u00a0]+ages|"
    r"tous[\s\u00a0]+(?:âges|publics)|tout[\s\u00a0]+public|open[\s\u00a0]+to"
    r"[\s\u00a0]+(?:all|everyone)(?![\p{L}])",
    regex.IGNORECASE,
)

_LONG_EN = (
    "Our bakery on Harbour Street now opens on Sundays from 8am. Book your cake on "
    "01234 567890. Tom has been baking here for twenty years and still gets up at four. "
    "It is the best part of the day, he says, and you can taste it in every single loaf."
)
# Tom is named: his sentence stays; the closing colour goes.
_LONG_EN_SHORT = (
    "Our bakery on Harbour Street now opens on Sundays from 8am. Book your cake on "
    "01234 567890. Tom has been baking here for twenty years and still gets up at four."
)
_RECALL_EN = (
    "We're recalling one batch of our Yellow Box honey (batch 2611) because some jars may "
    "contain glass. Please don't eat it. Take the jar back to the shop where you bought it "
    "and we'll refund you. All other sizes and batches are fine. We're very sorry about this."
)
_CLOSURE_EN = (
    "Our office is closed August 10–21 for our annual summer break. The whole team takes "
    "time off at once so nobody comes back to a pile of emails. Clients with an active "
    "project have an emergency contact in their kickoff doc, and every other message will "
    "be answered in the week we are back."
)
_SAAS_MASTER = (
    "Shipping today: recurring invoices in Tallybook. Set a schedule once (weekly, monthly, "
    "quarterly) and Tallybook sends the invoice, chases late payers and reconciles the "
    "payment when it lands. Available on all paid plans at no extra cost. Walkthrough and "
    "changelog at tallybook.io/changelog/recurring"
)
_SAAS_POST = (
    "Shipping today: recurring invoices in Tallybook!\n\n👉 Walkthrough and changelog at "
    "tallybook.io/changelog/recurring\n\nSet a schedule once (weekly, monthly, quarterly) "
    "and Tallybook sends the invoice, chases late payers and reconciles the payment when it "
    "lands. Available on all paid plans at no extra cost."
)
_SHORT_FR = "Notre boulangerie ouvre le dimanche dès 8 h. Réservez vos gâteaux au 04 94 00 00 00."
# The master's own close stays; the colour before it goes.
_THANKS_EN = (
    "Our bakery on Harbour Street now opens on Sundays from 8am. Book your cake on "
    "01234 567890. It is the best part of the week, the bakers say, and you can taste it in "
    "every single loaf and every single bun. Thank you for sticking with us!"
)
_THANKS_EN_SHORT = (
    "Our bakery on Harbour Street now opens on Sundays from 8am. Book your cake on "
    "01234 567890. Thank you for sticking with us!"
)
_ASKS_FR = (
    "Nouveau partenariat ! Tous nos cafés sont torréfiés par la Brûlerie des Alpilles, à "
    "15 km de la boutique. Une torréfaction plus douce, des grains tracés jusqu'à la "
    "coopérative, et moins de transport. C'est un vrai changement pour nous et pour vous, "
    "après toutes ces années. Vous nous direz ce que vous en pensez !"
)
_ASKS_FR_SHORT = (
    "Nouveau partenariat ! Tous nos cafés sont torréfiés par la Brûlerie des Alpilles, à "
    "15 km de la boutique. Une torréfaction plus douce, des grains tracés jusqu'à la "
    "coopérative, et moins de transport. Vous nous direz ce que vous en pensez !"
)

_MARKET_FR_SHORT = (
    "Le marché de Noël revient ! Samedi 12 décembre, de 10 h à 18 h, place de la Liberté à "
    "Toulon. Trente exposants, des huîtres, du vin chaud et une chorale à 16 h. Les enfants "
    "pourront rencontrer le Père Noël et écrire leur lettre sur place."
)
_MARKET_FR = (
    f"{_MARKET_FR_SHORT} Les artisans ont préparé des créations uniques pour les fêtes, des "
    "bijoux aux bougies parfumées. Entrée libre."
)
_MARKET_FR_SHORT += " Entrée libre."
_MARKET_EN_SHORT = (
    "Our Christmas market is back! Saturday 12 December, 10am to 6pm, at 12 Harbour Lane in "
    "Falmouth. Thirty stalls, oysters, mulled wine and a choir at 4pm. Free entry."
)
_MARKET_EN = (
    "Our Christmas market is back! Saturday 12 December, 10am to 6pm, at 12 Harbour Lane in "
    "Falmouth. Thirty stalls, oysters, mulled wine and a choir at 4pm. Children can meet "
    "Father Christmas and write their letter on the spot. Our makers have prepared unique "
    "pieces for the holidays, from jewellery to scented candles. Free entry."
)


class LeaveOutDetail(Transform):
    id: ClassVar[str] = "leave-out-detail"
    stage: ClassVar[Stage] = Stage.POST
    order: ClassVar[int] = 75
    summary: ClassVar[str] = (
        "For voices that keep posts short (length.target_words), leaves out body sentences "
        "of secondary detail, least important first; never one with a key fact or an ask."
    )
    edits_protected = True
    examples = (
        TransformExample(_LONG_EN, _LONG_EN_SHORT, voice="casual-facebook", network="facebook"),
        TransformExample(_LONG_EN, _LONG_EN, voice="corporate", network="website"),
        TransformExample(_SHORT_FR, _SHORT_FR, lang="fr", voice="casual-facebook"),
        TransformExample(_THANKS_EN, _THANKS_EN_SHORT, voice="casual-facebook", network="facebook"),
        TransformExample(
            _ASKS_FR, _ASKS_FR_SHORT, lang="fr", voice="casual-facebook", network="facebook"
        ),
        # What it costs to come in, in words, stays: « Entrée libre. », "Free entry."
        TransformExample(_MARKET_FR, _MARKET_FR_SHORT, lang="fr", voice="casual-facebook"),
        TransformExample(_MARKET_EN, _MARKET_EN_SHORT, voice="casual-facebook"),
        # A recall keeps its instruction, its reassurance and its apology.
        TransformExample(_RECALL_EN, _RECALL_EN, voice="casual-facebook", network="facebook"),
        # The sentences the master wrote before the one its 👉 line moved up stay.
        TransformExample(
            _SAAS_POST,
            _SAAS_POST,
            voice="casual-facebook",
            network="facebook",
            master=_SAAS_MASTER,
            date=dt.date(2026, 5, 12),
        ),
        # A closure keeps what its readers do meanwhile.
        TransformExample(_CLOSURE_EN, _CLOSURE_EN, voice="casual-facebook", network="facebook"),
    )

    def applies(self, target: Target) -> bool:
        message = target.understood()
        # A closure is a notice too: what its readers do meanwhile ("Orders placed in the
        # meantime will ship in January") is what it is for, and its days are on its 🔒 / 🔓
        # lines, past which every sentence would read as a tail.
        return (
            target.voice.length is not None
            and not message.serious
            and message.intent is not Intent.CLOSURE
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        assert target.voice.length is not None
        budget = target.voice.length.target_words
        if len(_WORD.findall(text)) <= budget:
            return []  # its prose holds no more words than the whole: no need to parse it
        _, _, units = variant_units(text, target)
        prose = [u for u in units if u.role in (Role.HOOK, Role.SENTENCE)]
        words = sum(_words(text, u) for u in prose)
        if words <= budget:
            return []
        candidates = _detail_sentences(text, units, target)
        removed: list[int] = []
        for index in candidates:
            if words <= budget:
                break
            removed.append(index)
            words -= _words(text, units[index])
        edits = []
        for index, span in sorted(removal_spans(units, removed).items()):
            unit = units[index]
            reason = (
                f"detail left out: the {target.voice.name} voice keeps posts within "
                f"{budget} words; sentence {unit.number} says no key fact and asks nothing"
            )
            edits.append(removal_edit(text, unit, span, reason))
        return edits


def _words(text: str, unit: Unit) -> int:
    return len(_WORD.findall(text, unit.start, unit.end))


def _detail_sentences(text: str, units: list[Unit], target: Target) -> list[int]:
    """The body sentences a reader can do without, least important first (the later of two
    equals first): those after the last sentence a reader needs."""
    message = target.understood()
    keys = [fact for fact, _ in key_facts(target)]
    asks = [cue.text.casefold() for cue in message.action_cues if cue.text.strip()]
    body = [i for i, u in enumerate(units) if u.role is Role.SENTENCE]
    doc = parse(target.lang, text)
    orders = [i.start for i in find_imperatives(doc, base_language(target.lang))]
    named = [e.start_char for e in doc.ents if e.label_ in NAME_LABELS]
    bio = target.voice.links.bio.get(base_language(target.lang), "").casefold()
    # A sentence the master wrote before the one a 📞 / 👉 line moved up still comes before
    # a reader's way to act: it was no tail in the master, and is none in the post.
    moved = moved_from(text, message)

    # Each question asked of all the body sentences at once, not sentence by sentence: the
    # key facts, the action cues and the sentences all grow with the master.
    parts = [text[units[i].start : units[i].end] for i in body]
    passages = Passages(parts, target.lang, message.reference_date)
    saying_key: set[int] = set().union(*(passages.saying(k) for k in keys))
    asking = _holding(asks, [part.casefold() for part in parts])
    marks = sorted([*orders, *named])

    def needed(position: int, unit: Unit) -> bool:
        part = parts[position]
        folded = part.casefold()
        first_mark = bisect.bisect_left(marks, unit.start)
        return bool(
            unit.facts
            or _ASKING.search(part)
            or position in asking
            or (bio and bio in folded)
            or (first_mark < len(marks) and marks[first_mark] < unit.end)
            or position in saying_key
            or 0 <= message.text.find(part.strip()) < moved
        )

    # brandvoice reads what a message is about only in part: a sentence before one the
    # reader needs may be the "what" ("we've put together a free planting calendar"), so
    # only the tail after the last needed sentence is detail.
    last_needed = max((p for p, i in enumerate(body) if needed(p, units[i])), default=-1)
    # The master's own close (its thanks, its question to the readers, « On a hâte de vous
    # rencontrer ! ») stays, and the post ends on it: the call to action counts on it
    # (brandvoice.adaptation.engagement). It is no reason to keep the colour before it.
    tail = [
        (p, i)
        for p, i in enumerate(body)
        if p > max(last_needed, _LEAD - 2)
        and not engagement.closes(parts[p])
        # What it costs or how to get in, in words (« Entrée libre. »): a fact a reader
        # needs to come, kept wherever it is; like the close, no reason to keep the colour
        # before it.
        and not _ENTRY.search(parts[p])
    ]
    found = [(lesser_importance(units[i], p), -units[i].start, i) for p, i in tail]
    return [index for _, _, index in sorted(found)]


def _holding(needles: Sequence[str], texts: Sequence[str]) -> set[int]:
    """The indices of the ``texts`` that hold one of the ``needles`` (``needle in text``),
    the texts searched together, joined by a character no needle holds."""
    separator = "\x00"
    if any(not needle or separator in needle for needle in needles):
        return {i for i, text in enumerate(texts) if any(n in text for n in needles)}
    joined = separator.join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    found: set[int] = set()
    for needle in set(needles):
        at = joined.find(needle)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            if index + 1 == len(starts):
                break
            at = joined.find(needle, starts[index + 1])
    return found


TRANSFORMS = (LeaveOutDetail(),)
