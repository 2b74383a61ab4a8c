"""Where a long sentence can be cut before a past participle that tells where or when a
product was sold, made or delivered: « …rappelle les pots des lots L2604 et L2605, vendus
dans notre boutique de Carpentras entre le 1er et le 20 mars. » → « …des lots L2604 et
L2605. Ils ont été vendus dans notre boutique de Carpentras entre le 1er et le 20 mars. »;
"…recalls batch 2611 of its honey, sold at the Saturday market in March." → "…of its
honey. It was sold at the Saturday market in March."

The participle (after a comma, outside brackets) becomes a clause of its own in the past
passive, its subject the pronoun of the words it agrees with: French reads it from the
participle's ending (« vendus » → « Ils », « vendues » → « Elles », « vendue » → « Elle »),
English from the noun it hangs on ("jars" → "They", "honey" → "It"). Only the verbs of
:data:`PRODUCT_VERBS` are cut so (a product's sale, making or delivery: what a recall or a
launch says of it), and only when the words before the comma hold a clause of their own
and the participle's words run to the sentence's end with no conjugated verb of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.adaptation.wording.list_colon import finite, main_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

# French by the participle's masculine singular (the small model reads « vendus » as a
# noun), English by the verb's lemma.
PRODUCT_VERBS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"vendu", "fabriqué", "produit", "distribué", "commercialisé", "livré", "expédié"}
    ),
    "en": frozenset({"sell", "make", "produce", "distribute", "deliver", "ship", "buy"}),
}
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_RELATIVE = frozenset({"relcl", "acl:relcl"})
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class ParticipleCut:
    """Replace ``text[start:end]`` (the comma, its space) by ``replacement`` (". " and the
    pronoun and auxiliary, « Ils ont été »)."""

    start: int
    end: int
    replacement: str


def participle_cut(tokens: list[Token], text: str) -> ParticipleCut | None:
    """The cut of the sentence made of ``tokens`` before a participle of
    :data:`PRODUCT_VERBS` (see the module docstring); None when there is none."""
    depth: list[str] = []
    for position, token in enumerate(tokens):
        if depth and token.text == depth[-1]:
            depth.pop()
        elif token.text in _BRACKETS:
            depth.append(_BRACKETS[token.text])
        if depth or position < 1 or tokens[position - 1].text != ",":
            continue
        if not _product_participle(token):
            continue
        left, right = tokens[: position - 1], tokens[position:]
        if len([t for t in left if t.is_alpha]) < MIN_WORDS or not main_clause(left):
            continue
        if any(_clause_word(t) for t in right[1:]):
            continue  # a clause of its own after the participle: not one participle phrase
        subject = _subject(token, left[-1])
        if subject is None:
            continue
        comma = tokens[position - 1]
        return ParticipleCut(comma.idx, token.idx, ". " + subject + " ")
    return None


def _clause_word(token: Token) -> bool:
    """A conjugated verb or a subject outside a relative clause: the model reads
    « nous les remboursons » with a noun for its verb, but « nous » as its subject."""
    if token.dep_.startswith("nsubj"):
        return token.head.dep_ not in _RELATIVE and "Rel" not in token.morph.get("PronType", [])
    return finite(token) and token.dep_ not in _RELATIVE


def _product_participle(token: Token) -> bool:
    if token.lang_ == "en":
        return token.tag_ == "VBN" and token.lemma_.lower() in PRODUCT_VERBS["en"]
    word = token.text.lower().removesuffix("s")
    return word in PRODUCT_VERBS.get(token.lang_, ()) or (
        word.endswith("e") and word[:-1] in PRODUCT_VERBS.get(token.lang_, ())
    )


def _subject(participle: Token, before: Token) -> str | None:
    """The pronoun and auxiliary the participle's clause opens on; ``before`` is the word
    before the comma, in English the noun the participle is said of."""
    word = participle.text.lower()
    if participle.lang_ == "fr":
        plural = word.endswith("s")
        feminine = word.removesuffix("s").endswith("e") and not word.removesuffix("s").endswith("é")
        pronoun = ("Elle" if feminine else "Il") + ("s" if plural else "")
        return pronoun + (" ont été" if plural else " a été")
    noun = before if before.pos_ in ("NOUN", "PROPN") else participle.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = "Plur" in noun.morph.get("Number", [])
    return "They were" if plural else "It was"
