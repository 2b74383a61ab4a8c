"""The known networks, read once from the packaged networks.yaml and validated."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from pydantic import ValidationError

from brandvoice.errors import InputError, UnknownNameError
from brandvoice.networks.model import Network

DATA_FILE = "networks.yaml"


def all_networks() -> dict[str, Network]:
    """Every network by id, in the order of networks.yaml (a fresh dict: safe to change)."""
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
    text = files("brandvoice.networks").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_networks(text, origin=DATA_FILE)


def parse_networks(text: str, origin: str) -> dict[str, Network]:
    """Validate a networks.yaml document; errors name ``origin``, the network id and field."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = None if mark is None else mark.line + 1
        raise InputError(f"not valid YAML: {error}", path=origin, line=line) from error
    entries = document.get("networks") if isinstance(document, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise InputError("expected a non-empty `networks:` mapping", path=origin)
    return {str(key): _parse_network(str(key), value, origin) for key, value in entries.items()}


def _parse_network(network_id: str, fields: Any, origin: str) -> Network:
    if not isinstance(fields, dict):
        raise InputError("expected a mapping of fields", path=origin, field=network_id)
    try:
        return Network.model_validate({**fields, "id": network_id})
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        field = f"{network_id}.{location}" if location else network_id
        raise InputError(
            f"network {network_id!r}: {first['msg']}", path=origin, field=field
        ) from error
