"""Where a long sentence can be cut in two, read from its dependency parse.

Two kinds of safe points, French and English:

- a semicolon between two clauses: "we bake at dawn; our cheese comes from the farm";
- a comma and a coordinating conjunction that joins two independent clauses: ", and we
  open at 8" / ", mais le nombre de places est limité".

A point is safe only when both sides are clauses of their own, each with a predicate that
has its own subject on its side of the cut ("bread, cheese and wine" has none, nor has
"book now, and pay at the door"), and when the parse crosses the cut only by the link that
joins the two clauses: a relative clause, a list or a shared object hanging across the cut
keeps the sentence whole. Nothing after a colon is cut (the colon introduces a list or an
explanation that runs to the sentence's end), but at a conjunction after a whole sentence
the colon introduced ("Apologies to all who booked: our system was down until this
morning, and some of you got…"); nor anything inside brackets or quotes.

What the conjunction becomes depends on the voice: every voice drops "and" / "et" (a
sentence opening on it reads as a split left half done, in a post as in a press note: "A
van broke down on the M6. Our courier couldn't…") and keeps "But" / "Mais" (which usage
guides accept at a sentence's start); a casual voice may open a sentence with "Or", a
formal one is not cut at "so", "or", "car", "donc" or "puis", which would only read as
spoken.

A casual voice is also cut where a bare comma joins two clauses, the second opening on its
subject pronoun (« Rapportez-le au marché, il vous sera remboursé » → « … au marché. Il
vous sera remboursé. », "Send us a few lines, we reply to everyone"), or on "so" with a
subject of its own, "so" dropped as "and" is ("…out in time, so around 300 deliveries are
late" → "… in time. Around 300 deliveries are late"): spoken style, which a chatty post
may write and a press note does not. Each side must be a clause of its own (a subject, or
an order opening the sentence, "Please" / « Merci de » + infinitive included) and the two
clauses the only link across the comma: "If you can, we…" and « Pour fêter ça, on… » stay
whole. For the same voices "and" / "et" with no comma before it is a point too, under the
rules of the comma and conjunction: "Sign up before January 31 and we'll waive the fee" →
"… before January 31. We'll waive the fee" ("we fixed 4,812 bikes and kept 11 tonnes out
of landfill" has no second subject and stays whole); and before a reason, its "because" /
« parce que » dropped: "We're recalling batch 2611 because a few jars may contain glass" →
"… batch 2611. A few jars may contain glass" (not after a negation, whose reason the cut
would turn into a claim). A series of three or more predicates sharing a subject pronoun
is cut before the second, the subject and its auxiliaries written again: "In 2025 we fixed
4,812 bikes, sold 390 and kept 11 tonnes out of landfill" → "… we fixed 4,812 bikes. We
sold 390 and kept…" (not under a negation, nor with an adverb between the subject and the
verb).

An order is a clause of its own too when its verb is spelled as its past ("Set a schedule
once… and Tallybook sends…") or follows a fronted condition and its comma ("If your order
hasn't arrived, just reply… and our team will…"); a bare comma may open the second clause
on a noun subject as on a pronoun (« …une fois, l'appli vous propose… »). Where the parse of
the whole sentence hangs the two clauses on each other in another way, a casual voice still
cuts at a comma and conjunction, "and" / « et » alone (no comma before it in the sentence),
"so" or a lone spaced dash ("…until we're back up — there's an ATM…") when each side, parsed
alone, is one conjugated clause with its own subject that agrees with it and no
subordinator (« …et vous mène jusqu'à la plage » has none: « vous » is its object).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.wording.offsets import doc_text, token_starts
from brandvoice.nlp import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class Formal(Enum):
    """What a formal voice does with a conjunction at a cut."""

    KEEP = "keep"  # ". But we..." reads well in any register
    DROP = "drop"  # ". We..." : the conjunction only said "and"
    NO_CUT = "no-cut"  # only a casual voice opens a sentence with it


# Kept small and in code: the conjunctions that join clauses, by language.
CONJUNCTIONS: dict[str, dict[str, Formal]] = {
    "en": {
        "and": Formal.DROP,
        "but": Formal.KEEP,
        "yet": Formal.KEEP,
        "so": Formal.NO_CUT,
        "or": Formal.NO_CUT,
    },
    "fr": {
        "et": Formal.DROP,
        "mais": Formal.KEEP,
        "car": Formal.NO_CUT,
        "donc": Formal.NO_CUT,
        "puis": Formal.NO_CUT,
    },
}

# Subject pronouns that open the second of two clauses a bare comma joins ("…, we reply to
# everyone"), and the casual "so" cut before (and dropped, as "and" is): casual voices only.
COMMA_SUBJECTS: dict[str, frozenset[str]] = {
    "en": frozenset({"we", "it", "they", "he", "she", "i", "you", "there"}),
    "fr": frozenset({"il", "elle", "ils", "elles", "on", "nous", "je", "vous"}),
}
# The words a noun subject opens on after such a comma ("…, the kitchen flooded", « …,
# l'appli vous propose »), or a capital (a name): a look that spares the parse.
NOUN_SUBJECT_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"the", "our", "your", "their", "this", "these", "that", "those", "every", "each"}
        | {"a", "an", "my", "its", "his", "her"}
    ),
    "fr": frozenset(
        {"le", "la", "les", "l'", "l’", "un", "une", "des", "notre", "nos", "votre", "vos"}
        | {"ce", "cet", "cette", "ces", "chaque", "leur", "leurs", "mon", "ma", "mes", "son"}
        | {"sa", "ses"}
    ),
}
COMMA_SO: dict[str, frozenset[str]] = {"en": frozenset({"so"}), "fr": frozenset()}
# The conjunction a casual voice also cuts at with no comma before it, when a clause with
# its own subject follows: "Sign up before January 31 and we'll waive the fee" → "… before
# January 31. And we'll waive the fee".
BARE_CONJUNCTIONS: dict[str, frozenset[str]] = {"en": frozenset({"and"}), "fr": frozenset({"et"})}
# What a casual voice does with a conjunction at a cut: keeps it ("But", « Mais », "Or"),
# but for "and" / "et", dropped as a formal voice drops it: a community manager writes "A
# van broke down. Our courier couldn't…", not "… And our courier couldn't…".
CASUAL_DROPS: dict[str, frozenset[str]] = {"en": frozenset({"and"}), "fr": frozenset({"et"})}
# The subordinator of a reason that a casual voice drops to make the reason a sentence of
# its own: "We're recalling batch 2611 because a few jars may contain glass" → "… batch
# 2611. A few jars may contain glass" (French « parce que », its « que » dropped with it).
BECAUSE: dict[str, tuple[str, str]] = {"en": ("because", ""), "fr": ("parce", "que")}
_NEGATIONS = frozenset({"not", "n't", "never", "ne", "n'", "pas", "jamais"})
# The links by which the two clauses of a comma splice hang on each other.
_CLAUSE_LINKS = frozenset({"advcl", "parataxis", "conj", "ccomp"})

# Links that may cross a cut besides the one between the two clauses: punctuation, the
# conjunction itself, and clauses the parser hangs on the first predicate after the second
# one ("..., but seats are few: book now" attaches "book" to the first clause).
_LOOSE_LINKS = frozenset({"punct", "cc", "conj", "advcl", "parataxis"})
_CLOSING = {"(": ")", "[": "]", "«": "»", "“": "”"}
# How the words before an order may hang on it: a fronted condition or time and its comma,
# "just" ("If you've got an allergy…, just tell whoever takes your order").
_FRONTED = frozenset({"advcl", "advmod", "prep", "npadvmod", "punct", "obl", "mark"})
# A colon that introduces something, not the one inside "10:30" or "https://".
_INTRODUCING_COLON = regex.compile(r":(?=\s|$)")
_DASHES = frozenset({"—", "–"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})  # English's conjugated forms
MIN_CLAUSE_WORDS = 4  # a side of a cut read alone: fewer reads as a fragment
# The words before a French verb that say it is no order: its subject, a pronoun object.
_BEFORE_CONJUGATED = frozenset(
    {"vous", "nous", "tu", "on", "je", "il", "elle", "ils", "elles", "ne", "n'", "n’"}
    | {"le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "se", "s'", "s’", "me", "te"}
)
# A space French typography puts before ";", removed with it: the new stop takes none.
_SPACES_BEFORE = " \u00a0\u202f\u2009"


def may_split(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` holds a semicolon or a comma before a conjunction: a
    look that spares the parse of a sentence with no point to cut at."""
    return _candidate(lang).search(text, start, end) is not None


@cache
def _candidate(lang: str) -> regex.Pattern[str]:
    words = "|".join(
        sorted(
            {
                *CONJUNCTIONS.get(lang, {}),
                *COMMA_SUBJECTS.get(lang, ()),
                *COMMA_SO.get(lang, ()),
                *NOUN_SUBJECT_OPENERS.get(lang, ()),
            }
        )
    )
    # An elided article runs into its noun (« l'appli »): no word boundary after it.
    elided = "|".join(w for w in NOUN_SUBJECT_OPENERS.get(lang, ()) if w[-1] in "'’")
    after_comma = rf",\s+(?:(?:{words})(?!\p{{L}})" + (f"|{elided})" if elided else ")")
    # Words a casual voice cuts before with no comma: "and", "because".
    bare = "|".join(sorted({*BARE_CONJUNCTIONS.get(lang, ()), _because(lang)} - {""}))
    if bare:
        return regex.compile(rf";|\s[—–]\s|{after_comma}|\s(?:{bare})\s", regex.IGNORECASE)
    return regex.compile(rf";|{after_comma}" if words else ";", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SplitPoint:
    """One place a sentence may be cut: the left half ends at ``left_end``, the right one
    starts at ``right_start``, and ``text[start:end]`` becomes ``replacement``."""

    left_end: int
    right_start: int
    start: int
    end: int
    replacement: str
    word: str  # the conjunction, or ";"


class TokenOffsets:
    """Where each token of a doc starts and ends, for finding a sentence's tokens by
    bisection rather than by a walk over the whole doc (a long text has many sentences)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = token_starts(doc)
        self.ends = [t.idx + len(t.text) for t in doc]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside ``[start, end)``: tokens neither overlap nor go back, so
        their starts and ends both grow and those tokens are one run."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return list(self.doc[first:last]) if first < last else []


def split_points(
    doc: Doc,
    start: int,
    end: int,
    lang: str,
    formal: bool,
    offsets: TokenOffsets | None = None,
) -> Iterator[SplitPoint]:
    """The safe points of the sentence ``doc.text[start:end]``, left to right, written as a
    formal voice or a casual one would. ``offsets`` (of ``doc``) spares the walk over the
    doc when several sentences of it are asked about."""
    offsets = offsets or TokenOffsets(doc)
    tokens = offsets.within(start, end)
    if len(tokens) < 3:
        return
    text = offsets.text
    conjunctions = CONJUNCTIONS.get(lang, {})
    for position in range(1, len(tokens) - 1):
        token, before = tokens[position], tokens[position - 1]
        if _enclosed(text, start, token.idx):
            continue
        at_conjunction = before.text == "," and token.text in conjunctions and position > 1
        bare = (
            not formal
            and not at_conjunction
            and token.text in BARE_CONJUNCTIONS.get(lang, ())
            and (not before.is_punct or before.text in ")»”")
            and position > 1
        )
        at_conjunction = at_conjunction or bare
        colon = _colon_before(text, start, token.idx)
        if colon is not None and not at_conjunction:
            continue
        point: SplitPoint | None = None
        if token.text == ";" or (not formal and _lone_dash(text, tokens, position)):
            point = _semicolon_point(text, tokens, position)
        elif at_conjunction:
            policy = conjunctions[token.text] if formal else _casual_policy(token.text, lang)
            point = _conjunction_point(text, tokens, position, policy, bare=bare)
            if colon is not None and not _sentence_after(tokens[: position - 1], colon):
                point = None
        if point is None and not formal and colon is None and token.lower_ == _because(lang):
            point = _because_point(text, tokens, position)
        if point is None and before.text == "," and not formal and position > 1:
            # "…, so 300 deliveries are late": "so" parsed as a subordinator, not as "and".
            point = _comma_point(text, tokens, position, lang)
        if point is None and before.text == "," and not formal and position > 1:
            point = _series_point(text, tokens, position, lang)
        if point is None and not formal and position > 1:
            left_start = start if colon is None else colon
            point = _standalone_point(text, tokens, position, lang, left_start)
        if point is not None:
            yield point


def _standalone_point(
    text: str, tokens: list[Token], position: int, lang: str, start: int
) -> SplitPoint | None:
    """A casual voice's cut where the parse of the whole sentence hangs two clauses on each
    other in a way the points above do not read (« tous les livres sont à moitié prix, et
    on aimerait… », "…until we're back up — there's an ATM…", « …a cédé dans la rue et la
    ville a coupé l'eau »): at a comma and conjunction, "and" / « et » alone, "so" or a lone
    dash, when the words on each side, parsed alone, are one clause of their own, its
    conjugated verb and its subject, no subordinator ("If you come before noon, and…"
    stays). ``start``: where the left side starts (after a colon that introduces it)."""
    token, before = tokens[position], tokens[position - 1]
    word = token.lower_
    dash = _lone_dash(text, tokens, position)
    joining = word in CONJUNCTIONS.get(lang, {}) or word in COMMA_SO.get(lang, ())
    bare = word in BARE_CONJUNCTIONS.get(lang, ())
    if not dash and not (joining and (before.text == "," or bare)):
        return None
    if position + 1 >= len(tokens):
        return None
    nxt = tokens[position + 1]
    if not _capitalisable(nxt) or (not dash and nxt.pos_ not in ("DET", "PRON", "PROPN")):
        return None  # "…at @bluehillmill and apples picked in…": a noun's list, no subject
    left_end = before.idx if before.text == "," else before.idx + len(before.text)
    if before.text != "," and not dash and "," in text[start:left_end]:
        return None  # "we fixed 4,812 bikes, sold 390 and we kept…": "and" ends a series
    right_end = tokens[-1].idx + len(tokens[-1].text)
    if not _stands_alone(lang, text[start:left_end]) or not _stands_alone(
        lang, text[nxt.idx : right_end]
    ):
        return None
    cut_start = left_end
    while cut_start > 0 and text[cut_start - 1] in _SPACES_BEFORE:
        cut_start -= 1
    space = text[token.idx + len(token.text) : nxt.idx] or " "
    if dash or word in CASUAL_DROPS.get(lang, ()) or word in COMMA_SO.get(lang, ()):
        end, opening = _opening(nxt)
        return SplitPoint(cut_start, nxt.idx, cut_start, end, "." + space + opening, token.text)
    # "But" / « Mais » opens the second sentence, as written.
    between = text[left_end : token.idx].replace(",", "") or " "
    replacement = "." + between + _capitalised(token.text)
    end = token.idx + len(token.text)
    return SplitPoint(cut_start, token.idx, cut_start, end, replacement, token.text)


def _conjugated(predicate: Token) -> bool:
    """Whether ``predicate`` is conjugated, or has a conjugated auxiliary or copula. The
    English tagger reads a plural present after its subject as a base form or, spelled
    alike, a participle ("kids under 12 come in free"): with its subject, it is conjugated
    too; a participle spelled as such is not ("apples picked in…")."""
    if "Fin" in predicate.morph.get("VerbForm", []) or predicate.tag_ in FINITE_TAGS:
        return True
    if any(
        c.dep_.startswith(("aux", "cop"))
        and ("Fin" in c.morph.get("VerbForm", []) or c.tag_ in FINITE_TAGS)
        for c in predicate.children
    ):
        return True
    return (
        predicate.tag_ in ("VB", "VBN")
        and _has_subject(predicate)
        and predicate.lower_ == predicate.lemma_.lower()
    )


def _stands_alone(lang: str, words: str) -> bool:
    """Whether ``words``, parsed alone, are one clause: one head, a conjugated verb (or a
    word with its conjugated copula or auxiliary) with its own subject and no
    subordinator, and :data:`MIN_CLAUSE_WORDS` words or more."""
    # As a sentence of its own: the small models misread a clause with no capital or stop.
    words = _capitalised(words.strip().rstrip(",;:—– "))
    doc = parse(lang, words if words.endswith((".", "!", "?")) else words + ".")
    tokens = [t for t in doc if not t.is_space and not t.is_punct]
    if sum(t.is_alpha or t.like_num for t in tokens) < MIN_CLAUSE_WORDS:
        return False
    heads = [t for t in tokens if t.head.i == t.i or t.head.is_punct]
    if len(heads) != 1:
        return False
    head = heads[0]
    if not _conjugated(head) or not _has_subject(head) or _has_mark(head):
        return False
    # « vous mène jusqu'à… »: an object pronoun read as the subject, which the verb does
    # not agree with.
    verb = next((c for c in head.children if c.dep_.startswith(("aux", "cop"))), head)
    persons = {c.morph.get("Person", [""])[0] for c in head.children if _is_subject(c)} - {""}
    person = verb.morph.get("Person", [""])[0]
    return not (persons and person and person not in persons)


def _series_point(text: str, tokens: list[Token], position: int, lang: str) -> SplitPoint | None:
    """The cut of a casual voice in a series of three or more predicates sharing one subject
    pronoun, at the comma before the second, the subject (and its auxiliaries) written again:
    "In 2025 we fixed 4,812 bikes, sold 390 and kept 11 tonnes out of landfill" → "… we
    fixed 4,812 bikes. We sold 390 and kept…". Not under a negation (whose scope the cut
    would end), nor when anything but the series crosses the comma."""
    verb, comma = tokens[position], tokens[position - 1]
    head = verb.head
    if verb.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX"):
        return None
    # The parser may read the second of three infinitives after "'ll" as a clause of the
    # first ("You'll help…, learn…, and get…"): the same form says it is the series.
    if verb.dep_ != "conj" and not (verb.dep_ == "advcl" and verb.tag_ == head.tag_ == "VB"):
        return None
    if not _main(head) or _has_mark(head) or _has_mark(verb):
        return None
    if any(c.dep_ == "conj" and c.i < verb.i for c in head.children):
        return None  # not the second predicate of the series
    # The parser chains a series: "kept" hangs on "sold", which hangs on "fixed".
    series = [verb]
    while more := [c for c in series[-1].children if c.dep_ == "conj" and c.pos_ == "VERB"]:
        series.append(more[0])
    if len(series) < 2:
        return None  # "we fixed bikes, sold ones": two predicates, a list more than a series
    if any(_is_subject(c) or c.dep_.startswith("aux") for v in series for c in v.children):
        return None
    subjects = [c for c in head.children if _is_subject(c)]
    if len(subjects) != 1 or subjects[0].lower_ not in COMMA_SUBJECTS.get(lang, ()):
        return None
    subject = subjects[0]
    if subject.i > head.i or any(t.lower_ in _NEGATIONS for t in tokens[:position]):
        return None
    left, right = tokens[: position - 1], tokens[position:]
    left_ids, right_ids = {t.i for t in left}, {t.i for t in right}
    if any(t.head.i in right_ids and t.dep_ != "punct" for t in left):
        return None
    if any(
        t.head.i in left_ids and t.dep_ not in ("punct", "cc") and t not in series for t in right
    ):
        return None  # a shared object or a clause hanging across the comma
    # The subject and the auxiliaries between it and the verb, as written ("You'll").
    start, end = subject.idx, head.idx
    if any(
        not (t.dep_.startswith("aux") or t.i == subject.i)
        for t in tokens
        if start <= t.idx < end and not t.is_space
    ):
        return None  # an adverb between them ("we also fixed") would be repeated too
    repeated = _capitalised(text[start:end].rstrip())
    replacement = "." + text[comma.idx + 1 : verb.idx] + repeated + " "
    return SplitPoint(comma.idx, verb.idx, comma.idx, verb.idx, replacement, ",")


def _conjunction_point(
    text: str, tokens: list[Token], position: int, policy: Formal | None, *, bare: bool = False
) -> SplitPoint | None:
    """The cut at ", and" / ", mais"...; ``policy`` is the formal voice's, None for a
    casual voice (which keeps the conjunction). ``bare``: no comma before the conjunction
    (a casual voice's "…before January 31 and we'll waive…")."""
    if policy is Formal.NO_CUT:
        return None
    conjunction, comma = tokens[position], tokens[position - 1]
    left, right = tokens[: position if bare else position - 1], tokens[position:]
    left_ids = {t.i for t in left}
    if any(t.head.i not in left_ids and t.dep_ != "punct" for t in left):
        return None  # something on the left hangs on the right: one clause, not two
    joins = [t for t in right if t.head.i in left_ids and t.dep_ != "punct"]
    joins = [t for t in joins if t.i != conjunction.i]
    if not joins or joins[0].dep_ != "conj" or any(not _loose(t) for t in joins[1:]):
        return None
    predicate = joins[0]
    if not _main(predicate.head) or _has_mark(predicate):
        return None  # "announce that we moved, and that we grew": two subordinate clauses
    if not _has_subject(predicate, after=conjunction.i) or not _conjugated(predicate):
        return None  # "…and apples picked in Massachusetts": a participle, no clause
    if not _has_subject(predicate.head) and not _orders(predicate.head, tokens[0]):
        return None
    if bare and any(
        t.dep_ == "conj" and t.head.i == predicate.head.i and t.i > 0 and t.doc[t.i - 1].text == ","
        for t in left
    ):
        # "we fixed 4,812 bikes, sold 390 and we kept…": the "and" closes a series, and a cut
        # would leave "we fixed 4,812 bikes, sold 390." without it.
        return None
    space = text[comma.idx + 1 : conjunction.idx]
    if policy is Formal.DROP:
        # ", and we look" → ". We look": the edit runs to the end of the next word; with no
        # comma ("…January 31 and we'll"), from the end of the word before the conjunction.
        nxt = tokens[position + 1]
        if not _capitalisable(nxt):
            return None
        end, opening = _opening(nxt)
        dropped = "." + text[conjunction.idx + len(conjunction.text) : nxt.idx] + opening
        start = comma.idx + len(comma.text) if bare else comma.idx
        return SplitPoint(start, nxt.idx, start, end, dropped, conjunction.text)
    end = conjunction.idx + len(conjunction.text)
    if bare:
        # "…January 31 and we'll" → "…January 31. And we'll": the stop goes after the word.
        start = comma.idx + len(comma.text)
        space = text[start : conjunction.idx]
        replacement = "." + space + _capitalised(conjunction.text)
        return SplitPoint(start, conjunction.idx, start, end, replacement, conjunction.text)
    replacement = "." + space + _capitalised(conjunction.text)
    return SplitPoint(comma.idx, conjunction.idx, comma.idx, end, replacement, conjunction.text)


def _comma_point(text: str, tokens: list[Token], position: int, lang: str) -> SplitPoint | None:
    """The cut of a casual voice where a bare comma joins two clauses, the second opening on
    its subject pronoun or on "so" (see the module docstring); None elsewhere."""
    opener, comma = tokens[position], tokens[position - 1]
    word = opener.lower_
    left, right = tokens[: position - 1], tokens[position:]
    left_ids, right_ids = {t.i for t in left}, {t.i for t in right}
    crossing = [t for t in left if t.head.i in right_ids and t.dep_ != "punct"]
    crossing += [t for t in right if t.head.i in left_ids and t.dep_ != "punct"]
    if len(crossing) != 1 or crossing[0].dep_ not in _CLAUSE_LINKS:
        return None  # a relative clause, a list or a shared object across the comma
    link = crossing[0]
    left_predicate = link if link.i in left_ids else link.head
    right_predicate = link if link.i in right_ids else link.head
    if word in COMMA_SO.get(lang, ()):
        marks = [c for c in right_predicate.children if c.dep_ == "mark"]
        if marks != [opener] or not _has_subject(right_predicate, after=opener.i):
            return None
    elif word in COMMA_SUBJECTS.get(lang, ()):
        if opener.head.i != right_predicate.i or not _is_subject(opener):
            return None
        if _has_mark(right_predicate):
            return None
    elif not _opens_noun_subject(opener, right_predicate) or not _conjugated(right_predicate):
        return None
    elif right_predicate.tag_ == "VBD" and not any(
        c.dep_.startswith("aux") for c in right_predicate.children
    ):
        return None  # ", breakfast included, …": a past read where a participle says a detail
    if _has_mark(left_predicate):
        return None  # "If you can, we…": a condition, not a clause of its own
    if not _has_subject(left_predicate) and not (
        opens_with_order(left_predicate, left) or _polite_order(left_predicate, left[0])
    ):
        return None  # « Pour fêter ça, on… »: no clause before the comma
    if word in COMMA_SO.get(lang, ()):
        # ", so 300 deliveries" → ". 300 deliveries": "So" opening a sentence reads as a
        # split left half done, as "And" does; the next word opens it.
        # (Not before a figure: a sentence does not open on one.)
        nxt = tokens[position + 1]
        if not _capitalisable(nxt):
            return None
        end, opening = _opening(nxt)
        replacement = "." + text[opener.idx + len(opener.text) : nxt.idx] + opening
        return SplitPoint(comma.idx, nxt.idx, comma.idx, end, replacement, word)
    if not _capitalisable(opener):
        return None
    end, opening = _opening(opener)
    replacement = "." + text[comma.idx + 1 : opener.idx] + opening
    return SplitPoint(comma.idx, opener.idx, comma.idx, end, replacement, word)


def _opens_noun_subject(opener: Token, predicate: Token) -> bool:
    """Whether ``opener`` is the first word of a noun subject of ``predicate``, a clause with
    no subordinator ("…une fois, l'appli vous propose…", "…last night, the kitchen
    flooded"): a second clause a bare comma joins, as a subject pronoun opens one."""
    if opener.pos_ not in ("DET", "PROPN", "NOUN") or _has_mark(predicate):
        return False
    return any(
        _is_subject(child) and child.pos_ in ("NOUN", "PROPN") and child.left_edge.i == opener.i
        for child in predicate.children
    )


def _casual_policy(conjunction: str, lang: str) -> Formal | None:
    """What a casual voice does with ``conjunction`` at a cut: drops it (:data:`CASUAL_DROPS`)
    or keeps it (None)."""
    return Formal.DROP if conjunction in CASUAL_DROPS.get(lang, ()) else None


def _because(lang: str) -> str:
    return BECAUSE[lang][0] if lang in BECAUSE else ""


def _because_point(text: str, tokens: list[Token], position: int) -> SplitPoint | None:
    """The cut of a casual voice before a reason, its subordinator dropped ("…batch 2611
    because a few jars…" → "…batch 2611. A few jars…"): the reason a clause of its own (a
    subject, a conjugated verb) hung on the main clause, which is no negation ("we're not
    closing because sales are down" says the opposite once cut) and a clause too."""
    because = tokens[position]
    _, second = BECAUSE.get(because.lang_, ("", ""))
    first_right = position + 1
    if second:
        if first_right >= len(tokens) or tokens[first_right].lower_.rstrip("'’") not in (
            second,
            second[:-1],
        ):
            return None
        first_right += 1
    if first_right >= len(tokens) or position < 2:
        return None
    before = tokens[position - 1]
    left = tokens[: position - 1] if before.text == "," else tokens[:position]
    right = tokens[first_right:]
    left_ids, right_ids = {t.i for t in left}, {t.i for t in right}
    crossing = [t for t in left if t.head.i in right_ids and t.dep_ != "punct"]
    crossing += [t for t in right if t.head.i in left_ids and t.dep_ != "punct"]
    if len(crossing) != 1 or crossing[0].i not in right_ids:
        return None
    reason, main = crossing[0], crossing[0].head
    if because.head.i != reason.i or not _has_subject(reason) or not _main(main):
        return None
    if not _has_subject(main) and not _is_order(main, tokens[0]):
        return None
    if any(t.lower_ in _NEGATIONS for t in left):
        return None
    nxt = tokens[first_right]
    if not _capitalisable(nxt):
        return None
    start = left[-1].idx + len(left[-1].text)
    end, opening = _opening(nxt)
    # The space after "because"; none after an elided « qu' »: the stop takes one.
    dropped = tokens[first_right - 1]
    space = text[dropped.idx + len(dropped.text) : nxt.idx] or " "
    return SplitPoint(start, nxt.idx, start, end, "." + space + opening, because.lower_)


def opens_with_order(predicate: Token, tokens: list[Token]) -> bool:
    """Whether ``predicate`` is an order, the first verb of ``tokens`` with no subject or
    auxiliary of its own ("Send us…", « Rapportez-le… », « Pour le reste, écrivez-nous… »)."""
    if predicate.pos_ != "VERB" or any(
        c.dep_.startswith("aux") or _is_subject(c) for c in predicate.children
    ):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in tokens if t.i < predicate.i):
        return False
    if predicate.lang_ == "en":
        return imperative_form(predicate) and predicate.i == tokens[0].i
    # French's small model often reads « réservez » as an indicative: a second person with
    # no subject is an order all the same.
    morph = predicate.morph
    return "Imp" in morph.get("Mood", []) or "2" in morph.get("Person", [])


def _semicolon_point(text: str, tokens: list[Token], position: int) -> SplitPoint | None:
    semicolon, nxt = tokens[position], tokens[position + 1]
    left, right = tokens[:position], tokens[position + 1 :]
    left_ids, right_ids = {t.i for t in left}, {t.i for t in right}
    crossing = [t for t in left if t.head.i in right_ids and t.dep_ != "punct"]
    crossing += [t for t in right if t.head.i in left_ids and t.dep_ != "punct"]
    # Two sentences for spaCy (no link across), or two clauses joined by one link.
    if len(crossing) > 1 or any(_has_mark(t) for t in crossing) or not _capitalisable(nxt):
        return None
    if not _clause_within(left, left_ids) or not _clause_within(right, right_ids):
        return None
    start = semicolon.idx
    while start > 0 and text[start - 1] in _SPACES_BEFORE:
        start -= 1
    end, opening = _opening(nxt)
    replacement = "." + text[semicolon.idx + 1 : nxt.idx] + opening
    return SplitPoint(start, nxt.idx, start, end, replacement, semicolon.text)


def _lone_dash(text: str, tokens: list[Token], position: int) -> bool:
    """Whether ``tokens[position]`` is a spaced dash, the sentence's only one, which joins
    two clauses as a semicolon does ("…until we're back up — there's an ATM two doors
    down"): a casual voice cuts there. A pair of dashes holds an aside, which stays."""
    token = tokens[position]
    if token.text not in _DASHES or not text[token.idx - 1 : token.idx].isspace():
        return False
    return sum(t.text in _DASHES for t in tokens) == 1


def _loose(token: Token) -> bool:
    return token.dep_ in _LOOSE_LINKS


def _is_subject(token: Token) -> bool:
    dep = token.dep_
    return dep.startswith(("nsubj", "csubj")) or dep in ("expl", "expl:subj")


def _has_subject(predicate: Token, after: int = -1) -> bool:
    """Whether ``predicate`` has a subject of its own (after token ``after``, if given)."""
    return any(_is_subject(child) and child.i > after for child in predicate.children)


def _main(predicate: Token) -> bool:
    """Whether ``predicate`` heads a main clause: the root, or a clause coordinated to it."""
    while predicate.dep_ == "conj":
        predicate = predicate.head
    return predicate.dep_ == "ROOT"


def _has_mark(predicate: Token) -> bool:
    """Whether ``predicate`` is introduced by a subordinator ("that", "because", « que »)."""
    return any(child.dep_ == "mark" for child in predicate.children)


def _orders(predicate: Token, first: Token) -> bool:
    """Whether ``predicate`` is an order opening its sentence, or one coordinated to it
    ("Take the jar back…, or send a photo…": "send" is an order too)."""
    while (
        predicate.dep_ == "conj"
        and predicate.pos_ == "VERB"
        and not any(c.dep_.startswith("aux") or _is_subject(c) for c in predicate.children)
    ):
        predicate = predicate.head
    return _is_order(predicate, first)


def _is_order(predicate: Token, first: Token) -> bool:
    """Whether ``predicate`` is an order opening its sentence ("Reserve your seat...",
    « Réservez votre place... »): a clause whose subject is the reader, unwritten; said
    politely too ("Please bring…", « Merci de rapporter… »)."""
    if _polite_order(predicate, first):
        return True
    if predicate.pos_ != "VERB" or predicate.dep_ != "ROOT":
        return False
    if any(child.dep_.startswith("aux") or _is_subject(child) for child in predicate.children):
        return False
    if predicate.i != first.i:
        # After a condition or a time and its comma ("If you've got an allergy that isn't
        # listed, just tell…"): only a verb whose form says it is an order.
        return _after_fronted(predicate, first) and (
            predicate.tag_ == "VB"
            if predicate.lang_ == "en"
            else "Imp" in predicate.morph.get("Mood", [])
            or "2" in predicate.morph.get("Person", [])
        )
    if predicate.lang_ == "en":
        return imperative_form(predicate)
    return "Part" not in predicate.morph.get("VerbForm", [])


def imperative_form(verb: Token) -> bool:
    """Whether an English verb that opens its clause with no subject has the form of an
    order: its base form, which the tagger also reads as a past when the two are spelled
    alike ("Set a schedule once…", "Put your name down…")."""
    if verb.tag_ == "VB":
        return True
    return verb.tag_ in ("VBD", "VBN", "VBP") and verb.lower_ == verb.lemma_.lower()


def french_order_ending(word: Token) -> bool:
    """A French order by its ending, « -ez » (« Rapportez », « débranchez »), which the
    small model reads as a name, an adverb or a preposition at a sentence's start: not
    « chez », « nez », « assez », nor a verb after its subject or a pronoun before it
    (« vous pouvez », « si vous le rapportez »: an order writes its pronouns after it)."""
    if not word.lower_.endswith("ez") or len(word.text) <= 5 or word.lower_ == "assez":
        return False
    return word.i == 0 or word.doc[word.i - 1].lower_ not in _BEFORE_CONJUGATED


def _after_fronted(predicate: Token, first: Token) -> bool:
    """Whether every word from ``first`` to ``predicate`` hangs on it by a fronted phrase
    (a condition, a time, an adverb: :data:`_FRONTED`) closed by a comma."""
    before = predicate.doc[first.i : predicate.i]
    if not any(t.text == "," for t in before):
        return False
    for token in before:
        while token.head.i != predicate.i:
            if token.head.i == token.i:
                return False
            token = token.head
        if token.dep_ not in _FRONTED:
            return False
    return True


def _polite_order(predicate: Token, first: Token) -> bool:
    """Whether ``predicate`` is an order opening its sentence on "Please" ("Please bring the
    jar back…") or « Merci de » + infinitive (« Merci de rapporter le pot… », where the
    parser makes « Merci » the root). Not « Merci de votre confiance » (no infinitive) nor
    « Merci d'avoir participé » (thanks for something done, not an order)."""
    if predicate.lang_ == "en":
        return (
            first.lower_ == "please"
            and predicate.i == first.i + 1
            and predicate.tag_ == "VB"
            and not any(c.dep_.startswith("aux") or _is_subject(c) for c in predicate.children)
        )
    if predicate.i != first.i or predicate.lower_ != "merci":
        return False
    return any(
        child.dep_ in ("acl", "xcomp")
        and "Inf" in child.morph.get("VerbForm", [])
        # « de » right after « Merci »: « Merci à tous de venir » thanks, it does not ask.
        and any(
            m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") and m.i == predicate.i + 1
            for m in child.children
        )
        and not any(c.dep_.startswith("aux") for c in child.children)
        for child in predicate.children
    )


def _clause_within(tokens: list[Token], ids: set[int]) -> bool:
    """Whether some predicate among ``tokens`` has its subject among them too."""
    return any(_is_subject(t) and t.head.i in ids and t.head.i != t.i for t in tokens)


def _capitalisable(token: Token) -> bool:
    """A word that may open a sentence once capitalised: lowercase throughout ("we",
    "l'équipe"), or already capitalised ("Anna"). Not "iPhone", "eBay", a number or a
    lowercase proper noun (a brand written so on purpose)."""
    word = token.text
    if not word[:1].isalpha() or (token.pos_ == "PROPN" and word[:1].islower()):
        return False
    return word[:1].isupper() or word == word.lower()


def _opening(token: Token) -> tuple[int, str]:
    """Where an edit that opens a sentence on ``token`` ends, and what it writes there: the
    word capitalised, or nothing when it already is (a name the edit need not touch)."""
    if token.text[:1].isupper():
        return token.idx, ""
    return token.idx + len(token.text), _capitalised(token.text)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].islower() else word


def _colon_before(text: str, start: int, offset: int) -> int | None:
    """The offset just after the last colon that introduces something between ``start``
    and ``offset``, None if there is none."""
    found = None
    for match in _INTRODUCING_COLON.finditer(text, start, offset):
        found = match.end()
    return found


def _sentence_after(left: list[Token], colon: int) -> bool:
    """Whether the words from ``colon`` to a cut make a sentence of their own: one clause,
    its conjugated verb and its subject all after the colon ("Apologies to anyone who
    booked: our system was down until this morning, and some of you got…"). A colon
    that introduces a list ("Au programme : du poisson grillé, des transats, et nous
    avons…") or a label is followed by none: nothing after it is cut."""
    after = [t for t in left if t.idx >= colon and not t.is_space]
    ids = {t.i for t in after}
    heads = [t for t in after if t.head.i not in ids or t.head.i == t.i]
    heads = [t for t in heads if t.dep_ != "punct"]
    if len(heads) != 1 or heads[0].pos_ not in ("VERB", "AUX"):
        return False
    return any(_is_subject(child) and child.i in ids for child in heads[0].children)


def _enclosed(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside brackets or quotes opened in ``text[start:offset]``."""
    before = text[start:offset]
    if before.count('"') % 2:
        return True
    return any(before.count(open_) > before.count(close) for open_, close in _CLOSING.items())
