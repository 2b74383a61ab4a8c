"""Run a stage's transforms over a text, keeping every edit as an explained change.

The change log says what the variant owes to each transform: an edit a later one swallows
whole (a date shortened, then the sentence holding it dropped for length) left nothing in
the variant, so it is no change of its own; the later change shows the text as it was
before both (:class:`_Log`)."""

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
    log = _Log()
    for transform in transforms:
        if not transform.applies(target):
            continue
        edits = log.outside_quotes(transform.edits(rewrite.text, target))
        if not edits:
            continue
        if not transform.edits_protected:
            _refuse_protected(rewrite.text, target, transform, edits)
        before = rewrite.text
        rewrite.text = apply_edits(before, edits)
        log.apply(
            transform.id,
            before,
            sorted(edits, key=lambda e: (e.start, e.end)),
            quotes=transform.quotes,
        )
        for edit in edits:
            rewrite.dropped.extend(edit.drops)
    rewrite.changes.extend(log.changes())
    return rewrite


@dataclass(slots=True)
class _Logged:
    change: Change
    start: int  # where the change's ``after`` stands in the text as it is now
    end: int
    quotes: bool = False  # a speaker's words: later edits stay out of them


class _Log:
    """The changes one run of transforms made, each with where its result stands in the
    current text. A later edit whose span covers a change's result whole (a point, for a
    deletion: the edit starts at or before it and ends after it) takes it in: that change
    is left out, and the later one's ``before`` is the text as it was before both; when
    that is the later one's result (a tag added, then removed), neither is logged."""

    def __init__(self) -> None:
        self._logged: list[_Logged] = []

    def outside_quotes(self, edits: list[Edit]) -> list[Edit]:
        """``edits`` without those that would rewrite inside a quote an earlier transform
        wrote (an insertion at its edge is outside)."""
        quoted = [(q.start, q.end) for q in self._logged if q.quotes]
        if not quoted:
            return edits
        return [
            e
            for e in edits
            if not any(
                (e.start < end and start < e.end) or start < e.start < end for start, end in quoted
            )
        ]

    def apply(
        self, transform: str, before: str, edits: list[Edit], *, quotes: bool = False
    ) -> None:
        """Log ``edits`` (sorted, not overlapping) made on ``before`` by ``transform``."""
        kept: list[_Logged] = []
        swallowed: dict[int, list[_Logged]] = {}
        for logged in self._logged:
            edit_index = next(
                (i for i, e in enumerate(edits) if _covers(e, logged.start, logged.end)), None
            )
            if edit_index is None:
                kept.append(logged)
            else:
                swallowed.setdefault(edit_index, []).append(logged)
        for logged in kept:
            logged.start = _moved(logged.start, edits, end=False)
            logged.end = max(logged.start, _moved(logged.end, edits, end=True))
        added: list[_Logged] = []
        shift = 0
        for i, edit in enumerate(edits):
            original = _undone(before, edit, swallowed.get(i, []))
            start = edit.start + shift
            shift += len(edit.replacement) - (edit.end - edit.start)
            if original == edit.replacement:
                continue  # it undid the changes it swallowed (a tag added, then removed)
            change = Change(transform, original, edit.replacement, edit.reason)
            # A quote is what the edit wrote; a cut around it is no one's words.
            spoken = quotes and bool(edit.replacement)
            added.append(_Logged(change, start, start + len(edit.replacement), spoken))
        self._logged = [*kept, *added]

    def changes(self) -> list[Change]:
        return [logged.change for logged in self._logged]


def _covers(edit: Edit, start: int, end: int) -> bool:
    """Whether ``edit`` replaces all of ``[start, end)`` (the point ``start`` when empty)."""
    if edit.start == edit.end:
        return False
    if start == end:
        return edit.start <= start < edit.end
    return edit.start <= start and end <= edit.end


def _moved(position: int, edits: list[Edit], *, end: bool) -> int:
    """``position`` in the text after ``edits``; one inside an edit goes to the edit's
    replacement's start (or, for an ``end``, its end)."""
    shift = 0
    for edit in edits:
        # An insertion at ``position`` comes before a change that starts there, after one
        # that ends there.
        if edit.end < position or (edit.end == position and (edit.start < edit.end or not end)):
            shift += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start < position:
            return edit.start + shift + (len(edit.replacement) if end else 0)
        else:
            break
    return position + shift


def _undone(text: str, edit: Edit, swallowed: list[_Logged]) -> str:
    """``text[edit.start:edit.end]`` with the swallowed changes' results put back as they
    were before them."""
    passage = text[edit.start : edit.end]
    for logged in sorted(swallowed, key=lambda item: (item.start, item.end), reverse=True):
        start, end = logged.start - edit.start, logged.end - edit.start
        passage = passage[:start] + logged.change.before + passage[end:]
    return passage


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
