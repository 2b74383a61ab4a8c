"""Every transform's built-in examples, run by one parametrized test (like the rules')."""

from __future__ import annotations

import pytest

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Transform, TransformExample, example_target
from brandvoice.adaptation.transforms import all_transforms

CASES = [
    pytest.param(transform, example, id=f"{transform.id}-{index}")
    for transform in all_transforms()
    for index, example in enumerate(transform.examples)
]


def test_every_transform_has_examples() -> None:
    for transform in all_transforms():
        assert transform.examples, f"{transform.id} has no examples"
        # At least one example must show it changing something, one leaving text alone
        # is welcome but not required (some transforms always act, e.g. a template).
        assert any(e.before != e.after for e in transform.examples), transform.id


@pytest.mark.parametrize(("transform", "example"), CASES)
def test_transform_example(transform: Transform, example: TransformExample) -> None:
    target = example_target(example)
    result = run_transforms(Rewrite(example.before), target, [transform])
    assert result.text == example.after
    if example.before == example.after:
        assert not result.changes
    else:
        assert result.changes
        assert all(c.transform == transform.id for c in result.changes)
        assert all(c.reason for c in result.changes)
