"""A casual post speaks as the brand, in the first person, as a page's own post does:
« La Cave du Port ouvre ses portes samedi » → « On ouvre nos portes samedi », "The Green
Fork is looking for a line cook to join our kitchen" → "We're looking for a line cook…".

The opposite of the press note's third person
(:mod:`brandvoice.adaptation.transforms.press_lead`), and what tells the two voices apart
first. A sentence whose subject is the brand's name (with an article or a common noun
before it: « le salon Mèches & Co ») speaks in the voice's person: « on » (the verb stays
in the third person singular), « nous » (the verb in the first person plural, from
:mod:`brandvoice.text.french.verbs`) or "we"; « son »/« sa »/« ses » and "its" in that
clause become « notre »/« nos » and "our". Only for the brand the profile names
(``brand_name``), and only on Facebook and Instagram, where the page's name heads every
post: on X, a post travels alone (quoted, embedded, screenshotted), so the name it gives
stays. A subject that agrees with what follows (« La Cave est fermée », which « on »
would need in the plural and « nous » in the brand's gender) stays as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording import english
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.text.french import Tense, first_plural
from brandvoice.text.protect import protected_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_BRAND = {"brand_name": "La Cave du Port"}
_BRAND_EN = {"brand_name": "The Green Fork"}
# The networks whose posts appear under the page's name.
_UNDER_PAGE_NAME = frozenset({"facebook", "instagram"})
# What may stand before the name in its subject: an article and a common noun.
_BEFORE_NAME = regex.compile(r"(?:(?i:le|la|les|l['’]|the)\s*)?(?:\p{Ll}[\p{Ll}-]*\s+)?")
# The same words when the parser leaves them out of the subject (« la coopérative Les
# Paniers du Haut-Var », read as an apposition): they go with the name.
_BEFORE_SUBJECT = regex.compile(
    r"(?:(?i:\b(?:le|la|les|the)\s+|\bl['’])(?:\p{Ll}[\p{Ll}-]*\s+)?)?$"
)
# Where a subject may start: a sentence, a line, a clause after a comma, a colon or "and".
_CLAUSE_END = regex.compile(
    r"(?:^|[.!?…:;,\n]|[\p{So}\p{Sk}\p{M}\p{Cf}]|(?i:\bet|\band|\bmais|\bbut|\bso))\s*$"
)
_FR_BETWEEN = frozenset(
    {
        "ne",
        "n'",
        "n’",
        "se",
        "s'",
        "s’",
        "vous",
        "y",
        "en",
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "lui",
        "leur",
    }
)
_FR_POSSESSIVE = {"son": "notre", "sa": "notre", "ses": "nos"}
_EN_POSSESSIVE = {"its": "our", "itself": "ourselves"}
_EN_BASE = {"is": "are", "has": "have", "does": "do", "was": "were"}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
# "The Green Fork in Leeds is looking": the place stays, in front ("Here in Leeds, we're…").
_IN_PLACE = regex.compile(r"\s+in\s+\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*")


class FirstPerson(Transform):
    id = "first-person"
    stage = Stage.BODY
    # The brand's name is protected from every other edit; this one replaces it whole,
    # and keeps off every other protected span itself (see edits()).
    edits_protected = True
    # After the person transform (50), which makes the master's « nous » « on »; before
    # the sentences are split or merged.
    order = 51
    summary = (
        "A casual post on Facebook or Instagram speaks as the brand: a sentence whose "
        "subject is the brand's name says 'we'/« on » ('The Green Fork is looking for' → "
        "'We're looking for')."
    )
    examples = (
        TransformExample(
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "On ouvre nos portes le samedi 4 avril à Bandol.",
            lang="fr",
            profile=_BRAND,
        ),
        TransformExample(
            "La Cave du Port ouvre ses portes le samedi 4 avril à Bandol.",
            "Nous ouvrons nos portes le samedi 4 avril à Bandol.",
            lang="fr",
            profile={**_BRAND, "person": "we"},
        ),
        TransformExample(
            "We're hiring! The Green Fork is looking for a line cook to join our kitchen.",
            "We're hiring! We're looking for a line cook to join our kitchen.",
            profile=_BRAND_EN,
        ),
        TransformExample(  # the place the name carried stays, in front
            "We're hiring! The Green Fork in Leeds is looking for a line cook.",
            "We're hiring! Here in Leeds, we're looking for a line cook.",
            profile=_BRAND_EN,
        ),
        TransformExample(
            "Good news: The Green Fork reopens on Thursday and has a new menu.",
            "Good news: we reopen on Thursday and have a new menu.",
            profile=_BRAND_EN,
        ),
        TransformExample(  # the article and common noun before the name go with it
            "L'atelier Terre d'Ocre fait une pause estivale. La coopérative Terre d'Ocre a "
            "livré 400 paniers.",
            "On fait une pause estivale. On a livré 400 paniers.",
            lang="fr",
            profile={"brand_name": "Terre d'Ocre"},
        ),
        TransformExample(
            "Doors open! Northern Grind is now serving at 5 Kirkgate Arcade, Leeds, from 7.30am.",
            "Doors open! We're now serving at 5 Kirkgate Arcade, Leeds, from 7.30am.",
            profile={"brand_name": "Northern Grind"},
        ),
        # A series of verbs the parser does not tie to the name: the sentence stays.
        TransformExample(
            "Tallybook sends the invoice, chases late payers and reconciles the payment.",
            "Tallybook sends the invoice, chases late payers and reconciles the payment.",
            profile={"brand_name": "Tallybook"},
        ),
        # « fermée » agrees with the name: « on » would need it plural, the sentence stays.
        TransformExample(
            "La Cave du Port est fermée lundi.",
            "La Cave du Port est fermée lundi.",
            lang="fr",
            profile=_BRAND,
        ),
        # The name as a place, not a subject, stays.
        TransformExample(
            "Come and see us at The Green Fork on Sunday.",
            "Come and see us at The Green Fork on Sunday.",
            profile=_BRAND_EN,
        ),
        # On X, the post may be read away from the account: the name stays.
        TransformExample(
            "The Green Fork is looking for a line cook.",
            "The Green Fork is looking for a line cook.",
            network="x",
            profile=_BRAND_EN,
        ),
        # A press note speaks of the brand in the third person.
        TransformExample(
            "The Green Fork is looking for a line cook.",
            "The Green Fork is looking for a line cook.",
            voice="corporate",
            network="website",
            profile=_BRAND_EN,
        ),
    )

    def applies(self, target: Target) -> bool:
        voice = target.voice
        return (
            target.network.id in _UNDER_PAGE_NAME
            and direction(voice) is Direction.CASUAL
            and voice.person in ("on", "we")
            # « on » is French only: in English a voice with person 'on' says "we".
            and bool(voice.brand_name)
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        brand = target.voice.brand_name
        assert brand is not None  # applies() saw to it
        name = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(brand)}(?![\p{{L}}\p{{N}}_])")
        if not name.search(text):
            return []
        doc = parse(target.lang, text)
        reason = f"a casual post speaks as {brand}, in the first person"
        edits: list[Edit] = []
        for match in name.finditer(text):
            said = _subject_of(doc, match.start(), match.end())
            if said is None:
                continue
            subject, place = said
            if target.lang == "fr":
                found = [] if place else _french(subject, target.voice.person, reason)
            else:
                found = _english(subject, place, reason)
            if found and not any(_overlap(a, b) for a in found for b in edits):
                edits.extend(found)
        others = tuple(n for n in target.protected_names if n != brand)
        spans = protected_spans(text, others)  # the name itself is the edit
        kept = [e for e in edits if not spans.overlaps(e.start, e.end)]
        left = [
            m.span() for m in name.finditer(text) if not any(_within(m.span(), e) for e in kept)
        ]
        if kept and not left:
            # The name is gone on purpose: the page's name heads the post.
            first = kept[0]
            kept[0] = Edit(first.start, first.end, first.replacement, first.reason, (brand,))
        return kept


def _within(span: tuple[int, int], edit: Edit) -> bool:
    start, end = span
    return edit.start <= start and end <= edit.end


def _overlap(a: Edit, b: Edit) -> bool:
    return a.start < b.end and b.start < a.end


def _subject_of(doc: Doc, start: int, end: int) -> tuple[Span, str] | None:
    """The subject whose words are the name at ``start``-``end`` (and an article or a
    common noun before it), with the place said after the name ("in Leeds"), or None."""
    for token in doc:
        if token.dep_ not in _SUBJECT_DEPS:
            continue
        words = doc[token.left_edge.i : token.right_edge.i + 1]
        if words.start_char > start or words.end_char < end:
            continue
        place = doc.text[end : words.end_char]
        if place and not _IN_PLACE.fullmatch(place):
            continue
        if not _BEFORE_NAME.fullmatch(doc.text[words.start_char : start]):
            continue
        before = _BEFORE_SUBJECT.search(doc.text, 0, words.start_char)
        first = before.start() if before else words.start_char
        if not _CLAUSE_END.search(doc.text, 0, first):
            return None  # « la coopérative on a livré »: the name is not the whole subject
        if first < words.start_char:
            span = doc.char_span(first, words.end_char, alignment_mode="expand")
            if span is None:
                return None
            words = span
        return words, place.strip()
    return None


def _head(subject: Span) -> Token:
    return next(t for t in subject if t.dep_ in _SUBJECT_DEPS)


def _capital(subject: Span) -> bool:
    """Whether the subject starts a sentence (after a full stop, a line or an emoji)."""
    before = subject.doc.text[: subject.start_char].rstrip()
    return (
        not before
        or before[-1] in ".!?…\n"
        or (not before[-1].isalnum() and before[-1] not in ",:;'’(«\"-–")
    )


def _word(word: str, capital: bool) -> str:
    return word[:1].upper() + word[1:] if capital else word


def _possessives(verb: Token, table: dict[str, str], reason: str) -> list[Edit]:
    """The sentence's « ses »/"its" after the verb, now the brand's own: « nos », "our";
    up to another subject, whose they could be."""
    edits = []
    for token in verb.sent:
        if token.i <= verb.i:
            continue
        if token.dep_ in _SUBJECT_DEPS:
            break
        mine = table.get(token.lower_)
        if mine is not None:
            edits.append(
                Edit(
                    token.idx, token.idx + len(token), _word(mine, token.text[0].isupper()), reason
                )
            )
    return edits


def _french(subject: Span, person: str, reason: str) -> list[Edit]:
    doc = subject.doc
    head = _head(subject)
    verb = head.head
    finite = verb
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
    if auxiliaries:
        finite = auxiliaries[0]
    if finite.i < subject.end or "3" not in finite.morph.get("Person", ["3"]):
        return []
    if any(t.lower_ not in _FR_BETWEEN for t in doc[subject.end : finite.i]):
        return []
    if finite.lemma_ == "être":
        return []  # « est fermée », « est ravie »: agrees with the name's gender
    capital = _capital(subject)
    edits = []
    if person == "on":
        edits.append(Edit(subject.start_char, subject.end_char, _word("on", capital), reason))
    else:
        tense = {"Fut": Tense.FUTURE, "Imp": Tense.IMPERFECT}.get(
            (finite.morph.get("Tense", []) or ["Pres"])[0], Tense.PRESENT
        )
        plural = first_plural(finite.lemma_.lower(), tense)
        if plural is None or any(
            t.lower_ in ("se", "s'", "s’") for t in doc[subject.end : finite.i]
        ):
            return []
        edits.append(Edit(subject.start_char, subject.end_char, _word("nous", capital), reason))
        edits.append(Edit(finite.idx, finite.idx + len(finite), plural, reason))
    return edits + _possessives(verb, _FR_POSSESSIVE, reason)


def _english(subject: Span, place: str, reason: str) -> list[Edit]:
    doc = subject.doc
    head = _head(subject)
    verb = head.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i >= subject.end]
    finite = auxiliaries[0] if auxiliaries else verb
    if finite.i < subject.end or finite.text[:1] in "'’":
        return []
    if any(t.pos_ != "ADV" for t in doc[subject.end : finite.i]):
        return []
    plural = _english_plural(finite)
    if plural is None or _unsure_series(verb):
        return []
    capital = _capital(subject)
    if place and not capital:
        return []  # "Here in Leeds, we…" only where a sentence starts
    we = f"Here {place}, we" if place else _word("we", capital)
    following = doc[finite.i + 1] if finite.i + 1 < len(doc) else None
    if (
        plural == "are"
        and following is not None
        and not following.is_punct
        and finite.i == subject.end
    ):
        # Casual: "We're looking", the contraction a page's own post uses.
        return [
            Edit(subject.start_char, finite.idx + len(finite), f"{we}'re", reason),
            *_english_conjuncts(verb, subject, reason),
            *_possessives(verb, _EN_POSSESSIVE, reason),
        ]
    edits = [Edit(subject.start_char, subject.end_char, we, reason)]
    if plural != finite.text:
        edits.append(Edit(finite.idx, finite.idx + len(finite), plural, reason))
    return (
        edits
        + _english_conjuncts(verb, subject, reason)
        + _possessives(verb, _EN_POSSESSIVE, reason)
    )


def _english_plural(finite: Token) -> str | None:
    """``finite`` agreeing with "we": "is" → "are", "reopens" → "reopen"; a past or a modal
    stays; None when it cannot be told."""
    word = finite.lower_
    if word in _EN_BASE:
        return _EN_BASE[word] if finite.text.islower() else _EN_BASE[word].capitalize()
    if finite.tag_ in ("MD", "VBD"):
        return finite.text
    if finite.tag_ == "VBZ" and english.third_person(finite.lemma_.lower()) == word:
        return finite.lemma_.lower()
    return None


def _english_conjuncts(verb: Token, subject: Span, reason: str) -> list[Edit]:
    """Verbs coordinated with the subject's that share it ("reopens and has")."""
    edits = []
    for other in verb.conjuncts:
        if other.i < verb.i or any(c.dep_ in _SUBJECT_DEPS for c in other.children):
            continue
        if other.tag_ == "VBZ":
            plural = _english_plural(other)
            if plural is not None and plural != other.text:
                edits.append(Edit(other.idx, other.idx + len(other), plural, reason))
    return edits


def _unsure_series(verb: Token) -> bool:
    """Whether a series of verbs after ``verb`` may share its subject without the parser
    saying so ("Tallybook sends the invoice, chases late payers and reconciles the
    payment": "chases" read as a noun): "we" would leave them in the third person."""
    shared = {other.i for other in verb.conjuncts}
    for token in verb.sent:
        if token.i <= verb.i or token.i in shared or token.i == 0:
            continue
        if token.doc[token.i - 1].lower_ not in (",", "and", "or") or not token.is_lower:
            continue  # a capital is a name ("…Arcade, Leeds, from 7.30am"), not a verb
        if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            continue
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        looks_like_verb = (
            token.tag_ == "NNS"
            and following is not None
            and following.pos_
            in (
                "DET",
                "ADJ",
                "NOUN",
                "PRON",
                "NUM",
            )
        )
        if token.tag_ == "VBZ" or looks_like_verb:
            return True
    return False


TRANSFORMS = (FirstPerson(),)
