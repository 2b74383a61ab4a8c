"""What brandvoice's French grammar rules share: the embedded dictionary's verdict on a
word, the one tagged parse of a text, and the words that end like a verb form without
being one.

Each rule module (``grammar_fr``, ``grammar_fr_verbs``) flags a candidate only when the
dictionary and spaCy's tags agree; asking both through here keeps their caches shared, so
a text is parsed once however many rules read it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that end like a participle or infinitive but are not verb forms in these slots.
NOT_VERB_FORMS = frozenset(
    {
        "assez", "chez", "nez", "fier", "cher", "hier", "premier", "dernier", "léger", "amer",
        "hiver", "enfer", "super", "fait", "lait", "trait", "souhait", "attrait", "portrait",
        "bienfait", "forfait", "parfait", "méfait", "extrait", "abstrait", "été", "côté",
        "entier", "particulier", "régulier", "singulier", "familier", "étranger", "dîner",
    }
)  # fmt: skip


def known(word: str) -> bool:
    """Whether the embedded Hunspell dictionary knows ``word``; False without it (the rules
    then stay silent rather than guess)."""
    return _dictionary(word)


@lru_cache(maxsize=65536)
def _dictionary(word: str) -> bool:
    from brandvoice.spelling import get_speller
    from brandvoice.spelling.speller import SpellerUnavailableError

    try:
        return bool(get_speller("fr").is_correct(word))
    except SpellerUnavailableError:
        return False


def parse(text: str) -> Doc:
    """The tagged parse of ``text``, asked for only for texts where a pattern found a
    candidate; from the one parse cache (:func:`brandvoice.nlp.parse`): the rules share
    it, and the analysis has usually parsed the text already."""
    from brandvoice.nlp import parse as nlp_parse

    return nlp_parse("fr", text, full=False)


def token_at(text: str, start: int, end: int) -> Token | None:
    """The one token of :func:`parse` (``text``) spanning ``start``-``end``, or None when
    the words there are not exactly one token."""
    span = parse(text).char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None
