"""A results post's figures as lines (brandvoice.adaptation.realise.figures): the examples
of its data file, and the lines in the variants of the networks they are for."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from brandvoice.adaptation.decorate.data import load_data
from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.realise.figures import DATA_FILE, PLAIN_MARKER, figure_lines
from brandvoice.analysis import analyze
from brandvoice.understand.model import Intent

EXAMPLES: list[dict[str, Any]] = load_data(DATA_FILE)["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["hook"][:30])
def test_figure_lines_example(example: dict[str, Any]) -> None:
    found = figure_lines(
        example["hook"],
        example["details"],
        Intent(example["intent"]),
        example["lang"],
        emoji_left=example["emoji_left"],
    )
    expected = example["expected"]
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert found.hook == expected["hook"]
    assert found.before == expected["before"]
    assert found.block == expected["block"]
    assert found.after == expected["after"]
    assert found.reason


def test_the_examples_show_both_sides() -> None:
    assert any(e["expected"] is None for e in EXAMPLES)
    assert any(e["expected"] is not None for e in EXAMPLES)


def test_lines_take_no_emoji_past_the_voice_allowance() -> None:
    details = [
        "In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and welcomed 1,100 visitors."
    ]
    tight = figure_lines("Record year!", details, Intent.RESULTS, "en", emoji_left=2)
    roomy = figure_lines("Record year!", details, Intent.RESULTS, "en", emoji_left=3)
    assert tight is not None
    assert roomy is not None
    assert all(line.startswith(PLAIN_MARKER) for line in tight.block.split("\n")[1:])
    assert not any(line.startswith(PLAIN_MARKER) for line in roomy.block.split("\n")[1:])


def test_no_line_without_a_figure_of_the_master() -> None:
    details = [
        "In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and welcomed 1,100 visitors."
    ]
    found = figure_lines("Record year!", details, Intent.RESULTS, "en", emoji_left=0)
    assert found is not None
    for line in found.block.split("\n")[1:]:
        assert any(number in line for number in ("4,812", "390", "1,100"))


_BIKES = (
    "Record year! 🎉 In 2025 we fixed 4,812 bikes, sold 390 refurbished ones and kept an "
    "estimated 11 tonnes of metal out of landfill. Our community workshop nights had 1,100 "
    "visits. Turnover passed £500k for the first time. Thank you, Sheffield, we couldn't do "
    "it without you."
)


def test_the_social_posts_list_the_figures_and_the_press_note_and_x_do_not() -> None:
    variants = {
        v.network: v.text
        for v in adapt(
            _BIKES,
            networks=["website", "facebook", "instagram", "linkedin", "x"],
            lang="en",
            date=dt.date(2026, 1, 9),
            languagetool="off",
        ).variants
    }
    for network in ("facebook", "instagram", "linkedin"):
        assert "\n– 4,812 bikes fixed\n" in variants[network], network
        assert "we fixed 4,812 bikes" not in variants[network].casefold(), network
    for network in ("website", "x"):
        assert "– 4,812 bikes fixed" not in variants[network], network


def test_a_list_reads_as_short_sentences() -> None:
    """A list of short items is as easy to read with or without stops on its lines."""
    items = "\n".join(
        f"– {n} {what}"
        for n, what in [(12, "bikes fixed"), (40, "volunteers"), (300, "meals served at the bar")]
    )
    bare = analyze(f"What a year!\n\n{items}\n\nThank you all.", "en")
    stopped = analyze(
        f"What a year!\n\n{items.replace(chr(10), '.' + chr(10))}.\n\nThank you all.", "en"
    )
    assert bare.readability["reading_ease"] == stopped.readability["reading_ease"]


_MASTERS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "figure-masters.yaml").read_text(encoding="utf-8")
)["masters"]


def test_the_figure_masters_were_written_with_lists_and_without() -> None:
    assert any(m.get("lines") for m in _MASTERS)
    assert any(m.get("lines") == [] for m in _MASTERS)


@pytest.mark.parametrize("master", [m for m in _MASTERS if "lines" in m], ids=lambda m: m["id"])
def test_a_casual_post_lists_the_figures_as_a_community_manager_would(
    master: dict[str, Any],
) -> None:
    """Posts written for this test, not the benchmark's: results, awards and milestones
    with their figures in a list, after a colon, over several sentences."""
    text = (
        adapt(
            master["text"],
            voices=["casual-facebook"],
            networks=["facebook"],
            lang=master["lang"],
            date=dt.date(2026, 12, 7),
            languagetool="off",
        )
        .variants[0]
        .text
    )
    listed = [line.split(" ", 1)[1] for line in text.split("\n") if _MARKED.match(line)]
    for line in master["lines"]:
        assert line in listed, (line, text)
    if not master["lines"]:
        assert not listed, text
    # Nothing invented: each line's words are the master's own (participles aside).
    for line in listed:
        number = re.search(r"\d[\d,. \u00a0\u202f]*", line)
        assert number is None or number.group().strip() in master["text"], line


_MARKED = re.compile(r"^(?:–|\S{1,8}) \S*\d|^(?:–|\S{1,8}) zéro ")
