"""The trailing hashtag block of a variant, and edits that turn it into another list.

The block is the run of hashtags that ends the text and starts a line (the templates put
the master's trailing hashtags on their own last line). Hashtags anywhere else are part
of sentences and stay. Each added or removed tag is its own edit: tags kept stay where
they are, new tags go before them (the brand's own) or after them (drawn from the
message), and a removed tag takes one of its separating spaces with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from brandvoice.adaptation.transform import Edit
from brandvoice.text.entities import Entity


@dataclass(frozen=True, slots=True)
class Addition:
    tag: str
    reason: str


def trailing_block(text: str, hashtags: Sequence[Entity]) -> list[Entity]:
    """The hashtags of ``hashtags`` (in text order) forming the trailing block."""
    end = len(text.rstrip())
    block: list[Entity] = []
    for tag in reversed(hashtags):
        if text[tag.end : end].strip():
            break
        block.insert(0, tag)
        end = tag.start
    # The block must start a line: "Rendez-vous à #Toulon" ends a sentence, not a block.
    while block and text[text.rfind("\n", 0, block[0].start) + 1 : block[0].start].strip():
        block.pop(0)
    return block


def block_edits(
    text: str,
    block: Sequence[Entity],
    removed: dict[int, str],
    leading: Sequence[Addition],
    trailing: Sequence[Addition],
) -> list[Edit]:
    """Edits removing ``block[i]`` for each ``i`` in ``removed`` (with its reason), adding
    ``leading`` before the first tag kept and ``trailing`` after the last."""
    kept = [i for i in range(len(block)) if i not in removed]
    edits: list[Edit] = []
    if not block:
        if leading or trailing:
            end = len(text.rstrip())
            additions = [*leading, *trailing]
            edits.append(Edit(end, end, f"\n\n{additions[0].tag}", additions[0].reason))
            edits.extend(Edit(end, end, f" {a.tag}", a.reason) for a in additions[1:])
        return edits
    if not kept:
        start = block[0].start
        additions = [*leading, *trailing]
        if additions:
            edits.append(Edit(start, start, additions[0].tag, additions[0].reason))
            edits.extend(Edit(start, start, f" {a.tag}", a.reason) for a in additions[1:])
            # Every old tag goes with the space before it; the first, with nothing before.
            bounds = [start, *(tag.end for tag in block)]
        else:
            # Nothing left: the line goes, with the blank line that set it apart.
            bounds = [len(text[:start].rstrip()), *(tag.end for tag in block)]
        edits.extend(
            Edit(bounds[i], bounds[i + 1], "", removed[i], drops=(block[i].text,))
            for i in range(len(block))
        )
        return edits
    first, last = kept[0], kept[-1]
    edits.extend(
        Edit(block[first].start, block[first].start, f"{a.tag} ", a.reason) for a in leading
    )
    edits.extend(Edit(block[last].end, block[last].end, f" {a.tag}", a.reason) for a in trailing)
    for i, reason in removed.items():
        if i > last:  # after the last kept tag: with the space before it
            span = (block[i - 1].end, block[i].end)
        else:  # before a kept tag: with the space after it
            span = (block[i].start, block[i + 1].start)
        edits.append(Edit(*span, "", reason, drops=(block[i].text,)))
    return edits
