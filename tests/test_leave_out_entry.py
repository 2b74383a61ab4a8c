"""leave-out-detail keeps what it costs or how to get in said in words (« Entrée libre. »,
"Free entry."): a short casual post loses the colour before it, never the fact."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.engine import adapt

MARKET = {
    "fr": (
        "Le marché de Noël revient ! Samedi 12 décembre, de 10 h à 18 h, place de la Liberté "
        "à Toulon. Trente exposants, des huîtres, du vin chaud et une chorale à 16 h. Les "
        "enfants pourront rencontrer le Père Noël et écrire leur lettre sur place. Les "
        "artisans ont préparé des créations uniques pour les fêtes, des bijoux aux bougies "
        "parfumées. {entry}"
    ),
    "en": (
        "Our Christmas market is back! Saturday 12 December, 10am to 6pm, at 12 Harbour Lane "
        "in Falmouth. Thirty stalls, oysters, mulled wine and a choir at 4pm. Children can "
        "meet Father Christmas and write their letter on the spot. Our makers have prepared "
        "unique pieces for the holidays, from jewellery to scented candles. {entry}"
    ),
}


@pytest.mark.parametrize(
    ("lang", "entry"),
    [
        ("fr", "Entrée libre."),
        ("en", "Free entry."),
        ("en", "No booking needed."),
        ("en", "All ages welcome."),
    ],
)
def test_a_short_post_keeps_what_it_costs_to_come_in(lang: str, entry: str) -> None:
    variant = adapt(
        MARKET[lang].format(entry=entry),
        voices=["casual-facebook"],
        networks=["facebook"],
        lang=lang,
        date=dt.date(2026, 12, 1),
        languagetool="off",
    ).variants[0]
    assert entry in variant.text
    # The post was still kept short: the colour before it went.
    assert any(c.transform == "leave-out-detail" for c in variant.changes)
