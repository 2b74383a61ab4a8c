"""Where an installed Grammalecte is, and how to import it without adding a whole
``dist-packages`` directory (another Python's packages) to ``sys.path``."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Final

PATH_VARIABLE: Final = "BRANDVOICE_GRAMMALECTE_PATH"
# Debian and Ubuntu's python3-grammalecte (pure Python, so any Python 3 can import it).
SYSTEM_DIRECTORIES: Final = (Path("/usr/lib/python3/dist-packages"),)
PACKAGE: Final = "grammalecte"


def find_package() -> Path | None:
    """The ``grammalecte`` package directory: from ``$BRANDVOICE_GRAMMALECTE_PATH`` (the
    directory that holds it, or the package itself), else the one Python would import,
    else the system's. None when there is none."""
    explicit = os.environ.get(PATH_VARIABLE)
    if explicit:
        base = Path(explicit).expanduser()
        for candidate in (base / PACKAGE, base):
            if _is_package(candidate):
                return candidate
        return None
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if _is_package(Path(location)):
                return Path(location)
    for directory in SYSTEM_DIRECTORIES:
        if _is_package(directory / PACKAGE):
            return directory / PACKAGE
    return None


def _is_package(directory: Path) -> bool:
    return (directory / "__init__.py").is_file() and (directory / "fr" / "gc_engine.py").is_file()


def import_package(directory: Path) -> ModuleType:
    """Import the package at ``directory`` as ``grammalecte`` (its modules import each
    other by that name)."""
    loaded = sys.modules.get(PACKAGE)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(
        PACKAGE, directory / "__init__.py", submodule_search_locations=[str(directory)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import Grammalecte from {directory}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[PACKAGE]
        raise
    return module
