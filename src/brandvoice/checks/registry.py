"""Every rule brandvoice knows, by stable id, and selection by id or id prefix."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from brandvoice.checks import grammalecte, languagetool
from brandvoice.checks.rule import Rule
from brandvoice.errors import UnknownNameError


@cache
def all_rules() -> tuple[Rule, ...]:
    from brandvoice.checks import (
        facts,
        grammar_fr,
        grammar_fr_homophones,
        length,
        register,
        spelling,
        style,
        terminology,
        tone,
        typography,
    )

    rules = (
        *length.RULES,
        *spelling.RULES,
        *typography.RULES,
        *grammar_fr.RULES,
        *grammar_fr_homophones.RULES,
        *terminology.RULES,
        *style.RULES,
        *register.RULES,
        *tone.RULES,
        *facts.RULES,
    )
    ids = [rule.id for rule in rules]
    assert len(ids) == len(set(ids)), f"duplicate rule ids in {ids}"
    return rules


@cache
def rules_by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in all_rules()}


def rule_ids() -> list[str]:
    return [rule.id for rule in all_rules()]


def matching(selector: str) -> list[Rule]:
    """Rules named by ``selector``: an exact id (``length.fold``) or a prefix (``length``)."""
    prefix = selector.strip().casefold().rstrip(".")  # ids are case-insensitive, as in ruff
    found = [r for r in all_rules() if r.id == prefix or r.id.startswith(prefix + ".")]
    if not found:
        families = {rule_id.split(".")[0] for rule_id in rule_ids()}
        raise UnknownNameError("rule", selector, [*families, *rule_ids()])
    return found


def select_rules(disable: Iterable[str] = ()) -> tuple[Rule, ...]:
    disabled = {rule.id for selector in disable for rule in matching(selector)}
    return tuple(rule for rule in all_rules() if rule.id not in disabled)


# The checkers brandvoice runs beside its own rules. Their rule ids are theirs and are not
# known in advance, so selectors under these prefixes are not validated against the registry.
EXTERNAL_PREFIXES = (languagetool.RULE_PREFIX, grammalecte.RULE_PREFIX)


def is_external(selector: str) -> bool:
    """Whether ``selector`` names an external checker or one of its rules
    (``languagetool``, ``languagetool.ID``, ``grammalecte``, ``grammalecte.conf``...)."""
    return any(selector == p or selector.startswith(p + ".") for p in EXTERNAL_PREFIXES)
