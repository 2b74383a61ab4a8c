"""A formal voice expands "'s" before a participle as "has" when it is a perfect (the
participle has an object, or reports a clause said before it), as "is" when it is a
passive: "who's trusted us" is no "who is trusted us"."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import TransformExample, example_target
from brandvoice.adaptation.transforms.contractions import TRANSFORMS


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Thanks to every customer who's trusted us with their garden.",
            "Thanks to every customer who has trusted us with their garden.",
        ),
        ("He's finished the job.", "He has finished the job."),
        (
            "Sue will still visit for her crab sandwich, she's promised.",
            "Sue will still visit for her crab sandwich, she has promised.",
        ),
        # Passives stay passives.
        ("It's closed on Mondays.", "It is closed on Mondays."),
        ("It's said that the view is great.", "It is said that the view is great."),
    ],
)
def test_s_before_a_participle(before: str, after: str) -> None:
    target = example_target(TransformExample(before, before, voice="corporate"))
    assert run_transforms(Rewrite(before), target, list(TRANSFORMS)).text == after
