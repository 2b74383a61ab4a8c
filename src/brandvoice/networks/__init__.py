"""Networks: their limits and folds (networks.yaml), how each counts, and ``measure``.

>>> measure("Doors open at 9! https://example.com", "x").count
40
"""

from __future__ import annotations

from brandvoice.networks.counting import CountUnit, count
from brandvoice.networks.measure import ExtraCount, Measure, measure
from brandvoice.networks.model import ExtraLimit, Fold, Network, NetworkStatus, Source
from brandvoice.networks.registry import all_networks, get_network

__all__ = [
    "CountUnit",
    "ExtraCount",
    "ExtraLimit",
    "Fold",
    "Measure",
    "Network",
    "NetworkStatus",
    "Source",
    "all_networks",
    "count",
    "get_network",
    "measure",
]
