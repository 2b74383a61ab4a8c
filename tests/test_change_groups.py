"""A variant's change log as people read it: one line per transform and reason, with a
count, in the text, Markdown and preview reports; the JSON keeps every change."""

from __future__ import annotations

import io
import json

from brandvoice.adaptation.model import Adaptation, Change, Variant, grouped_changes
from brandvoice.preview import render_preview
from brandvoice.report.console import print_adaptation
from brandvoice.report.json import render_adaptation as render_json
from brandvoice.report.markdown import render_adaptation as render_markdown

THIRD = "a press note speaks of The Green Fork in the third person"
CHANGES = [
    Change("contractions", "We're", "We are", "the voice avoids them"),
    Change("press-lead", "We", "The Green Fork", THIRD),
    Change("press-lead", "are", "is", THIRD),
    Change("exclamations", "!", ".", "no exclamation marks"),
    Change("press-lead", "our", "its", THIRD),
    Change("contractions", "you've", "you have", "the voice avoids them"),
]


def _adaptation() -> Adaptation:
    text = "The Green Fork is hiring. Its kitchen team is growing."
    variant = Variant(
        "corporate", "website", "en", text, changes=list(CHANGES), metrics={"count": len(text)}
    )
    return Adaptation("en", "We're hiring! Our kitchen team is growing.", [variant])


def test_groups_keep_first_appearance_order_and_every_change() -> None:
    groups = grouped_changes(CHANGES)
    assert [(g.transform, g.count) for g in groups] == [
        ("contractions", 2),
        ("press-lead", 3),
        ("exclamations", 1),
    ]
    assert [c.before for c in groups[1].changes] == ["We", "are", "our"]
    assert groups[1].label == f"{THIRD} (×3)"
    assert groups[2].label == "no exclamation marks"  # no count for a single change
    assert grouped_changes([]) == []


def test_text_report_says_each_reason_once_with_its_count() -> None:
    from rich.console import Console

    out = io.StringIO()
    print_adaptation(_adaptation(), Console(file=out, width=400, highlight=False))
    text = out.getvalue()
    assert text.count(THIRD) == 1
    assert f"~ press-lead: {THIRD} (×3)" in text
    assert "~ contractions: the voice avoids them (×2)" in text


def test_markdown_has_one_row_per_reason_with_each_edit() -> None:
    markdown = render_markdown(_adaptation())
    rows = [line for line in markdown.splitlines() if line.startswith("| press-lead")]
    edits = "We<br>are<br>our | The Green Fork<br>is<br>its"
    assert rows == [f"| press-lead | {edits} | {THIRD} (×3) |"]


def test_preview_shows_one_line_per_reason_and_a_diff_per_change() -> None:
    html = render_preview([("job", _adaptation())])
    assert html.count(THIRD) == 1
    assert html.count('<li class="change"') == 3
    assert html.count('<p class="diff"') == len(CHANGES)
    assert f"Changes from the master ({len(CHANGES)})" in html


def test_json_keeps_every_change() -> None:
    data = json.loads(render_json(_adaptation()))
    assert len(data["variants"][0]["changes"]) == len(CHANGES)
