"""A press note that speaks of the brand in the third person keeps no "our" / « notre » of
the post: "bring it back to our shop" → "…to Harbour Bakery's shop", « rapportez-les…
sur notre stand du marché » → « …sur son stand du marché ».

``press-lead`` puts the master's "we" in the third person with its possessives, but a
sentence without a "we" (an order ``press-readers`` then says of the customers) keeps its
"our", which reads as the note's writer speaking. Here, once the note has no first-person
subject left outside its quotes and names the brand before the possessive, "our" becomes
the brand's ("Harbour Bakery's"), and « notre » / « nos » « son » / « sa » / « ses » by
the gender of the noun (:func:`brandvoice.text.french.gender.known_noun_gender`; a noun it
does not know keeps « notre »). A note still in the first person ("We have found…") keeps
its "our": it is consistent as written.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_full_sentences import press_business
from brandvoice.adaptation.transforms.press_lead import second_mention, writes_press_note
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.french import known_noun_gender, starts_with_h, starts_with_vowel

_REASON = "a press note that speaks of {brand} in the third person says its, not 'our'"
# A first-person subject: the note still speaks as the business.
_FIRST_PERSON = {
    "en": regex.compile(r"(?<![\p{L}'’])(?:we|we['’](?:re|ve|ll|d)|us)(?![\p{L}'’])", regex.I),
    "fr": regex.compile(r"(?<![\p{L}'’])(?:nous|on)(?![\p{L}'’])", regex.I),
}
POSSESSIVE = {
    "en": regex.compile(r"(?<![\p{L}'’])(?P<our>our)[\s\u00a0]+(?P<noun>\p{L}+)", regex.I),
    "fr": regex.compile(r"(?<![\p{L}'’])(?P<our>notre|nos)[\s\u00a0]+(?P<noun>\p{L}+)", regex.I),
}
# What a quote is written between: its words are the speaker's, in the first person.
QUOTED = regex.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


class PressPossessives(Transform):
    id: ClassVar[str] = "press-possessives"
    stage: ClassVar[Stage] = Stage.BODY
    # After press-readers (77), which says the post's orders of the customers: what is
    # left of the master's "our" is then known.
    order: ClassVar[int] = 78
    summary: ClassVar[str] = (
        "In a press note that speaks of the brand in the third person, a leftover 'our' / "
        "« notre » becomes the brand's ('to our shop' → 'to Harbour Bakery's shop', « notre "
        "stand » → « son stand »)."
    )
    examples: ClassVar[tuple[TransformExample, ...]] = (
        TransformExample(
            "Harbour Bakery has found glass in some loaves.\n\nCustomers are asked to bring "
            "them back to our shop for a full refund.",
            "Harbour Bakery has found glass in some loaves.\n\nCustomers are asked to bring "
            "them back to Harbour Bakery's shop for a full refund.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Harbour Bakery"},
        ),
        TransformExample(
            "La Confiturerie du Ventoux rappelle les pots des lots L2604 et L2605.\n\nLes "
            "clients sont invités à les rapporter à la boutique ou sur notre stand du marché.",
            "La Confiturerie du Ventoux rappelle les pots des lots L2604 et L2605.\n\nLes "
            "clients sont invités à les rapporter à la boutique ou sur son stand du marché.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Confiturerie du Ventoux"},
        ),
        # A note still in the first person is consistent as written.
        TransformExample(
            "We have found glass in some loaves. Bring them back to our shop.",
            "We have found glass in some loaves. Bring them back to our shop.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Harbour Bakery"},
        ),
        # A quote keeps its speaker's words.
        TransformExample(
            "Harbour Bakery has found glass in some loaves. “Our bakers are checking every "
            "batch,” says the team.",
            "Harbour Bakery has found glass in some loaves. “Our bakers are checking every "
            "batch,” says the team.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Harbour Bakery"},
        ),
        # The brand named as a place, not as who acts: « ses » would be nobody's.
        TransformExample(
            "Portes ouvertes au Domaine des Restanques.\n\nLes visiteurs sont invités à "
            "découvrir nos nouveaux millésimes au caveau.",
            "Portes ouvertes au Domaine des Restanques.\n\nLes visiteurs sont invités à "
            "découvrir nos nouveaux millésimes au caveau.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Domaine des Restanques"},
        ),
        # Without a brand profile, the business the lead names as its subject.
        TransformExample(
            "À compter du 1er février, la Fromagerie Lucas prend les commandes de plateaux.\n"
            "Plateaux de 10 à 50 personnes, avec fromages affinés dans notre cave.",
            "À compter du 1er février, la Fromagerie Lucas prend les commandes de plateaux.\n"
            "Plateaux de 10 à 50 personnes, avec fromages affinés dans sa cave.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # ... but not a name that may be a person's or a performer's: whose team?
        TransformExample(
            "Marie Dupont joins our kitchen team on Monday.",
            "Marie Dupont joins our kitchen team on Monday.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "This Friday, local duo Fern & Finch play at the café.\nOur kitchen serves until 9pm.",
            "This Friday, local duo Fern & Finch play at the café.\nOur kitchen serves until 9pm.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Marie Dupont rejoint notre équipe en cuisine lundi.",
            "Marie Dupont rejoint notre équipe en cuisine lundi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Not a press note: the post speaks as the business.
        TransformExample(
            "Harbour Bakery has found glass in some loaves. Bring them back to our shop.",
            "Harbour Bakery has found glass in some loaves. Bring them back to our shop.",
            profile={"brand_name": "Harbour Bakery"},
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in POSSESSIVE

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        if not POSSESSIVE[lang].search(text):
            return []
        # The brand, or without a profile the business the lead names as its subject, by
        # a name that says its kind: "Marie Dupont joins our team" is not her team.
        brand = press_business(target, text, of_a_kind=True)
        if brand is None:
            return []
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        unquoted = QUOTED.sub(" ", text)
        if _FIRST_PERSON[lang].search(unquoted):
            return []  # the note still speaks as the business: its "our" agrees
        named = _first_named(text, brand, lang)
        if named < 0:
            return []  # "its" / « son » would have nothing to refer to
        reason = _REASON.format(brand=brand)
        edits: list[Edit] = []
        for found in POSSESSIVE[lang].finditer(text, named):
            if any(a <= found.start() < b for a, b in quoted):
                continue
            word = third_person(found.group("our"), found.group("noun"), brand, lang)
            if word is None:
                continue
            if found.group("our")[:1].isupper():
                word = word[:1].upper() + word[1:]
            edits.append(Edit(found.start("our"), found.end("our"), word, reason))
        return edits


def _first_named(text: str, brand: str, lang: str) -> int:
    """Where the note first names the brand as the subject of a clause, by its name or as
    it names it later (« la cave », "the bakery"): "its" / « son » then refer to it; -1
    when it does not (« Portes ouvertes au Domaine des Restanques » names a place: « ses
    millésimes » after it would be nobody's)."""
    table = load_table("press-person.yaml")[lang]
    later, _ = second_mention(brand, lang, table, text)
    doc = parse(lang, text)
    folded = text.casefold()
    for name in (brand, later):
        at = folded.find(name.casefold())
        while at >= 0:
            end = at + len(name)
            if any(at <= t.idx < end and t.dep_.startswith("nsubj") for t in doc):
                return at
            at = folded.find(name.casefold(), end)
    return -1


def third_person(our: str, noun: str, brand: str, lang: str) -> str | None:
    """What stands for ``our`` before ``noun``: the brand's ("Harbour Bakery's"), « ses »,
    « son » or « sa » by the noun's gender; None when it cannot be told."""
    if lang == "en":
        return f"{brand}’s" if "’" in brand else f"{brand}'s"
    if our.casefold() == "nos":
        return "ses"
    if starts_with_vowel(noun) or starts_with_h(noun):
        return "son"  # « son école », as French writes it before a vowel
    gender = known_noun_gender(noun)
    return {"m": "son", "f": "sa"}.get(gender or "")


TRANSFORMS = (PressPossessives(),)
