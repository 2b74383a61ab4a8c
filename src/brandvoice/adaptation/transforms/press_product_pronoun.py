"""A press note names again the product its customers are asked about, where the post's "it"
no longer agrees: "If customers purchased a Walnut & Honey Loaf between 1 and 4 December,
they are asked to check the batch number. Customers are asked not to eat it." → "…not to
eat the Walnut & Honey Loaf."

The post said "If you bought a loaf…, do not eat it": one reader, one loaf. Said of the
customers (``press-readers``), the order's "it" follows a plural subject and reads as a
slip; an editor repeats the noun. Only the first "it" a sentence about the customers has
as its object right after a sentence in which they bought "a" thing (the later ones then
refer to the noun said again), and only in English (French « le » / « la » agrees with the
product's own gender).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.lang import base_language

if TYPE_CHECKING:
    from spacy.tokens import Span

_REASON = "a press note names the product again: 'it' after the customers reads as a slip"
# The verbs by which the customers came to have the product.
_BOUGHT = frozenset({"buy", "purchase", "order"})
# A subject that stands for the customers, a plural (press-readers writes them so).
_READERS = frozenset({"customers", "they", "buyers", "shoppers", "parents", "clients"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

_LOAF = (
    "If customers purchased a Walnut & Honey Loaf between 1 and 4 December, they are asked to "
    "check the batch number on the label.\n\nCustomers are asked not to eat {it}. They are "
    "also asked to bring it back to the shop for a full refund."
)


class PressProductPronoun(Transform):
    id: ClassVar[str] = "press-product-pronoun"
    stage: ClassVar[Stage] = Stage.BODY
    # After press-readers (77): the customers are the subject by then.
    order: ClassVar[int] = 79
    summary: ClassVar[str] = (
        "In a press note, the product the customers bought is named again where the post's "
        "'it' follows them ('Customers are asked not to eat it' → '…not to eat the Walnut & "
        "Honey Loaf')."
    )
    examples: ClassVar[tuple[TransformExample, ...]] = (
        TransformExample(
            _LOAF.format(it="it"),
            _LOAF.format(it="the Walnut & Honey Loaf"),
            voice="corporate",
            network="website",
        ),
        # No thing bought just before: "it" stays (it is the honey of the sentence before).
        TransformExample(
            "Some jars of our honey may contain glass. Customers are asked not to eat it.",
            "Some jars of our honey may contain glass. Customers are asked not to eat it.",
            voice="corporate",
            network="website",
        ),
        # A social post speaks to one reader: "it" agrees.
        TransformExample(
            "If you bought a Walnut & Honey Loaf, check the label. Do not eat it.",
            "If you bought a Walnut & Honey Loaf, check the label. Do not eat it.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) == "en"

    def edits(self, text: str, target: Target) -> list[Edit]:
        doc = parse(target.lang, text, entities=False)
        bought = ""  # the thing the customers bought, in the sentence just read
        for sentence in doc.sents:
            if bought and any(t.dep_ in _SUBJECTS and t.lower_ in _READERS for t in sentence):
                it = next((t for t in sentence if t.lower_ == "it" and t.dep_ == "dobj"), None)
                if it is not None:
                    return [Edit(it.idx, it.idx + len(it), f"the {bought}", _REASON)]
            bought = _bought(sentence)
        return []


def _bought(sentence: Span) -> str:
    """The thing ``sentence`` says the customers bought with "a" / "an" ("purchased a Walnut
    & Honey Loaf"), its words without the article; ''."""
    for token in sentence:
        if token.lemma_.lower() not in _BOUGHT:
            continue
        thing = next((c for c in token.children if c.dep_ == "dobj"), None)
        if thing is None or thing.tag_ not in ("NN", "NNP"):
            continue
        # The noun with its own words ("Walnut & Honey Loaf"), not what follows it ("from
        # us", "which…").
        left_out = {t.i for c in thing.children if c.dep_ in _NOT_THE_NAME for t in c.subtree}
        words = sorted(t.i for t in thing.subtree if t.i not in left_out)
        doc = thing.doc
        if len(words) < 2 or doc[words[0]].lower_ not in ("a", "an"):
            continue
        return str(doc[words[1] : words[-1] + 1].text)
    return ""


# What follows a noun without naming it: a preposition's phrase, a clause, a comma.
_NOT_THE_NAME = frozenset({"prep", "relcl", "acl", "punct", "appos", "advcl"})


TRANSFORMS = (PressProductPronoun(),)
