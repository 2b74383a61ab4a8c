"""Style rules, French and English: wordy phrases, clichés, pleonasms, a word repeated too
soon and sentences longer than the voice allows. Lexical only: no spaCy analysis beyond the
sentence spans the runner already has.

The phrase lists and their machinery are in :mod:`brandvoice.checks.phrases`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from brandvoice.checks.context import CheckContext
from brandvoice.checks.phrases import PhraseRule
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.words import (
    MIN_WORD_LENGTH,
    REPETITION_WINDOW,
    WORD,
    content_word,
    count_words,
    not_words,
    trimmed,
)


class Wordy(PhraseRule):
    id = "style.wordy"
    category = Category.STYLE
    severity = Severity.INFO
    kind = RuleKind.SUBSTITUTION
    # "In order to" → "to" is always right, but not every entry is: "la facture en date du
    # 3 juin" needs "du 3 juin", not "le 3 juin". A person reads each one.
    fix = Fix.UNSAFE
    list_name = "style"
    section = "wordy"
    summary = "A wordy phrase that a shorter one says as well."
    rationale = (
        "Social posts are read at a glance and every network counts characters: 'in order "
        "to' is 'to', 'due to the fact that' is 'because', « dans le but de » is « pour ». "
        "The lists (checks/data/style-en.yaml, style-fr.yaml) keep only phrases whose short "
        "form means the same in any context, so « au niveau de » is not one of them."
    )
    examples = (
        Example("We extended our hours in order to welcome you after work.", "in order to"),
        Example(
            "Due to the fact that it rained, the market moved indoors.", "Due to the fact that"
        ),
        Example(
            "Nous ouvrons le dimanche dans le but de vous accueillir en famille.",
            "dans le but de",
            lang="fr",
        ),
        Example("À l’heure actuelle, la boutique est fermée.", "À l’heure actuelle", lang="fr"),
        Example("We extended our hours to welcome you after work.", None),
        Example("Nous ouvrons le dimanche pour vous accueillir en famille.", None, lang="fr"),
    )

    def message(self, written: str, replacement: str | None, ctx: CheckContext) -> str:
        return f"wordy: {replacement!r} says the same in fewer words"


class Cliche(PhraseRule):
    id = "style.cliche"
    category = Category.STYLE
    severity = Severity.INFO
    kind = RuleKind.EXISTENCE
    list_name = "style"
    section = "cliche"
    summary = "A cliché or buzzword that tells the reader nothing specific."
    rationale = (
        "'Game changer', 'think outside the box', « sortir des sentiers battus »: readers "
        "skim over phrases they have read a thousand times, and a brand sounds like every "
        "other. There is no one replacement: say concretely what is new or different."
    )
    examples = (
        Example("Our new app is a real game-changer for local shops.", "game-changer"),
        Example(
            "Avec cette collection, nous voulons sortir des sentiers battus.",
            "sortir des sentiers battus",
            lang="fr",
        ),
        Example("Our new app shows local shops their stock in real time.", None),
        Example("Cette collection mêle le lin et le cuir recyclé.", None, lang="fr"),
    )

    def message(self, written: str, replacement: str | None, ctx: CheckContext) -> str:
        return f"{written!r} is a cliché: say concretely what is new or different"


class Pleonasm(PhraseRule):
    id = "style.pleonasm"
    category = Category.STYLE
    severity = Severity.WARNING
    kind = RuleKind.SUBSTITUTION
    # Dropping the redundant word can break the article before it: "an added bonus" needs
    # "a bonus", "a new innovation" "an innovation".
    fix = Fix.UNSAFE
    list_name = "style"
    section = "pleonasm"
    summary = "A pleonasm: words that repeat what the phrase already says."
    rationale = (
        "« Au jour d'aujourd'hui », « voire même », 'free gift', 'end result' say the same "
        "thing twice; usage guides treat them as mistakes, and careful readers notice. "
        "« Monter en haut de la tour » is left alone: « de la tour » says where."
    )
    examples = (
        Example(
            "Au jour d’aujourd’hui, nous livrons toute la France.",
            "Au jour d’aujourd’hui",
            lang="fr",
        ),
        Example("Pensez à prévoir à l’avance votre commande.", "prévoir à l’avance", lang="fr"),
        Example("Every order comes with a free gift.", "free gift"),
        Example("The end result is a lighter, stronger bag.", "end result"),
        Example("Aujourd’hui, montez en haut de la tour pour voir la mer.", None, lang="fr"),
        Example("Every order comes with a gift: the result is a lighter bag.", None),
    )

    def message(self, written: str, replacement: str | None, ctx: CheckContext) -> str:
        return f"{written!r} says the same thing twice: {replacement!r} is enough"


# --- Repetition --------------------------------------------------------------------------------

# A word repeated around one of these is an idiom, not clumsiness: « d'heure en heure »,
# « tour à tour », « jour après jour », "side by side", "again and again", "face to face".
_IDIOM_LINKS = {
    "fr": frozenset({"à", "en", "après", "par", "pour", "sur", "contre", "et", "ou"}),
    "en": frozenset({"to", "by", "after", "in", "and", "or", "upon", "for", "on"}),
}


_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")


def _paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]


class Repetition(Rule):
    id = "style.repetition"
    category = Category.STYLE
    severity = Severity.INFO
    kind = RuleKind.OCCURRENCE
    summary = "The same content word again within a few words."
    rationale = (
        f"A word repeated within {REPETITION_WINDOW} words reads as clumsy in French and "
        "English alike; a synonym or a pronoun usually reads better. Only content words of "
        f"{MIN_WORD_LENGTH} letters or more count (spaCy's stop-word lists set the rest "
        "aside), compared in lower case without elision (l'atelier is atelier) and without "
        "the English possessive; URLs, mentions, hashtags and brand names are not words of "
        "the prose, and idioms such as « tour à tour » or 'side by side' are left alone. "
        "A paragraph break starts afresh: a headline that its lead repeats is the genre. "
        "The second occurrence is flagged."
    )
    examples = (
        Example("Our workshop opens on Saturday and the workshop stays open late.", "workshop"),
        Example("L’atelier ouvre samedi et l’atelier reste ouvert tard.", "atelier", lang="fr"),
        Example(
            "Our workshop opens on Saturday and stays open late: https://ex.com/workshop", None
        ),
        Example("L’atelier ouvre samedi, et il reste ouvert tard. #atelier", None, lang="fr"),
        Example("Our new workshop opens\n\nOur new workshop opens on Saturday.", None),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        skipped = ctx.protected
        links = _IDIOM_LINKS.get(ctx.lang, frozenset())
        last_seen: dict[str, int] = {}
        position = 0  # counts the words of the prose, not those inside URLs and hashtags
        word_before = ""
        paragraph_end = _paragraph_ends(ctx.text)
        for match in WORD.finditer(ctx.text):
            if skipped.overlaps(match.start(), match.end()):
                continue
            if paragraph_end and match.start() > paragraph_end[0]:
                last_seen.clear()
                while paragraph_end and match.start() > paragraph_end[0]:
                    paragraph_end.pop(0)
            position += 1
            found = content_word(match.group(), ctx.lang)
            between, word_before = word_before, match.group().casefold()
            if found is None:
                continue
            previous = last_seen.get(found.key)
            last_seen[found.key] = position
            if previous is None or position - previous > REPETITION_WINDOW:
                continue
            if position - previous == 2 and between in links:
                continue
            start = match.start() + found.offset
            yield self.finding(
                start,
                found.length,
                f"{ctx.text[start : start + found.length]!r} again, {position - previous} words "
                "after the last one: try a synonym or a pronoun",
            )


# --- Sentence length -------------------------------------------------------------------------

_LONG_EN = (
    "We are delighted to announce that our new shop opens its doors on Saturday in the heart "
    "of Toulon with tastings and workshops."
)
_LONG_FR = (
    "Nous avons le plaisir de vous annoncer que notre nouvelle boutique ouvre ses portes "
    "samedi au cœur de Toulon avec des dégustations et des ateliers."
)


class LongSentence(Rule):
    id = "style.long-sentence"
    category = Category.STYLE
    severity = Severity.WARNING
    kind = RuleKind.METRIC
    summary = "A sentence longer than the voice's sentences.max_words."
    rationale = (
        "Long sentences lose readers, all the more on a phone. Each voice sets its limit "
        "(casual-facebook 20 words, corporate 35); words are counted without URLs, e-mail "
        "addresses and hashtags, and the whole sentence is flagged so it can be split."
    )
    examples = (
        Example("Big news. " + _LONG_EN, _LONG_EN),
        Example("C’est officiel. " + _LONG_FR, _LONG_FR, lang="fr"),
        Example(_LONG_EN, None, voice="corporate"),
        Example("Our new shop opens on Saturday in Toulon. Come for the tastings!", None),
        Example(
            "Notre nouvelle boutique ouvre samedi à Toulon. Venez déguster\u202f!", None, lang="fr"
        ),
        # An emoji between a word and a capital ends the sentence in place of a stop: only the
        # long sentence after it is flagged, and two short ones are not one long one.
        Example("Holiday hours at Kowalski Hardware 🎄 " + _LONG_EN, _LONG_EN),
        Example(
            "La seule chose qu’on demande, c’est d’aimer se lever tôt 😉 Envoyez-nous quelques "
            "lignes sur vous ou passez à la boutique avant samedi.",
            None,
            lang="fr",
        ),
    )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        policy = ctx.voice.sentences
        skipped = not_words(ctx.text)
        longest = 0
        for sentence_start, sentence_end in ctx.sentences:
            start, end = trimmed(ctx.text, sentence_start, sentence_end)
            words = count_words(ctx.text, start, end, skipped)
            longest = max(longest, words)
            if words > policy.max_words:
                yield self.finding(
                    start,
                    end - start,
                    f"{words} words; the {ctx.voice.name} voice keeps sentences to "
                    f"{policy.max_words} (about {policy.target_words} is the aim): split it",
                )
        ctx.metrics["longest_sentence_words"] = longest


RULES: tuple[Rule, ...] = (Wordy(), Cliche(), Pleonasm(), Repetition(), LongSentence())
