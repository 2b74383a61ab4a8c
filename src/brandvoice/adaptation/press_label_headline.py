"""A press note's headline names who the news is about: the post's label ("Doors open!",
« Année record ! », "Apprentice wanted") is a hook under the business's name in its feed,
but a journalist reads a release's headline alone, in a list of others. So a short label
that names no one gets the business the profile names: "Doors open at Northern Grind",
« Année record pour Les Paniers du Haut-Var », "Apprentice wanted at Coastal Auto
Repairs".

Only for a label of a few words, without a colon or a sign (« Printemps = pneus ») and not
a question, that does not already name the business; not for a recall or an incident, whose
label is the genre of the notice ("Erratum", "Safety notice"); and only with the profile's
``brand_name`` (a name guessed from the text could be a supplier's). Results, an award or
an anniversary are "for" / « pour » the business; the rest happens "at" / « chez » it
(« à la Boulangerie du Faubourg » for a business named after what it is).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.signoff import names
from brandvoice.adaptation.transforms.press_lead import _with_article
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.french.contraction import with_preposition

# A label: a few words, as the master's headline line gives them.
LABEL_MAX_WORDS = 5
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# Signs a label may hold that no preposition can follow (« Printemps = pneus », "Q&A:").
_NOT_A_LABEL = regex.compile(r"[:=+/?&|@#\"«»“”()]")
_SERIOUS = frozenset({"incident", "recall"})
# What a business is given ("for"): a result, a prize, an anniversary.
_FOR_INTENTS = frozenset({"results", "award"})
_FOR_WORDS = regex.compile(
    r"\b(?:anniversary|anniversaire)\b|\b\d+\s*(?:years?|ans)\b", regex.IGNORECASE
)
_PREPOSITIONS = {"en": ("for", "at"), "fr": ("pour", "chez")}
_ARTICLE = regex.compile(r"(?:le|la|les)\s|l['’]", regex.IGNORECASE)


def named_label(
    headline: str, lang: str, brand: str | None, intent: str, master: str = ""
) -> str | None:
    """``headline`` with the business ``brand`` it is about, when it is a label that names
    no one (see the module's docstring); None otherwise. ``master`` gives the article the
    author puts before the name (« Le Comptoir du Mourillon »)."""
    language = base_language(lang)
    if not brand or language not in _PREPOSITIONS or intent in _SERIOUS:
        return None
    label = headline.strip()
    words = _WORD.findall(label)
    if not words or len(words) > LABEL_MAX_WORDS or _NOT_A_LABEL.search(label):
        return None
    if names(label, brand):
        return None
    label = label.rstrip(".!… ")
    given, place = _PREPOSITIONS[language]
    if intent in _FOR_INTENTS or _FOR_WORDS.search(label):
        return f"{label} {given} {named_as_written(brand, language, master)}"
    if language == "fr" and _ARTICLE.match(named_as_written(brand, language, master)):
        # A business named after what it is takes its article: « à la Boulangerie du
        # Faubourg », « au Garage Martinez », not « chez Boulangerie du Faubourg ».
        named = named_as_written(brand, language, master)
        return f"{label} {with_preposition('à', named, 'fr', apostrophe=chr(39))}"
    return f"{label} {place} {brand}"


def named_as_written(brand: str, language: str, master: str = "") -> str:
    """The brand as a French sentence names it: with the article the master puts before
    it (« le Comptoir du Mourillon »), else that of a business named after what it is
    (« la Ferme de Kerlann »)."""
    if language != "fr":
        return brand
    if not _ARTICLE.match(brand):
        written = regex.search(
            rf"(?<!\p{{L}})(le|la|les|l['’]|du|des|au|aux)\s*{regex.escape(brand)}",
            master,
            regex.IGNORECASE,
        )
        if written is not None:
            # « du P'tit Cabanon », « au Cabanon Beach Club »: « le » after « de », « à ».
            contracted = {"du": "le", "des": "les", "au": "le", "aux": "les"}
            article = contracted.get(written[1].lower(), written[1].lower())
            return f"{article}{brand}" if article.endswith(("'", "’")) else f"{article} {brand}"
    return _with_article(brand, load_table("press-person.yaml")["fr"]["article_nouns"])


@dataclass(frozen=True, slots=True)
class LabelExample:
    """``headline`` (a ``lang`` note of ``intent`` for ``brand``) becomes ``after`` (None:
    stays)."""

    headline: str
    lang: str
    intent: str
    brand: str | None
    after: str | None
    master: str = ""


EXAMPLES = (
    LabelExample("Doors open", "en", "opening", "Northern Grind", "Doors open at Northern Grind"),
    LabelExample(
        "Année record",
        "fr",
        "results",
        "Les Paniers du Haut-Var",
        "Année record pour Les Paniers du Haut-Var",
    ),
    LabelExample("10 ans déjà", "fr", "event", "Ti Krampouezh", "10 ans déjà pour Ti Krampouezh"),
    LabelExample(
        "Apprentice wanted",
        "en",
        "hiring",
        "Coastal Auto Repairs",
        "Apprentice wanted at Coastal Auto Repairs",
    ),
    LabelExample(
        "Horaire des Fêtes",
        "fr",
        "closure",
        "Boulangerie du Faubourg",
        "Horaire des Fêtes à la Boulangerie du Faubourg",
    ),
    LabelExample("Nouveauté", "fr", "launch", "Mistral Mode", "Nouveauté chez Mistral Mode"),
    # The article the master writes before the name.
    LabelExample(
        "Portes ouvertes",
        "fr",
        "event",
        "Comptoir du Mourillon",
        "Portes ouvertes au Comptoir du Mourillon",
        master="Portes ouvertes ! Le Comptoir du Mourillon vous accueille samedi.",
    ),
    LabelExample(
        "Soirée live",
        "fr",
        "event",
        "P'tit Cabanon",
        "Soirée live au P'tit Cabanon",
        master="Soirée live ! Concert samedi.\nL'équipe du P'tit Cabanon",
    ),
    LabelExample(
        "Soirée live",
        "fr",
        "event",
        "Cabanon Beach Club",
        "Soirée live au Cabanon Beach Club",
        master="Soirée live ! Le groupe jouera au Cabanon Beach Club samedi.",
    ),
    # Named already, a sign, a genre, a headline that says more, no brand: as it is.
    LabelExample("Flash sale at Crumb & Co", "en", "offer", "Crumb & Co", None),
    LabelExample("Printemps = pneus", "fr", "offer", "Garage Martinez", None),
    LabelExample("Erratum", "fr", "incident", "Meubles Lagune", None),
    LabelExample(
        "The Fox & Lantern named Pub of the Year 2026", "en", "award", "The Fox & Lantern", None
    ),
    LabelExample("Record year", "en", "results", None, None),
)
