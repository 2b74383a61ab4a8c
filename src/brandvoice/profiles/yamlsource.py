"""Read a YAML file into plain data plus the line where each field was written.

Voice profiles are edited by hand, so every error has to point at a line. PyYAML's
``safe_load`` forgets positions; we compose the node tree instead, build the data from it
ourselves and record, for every field path, where it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from brandvoice.errors import InputError

FieldPath = tuple[str | int, ...]
"""Keys and list indices from the document root to a value, e.g. ``("hashtags", "max")``."""


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based line in a file, as shown to the user."""

    file: str
    line: int


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """The data of one YAML document and where each part of it was written.

    ``locations`` maps a field path to the line of its key (mapping entries) or of the item
    itself (list items). ``text_starts`` maps the path of a string value to the line its
    text starts on, recorded only where that is exact (literal ``|`` blocks and one-line
    scalars), so that a line *inside* the string, such as a Jinja2 error line, can be
    mapped back to the file.
    """

    file: str
    data: Any
    locations: Mapping[FieldPath, Location] = field(default_factory=dict)
    text_starts: Mapping[FieldPath, Location] = field(default_factory=dict)

    def location_of(self, path: FieldPath) -> Location:
        """Where ``path`` was written, or its nearest ancestor that was (at worst the root)."""
        for depth in range(len(path), -1, -1):
            found = self.locations.get(path[:depth])
            if found is not None:
                return found
        return Location(self.file, 1)


def read_yaml_file(path: Path) -> YamlDocument:
    """Read and parse ``path``; every failure is an :class:`InputError` naming the file."""
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=shown) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            path=shown,
            offset=exc.start,
        ) from exc
    return parse_yaml(text, shown)


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse one YAML document from ``text``; ``file`` is only used in messages."""
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as exc:
        # Raised for control characters; it knows the offset, not the line.
        line = text.count("\n", 0, exc.position) + 1
        raise InputError(
            f"invalid YAML: character U+{exc.character:04X} is not allowed", path=file, line=line
        ) from exc
    builder = _Builder(loader, file)
    try:
        root = loader.get_single_node()
        data = None if root is None else builder.build(root, ())
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file) from exc
    finally:
        loader.dispose()
    return YamlDocument(file, data, builder.locations, builder.text_starts)


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    message = f"invalid YAML: {exc.problem or exc.context}"
    if exc.problem and exc.context and exc.context_mark is not None:
        message += f" ({exc.context} started on line {exc.context_mark.line + 1})"
    return InputError(message, path=file, line=None if mark is None else mark.line + 1)


class _Builder:
    """Turns composed nodes into Python data, recording locations on the way."""

    def __init__(self, loader: yaml.SafeLoader, file: str) -> None:
        self._loader = loader
        self._file = file
        # Aliases let a node contain itself; building it would never end.
        self._open: set[int] = set()
        self.locations: dict[FieldPath, Location] = {}
        self.text_starts: dict[FieldPath, Location] = {}

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        if not path:
            self.locations[path] = self._at(node)
        if id(node) in self._open:
            raise InputError("recursive YAML alias", path=self._file, line=self._line(node))
        self._open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            if isinstance(node, yaml.SequenceNode):
                return self._sequence(node, path)
            if isinstance(node, yaml.ScalarNode):
                return self._scalar(node, path)
            raise InputError(
                f"unexpected YAML node {node.tag}", path=self._file, line=self._line(node)
            )
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError(
                    "keys must be plain names", path=self._file, line=self._line(key_node)
                )
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError(
                    "YAML merge keys (<<) are not supported; use 'extends'",
                    path=self._file,
                    line=self._line(key_node),
                )
            # The key's text as written: under YAML 1.1 rules `no:` or `on:` would become
            # booleans, and every key we accept is a name anyway.
            key = str(key_node.value)
            if key in result:
                first = self.locations[(*path, key)].line
                raise InputError(
                    f"duplicate key {key!r} (first defined on line {first})",
                    path=self._file,
                    line=self._line(key_node),
                    field=dotted_field((*path, key)),
                )
            self.locations[(*path, key)] = self._at(key_node)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _sequence(self, node: yaml.SequenceNode, path: FieldPath) -> list[Any]:
        items = []
        for index, item_node in enumerate(node.value):
            self.locations[(*path, index)] = self._at(item_node)
            items.append(self.build(item_node, (*path, index)))
        return items

    def _scalar(self, node: yaml.ScalarNode, path: FieldPath) -> Any:
        if node.style == "|":
            # A literal block's text starts on the line after its `|` indicator.
            self.text_starts[path] = Location(self._file, self._line(node) + 1)
        elif node.start_mark.line == node.end_mark.line:
            self.text_starts[path] = self._at(node)
        # The SafeLoader constructor applies YAML's scalar rules (ints, floats, booleans...).
        return self._loader.construct_object(node, deep=True)

    def _line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1

    def _at(self, node: yaml.Node) -> Location:
        return Location(self._file, self._line(node))


def dotted_field(path: FieldPath) -> str:
    """``("glossary", "terms", 1, "preferred")`` -> ``glossary.terms[1].preferred``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
