"""A recall's press note keeps to one person and one number: the product the customers
bought is named again where the post's "it" follows them, and a leftover "our" / « notre »
is the brand's once the note speaks of it in the third person."""

from __future__ import annotations

import datetime as dt

from brandvoice.adaptation.engine import adapt

RECALL_EN = (
    "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611\n"
    "We have found that some loaves from batch L2611 (best before 12/12/2026) may contain "
    "small pieces of glass. If you bought a Walnut & Honey Loaf between 1 and 4 December, "
    "please check the batch number on the label.\n"
    "Do not eat it. Bring it back to our shop at 14 Quay Street, Whitstable, for a full "
    "refund, with or without a receipt."
)
RECALL_FR = (
    "RAPPEL PRODUIT – Confiture d'abricots 370 g\n"
    "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture d'abricots des "
    "lots L2604 et L2605, vendus dans notre boutique de Carpentras.\n"
    "Ne consommez pas ces pots et rapportez-les à la boutique ou sur notre stand du marché : "
    "ils vous seront remboursés."
)


def _note(text: str, lang: str, brand: str) -> str:
    from brandvoice.profiles import get_voice

    voice = get_voice("corporate").model_copy(update={"name": "brand", "brand_name": brand})
    return (
        adapt(
            text,
            voices=["corporate"],
            networks=["website"],
            lang=lang,
            brand=voice,
            date=dt.date(2026, 12, 7),
            languagetool="off",
        )
        .variants[0]
        .text
    )


def test_the_product_is_named_again_after_the_customers() -> None:
    note = _note(RECALL_EN, "en", "Harbour Bakery")
    assert "not to eat it" not in note
    assert "not to eat the Walnut & Honey Loaf" in note
    assert " our " not in note


def test_a_third_person_note_has_no_notre_left() -> None:
    note = _note(RECALL_FR, "fr", "Confiturerie du Ventoux")
    assert "notre" not in note.casefold()
    assert "son stand du marché" in note
