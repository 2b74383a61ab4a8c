"""Read a campaign file into a validated :class:`Campaign`, errors pointing at a line.

Like voice files, campaign files are edited by hand: every error names the file, the
line and the field, and for a post also the post (``post 'soldes'``), since "posts[4]"
alone makes the reader count.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from brandvoice.campaigns.model import Campaign
from brandvoice.errors import InputError
from brandvoice.profiles.yamlsource import (
    FieldPath,
    YamlDocument,
    dotted_field,
    parse_yaml,
    read_yaml_file,
)

# Errors whose input adds nothing to the message (absent, or quoted by the message).
_NO_INPUT_ECHO = frozenset(
    {"missing", "extra_forbidden", "unknown_network", "closed_network", "unknown_timezone"}
)


@dataclass(frozen=True, slots=True)
class CampaignFile:
    """A validated campaign and where it came from, to point later errors at lines."""

    campaign: Campaign
    document: YamlDocument
    path: Path

    @property
    def name(self) -> str:
        return self.campaign.name or self.path.stem

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def error(self, message: str, at: FieldPath) -> InputError:
        """An :class:`InputError` at the line of ``at``, naming the post when in one."""
        return located_error(self.document, at, message)


def load_campaign(source: str | Path) -> CampaignFile:
    """Read and validate a campaign file; raise :class:`InputError` naming file and line.

    The file is read as voice files are, within the same
    :class:`~brandvoice.profiles.yamlsource.YamlLimits` (size, nesting, nodes, aliases).
    """
    path = Path(source)
    return _validated(read_yaml_file(path), path)


def parse_campaign(text: str, path: str | Path) -> CampaignFile:
    """Validate campaign YAML given as text; ``path`` names it and anchors relative files."""
    return _validated(parse_yaml(text, str(path)), Path(path))


def _validated(document: YamlDocument, path: Path) -> CampaignFile:
    if not isinstance(document.data, dict):
        kind = "an empty file" if document.data is None else type(document.data).__name__
        raise InputError(f"a campaign file holds a mapping of fields, not {kind}", path=str(path))
    try:
        campaign = Campaign.model_validate(document.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise _explain(errors[0], document, more=len(errors) - 1) from None
    return CampaignFile(campaign, document, path)


def post_label(data: Any, index: int) -> str:
    """``post 'soldes'`` when the post has an id, else ``post #3`` (1-based)."""
    posts = data.get("posts") if isinstance(data, dict) else None
    post = posts[index] if isinstance(posts, list) and index < len(posts) else None
    given = post.get("id") if isinstance(post, dict) else None
    return f"post {given!r}" if isinstance(given, str) else f"post #{index + 1}"


def located_error(document: YamlDocument, at: FieldPath, message: str) -> InputError:
    where = document.location_of(at)
    if len(at) >= 2 and at[0] == "posts" and isinstance(at[1], int):
        message = f"{post_label(document.data, at[1])}: {message}"
    return InputError(message, path=where.file, line=where.line, field=dotted_field(at) or None)


def _explain(error: ErrorDetails, document: YamlDocument, more: int) -> InputError:
    path: FieldPath = tuple(part for part in error["loc"] if part != "[key]")
    # Unions ("next" | datetime, str | None) add the member's name to the location.
    path = tuple(p for p in path if not (isinstance(p, str) and _is_union_tag(p)))
    context = error.get("ctx") or {}
    related = context.get("located_at")
    if isinstance(related, str):
        path = (*path, related)
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown field; see: brandvoice campaign schema"
    elif error["type"] not in _NO_INPUT_ECHO and _is_short_scalar(error["input"]):
        message += f" (got {error['input']!r})"
    if more:
        message += f" (and {more} more)"
    return located_error(document, path, message)


def _is_union_tag(part: str) -> bool:
    return part.startswith(("literal[", "function-", "datetime", "nullable[")) or part in (
        "str",
        "int",
        "list[",
    )


def _is_short_scalar(value: object) -> bool:
    return isinstance(value, int | float | bool) or (isinstance(value, str) and len(value) <= 60)
