"""A loaded project configuration: where it came from, and what it says for one file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brandvoice.config.globs import glob_matches, relative_posix
from brandvoice.config.model import ProjectConfig

_VOICE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class FileSettings:
    """Voice, network and language for one file; None where nothing set them."""

    voice: str | None = None
    network: str | None = None
    lang: str | None = None

    def under(self, stronger: FileSettings) -> FileSettings:
        """These settings with ``stronger``'s set values taking their place."""
        return FileSettings(
            stronger.voice if stronger.voice is not None else self.voice,
            stronger.network if stronger.network is not None else self.network,
            stronger.lang if stronger.lang is not None else self.lang,
        )


def resolve_voice(voice: str | None, base: Path) -> str | None:
    """A voice written in a file: a built-in name stays a name; a path is taken relative to
    ``base`` (the directory of the file that wrote it), not to the working directory."""
    if voice is None:
        return None
    looks_like_path = "/" in voice or "\\" in voice or voice.endswith(_VOICE_SUFFIXES)
    if not looks_like_path or Path(voice).is_absolute():
        return voice
    return str(base / voice)


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    """``settings`` read from ``path`` (None: no file found); globs are relative to ``root``,
    the directory holding the file."""

    settings: ProjectConfig
    path: Path | None
    root: Path

    def is_ignored(self, file: str) -> bool:
        relative = relative_posix(file, self.root)
        return relative is not None and any(glob_matches(g, relative) for g in self.settings.ignore)

    def settings_for(self, file: str | None) -> FileSettings:
        """The configured defaults, then each ``paths`` entry matching ``file`` in order."""
        base = self.settings
        result = FileSettings(resolve_voice(base.voice, self.root), base.network, base.lang)
        relative = None if file is None else relative_posix(file, self.root)
        if relative is None:
            return result
        for entry in base.paths:
            if glob_matches(entry.glob, relative):
                override = FileSettings(
                    resolve_voice(entry.voice, self.root), entry.network, entry.lang
                )
                result = result.under(override)
        return result
