"""Verbs in the imperative mood, with the person they address.

English marks no imperative in its morphology: a sentence's base-form verb (``VB``) with
no subject and no auxiliary is one ("Come and see!", "Please call us").

French imperatives come from two sources. spaCy's morphology when it says so
(``Mood=Imp``), and, because ``fr_core_news_sm`` mostly does not, the grammar of the
imperative itself: a verb form with no subject at the start of a clause. The form's ending
gives the person: "-ez" (and "dites", "faites") is the plural or polite "vous", "-ons" is
"nous", and "-s", "-x", "-e" ("viens", "veux", "profite") are "tu".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from brandvoice.analysis.syntax import tokens_labelled
from brandvoice.text.french.lemmas import VerbForms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class Imperative:
    """An imperative verb: ``doc[index]``, addressing ``person`` (1 or 2, None: unknown)
    in ``number`` ("Sing", "Plur", None)."""

    index: int
    start: int
    end: int
    person: int | None
    number: str | None


def find_imperatives(doc: Doc, lang: str, forms: VerbForms | None = None) -> list[Imperative]:
    """The imperatives of ``doc``; ``forms`` (French) recognises verb forms the tagger
    misses (see :mod:`brandvoice.text.french.lemmas`)."""
    if lang == "en":
        candidates = tokens_labelled(doc, "TAG", _ENGLISH_BASE_FORM)
        return [_imperative(t, None, None) for t in candidates if _is_english_imperative(t)]
    text = doc.text  # built from the tokens on every access: once here, not once a token
    found = []
    for token in doc:
        imperative = _french_imperative(token, text, forms)
        if imperative is not None:
            found.append(imperative)
    return found


def _imperative(token: Token, person: int | None, number: str | None) -> Imperative:
    return Imperative(token.i, token.idx, token.idx + len(token.text), person, number)


# --- English --------------------------------------------------------------------------------

_ENGLISH_BASE_FORM = frozenset({"VB"})
_ENGLISH_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def _is_english_imperative(token: Token) -> bool:
    if token.tag_ not in _ENGLISH_BASE_FORM or token.dep_ not in ("ROOT", "conj"):
        return False
    if any(child.dep_ in _ENGLISH_SUBJECTS for child in token.children):
        return False
    if token.dep_ == "conj":  # "Come and see": imperative only when its head is one
        head = token.head
        return head is not token and head.dep_ == "ROOT" and _is_english_imperative(head)
    return True


# --- French ---------------------------------------------------------------------------------

# Tags the tagger gives a clause-initial imperative: right (VERB, AUX) or wrong but common
# for a capitalised first word (PROPN, NOUN). Not ADV, ADP, CCONJ...: "Plus" is a form of
# "plaire" and "Puis" of "pouvoir", but there they are an adverb and a conjunction.
_VERB_LIKE = frozenset({"VERB", "AUX", "PROPN", "NOUN"})
# What may follow a "tu" imperative ("Viens voir", "Découvre notre offre", "Viens vite").
# Not an adjective, a preposition or a noun: "Offre spéciale", "Visite de l'usine" and
# "Commande en ligne" are nouns; their imperative reading is given up.
_AFTER_IMPERATIVE = frozenset({"DET", "PRON", "ADV"})
_AFTER_NAME = frozenset({"DET"})
_FUSED_ARTICLES = frozenset({"du", "des", "au", "aux"})
_COPULAS = frozenset({"être", "rester", "devenir", "demeurer", "sembler"})
# Where a clause starts: the sentence's first word, or a word after these.
# Sentence ends are there for the boundaries the parser misses ("C'est fini ! Passez...").
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "(", "—", "–", "-", "«", '"', "“", "…", "•", "*", "·", "/", "|", ".", "!", "?"}
)
_NE = frozenset({"ne", "n'", "n’"})
# UD labels of a clause's subject in the French model.
_FRENCH_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_NEGATIONS = frozenset({"pas", "plus", "jamais", "rien", "point", "personne", "guère"})
_OBJECT_CLITICS = frozenset(
    {"me", "te", "le", "la", "les", "lui", "leur", "nous", "vous", "en", "y"}
    | {f"{c}{a}" for c in "mtl" for a in "'’"}
)
# Impersonal verbs begin a clause without subject in casual French ("Faut voir",
# "Suffit de cliquer") and are not imperatives.
_IMPERSONAL = frozenset({"falloir", "suffire", "paraître", "pleuvoir", "sembler"})
# An inversion: "Viens-tu ?", "Avez-vous vu ?", "A-t-il" ask, they do not order.
_SUBJECT_CLITIC = regex.compile(r"-(?:t-)?(?:je|tu|il|elle|on|ils|elles)\b", regex.I)
# "-nous", "-vous" are subjects in a question ("Pouvez-vous ?") and objects after an
# imperative ("Dites-nous", "Abonnez-vous"): the question mark decides.
_FIRST_OR_SECOND_PLURAL_CLITIC = regex.compile(r"-(?:nous|vous)\b", regex.I)
# "Rendez-vous" is first of all the noun, in "tu" and "vous" posts alike.
_FROZEN_NOUNS = regex.compile(r"rendez-vous\b", regex.I)
_INTERJECTION_AFTER = regex.compile(r"\s*[,!]")
_PLURAL_IRREGULAR = frozenset({"dites", "faites"})
_SINGULAR_IRREGULAR = frozenset({"va", "aie", "sache", "veuille"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


# Verb forms that are also prepositions: "Entre les deux, …", "Contre toute attente, …".
_PREPOSITION_HOMOGRAPHS = frozenset({"entre", "contre", "suivant", "durant"})
# A short phrase closed by a comma: the shape of a fronted complement.
_PHRASE_THEN_COMMA = regex.compile(r"(?:[\s\u00a0]+[\p{L}\p{N}'’-]+){1,4}[\s\u00a0]*,")


# Verbs used only with their pronoun ("se hâter", "se dépêcher"): their order carries it
# ("Hâte-toi", "Dépêchez-vous"); the bare form opening a sentence is a noun or a shortened
# "j'ai hâte": "Hâte de vous voir !".
_PRONOMINAL_ONLY = frozenset({"hâte", "dépêche", "empresse", "souviens", "méfie", "moque"})
# Nouns of places that are also verb forms ("place", "porte", "passe"): before "de la
# Libération", "d'Italie", "du Port" they open a place's name, not an order.
_PLACE_NOUNS = frozenset(
    {"place", "porte", "passe", "tour", "montée", "traverse", "halle", "route"}
)
_NAME_FOLLOWS = regex.compile(
    r"[\s\u00a0]+(?:de[\s\u00a0]+(?:la[\s\u00a0]+|l['’])?|du[\s\u00a0]+|des[\s\u00a0]+|d['’])\p{Lu}"
)


# A verb form joined by a hyphen to a word that is no pronoun is a compound noun:
# "Grille-pain", "Ouvre-boîte", "Tire-bouchon", "Porte-clés"; an order joins only its
# pronouns ("Dis-moi", "Vas-y", "Rends-le-nous", "Va-t'en").
_COMPOUND_NOUN = regex.compile(
    r"-(?!(?:moi|toi|le|la|les|lui|leur|nous|vous|en|y|t|m|là)(?!\p{L}))\p{L}", regex.I
)


# A quotation's closing mark and its comma: the verb after them says who speaks, in an
# inverted clause (« « Merci à tous », confie l'équipe »).
_AFTER_QUOTE = regex.compile(r"[»”][\s\u00a0\u202f]*,[\s\u00a0\u202f]*\Z")


def no_order(word: str, text: str, end: int) -> bool:
    """Whether ``word`` (lower case, ending at ``end`` in ``text``), though it has the form
    of a "tu" order, is none: a preposition opening a fronted phrase ("Entre les deux,
    l'atelier sera fermé"), a pronominal-only verb without its pronoun ("Hâte de vous voir",
    not "Hâte-toi"), a noun opening a place's name ("place de la Libération", "Porte
    d'Italie"), the first half of a compound noun ("Grille-pain"), or the verb that
    says who speaks after a quotation (« « Merci », confie
    l'équipe »)."""
    if word in _PREPOSITION_HOMOGRAPHS and _PHRASE_THEN_COMMA.match(text, end):
        return True
    start = end - len(word)
    if _AFTER_QUOTE.search(text[max(0, start - 8) : start]):
        return True  # « « Merci à tous », confie l'équipe »: who speaks, not an order
    if word in _PRONOMINAL_ONLY and not text.startswith("-", end):
        return True
    if _COMPOUND_NOUN.match(text, end):
        return True
    return word in _PLACE_NOUNS and _NAME_FOLLOWS.match(text, end) is not None


def _french_imperative(token: Token, text: str, forms: VerbForms | None) -> Imperative | None:
    if not token.is_alpha or len(token.text) < 2 or not _starts_clause(token):
        return None
    if any(child.dep_ in _FRENCH_SUBJECTS and child.i < token.i for child in token.children):
        # "Le garage, installé depuis 1998 à La Valette, assure…": the comma opens no
        # clause there; the verb has its subject before it, and an order has none (the
        # parser may take the pronoun after an order for one: « Suivez-nous »).
        return None
    person, number = _person_from_ending(token.lower_)
    if person is None:
        return None
    if _COMPOUND_NOUN.match(text, token.idx + len(token.text)):
        return None  # "Grille-pain", whatever mood the tagger gives "Grille"
    if token.pos_ in ("VERB", "AUX") and "Imp" in token.morph.get("Mood", []):
        # spaCy's mood, if its person and number agree with the ending (it gives "Oui"
        # and "dîner" a plural imperative at times).
        tagged = (_first(token.morph.get("Person", [])), _first(token.morph.get("Number", [])))
        if tagged in ((None, None), (person, number)):
            return _imperative(token, int(person), number)
        return None
    if forms is None:
        return None
    end = token.idx + len(token.text)
    after = text[end : end + 12]
    if _SUBJECT_CLITIC.match(after) or _FROZEN_NOUNS.match(text, token.idx):
        return None
    if no_order(token.lower_, text, end):
        return None
    if _FIRST_OR_SECOND_PLURAL_CLITIC.match(after) and _sentence_asks(token, text):
        return None
    lemmas = forms.lemmas(token.text)
    if not lemmas or lemmas <= _IMPERSONAL:
        return None
    if number == "Plur" and person == "2":
        # "-ez" is a verb ending nothing else shares ("chez", "nez" are no verb forms), so
        # the tagger is not consulted: it calls "Passez" an adverb, "Profitez" a participle.
        # Only the rallying "Allez, ..." / "Allez !" is an interjection, said to anyone.
        if token.lower_ == "allez" and _INTERJECTION_AFTER.match(after):
            return None
        return _imperative(token, 2, "Plur")
    # The "tu" and "nous" endings are also those of nouns, names, participles and adverbs
    # ("Offre spéciale", "Pierre nous a dit", "Inscrits", "Plus"): the tagger and the
    # context must agree. A word in capitals is a heading more often than an order.
    if token.lower_.endswith(_PARTICIPLE_ENDINGS) or token.is_upper:
        return None
    if _between_ne_and_pas(token):
        if _goes_on_from_a_subject(token, text):
            return None
        return _imperative(token, int(person), number)  # "Ne rate pas ça" (tagged ADJ)
    if token.pos_ not in _VERB_LIKE or "Part" in token.morph.get("VerbForm", []):
        return None
    if _followed_like_a_noun(token, lemmas):
        return None
    if token.pos_ not in ("VERB", "AUX") and not _followed_like_an_imperative(token, text, lemmas):
        return None
    return _imperative(token, int(person), number)


def _person_from_ending(word: str) -> tuple[str | None, str | None]:
    if word.endswith("ez") or word in _PLURAL_IRREGULAR:
        return "2", "Plur"
    if word.endswith("ons"):
        return "1", "Plur"
    if word.endswith(("s", "x", "e")) or word in _SINGULAR_IRREGULAR:
        return "2", "Sing"
    return None, None


def _starts_clause(token: Token) -> bool:
    """Nothing but a clause opener before ``token``, or a negative's "ne" and object
    pronouns: "Viens", "Ne viens pas", "Ne le dis pas", ", venez"."""
    previous = _previous_word(token)
    clitics = False
    while previous is not None and previous.lower_ in _OBJECT_CLITICS:
        previous, clitics = _previous_word(previous), True
    if previous is not None and previous.lower_ in _NE:
        previous = _previous_word(previous)
    elif clitics:
        return False  # "Je le dis": the clitic follows a subject, not a "ne"
    return previous is None or previous.text in _CLAUSE_OPENERS or previous.pos_ == "SYM"


def _previous_word(token: Token) -> Token | None:
    """The token before ``token`` in its sentence, skipping spaces and emoji."""
    current = token
    # Walking back to the sentence start, not reading ``token.sent``, which costs the
    # sentence's length on every call.
    while not current.is_sent_start and current.i > 0:
        current = token.doc[current.i - 1]
        if not current.is_space and not _is_symbol(current):
            return current
    return None


def _is_symbol(token: Token) -> bool:
    return all(not char.isalnum() and char not in _CLAUSE_OPENERS for char in token.text)


def _followed_like_an_imperative(token: Token, text: str, lemmas: set[str]) -> bool:
    if text.startswith("-", token.idx + len(token.text)):
        return True  # "Dis-moi", "Rends-toi", "Vas-y": an object clitic after the verb
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    if following.pos_ == "VERB" and "Inf" in following.morph.get("VerbForm", []):
        return True  # "Viens voir"
    if lemmas & _COPULAS and _is_attribute(following):
        return True  # "Sois prêt", "Reste connecté"
    # A name may be followed by a pronoun or an adverb ("Pierre nous a dit", "Limoges
    # aussi"); a determiner after it is still an object ("Découvre notre offre").
    allowed = _AFTER_NAME if token.pos_ == "PROPN" else _AFTER_IMPERATIVE
    return following.pos_ in allowed


def _is_attribute(token: Token) -> bool:
    """An adjective or a participle used as one ("naturelle", "connecté")."""
    return token.pos_ == "ADJ" or (
        token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])
    )


def _sentence_asks(token: Token, text: str) -> bool:
    """Whether the sentence of ``token`` ends with a question mark."""
    doc = token.doc
    last = token.i
    while last + 1 < len(doc) and not doc[last + 1].is_sent_start:
        last += 1
    return text[token.idx : doc[last].idx + len(doc[last].text)].rstrip().endswith("?")


def _between_ne_and_pas(token: Token) -> bool:
    """Only a finite verb sits between "ne" and "pas" (or "plus", "jamais"...)."""
    previous = _previous_word(token)
    while previous is not None and previous.lower_ in _OBJECT_CLITICS:
        previous = _previous_word(previous)
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        previous is not None
        and previous.lower_ in _NE
        and following is not None
        and following.lower_ in _NEGATIONS
    )


# A negated clause with its own subject before its "ne": "Meta n'organise pas ce jeu".
_NEGATED_WITH_SUBJECT = regex.compile(
    r"^\s*(?P<subject>[^\s,;:]+(?:\s+[^\s,;:]+)*?)\s+(?:ne|n['’])\s*\S.*?\s"
    r"(?:pas|plus|jamais|rien|point|guère)(?![\p{L}])",
    regex.IGNORECASE,
)
_NEGATED_WITHOUT_SUBJECT = regex.compile(
    r"^\s*(?:ne|n['’])\s*\S.*?\s(?:pas|plus|jamais|rien|point|guère)(?![\p{L}])",
    regex.IGNORECASE,
)


def _goes_on_from_a_subject(token: Token, text: str) -> bool:
    """Whether the negated verb ``token`` ("ne le parraine pas") is one of a series of
    negated clauses after a comma that the first one's subject governs: "Meta n'organise
    pas ce jeu, ne le parraine pas, ne le gère pas" (Meta's promotion statement) says
    "Meta" three times, it orders nobody. "Ne viens pas, ne le rate pas" has no subject,
    and "Tu ne viens pas, ne…" addresses the reader already."""
    start = token.idx
    current = token
    while not current.is_sent_start and current.i > 0:
        current = token.doc[current.i - 1]
    clauses = regex.split(r"[,;]", text[current.idx : start])
    if len(clauses) < 2:
        return False
    for clause in reversed(clauses[:-1]):
        if _NEGATED_WITHOUT_SUBJECT.match(clause):
            continue  # "…, ne le parraine pas, ne le gère pas": the series goes on
        found = _NEGATED_WITH_SUBJECT.match(clause)
        return found is not None and found.group("subject").casefold() not in ("tu", "toi")
    return False


def _followed_like_a_noun(token: Token, lemmas: set[str]) -> bool:
    """An adjective after anything but a copula ("Réserve naturelle", but "Sois prêt"), or
    a preposition with no determiner after it ("Offre de bienvenue", "Corde à sauter";
    "Profite de nos offres" keeps its determiner): the word is a noun."""
    doc = token.doc
    if token.i + 1 < len(doc) and _is_attribute(doc[token.i + 1]):
        return not lemmas & _COPULAS
    if token.i + 2 >= len(doc) or doc[token.i + 1].pos_ != "ADP":
        return False
    preposition, following = doc[token.i + 1], doc[token.i + 2]
    if "Art" in preposition.morph.get("PronType", []) or preposition.lower_ in _FUSED_ARTICLES:
        return True  # "du", "aux": the article is fused, a noun follows
    return following.pos_ not in ("DET", "PRON")


def _first(values: list[str]) -> str | None:
    return values[0] if values else None
