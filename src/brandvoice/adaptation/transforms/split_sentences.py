"""Sentences longer than the voice allows, cut in two (or more) at safe points.

The master is written once, often in the long sentences of a website; a casual voice keeps
its sentences to 20 words. A sentence over the voice's ``sentences.max_words`` (words
counted as the ``style.long-sentence`` check counts them) is cut at a semicolon or at a
comma and conjunction that joins two independent clauses (in a casual voice, also at a
bare comma before the second clause's subject pronoun or "so"), the point nearest its middle
first, again while a piece is still too long and has a point left. Each piece keeps at
least :data:`MIN_WORDS` words. Where the points are and what the conjunction becomes for
a formal voice: :mod:`brandvoice.adaptation.wording.splitting`.

No cut touches a protected span (URL, mention, hashtag, e-mail, emoji, product code, brand
name) or a fact (a price, a date, a time, a phone number, a name); the new stop is "." with
no space before it in French as in English, and only the word after it changes: a
lowercase conjunction or word is capitalised, everything else is kept as written.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

import regex

from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample, parse
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.adaptation.wording.splitting import (
    SplitPoint,
    TokenOffsets,
    may_split,
    split_points,
)
from brandvoice.text.protect import protected_spans
from brandvoice.text.segments import sentence_spans
from brandvoice.text.words import count_words, not_words, trimmed
from brandvoice.understand.facts import extract_facts

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

MIN_WORDS = 4  # a piece shorter than this reads as a fragment, not a sentence

Counter = Callable[[int, int], int]
_ROUGH_END = regex.compile(r"(?<=[.!?…])\s+|\n")


class SplitSentences(Transform):
    id: ClassVar[str] = "split-sentences"
    stage: ClassVar[Stage] = Stage.BODY
    # After split-colon, split-colon-list, split-lead-in, split-means and split-participle
    # (59 to 63), which cut in their own ways first; each piece is then cut here at its own
    # conjunctions.
    order: ClassVar[int] = 64
    summary: ClassVar[str] = (
        "Cuts a sentence longer than the voice's max_words at a semicolon or a conjunction "
        "joining two clauses ('and' / 'et' dropped, never a sentence opening on it), "
        "nearest the middle first; a casual voice also where a bare "
        "comma joins two clauses (', il vous sera remboursé', ', l'appli vous propose', ', so "
        "300 boxes are late', 'so' dropped) and "
        "at 'and' / 'et' with no comma before a clause with its own subject, before a "
        "reason ('because' / 'parce que' dropped), at a lone dash between clauses, and in a "
        "series of three predicates sharing a subject pronoun ('we fixed 4,812 bikes. We sold "
        "390 and kept…')."
    )
    examples = (
        TransformExample(
            "Dinner is served in the garden room from 6:30 pm to 9:30 pm, and afternoon tea "
            "is available every day from 3 pm at £32 per person.",
            "Dinner is served in the garden room from 6:30 pm to 9:30 pm. Afternoon tea "
            "is available every day from 3 pm at £32 per person.",
        ),
        TransformExample(
            "We bake our bread every morning in the old oven behind the shop; our cheese "
            "comes from a small farm twenty minutes down the road.",
            "We bake our bread every morning in the old oven behind the shop. Our cheese "
            "comes from a small farm twenty minutes down the road.",
        ),
        # A formal voice drops "and" too rather than open a sentence on it.
        TransformExample(
            "We would like to thank every client who has trusted us since 2018 with their "
            "websites and campaigns, and we look forward to seeing you all in the Northern "
            "Quarter very soon.",
            "We would like to thank every client who has trusted us since 2018 with their "
            "websites and campaigns. We look forward to seeing you all in the Northern "
            "Quarter very soon.",
            voice="corporate",
            profile={"sentences": {"target_words": 15, "max_words": 25}},
        ),
        TransformExample(
            "Les places sont limitées à vingt participants par départ, mais la visite guidée "
            "des chais reste gratuite pour les enfants de moins de douze ans.",
            "Les places sont limitées à vingt participants par départ. Mais la visite guidée "
            "des chais reste gratuite pour les enfants de moins de douze ans.",
            lang="fr",
        ),
        TransformExample(
            "Nous ouvrons la terrasse dès samedi pour toute la saison, et nous servons des "
            "grillades jusqu'à minuit face au port de Toulon.",
            "Nous ouvrons la terrasse dès samedi pour toute la saison. Nous servons des "
            "grillades jusqu'à minuit face au port de Toulon.",
            lang="fr",
        ),
        # Short enough for the voice: left alone.
        TransformExample(
            "We open at 8, and we close at 6 every day.",
            "We open at 8, and we close at 6 every day.",
        ),
        # A list: "and" joins nouns, not clauses.
        TransformExample(
            "This term we are adding group ukulele classes for kids, a jazz combo for teens, "
            "and evening guitar lessons for adult beginners in the new room upstairs.",
            "This term we are adding group ukulele classes for kids, a jazz combo for teens, "
            "and evening guitar lessons for adult beginners in the new room upstairs.",
        ),
        # A relative clause and an order without a subject: no second clause of its own.
        TransformExample(
            "Come and meet the winemaker who planted our oldest vines back in 1962 on the "
            "hill above the cellar door, and taste the wines she makes from them.",
            "Come and meet the winemaker who planted our oldest vines back in 1962 on the "
            "hill above the cellar door, and taste the wines she makes from them.",
        ),
        # After a colon, the sentence belongs to what the colon introduces.
        TransformExample(
            "Au programme de cette belle saison\u00a0: du poisson grillé pêché au large, des "
            "transats au soleil, et nous avons aussi des concerts tous les samedis.",
            "Au programme de cette belle saison\u00a0: du poisson grillé pêché au large, des "
            "transats au soleil, et nous avons aussi des concerts tous les samedis.",
            lang="fr",
        ),
        # After a colon that introduces a sentence, at the conjunction that ends it.
        TransformExample(
            "Apologies to anyone who tried to book with us over the bank holiday weekend: our "
            "booking system was down from Saturday evening until this morning, and some of you "
            "got confirmation emails for slots that don't exist.",
            "Apologies to anyone who tried to book with us over the bank holiday weekend: our "
            "booking system was down from Saturday evening until this morning. Some of you "
            "got confirmation emails for slots that don't exist.",
        ),
        # A casual voice also cuts where a bare comma joins two clauses, the second opening
        # on its subject pronoun or on "so".
        TransformExample(
            "Vous pouvez rapporter le fromage à la boutique ou au marché de Crest le mardi, il "
            "vous sera remboursé.",
            "Vous pouvez rapporter le fromage à la boutique ou au marché de Crest le mardi. Il "
            "vous sera remboursé.",
            lang="fr",
        ),
        TransformExample(
            "Our van broke down on the motorway and the courier had no spare one, so around 300 "
            "boxes are running a day late.",
            "Our van broke down on the motorway and the courier had no spare one. Around 300 "
            "boxes are running a day late.",
        ),
        TransformExample(
            "Send your portfolio and a few lines about yourself to the studio by Friday, we "
            "reply to everyone.",
            "Send your portfolio and a few lines about yourself to the studio by Friday. We "
            "reply to everyone.",
        ),
        # With no comma, at "and" before a clause with its own subject: a casual voice only.
        TransformExample(
            "Sign up at Summit Strength Vancouver before January 31 and we'll waive the $99 "
            "joining fee and throw in a free PT session.",
            "Sign up at Summit Strength Vancouver before January 31. We'll waive the $99 "
            "joining fee and throw in a free PT session.",
        ),
        TransformExample(
            "We'll close at 2pm on Thursday, December 24 and stay closed on the 25th and the "
            "26th for the holidays.",
            "We'll close at 2pm on Thursday, December 24 and stay closed on the 25th and the "
            "26th for the holidays.",
        ),
        # An "and" that closes a series of verbs stays: "…bikes, sold 390." would lack it.
        TransformExample(
            "In 2025 we fixed 4,812 bikes for the neighbourhood, sold 390 refurbished ones and "
            "we kept 11 tonnes of metal out of landfill.",
            "In 2025 we fixed 4,812 bikes for the neighbourhood, sold 390 refurbished ones and "
            "we kept 11 tonnes of metal out of landfill.",
        ),
        TransformExample(
            "Sign up at Summit Strength Vancouver before January 31 and we will waive the $99 "
            "joining fee for every new member.",
            "Sign up at Summit Strength Vancouver before January 31 and we will waive the $99 "
            "joining fee for every new member.",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
        # A casual voice makes a reason a sentence of its own, not after a negation.
        TransformExample(
            "We're recalling one batch of our 500g Yellow Box honey (batch 2611) because a "
            "few jars may contain fragments of glass from a faulty filling line.",
            "We're recalling one batch of our 500g Yellow Box honey (batch 2611). A "
            "few jars may contain fragments of glass from a faulty filling line.",
        ),
        TransformExample(
            "Nous rappelons les pots de confiture d'abricots des lots L2604 et L2605 parce "
            "qu'un morceau de verre a été trouvé dans l'un d'eux.",
            "Nous rappelons les pots de confiture d'abricots des lots L2604 et L2605. "
            "Un morceau de verre a été trouvé dans l'un d'eux.",
            lang="fr",
        ),
        TransformExample(
            "We are not closing the shop on the high street this winter because sales are "
            "down, but because the lease ends.",
            "We are not closing the shop on the high street this winter because sales are "
            "down, but because the lease ends.",
        ),
        # Before the comma, a condition or a purpose is no clause of its own.
        TransformExample(
            "If you still see a second charge on your statement after Friday, we will refund "
            "it straight away.",
            "If you still see a second charge on your statement after Friday, we will refund "
            "it straight away.",
        ),
        TransformExample(
            "Pour fêter nos dix ans avec vous tous, on vous invite le vendredi 12 juin à la "
            "crêperie.",
            "Pour fêter nos dix ans avec vous tous, on vous invite le vendredi 12 juin à la "
            "crêperie.",
            lang="fr",
        ),
        # A press note does not write the spoken comma splice: left to its own editor.
        TransformExample(
            "Vous pouvez rapporter le fromage à la boutique ou au marché de Crest le mardi, il "
            "vous sera remboursé.",
            "Vous pouvez rapporter le fromage à la boutique ou au marché de Crest le mardi, il "
            "vous sera remboursé.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
        # An order said politely ("Please" / « Merci de » + infinitive) is a clause of its
        # own; thanks (« Merci de votre confiance ») is not.
        TransformExample(
            "Please bring the jar back to the shop where you bought it before Saturday, and we "
            "will refund you in full.",
            "Please bring the jar back to the shop where you bought it before Saturday. We "
            "will refund you in full.",
        ),
        TransformExample(
            "Merci de nous rapporter le pot à la boutique de Carpentras avant samedi, et nous "
            "vous rembourserons sans ticket de caisse.",
            "Merci de nous rapporter le pot à la boutique de Carpentras avant samedi. Nous "
            "vous rembourserons sans ticket de caisse.",
            lang="fr",
        ),
        TransformExample(
            "Merci de votre confiance depuis toutes ces années à la boutique de Carpentras, et "
            "nous vous attendons samedi.",
            "Merci de votre confiance depuis toutes ces années à la boutique de Carpentras, et "
            "nous vous attendons samedi.",
            lang="fr",
        ),
        # A series of three predicates sharing a subject pronoun: cut before the second, the
        # subject (and its auxiliary) written again; not under a negation.
        TransformExample(
            "In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and kept an estimated 11 "
            "tonnes of metal out of landfill.",
            "In 2025 we fixed 4,812 bikes. We sold 390 refurbished ones and kept an estimated 11 "
            "tonnes of metal out of landfill.",
        ),
        TransformExample(
            "This year we'll repair your bikes, sell you refurbished ones and keep an estimated "
            "11 tonnes of metal out of landfill.",
            "This year we'll repair your bikes. We'll sell you refurbished ones and keep an "
            "estimated 11 tonnes of metal out of landfill.",
        ),
        TransformExample(
            "In 2025 we didn't fix 4,812 bikes, sell 390 refurbished ones or keep an estimated "
            "11 tonnes of metal out of landfill.",
            "In 2025 we didn't fix 4,812 bikes, sell 390 refurbished ones or keep an estimated "
            "11 tonnes of metal out of landfill.",
        ),
        # An order whose verb is spelled as its past ("Put", "Set"), and one after a fronted
        # condition, are orders all the same.
        TransformExample(
            "Put your name on the list at the counter (lunch, dinner or both) and our team "
            "calls you the day before with the menu.",
            "Put your name on the list at the counter (lunch, dinner or both). Our team "
            "calls you the day before with the menu.",
        ),
        TransformExample(
            "If your order hasn't arrived by Friday, just reply to the confirmation email and "
            "our team will send a new one straight away.",
            "If your order hasn't arrived by Friday, just reply to the confirmation email. "
            "Our team will send a new one straight away.",
        ),
        TransformExample(
            "Made with flour from the mill down the road and baked every morning in our old "
            "wood oven since the spring of 1987.",
            "Made with flour from the mill down the road and baked every morning in our old "
            "wood oven since the spring of 1987.",
        ),
        # A series the parser reads as a clause of the first verb ("…, learn…, and get…").
        TransformExample(
            "You'll answer calls from customers across the region, write up repair tickets and "
            "basic quotes, and keep the workshop diary up to date.",
            "You'll answer calls from customers across the region. You'll write up repair "
            "tickets and basic quotes, and keep the workshop diary up to date.",
        ),
        # A bare comma before a noun subject, as before a subject pronoun.
        TransformExample(
            "Vous choisissez vos paniers une fois pour toute la saison, la coopérative vous les "
            "prépare chaque vendredi à la ferme de Cuers.",
            "Vous choisissez vos paniers une fois pour toute la saison. La coopérative vous les "
            "prépare chaque vendredi à la ferme de Cuers.",
            lang="fr",
        ),
        TransformExample(
            "We repaired the roof over the summer holidays, the new studio upstairs opens to "
            "all our members on Monday 7 September.",
            "We repaired the roof over the summer holidays. The new studio upstairs opens to "
            "all our members on Monday 7 September.",
        ),
        # A noun and its participle say a detail, not a clause ("breakfast included").
        TransformExample(
            "To celebrate the reopening, rooms are available from £145 per night, breakfast "
            "included, for stays before 30 April.",
            "To celebrate the reopening, rooms are available from £145 per night, breakfast "
            "included, for stays before 30 April.",
        ),
        TransformExample(
            "Pour fêter nos dix ans avec vous, la boutique vous offre un café et une part de "
            "tarte tout le week-end du 12 juin.",
            "Pour fêter nos dix ans avec vous, la boutique vous offre un café et une part de "
            "tarte tout le week-end du 12 juin.",
            lang="fr",
        ),
        # Two clauses that each stand alone, however the parse of the whole hangs them: at
        # "so", a lone dash, a bare « et » after a colon's clause, a comma and « et ».
        TransformExample(
            "Our card machines are down this morning at the shop on the corner, so it's cash "
            "only at the counter until we're back up — there's a cash machine two doors down "
            "at the post office.",
            "Our card machines are down this morning at the shop on the corner. It's cash "
            "only at the counter until we're back up. There's a cash machine two doors down "
            "at the post office.",
        ),
        TransformExample(
            "Pas de marché ce samedi sur la place de la mairie : un arbre est tombé dans la "
            "nuit et la ville a fermé tout le quartier.",
            "Pas de marché ce samedi sur la place de la mairie : un arbre est tombé dans la "
            "nuit. La ville a fermé tout le quartier.",
            lang="fr",
        ),
        TransformExample(
            "Jusqu'à la fin du mois, toutes les plantes vivaces sont à moitié prix, et on "
            "aimerait vous voir une dernière fois à la pépinière pour un café.",
            "Jusqu'à la fin du mois, toutes les plantes vivaces sont à moitié prix. On "
            "aimerait vous voir une dernière fois à la pépinière pour un café.",
            lang="fr",
        ),
        # A present spelled as its participle ("come") with its subject is a clause.
        TransformExample(
            "Tastings are $15 a head, refunded when you buy two bottles or more, and kids "
            "under 12 come in free.",
            "Tastings are $15 a head, refunded when you buy two bottles or more. Kids under 12 "
            "come in free.",
        ),
        # An object pronoun is no subject; a participle after a noun is no clause.
        TransformExample(
            "Le sentier des douaniers part à 800 m du camping et vous mène jusqu'à la plage de "
            "la Fontaine en quarante minutes de marche facile.",
            "Le sentier des douaniers part à 800 m du camping et vous mène jusqu'à la plage de "
            "la Fontaine en quarante minutes de marche facile.",
            lang="fr",
        ),
        TransformExample(
            "This year the pies are made with flour from the mill down the road and apples "
            "picked in the orchards of central Massachusetts.",
            "This year the pies are made with flour from the mill down the road and apples "
            "picked in the orchards of central Massachusetts.",
        ),
        # The link stays as written; only the comma and the conjunction change.
        TransformExample(
            "Reserve your seat for the launch evening at https://quaysidebooks.example/events, "
            "and we will keep a signed copy of the novel aside for you.",
            "Reserve your seat for the launch evening at https://quaysidebooks.example/events. "
            "We will keep a signed copy of the novel aside for you.",
            profile={"sentences": {"target_words": 8, "max_words": 14}},
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.lang in ("en", "fr")

    def edits(self, text: str, target: Target) -> list[Edit]:
        policy = target.voice.sentences
        limit = longest(target.voice)
        skipped = not_words(text)

        def count(start: int, end: int) -> int:
            return count_words(text, start, end, skipped)

        if not any(
            count(s, e) > limit and may_split(text, s, e, target.lang)
            for s, e in _rough_sentences(text)
        ):
            return []  # the parse of a text with nothing to cut is someone else's cost
        long = [(s, e) for s, e in _sentences(text, target) if count(s, e) > limit]
        doc = parse(target.lang, text)
        formal = direction(target.voice) is Direction.FORMAL
        edits: list[Edit] = []
        guard: _Guard | None = None
        offsets = TokenOffsets(doc)
        for start, end in long:
            points = list(split_points(doc, start, end, target.lang, formal, offsets))
            if not points:
                continue
            guard = guard or _Guard(text, target)
            safe = [p for p in points if guard.allows(p)]
            reason = (
                f"split: {count(start, end)} words, the {target.voice.name} voice keeps "
                f"sentences to {limit} (aims at {policy.target_words})"
            )
            for point in _cuts(safe, start, end, count, limit):
                edits.append(Edit(point.start, point.end, point.replacement, reason))
        return edits


def long_sentences(text: str, voice: VoiceProfile) -> list[tuple[int, int]]:
    """The sentences of ``text`` longer than :func:`longest` allows ``voice``, cut at every
    full stop, "!", "?" and line break (never longer than the checks' sentences), trimmed:
    what a transform that cuts sentences in its own way looks at first."""
    limit = longest(voice)
    skipped = not_words(text)
    spans = (trimmed(text, start, end) for start, end in _rough_sentences(text))
    return [(s, e) for s, e in spans if count_words(text, s, e, skipped) > limit]


def longest(voice: VoiceProfile) -> int:
    """The longest sentence the adaptation leaves for ``voice``: its ``max_words``; for a
    casual voice, halfway from its ``target_words`` to that, since a chatty post reads as
    such only when most sentences are near the target, not just under the maximum."""
    policy = voice.sentences
    if direction(voice) is Direction.CASUAL:
        return (policy.target_words + policy.max_words + 1) // 2
    return policy.max_words


class _Guard:
    """Whether a cut leaves protected spans and facts alone (both looked up once)."""

    def __init__(self, text: str, target: Target) -> None:
        self.protected = protected_spans(text, target.protected_names)
        # In text order and none overlapping, so their ends grow too: found by bisection.
        facts = extract_facts(text, target.lang, target.protected_names)
        self.fact_starts = [f.start for f in facts]
        self.fact_ends = [f.end for f in facts]

    def allows(self, point: SplitPoint) -> bool:
        start, end = point.start, max(point.end, point.right_start)
        if self.protected.overlaps(start, end):
            return False
        # The first fact ending after ``start`` is the only one that may overlap the cut.
        index = bisect.bisect_right(self.fact_ends, start)
        return not (index < len(self.fact_starts) and self.fact_starts[index] < end)


def _rough_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences cut at every full stop, "!", "?" and line break: never longer than spaCy's,
    which may read across an abbreviation's stop but not across a line (see
    :func:`_sentences`)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _ROUGH_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _sentences(text: str, target: Target) -> list[tuple[int, int]]:
    """The sentences of ``text`` as the checks see them (cut at line breaks, trimmed), but
    for a semicolon: spaCy ends a sentence there, a reader does not."""
    doc = parse(target.lang, text)
    spans = sentence_spans(text, [(s.start_char, s.end_char) for s in doc.sents])
    merged: list[tuple[int, int]] = []
    for start, end in (trimmed(text, start, end) for start, end in spans):
        if merged and text[merged[-1][1] - 1] == ";" and "\n" not in text[merged[-1][1] : start]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _cuts(
    points: Sequence[SplitPoint], start: int, end: int, count: Counter, max_words: int
) -> list[SplitPoint]:
    """The points to cut ``text[start:end]`` at: none if it is short enough, else the one
    nearest its middle that leaves two pieces of :data:`MIN_WORDS` words, and the cuts of
    each piece."""
    if count(start, end) <= max_words:
        return []
    sizes = {
        point: (count(start, point.left_end), count(point.right_start, end))
        for point in points
        if start < point.left_end and point.right_start < end
    }
    fitting = {p: s for p, s in sizes.items() if min(s) >= MIN_WORDS}
    if not fitting:
        return []
    best = min(fitting, key=lambda p: (abs(fitting[p][0] - fitting[p][1]), p.left_end))
    return [
        *_cuts(points, start, best.left_end, count, max_words),
        best,
        *_cuts(points, best.right_start, end, count, max_words),
    ]


TRANSFORMS = (SplitSentences(),)
