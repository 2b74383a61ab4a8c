"""What both directions of the address rewrite ask of a French text: its words, the spaCy
token under a word (for gender and mood), the verbs a word may be a form of, and where a
clause's subject or a subjunctive trigger sits."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeGuard

from brandvoice.adaptation.french.words import Word, split_words
from brandvoice.text.french.verbs import (
    Number,
    Reading,
    Tense,
    is_irregular,
    readings,
    verbs_with_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from brandvoice.text.french.lemmas import VerbForms

NE = frozenset({"ne", "n'", "n’"})
# Unstressed object pronouns, which sit between a subject (or "ne") and its verb.
OBJECT_CLITICS = frozenset(
    {"me", "te", "se", "le", "la", "les", "lui", "leur", "y", "en", "nous", "vous"}
    | {f"{c}{a}" for c in "mtsl" for a in "'’"}
)
SUBJECT_PRONOUNS = frozenset(
    {"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "c'"}
    | {"c’", "qui", "ça", "cela"}
)
# What an affirmative imperative may carry after a hyphen ("Dites-le-nous", "Vas-y").
HYPHEN_CLITICS = frozenset({"moi", "toi", "le", "la", "les", "lui", "leur", "nous", "vous"})
HYPHEN_ELIDING = frozenset({"en", "y"})
# Words that open a question: a verb after them with "-vous" is inverted, not an order.
QUESTION_WORDS = frozenset(
    {"comment", "où", "quand", "pourquoi", "que", "qu'", "qu’", "quel", "quelle", "quels"}
    | {"quelles", "combien", "lequel", "laquelle", "lesquels", "lesquelles", "quoi"}
)
PREPOSITIONS = frozenset(
    {"pour", "avec", "de", "d'", "d’", "chez", "à", "par", "sans", "contre", "entre", "vers"}
    | {"après", "avant", "envers", "derrière", "devant", "sur", "sous", "selon"}
    | {"sauf", "malgré", "auprès", "près", "pendant", "dès"}
)
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_NOT_VERBS = frozenset({"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PUNCT", "NUM", "ADJ"})
# "que" after these asks for the subjunctive ("pour que vous soyez", "il faut que tu viennes").
_SUBJUNCTIVE_CONJUNCTIONS = frozenset(
    {"pour", "afin", "avant", "bien", "sans", "moins", "quoique", "sorte", "condition", "peur"}
)
_SUBJUNCTIVE_VERBS = frozenset(
    {"falloir", "vouloir", "souhaiter", "aimer", "préférer", "désirer", "exiger", "attendre"}
    | {"demander", "douter", "craindre", "regretter", "valoir", "suffire", "proposer"}
    | {"importer", "tenir", "permettre", "recommander", "conseiller", "suggérer"}
)
_NOT_NEW_VERBS = frozenset(
    {"ADP", "ADV", "DET", "PRON", "CCONJ", "SCONJ", "NOUN", "ADJ", "NUM", "PUNCT"}
)
_FINITE_TENSES = frozenset(
    {Tense.PRESENT, Tense.IMPERFECT, Tense.FUTURE, Tense.CONDITIONAL, Tense.SUBJUNCTIVE}
)


@dataclass
class FrenchText:
    """A French text with its words and its spaCy parse, asked about by the rewrites."""

    text: str
    doc: Doc
    forms: VerbForms | None

    @cached_property
    def words(self) -> list[Word]:
        return split_words(self.text)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]

    @cached_property
    def apostrophe(self) -> str:
        """The apostrophe the text writes with, for the elisions the rewrite adds."""
        return "’" if self.text.count("’") > self.text.count("'") else "'"

    def token(self, word: Word) -> Token | None:
        """The spaCy token that holds ``word`` (it may start at its hyphen: "-vous")."""
        position = bisect.bisect_right(self._token_starts, word.start) - 1
        if position < 0:
            return None
        token = self.doc[position]
        return token if token.idx + len(token.text) >= word.end else None

    def previous(self, word: Word) -> Word | None:
        return self.words[word.index - 1] if word.index > 0 else None

    def next(self, word: Word) -> Word | None:
        index = word.index + 1
        return self.words[index] if index < len(self.words) else None

    def lemmas(self, word: Word) -> set[str]:
        """The verbs ``word`` may be a form of, from the lemmatizer's tables and the tagger."""
        found = set(self.forms.lemmas(word.lower)) if self.forms is not None else set()
        found.update(verbs_with_form(word.lower))
        token = self.token(word)
        if token is not None and token.pos_ in ("VERB", "AUX") and token.lemma_.isalpha():
            found.add(token.lemma_.lower())
        # A verb the lemmatizer does not know ("streamez", "tu likes") is a new "-er" verb:
        # French borrows into the first group. Not a word tagged as a function word
        # ("assez") or a noun ("les dames").
        new_verb = token is None or token.pos_ not in _NOT_NEW_VERBS
        if not found and new_verb and len(word.lower) >= 6 and word.lower.endswith(("ez", "es")):
            found.add(word.lower[:-2] + "er")
        return found

    def readings(self, word: Word, number: Number) -> list[Reading]:
        """``word`` as a second-person ``number`` form: none for a non-word or a word that
        is no such form. A capitalised word inside a sentence is a name ("Lopez")."""
        if not word.is_word or word.elided or (word.hyphened and word.lower in HYPHEN_CLITICS):
            return []
        before = self.previous(word)
        capitalised = word.text[0].isupper() and not word.text.isupper()
        inside = before is not None and before.sentence == word.sentence and before.is_word
        if capitalised and inside:
            return []
        found = readings(word.text, self.lemmas(word), number)
        if len({r.lemma for r in found}) > 1:
            # Several verbs fit ("verrez": "voir", "verrer"): keep the likeliest one.
            token = self.token(word)
            tagged = token.lemma_.lower() if token is not None else ""
            best = min(found, key=lambda r: (not is_irregular(r.lemma), r.lemma != tagged))
            found = [r for r in found if r.lemma == best.lemma]
        return found

    def is_verb(self, word: Word) -> bool:
        """Any verb form (infinitive, third person...), for telling "vous" the object
        ("vous aider", "vous plaît") from "vous" the stressed pronoun ("chez vous")."""
        if not word.is_word:
            return False
        token = self.token(word)
        if token is not None and token.pos_ in ("VERB", "AUX"):
            return True
        if token is not None and token.pos_ in _NOT_VERBS:
            return False  # "instantanément" is no form of "instantanémer"
        return self.forms is not None and bool(self.forms.lemmas(word.lower))

    def is_infinitive(self, word: Word) -> bool:
        return word.lower.endswith(_INFINITIVE_ENDINGS) and word.lower in self.lemmas(word)

    def tagged_gender(self, word: Word) -> Literal["m", "f"] | None:
        token = self.token(word)
        genders = token.morph.get("Gender", []) if token is not None else []
        return None if not genders else "f" if genders[0] == "Fem" else "m"

    def verb_after(self, word: Word) -> Word | None:
        """The word after ``word`` once "ne" and object pronouns are skipped: the verb of a
        subject ("vous ne le savez pas" -> "savez")."""
        current = self.next(word)
        while current is not None and (current.lower in OBJECT_CLITICS or current.lower in NE):
            current = self.next(current)
        return current

    def before_clitics(self, word: Word) -> Word | None:
        """The word before ``word`` once object pronouns and "ne" are skipped."""
        current = self.previous(word)
        while current is not None and (current.lower in OBJECT_CLITICS or current.lower in NE):
            current = self.previous(current)
        return current

    def same_sentence(self, first: Word | None, second: Word) -> TypeGuard[Word]:
        """Whether ``first`` exists and shares the sentence of ``second``."""
        return first is not None and first.sentence == second.sentence

    def subjunctive_expected(self, subject: Word) -> bool:
        """Whether the clause of ``subject`` is in the subjunctive: spaCy says so of its
        verb, or a "que" just before follows a conjunction or verb that calls for it."""
        index = subject.index - 1
        while index >= 0 and index >= subject.index - 3:
            word = self.words[index]
            if word.sentence != subject.sentence:
                return False
            if word.bare in ("que", "qu"):
                return self._calls_for_subjunctive(word)
            index -= 1
        return False

    def _calls_for_subjunctive(self, que: Word) -> bool:
        index = que.index - 1
        seen = 0
        while index >= 0 and seen < 4:
            word = self.words[index]
            if word.sentence != que.sentence or not word.is_word:
                return False
            if word.lower in _SUBJUNCTIVE_CONJUNCTIONS and seen == 0:
                return True  # "pour que", "bien que", not "pour la date que"
            if self.lemmas(word) & _SUBJUNCTIVE_VERBS:
                return True
            index, seen = index - 1, seen + 1
        return False


def finite(found: Iterable[Reading]) -> list[Reading]:
    return [r for r in found if r.tense in _FINITE_TENSES]


def pick_tense(found: list[Reading], text: FrenchText, subject: Word, verb: Word) -> Reading:
    """The reading of a verb with a subject: never the imperative; the imperfect or the
    subjunctive of an "-iez" form by the clause ("si vous parliez" / "que vous parliez")."""
    candidates = finite(found) or found
    tenses = {r.tense for r in candidates}
    if Tense.SUBJUNCTIVE in tenses and len(tenses) > 1:
        # The tagger's mood is not asked: it calls "que tu aimes" subjunctive as often
        # as not; the words before "que" decide.
        wanted = text.subjunctive_expected(subject)
        chosen = [r for r in candidates if (r.tense is Tense.SUBJUNCTIVE) == wanted]
        candidates = chosen or candidates
    if Tense.PRESENT in {r.tense for r in candidates}:
        candidates = [r for r in candidates if r.tense is Tense.PRESENT]
    return candidates[0]
