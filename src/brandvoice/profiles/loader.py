"""Turn a voice file (or a built-in name) into a validated :class:`VoiceProfile`.

Loading is three steps: read each file of the ``extends`` chain with its line numbers,
overlay them from the most general to the most specific, then validate the result once.
Validation errors are translated into one :class:`InputError` pointing at the file and
line the faulty value came from, which may be a parent file.

Voice files may come from third parties, so ``extends`` cannot name just any file: a
built-in voice, or a regular file inside the folder of the voice that was asked for.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from brandvoice.errors import InputError, UnknownNameError
from brandvoice.profiles.model import VoiceProfile
from brandvoice.profiles.registry import builtin_voices_dir, resolve_voice_source
from brandvoice.profiles.yamlsource import (
    FieldPath,
    Location,
    YamlDocument,
    dotted_field,
    read_yaml_file,
)

log = logging.getLogger(__name__)

# A child names its own voice and its own parent: inheriting `name` would let a brand
# profile pass itself off as the built-in it extends.
_NOT_INHERITED = ("name", "extends")

# Errors whose input adds nothing to the message (it is absent, or the message quotes it).
_NO_INPUT_ECHO = frozenset(
    {
        "missing",
        "extra_forbidden",
        "unknown_network",
        "unknown_template_key",
        "template_syntax",
        "template_variable",
    }
)

# Pydantic appends this marker to the location of an invalid dict key.
_KEY_MARKER = "[key]"

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def load_profile(source: str | Path) -> VoiceProfile:
    """Load a voice: a built-in name (``"corporate"``) or the path of a YAML file.

    Raises :class:`InputError` (or its subclass :class:`UnknownNameError` for a name that is
    neither a built-in nor a file) naming the file, line and field at fault.

    Every file the ``extends`` chain reaches, other than the built-in voices, must be a
    regular file inside the folder of the file asked for (symbolic links resolved), or in
    one of :func:`shared_profile_folders`.
    """
    file = resolve_voice_source(source)
    sandbox = _resolved(file.parent, str(file))
    document = _resolve_chain(file, (), sandbox)
    profile = _validate(document)
    log.info("voice %s: %s", profile.name, file)
    return profile


@dataclass(frozen=True, slots=True)
class _Link:
    """A file already in the chain being resolved, to detect ``extends`` cycles."""

    resolved: Path
    shown: str


def _resolve_chain(file: Path, chain: tuple[_Link, ...], sandbox: Path) -> YamlDocument:
    """Read ``file`` and, recursively, what it extends; return them overlaid.

    ``sandbox`` is the resolved folder that files named by ``extends`` must lie in.
    """
    link = _Link(_resolved(file, str(file)), str(file))
    document = read_yaml_file(file)
    if not isinstance(document.data, dict):
        kind = "an empty file" if document.data is None else type(document.data).__name__
        raise InputError(
            f"a voice file holds a mapping of fields, not {kind}",
            path=link.shown,
            line=document.location_of(()).line,
        )
    extends = document.data.get("extends")
    if extends is None:
        return document
    where = document.location_of(("extends",))
    if not isinstance(extends, str) or not extends.strip():
        raise InputError(
            "must be a built-in voice name or a path to a voice file",
            path=where.file,
            line=where.line,
            field="extends",
        )
    parent_file, target = _extended_file(extends, file, where, sandbox)
    trail = (*chain, link)
    for index, earlier in enumerate(trail):
        if earlier.resolved == target:
            cycle = " -> ".join([*(c.shown for c in trail[index:]), str(parent_file)])
            raise _extends_error(f"extends cycle: {cycle}", where)
    parent = _resolve_chain(parent_file, trail, sandbox)
    return _overlay(parent, document)


def _extended_file(extends: str, file: Path, where: Location, sandbox: Path) -> tuple[Path, Path]:
    """The file ``extends`` (written in ``file``) names, as given and resolved.

    A built-in voice is always allowed; any other file must resolve to a regular file
    inside ``sandbox``, so that a profile cannot make brandvoice read ``/dev/zero`` or
    ``../../etc/passwd``.
    """
    try:
        parent_file = resolve_voice_source(extends, relative_to=file.parent)
    except UnknownNameError as exc:
        # UnknownNameError carries no line; this one is worth pointing at.
        raise _extends_error(exc.message, where) from exc
    target = _resolved(parent_file, where.file, where.line)
    # Built-ins are recognised by where the name led, not by the name: the registry
    # decides which spellings of a name are a built-in.
    if target.is_relative_to(builtin_voices_dir().resolve()):
        return parent_file, target
    if not any(target.is_relative_to(root) for root in (sandbox, *shared_profile_folders())):
        raise _extends_error(
            f"{extends!r} is outside the voice's folder {sandbox}; extends takes a built-in"
            f" voice name or a file inside that folder (or in ${PROFILES_PATH_VARIABLE})",
            where,
        )
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        raise _extends_error(f"{extends!r}: no such file", where) from None
    except OSError as exc:
        raise _extends_error(f"cannot read {extends!r}: {exc.strerror or exc}", where) from exc
    if not stat.S_ISREG(mode):
        raise _extends_error(f"{extends!r} is not a regular file (a folder, device or pipe)", where)
    return parent_file, target


PROFILES_PATH_VARIABLE = "BRANDVOICE_PROFILES_PATH"


def shared_profile_folders() -> list[Path]:
    """Folders whose profiles any profile may extend, besides its own folder: an agency's
    shared base voices. From ``$BRANDVOICE_PROFILES_PATH`` (folders separated as in
    ``PATH``), set by whoever runs brandvoice, never by a profile."""
    value = os.environ.get(PROFILES_PATH_VARIABLE, "")
    return [Path(part).resolve() for part in value.split(os.pathsep) if part.strip()]


def _resolved(path: Path, shown: str, line: int | None = None) -> Path:
    """``path`` absolute with every symbolic link followed; a link loop is an InputError."""
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop before 3.13
        raise InputError(f"cannot resolve {str(path)!r}: {exc}", path=shown, line=line) from exc


def _extends_error(message: str, where: Location) -> InputError:
    return InputError(message, path=where.file, line=where.line, field="extends")


def _overlay(parent: YamlDocument, child: YamlDocument) -> YamlDocument:
    """``child`` over ``parent``: mappings merge key by key, anything else is replaced.

    Lists replace rather than append, so a child can remove items (a network, a glossary
    term) as easily as add them. Locations follow the values: a value inherited from the
    parent keeps pointing at the parent's file.
    """
    inherited = {k: v for k, v in parent.data.items() if k not in _NOT_INHERITED}
    replaced: list[FieldPath] = [(key,) for key in _NOT_INHERITED]
    data = _merge(inherited, child.data, (), replaced)

    def survives(path: FieldPath) -> bool:
        return path != () and not any(path[: len(r)] == r for r in replaced)

    return YamlDocument(
        file=child.file,
        data=data,
        locations=_combine(parent.locations, child.locations, survives),
        text_starts=_combine(parent.text_starts, child.text_starts, survives),
    )


def _merge(
    base: dict[str, Any], top: dict[str, Any], at: FieldPath, replaced: list[FieldPath]
) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        below = merged.get(key)
        if isinstance(below, dict) and isinstance(value, dict):
            merged[key] = _merge(below, value, (*at, key), replaced)
        else:
            merged[key] = value
            replaced.append((*at, key))
    return merged


def _combine(
    parent: Mapping[FieldPath, Location],
    child: Mapping[FieldPath, Location],
    survives: Callable[[FieldPath], bool],
) -> dict[FieldPath, Location]:
    return {**{p: loc for p, loc in parent.items() if survives(p)}, **child}


def _validate(document: YamlDocument) -> VoiceProfile:
    try:
        return VoiceProfile.model_validate(document.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise _explain(errors[0], document, more=len(errors) - 1) from None


def _explain(error: ErrorDetails, document: YamlDocument, more: int) -> InputError:
    """One pydantic error as an InputError at the line the faulty value was written on."""
    path: FieldPath = tuple(part for part in error["loc"] if part != _KEY_MARKER)
    context = error.get("ctx") or {}
    where = document.location_of(path)
    related = context.get("located_at")
    if path not in document.locations and isinstance(related, str):
        where = document.location_of((*path[:-1], related))
    template_line = context.get("template_line")
    start = document.text_starts.get(path)
    if isinstance(template_line, int) and start is not None:
        # Exact: the faulty line inside the template, counted from where its text starts.
        where = Location(start.file, start.line + template_line - 1)
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        known = _fields_at(path[:-1])
        message = "unknown field" + (f"; expected one of: {', '.join(known)}" if known else "")
    elif error["type"] not in _NO_INPUT_ECHO and _is_short_scalar(error["input"]):
        message += f" (got {error['input']!r})"
        if isinstance(error["input"], bool) and "'on'" in message:
            # YAML 1.1 reads a bare on/off/yes/no as a boolean: `person: on` gives True.
            message += "; YAML reads a bare on as true: write it in quotes, 'on'"
    if more:
        message += f" (and {more} more)"
    return InputError(message, path=where.file, line=where.line, field=dotted_field(path) or None)


def _fields_at(path: FieldPath) -> list[str]:
    """Field names of the model found at ``path`` (the profile itself for ``()``)."""
    model: type[BaseModel] = VoiceProfile
    for key in path:
        if isinstance(key, int):
            continue  # a list item is an instance of the list's element model
        field = model.model_fields.get(key)
        nested = None if field is None else _model_in(field.annotation)
        if nested is None:
            return []
        model = nested
    return sorted(model.model_fields)


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model an annotation holds: ``Term`` for ``Term``, ``list[Term]``, ``Term | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


def _is_short_scalar(value: object) -> bool:
    # Echoing a whole template or a nested mapping back would drown the message.
    return isinstance(value, int | float | bool) or (isinstance(value, str) and len(value) <= 60)


def profile_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of voice files, for editors and CI validation.

    A file without ``extends`` must give every required field. A file with one may give
    any subset, including part of a nested mapping, since the rest is inherited; so its
    fields are checked for type and value only. Cross-field rules (min <= max, a
    ``brand_name`` when person is ``brand``) and template syntax are checked by the loader.
    """
    complete = VoiceProfile.model_json_schema()
    defs: dict[str, Any] = complete.pop("$defs", {})
    partial_defs = {f"{name}Override": _as_override(d) for name, d in defs.items()}
    top_level = _as_override(complete)
    top_level["required"] = ["name"]
    return {
        "$schema": SCHEMA_DIALECT,
        **top_level,
        "title": "brandvoice voice profile",
        "description": (
            "A brand voice for brandvoice. Without `extends`, every required field must be "
            "given; with it, only what differs from the voice extended."
        ),
        "$defs": {**defs, **partial_defs, "VoiceProfile": complete},
        "if": {"required": ["extends"], "properties": {"extends": {"type": "string"}}},
        "else": {"$ref": "#/$defs/VoiceProfile"},
    }


def _as_override(schema: Any) -> Any:
    """A copy of ``schema`` with nothing required, referring to ``...Override`` defs."""
    if isinstance(schema, list):
        return [_as_override(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "required":
            continue
        if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
            result[key] = f"{value}Override"
        elif key in ("default", "enum", "const", "examples"):
            result[key] = value  # data, not schema
        elif key in ("properties", "$defs"):
            # Property names are data here, not schema keywords: keep them as they are.
            result[key] = {name: _as_override(sub) for name, sub in value.items()}
        else:
            result[key] = _as_override(value)
    return result
