"""The calendar rules (brandvoice.checks.calendar): each example campaign, planned, gets
its rule's finding on the post named, or none; the rules answer to the selectors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice.campaigns import plan
from brandvoice.campaigns.loader import parse_campaign
from brandvoice.checks.calendar import CALENDAR_RULES, GAP, CalendarExample, CalendarRule
from brandvoice.checks.registry import documented_rules, rule_ids
from brandvoice.findings import Severity

CASES = [
    pytest.param(rule, example, id=f"{rule.id}[{index}]")
    for rule in CALENDAR_RULES
    for index, example in enumerate(rule.examples)
]


def _plan(example: CalendarExample, tmp_path: Path, **options: object):  # type: ignore[no-untyped-def]
    text = f"timezone: Europe/Paris\ncountry: FR\nlang: fr\n{example.campaign}\n"
    campaign = parse_campaign(text, tmp_path / "campaign.yaml")
    return plan(
        campaign,
        now=dt.datetime.fromisoformat(example.now),
        languagetool="off",
        allow_past=example.allow_past,
        **options,  # type: ignore[arg-type]
    )


def test_every_calendar_rule_has_an_incorrect_and_a_correct_example() -> None:
    for rule in CALENDAR_RULES:
        assert any(e.flags is not None for e in rule.examples), rule.id
        assert any(e.flags is None for e in rule.examples), rule.id


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_calendar_rule_example(
    rule: CalendarRule, example: CalendarExample, tmp_path: Path
) -> None:
    result = _plan(example, tmp_path)
    flagged = {e.post_id for e in result.entries for f in e.calendar if f.rule == rule.id}
    assert flagged == ({example.flags} if example.flags else set())
    for entry in result.entries:
        for finding in entry.calendar:
            if finding.rule == rule.id:
                assert finding.severity is rule.severity
                assert (finding.offset, finding.length, finding.category) == (0, 0, "calendar")


def test_calendar_rules_are_documented_and_selectable() -> None:
    ids = rule_ids()
    assert all(rule.id in ids for rule in CALENDAR_RULES)
    assert {r.id for r in documented_rules()} >= {r.id for r in CALENDAR_RULES}


def test_plan_disables_and_relevels_calendar_rules(tmp_path: Path) -> None:
    gap = next(r for r in CALENDAR_RULES if r.id == GAP)
    incorrect = next(e for e in gap.examples if e.flags)
    silenced = _plan(incorrect, tmp_path, disable=["calendar.gap"])
    assert not [f for e in silenced.entries for f in e.calendar if f.rule == GAP]
    raised = _plan(incorrect, tmp_path, severity={"category:calendar": "error"})
    levels = [f.severity for e in raised.entries for f in e.calendar if f.rule == GAP]
    assert levels == [Severity.ERROR]
