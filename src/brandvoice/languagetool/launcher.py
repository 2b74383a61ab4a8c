"""The manifest-only launcher jar: one small jar whose manifest puts the others on the class path.

language-tool-python expects ``LanguageTool-<version>/languagetool-server.jar`` and runs
``java -cp <that jar> org.languagetool.server.HTTPServer``. Maven gives us a directory of
separate jars instead of LanguageTool's release zip; a jar with a ``Class-Path`` manifest
entry bridges the two, because Java follows that entry for jars given with ``-cp`` too.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote, unquote

MANIFEST = "META-INF/MANIFEST.MF"
# The JAR specification: no manifest line may exceed 72 bytes, line break excluded;
# a longer value continues on lines that start with one space.
_MAX_LINE_BYTES = 72


def write_launcher_jar(jar: Path, class_path: Sequence[str], main_class: str) -> None:
    """Write ``jar`` with a manifest naming ``main_class`` and ``class_path``.

    ``class_path`` holds paths relative to the jar's directory, with ``/`` separators.
    """
    entries = " ".join(quote(path) for path in class_path)  # the entries are URLs
    lines = [
        "Manifest-Version: 1.0",
        "Created-By: brandvoice",
        f"Main-Class: {main_class}",
        f"Class-Path: {entries}",
    ]
    manifest = b"".join(_wrap(line) for line in lines) + b"\r\n"
    with zipfile.ZipFile(jar, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)


def read_class_path(jar: Path) -> list[str]:
    """The ``Class-Path`` entries of ``jar``'s manifest, decoded back to relative paths."""
    with zipfile.ZipFile(jar) as archive:
        text = archive.read(MANIFEST).decode("utf-8")
    for name, value in _attributes(text.splitlines()):
        if name == "Class-Path":
            return [unquote(entry) for entry in value.split()]
    return []


def _wrap(line: str) -> bytes:
    """``line`` as manifest bytes, continued on new lines so that none exceeds 72 bytes."""
    pieces: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > _MAX_LINE_BYTES:  # never split a character
            pieces.append(current)
            current = b" "
        current += encoded
    pieces.append(current)
    return b"".join(piece + b"\r\n" for piece in pieces)


def _attributes(lines: Iterable[str]) -> list[tuple[str, str]]:
    unwrapped: list[str] = []
    for line in lines:
        if line.startswith(" ") and unwrapped:
            unwrapped[-1] += line[1:]
        elif line:
            unwrapped.append(line)
    return [
        (name.strip(), value.strip())
        for name, _, value in (line.partition(":") for line in unwrapped)
    ]
