"""Parsing the YAML data files brandvoice ships (ours, trusted, each read once per process).

PyYAML's pure-Python parser took ~0.09 s of CPU of a cold French ``check`` to read them;
its libyaml binding (``CSafeLoader``, when PyYAML was built with libyaml) builds the same
objects with the same safe constructor in about a tenth of that (tests/test_datafiles.py
compares the two on every packaged file). Files from users keep their own readers, which
report line numbers: ``profiles/yamlsource.py``, ``networks/registry.py``.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_packaged_yaml(text: str) -> Any:
    """``yaml.safe_load(text)`` for a data file of the package, by the faster parser."""
    return yaml.load(text, Loader=_LOADER)
