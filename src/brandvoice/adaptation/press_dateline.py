"""The town a press note's dateline gives when the profile sets none: the business's town,
read from the master only where the master says it plainly.

A release opens on where and when it comes from ("SHEFFIELD, January 9, 2026 –",
« Carpentras, le 24 mars 2026 – »); a post needs neither. The town is the one a street
address is in ("145 avenue de la Libération, Salon-de-Provence", "3 place de la Liberté à
Toulon", "114 Main St, Stowe", a postcode's: "83330 Le Castellet"), the one the lead puts
the business in before its address (« à Bandol, 7 quai Charles-de-Gaulle »), the one of
« notre boutique de Carpentras », or the one the profile's business is in ("Tide & Tamp
in Brighton"). Two towns, or none of these, give no town: a dateline that names the wrong
one is worse than one without (a venue's town, a supplier's: "not when unsure").

English datelines set the town in capitals, as the agencies do (AP style); French ones
write it as the master does. A profile's own ``location`` wins, as the profile writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.lang import base_language

# A town: capitalised words joined by hyphens or spaces, with the small words French and
# English town names hold (« Aix-en-Provence », « La Valette-du-Var », "Bourton-on-the-Water").
_TOWN = (
    r"(?P<town>\p{Lu}[\p{L}'’]+(?:(?:-|[ \u00a0])(?:(?:de|du|des|la|le|les|en|sur|sous|lès|"
    r"d['’]|on|the|upon)(?:-|[ \u00a0]))*\p{Lu}[\p{L}'’]+){0,3})"
)
# Where a town ends: a comma, a stop, a bracket, a line's end, an emoji.
_TOWN_END = r"(?=[ \u00a0]*(?:[,.;:!)\n]|$|\p{Extended_Pictographic}))"
_EN_STREET = (
    r"\d+[A-Za-z]?[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+){1,4}(?:Street|St|Road|Rd|Avenue|"
    r"Ave|Lane|Ln|Drive|Dr|Arcade|Place|Pl|Square|Sq|Way|Boulevard|Blvd|Terrace|Parade|"
    r"Court|Ct|Highway|Hwy|Crescent|Close|Quay|Wharf|Row|Walk|Mall)\.?"
)
_FR_STREET = (
    r"(?:\b\d+(?:[ \u00a0]?(?:bis|ter))?,?[ \u00a0]+)?\b(?:rue|avenue|av\.|boulevard|bd|place|quai|"
    r"chemin|route|allée|impasse|cours|promenade|faubourg|esplanade|passage|traverse|montée)"
    r"[ \u00a0][^,\n()«»]{1,40}?"
)
_PATTERNS = {
    "en": (
        regex.compile(rf"{_EN_STREET},[ \u00a0]+{_TOWN}{_TOWN_END}"),
        regex.compile(rf"\b\d{{4,5}}[ \u00a0]+{_TOWN}{_TOWN_END}"),
    ),
    "fr": (
        regex.compile(rf"(?i:{_FR_STREET})(?:,[ \u00a0]+|[ \u00a0]+à[ \u00a0]+){_TOWN}{_TOWN_END}"),
        regex.compile(rf"\b\d{{5}}[ \u00a0]+{_TOWN}{_TOWN_END}"),
        regex.compile(rf"\bà[ \u00a0]+{_TOWN},[ \u00a0]+\d+[ \u00a0]+(?i:{_FR_STREET})"),
    ),
}
# Weaker patterns: their town must also be a place the message names (a key fact), for
# « notre boutique de Noël » names no town.
_WEAK = {
    "fr": (
        regex.compile(
            rf"\b(?i:notre|nos)[ \u00a0]+(?i:boutique|magasin|atelier|cave|restaurant|local|"
            rf"librairie|boulangerie)s?[ \u00a0]+(?:de|d['’]|à)[ \u00a0]*{_TOWN}(?![\p{{L}}'’-])"
        ),
    ),
}
# The business the profile names, in a town: "Tide & Tamp in Brighton".
_IN = {"en": "in", "fr": "à"}


def dateline_town(
    master: str, lang: str, brand: str | None = None, places: tuple[str, ...] = ()
) -> str | None:
    """The business's town as ``master`` gives it, or None when it gives none, or two.
    ``places``: the places the message names (its key facts), which a town read by a
    weaker pattern must be."""
    base = base_language(lang)
    weak = list(_WEAK.get(base, ()))
    if brand and base in _IN:
        weak.append(
            regex.compile(
                rf"{regex.escape(brand)}[ \u00a0]+{_IN[base]}[ \u00a0]+{_TOWN}(?![\p{{L}}'’-])"
            )
        )
    known = {place.casefold() for place in places}
    towns: dict[str, str] = {}
    for pattern in [*_PATTERNS.get(base, ()), *weak]:
        for found in pattern.finditer(master):
            town = found["town"]
            if pattern in weak and town.casefold() not in known:
                continue
            towns.setdefault(town.casefold(), town)
    if len(towns) != 1:
        return None
    return next(iter(towns.values()))


def dateline_place(town: str, lang: str) -> str:
    """``town`` as a dateline sets it: in capitals in English (AP style)."""
    return town.upper() if base_language(lang) == "en" else town


@dataclass(frozen=True, slots=True)
class DatelineExample:
    """``master`` in ``lang`` (for ``brand``, naming ``places``) gives ``town`` (None: no
    town)."""

    master: str
    lang: str
    town: str | None
    brand: str | None = None
    places: tuple[str, ...] = ()


EXAMPLES = (
    DatelineExample(
        "Le garage vous offre le montage.\nGarage Martinez, 145 avenue de la Libération, "
        "Salon-de-Provence.",
        "fr",
        "Salon-de-Provence",
    ),
    DatelineExample(
        "Passez à la boutique, 3 place de la Liberté à Toulon, dès 6 h 30.", "fr", "Toulon"
    ),
    DatelineExample("La Cave ouvre le 4 avril à Bandol, 7 quai Charles-de-Gaulle.", "fr", "Bandol"),
    DatelineExample("Chemin des Restanques, 83330 Le Castellet", "fr", "Le Castellet"),
    DatelineExample(
        "Les pots vendus dans notre boutique de Carpentras et sur les marchés.",
        "fr",
        "Carpentras",
        places=("Carpentras",),
    ),
    DatelineExample("Les cadeaux de notre boutique de Noël sont arrivés.", "fr", None),
    DatelineExample("Tasting on Thursday. $15 per person. 114 Main St, Stowe.", "en", "Stowe"),
    DatelineExample(
        "We're looking for a barista to join our team at Tide & Tamp in Brighton.",
        "en",
        "Brighton",
        brand="Tide & Tamp",
        places=("Brighton",),
    ),
    # No address with its town: no town (a town in passing may be anyone's).
    DatelineExample("Good news, Hobart: we reopen at 41 Elizabeth Street.", "en", None),
    DatelineExample("Roue Libre s'installe au 48 boulevard de la Liberté.", "fr", None),
    # « concours » holds no street (« cours »).
    DatelineExample("Premier prix du concours de la baguette du Var !", "fr", None),
    # Two towns: unsure.
    DatelineExample("Our shops: 3 High Street, Bristol, and 8 Mill Road, Bath.", "en", None),
)
