"""The known networks, one record per file (``data/<id>.yaml``), read once and validated."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

import yaml
from pydantic import ValidationError

from brandvoice.errors import InputError, UnknownNameError
from brandvoice.networks.model import Network

DATA_DIR = "data"
"""The folder of network records inside the package, shipped in the wheel."""
SUFFIX = ".yaml"


def all_networks() -> dict[str, Network]:
    """Every network by id, in the records' ``order`` (a fresh dict: safe to change)."""
    return dict(_packaged_networks())


def get_network(name: str) -> Network:
    """The network ``name`` designates; ids are case-insensitive (``LinkedIn``, ``X``)."""
    networks = _packaged_networks()
    try:
        return networks[name.strip().casefold()]
    except KeyError:
        raise UnknownNameError("network", name, networks) from None


def get_open_network(name: str | Network) -> Network:
    """The network ``name`` designates, refusing one closed to new posts: variants and plans
    are written for networks that publish them (a closed one stays known to ``check``)."""
    network = name if isinstance(name, Network) else get_network(name)
    if not network.is_active:
        raise InputError(
            f"network {network.id!r} ({network.name}) is {network.status}: "
            "nothing can be published on it any more",
            field="network",
        )
    return network


@cache
def _packaged_networks() -> Mapping[str, Network]:
    folder = files("brandvoice.networks").joinpath(DATA_DIR)
    records = (
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX) and entry.is_file()
    )
    return parse_records(records, folder=DATA_DIR)


def parse_records(records: Iterable[tuple[str, str]], folder: str = DATA_DIR) -> dict[str, Network]:
    """Validate network records given as (file name, text); the id of each is its file name
    without ``.yaml``. The result is in ``order``; two records with one order are refused."""
    networks = [
        parse_network(text, network_id=name.removesuffix(SUFFIX), origin=f"{folder}/{name}")
        for name, text in records
    ]
    if not networks:
        raise InputError("no network record (expected <id>.yaml files)", path=folder)
    networks.sort(key=lambda network: (network.order, network.id))
    for before, after in pairwise(networks):
        if before.order == after.order:
            raise InputError(
                f"networks {before.id!r} and {after.id!r} have the same order {after.order}",
                path=f"{folder}/{after.id}{SUFFIX}",
                field="order",
            )
    return {network.id: network for network in networks}


def parse_network(text: str, network_id: str, origin: str) -> Network:
    """Validate one network record; errors name ``origin``, the network id and the field."""
    try:
        fields = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = None if mark is None else mark.line + 1
        raise InputError(f"not valid YAML: {error}", path=origin, line=line) from error
    return _validate(network_id, fields, origin)


def _validate(network_id: str, fields: Any, origin: str) -> Network:
    if not isinstance(fields, dict):
        raise InputError("expected a mapping of fields", path=origin, field=network_id)
    if "id" in fields:
        raise InputError(
            "a record's id is its file name: remove `id:`", path=origin, field=f"{network_id}.id"
        )
    try:
        return Network.model_validate({**fields, "id": network_id})
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        field = f"{network_id}.{location}" if location else network_id
        raise InputError(
            f"network {network_id!r}: {first['msg']}", path=origin, field=field
        ) from error
