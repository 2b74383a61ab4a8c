"""Every rule brandvoice knows, by stable id (selecting them: :mod:`.selectors`)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from brandvoice.checks.rule import Rule
from brandvoice.checks.selectors import RuleSelection

if TYPE_CHECKING:
    from brandvoice.checks.calendar import CalendarRule


@cache
def all_rules() -> tuple[Rule, ...]:
    from brandvoice.checks import (
        compliance,
        facts,
        grammar_en_homophones,
        grammar_fr,
        grammar_fr_forms,
        grammar_fr_homophones,
        grammar_fr_locutions,
        grammar_fr_numbers,
        grammar_fr_verbs,
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
        *grammar_fr_verbs.RULES,
        *grammar_fr_forms.RULES,
        *grammar_fr_locutions.RULES,
        *grammar_fr_numbers.RULES,
        *grammar_en_homophones.RULES,
        *terminology.RULES,
        *style.RULES,
        *register.RULES,
        *tone.RULES,
        *facts.RULES,
        *compliance.compliance_rules(),
    )
    ids = [rule.id for rule in rules]
    assert len(ids) == len(set(ids)), f"duplicate rule ids in {ids}"
    return rules


@cache
def rules_by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in all_rules()}


def documented_rules() -> tuple[Rule | CalendarRule, ...]:
    """Every rule with a stable id: the text rules, then the planner's calendar rules
    (:mod:`brandvoice.checks.calendar`), which judge a time rather than words."""
    from brandvoice.checks.calendar import CALENDAR_RULES

    return (*all_rules(), *CALENDAR_RULES)


def rule_ids() -> list[str]:
    """The ids selectors may name: every documented rule's."""
    return [rule.id for rule in documented_rules()]


def select_rules(disable: Iterable[str] | RuleSelection = ()) -> tuple[Rule, ...]:
    """Our rules that none of the ``disable`` selectors (:mod:`brandvoice.checks.selectors`)
    selects."""
    selection = disable if isinstance(disable, RuleSelection) else RuleSelection.of(disable)
    return tuple(rule for rule in all_rules() if selection.keeps(rule))
