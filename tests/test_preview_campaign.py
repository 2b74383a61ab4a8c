"""`preview CAMPAIGN`: every post's variants under the plan's table, in one offline page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .conftest import EXAMPLES, run_cli

NOW = "2026-05-25T08:00"


def test_campaign_preview_shows_the_plan_and_every_variant(tmp_path: Path) -> None:
    campaign = str(EXAMPLES / "campaign-toulon-week.yaml")
    planned = run_cli("plan", campaign, "--format", "json", "--no-languagetool", "--now", NOW)
    assert planned.returncode == 0, planned.stderr
    entries = json.loads(planned.stdout)["results"]

    result = run_cli(
        "preview", campaign, "--html", str(tmp_path), "--no-languagetool", "--now", NOW
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    # One table row per scheduled variant (plus the heading row), one card per variant.
    table = page[page.index("<table") : page.index("</table>")]
    assert table.count("<tr") == len(entries) + 1
    assert len(re.findall(r"<article\b", page)) == len(entries)
    for entry in entries:
        assert html.escape(entry["post_id"]) in table
    assert "<script" not in page
