"""Adaptation: one master message, a variant per network in each network's voice."""

from brandvoice.adaptation.engine import DEFAULT_NETWORKS, adapt, plan_targets
from brandvoice.adaptation.model import Adaptation, Change, Problem, Variant

__all__ = [
    "DEFAULT_NETWORKS",
    "Adaptation",
    "Change",
    "Problem",
    "Variant",
    "adapt",
    "plan_targets",
]
