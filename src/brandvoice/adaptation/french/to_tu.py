"""Formal "vous" addressing one reader, rewritten as "tu".

Each "vous" is read by what follows and precedes it:

- subject: a second-person plural verb follows it, past "ne" and object pronouns
  ("vous ne le savez pas") -> "tu", and the verb goes to the singular of its tense;
- inverted subject: "-vous" after a verb in a question ("Pouvez-vous ?", "Comment
  allez-vous") -> "-tu";
- object or reflexive: before a verb, after "ne", or after another subject
  ("je vais vous aider", "Ne vous inquiétez pas", "vous vous rendez") -> "te", "t'" before
  a vowel or a mute "h"; "-vous" after an order ("Inscrivez-vous") -> "-toi";
- stressed: anything else ("pour vous", "chez vous", "Et vous ?") -> "toi".

A "-ez" verb with no subject is an order ("Réservez vite" -> "Réserve vite"), unless a
relative "qui" or a coordination with an indicative verb gives it a subject.
Possessives follow the noun's gender: "votre adresse" -> "ton adresse", "votre carte"
-> "ta carte", "vos" -> "tes", "la vôtre" -> "la tienne".
"""

from __future__ import annotations

from brandvoice.adaptation.french.context import (
    HYPHEN_ELIDING,
    NE,
    PREPOSITIONS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    FrenchText,
    finite,
    pick_tense,
)
from brandvoice.adaptation.french.rewrite import AddressRewrite, Replacement
from brandvoice.adaptation.french.words import Word, match_case, sentence_ends_with_question
from brandvoice.text.french import Reading, Tense, elides, form, phrase_gender

_COORDINATIONS = frozenset({"et", "ou", "mais", "puis"})
# The pronoun an object clitic becomes after an imperative: "veuillez me donner" -> "donne-moi".
_AFTER_IMPERATIVE = {"me": "moi", "m'": "moi", "m’": "moi", "nous": "nous", "le": "le"} | {
    "la": "la",
    "les": "les",
    "lui": "lui",
    "leur": "leur",
}
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_VOTRE_PRONOUN = {  # the article before "vôtre" gives its gender and number
    "le": "tien",
    "du": "tien",
    "au": "tien",
    "la": "tienne",
    "les": "tiens",
    "des": "tiens",
    "aux": "tiens",
}


def vous_to_tu(text: FrenchText) -> list[Replacement]:
    """Replacements turning ``text``'s "vous" (one reader) into "tu", in text order."""
    return _ToTu(text).run()


class _ToTu(AddressRewrite):
    def __init__(self, text: FrenchText) -> None:
        super().__init__(text)
        # Verbs that have "vous" for subject: a "-ez" verb coordinated with one before it
        # shares the subject ("Vous arrivez et choisissez").
        self.indicative_verbs: dict[int, Tense] = {}

    def run(self) -> list[Replacement]:
        for word in self.words:
            if word.index in self.done:
                continue
            if word.lower == "vous":
                self._vous(word)
            elif word.lower in ("votre", "vos"):
                self._possessive(word)
            elif word.lower in ("vôtre", "vôtres"):
                self._possessive_pronoun(word)
        for word in self.words:
            if word.index not in self.done:
                self._verb_without_subject(word)
        return sorted(self.found, key=lambda r: r.start)

    # --- pronouns ---------------------------------------------------------------------

    def _vous(self, word: Word) -> None:
        text = self.text
        before, after = text.previous(word), text.next(word)
        if word.hyphened and before is not None and _rendez_vous_noun(text, before):
            return
        if after is not None and after.hyphened and after.lower.startswith("même"):
            if after.lower == "même":
                self._put(word, "toi", "vous-même → toi-même")
            return
        if word.hyphened and before is not None and before.is_word:
            self._after_hyphen(word, before)
            return
        if before is not None and before.lower in NE:
            self._object(word)  # "Ne vous inquiétez pas": "ne" comes after a subject
            return
        subject = text.before_clitics(word)
        if subject is not None and subject.index in self.done and subject.lower == "vous":
            self._object(word)  # "vous vous rendez": the second is the reflexive
            return
        verb = text.verb_after(word)
        if verb is not None and verb.index not in self.done and text.same_sentence(verb, word):
            found = text.readings(verb, "pl")
            inverted = text.next(verb)
            if inverted is not None and inverted.hyphened and inverted.lower == "vous":
                # "comment vous divertissez-vous ?": the inverted one is the subject
                self._object(word)
                return
            if finite(found) and not (before is not None and before.lower in PREPOSITIONS):
                self._put(word, "tu", "vous → tu")
                self._subject_verb(word, verb, found)
                return
        if text.same_sentence(subject, word) and subject.lower in SUBJECT_PRONOUNS:
            self._object(word)  # "je vous appelle", "qui vous intéresse"
            return
        if before is not None and before.lower in PREPOSITIONS:
            # "pour vous aider" but "pour vous", "avec vous en tout cas"
            if verb is not None and text.is_infinitive(verb) and text.same_sentence(verb, word):
                self._object(word)
            else:
                self._put(word, "toi", "vous → toi (after a preposition)")
            return
        if verb is not None and text.same_sentence(verb, word) and text.is_verb(verb):
            self._object(word)
            return
        self._put(word, "toi", "vous → toi")

    def _after_hyphen(self, word: Word, verb: Word) -> None:
        """ "-vous" after a verb: the subject of a question or the reflexive of an order."""
        text = self.text
        found = text.readings(verb, "pl") if verb.index not in self.done else []
        if not found:
            self._put(word, "toi", "vous → toi")
            return
        opener = text.before_clitics(verb)
        question = sentence_ends_with_question(self.words, word) or (
            text.same_sentence(opener, verb)
            and opener is not None
            and opener.lower in QUESTION_WORDS
        )
        orders = [r for r in found if r.tense is Tense.IMPERATIVE]
        if orders and not question:
            after = text.next(word)
            if after is not None and after.hyphened and after.lower in HYPHEN_ELIDING:
                # "Occupez-vous-en" -> "Occupe-t'en"
                elided = match_case("t", word.text) + text.apostrophe
                self._put_span(word, word.start, after.start, elided, "vous → t'")
            else:
                self._put(word, "toi", "vous → toi (after an order)")
            self._conjugate(verb, orders[0], "order")
            return
        self._put(word, "tu", "vous → tu (question)")
        self._subject_verb(word, verb, found)

    def _subject_verb(self, subject: Word, verb: Word, found: list[Reading]) -> None:
        reading = pick_tense(found, self.text, subject, verb)
        self._conjugate(verb, reading, "verb")
        self.indicative_verbs[verb.index] = reading.tense

    def _object(self, word: Word) -> None:
        after = self.text.next(word)
        gap = self.text.text[word.end : after.start] if after is not None else ""
        if after is not None and after.is_word and gap == " " and elides(after.text):
            elided = match_case("t", word.text) + self.text.apostrophe
            self._put_span(word, word.start, after.start, elided, "vous → t'")
        else:
            self._put(word, "te", "vous → te")

    def _possessive(self, word: Word) -> None:
        if word.lower == "vos":
            self._put(word, "tes", "vos → tes")
            return
        after = self.text.next(word)
        if after is not None and after.is_word and elides(after.text):
            self._put(word, "ton", "votre → ton (before a vowel)")
            return
        phrase = [w for w in self.words[word.index + 1 : word.index + 4] if w.is_word]
        gender = phrase_gender(
            [w.text for w in phrase], [self.text.tagged_gender(w) for w in phrase]
        )
        if gender == "f":
            self._put(word, "ta", "votre → ta (feminine noun)")
        else:
            self._put(word, "ton", "votre → ton")

    def _possessive_pronoun(self, word: Word) -> None:
        before = self.text.previous(word)
        article = before.lower if before is not None else ""
        replacement = _VOTRE_PRONOUN.get(article)
        if replacement is None:
            return  # "bien vôtre": a closing formula with no "tu" counterpart
        token = self.text.token(word)
        if replacement == "tiens" and token is not None and "Fem" in token.morph.get("Gender", []):
            replacement = "tiennes"
        self._put(word, replacement, f"{word.lower} → {replacement}")

    # --- verbs ------------------------------------------------------------------------

    def _verb_without_subject(self, word: Word) -> None:
        text = self.text
        found = text.readings(word, "pl")
        if not found or (word.lower == "rendez" and _rendez_vous_noun(text, word)):
            return
        before = text.before_clitics(word)
        starts = before is None or not text.same_sentence(before, word) or not before.is_word
        # "-ez" belongs to "vous" alone; "faites", "dites" are also participles ("les
        # choses faites"): those need a clause start or a clitic around them.
        if not word.lower.endswith("ez"):
            after = text.next(word)
            clitics = text.previous(word) is not before
            coordinated_start = before is not None and before.lower in _COORDINATIONS
            hyphen_after = after is not None and after.hyphened
            if not (starts or clitics or coordinated_start or hyphen_after):
                return
        if word.lower == "veuillez" and self._fold_veuillez(word):
            return
        orders = [r for r in found if r.tense is Tense.IMPERATIVE]
        relative = text.same_sentence(before, word) and before is not None and before.lower == "qui"
        previous = text.previous(word)
        shared = [
            tense
            for index, tense in self.indicative_verbs.items()
            if self.words[index].sentence == word.sentence and index < word.index
        ]
        coordinated = previous is not None and previous.lower in _COORDINATIONS and shared
        if coordinated:
            # "que vous sachiez et gardiez": the same subject, the same tense
            same = [r for r in found if r.tense is shared[-1]]
            self._conjugate(word, same[0] if same else pick_tense(found, text, word, word), "verb")
        elif orders and not relative:
            self._conjugate(word, orders[0], "order")
        else:
            self._conjugate(word, pick_tense(found, text, word, word), "verb")

    def _fold_veuillez(self, word: Word) -> bool:
        """ "Veuillez vérifier" -> "Vérifie", "veuillez me donner" -> "donne-moi": the polite
        order has no familiar counterpart, the plain imperative is it."""
        text = self.text
        clitic = text.next(word)
        verb = clitic
        if clitic is not None and clitic.lower in _AFTER_IMPERATIVE:
            verb = text.next(clitic)
        else:
            clitic = None
        if verb is None or not verb.is_word or not verb.lower.endswith(_INFINITIVE_ENDINGS):
            return False
        if verb.lower not in text.lemmas(verb):
            return False
        order = form(verb.lower, Tense.IMPERATIVE, "sg")
        if order is None:
            return False
        if clitic is not None:
            order = f"{order}-{_AFTER_IMPERATIVE[clitic.lower]}"
        replacement = match_case(order, word.text)
        self.found.append(
            Replacement(
                word.start,
                verb.end,
                replacement,
                "veuillez + infinitive → imperative",
                word.sentence,
            )
        )
        self.done.update(range(word.index, verb.index + 1))
        return True

    def _conjugate(self, verb: Word, reading: Reading, kind: str) -> None:
        target = form(reading.lemma, reading.tense, "sg")
        if target is None:
            return
        after = self.text.next(verb)
        if (
            reading.tense is Tense.IMPERATIVE
            and after is not None
            and after.hyphened
            and after.lower in HYPHEN_ELIDING
            and target.endswith(("e", "a"))
        ):
            target += "s"  # "Allez-y" -> "Vas-y", "Profitez-en" -> "Profites-en"
        self._put(verb, target, f"{kind}: {verb.lower} → {target} ({reading.tense.value})")
        self._fix_elision(verb, target)

    def _fix_elision(self, verb: Word, target: str) -> None:
        """ "vous n'allez" -> "tu ne vas": the elided word before a verb that no longer
        starts with a vowel gets its vowel back."""
        before = self.text.previous(verb)
        if before is None or not before.elided or before.index in self.done or elides(target):
            return
        if before.bare in ("n", "m", "s"):
            full = match_case(before.bare + "e", before.text) + " "
            self._put_span(
                before, before.start, before.end, full, f"{before.lower} → {full.strip()}"
            )


def _rendez_vous_noun(text: FrenchText, rendez: Word) -> bool:
    """ "rendez-vous" is the noun (an appointment) but in "Rendez-vous sur notre site", an
    order ("go to") at the start of a clause followed by "sur"."""
    after = text.next(rendez)
    if rendez.lower != "rendez" or after is None or not after.hyphened or after.lower != "vous":
        return False
    before = text.previous(rendez)
    starts = before is None or not before.is_word or before.sentence != rendez.sentence
    following = text.next(after)
    return not (starts and following is not None and following.lower == "sur")
