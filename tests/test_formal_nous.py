"""The formal « nous » leaves an impersonal « on » alone (issue 17)."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import TransformExample, example_target
from brandvoice.adaptation.transforms.formal_nous import FormalNous


def _formal(text: str) -> str:
    example = TransformExample(text, text, lang="fr", voice="corporate", network="website")
    return run_transforms(Rewrite(text), example_target(example), [FormalNous()]).text


@pytest.mark.parametrize(
    "text",
    [
        "On parle de nous dans la presse ce matin.",
        "On m'a demandé si la boutique restait ouverte.",
        "On raconte que la recette vient de la grand-mère.",
    ],
)
def test_impersonal_on_stays(text: str) -> None:
    assert _formal(text) == text


def test_the_brand_s_on_still_becomes_nous() -> None:
    assert _formal("On vous attend samedi à la boutique.").startswith("Nous vous attendons")
