"""Every hashtag a message offers, scored, each kept or rejected with its reason.

Candidates come from the message's key facts first (what it is about, where: score 3), then
the names it mentions (2), then its key noun phrases (1); within a score, in the text's
order. A candidate is rejected, and the reason kept, when a reader would find the tag
meaningless or wrong: a function word, a time zone, a unit, a generic word ("#Issue",
"#Suite", "#Update"), a verb, a word that only says what kind of post this is ("#Recrute",
"#Excuses"), a person's name, an address or a piece of one ("#Suffren" from "3 quai
Suffren"), a street-type word ("#Rue", "#Quai", "#Cours"), a contact word ("#Contact"), a
piece of a hyphenated word ("#End" from "week-end"), a quantity ("#VingtaineDeProducteurs",
"#KmLoop" from "25 km loop"), a job advert's requirement ("#WeekendAvailability" from
"Weekend availability is a must") or a perk ("#StaffMeals" from "free staff meals":
``perk_nouns``), a common noun alone that is ours or yours ("#Menu" from "our seasonal
menu": no brand, place, product or job), any other common noun alone
that is not a topic people follow ("#Choix", "#Saison": ``followed_nouns``), even when it
is a key fact ("#Copy" from "a printed copy", "#Studio", "#Prix"; a job advert's job
excepted), a key phrase of common words none of which is followed ("#HiverDeTravaux",
"#ClientProjects"; the job a job advert's cue names excepted), an extra included with an
offer ("#Coffee" from "coffee included": ``included_markers``), a lone name the model
takes for no place or business ("#Amara": a first name),
a listed first name (« #Karim »: ``understand/data/first-names.yaml``),
a piece of a longer name ("#Reyes" from "Dolores Reyes", "#Keys" from "Keys & Chords Music
School", "#Restanques" from « Domaine des Restanques », "#Épis" from « Boulangerie Les
Trois Épis », "#Seyne" from « La Seyne », "#Main" from "Rosie's on Main"), a piece of one of
the message's own tags ("#Pins" beside #JazzSousLesPins), the tail of a longer phrase
(« #FêtesDeSalernes » from « salle des fêtes de Salernes »), a street's name after its
type (« #Azémar » from « allées d'Azémar »), a label without its number ("#Unit" from
"Unit 4"), an order whose verb takes an object ("#Book" from "Book your first cleaning"),
an interjection (« #Bravo »), a name after an indefinite article ("#Caesar" from "a proper
Caesar": a dish), a person credited for a work
(« les photos de Gwen »), a phrase naming an act of buying or booking ("#CheesePurchases":
``act_nouns``), a name its tag misreads as a word ("#Vue": ``misread_names``), or a tag too long
to read.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.decorate.bio import bio_pointer_spans
from brandvoice.adaptation.decorate.data import load_data, string_list
from brandvoice.adaptation.decorate.phrases import Phrase, key_phrases, name_article, phrase_words
from brandvoice.adaptation.decorate.tags import Casing, hashtag, tag_key
from brandvoice.adaptation.wording.offsets import token_starts
from brandvoice.lang import base_language
from brandvoice.nlp import parse
from brandvoice.text.entities import HASHTAG, entities_of
from brandvoice.understand.facts import units as fact_units
from brandvoice.understand.model import Intent, Message, Role
from brandvoice.understand.people import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA_FILE = "hashtag-words.yaml"
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "NUM"})
_PERSON = frozenset({"PER", "PERSON"})
# A key fact's score: what the message is about and where, tags a post may carry even
# when its sentences say them shorter (see ``said_tags.py``).
FACT_SCORE = 3
_FACT_SOURCES = (
    (Role.WHAT, FACT_SCORE, "what the message is about"),
    (Role.WHERE, FACT_SCORE, "where it happens"),
)
_NAME_SCORE, _TOPIC_SCORE = 2, 1


@dataclass(frozen=True, slots=True)
class Candidate:
    tag: str
    score: int
    reason: str  # why it was offered
    rejected: str | None = None  # why it was not kept, or None

    @property
    def kept(self) -> bool:
        return self.rejected is None


@cache
def _excluded_words() -> tuple[frozenset[str], frozenset[str]]:
    """Time zones, and words that are never a topic on their own (``hashtag-words.yaml``)."""
    zones, never = _word_list("time_zones"), _word_list("never_tags")
    return zones, never


@cache
def _word_list(key: str) -> frozenset[str]:
    """One list of ``hashtag-words.yaml``, folded."""
    document = load_data(DATA_FILE)
    return frozenset(w.casefold() for w in string_list(document[key], DATA_FILE))


def candidates(message: Message, casing: Casing, excluded: frozenset[str]) -> tuple[Candidate, ...]:
    """Every tag ``message`` offers, best first, with why each was kept or rejected;
    ``excluded`` are tag keys (see :func:`tag_key`) never drawn: network and brand names."""
    lang = message.lang
    doc = parse(lang, message.text)
    words = phrase_words(lang)
    # Entities are tags of their own; "link in bio" points at a profile, it is no topic.
    avoid = [(e.start, e.end) for e in entities_of(message.text)]
    avoid += bio_pointer_spans(message.text, base_language(lang))
    phrases = key_phrases(doc, lang, avoid)  # type: ignore[arg-type]
    offered: list[tuple[int, int, tuple[int, ...], str]] = []  # score, position, tokens, why
    # Looked up, not scanned for each fact: a long master has many facts and phrases.
    starts = token_starts(doc)
    holding: dict[int, list[int]] = {}  # token -> the phrases holding it, in order
    for position, phrase in enumerate(phrases):
        for token in phrase.tokens:
            holding.setdefault(token, []).append(position)
    for role, score, why in _FACT_SOURCES:
        for fact in message.of_role(role):
            first = bisect.bisect_left(starts, fact.start)
            tokens = tuple(range(first, bisect.bisect_left(starts, fact.end)))
            # A key phrase holding the fact names it better: "plage du Mourillon".
            wider = _wider(tokens, phrases, holding)
            if _only_vague(doc, set(wider) - set(tokens), lang):
                wider = tokens  # "Spring service offer": #SpringService, the offer is the post
            if fact.kind == "address":
                offered.append((score, fact.start, (), "an address"))
            elif tokens:
                offered.append((score, fact.start, wider, why))
    for phrase in phrases:
        score = _TOPIC_SCORE if phrase.kind == "topic" else _NAME_SCORE
        why = words.reasons[phrase.kind]
        offered.append((score, doc[phrase.tokens[0]].idx, phrase.tokens, why))
    offered.sort(key=lambda o: (-o[0], o[1]))

    found: list[Candidate] = []
    seen: set[str] = set()
    kept_tokens: list[set[int]] = []
    cue_spans = [(c.start, c.end) for c in (*message.intent_cues, *message.action_cues)]
    # A street address, or a street or car park named without a number: no topic; a
    # square is a place people meet at ("place de la Liberté": #PlaceDeLaLiberté).
    squares = _word_list("square_words")
    addresses = [
        (f.start, f.end)
        for f in message.of_role(Role.WHERE)
        if f.kind == "address"
        or (f.kind == "place" and f.text.split()[0].casefold() not in squares)
    ]
    hiring = message.intent is Intent.HIRING
    own_tags = [e.text for e in entities_of(message.text) if e.kind == HASHTAG]
    for score, _, tokens, why in offered:
        if not tokens:
            found.append(Candidate("", score, why, "an address is not a topic"))
            continue
        tag = hashtag([doc[i].text for i in tokens], casing)
        if tag is None:
            continue
        key = tag_key(tag)
        if key in seen:
            continue
        seen.add(key)
        rejected = _rejection(doc, tokens, tag, excluded, cue_spans, words.max_length, lang)
        if rejected is None and score == _TOPIC_SCORE and _common_noun_alone(doc, tokens):
            # "#Menu", "#Station" from "our seasonal menu", "your station": a word every
            # such post could carry names no brand, place, product or job.
            rejected = "a common noun alone, the business's or the reader's own thing"
        if rejected is None and score == _TOPIC_SCORE:
            rejected = _unfollowed_word(doc, tokens, lang)
        if rejected is None and score > _TOPIC_SCORE and not hiring:
            rejected = _unfollowed_fact(doc, tokens, lang)
        if rejected is None:
            rejected = _name_piece(doc, tokens, lang)
        if rejected is None and _credited(doc, tokens):
            rejected = "a person credited for a work (« les photos de Gwen »): a first name"
        if rejected is None and _act(doc, tokens):
            rejected = "an act of buying or booking, not a topic people follow"
        if rejected is None and len(tokens) == 1 and doc[tokens[0]].text in _misread_names(lang):
            rejected = "a name its tag would misread as a word (#Vue: « vue »)"
        if rejected is None and hiring and _requirement(doc, tokens):
            rejected = "a job requirement, not what the post is about"
        if rejected is None and hiring and _perk(doc, tokens):
            rejected = "a perk of the job, not what the post is about"
        # A job advert's job is its topic: "needs a line cook" gives #LineCook.
        if (
            rejected is None
            and score == _TOPIC_SCORE
            and not (hiring and _inside(doc, tokens, cue_spans))
        ):
            rejected = _unfollowed_phrase(doc, tokens, lang)
        if rejected is None and score == _NAME_SCORE and _common_words(doc, tokens):
            # « Service midi et soir »: the model's name is a sentence's opening words.
            rejected = _unfollowed_phrase(doc, tokens, lang)
        if rejected is None and _included(doc, tokens):
            rejected = "an extra included with an offer, not what the post is about"
        if rejected is None and (_inside(doc, tokens, addresses) or _after_street(doc, tokens)):
            rejected = "part of a street address"  # "#Suffren", "#RueParadis", "#Azémar"
        if rejected is None and score == _TOPIC_SCORE and _complement_piece(doc, tokens):
            rejected = "a piece of a longer phrase (« salle des fêtes de Salernes »)"
        if rejected is None and any(_inside_tag(tag, own) for own in own_tags):
            rejected = "a piece of one of the message's own tags (#Pins of #JazzSousLesPins)"
        if rejected is None and any(set(tokens) <= kept for kept in kept_tokens):
            rejected = "part of a longer tag already kept"
        if rejected is None:
            kept_tokens.append(set(tokens))
        found.append(Candidate(tag, score, why, rejected))
    return tuple(found)


_MARKER_REACH = 3
# The middle dot of French inclusive writing ("un·e chargé·e de communication").
_INCLUSIVE_DOT = "·"


def _common_noun_alone(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether ``tokens`` are one common noun, written in lower case, that the text says is
    ours or yours ("our seasonal menu", "your station", « notre équipe »): the business's
    or the reader's own thing, which every such post has, not a topic anyone follows (no
    name, and not a noun the post is about: "les cyclistes rennais", "curly hair")."""
    if len(tokens) != 1:
        return False
    word = doc[tokens[0]]
    if word.pos_ != "NOUN" or not word.text.islower():
        return False
    return any(
        child.dep_ in ("poss", "nmod:poss") or "Yes" in child.morph.get("Poss", [])
        for child in word.children
    )


def _unfollowed_word(doc: Doc, tokens: Sequence[int], lang: str) -> str | None:
    """Why a key phrase of one word is no tag, or None: a common noun alone is a topic only
    when people follow it under that tag (``followed_nouns``: #Cyclistes, #Hair), not
    "#Choix", "#Saison", "#Shelves"; a name the model takes for no place, organisation
    or product is most often a person's first name ("#Amara"). Key facts are not held to
    the list: a job ("#Barista") is what its advert is about."""
    if len(tokens) != 1:
        return None
    word = doc[tokens[0]]
    if {word.text.casefold(), word.lemma_.casefold()} & _followed_nouns(lang):
        return None
    if word.pos_ == "NOUN":
        return "a common noun alone, not a topic people follow"
    if word.is_alpha and word.text.islower():
        # The small French model takes many a lower-case word for a name (« en
        # bouteille », « verre de l'amitié », « la mer »): written so, it is a common word.
        return "a common word alone, not a topic people follow"
    # A name the model reads as some other kind than ours (NORP, DATE: "Amara", "Feb"); a
    # name it reads as no entity at all is most often a brand's ("Parcelwise") and stays.
    kind = word.ent_type_
    if word.pos_ == "PROPN" and kind and kind not in phrase_words(lang).entity_kinds:
        return "a lone name the model takes for no place or business: most often a first name"
    return None


def _unfollowed_phrase(doc: Doc, tokens: Sequence[int], lang: str) -> str | None:
    """Why a key phrase of several common words is no tag, or None: such a phrase is a
    tag only when one of its nouns names a trade, a product or a pursuit people follow
    (``followed_nouns``: "#VéloDeVille", "#ContratDApprentissage", "#CiderDonuts"); any
    other ("#HiverDeTravaux" from « après un hiver de travaux », "#ClientProjects",
    "#TailleDeCadre") is a piece of one sentence, which no one searches. A phrase holding
    a name ("#FêtesDeSalernes", "#KirkgateArcade") is a name's tag and stays."""
    if len(tokens) < 2:
        return None
    words = [doc[i] for i in tokens]
    if any(_written_as_name(t, lang) for t in words):
        return None
    followed = _followed_nouns(lang) | _followed_in_phrases(lang)
    if any({t.text.casefold(), t.lemma_.casefold()} & followed for t in words):
        return None
    return "a phrase of the text, no topic, place, event or name people follow"


def _common_words(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether ``tokens``, several words, are written as common words are: none
    capitalised but a sentence's first (« Service midi et soir », which the model takes
    for a name)."""
    # A day stays a name's word here: "Easter Monday" is a holiday's name.
    return len(tokens) > 1 and not any(_written_as_name(doc[i]) for i in tokens)


def _included(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether the phrase is said to come with something else ("coffee included", "coffee
    and pastries included", « café offert », "hot chocolate's on us"): ``included_markers``
    or ``free_phrases`` right after it, or after the nouns joined to it by "and", « et »."""
    markers = _word_list("included_markers")
    for token in doc[tokens[-1] + 1 : tokens[-1] + 1 + _MARKER_REACH + 1]:
        if token.lower_ in markers:
            return True
        if _free_of_charge(doc, token.i):
            return True  # "hot chocolate's on us": a treat offered, no topic
        if token.pos_ not in ("CCONJ", "NOUN", "ADJ"):
            return False
    return False


def _free_of_charge(doc: Doc, i: int) -> bool:
    """Whether the words from ``doc[i]`` say it is free, one of ``free_phrases`` ("'s on
    us", "is on the house")."""
    words = [t.lower_.replace("’", "'") for t in doc[i : i + 5]]
    return any(
        words[: len(phrase)] == phrase for phrase in (p.split() for p in _word_list("free_phrases"))
    )


def _written_as_name(token: Token, lang: str | None = None) -> bool:
    """A word capitalised mid-sentence, as a name's words are ("Kirkgate Arcade"); an
    acronym alone ("a free PT session") names no business nor place; with ``lang``, nor
    does a day or a month English capitalises ("Saturday queues")."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.text.isupper()
        and not _opens_line_or_sentence(token)
        and (lang is None or token.text.casefold() not in phrase_words(lang).generic)
    )


@cache
def _followed_in_phrases(lang: str) -> frozenset[str]:
    """The ``followed_in_phrases`` of ``hashtag-words.yaml`` for ``lang``, folded."""
    words = string_list(load_data(DATA_FILE)["followed_in_phrases"][lang], DATA_FILE)
    return frozenset(w.casefold() for w in words)


def _opens_line_or_sentence(token: Token) -> bool:
    """A sentence's first word, or a line's: the small models often start no sentence
    after a line break."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.text or "\n" in before.whitespace_ or before.text in (".", "!", "?", "…")


def _unfollowed_fact(doc: Doc, tokens: Sequence[int], lang: str) -> str | None:
    """Why a key fact of one common noun is no tag, or None: "a printed copy", "the
    studio", « les prix » are what the message is about, but a lone common noun is still a
    tag only when people follow it (``followed_nouns``): "#Copy", "#Studio", "#Prix" say
    nothing every such post could not say. A job advert's job ("#Barista") is its topic:
    the caller does not ask."""
    if len(tokens) != 1:
        return None
    word = doc[tokens[0]]
    # Written in lower case, or capitalised only as a sentence's first word ("Lessons").
    lower = word.text.islower() or (word.is_sent_start and word.text[1:].islower())
    if word.pos_ != "NOUN" or not lower:
        return None
    if {word.text.casefold(), word.lemma_.casefold()} & _followed_nouns(lang):
        return None
    return "a common noun alone, not a topic people follow, key fact though it is"


# The words that join the pieces of one name ("Keys & Chords Music School", "Alberta
# Children's Hospital Foundation").
_NAME_JOINERS = frozenset({"&", "'s", "’s"})
# A first name is read as a person, or as no entity at all, by the small models: a place
# ("Stowe Vermont") or an organisation before a name is no first name.
_PERSON_OR_UNNAMED = frozenset({"", "PER", "PERSON"})


def _name_piece(doc: Doc, tokens: Sequence[int], lang: str) -> str | None:
    """Why ``tokens`` are only a piece of a longer name, or None: joined by "&" or "'s" to
    a name word ("Keys & Chords Music School" → "#Keys", "#ChordsMusicSchool"), or one
    word right after a proper noun ("Dolores Reyes" → "#Reyes"): the tag names half a
    business or someone's surname, which no one follows."""
    first, last = tokens[0], tokens[-1]
    for step, edge in ((-1, first), (1, last)):
        joiner, other = edge + step, edge + 2 * step
        if not (0 <= joiner < len(doc) and 0 <= other < len(doc)):
            continue
        # "Saturday's Harbour Loop 5K": a day's "'s" joins no name.
        if (
            doc[joiner].lower_ in _NAME_JOINERS
            and _name_word(doc[other])
            and doc[other].ent_type_ not in ("DATE", "TIME")
        ):
            return "a piece of a longer name (half a business's name)"
        # « Domaine des Restanques »: a particle between two capitalised words of a name.
        if (
            doc[joiner].lower_ in _word_list("name_particles")
            and _name_word(doc[edge])
            and _name_word(doc[other])
        ):
            return "a piece of a longer name (half a business's name)"
    word, before = doc[first], doc[first - 1] if first > 0 else None
    if (
        len(tokens) == 1
        and before is not None
        and word.pos_ == "PROPN"
        and before.pos_ == "PROPN"
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.text.isupper()
        and before.ent_type_ in _PERSON_OR_UNNAMED
    ):
        return "a piece of a person's name (a surname)"
    if _inside_capitalised_run(doc, first, last):
        return "a piece of a longer name (half a business's name)"
    if before is not None and name_article(before, lang):
        return "a piece of a longer name (half a business's name)"  # "#Seyne", « La Seyne »
    if _name_goes_on(doc, last, lang) or _name_began(doc, first):
        return "a piece of a longer name (half a business's name)"  # « Le Panier Solidaire »
    if _after_possessive_name(doc, first):
        return "a piece of a longer name (half a business's name)"  # "Rosie's on Main"
    return None


def _name_goes_on(doc: Doc, last: int, lang: str) -> bool:
    """Whether the word after the phrase is a capitalised word of the same name, inside
    the sentence (« Le Panier Solidaire de Fréjus » gives no « #LePanier »): a day or a
    month ("Leeds Saturday") is no part of a name."""
    if last + 1 >= len(doc) or "\n" in doc[last].whitespace_ or not _capitalised(doc[last]):
        return False  # « cabinet de kinésithérapie Verhaegen »: a common phrase, then a name
    after = doc[last + 1]
    return (
        after.is_alpha
        and after.text[:1].isupper()
        and not after.text.isupper()
        # No stop between the two capitalised words: the models often start a sentence
        # inside a long name (« Le Panier | Solidaire de Fréjus »).
        and after.lower_ not in phrase_words(lang).generic
        and after.ent_type_ not in ("DATE", "TIME")
    )


def _name_began(doc: Doc, first: int) -> bool:
    """Whether the word before the phrase is a capitalised word of the same name, inside
    the sentence ("Cabanon Beach Club" gives no "#Club"); a sentence's or a line's first
    word is capitalised for the sentence ("Visit Brighton Beach")."""
    if first == 0 or not _capitalised(doc[first]):
        return False
    before = doc[first - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and not before.text.isupper()
        and "\n" not in before.whitespace_
        and not _opens_line_or_sentence(before)
        and before.ent_type_ not in ("DATE", "TIME")
        and before.pos_ != "DET"  # "The Crooked Lantern": #CrookedLantern, as tags write it
    )


def _after_possessive_name(doc: Doc, first: int) -> bool:
    """Whether the phrase at ``first`` follows a possessive name and a preposition
    ("Rosie's on Main", "Sal's at the Pier"): the business's name is the whole, "#Main" a
    street it names."""
    i = first - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1  # "Sal's at the Pier"
    return (
        i >= 2
        and doc[i].pos_ == "ADP"
        and doc[i].text.islower()
        and doc[i - 1].lower_ in ("'s", "’s")
        and _capitalised(doc[i - 2])
    )


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _inside_capitalised_run(doc: Doc, first: int, last: int) -> bool:
    """Whether ``doc[first:last + 1]`` is only part of a name written as a run of
    capitalised words with a capitalised article or number inside it ("Boulangerie Les
    Trois Épis" gives no "#Boulangerie" nor "#Épis"): such a run is one name, which no
    piece of says. A run's opening determiner is the sentence's capital, not the name's
    (« Le Cabanon Bleu »); a run of capitalised nouns alone may be a title-cased heading,
    whose pieces stay topics."""
    if not all(_capitalised(doc[i]) for i in range(first, last + 1)):
        return False  # "titre de Maître": a phrase of its own, not a piece of the run
    start, end = first, last
    while start > 0 and _capitalised(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and _capitalised(doc[end + 1]):
        end += 1
    while start < first and doc[start].pos_ in _NAME_INNER_POS:
        start += 1
    inner = any(doc[i].pos_ in _NAME_INNER_POS for i in range(start + 1, end))
    return inner and (start, end) != (first, last)


# The capitalised words that only a name has inside it: "Les", "Trois" in "Boulangerie
# Les Trois Épis".
_NAME_INNER_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "NUM"})


# The words joining a street type to its name: « allées d'Azémar », « rue de la Paix ».
_STREET_JOINERS = frozenset({"de", "d'", "d’", "du", "des", "la", "l'", "l’", "of"})


def _after_street(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether the phrase is a street's name, after its street type (« 18 allées d'Azémar »,
    « rue Paradis »), whether or not the facts read the address: no topic. A square is a
    place people meet at (« place de la Liberté »)."""
    i = tokens[0] - 1
    while i >= 0 and doc[i].lower_ in _STREET_JOINERS:
        i -= 1
    if i < 0 or not doc[tokens[0]].text[:1].isupper():
        return False  # a street's name is capitalised: « cours de yoga » is a class
    forms = {doc[i].lower_, doc[i].lemma_.casefold()}
    streets, squares = _word_list("street_words"), _word_list("square_words")
    return bool(forms & streets) and not forms & squares


def _complement_piece(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether a phrase of common words and a name opens on the complement of the noun
    before it (« salle des fêtes de Salernes » gives no "#FêtesDeSalernes"): it is the
    tail of a longer phrase, which names something else (a hall, not a feast)."""
    first = doc[tokens[0]]
    if len(tokens) < 2 or first.i < 2 or first.pos_ != "NOUN" or not first.text.islower():
        return False
    joiner, noun = doc[first.i - 1], doc[first.i - 2]
    return (
        joiner.lower_ in ("de", "des", "du", "d'", "d’")
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and first.head == noun
    )


def _street_name(words: Sequence[Token], lang: str) -> bool:
    """Whether a name of several words is a street's: its type last in English ("Gloucester
    Road"; "St Ives" is a saint's town), first in French (« rue Paradis »). A square is a
    place people meet at (« place de la Liberté »)."""
    streets, squares = _word_list("street_words"), _word_list("square_words")
    kind = words[-1] if base_language(lang) == "en" else words[0]
    return kind.lower_ in streets and kind.lower_ not in squares


def _numbered(word: Token) -> bool:
    """Whether ``word`` is a capitalised common label whose number follows it ("Unit 4",
    "Route 9", « Salle 2 »): the thing is the label and its number together. A name the
    model reads as a place or a business keeps its tag ("Toulon 2026" is Toulon)."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        after is not None
        and _figure(after)
        and word.text[:1].isupper()
        and word.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "MISC")
    )


# The words of a camel-case tag: "#JazzSousLesPins" -> Jazz, Sous, Les, Pins.
_TAG_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*|[\p{Ll}\p{M}]+|\d+")


def _inside_tag(tag: str, own: str) -> bool:
    """Whether ``tag``'s words are a few of the words, in a row, of the tag ``own`` the
    message carries ("#Pins" of "#JazzSousLesPins", the festival's name)."""
    part, whole = ([w.casefold() for w in _TAG_WORD.findall(t.lstrip("#＃"))] for t in (tag, own))
    size = len(part)
    return 0 < size < len(whole) and any(
        whole[i : i + size] == part for i in range(len(whole) - size + 1)
    )


def _after_indefinite_article(word: Token) -> bool:
    """Whether ``word`` follows "a", "an", « un », « une » in its own phrase ("a proper
    Caesar"): a name takes no indefinite article; a thing named after one does."""
    return any(
        child.dep_ == "det" and child.lower_ in _INDEFINITE and child.i < word.i
        for child in word.children
    )


_INDEFINITE = frozenset({"a", "an", "un", "une"})


def _credited(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether ``tokens`` are one capitalised name after a work and « de » / "by" (« les
    photos de Gwen », "photos by Sam"): the person credited, no place (« photos de
    Douarnenez » names where they were taken)."""
    if len(tokens) != 1 or tokens[0] < 2:
        return False
    name, by, work = doc[tokens[0]], doc[tokens[0] - 1], doc[tokens[0] - 2]
    if not name.text[:1].isupper() or name.ent_type_ in ("LOC", "GPE", "FAC", "ORG"):
        return False
    credits = _word_list("credit_nouns")
    return by.lower_ in ("de", "d'", "d’", "by") and work.lower_ in credits


def _act(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether the phrase ``tokens`` is headed (its last noun) by an act of buying or
    booking ("cheese purchases", « vos commandes »): ``act_nouns``."""
    nouns = [doc[i] for i in tokens if doc[i].pos_ == "NOUN"]
    if not nouns or doc[tokens[-1]].pos_ == "PROPN":
        return False
    head = nouns[-1]
    return bool({head.lower_, head.lemma_.casefold()} & _word_list("act_nouns"))


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, mid-sentence, not an acronym."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.text.isupper()
        and not token.is_sent_start
        and token.pos_ in ("PROPN", "NOUN")
    )


@cache
def _misread_names(lang: str) -> frozenset[str]:
    """The ``misread_names`` of ``hashtag-words.yaml`` for ``lang``, as written."""
    return frozenset(string_list(load_data(DATA_FILE)["misread_names"][lang], DATA_FILE))


@cache
def _followed_nouns(lang: str) -> frozenset[str]:
    """The ``followed_nouns`` of ``hashtag-words.yaml`` for ``lang``, folded."""
    words = string_list(load_data(DATA_FILE)["followed_nouns"][lang], DATA_FILE)
    return frozenset(w.casefold() for w in words)


def _requirement(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether a job advert's phrase is one of its requirements: headed by a requirement
    noun ("weekend availability", "expérience en pâtisserie") or followed by words that say
    it is required ("Espresso experience preferred", "Permis B exigé")."""
    nouns = [doc[i] for i in tokens if doc[i].pos_ in ("NOUN", "PROPN")]
    asked = _word_list("requirement_nouns")
    if any(t.lower_ in asked or t.lemma_.casefold() in asked for t in nouns):
        return True
    # The marker follows the phrase closely, in the same clause: "is a must", "preferred",
    # "(expérience souhaitée)" says the experience is asked, not the job before the bracket.
    markers = _word_list("requirement_markers")
    for token in doc[tokens[-1] + 1 : tokens[-1] + 1 + _MARKER_REACH]:
        if token.is_punct:
            return False
        if token.lower_ in markers:
            return True
    return False


def _perk(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether a job advert's phrase is headed (its last noun) by one of what the job gives
    ("free staff meals", « tickets-restaurant », "28 days of holiday"): ``perk_nouns``."""
    nouns = [doc[i] for i in tokens if doc[i].pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return False
    head = nouns[-1]
    return bool({head.lower_, head.lemma_.casefold()} & _word_list("perk_nouns"))


# Before an infinitive: "d'aimer", "pour réserver".
_BEFORE_INFINITIVE = frozenset({"d'", "d’", "de", "à", "pour", "sans"})


def _french_verb(word: Token) -> bool:
    """A French verb the small model tags as a noun or a name: an order in "-ez"
    ("Envoyez-nous" → #Envoyez) or an infinitive after « de », « à », « pour » (#Aimer)."""
    from brandvoice.text.french.lemmas import is_vous_form

    before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
    if before in _BEFORE_INFINITIVE and word.text.islower():
        # A lower-case word in -er, -ir, -re after « de », « à », « pour »: an infinitive.
        return word.text.casefold().endswith(("er", "ir", "re"))
    return is_vous_form(word.text)


def _vague(token: Token, generic: frozenset[str], never: frozenset[str]) -> bool:
    forms = {token.text.casefold(), token.lemma_.casefold()}
    return bool(forms & generic or forms & never)


def _first_name(doc: Doc, word: Token) -> bool:
    """A capitalised word that elsewhere in the message opens a name of two capitalised
    words ("Maeve" beside "Maeve Kelly"): most often a person called by first name."""
    if not word.text[:1].isupper() or word.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(
        t.text == word.text
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text[:1].isupper()
        and doc[t.i + 1].is_alpha
        and doc[t.i + 1].pos_ == "PROPN"
        and not t.is_sent_start
        for t in doc
    )


def _inside(doc: Doc, tokens: Sequence[int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the words ``tokens`` all lie inside one of ``spans`` (character offsets)."""
    first, last = doc[tokens[0]], doc[tokens[-1]]
    return any(s <= first.idx and last.idx + len(last.text) <= e for s, e in spans)


def _hyphen_piece(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether ``tokens`` start or end inside a hyphenated word the parser split ("week" and
    "end" in "week-end", "Saint" in "Saint-Cyr"): a piece of a word is no tag."""
    first, last = tokens[0], tokens[-1]
    return (first >= 2 and _joining_hyphen(doc, first - 1)) or (
        last + 2 < len(doc) and _joining_hyphen(doc, last + 1)
    )


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen glued to the words on both sides of it."""
    return doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _quantity(doc: Doc, words: Sequence[Token]) -> bool:
    """A count or a measure: "une vingtaine de producteurs", "a dozen makers", "12 tonnes",
    what a number counts ("300 références", "25 km loop", "half a century")."""
    quantities = _word_list("quantity_words")
    first = words[0]
    if first.text.casefold() in quantities or first.lemma_.casefold() in quantities:
        return True
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None:
        return False
    if first.pos_ != "NOUN":
        return False  # "212 Foundry Fitness members": a name, whatever counts it
    # What a number counts: "300 références", "25 km loop", "half a century" (a number in
    # figures: "un espace" is one space, not a count).
    counted = _figure(before) or before.lower_ in quantities
    if before.pos_ == "DET" and first.i > 1:  # "half a century"
        counted = counted or doc[first.i - 2].lower_ in quantities
    return counted


def _figure(token: Token) -> bool:
    """A number written in figures ("300", "3,874"), not a time ("7.30am")."""
    return bool(regex.fullmatch(r"\d[\d\s.,\u202f\u00a0]*", token.text))


def _titled_person(doc: Doc, words: Sequence[Token]) -> bool:
    """A person named with a title: "Chef Lina" (#ChefLina), "Dr Martin"."""
    titles = _word_list("person_titles")
    return (
        len(words) == 2
        and words[0].lower_ in titles
        and words[1].pos_ == "PROPN"
        and words[1].text[:1].isupper()
    )


def _only_vague(doc: Doc, tokens: set[int], lang: str) -> bool:
    """Whether ``tokens`` (some) are all words too vague for a tag: what kind of post this
    is ("offer", « annonce »), generic nouns ("day")."""
    if not tokens:
        return False
    _, never = _excluded_words()
    return all(_vague(doc[i], phrase_words(lang).generic, never) for i in tokens)


def _wider(
    tokens: tuple[int, ...], phrases: Sequence[Phrase], holding: dict[int, list[int]]
) -> tuple[int, ...]:
    """The tokens of the first phrase holding all of ``tokens`` and more, else ``tokens``:
    such a phrase holds the first token, so only the phrases holding it are tried."""
    wanted = set(tokens)
    tried = (phrases[n] for n in holding.get(tokens[0], ())) if tokens else iter(phrases)
    return next((p.tokens for p in tried if wanted < set(p.tokens)), tokens)


def _rejection(
    doc: Doc,
    tokens: Sequence[int],
    tag: str,
    excluded: frozenset[str],
    cue_spans: Sequence[tuple[int, int]],
    max_length: int,
    lang: str,
) -> str | None:
    words = [doc[i] for i in tokens]
    content = [t for t in words if t.pos_ not in _FUNCTION_POS and not t.is_stop]
    zones, never = _excluded_words()
    units = fact_units()
    generic, joiners = phrase_words(lang).generic, phrase_words(lang).joiners
    if tag_key(tag) in excluded:
        return "a network's or the brand's own name"
    if len(tag) > max_length:
        return f"longer than {max_length} characters"
    if not content:
        return "a function word"
    if _hyphen_piece(doc, tokens):
        return "a piece of a hyphenated word"  # "#End" from "week-end"
    if _INCLUSIVE_DOT in doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]:
        return "inclusive writing, which no tag can spell"  # "#UnEChargéE" from "un·e chargé·e"
    if _quantity(doc, words):
        return "a quantity"
    if len(words) == 1 and {words[0].text.casefold(), words[0].lemma_.casefold()} & _word_list(
        "contact_words"
    ):
        return "a contact word"
    if len(words) == 1 and {words[0].text.casefold(), words[0].lemma_.casefold()} & _word_list(
        "street_words"
    ):
        return "a street-type word"
    opening = words[0].pos_ if not name_article(words[0], lang) else "PROPN"  # « La Seyne »
    if len(words) > 1 and {opening, words[-1].pos_} & _FUNCTION_POS:
        return "starts or ends with a function word"  # "#DuVar", "#LéaVous"
    if len(words) > 1 and words[0].lower_ in _word_list("pointing_words"):
        return "points at another part of the text"  # "#SameBeer", « #DernierService »
    if len(words) > 1 and _street_name(words, lang):
        return "a street"  # "#GloucesterRoad", « #RueParadis »
    if len(words) == 1:  # a phrase of several words is a topic even if one is vague
        word = words[0]
        folded, lemma = word.text.casefold(), word.lemma_.casefold()
        if word.text.isupper() and folded in zones:
            return "a time zone"
        if folded in units:
            return "a unit"
        if folded in generic or lemma in generic or folded in never or lemma in never:
            return "too generic"
        if word.pos_ in ("VERB", "AUX") or (lang == "fr" and _french_verb(word)):
            return "a verb"
        if any(child.dep_ in ("dobj", "obj") for child in word.children):
            return "a verb"  # "Book your first cleaning": an order, whatever its tag says
        if _numbered(word):
            return "a label for the number after it"  # "Unit 4", "Gate 3": "#Unit" names nothing
        if word.pos_ == "INTJ":
            return "an interjection"  # « Bravo à vous », "Wow"
        if word.pos_ == "PROPN" and _after_indefinite_article(word):
            # "a proper Caesar": a dish (a drink, a model) named after someone, no name.
            return "a name used as a common noun"
        # A product or pursuit people follow stays, whatever cue it is part of: « Le
        # brunch du dimanche revient » announces the brunch, #Brunch is its topic.
        followed = {folded, lemma} & _followed_nouns(lang)
        if not followed and any(s <= word.idx < e for s, e in cue_spans):
            return "says what kind of post this is, not what it is about"
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    if nouns and all(_vague(t, generic, never) for t in nouns):
        return "too generic"  # "#QuickUpdate": the adjective does not make a topic
    # "vins de Bandol": a name after a noun and its joiner names the thing (an appellation,
    # a dish), whatever the small model takes the name for.
    complement = len(words) >= 3 and words[0].pos_ == "NOUN" and words[1].lower_ in joiners
    if any(t.ent_type_ in _PERSON for t in words) and not complement:
        return "a person's name"
    if len(words) == 1 and (
        _first_name(doc, words[0])
        or is_first_name(doc.text, words[0].idx, words[0].idx + len(words[0].text), lang)
    ):
        return "a person's first name"  # "#Maeve" beside "Maeve Kelly", « #Karim »
    if _titled_person(doc, words):
        return "a person's name"
    return None
