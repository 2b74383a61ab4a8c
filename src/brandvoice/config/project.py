"""A loaded project configuration: where it came from, and what it says for one file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brandvoice.config.globs import glob_matches, relative_posix
from brandvoice.config.model import ProjectConfig
from brandvoice.errors import InputError
from brandvoice.profiles.model import Vocabulary
from brandvoice.text.vocabulary import MAX_ENTRIES, VocabularyError, validate_entry

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

    def vocabulary(self) -> Vocabulary:
        """The configured vocabulary, with the entries of ``vocabulary_dir``'s files."""
        configured = self.settings.vocabulary
        if self.settings.vocabulary_dir is None:
            return configured
        folder = self.settings.vocabulary_dir
        config = str(self.path) if self.path else None
        return configured.merged(read_vocabulary_dir(self.root, folder, config))

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


# The files of a vocabulary folder, as Vale names them.
VOCABULARY_FILES = ("accept.txt", "reject.txt")
# A vocabulary file larger than this is no word list.
_MAX_VOCABULARY_BYTES = 1_000_000


def read_vocabulary_dir(root: Path, folder: str, config: str | None = None) -> Vocabulary:
    """The entries of ``root/folder``'s accept.txt and reject.txt. The folder must lie inside
    ``root`` (a project's configuration reads nothing outside the project); an entry that
    is not a valid pattern is an error naming its file and line."""
    directory = (root / folder).resolve()
    if not directory.is_relative_to(root.resolve()):
        raise InputError(
            f"{folder!r} is outside the project ({root})", path=config, field="vocabulary_dir"
        )
    if not directory.is_dir():
        raise InputError(f"{folder!r} is no folder", path=config, field="vocabulary_dir")
    entries: dict[str, list[str]] = {"accept": [], "reject": []}
    for name in VOCABULARY_FILES:
        path = directory / name
        if not path.is_file():
            continue
        if path.stat().st_size > _MAX_VOCABULARY_BYTES:
            raise InputError(f"larger than {_MAX_VOCABULARY_BYTES} bytes", path=str(path))
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"not UTF-8 text: {error.reason}", path=str(path)) from None
        kind = name.removesuffix(".txt")
        for number, line in enumerate(text.splitlines(), start=1):
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            try:
                entries[kind].append(validate_entry(entry))
            except VocabularyError as error:
                raise InputError(str(error), path=str(path), line=number) from None
            if len(entries[kind]) > MAX_ENTRIES:
                raise InputError(f"more than {MAX_ENTRIES} entries", path=str(path), line=number)
    return Vocabulary(accept=entries["accept"], reject=entries["reject"])
