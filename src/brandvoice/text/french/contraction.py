"""A name after French « de » or « à »: contracted, elided or left as it is.

Templates and transforms put a brand's name after a preposition (« À propos de ... »,
« la boutique de ... »). Gluing the preposition to the name reads wrong as soon as the
name opens with an article or a vowel: « de Le Sable d’Or » is « du Sable d’Or », « à Les
Halles » is « aux Halles », « de Atelier Cuir » is « d’Atelier Cuir ». :func:`with_preposition`
writes the phrase as French does; :data:`EXAMPLES` lists the cases it gets right.

« La » and « L’ » never contract: « de La Ferme », « à L’Atelier ». They stay capitalised,
because the article is part of the name as the brand writes it. « Le » and « Les » are
absorbed into « du », « des », « au », « aux », and the rest of the name keeps its own
casing. English prepositions never merge with an article, so English names come back as
they are ("About Le Sable d'Or").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import regex

from brandvoice.lang import Lang
from brandvoice.text.french.elision import elides

Preposition = Literal["de", "à"]

# French typography's apostrophe, for the « d’ » and « L’ » this module writes; the
# typography transform later turns it into the voice's house style if that differs.
APOSTROPHE: Final = "’"

_CONTRACTED: Final[dict[tuple[Preposition, str], str]] = {
    ("de", "le"): "du",
    ("de", "les"): "des",
    ("à", "le"): "au",
    ("à", "les"): "aux",
}
# An article followed by the rest of the name: « Le Sable d'Or », « L'Atelier »,
# « L’Atelier ». « Lesieur » or « Lacoste » is a word, not an article.
_ARTICLE = regex.compile(r"(?P<article>les|le|la)\s+(?P<rest>\S.*)|l['’](?P<elided>\S.*)", regex.I)


@dataclass(frozen=True, slots=True)
class ContractionExample:
    """``preposition`` before ``name`` is written ``expected``, not ``incorrect``."""

    preposition: Preposition
    name: str
    expected: str
    incorrect: str


EXAMPLES: Final[tuple[ContractionExample, ...]] = (
    # « Le » and « Les » merge with the preposition; the rest of the name is kept as written.
    ContractionExample("de", "Le Sable d'Or", "du Sable d'Or", "de Le Sable d'Or"),
    ContractionExample("de", "Les Halles", "des Halles", "de Les Halles"),
    ContractionExample("à", "Le Comptoir", "au Comptoir", "à Le Comptoir"),
    ContractionExample("à", "Les Halles", "aux Halles", "à Les Halles"),
    ContractionExample("de", "Le Havre Café", "du Havre Café", "de Le Havre Café"),
    # « La » and « L’ » stay, capital included: they belong to the name.
    ContractionExample("de", "La Ferme", "de La Ferme", "de la Ferme"),
    ContractionExample("à", "La Ferme", "à La Ferme", "à la Ferme"),
    ContractionExample("de", "L'Atelier", "de L’Atelier", "de l’Atelier"),
    ContractionExample("de", "L’Atelier", "de L’Atelier", "du Atelier"),
    ContractionExample("à", "L’Atelier", "à L’Atelier", "au Atelier"),
    # « de » elides before a vowel or a mute h, not before an aspirated h.
    ContractionExample("de", "Atelier Cuir", "d’Atelier Cuir", "de Atelier Cuir"),
    ContractionExample("de", "Éclats de Provence", "d’Éclats de Provence", "de Éclats de Provence"),
    ContractionExample("de", "Hôtel des Voiles", "d’Hôtel des Voiles", "de Hôtel des Voiles"),
    ContractionExample("de", "Halles Saint-Jean", "de Halles Saint-Jean", "d’Halles Saint-Jean"),
    ContractionExample("de", "Hangar 21", "de Hangar 21", "d’Hangar 21"),
    # A name without an article takes the bare preposition: no article is made up for it.
    ContractionExample(
        "de", "Comptoir du Mourillon", "de Comptoir du Mourillon", "du Comptoir du Mourillon"
    ),
)


def with_preposition(
    preposition: Preposition, name: str, lang: Lang = "fr", *, apostrophe: str = APOSTROPHE
) -> str:
    """``name`` after ``preposition`` as French writes it; ``name`` itself in English, and
    '' for an empty name (so a template can drop the phrase).

    >>> with_preposition("de", "Le Sable d'Or")
    "du Sable d'Or"
    >>> with_preposition("à", "Les Halles")
    'aux Halles'
    >>> with_preposition("de", "Atelier Cuir")
    'd’Atelier Cuir'
    >>> with_preposition("de", "Le Sable d'Or", "en")
    "Le Sable d'Or"
    """
    name = name.strip()
    if not name or lang != "fr":
        return name
    article = _ARTICLE.fullmatch(name)
    if article is None:
        return _before_word(preposition, name, apostrophe)
    if article["elided"] is not None:
        # The article's own apostrophe is written like the one this module adds.
        return f"{preposition} {name[0]}{apostrophe}{article['elided']}"
    merged = _CONTRACTED.get((preposition, article["article"].lower()))
    if merged is None:  # « La »: nothing to merge with
        return f"{preposition} {name}"
    return f"{merged} {article['rest']}"


def _before_word(preposition: Preposition, name: str, apostrophe: str) -> str:
    """The preposition before a name with no article: « d’ » before a vowel sound."""
    if preposition == "de" and elides(name):
        return f"d{apostrophe}{name}"
    return f"{preposition} {name}"
