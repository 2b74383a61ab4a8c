"""Adaptation: one master message, a variant per network in each network's voice."""

from brandvoice.adapt.engine import DEFAULT_NETWORKS, adapt, plan_targets
from brandvoice.adapt.model import Adaptation, Change, Variant

__all__ = ["DEFAULT_NETWORKS", "Adaptation", "Change", "Variant", "adapt", "plan_targets"]
