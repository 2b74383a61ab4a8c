from __future__ import annotations

import pytest

from brandvoice.errors import InputError
from brandvoice.lang import detect_language, resolve_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nous ouvrons notre boutique à Toulon le 6 juin.", "fr"),
        ("We open our shop in Toulon on 6 June.", "en"),
        ("Soldes d'été ! -20 % sur tout", "fr"),
        ("Summer sale! 20% off everything", "en"),
        ("Café", "fr"),
    ],
)
def test_detects_french_and_english(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_rejects_unsupported_language_naming_the_field() -> None:
    with pytest.raises(InputError, match="lang: unsupported language 'de'"):
        resolve_language("de", "Hallo")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Bonjour, nouvelle boutique", "fr"), ("Hello, brand new shop", "en")],
)
def test_ties_are_settled_by_vocabulary(text: str, lang: str) -> None:
    assert detect_language(text, default="en" if lang == "fr" else "fr") == lang
