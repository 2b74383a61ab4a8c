"""Run a stage's transforms over a text, keeping every edit as an explained change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from brandvoice.adaptation.model import Change
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, apply_edits
from brandvoice.text.protect import protected_spans


@dataclass(slots=True)
class Rewrite:
    """A text on its way through the transforms, with what was changed and dropped."""

    text: str
    changes: list[Change] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # facts removed on purpose


class ProtectedSpanEditError(AssertionError):
    """A transform tried to rewrite a URL, mention, hashtag, name...: a bug in the transform."""


def run_transforms(rewrite: Rewrite, target: Target, transforms: Iterable[Transform]) -> Rewrite:
    for transform in transforms:
        if not transform.applies(target):
            continue
        edits = transform.edits(rewrite.text, target)
        if not edits:
            continue
        if not transform.edits_protected:
            _refuse_protected(rewrite.text, target, transform, edits)
        before = rewrite.text
        rewrite.text = apply_edits(before, edits)
        for edit in sorted(edits, key=lambda e: e.start):
            rewrite.changes.append(
                Change(
                    transform=transform.id,
                    before=before[edit.start : edit.end],
                    after=edit.replacement,
                    reason=edit.reason,
                )
            )
            rewrite.dropped.extend(edit.drops)
    return rewrite


def run_stage(rewrite: Rewrite, target: Target, stage: Stage) -> Rewrite:
    from brandvoice.adaptation.transforms import transforms_of

    return run_transforms(rewrite, target, transforms_of(stage))


def _refuse_protected(text: str, target: Target, transform: Transform, edits: list[Edit]) -> None:
    spans = protected_spans(text, target.protected_names)
    for edit in edits:
        # Inserting at a span's edge is fine; replacing or inserting inside one is not.
        inside = edit.start < edit.end and spans.overlaps(edit.start, edit.end)
        inserted_within = edit.start == edit.end and spans.splits(edit.start)
        if inside or inserted_within:
            raise ProtectedSpanEditError(
                f"transform {transform.id!r} edits a protected span at {edit.start}-{edit.end} "
                f"({text[edit.start : edit.end]!r})"
            )
