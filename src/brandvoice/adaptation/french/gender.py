"""The grammatical gender of a French noun, for "votre" -> "ton" / "ta".

``fr_core_news_sm`` guesses gender poorly on nouns after a possessive ("votre poche",
"votre salaire" come out with the wrong one about a third of the time on CoCoA-MT), and
no lexicon ships with the project's dependencies. French gender follows the noun's ending
far better: "-tion", "-té", "-ure", "-ence", "-ette"... are feminine, "-age", "-isme",
"-ment", "-eau", "-ier"... masculine, and otherwise a final mute "e" is mostly feminine.
``data/french-noun-gender.tsv`` lists the common nouns those rules get wrong
("téléphone", "numéro" aside, "main", "sœur", "peur"...).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Literal

Gender = Literal["m", "f"]

_MASCULINE_ENDINGS = (
    "age", "isme", "ment", "eau", "oir", "ier", "et", "at", "eur", "ème", "ège", "ome",
    "gramme", "aire", "phone", "scope", "ïde", "cide", "gène", "logue",
)  # fmt: skip
_FEMININE_ENDINGS = (
    "tion", "sion", "xion", "aison", "té", "tié", "ure", "ence", "ance", "ette", "esse",
    "elle", "ille", "ée", "ie", "ique", "ine", "ade", "ude", "ise", "erie", "euse",
    "trice", "ière", "ienne", "onne", "aine", "eine", "oire", "ode", "ole", "ule",
)  # fmt: skip
# Adjectives that come before a noun and say nothing of its gender ("votre propre
# voiture", "votre super idée"): the noun after them decides.
_EPICENE_BEFORE_NOUN = frozenset(
    {"propre", "super", "jeune", "autre", "même", "unique", "seule", "simple", "drôle"}
    | {"énorme", "immense", "superbe", "magnifique", "formidable", "incroyable", "sympa"}
    | {"pire", "ancienne", "ancien", "nouvel", "bel", "vieil", "très", "plus", "si"}
)


@cache
def _lexicon() -> dict[str, Gender]:
    source = resources.files("brandvoice.adaptation").joinpath("data/french-noun-gender.tsv")
    found: dict[str, Gender] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, gender = line.split("\t")
            found[word] = "f" if gender == "f" else "m"
    return found


def noun_gender(word: str, tagged: Gender | None = None) -> Gender:
    """The gender of ``word``: the lexicon, then strong endings, then the final mute
    "e"; the tagger's ``tagged`` guess only for the few endings with no tendency."""
    lower = word.lower()
    known = _lexicon().get(lower) or _lexicon().get(lower.removesuffix("s"))
    if known is not None:
        return known
    singular = lower.removesuffix("s") if len(lower) > 3 else lower
    if singular.endswith(_MASCULINE_ENDINGS):
        return "m"
    if singular.endswith(_FEMININE_ENDINGS):
        return "f"
    if singular.endswith("e"):
        return "f"
    # A consonant or another vowel: mostly masculine; the tagger may know better of a
    # word in "-i", "-u", "-o" ("la radio", "la tribu"): those the lexicon misses.
    return tagged if tagged is not None and singular.endswith(("i", "u", "o")) else "m"


def phrase_gender(words: Sequence[str], tagged: Sequence[Gender | None]) -> Gender:
    """The gender of the noun phrase that starts with ``words`` (after a possessive),
    ``tagged`` the tagger's gender for each word, if any."""
    for index, word in enumerate(words):
        if word.lower() in _EPICENE_BEFORE_NOUN and index + 1 < len(words):
            continue
        return noun_gender(word, tagged[index] if index < len(tagged) else None)
    return "m"
