"""``brandvoice plan`` as a user runs it: outputs written, bad input refused cleanly."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from tests.conftest import EXAMPLES, ROOT, run_cli


def _wired() -> bool:
    from brandvoice.cli.parser import build_parser

    parser = build_parser()
    return "plan" in (parser._subparsers._group_actions[0].choices or {})  # type: ignore[union-attr]


def run_plan(*args: str) -> subprocess.CompletedProcess[str]:
    """``brandvoice plan ...``; until the command is wired into the main parser, the
    module's own entry point, which handles errors the same way."""
    if _wired():
        return run_cli("plan", *args)
    return subprocess.run(
        [sys.executable, "-m", "brandvoice.cli.plan_cmd", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


NOWS = {
    "campaign-toulon-week.yaml": "2026-05-25T09:00",
    "campaign-product-launch.yaml": "2026-10-20T09:00",
}


@pytest.mark.parametrize("example", sorted(NOWS))
def test_examples_give_valid_ics_and_csv(tmp_path: Path, example: str) -> None:
    ics, out_csv = tmp_path / "plan.ics", tmp_path / "plan.csv"
    result = run_plan(
        str(EXAMPLES / example), "--now", NOWS[example], "--no-languagetool",
        "--ics", str(ics), "--csv", str(out_csv), "--format", "json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert set(document["summary"]) == {"errors", "warnings", "infos"}
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == len(document["results"]) >= 10
    uids = {str(e["UID"]) for e in events}
    assert len(uids) == len(events)
    with out_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["datetime"] for r in rows] == [r["at"] for r in document["results"]]
    # Planning again gives the same UIDs: calendars update instead of duplicating.
    again = run_plan(str(EXAMPLES / example), "--now", NOWS[example], "--no-languagetool",
                     "--ics", str(ics))  # fmt: skip
    assert again.returncode == 0
    events_again = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in events_again} == uids


def test_hootsuite_files_per_network(tmp_path: Path) -> None:
    target = tmp_path / "launch.csv"
    result = run_plan(
        str(EXAMPLES / "campaign-product-launch.yaml"), "--now", "2026-10-20T09:00",
        "--no-languagetool", "--csv", str(target), "--csv-format", "hootsuite",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "launch-x.csv" in written
    assert "launch-linkedin.csv" in written
    assert not target.exists()
    rows = list(csv.reader((tmp_path / "launch-x.csv").open(encoding="utf-8", newline="")))
    assert rows[0] == ["Date (DD/MM/YYYY HH:MM)", "Message", "Link"]
    assert rows[1][0] == "26/10/2026 08:00" or rows[1][0].count("/") == 2


BAD = {
    "unknown-network": ("    networks: [x, myspace]\n", "posts[0].networks[1]", "myspace"),
    "past": ("    networks: [x]\n    at: 2026-01-01T10:00\n", "posts[0].at", "in the past"),
    "no-slot": (
        "    networks: [linkedin]\n    at: next\nhorizon_days: 3\n"
        "policy:\n  linkedin:\n    days: [sat]\n",
        "posts[0].at",
        "no free slot",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_campaign_exits_2_with_one_line_and_no_file(tmp_path: Path, case: str) -> None:
    tail, field, words = BAD[case]
    campaign = tmp_path / "bad.yaml"
    campaign.write_text(
        "timezone: Europe/Paris\nposts:\n  - id: soldes\n    master: Soldes d'été !\n" + tail,
        encoding="utf-8",
    )
    ics, out_csv = tmp_path / "out.ics", tmp_path / "out.csv"
    result = run_plan(
        str(campaign), "--now", "2026-06-01T09:00", "--no-languagetool",
        "--ics", str(ics), "--csv", str(out_csv),
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "bad.yaml:" in lines[0]
    assert field in lines[0]
    assert words in lines[0]
    assert "post 'soldes'" in lines[0]
    assert result.stdout == ""
    assert not ics.exists()
    assert not out_csv.exists()


def test_unknown_time_zone_exits_2(tmp_path: Path) -> None:
    campaign = tmp_path / "tz.yaml"
    campaign.write_text(
        "timezone: Mars/Olympus\nposts:\n  - master: Hi\n    networks: [x]\n", encoding="utf-8"
    )
    result = run_plan(str(campaign), "--no-languagetool", "--ics", str(tmp_path / "o.ics"))
    assert result.returncode == 2
    assert "tz.yaml:1: timezone: unknown time zone 'Mars/Olympus'" in result.stderr
    assert not (tmp_path / "o.ics").exists()


def test_a_post_after_its_event_fails_the_run_and_shows_in_json_and_ics(tmp_path: Path) -> None:
    campaign = tmp_path / "late.yaml"
    campaign.write_text(
        "timezone: Europe/Paris\nlang: fr\nposts:\n  - id: concert\n"
        "    master: Concert de jazz samedi 6 juin à 19 h au Comptoir. Entrée libre !\n"
        "    networks: [x]\n    at: 2026-06-06T20:00\n",
        encoding="utf-8",
    )
    ics = tmp_path / "late.ics"
    result = run_plan(
        str(campaign), "--now", "2026-06-01T09:00", "--no-languagetool",
        "--ics", str(ics), "--format", "json",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # an error finding, the plan written
    (entry,) = json.loads(result.stdout)["results"]
    (late,) = [f for f in entry["findings"] if f["rule"] == "calendar.after-event"]
    assert late["severity"] == "error"
    assert late["category"] == "calendar"
    assert "'samedi 6 juin'" in late["message"]
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["COMMENT"]).startswith("error: [calendar.after-event] 2026-06-06 20:00")
