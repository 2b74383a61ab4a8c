"""Project configuration: ``brandvoice.toml`` or ``[tool.brandvoice]`` in pyproject.toml.

>>> from brandvoice.config import load_config
>>> config = load_config()          # found by walking up from the working directory
>>> config.settings_for("posts/x/launch.md").network   # doctest: +SKIP
'x'
"""

from brandvoice.config.locate import find_config_file, load_config
from brandvoice.config.model import PathOverride, ProjectConfig
from brandvoice.config.project import FileSettings, LoadedConfig, resolve_voice

__all__ = [
    "FileSettings",
    "LoadedConfig",
    "PathOverride",
    "ProjectConfig",
    "find_config_file",
    "load_config",
    "resolve_voice",
]
