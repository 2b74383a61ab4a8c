"""The pipeline refuses edits inside protected spans (URLs, hashtags...) unless a transform
declares that rewriting them is its job; inserting at a span's edge is allowed."""

from __future__ import annotations

from typing import ClassVar

import pytest

from brandvoice.adaptation.pipeline import ProtectedSpanEditError, Rewrite, run_transforms
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.networks import get_network
from brandvoice.profiles import get_voice

TEXT = "Book at https://shop.example/book #Toulon"
URL_START, URL_END = 8, 33


class _Fixed(Transform):
    """A transform that proposes one given edit: the unit under test is the pipeline."""

    id: ClassVar[str] = "fixed"
    stage: ClassVar[Stage] = Stage.POST
    order: ClassVar[int] = 0
    summary: ClassVar[str] = "test"
    examples: ClassVar[tuple[TransformExample, ...]] = ()

    def __init__(self, edit: Edit, protected: bool = False) -> None:
        self.edit = edit
        self.edits_protected = protected  # type: ignore[misc]

    def edits(self, text: str, target: Target) -> list[Edit]:
        return [self.edit]


TARGET = Target(voice=get_voice("casual-facebook"), network=get_network("x"), lang="en")


@pytest.mark.parametrize(
    "edit",
    [
        Edit(URL_START + 5, URL_START + 5, "x", "insert inside the URL"),
        Edit(URL_START + 2, URL_END + 2, "", "delete across the URL's end"),
        Edit(36, 38, "OU", "rewrite inside the hashtag"),
    ],
)
def test_edits_inside_protected_spans_are_refused(edit: Edit) -> None:
    with pytest.raises(ProtectedSpanEditError):
        run_transforms(Rewrite(TEXT), TARGET, [_Fixed(edit)])


@pytest.mark.parametrize("offset", [URL_START, URL_END])
def test_insertions_at_a_span_edge_are_allowed(offset: int) -> None:
    result = run_transforms(Rewrite(TEXT), TARGET, [_Fixed(Edit(offset, offset, "«", "edge"))])
    assert result.text == TEXT[:offset] + "«" + TEXT[offset:]
    assert [c.after for c in result.changes] == ["«"]


def test_a_transform_that_owns_protected_spans_may_rewrite_them() -> None:
    edit = Edit(URL_END, URL_END, "?utm_source=x", "UTM")
    inside = Edit(URL_END - 4, URL_END, "shop", "rewrite the path")
    result = run_transforms(Rewrite(TEXT), TARGET, [_Fixed(inside, protected=True)])
    assert result.text == TEXT.replace("/book", "/shop")
    assert run_transforms(Rewrite(TEXT), TARGET, [_Fixed(edit)]).text.endswith(
        "?utm_source=x #Toulon"
    )
