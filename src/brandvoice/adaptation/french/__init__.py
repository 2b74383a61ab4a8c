"""French grammar for the adaptation: switching how a text addresses its reader.

:func:`rewrite_address` gives the word-level replacements that turn a French text's
"vous" (one reader) into "tu", or its "tu" into "vous": pronouns, possessives and the
verbs they govern, conjugated by :mod:`brandvoice.text.french.verbs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from brandvoice.adaptation.french.context import FrenchText
from brandvoice.adaptation.french.plural import plural_sentences
from brandvoice.adaptation.french.rewrite import Replacement
from brandvoice.adaptation.french.to_tu import vous_to_tu
from brandvoice.adaptation.french.to_vous import tu_to_vous

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from brandvoice.text.french.lemmas import VerbForms

__all__ = ["Replacement", "rewrite_address"]


def rewrite_address(
    text: str, doc: Doc, to: Literal["tu", "vous"], forms: VerbForms | None
) -> list[Replacement]:
    """The replacements that make ``text`` (parsed as ``doc``) address its reader as ``to``.

    Towards "tu", sentences whose "vous" is evidently plural ("vous êtes nombreux",
    "vous tous") are left as they are: see :mod:`~brandvoice.adaptation.french.plural`.
    ``forms`` recognises verb forms the tagger misses (from the pipeline's lemmatizer).
    """
    french = FrenchText(text, doc, forms)
    if to == "vous":
        return tu_to_vous(french)
    plural = plural_sentences(french)
    return [r for r in vous_to_tu(french) if r.sentence not in plural]
