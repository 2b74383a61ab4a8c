"""Every rule's built-in examples, run by one parametrized test (as LanguageTool does).

An incorrect example must produce a finding of its rule on exactly the span it names; a
correct example must produce none of that rule.

``fixtures/rule-example-pins.json`` pins, for each incorrect example, where its finding
is (offset and length: a span such as " " or "" can be anywhere in the text) and, when the
rule has a fix, the text once the finding's first replacement is applied. After adding or
changing an example, write its pins with ``python -m tests.test_rule_examples`` and read
the diff: it is what the rule does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from brandvoice.checks import Example, Fix, Rule, all_rules, check
from brandvoice.checks.fixes import apply_fixes
from brandvoice.checks.rule import example_voice
from brandvoice.findings import Report


def _check(example: Example, text: str | None = None) -> Report:
    """Our rules alone: LanguageTool off, so fallback rules (the embedded speller) run and
    the examples test the rule, not the server."""
    return check(
        example.text if text is None else text,
        voice=example_voice(example),
        network=example.network,
        lang=example.lang,
        date=example.date,
        languagetool="off",
        accept=example.accept,
        reject=example.reject,
    )


CASES = [
    pytest.param(rule, example, id=f"{rule.id}[{index}]")
    for rule in all_rules()
    for index, example in enumerate(rule.examples)
]


def test_every_rule_has_an_incorrect_and_a_correct_example() -> None:
    for rule in all_rules():
        kinds = {example.flags is None for example in rule.examples}
        assert kinds == {True, False}, f"{rule.id} needs both kinds of example"


PINS_FILE = Path(__file__).parent / "fixtures" / "rule-example-pins.json"
# Pins that say what the rule should do and it does not yet: strict xfails, so that they
# show, and a fix makes them pass (then delete the line). write_pins() leaves them alone.
KNOWN_WRONG = {
    # The participle does not agree with its subject: "Ils sont arrivé".
    "grammar.fr-participle-not-infinitive[1]": 'fixed to "arrivé", not "arrivés"',
}
INCORRECT_CASES = [
    pytest.param(
        rule,
        index,
        example,
        id=f"{rule.id}[{index}]",
        marks=[pytest.mark.xfail(reason=KNOWN_WRONG[key], strict=True)]
        if (key := f"{rule.id}[{index}]") in KNOWN_WRONG
        else [],
    )
    for rule in all_rules()
    for index, example in enumerate(rule.examples)
    if example.flags is not None
]


def _pin(rule: Rule, example: Example) -> dict[str, Any]:
    """What the rule does with an incorrect example: its finding's span, and the fixed
    text when the rule has a fix (None when the finding offers no replacement)."""
    findings = [
        f
        for f in _check(example).findings
        if f.rule == rule.id and example.text[f.offset : f.offset + f.length] == example.flags
    ]
    assert findings, f"{rule.id} should flag {example.flags!r}"
    finding = findings[0]
    pin: dict[str, Any] = {"text": example.text, "offset": finding.offset, "length": finding.length}
    if rule.fix is not None:
        fixed = apply_fixes(example.text, [finding], unsafe=True)
        pin["fixed"] = fixed.text if fixed.applied else None
    return pin


def _pins() -> dict[str, dict[str, Any]]:
    return json.loads(PINS_FILE.read_text(encoding="utf-8")) if PINS_FILE.exists() else {}


@pytest.mark.parametrize(("rule", "index", "example"), INCORRECT_CASES)
def test_rule_example_pins_its_span_and_fix(rule: Rule, index: int, example: Example) -> None:
    pinned = _pins().get(f"{rule.id}[{index}]")
    update = "new or changed example: write its pins with python -m tests.test_rule_examples"
    assert pinned is not None, update
    assert pinned["text"] == example.text, update
    assert _pin(rule, example) == pinned


def test_every_pin_belongs_to_an_example() -> None:
    ids = {f"{rule.id}[{index}]" for rule, index, _ in (case.values for case in INCORRECT_CASES)}
    assert set(_pins()) == ids, "stale pins: python -m tests.test_rule_examples"


def write_pins() -> None:
    kept = _pins()
    pins = {
        key: kept[key] if key in KNOWN_WRONG and key in kept else _pin(rule, example)
        for rule, index, example in (case.values for case in INCORRECT_CASES)
        if (key := f"{rule.id}[{index}]")
    }
    text = json.dumps(pins, ensure_ascii=False, indent=1, sort_keys=True)
    PINS_FILE.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(pins)} pins written to {PINS_FILE}\n")


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    report = _check(example)
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


SAFE_FIX_CASES = [
    pytest.param(rule, example, id=f"{rule.id}[{index}]")
    for rule in all_rules()
    if rule.fix is Fix.SAFE
    for index, example in enumerate(rule.examples)
    if example.flags is not None
]


@pytest.mark.parametrize(("rule", "example"), SAFE_FIX_CASES)
def test_safe_fix_clears_its_finding(rule: Rule, example: Example) -> None:
    """Applying a rule's safe fix to its incorrect example leaves nothing for it to flag."""
    report = _check(example)
    result = apply_fixes(example.text, [f for f in report.findings if f.rule == rule.id])
    assert result.applied, f"{rule.id} is marked safe but offered no fix"
    assert result.text != example.text
    again = _check(example, result.text)
    assert [f for f in again.findings if f.rule == rule.id] == []


def test_fix_cli_rewrites_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brandvoice.cli import main

    post = tmp_path / "post.txt"
    post.write_text("Bienvenue à tous! Retrouvez-nous sur linkedin.\n", encoding="utf-8")
    status = main(
        ["check", str(post), "--lang", "fr", "--fix", "--disable", "length", "--no-languagetool"]
    )
    assert status == 0
    assert post.read_text(encoding="utf-8") == (
        "Bienvenue à tous\u202f! Retrouvez-nous sur LinkedIn.\n"
    )


def test_sentences_end_at_line_breaks() -> None:
    from brandvoice.text.segments import sentence_spans

    text = "Opening on Saturday at 10\n\nCome along\n#Toulon"
    assert sentence_spans(text, [(0, len(text))]) == [(0, 25), (27, 37), (38, 45)]
    assert sentence_spans("One. Two.", [(0, 4), (5, 9)]) == [(0, 4), (5, 9)]


if __name__ == "__main__":
    write_pins()
