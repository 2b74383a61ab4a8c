"""SARIF 2.1.0 output validates against the OASIS schema and points at the right text."""

from __future__ import annotations

import json

import jsonschema
import pytest

from brandvoice.checks import Checker, CheckRequest
from brandvoice.report.sarif import sarif_document

from .testdata import require_testdata

TEXT = "Line one 👋\n" + "Our new shop opens in Toulon on Saturday with tastings. " * 6


def _reports():  # type: ignore[no-untyped-def]
    # LanguageTool's findings get descriptors too: the integration test below shows it.
    checker = Checker(languagetool="off")
    return checker.check_many(
        [
            CheckRequest(TEXT, network="x", path="posts/launch post.txt"),
            CheckRequest("Short and sweet #Toulon", network="x", path="-"),
        ]
    )


def test_sarif_validates_against_the_oasis_schema() -> None:
    schema_path = require_testdata("sarif-2.1.0-schema", "sarif-schema-2.1.0.json")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    document = sarif_document(_reports())
    jsonschema.Draft4Validator(schema).validate(document)
    assert document["version"] == "2.1.0"


def test_sarif_regions_use_code_points_and_lines() -> None:
    document = sarif_document(_reports())
    run = document["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    over = [r for r in run["results"] if r["ruleId"] == "length.over-limit"]
    assert len(over) == 1
    location = over[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "posts/launch%20post.txt"
    region = location["region"]
    assert region["startLine"] == 2  # the emoji line is short; the overflow is on line 2
    offset = region["charOffset"]
    assert region["startColumn"] == offset - TEXT.index("\n")
    assert region["snippet"]["text"] == TEXT[offset : offset + region["charLength"]]
    rules = run["tool"]["driver"]["rules"]
    assert rules[over[0]["ruleIndex"]]["id"] == "length.over-limit"
    assert over[0]["level"] == "error"


@pytest.mark.integration
def test_every_result_points_at_a_rule_descriptor(languagetool_url: str) -> None:
    # LanguageTool's ids are only known once found: they get descriptors too.
    checker = Checker(languagetool_url=languagetool_url)
    reports = checker.check_many([CheckRequest("Their is a typo in teh shop window.", lang="en")])
    document = sarif_document(reports)
    run = document["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids))
    external = [r for r in run["results"] if r["ruleId"].startswith("languagetool.")]
    assert external, "LanguageTool found nothing to describe"
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    described = run["tool"]["driver"]["rules"][external[0]["ruleIndex"]]
    assert described["shortDescription"]["text"].startswith("LanguageTool's rule ")
