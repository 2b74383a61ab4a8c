"""The project configuration as validated, immutable data (``brandvoice.toml`` or
``[tool.brandvoice]`` in ``pyproject.toml``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from brandvoice.lang import checked_lang
from brandvoice.networks import all_networks
from brandvoice.profiles.model import Vocabulary
from brandvoice.text.limits import MAX_CHECK_CHARS

ConfigLang = Annotated[str, AfterValidator(checked_lang)]
ConfigSeverity = Literal["error", "warning", "info"]
ConfigLanguageTool = Literal["auto", "off", "required"]


class _Strict(BaseModel):
    # Strict: TOML already types its values, so a quoted number or a misspelt key is a
    # mistake to report with its line, not something to coerce or ignore.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _known_network(network: str | None) -> str | None:
    known = all_networks()
    if network is not None and network not in known:
        raise ValueError(f"unknown network {network!r}; known networks: {', '.join(sorted(known))}")
    return network


def _known_rule(selector: str) -> str:
    """A rule selector (:mod:`brandvoice.checks.selectors`): an unknown rule or category is
    an error naming the closest known ones."""
    from brandvoice.checks.selectors import parse_selector

    parse_selector(selector)
    return selector


class PathOverride(_Strict):
    """Settings for the files one glob matches; later entries win over earlier ones."""

    glob: str = Field(min_length=1, description="Files this entry applies to.")
    voice: str | None = Field(default=None, description="Voice name or profile path.")
    network: str | None = Field(default=None, description="Network id.")
    lang: ConfigLang | None = Field(
        default=None, description="fr, en, a regional variant (en-GB, fr-CA...) or auto."
    )

    _network = field_validator("network")(_known_network)


class ProjectConfig(_Strict):
    """Defaults of ``brandvoice check`` for one project."""

    voice: str | None = Field(default=None, description="Default voice name or profile path.")
    network: str | None = Field(default=None, description="Default network id.")
    lang: ConfigLang | None = Field(default=None, description="Default language.")
    disable: list[str] = Field(
        default_factory=list, description="Rule selectors to skip (docs/configuration.md)."
    )
    severity: dict[str, ConfigSeverity] = Field(
        default_factory=dict, description="Rule selector → severity to report it at."
    )
    ignore: list[str] = Field(default_factory=list, description="Globs of files to skip.")
    languagetool: ConfigLanguageTool | None = Field(
        default=None,
        description="auto (default), off (no LanguageTool) or required (as --strict); "
        "--strict and --no-languagetool win over it.",
    )
    second_opinion: bool = Field(
        default=True,
        description="false keeps LanguageTool's rating of its French rules that are often "
        "wrong; by default they are advice unless Grammalecte or our rules agree.",
    )
    max_chars: int = Field(
        default=MAX_CHECK_CHARS,
        gt=0,
        description="Longest text checked, in characters; a longer file is refused "
        "(exit 2). --max-chars wins over it.",
    )
    paths: list[PathOverride] = Field(
        default_factory=list, description="Per-glob voice, network and language."
    )
    vocabulary: Vocabulary = Field(
        default_factory=Vocabulary,
        description="Words accepted (never typos) and rejected (always flagged) in every "
        "checked file, added to each voice's own; entries are regular expressions matched "
        "against whole words.",
    )
    vocabulary_dir: str | None = Field(
        default=None,
        description="A folder inside the project, relative to this file, holding accept.txt "
        "and/or reject.txt: one entry per line, '#' starts a comment (as Vale's "
        "vocabularies).",
    )

    _network = field_validator("network")(_known_network)

    @field_validator("disable")
    @classmethod
    def _known_rules(cls, selectors: list[str]) -> list[str]:
        return [_known_rule(s) for s in selectors]

    @field_validator("severity")
    @classmethod
    def _known_severity_rules(cls, levels: dict[str, str]) -> dict[str, str]:
        for selector in levels:
            _known_rule(selector)
        return levels
