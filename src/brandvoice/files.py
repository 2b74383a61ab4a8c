"""Writing output files atomically: a reader sees the old file or the new one, never half.

Every file brandvoice writes for the user (``plan``'s calendars and CSVs, the text ``check
--fix`` corrects, the preview page) goes through :func:`write_atomic` or, for outputs that
belong together, :func:`write_all_or_nothing`. The data goes to a temporary file in the
destination's directory, is flushed to disk, then renamed over the destination
(``os.replace``, atomic on POSIX and Windows within one file system). A failure is an
:class:`~brandvoice.errors.InputError` naming the path, which the CLI prints as one line
before exiting 2, and leaves the destination as it was.

The new file keeps the permission bits of the file it replaces (a new file gets the usual
``0o666`` less the umask); its owner is the user running brandvoice. A destination that is
a symbolic link is followed: the file it points to is replaced, the link is kept.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from brandvoice.errors import InputError

__all__ = ["write_all_or_nothing", "write_atomic"]

NEW_FILE_MODE = 0o666  # less the umask, as open() would create it
_ATTEMPTS = 100

PathT = TypeVar("PathT", bound="str | os.PathLike[str]")


def cache_root() -> Path:
    """The user's cache folder for brandvoice: ``$BRANDVOICE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/brandvoice``, else ``~/.cache/brandvoice``."""
    own = os.environ.get("BRANDVOICE_CACHE_DIR")
    if own:
        return Path(own).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "brandvoice"


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Replace ``path`` with ``data`` (a ``str`` is written as UTF-8) in one step; the path
    written (symbolic links resolved).

    Raises :class:`InputError` naming the path when the directory is missing, a directory
    stands at ``path``, permission is denied or the disk is full; the old file, if any, is
    then left untouched and no temporary file is left behind.
    """
    return write_all_or_nothing({path: data})[0]


def write_all_or_nothing(outputs: Mapping[PathT, str | bytes]) -> list[Path]:
    """Write several files so that either all of them are replaced or none is; the paths
    written, in order.

    Every file is first written to a temporary file next to it; only when all of them are
    on disk are they renamed into place. Any failure before that removes the temporary
    files and leaves every old file untouched. A rename failing after others succeeded
    (rare: the directory's permissions changed meanwhile, say) cannot be undone: the
    error says which files were already replaced and which kept their old content.
    """
    prepared = [(_target(path), _encode(path, data)) for path, data in outputs.items()]
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in prepared:
            temps.append((target, _write_temp(target, data)))
    except BaseException:
        _remove(temp for _, temp in temps)
        raise
    done: list[Path] = []
    for index, (target, temp) in enumerate(temps):
        try:
            os.replace(temp, target)
        except BaseException as error:
            _remove(temp for _, temp in temps[index:])
            if not isinstance(error, OSError):
                raise
            reason = f"cannot write: {_reason(error)}"
            if done:
                kept = ", ".join(str(t) for t, _ in temps[index:])
                reason += (
                    f"; the outputs are now inconsistent: {', '.join(map(str, done))} "
                    f"replaced, {kept} left as before"
                )
            raise InputError(reason, path=str(target)) from None
        done.append(target)
    _sync_directories({target.parent for target in done})
    return done


def _target(path: str | os.PathLike[str]) -> Path:
    """The file to replace: ``path`` with symbolic links resolved, checked to be writable as
    a file in an existing directory."""
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    if target.is_dir():
        raise InputError("cannot write: is a directory", path=str(given))
    if not target.parent.is_dir():
        raise InputError(f"cannot write: no such directory {str(target.parent)!r}", path=str(given))
    return target


def _encode(path: str | os.PathLike[str], data: str | bytes) -> bytes:
    if isinstance(data, bytes):
        return data
    try:
        return data.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            f"cannot write: the text cannot be encoded as UTF-8 at offset {error.start}",
            path=str(path),
        ) from None


def _write_temp(target: Path, data: bytes) -> Path:
    """``data`` in a new hidden file next to ``target``, on disk, with ``target``'s mode."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(f"cannot write: {_reason(error)}", path=str(target)) from None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(temp, flags, NEW_FILE_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise InputError(f"cannot write: {_reason(error)}", path=str(target)) from None
        break
    else:  # pragma: no cover - 100 random names all taken
        raise InputError("cannot write: no free temporary file name", path=str(target))
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
    except BaseException as error:
        _remove([temp])
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {_reason(error)}", path=str(target)) from None
        raise
    return temp


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).rstrip(".")


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _sync_directories(directories: set[Path]) -> None:
    """Flush the renames themselves to disk, where the platform allows it (POSIX)."""
    if os.name != "posix":
        return
    for directory in directories:
        try:
            descriptor = os.open(directory, os.O_RDONLY)
        except OSError:
            continue
        try:
            with contextlib.suppress(OSError):
                os.fsync(descriptor)
        finally:
            os.close(descriptor)
