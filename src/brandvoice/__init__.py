"""brandvoice: one master message, the many voices of a brand.

>>> from brandvoice import adapt, check, measure
>>> measure("Doors open at 9! https://example.com", "x").count
40

Public names are imported lazily (PEP 562): ``import brandvoice`` costs almost nothing,
so the command line starts fast and spaCy loads only when a check needs it.
"""

from __future__ import annotations

import sys
from importlib import import_module

# Not ``from typing import TYPE_CHECKING``: importing typing costs --help a few ms, and type
# checkers treat any name TYPE_CHECKING set to False this way as true.
TYPE_CHECKING = False

__version__ = "0.1.0"

_EXPORTS = {
    "adapt": "brandvoice.adaptation",
    "analyze": "brandvoice.analysis",
    "analyze_many": "brandvoice.analysis",
    "Analysis": "brandvoice.analysis",
    "Adaptation": "brandvoice.adaptation",
    "Variant": "brandvoice.adaptation",
    "Change": "brandvoice.adaptation",
    "Problem": "brandvoice.adaptation",
    "check": "brandvoice.checks",
    "Checker": "brandvoice.checks",
    "CheckRequest": "brandvoice.checks",
    "all_rules": "brandvoice.checks",
    "measure": "brandvoice.networks",
    "Measure": "brandvoice.networks",
    "Network": "brandvoice.networks",
    "get_network": "brandvoice.networks",
    "all_networks": "brandvoice.networks",
    "VoiceProfile": "brandvoice.profiles",
    "get_voice": "brandvoice.profiles",
    "load_profile": "brandvoice.profiles",
    "builtin_voice_names": "brandvoice.profiles",
    "Report": "brandvoice.findings",
    "Finding": "brandvoice.findings",
    "Severity": "brandvoice.findings",
    "Category": "brandvoice.findings",
    "Summary": "brandvoice.findings",
    "BrandvoiceError": "brandvoice.errors",
    "InputError": "brandvoice.errors",
    "detect_language": "brandvoice.lang",
    "configure_models": "brandvoice.nlp",
    "understand": "brandvoice.understand",
    "Message": "brandvoice.understand",
    "Intent": "brandvoice.understand",
    "Action": "brandvoice.understand",
}

__all__ = [
    "Action",
    "Adaptation",
    "Analysis",
    "BrandvoiceError",
    "Category",
    "Change",
    "CheckRequest",
    "Checker",
    "Finding",
    "InputError",
    "Intent",
    "Measure",
    "Message",
    "Network",
    "Problem",
    "Report",
    "Severity",
    "Summary",
    "Variant",
    "VoiceProfile",
    "__version__",
    "adapt",
    "all_networks",
    "all_rules",
    "analyze",
    "analyze_many",
    "builtin_voice_names",
    "check",
    "configure_models",
    "detect_language",
    "get_network",
    "get_voice",
    "load_profile",
    "measure",
    "understand",
]

if TYPE_CHECKING:
    from brandvoice.adaptation import Adaptation, Change, Problem, Variant, adapt
    from brandvoice.analysis import Analysis, analyze, analyze_many
    from brandvoice.checks import Checker, CheckRequest, all_rules, check
    from brandvoice.errors import BrandvoiceError, InputError
    from brandvoice.findings import Category, Finding, Report, Severity, Summary
    from brandvoice.lang import detect_language
    from brandvoice.networks import Measure, Network, all_networks, get_network, measure
    from brandvoice.nlp import configure_models
    from brandvoice.profiles import VoiceProfile, builtin_voice_names, get_voice, load_profile
    from brandvoice.understand import Action, Intent, Message, understand


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'brandvoice' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


# ``understand`` names both a function and the subpackage that defines it. Importing the
# subpackage makes Python set ``brandvoice.understand`` to it, so ``from brandvoice import
# understand`` would give the function or a module depending on what ran first (a check
# imports the subpackage). The package's class keeps the function in that attribute.
if TYPE_CHECKING:
    from types import ModuleType
else:
    ModuleType = type(sys)  # not ``import types``: it costs --help a few ms

_NAMESAKES = frozenset({"understand"})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        if name in _NAMESAKES and isinstance(value, ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
