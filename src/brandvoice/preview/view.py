"""What a preview card shows, worked out in Python so the template only lays it out: the
post cut into plain and flagged runs around the fold, the changes as diffs, the counts."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from brandvoice.findings import Finding, Severity, Summary
from brandvoice.networks import Network, get_network
from brandvoice.preview.diff import DiffPiece, token_diff
from brandvoice.text.segments import fold_offset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from brandvoice import Adaptation, Variant

# Unchanged tokens kept around each change in a change's diff (a word and its spaces = 2).
CHANGE_CONTEXT = 8

_SPACE_NAMES = {" ": "space", "\n": "line break", "\t": "tab"}


class ProblemLike(Protocol):
    """What the page shows of an adaptation's problem (``Adaptation.problems``)."""

    @property
    def network(self) -> str: ...
    @property
    def voice(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def message(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of the post: plain text, or text some findings flag (``finding_ids``).
    A flagged run with empty text is a finding at a point (something missing there)."""

    text: str
    finding_ids: tuple[str, ...] = ()
    severity: str = ""
    """The most severe of the findings, for the highlight's colour."""
    title: str = ""
    """The findings' messages, for the tooltip."""
    whole: bool = False
    """Every finding here is about the whole post (readability, register): not underlined."""


@dataclass(frozen=True, slots=True)
class FindingView:
    id: str
    finding: Finding
    quote: str
    """The flagged text, shortened when long; "" when the finding is about the whole post."""


@dataclass(frozen=True, slots=True)
class ChangeView:
    """One transform's changes for one reason: the reason once, with its count, and each
    edit's diff."""

    transform: str
    reason: str
    diffs: list[list[DiffPiece]]

    @property
    def count(self) -> int:
        return len(self.diffs)


@dataclass(frozen=True, slots=True)
class CardView:
    id: str
    network_id: str
    network_name: str
    voice: str
    lang: str
    fold_rule: str
    """How the network folds, in words ("" when it shows the whole post)."""
    fold: int | None
    before_fold: list[Run]
    after_fold: list[Run]
    count: object
    limit: object
    unit: str
    over_by: int
    summary: Summary
    findings: list[FindingView]
    changes: list[ChangeView]
    master_diff: list[DiffPiece]
    problems: list[ProblemLike]
    dropped: list[str]
    meta: dict[str, str]


@dataclass(frozen=True, slots=True)
class ItemView:
    id: str
    title: str
    adaptation: Adaptation
    cards: list[CardView] = field(default_factory=list)


def item_view(index: int, title: str, adaptation: Adaptation) -> ItemView:
    item_id = f"m{index}"
    cards = [
        card_view(f"{item_id}-{number}-{variant.network}", variant, adaptation)
        for number, variant in enumerate(adaptation.variants, start=1)
    ]
    return ItemView(item_id, title, adaptation, cards)


def card_view(card_id: str, variant: Variant, adaptation: Adaptation) -> CardView:
    from brandvoice.adaptation.model import grouped_changes

    network_name, fold_rule, fold = variant.network, "", None
    unit = str(variant.metrics.get("unit", ""))
    network = _known_network(variant.network)
    if network is not None:
        network_name = network.name
        unit = network.unit_label if unit == network.unit else unit
        fold_rule = _fold_rule(network.fold.chars, network.fold.lines) if network.fold else ""
        fold = fold_offset(variant.text, network.fold)
    ids = [f"{card_id}-f{number}" for number in range(1, len(variant.findings) + 1)]
    runs = flagged_runs(variant.text, list(zip(ids, variant.findings, strict=True)), fold)
    before, after = split_at(runs, len(variant.text) if fold is None else fold)
    count, limit = variant.metrics.get("count"), variant.metrics.get("limit")
    over = count - limit if isinstance(count, int) and isinstance(limit, int) else 0
    return CardView(
        id=card_id,
        network_id=variant.network,
        network_name=network_name,
        voice=variant.voice,
        lang=variant.lang,
        fold_rule=fold_rule,
        fold=fold,
        before_fold=before,
        after_fold=after,
        count=count,
        limit=limit,
        unit=unit,
        over_by=max(over, 0),
        summary=variant.summary,
        findings=[
            FindingView(
                id_,
                finding,
                "" if covers_whole(variant.text, finding) else _quote(variant.text, finding),
            )
            for id_, finding in zip(ids, variant.findings, strict=True)
        ],
        changes=[
            ChangeView(
                group.transform,
                group.label,
                [token_diff(c.before, c.after, context=CHANGE_CONTEXT) for c in group.changes],
            )
            for group in grouped_changes(variant.changes)
        ],
        master_diff=token_diff(adaptation.master, variant.text),
        problems=[
            p
            for p in adaptation.problems
            if p.network == variant.network and p.voice == variant.voice
        ],
        dropped=list(variant.dropped),
        # The front matter's fields, lists (tags) written as the page shows them.
        meta={
            key: ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            for key, value in variant.meta.items()
        },
    )


def flagged_runs(
    text: str, findings: Sequence[tuple[str, Finding]], fold: int | None = None
) -> list[tuple[int, Run]]:
    """``text`` cut at every finding's edges (and at ``fold``) into runs, each with its start
    offset and the findings covering it. Findings may overlap, so a run can carry several;
    a zero-length finding becomes an empty run where it points."""
    edges = {0, len(text)}
    if fold is not None:
        edges.add(fold)
    spans = []
    for id_, finding in findings:
        start = min(max(finding.offset, 0), len(text))
        end = min(start + max(finding.length, 0), len(text))
        spans.append((start, end, id_, finding))
        edges.update((start, end))
    whole = {id_ for id_, finding in findings if covers_whole(text, finding)}
    cuts = sorted(edges)
    runs: list[tuple[int, Run]] = []
    for index, start in enumerate(cuts):
        points = [(i, f) for s, e, i, f in spans if s == e == start]
        if points:
            runs.append((start, _run("", points, whole)))
        if index + 1 < len(cuts):
            end = cuts[index + 1]
            covering = [(i, f) for s, e, i, f in spans if s <= start and end <= e and s < e]
            runs.append((start, _run(text[start:end], covering, whole)))
    return runs


def split_at(runs: Sequence[tuple[int, Run]], cut: int) -> tuple[list[Run], list[Run]]:
    """The runs before ``cut`` and from it on; a point finding right at the cut stays before
    it, next to the text it follows (runs never straddle the cut: it is one of their edges)."""
    before = [run for start, run in runs if start < cut or (start == cut and not run.text)]
    return before, [run for start, run in runs[len(before) :]]


def covers_whole(text: str, finding: Finding) -> bool:
    """Whether ``finding`` flags all of ``text`` (surrounding spaces aside)."""
    stripped = text.strip()
    if not stripped:
        return False
    first = len(text) - len(text.lstrip())
    return finding.offset <= first and finding.offset + finding.length >= first + len(stripped)


def _run(text: str, findings: Sequence[tuple[str, Finding]], whole: set[str]) -> Run:
    if not findings:
        return Run(text)
    # The colour is the worst finding's among those about this stretch in particular.
    local = [f for i, f in findings if i not in whole] or [f for _, f in findings]
    worst = max((f.severity for f in local), key=lambda s: s.rank)
    title = "\n".join(f"{f.severity}: {f.message} ({f.rule})" for _, f in findings)
    ids = tuple(i for i, _ in findings)
    return Run(text, ids, str(worst), title, whole=all(i in whole for i in ids))


def _known_network(network_id: str) -> Network | None:
    from brandvoice.errors import InputError

    try:
        return get_network(network_id)
    except InputError:
        # A variant for a network this installation does not know: show it without a fold.
        return None


def _fold_rule(chars: int | None, lines: int | None) -> str:
    parts = [f"{chars} characters" if chars else "", f"{lines} lines" if lines else ""]
    return "folds after " + " or ".join(p for p in parts if p)


def _quote(text: str, finding: Finding, longest: int = 80) -> str:
    quote = text[finding.offset : finding.offset + finding.length]
    if len(quote) > longest:
        quote = quote[: longest - 1] + "…"
    return quote


def space_name(text: str) -> str:
    """The name of a whitespace-only diff piece (a no-break space looks like any other),
    or "" for text that shows itself."""
    if not text or not text.isspace():
        return ""
    names = [_SPACE_NAMES.get(ch) or unicodedata.name(ch, "space").lower() for ch in text]
    return ", ".join(dict.fromkeys(names))


SEVERITIES = tuple(str(s) for s in Severity)
