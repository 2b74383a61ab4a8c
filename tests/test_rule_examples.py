"""Every rule's built-in examples, run by one parametrized test (as LanguageTool does).

An incorrect example must produce a finding of its rule on exactly the span it names; a
correct example must produce none of that rule.
"""

from __future__ import annotations

import pytest

from brandvoice.checks import Example, Rule, all_rules, check

CASES = [
    pytest.param(rule, example, id=f"{rule.id}[{index}]")
    for rule in all_rules()
    for index, example in enumerate(rule.examples)
]


def test_every_rule_has_an_incorrect_and_a_correct_example() -> None:
    for rule in all_rules():
        kinds = {example.flags is None for example in rule.examples}
        assert kinds == {True, False}, f"{rule.id} needs both kinds of example"


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    report = check(example.text, voice=example.voice, network=example.network, lang=example.lang)
    spans = [
        example.text[f.offset : f.offset + f.length] for f in report.findings if f.rule == rule.id
    ]
    if example.flags is None:
        assert spans == [], f"{rule.id} flagged a correct example"
    else:
        assert example.flags in spans, f"{rule.id} should flag {example.flags!r}, got {spans}"


def test_rule_ids_are_stable_dotted_lowercase() -> None:
    import re

    for rule in all_rules():
        assert re.fullmatch(r"[a-z]+\.[a-z]+(-[a-z]+)*", rule.id), rule.id
        assert rule.id.split(".")[0] == str(rule.category), rule.id
