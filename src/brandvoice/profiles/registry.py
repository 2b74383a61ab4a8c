"""Where voices come from: the built-in catalogue, name resolution and a profile cache."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from brandvoice.errors import BrandvoiceError, UnknownNameError

if TYPE_CHECKING:
    from brandvoice.profiles.model import VoiceProfile

_VOICE_SUFFIXES = (".yaml", ".yml")

# Profiles already loaded, by resolved file. Voices are read once per process: a CLI run
# or a batch checks many texts against the same few voices.
_loaded: dict[Path, VoiceProfile] = {}


def builtin_voices_dir() -> Path:
    """The directory holding the built-in ``<name>.yaml`` voice files."""
    # An installed wheel ships them inside the package (pyproject force-includes the
    # top-level voices/ as brandvoice/voices). A zipped install would give a Traversable
    # that is not a Path; brandvoice is not zip-safe, so that case is not supported.
    packaged = resources.files("brandvoice") / "voices"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    # A source checkout or an editable install: src/brandvoice/profiles/ -> repository root.
    checkout = Path(__file__).resolve().parents[3] / "voices"
    if checkout.is_dir():
        return checkout
    raise BrandvoiceError(
        f"built-in voices not found in {packaged} nor in {checkout}; reinstall brandvoice"
    )


def builtin_voice_names() -> list[str]:
    """Names of the built-in voices, sorted."""
    return sorted(p.stem for p in builtin_voices_dir().glob("*.yaml") if p.is_file())


def resolve_voice_source(source: str | Path, relative_to: Path | None = None) -> Path:
    """The file a voice reference designates.

    A string that is a built-in name means that built-in, even if a file of that name
    exists in the working directory: ``corporate`` must mean the same thing everywhere.
    Anything else is a path, relative to ``relative_to`` when given (the directory of the
    file whose ``extends`` names it). A string that is neither a built-in nor an existing
    file, and does not look like a path, raises :class:`UnknownNameError`.
    """
    if isinstance(source, str) and source.strip().casefold() in builtin_voice_names():
        return builtin_voices_dir() / f"{source.strip().casefold()}.yaml"
    path = Path(source)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if isinstance(source, Path) or path.exists() or _looks_like_path(source):
        return path  # a missing file is reported when it is read, with its path
    raise UnknownNameError("voice", source, builtin_voice_names())


def _looks_like_path(source: str) -> bool:
    return "/" in source or "\\" in source or source.endswith(_VOICE_SUFFIXES)


def get_voice(name_or_path: str | Path) -> VoiceProfile:
    """A voice by built-in name or file path, loaded once per process and then shared.

    Profiles are frozen models, so sharing one is safe as long as callers do not mutate
    its lists or dicts. A file edited while the process runs is not re-read (see
    :func:`clear_voice_cache`).
    """
    # Imported here because the loader resolves `extends` through this module.
    from brandvoice.profiles.loader import load_profile

    source = resolve_voice_source(name_or_path)
    key = source.resolve()
    profile = _loaded.get(key)
    if profile is None:
        profile = _loaded[key] = load_profile(source)
    return profile


def clear_voice_cache() -> None:
    """Forget loaded profiles, so the next :func:`get_voice` re-reads their files."""
    _loaded.clear()
