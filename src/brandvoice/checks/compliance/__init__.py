"""Compliance checks: what the law (or a platform) asks of a post, by country and sector.

Rules are data: one file per jurisdiction under ``data/`` (FR, BE, CH, CA-QC, UK, US) and
one for the platforms' own rules, each rule with its legal source, the version it was
written from, its examples and its fix. A rule applies by the profile (``jurisdiction``,
``sectors``, ``department``/``location``, ``partnership``) and by what the post says, and
its finding names the words that made it apply. This is help to catch what is commonly
missed, not legal advice (docs/compliance.md).
"""

from __future__ import annotations

from functools import cache

from brandvoice.checks.rule import Rule


@cache
def compliance_rules() -> tuple[Rule, ...]:
    from brandvoice.checks.compliance.data import rule_data
    from brandvoice.checks.compliance.rules import build

    return tuple(build(data) for data in rule_data())


def __getattr__(name: str) -> object:
    if name == "RULES":
        return compliance_rules()
    raise AttributeError(name)
