"""A network is one data record: ``networks/data/<id>.yaml``, and code reads the record.

Every record validates on its own and sources its platform facts; no module outside
``brandvoice/networks/`` keeps a table keyed by network ids (the per-network knowledge
that used to be spread over editorial policies, emoji and unit wording lives in the
records); the records ship in the wheel.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from brandvoice.networks import all_networks, get_network
from brandvoice.networks.model import SOURCED_FIELDS
from brandvoice.networks.registry import parse_network

from .conftest import ROOT

SRC = ROOT / "src" / "brandvoice"
DATA = SRC / "networks" / "data"
RECORDS = sorted(DATA.glob("*.yaml"))

# Tables keyed by network ids that are known to live outside the records, each with why.
# Remove an entry when its table moves into the records; never add one without a reason.
ALLOWED_TABLES = {
    # Meta's paid-partnership and contest wording names the platform; the rule's data
    # (checks/compliance/data/platforms.yaml) lists where it applies. Not in this
    # refactor's scope (checks/compliance/).
    ("checks/compliance/notices.py", "PLATFORM_NAMES"),
}


def test_there_is_one_record_per_network() -> None:
    assert [path.stem for path in RECORDS] == sorted(all_networks())
    assert not (SRC / "networks" / "networks.yaml").exists()


@pytest.mark.parametrize("path", RECORDS, ids=lambda path: path.stem)
def test_every_record_validates_on_its_own(path: Path) -> None:
    network = parse_network(path.read_text(encoding="utf-8"), path.stem, path.name)
    assert network == get_network(path.stem)
    assert network.id == path.stem


@pytest.mark.parametrize("path", RECORDS, ids=lambda path: path.stem)
def test_every_set_platform_fact_has_a_source(path: Path) -> None:
    network = get_network(path.stem)
    sourced = {source.field for source in network.sources}
    for field in SOURCED_FIELDS:
        if getattr(network, field) not in (None, ()):
            assert field in sourced, f"{path.name}: {field} is set but has no source"


def test_every_record_states_its_editorial_policy_and_unit_wording() -> None:
    for path in RECORDS:
        text = path.read_text(encoding="utf-8")
        for key in ("order:", "unit_label:", "kind:", "editorial:", "status:"):
            assert f"\n{key}" in text, f"{path.name} does not write {key}"


def test_the_records_order_is_the_listing_order() -> None:
    networks = list(all_networks().values())
    assert [n.order for n in networks] == sorted(n.order for n in networks)
    assert len({n.order for n in networks}) == len(networks)


def _network_tables(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, name of the variable it is assigned to, or "") of every dict literal whose
    keys include two known network ids or more."""
    ids = set(all_networks())
    names: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names[id(node.value)] = target.id
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if len(keys & ids) >= 2:
                found.append((node.lineno, names.get(id(node), "")))
    return found


def test_no_module_outside_networks_holds_a_table_keyed_by_network_ids() -> None:
    found = set()
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("networks/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found |= {(relative, name or f"line {line}") for line, name in _network_tables(tree)}
    unexpected = found - ALLOWED_TABLES
    assert not unexpected, (
        f"per-network tables outside the network records: {sorted(unexpected)}; "
        "add the field to networks/model.py and each networks/data/<id>.yaml instead"
    )
    assert found >= ALLOWED_TABLES, f"stale allow-list entries: {ALLOWED_TABLES - found}"


def test_the_scan_finds_a_table_keyed_by_network_ids() -> None:
    tree = ast.parse('LABELS = {"x": 1, "threads": 2}\nOTHER = {"x": 1, "fr": 2}\n')
    assert _network_tables(tree) == [(1, "LABELS")]


def test_the_length_message_uses_the_records_wording() -> None:
    from brandvoice import check

    text = "Come in. " * 63
    report = check(text, network="threads", lang="en", languagetool="off")
    (finding,) = [f for f in report.findings if f.rule == "length.over-limit"]
    assert "567 characters for Threads's limit of 500" in finding.message
    report = check(text, network="x", lang="en", languagetool="off")
    (finding,) = [f for f in report.findings if f.rule == "length.over-limit"]
    assert "weighted characters" in finding.message


def test_the_wheel_ships_the_records_and_reads_them(
    built_wheel: tuple[set[str], Path], tmp_path: Path
) -> None:
    names, site = built_wheel
    shipped = {n for n in names if n.startswith("brandvoice/networks/data/")}
    assert shipped == {f"brandvoice/networks/data/{path.name}" for path in RECORDS}
    probe = (
        "import brandvoice.networks.registry as r, sys;"
        "print(r.__file__.startswith(sys.argv[1]));"
        "print(' '.join(r.all_networks()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split("\n", 1) == ["True", " ".join(all_networks()) + "\n"]
