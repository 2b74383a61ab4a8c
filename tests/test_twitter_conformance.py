"""twitter-text conformance: every weighted-length case of validate.yml, and config drift."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from brandvoice.networks.counting import parse_x, twitter_config, x_length_and_validity

from .testdata import require_testdata, testdata_dir

CONFORMANCE = "twitter-text-conformance"

# Section -> config version, as twitter-text's rb/test/conformance_test.rb runs them.
SECTIONS = {
    "WeightedTweetsCounterTest": 2,
    "WeightedTweetsWithDiscountedEmojiCounterTest": 3,
    "UnicodeDirectionalMarkerCounterTest": 3,  # the default config
}
EXPECTED_CASES = {
    "WeightedTweetsCounterTest": 20,
    "WeightedTweetsWithDiscountedEmojiCounterTest": 22,
    "UnicodeDirectionalMarkerCounterTest": 2,
}

# twitter-text's JSON config names -> the Python port's.
CONFIG_KEYS = {
    "version": "version",
    "maxWeightedTweetLength": "max_weighted_tweet_length",
    "scale": "scale",
    "defaultWeight": "default_weight",
    "emojiParsingEnabled": "emoji_parsing_enabled",
    "transformedURLLength": "transformed_url_length",
    "ranges": "ranges",
}


def _validate_yml() -> dict[str, Any]:
    path = require_testdata(CONFORMANCE, "validate.yml")
    tests: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]
    return tests


def _cases() -> list[Any]:
    """One param per case; without the data, one param whose test skips (fails in CI)."""
    if not (testdata_dir() / CONFORMANCE / "validate.yml").exists():
        return [pytest.param(None, None, None, id="testdata-missing")]
    tests = _validate_yml()
    return [
        pytest.param(section, version, case, id=f"{section}: {case['description']}")
        for section, version in SECTIONS.items()
        for case in tests[section]
    ]


@pytest.mark.parametrize(("section", "version", "case"), _cases())
def test_weighted_length_conformance(section: str, version: int, case: dict[str, Any]) -> None:
    if case is None:
        _validate_yml()  # skips, or fails in CI
        return
    expected = case["expected"]
    result = parse_x(case["text"], version).to_twitter_dict()
    assert {key: result[key] for key in expected} == expected
    # The fast path measure() uses must agree wherever it applies.
    assert x_length_and_validity(case["text"], version) == (
        expected["weightedLength"],
        expected["valid"],
    )


def test_every_case_is_collected() -> None:
    tests = _validate_yml()
    assert {section: len(tests[section]) for section in SECTIONS} == EXPECTED_CASES


@pytest.mark.parametrize("version", [2, 3])
def test_configs_match_twitter_text_json(version: int) -> None:
    path = require_testdata(CONFORMANCE, f"config-v{version}.json")
    reference = json.loads(path.read_text(encoding="utf-8"))
    ours = twitter_config(version)
    # v2.json predates emoji parsing and has no flag for it: absent means off.
    reference.setdefault("emojiParsingEnabled", False)
    assert {CONFIG_KEYS[key]: value for key, value in reference.items()} == ours
