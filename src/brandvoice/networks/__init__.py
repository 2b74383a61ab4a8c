"""Networks: one record each (``data/<id>.yaml``), how each counts, and ``measure``.

>>> from brandvoice.networks import measure
>>> measure("Doors open at 9! https://example.com", "x").count
40
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from brandvoice.networks.model import (
    ExtraLimit,
    Fold,
    Network,
    NetworkKind,
    NetworkStatus,
    Source,
)
from brandvoice.networks.registry import all_networks, get_network, get_open_network
from brandvoice.networks.units import CountUnit

if TYPE_CHECKING:
    from brandvoice.networks.counting import count
    from brandvoice.networks.measuring import ExtraCount, Measure, measure

# Counting loads twitter-text (a quarter of a second): only when something is measured.
_LAZY = {
    "count": "brandvoice.networks.counting",
    "ExtraCount": "brandvoice.networks.measuring",
    "Measure": "brandvoice.networks.measuring",
    "measure": "brandvoice.networks.measuring",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'brandvoice.networks' has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = [
    "CountUnit",
    "ExtraCount",
    "ExtraLimit",
    "Fold",
    "Measure",
    "Network",
    "NetworkKind",
    "NetworkStatus",
    "Source",
    "all_networks",
    "count",
    "get_network",
    "get_open_network",
    "measure",
]
