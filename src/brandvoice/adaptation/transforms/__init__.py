"""Every transform, discovered from this package: each module lists its own in ``TRANSFORMS``.

The order a variant goes through them is data (each transform's ``stage`` and ``order``),
not the order of imports.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from brandvoice.adaptation.transform import Stage, Transform


@cache
def all_transforms() -> tuple[Transform, ...]:
    found: list[Transform] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found.extend(getattr(module, "TRANSFORMS", ()))
    ids = [t.id for t in found]
    assert len(ids) == len(set(ids)), f"duplicate transform ids in {ids}"
    stages = list(Stage)
    return tuple(sorted(found, key=lambda t: (stages.index(t.stage), t.order, t.id)))


def transforms_of(stage: Stage) -> tuple[Transform, ...]:
    return tuple(t for t in all_transforms() if t.stage is stage)


def transforms_by_id() -> dict[str, Transform]:
    return {t.id: t for t in all_transforms()}
