"""The change log lists the edits that survive in the variant: one a later edit swallows
whole (a date shortened, then its sentence dropped for length) is left out, and the later
change shows the text as it was before both."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from brandvoice.adaptation.pipeline import Rewrite, run_transforms
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.networks import get_network
from brandvoice.profiles import get_voice

TARGET = Target(voice=get_voice("casual-facebook"), network=get_network("x"), lang="en")
TEXT = "Open on Saturday 7 March. Come early, doors at 9 on Saturday. Thanks!"


class _Finding(Transform):
    """A transform whose edits a function finds in the text it is given."""

    stage: ClassVar[Stage] = Stage.POST
    order: ClassVar[int] = 0
    summary: ClassVar[str] = "test"
    examples: ClassVar[tuple[TransformExample, ...]] = ()
    edits_protected = True

    def __init__(self, name: str, find: Callable[[str], list[Edit]]) -> None:
        self.id = name  # type: ignore[misc]
        self.find = find

    def edits(self, text: str, target: Target) -> list[Edit]:
        return self.find(text)


def _replace_all(old: str, new: str) -> Callable[[str], list[Edit]]:
    def find(text: str) -> list[Edit]:
        found, at = [], text.find(old)
        while at != -1:
            found.append(Edit(at, at + len(old), new, f"{old} -> {new}"))
            at = text.find(old, at + len(old))
        return found

    return find


def _remove(passage: str) -> Callable[[str], list[Edit]]:
    def find(text: str) -> list[Edit]:
        at = text.index(passage)
        return [Edit(at, at + len(passage), "", f"{passage} removed")]

    return find


def _run(*transforms: Transform) -> Rewrite:
    return run_transforms(Rewrite(TEXT), TARGET, transforms)


def test_an_edit_inside_a_passage_removed_later_is_not_logged() -> None:
    result = _run(
        _Finding("compact", _replace_all("Saturday", "Sat")),
        _Finding("fit", _remove(" Come early, doors at 9 on Sat.")),
    )
    assert result.text == "Open on Sat 7 March. Thanks!"
    logged = [(c.transform, c.before, c.after) for c in result.changes]
    # The first date's short form survives; the second went with its sentence, which the
    # log shows as it was written.
    assert logged == [
        ("compact", "Saturday", "Sat"),
        ("fit", " Come early, doors at 9 on Saturday.", ""),
    ]


def test_an_edit_outside_the_removed_passage_keeps_its_place() -> None:
    # The removal comes before the later short form: positions shift, both survive.
    result = _run(
        _Finding("fit", _remove("Open on Saturday 7 March. ")),
        _Finding("compact", _replace_all("Saturday", "Sat")),
        _Finding("fit", _remove(" Thanks!")),
    )
    assert result.text == "Come early, doors at 9 on Sat."
    assert [c.transform for c in result.changes] == ["fit", "compact", "fit"]


def test_a_deletion_goes_with_the_passage_after_it_not_the_one_before() -> None:
    opener = _Finding("opener", _remove("Come early, "))
    # The sentence the deletion opened is removed: the deletion goes with it.
    after = _run(opener, _Finding("fit", _remove(" doors at 9 on Saturday.")))
    assert [c.transform for c in after.changes] == ["fit"]
    assert after.changes[0].before == " Come early, doors at 9 on Saturday."
    # The sentence before it is removed: the deletion still shows in the variant.
    before = _run(opener, _Finding("fit", _remove("Open on Saturday 7 March. ")))
    assert [c.transform for c in before.changes] == ["opener", "fit"]
    assert before.text == "doors at 9 on Saturday. Thanks!"


def test_a_change_partly_cut_stays_logged() -> None:
    result = _run(
        _Finding("compact", _replace_all("Saturday 7", "Sat 7")),
        _Finding("fit", _remove("Open on Sat")),
    )
    assert result.text == " 7 March. Come early, doors at 9 on Saturday. Thanks!"
    assert [c.transform for c in result.changes] == ["compact", "fit"]


def test_an_insertion_removed_later_leaves_no_change() -> None:
    def add_tag(text: str) -> list[Edit]:
        return [Edit(len(text), len(text), " #Toulon", "tag added")]

    result = _run(_Finding("hashtags", add_tag), _Finding("fit", _remove(" #Toulon")))
    assert result.text == TEXT
    assert result.changes == []
