"""Cuts inside a sentence that leave a sentence (fitting/inner.py): what fit-length tries
before a sentence that weighs goes whole."""

from __future__ import annotations

import pytest
import regex

from brandvoice.adaptation.fitting.inner import inner_cuts
from brandvoice.lang import Lang
from brandvoice.text.protect import protected_spans
from brandvoice.understand.facts import extract_facts


def _cut(sentence: str) -> list[str]:
    """``sentence`` after each cut found in it."""
    # As fit-length calls it: no cut may take a fact either.
    lang: Lang = "fr" if regex.search(r"\b(?:le|la|à)\b", sentence) else "en"
    facts = extract_facts(sentence, lang, ())
    spans = protected_spans(sentence, (), ((f.start, f.end) for f in facts))
    cuts = inner_cuts(sentence, 0, len(sentence), spans, lang)
    return [sentence[: c.start] + sentence[c.end :] for c in cuts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We've put together a free planting calendar for local gardens: what to sow each "
            "month and how much to water.",
            "We've put together a free planting calendar for local gardens.",
        ),
        (
            "Some packs may contain peanuts, which aren't on the label.",
            "Some packs may contain peanuts.",
        ),
        (
            "Le marché revient sur la place du village, et on vous attend nombreux !",
            "Le marché revient sur la place du village !",
        ),
        (
            "Our community repair café (bring your own tools and patience) is back at the hall.",
            "Our community repair café is back at the hall.",
        ),
        # What the brand then does, after what the reader is told to do.
        (
            "If you still see one after that, email billing@grill.example with the date and "
            "amount and we'll sort it straight away.",
            "If you still see one after that, email billing@grill.example with the date and "
            "amount.",
        ),
        # The detail of how, after the how.
        (
            "If you still see one after that, email billing@grill.example with the date and "
            "amount and we'll sort it straight away.",
            "If you still see one after that, email billing@grill.example.",
        ),
        (
            "Écrivez-nous à contact@cabanon.example avec la date et le montant.",
            "Écrivez-nous à contact@cabanon.example.",
        ),
        # The comma before the "with" detail goes with it: no ",." left behind.
        (
            "Après six ans à Toulon, Studio Mistral s'installe au 25 boulevard de Strasbourg, "
            "avec une salle de tournage et un espace de coworking pour nos clients.",
            "Après six ans à Toulon, Studio Mistral s'installe au 25 boulevard de Strasbourg.",
        ),
        # What is added on top.
        (
            "Monday to Friday, no weekends ever, $28–$36/hour depending on experience, plus "
            "health insurance and a tool allowance.",
            "Monday to Friday, no weekends ever, $28–$36/hour depending on experience.",
        ),
        # An afterthought after a semicolon.
        (
            "Please return them to the shop where you bought them for a full refund; no "
            "receipt needed.",
            "Please return them to the shop where you bought them for a full refund.",
        ),
    ],
)
def test_a_cut_leaves_a_sentence(sentence: str, expected: str) -> None:
    assert expected in _cut(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The last item of a list: cut, the list would lose its "and".
        "Braised short rib with polenta, roasted squash salad, and the return of the donuts.",
        # Too few words before the colon: "Au menu." is a stub.
        "Au menu : soupe, pain et fromage.",
        # A link, a time or a price is never in a cut.
        "Details of the programme are online: https://example.com/programme.",
        "The workshop is on Saturday morning (from 10am) at the shop.",
        # « plus de » is "more than", not "on top of": « …, plus de 40 vins au verre » stays.
        "La cave propose des rosés du Var, plus de quarante vins au verre.",
        # Before a label (no verb), the part after the colon is the news itself.
        "🚀 Nouveau sur Covoit'Rade : le trajet domicile-travail partagé entre collègues de "
        "la même zone d'activité.",
        # A colon inside the sentence, not running to its end.
        "We open on Saturday: come early. Then we close.",
        # "and" before no subject of its own ends a list: "the date and amount" stays.
        "Please email us the date and amount of the charge.",
        # "with" before no determiner is part of what is said: "bread with walnuts".
        "This week we bake our country bread with walnuts and honey.",
        # "with" says what the meeting is: "and a meeting." would say nothing.
        "Tastings all day, workshops for children and a meeting with the local producers.",
        # Inside a quotation: the cut would leave « open (found by the property test).
        "Le boulanger le répète, « le pain se partage entre amis avec le fromage de la "
        "ferme », comme dit le chef, « le pain, c'est la vie ».",
    ],
)
def test_no_cut_breaks_a_list_leaves_a_stub_or_takes_a_fact(sentence: str) -> None:
    assert _cut(sentence) == []
