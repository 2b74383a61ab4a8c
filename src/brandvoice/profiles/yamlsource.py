"""Read a YAML file into plain data plus the line where each field was written.

Voice profiles are edited by hand, so every error has to point at a line. PyYAML's
``safe_load`` forgets positions; we compose the node tree instead, build the data from it
ourselves and record, for every field path, where it came from.

Voice and campaign files come from third parties, so reading one is bounded
(:class:`YamlLimits`): its size, its nesting, its number of nodes and aliases, and what
the aliases expand to. A file over a limit is an :class:`InputError` like any other
mistake, never a hang, a memory blow-up or a ``RecursionError``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

from brandvoice.errors import InputError

# Scalars PyYAML converts with int() or float(), whose cost grows with their length.
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})

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


@dataclass(frozen=True, slots=True)
class YamlLimits:
    """Bounds on one YAML file, far above any hand-written voice or campaign file.

    The largest built-in voice is about 5 KB and 220 nodes; a campaign post takes about 15
    nodes, so a thousand posts stay under 20,000. A file past these limits is refused
    rather than trimmed.
    """

    max_bytes: int = 1024 * 1024
    """File size (1 MiB). Only this many bytes (plus one) are ever read: no device or
    runaway file is read whole, and parsing 1 MiB of YAML takes about two seconds."""
    max_depth: int = 64
    """Nesting of mappings and lists, as written and once aliases are expanded. Checked
    while composing, before PyYAML's recursion could overflow the stack."""
    max_nodes: int = 100_000
    """Nodes (keys, values, list items) as written, and values built once aliases are
    expanded: this is what stops a "billion laughs" alias bomb, whose few aliases stand
    for millions of values."""
    max_aliases: int = 100
    """Alias uses (``*name``). Hand-written files seldom need any; a few dozen at most."""
    max_number_chars: int = 100
    """Length of a number. Python refuses decimal integers of more than 4,300 digits, and
    YAML 1.1's base-60 integers (``1:20:30``) take quadratic time to convert."""


DEFAULT_LIMITS = YamlLimits()
"""The limits :func:`read_yaml_file` and :func:`parse_yaml` apply unless told otherwise."""


def read_yaml_file(path: Path, limits: YamlLimits = DEFAULT_LIMITS) -> YamlDocument:
    """Read and parse ``path``; every failure is an :class:`InputError` naming the file.

    Only regular files are read (not a device, a pipe or a directory), and at most
    ``limits.max_bytes`` of them.
    """
    shown = str(path)
    raw = _read_bounded(path, shown, limits.max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            path=shown,
            offset=exc.start,
        ) from exc
    return parse_yaml(text, shown, limits)


def _read_bounded(path: Path, shown: str, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, refused past ``max_bytes``."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=shown) from exc
    try:
        # fstat on the open file, not stat on the name: the check is about what is read.
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise InputError("not a regular file (a folder, device or pipe)", path=shown)
        raw = _read_at_most(descriptor, max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=shown) from exc
    finally:
        os.close(descriptor)
    if len(raw) > max_bytes:
        raise InputError(_too_large(max_bytes), path=shown)
    return raw


def _read_at_most(descriptor: int, size: int) -> bytes:
    """Up to ``size`` bytes from ``descriptor``: fewer only at the end of the file."""
    chunks: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = os.read(descriptor, remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes} bytes, the limit for a YAML file"


def parse_yaml(text: str, file: str, limits: YamlLimits = DEFAULT_LIMITS) -> YamlDocument:
    """Parse one YAML document from ``text``; ``file`` is only used in messages.

    Raises :class:`InputError` for invalid YAML and for a document over ``limits``.
    """
    # Characters are never more than UTF-8 bytes: the cheap test first. Surrogates pass
    # here to be refused, with a line, by PyYAML's reader.
    too_large = len(text) > limits.max_bytes
    if too_large or len(text.encode("utf-8", "surrogatepass")) > limits.max_bytes:
        raise InputError(_too_large(limits.max_bytes), path=file)
    try:
        loader = _BoundedLoader(text, file, limits)
    except yaml.reader.ReaderError as exc:
        # Raised for control characters; it knows the offset, not the line.
        line = text.count("\n", 0, exc.position) + 1
        raise InputError(
            f"invalid YAML: character U+{exc.character:04X} is not allowed", path=file, line=line
        ) from exc
    builder = _Builder(loader, file, limits)
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


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, counting nodes, aliases and depth as it composes.

    The counts are kept in :meth:`compose_node`, which PyYAML calls once per node before
    recursing into it, so a limit stops composition before the stack or memory suffers.
    """

    def __init__(self, text: str, file: str, limits: YamlLimits) -> None:
        super().__init__(text)
        self._file = file
        self._limits = limits
        self._nodes = 0
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped stub
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > self._limits.max_aliases:
                self._refuse(f"more than {self._limits.max_aliases} YAML aliases", event)
            return super().compose_node(parent, index)
        self._nodes += 1
        if self._nodes > self._limits.max_nodes:
            self._refuse(f"more than {self._limits.max_nodes} YAML nodes", event)
        if not isinstance(event, yaml.CollectionStartEvent):
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > self._limits.max_depth:
            self._refuse(_too_deep(self._limits.max_depth), event)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def _refuse(self, message: str, event: yaml.Event) -> NoReturn:
        line = None if event.start_mark is None else event.start_mark.line + 1
        raise InputError(message, path=self._file, line=line)


def _too_deep(max_depth: int) -> str:
    return f"YAML nested more than {max_depth} levels deep"


class _Builder:
    """Turns composed nodes into Python data, recording locations on the way.

    Aliases are expanded here (each use becomes a copy with its own locations), so this
    is where their expansion is bounded: by the number of values built and their depth.
    """

    def __init__(self, loader: yaml.SafeLoader, file: str, limits: YamlLimits) -> None:
        self._loader = loader
        self._file = file
        self._limits = limits
        self._built = 0
        # Aliases let a node contain itself; building it would never end.
        self._open: set[int] = set()
        self.locations: dict[FieldPath, Location] = {}
        self.text_starts: dict[FieldPath, Location] = {}

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        if not path:
            self.locations[path] = self._at(node)
        if id(node) in self._open:
            raise InputError("recursive YAML alias", path=self._file, line=self._line(node))
        self._count(node, path)
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

    def _count(self, node: yaml.Node, path: FieldPath) -> None:
        """Refuse the value ``node`` would add past the limits, aliases expanded."""
        self._built += 1
        if self._built > self._limits.max_nodes:
            message = f"YAML aliases expand to more than {self._limits.max_nodes} values"
            raise InputError(message, path=self._file, line=self._line(node))
        # A collection at ``path`` is nested len(path) + 1 deep; as written that was checked
        # while composing, but an alias can graft a deep node at a deep place.
        collection = isinstance(node, yaml.CollectionNode)
        if collection and len(path) + 1 > self._limits.max_depth:
            message = _too_deep(self._limits.max_depth) + " once aliases are expanded"
            raise InputError(message, path=self._file, line=self._line(node))

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
        if node.tag in _NUMBER_TAGS and len(node.value) > self._limits.max_number_chars:
            raise InputError(
                f"a number longer than {self._limits.max_number_chars} characters;"
                " write it in quotes if it is text",
                path=self._file,
                line=self._line(node),
                field=dotted_field(path) or None,
            )
        try:
            # The SafeLoader constructor applies YAML's scalar rules (ints, floats, booleans...).
            return self._loader.construct_object(node, deep=True)
        except yaml.MarkedYAMLError:
            raise  # located by PyYAML: parse_yaml reports it with its line
        except Exception as exc:
            # PyYAML's scalar constructors trust that a value matches its tag's pattern. A
            # date of month 13 is a ValueError; an explicit tag on the wrong text
            # (`!!bool maybe`, `!!timestamp soon`) a KeyError or AttributeError. Each is the
            # file's fault, so each is reported as such.
            tag = node.tag.rsplit(":", 1)[-1]
            # A ValueError says what is wrong ("month must be in 1..12"); the others do not.
            reason = f": {exc}" if isinstance(exc, ValueError) else ""
            raise InputError(
                f"invalid {tag} value {node.value[:40]!r}{reason}",
                path=self._file,
                line=self._line(node),
                field=dotted_field(path) or None,
            ) from None

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
