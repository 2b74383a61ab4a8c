"""Sentences where "vous" evidently addresses several people, which "tu" cannot.

A voice's address is about one reader: "vous" in a brand's post is the polite singular
until the sentence itself shows a group. The evidence kept is what grammar or wording
makes explicit, never a guess:

- a quantifier with "vous": "vous tous", "vous deux", "chacun d'entre vous", "vous-mêmes",
  "entre vous", "vous êtes nombreux";
- "tous"/"toutes" as a pronoun after a "vous" verb ("vous êtes tous invités"; not the
  determiner of "vous avez tous les outils");
- plural agreement of what "vous" is ("vous êtes prêts", "vous êtes inscrites", "soyez
  les bienvenus"): an attribute or participle after a "vous" form of "être" or a copula,
  ending like a plural ("-és", "-es", "-ts", "-us"...) and not a singular in "-s"
  ("vous êtes pris", "vous êtes heureux" stay singular-compatible).

"nous vous" ("nous vous remercions") is not evidence either way: it stays singular.
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.french.context import FrenchText
from brandvoice.adaptation.french.words import Word

_QUANTIFIED = regex.compile(
    r"(?<!\p{L})(?:"
    r"vous(?:\s+|-)(?:tous|toutes|deux|trois|quatre|cinq|mêmes)"
    r"|(?:chacun|chacune|aucun|aucune|certains|certaines|plusieurs|beaucoup|la\s+plupart"
    r"|l['’]une?|nombre|ceux|celles|la\s+moitié)\s+(?:d['’]entre\s+|de\s+)vous"
    r"|entre\s+vous"
    r")(?!\p{L})",
    regex.I,
)
_COPULA_FORMS = frozenset(
    {"êtes", "étiez", "serez", "seriez", "soyez", "restez", "resterez", "restiez"}
    | {"devenez", "deviendrez", "semblez", "sembliez", "paraissez", "demeurez"}
)
_BETWEEN = frozenset(
    {"très", "si", "bien", "vraiment", "tellement", "toujours", "déjà", "pas", "plus"}
    | {"encore", "trop", "assez", "aussi", "ne", "n'", "vous", "tous", "toutes", "été", "tout"}
    | {"les", "des"}  # "soyez les bienvenus", "vous êtes des pros"
)
_PLURAL_ENDINGS = ("és", "es", "ts", "ds", "ns", "rs", "us", "is", "aux")
# Singular words that end like plurals: the attribute tells nothing about the number.
_SINGULAR_IN_S = (
    "pris",
    "mis",
    "quis",
    "assis",
    "précis",
    "inclus",
    "exclus",
    "confus",
    "reclus",
    "gris",
    "frais",
    "épais",
    "mauvais",
    "français",
    "anglais",
    "heureux",
)
_DETERMINER_AFTER_TOUS = frozenset(
    {"les", "des", "ces", "vos", "nos", "mes", "tes", "ses", "leurs", "le", "la", "l'", "l’"}
)


def plural_sentences(text: FrenchText) -> set[int]:
    """The indices of the sentences of ``text`` whose "vous" is evidently plural."""
    found: set[int] = set()
    words = text.words
    for match in _QUANTIFIED.finditer(text.text):
        found.update(w.sentence for w in words if w.start <= match.start() < w.end + 1)
    for word in words:
        if word.sentence in found:
            continue
        quantified = word.lower in ("tous", "toutes") and _pronoun_tous(text, word)
        if quantified or (word.lower in _COPULA_FORMS and _plural_attribute(text, word)):
            found.add(word.sentence)
    return {s for s in found if _has_vous(words, s)}


def _has_vous(words: list[Word], sentence: int) -> bool:
    return any(w.sentence == sentence and w.lower in ("vous", "votre", "vos") for w in words) or (
        any(w.sentence == sentence and w.lower.endswith("ez") for w in words)
    )


def _pronoun_tous(text: FrenchText, word: Word) -> bool:
    before, after = text.previous(word), text.next(word)
    if before is None or not text.same_sentence(before, word):
        return False
    vous_before = before.lower == "vous" or bool(text.readings(before, "pl"))
    return vous_before and (after is None or after.lower not in _DETERMINER_AFTER_TOUS)


def _plural_attribute(text: FrenchText, copula: Word) -> bool:
    current = text.next(copula)
    while current is not None and current.lower in _BETWEEN:
        if current.lower in ("tous", "toutes"):
            return True
        current = text.next(current)
    if current is None or not current.is_word or not text.same_sentence(current, copula):
        return False
    lower = current.lower
    if lower in ("nombreux", "nombreuses"):
        return True
    if lower.endswith(_SINGULAR_IN_S) or not lower.endswith(_PLURAL_ENDINGS):
        return False
    token = text.token(current)
    if token is None:
        return True
    # The tagger must see a word that can agree ("vous êtes sans" is no attribute), and
    # one it does not call singular unless its ending is unambiguous ("-és", "-es").
    agrees = token.pos_ in ("ADJ", "VERB", "NOUN", "AUX")
    return agrees and (
        "Sing" not in token.morph.get("Number", []) or lower.endswith(("és", "ées", "es"))
    )
