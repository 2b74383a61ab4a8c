"""An English press or blog headline states its news in the present simple, as the AP
writes one for what just happened: "Osteria Nonna Rosa made Canada's 100 Best Restaurants
list this year" → "Osteria Nonna Rosa makes …", "…: recurring revenue reached $2.4M ARR" →
"… reaches …".

Only where the present is certain and says the same news:

- the headline's main verb is a simple past with its own subject and an object ("made
  the list", "lost a pallet"): a verb without one is the passive headlinese of a
  participle the tagger may read as a past ("Receipt Radar launched", "Honey recalled");
- the verb says an event, not a state ("was down", "had a glitch" would read as still
  true in the present);
- its present comes from the lemma, and the past is the lemma's own, by the spelling rules
  or the table of irregular verbs below (no guess: "flipped"/"flip", "made"/"make");
- the headline names no past time ("…closed last Friday", "came by last week"), and the
  lead's sentence tells no history ("50 years ago today, Dolores Reyes flipped the sign"):
  the present would move it to today.

The headline steps themselves (news_headline.py, press_headline.py, press_news_title.py)
are the layout's; this is the last word on the headline they wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.wording.english import third_person
from brandvoice.lang import base_language

if TYPE_CHECKING:
    from spacy.tokens import Token

# A past tense the spelling rules do not make from the lemma: the irregular verbs a
# business's news uses (made the list, won an award, took home a prize).
_IRREGULAR = {
    "became": "become",
    "began": "begin",
    "brought": "bring",
    "built": "build",
    "chose": "choose",
    "found": "find",
    "gave": "give",
    "got": "get",
    "grew": "grow",
    "held": "hold",
    "kept": "keep",
    "left": "leave",
    "lost": "lose",
    "made": "make",
    "ran": "run",
    "raised": "raise",
    "sold": "sell",
    "sent": "send",
    "spent": "spend",
    "took": "take",
    "told": "tell",
    "won": "win",
    "wrote": "write",
}
# States, not events: their present says the state holds today.
_IRREGULAR_PAST = {lemma: past for past, lemma in _IRREGULAR.items()}
_STATES = frozenset({"be", "have", "seem", "remain", "stay", "own", "need", "want"})
# Verbs a headline uses as a passive without its "was" ("Sal's Corner Slice voted Best
# Pizza", "The Fox & Lantern named Pub of the Year"): their past is a participle.
_PASSIVE_HEADLINESE = frozenset(
    {
        "vote",
        "name",
        "crown",
        "award",
        "choose",
        "pick",
        "select",
        "rank",
        "rate",
        "elect",
        "shortlist",
        "list",
        "nominate",
        "dub",
        "call",
        "recall",
        "honour",
        "honor",
        "recognise",
        "recognize",
        "feature",
    }
)
# A past time the headline names: with the present it would read as a contradiction.
_PAST_TIME = regex.compile(
    r"(?<!\p{L})(?:last|yesterday|ago|earlier|previously|formerly)(?!\p{L})", regex.I
)
# A lead's sentence that tells history: the verb's past is the story's, not today's news.
_HISTORY = regex.compile(r"(?<!\p{L})(?:ago|back in|in (?:19|20)\d\d)(?!\p{L})", regex.I)
_OBJECTS = frozenset({"dobj", "dative"})


def present_headline(headline: str, lead: str, lang: str) -> str | None:
    """``headline`` with its main verb in the present simple (see the module's
    docstring); None when it stays as written."""
    from brandvoice.adaptation.transform import parse

    if base_language(lang) != "en" or not headline.strip() or _PAST_TIME.search(headline):
        return None
    if headline.rstrip().endswith("?") or _HISTORY.search(lead):
        return None
    doc = parse("en", headline)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    verb = roots[0]
    if verb.tag_ != "VBD" or not verb.is_lower:
        return None  # "WE DID IT" shouts: another step's business
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        return None
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    if not any(_object(c) and c.i > verb.i for c in children):
        return None
    if any(t.tag_ in ("WP", "WDT", "WRB") for t in doc[: verb.i]):
        return None  # "Who took home…": a question without its mark
    lemma = verb.lemma_.lower()
    if lemma in _STATES or lemma in _PASSIVE_HEADLINESE:
        return None
    if verb.lower_ not in (_past_of(lemma), _IRREGULAR_PAST.get(lemma)):
        return None  # the tagger's lemma is not this past's: no present is certain
    present = third_person(lemma)
    if _plural(verb):
        present = lemma
    return headline[: verb.idx] + present + headline[verb.idx + len(verb) :]


def _past_of(lemma: str) -> str:
    """The regular past of ``lemma``: "reach" → "reached", "carry" → "carried", "raise" →
    "raised", "flip" → "flipped" (one consonant after one short vowel doubled)."""
    if lemma.endswith("e"):
        return lemma + "d"
    if regex.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if regex.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", lemma) and len(lemma) <= 4:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _plural(verb: Token) -> bool:
    """Whether the verb's subject is plural ("Sales grew" → "grow")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and (
        subjects[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subjects[0].children)
    )


def _object(token: Token) -> bool:
    """Whether ``token`` is the verb's object: the parser's, or a noun it hung on the verb
    as a clause ("made Canada's 100 Best Restaurants list": "list" read as a ccomp)."""
    return token.dep_ in _OBJECTS or (token.dep_ == "ccomp" and token.pos_ in ("NOUN", "PROPN"))
