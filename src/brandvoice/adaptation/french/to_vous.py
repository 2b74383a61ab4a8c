"""Familiar "tu" rewritten as the formal "vous".

The inverse of :mod:`brandvoice.adaptation.french.to_tu`, and simpler: "tu" is never plural,
and every second-person singular pronoun has one formal counterpart ("tu", "te", "t'",
"toi" -> "vous"; "ton", "ta" -> "votre"; "tes" -> "vos"; "le tien" -> "le vôtre").
Verbs go to the plural of their tense when "tu" is their subject ("tu peux" -> "vous
pouvez", "peux-tu" -> "pouvez-vous") and when they are orders ("Viens" -> "Venez",
"Amuse-toi" -> "Amusez-vous"), found by :func:`brandvoice.analysis.imperatives.find_imperatives`
(``fr_core_news_sm`` tags a sentence-initial order as a noun) and by the clitic an order
carries after a hyphen ("Dis-moi").
"""

from __future__ import annotations

from dataclasses import replace

from brandvoice.adaptation.french.context import (
    HYPHEN_CLITICS,
    HYPHEN_ELIDING,
    NE,
    OBJECT_CLITICS,
    SUBJECT_PRONOUNS,
    FrenchText,
    finite,
    pick_tense,
)
from brandvoice.adaptation.french.rewrite import AddressRewrite, Replacement
from brandvoice.adaptation.french.words import Word, match_case
from brandvoice.analysis.imperatives import find_imperatives, no_order
from brandvoice.text.french import Reading, Tense, elides, form

# "ton" is also a noun: "le ton", "un ton", "changer de ton" are about tone.
_BEFORE_TON_THE_NOUN = frozenset(
    {"le", "un", "du", "au", "ce", "quel", "même", "bon", "mauvais", "son", "mon", "ton"}
)
_ARTICLES = frozenset({"le", "la", "les", "du", "au", "aux", "des"})
_POSSESSIVES = {"ton": "votre", "ta": "votre", "tes": "vos"}
_CLAUSE_LINKS = frozenset({"et", "ou", "puis", "alors", "donc", "mais", "sinon", "ensuite"})
# What may follow an order at a clause start: a determiner or a pronoun opening its
# object ("Vérifie tes mails", "Écoute ça"), directly or after a preposition ("Pense à ton
# iPhone", "Profite de nos offres"). A bare noun or an adjective after the word makes it
# a heading's noun ("Offre spéciale", "Offre de bienvenue", "Commande en ligne").
_OPENS_OBJECT = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cet", "cette", "ces"}
    | {"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre"}
    | {"vos", "leur", "leurs", "ça", "cela", "tout", "toute", "tous", "toutes", "moi", "toi"}
    | {"bien", "vite", "donc", "maintenant", "vraiment", "toujours", "jamais", "pas", "plus"}
    | {"quelque", "quelques", "chaque", "plusieurs", "nous", "vous", "lui", "y", "en"}
)
_PREPOSITIONS_AFTER_ORDER = frozenset(
    {"à", "au", "aux", "de", "d'", "d’", "avec", "dans", "sur", "pour", "chez", "par", "vers"}
)
# Nouns that make an order with a verb and no article ("Prends soin", "Fais attention").
_IDIOM_OBJECTS = frozenset({"soin", "attention", "confiance", "gaffe", "garde", "place"})
# Verbs of the weather and "falloir" have no person to order: "vente" is the noun ("Cueillette
# et vente à la ferme"), never "venter" said to "tu".
_IMPERSONAL = frozenset(
    {"venter", "pleuvoir", "neiger", "grêler", "bruiner", "pleuviner", "falloir"}
)
# What opens a plural object: after "entre", the preposition's ("entre les deux").
_PLURAL_OPENERS = frozenset(
    {"les", "des", "nos", "vos", "mes", "tes", "ses", "leurs", "deux", "ces", "quelques"}
)
# "tu" is also the participle of "se taire" ("il s'est tu").
_AUXILIARIES = frozenset({"est", "es", "a", "as", "ai", "ont", "avons", "été"})


def tu_to_vous(text: FrenchText) -> list[Replacement]:
    """Replacements turning ``text``'s "tu" into "vous", in text order."""
    return _ToVous(text).run()


class _ToVous(AddressRewrite):
    def run(self) -> list[Replacement]:
        for word in self.words:
            if word.index in self.done:
                continue
            lower = word.lower
            if lower == "tu":
                self._tu(word)
            elif word.bare == "t" and word.elided:
                self._elided(word)
            elif lower in ("te", "toi"):
                self._put(word, "vous", f"{lower} → vous")
            elif lower in _POSSESSIVES:
                self._possessive(word)
            elif lower in ("tien", "tienne", "tiens", "tiennes"):
                self._possessive_pronoun(word)
            elif lower in ("stp", "stp."):
                self._put(word, "svp", "stp → svp")
        self._orders()
        return sorted(self.found, key=lambda r: r.start)

    def _tu(self, word: Word) -> None:
        text = self.text
        before = text.previous(word)
        if word.hyphened and before is not None:
            self._put(word, "vous", "tu → vous (question)")
            found = text.readings(before, "sg")
            if found and before.index not in self.done:
                self._conjugate(before, pick_tense(found, text, word, before), "verb")
            return
        if before is not None and before.lower in _AUXILIARIES:
            return  # "il s'est tu"
        self._put(word, "vous", "tu → vous")
        verb = text.verb_after(word)
        if verb is not None and text.same_sentence(verb, word) and verb.index not in self.done:
            found = text.readings(verb, "sg")
            if finite(found):
                reading = pick_tense(found, text, word, verb)
                self._conjugate(verb, reading, "verb")
                self._coordinated(verb, reading.tense)

    def _coordinated(self, verb: Word, tense: Tense) -> None:
        """ "tu te rends au centre et évacues tes soucis": a verb after "et"/"ou" with no
        subject of its own shares the one before, in the same tense."""
        text = self.text
        for word in self.words[verb.index + 1 : verb.index + 10]:
            if word.sentence != verb.sentence or word.lower in SUBJECT_PRONOUNS:
                return
            if word.lower in ("et", "ou"):
                following = text.verb_after(word)
                if following is None or following.index in self.done:
                    return
                same = [r for r in text.readings(following, "sg") if r.tense is tense]
                if same:
                    self._conjugate(following, same[0], "verb")
                return

    def _elided(self, word: Word) -> None:
        """ "t'" is "te" ("je t'aide") or, in casual writing, "tu" ("t'as vu ?")."""
        text = self.text
        verb = text.next(word)
        # "va-t'en" -> "allez-vous-en": the elided pronoun was joined to "en" by nothing.
        spaced = match_case("vous", word.text) + ("-" if word.hyphened else " ")
        self._put_span(word, word.start, word.end, spaced, "t' → vous")
        if verb is None or verb.index in self.done:
            return
        subject = text.before_clitics(word)
        has_subject = (
            text.same_sentence(subject, word)
            and subject is not None
            and subject.lower in SUBJECT_PRONOUNS
        )
        before = text.previous(word)
        found = finite(text.readings(verb, "sg"))
        casual_subject = {r.lemma for r in found} & {"avoir", "être"}
        if casual_subject and not has_subject and not (before is not None and before.lower in NE):
            self._conjugate(verb, pick_tense(found, text, word, verb), "verb")

    def _possessive(self, word: Word) -> None:
        before = self.text.previous(word)
        if word.lower == "ton" and before is not None:
            two_before = self.text.previous(before)
            if before.lower in _BEFORE_TON_THE_NOUN or (
                before.lower == "de"
                and two_before is not None
                and two_before.lower.startswith("chang")
            ):
                return
        replacement = _POSSESSIVES[word.lower]
        self._put(word, replacement, f"{word.lower} → {replacement}")

    def _possessive_pronoun(self, word: Word) -> None:
        before = self.text.previous(word)
        if before is None or before.lower not in _ARTICLES:
            return  # "Tiens, ..." is the verb "tenir"
        replacement = "vôtres" if word.lower.endswith("s") else "vôtre"
        self._put(word, replacement, f"{word.lower} → {replacement}")

    def _orders(self) -> None:
        """Imperatives addressing "tu": the analysis's and those a hyphen marks."""
        text = self.text
        starts = {w.start: w for w in self.words}
        candidates: dict[int, Word] = {}
        for imperative in find_imperatives(text.doc, "fr", text.forms):
            if imperative.person == 2 and imperative.number == "Sing":
                word = starts.get(imperative.start)
                if word is not None:
                    candidates[word.index] = word
        for word in self.words:
            after = text.next(word)
            carries_clitic = after is not None and after.hyphened and _order_clitic(after)
            if carries_clitic or self._looks_like_order(word):
                candidates.setdefault(word.index, word)
        for index in sorted(candidates):
            word = candidates[index]
            if index in self.done:
                continue
            reading = self._order_reading(word)
            if reading is not None:
                self._conjugate(word, reading, "order")

    def _looks_like_order(self, word: Word) -> bool:
        """A clause-initial verb with an imperative reading that the analysis's cautious
        test missed ("Vérifie tes mails", "Pense à ton iPhone", "Prends soin de toi").

        Decided on the words, not the tags: ``fr_core_news_sm`` tags the words of a "tu"
        text badly ("tes" as an adjective, "surveille" as a noun)."""
        text = self.text
        if word.text.isupper() or not word.is_word or not self._starts_clause(word):
            return False
        after = text.next(word)
        if after is None or not after.is_word or after.hyphened:
            return False  # "dois-je": an inversion, not an order
        if not any(r.tense is Tense.IMPERATIVE for r in text.readings(word, "sg")):
            return False
        if no_order(word.lower, text.text, word.end):
            return False
        if after.lower in _OPENS_OBJECT or after.lower in _IDIOM_OBJECTS:
            return True
        if after.lower in _PREPOSITIONS_AFTER_ORDER:
            following = text.next(after)
            return following is not None and following.lower in _OPENS_OBJECT
        return False

    def _starts_clause(self, word: Word) -> bool:
        """Nothing before ``word`` in its clause but "ne" and object pronouns ("Ne la
        prends pas"); without "ne", a "la" before is an article ("la flore y est")."""
        text = self.text
        before = text.previous(word)
        clitics = False
        while before is not None and before.lower in OBJECT_CLITICS:
            before, clitics = text.previous(before), True
        if before is not None and before.lower in NE:
            before = text.previous(before)
        elif clitics:
            return False
        return (
            before is None
            or not text.same_sentence(before, word)
            # Punctuation opens a clause; a number does not ("au 18 rue de la Mitre").
            or (not before.is_word and not any(c.isalnum() for c in before.text))
            or before.lower in _CLAUSE_LINKS
        )

    def _order_reading(self, word: Word) -> Reading | None:
        text = self.text
        if self._preposition(word):
            return None
        orders = [
            r
            for r in text.readings(word, "sg")
            if r.tense is Tense.IMPERATIVE and r.lemma not in _IMPERSONAL
        ]
        after = text.next(word)
        before_y = after is not None and after.hyphened and after.lower in HYPHEN_ELIDING
        if not orders and word.lower.endswith("s") and before_y:
            # "Vas-y", "Profites-en": the "s" an order takes before "y" and "en"
            trimmed = replace(word, text=word.text[:-1], end=word.end - 1, lower=word.lower[:-1])
            orders = [r for r in text.readings(trimmed, "sg") if r.tense is Tense.IMPERATIVE]
        return orders[0] if orders else None

    def _preposition(self, word: Word) -> bool:
        """ "Entre les rangs", ", entre les bateaux", "entre 9 h et 12 h": the preposition,
        not the order "entre" (entrer). The parser tags it so, and its object is plural
        (a preposition between two things); "Entre, c'est ouvert" stays an order."""
        token = self.text.token(word)
        after = self.text.next(word)
        return (
            token is not None
            and token.pos_ == "ADP"
            and after is not None
            and (after.lower in _PLURAL_OPENERS or after.text[:1].isdigit())
        )

    def _conjugate(self, verb: Word, reading: Reading, kind: str) -> None:
        target = form(reading.lemma, reading.tense, "pl")
        if target is None:
            return
        self._put(verb, target, f"{kind}: {verb.lower} → {target} ({reading.tense.value})")
        before = self.text.previous(verb)
        gap = self.text.text[before.end : verb.start] if before is not None else ""
        regains = elides(target) and not elides(verb.text)  # "tu ne vas" -> "vous n'allez"
        if before is not None and before.lower in ("ne", "me", "se") and gap == " " and regains:
            elided = match_case(before.lower[0], before.text) + self.text.apostrophe
            self._put_span(before, before.start, verb.start, elided, f"{before.lower} → {elided}")


def _order_clitic(word: Word) -> bool:
    """What an order carries after its hyphen ("Dis-moi", "Vas-y", "Va-t'en"), not the
    euphonic "-t-" of a question ("va-t-il")."""
    return (
        word.lower in HYPHEN_CLITICS
        or word.lower in HYPHEN_ELIDING
        or (word.elided and word.bare == "t")
    )
