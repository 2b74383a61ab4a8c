"""French grammar facts that checks and adaptation share: the gender of a noun, the gender
and number an adjective's form shows, and those a subject pronoun or a determiner shows.
One place, so that « votre boutique » → « ta boutique » (adaptation) and « la boutique est
fermé » (a check) agree on « boutique ».

Nouns: ``fr_core_news_sm`` guesses gender poorly on nouns after a possessive ("votre
poche", "votre salaire" come out with the wrong one about a third of the time on
CoCoA-MT), and no lexicon ships with the project's dependencies. French gender follows
the noun's ending far better: "-tion", "-té", "-ure", "-ence", "-ette"... are feminine,
"-age", "-isme", "-ment", "-eau", "-ier"... masculine, and otherwise a final mute "e" is
mostly feminine. ``data/french-noun-gender.tsv`` lists the common nouns those rules get
wrong ("téléphone", "numéro" aside, "main", "sœur", "peur"...) and the nouns a brand most
often says « notre » of.

Pronouns and determiners: ``data/french-agreement.tsv`` (« elles »: feminine plural,
« l' »: singular of either gender).

Adjectives: the feminine and plural endings (« -euse »/« -eux », « -aux »/« -al »...),
confirmed by a dictionary the caller gives (the embedded Hunspell's, for the checks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    source = resources.files("brandvoice.text").joinpath("data/french-noun-gender.tsv")
    found: dict[str, Gender] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, gender = line.split("\t")
            found[word] = "f" if gender == "f" else "m"
    return found


def known_noun_gender(word: str) -> Gender | None:
    """The gender the lexicon gives ``word`` (or its singular), None for a noun it does not
    list: for rewrites that must be sure (« notre boutique » → « sa boutique »)."""
    lower = word.lower()
    return _lexicon().get(lower) or _lexicon().get(lower.removesuffix("s"))


def noun_gender(word: str, tagged: Gender | None = None) -> Gender:
    """The gender of ``word``: the lexicon, then strong endings, then the final mute
    "e"; the tagger's ``tagged`` guess only for the few endings with no tendency."""
    lower = word.lower()
    known = known_noun_gender(lower)
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


# An adjective's feminine endings and the masculine each comes from.
_FEMININE_ADJECTIVE_ENDINGS = (
    ("euse", "eux"),
    ("ive", "if"),
    ("ère", "er"),
    ("ète", "et"),
    ("enne", "en"),
    ("onne", "on"),
    ("elle", "el"),
    ("ette", "et"),
    ("sse", "s"),
    ("e", ""),
)


def adjective_gender(singular: str, is_word: Callable[[str], bool]) -> Gender | None:
    """``"f"`` for a feminine form whose masculine exists, ``"m"`` for a masculine whose
    feminine exists, None for forms that do not vary (``capable``, ``anonyme``);
    ``is_word`` says whether a form exists."""
    for feminine, masculine in _FEMININE_ADJECTIVE_ENDINGS:
        if singular.endswith(feminine):
            base = singular[: -len(feminine)] + masculine
            if len(base) >= 3 and base != singular and is_word(base) and not base.endswith("e"):
                return "f"
    if singular.endswith("e"):
        return None
    for feminine, masculine in _FEMININE_ADJECTIVE_ENDINGS:
        if (
            masculine
            and singular.endswith(masculine)
            and is_word(singular[: -len(masculine)] + feminine)
        ):
            return "m"
    return "m" if is_word(singular + "e") else None


def adjective_number(word: str, is_word: Callable[[str], bool]) -> tuple[str, str] | None:
    """(singular form, number) read from the ending, confirmed by ``is_word``: ``"s"`` for
    a form with a distinct plural, ``"p"`` for a plural whose singular exists; None when
    the ending does not tell (``gris``, ``heureux``, ``pris``)."""
    if word.endswith("aux") and is_word(word[:-3] + "al"):
        return word[:-3] + "al", "p"
    if word.endswith(("s", "x")):
        base = word[:-1]
        if len(base) >= 3 and is_word(base) and not base.endswith(("s", "x")):
            return base, "p"
        return None
    if is_word(word + "s") or (word.endswith("al") and is_word(word[:-2] + "aux")):
        return word, "s"
    return None


Number = Literal["s", "p"]
Agreement = tuple[Gender | None, Number]


@cache
def _agreement() -> dict[str, dict[str, Agreement]]:
    source = resources.files("brandvoice.text").joinpath("data/french-agreement.tsv")
    found: dict[str, dict[str, Agreement]] = {"pronoun": {}, "determiner": {}}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, kind, gender, number = line.split("\t")
            found[kind][word] = (
                "f" if gender == "f" else "m" if gender == "m" else None,
                "p" if number == "p" else "s",
            )
    return found


def pronoun_agreement(pronoun: str) -> Agreement:
    """The gender (None: either) and number of a subject pronoun, lowercase with a straight
    apostrophe (« elles » → ("f", "p"), « j'» → (None, "s")); KeyError for another word."""
    return _agreement()["pronoun"][pronoun]


def determiner_agreement(determiner: str) -> Agreement:
    """The gender (None: either) and number a determiner shows, lowercase with a straight
    apostrophe (« cette » → ("f", "s"), « les » → (None, "p")); KeyError for another word."""
    return _agreement()["determiner"][determiner]
