"""Properties of ``measure`` that must hold for every network and any string."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from brandvoice.networks import CountUnit, all_networks, measure
from brandvoice.networks.counting import count
from brandvoice.text.entities import find_urls

NETWORKS = list(all_networks())

# Any code point, lone surrogates included (what a careless JSON decode can produce).
any_text = st.text(alphabet=st.characters(codec=None))
# Pieces that make URLs, mentions, emoji sequences and normalisation interesting.
tricky_pieces = st.sampled_from(
    [
        "a", "Z", "0", " ", ".", ":", "/", "@", "#", "\r", "\n", "\r\n", "(", ")", "?", "!",
        "http://", "https://", "www.", "example", ".com", ".fr", ".co", "@bob", "@x.social",
        "e", "\u0301", "é", "…", "€", "\u202f", "日本", "😀", "👨", "\u200d", "\ufe0f",
        "\u20e3", "🇫", "🇷", "🏽", "©", "\ufeff", "\ufffe", "\ud800", "\udc00", "\ud83d",
    ]
)  # fmt: skip
tricky_text = st.lists(tricky_pieces, max_size=40).map("".join)
texts = st.one_of(any_text, tricky_text)


@pytest.mark.parametrize("network", NETWORKS)
# No deadline: the first example pays for lazy imports (twitter-text), which a loaded
# machine stretches; speed is the benchmarks' business, not this property's.
@settings(deadline=None)
@given(text=texts)
@example(text="")
@example(text="\ud800")
@example(text="\udfff\ud800")
def test_measure_never_raises(network: str, text: str) -> None:
    measured = measure(text, network)
    assert measured.count >= 0
    assert measured.valid in (True, False)


# Units where appending can only extend what is counted: code points, code units and bytes
# add up; a grapheme cluster boundary depends only on the characters around it, so
# appending keeps every earlier boundary; Threads counts whole emoji clusters by their
# bytes (never fewer than their code points) and an appended character can only join the
# last cluster, never split one.
APPEND_MONOTONE = {
    CountUnit.CODE_POINTS,
    CountUnit.UTF16,
    CountUnit.UTF8_BYTES,
    CountUnit.GRAPHEMES,
    CountUnit.THREADS,
}


@pytest.mark.parametrize("unit", sorted(APPEND_MONOTONE))
@given(text=texts, suffix=texts)
def test_appending_never_lowers_a_plain_count(unit: CountUnit, text: str, suffix: str) -> None:
    assert count(text + suffix, unit) >= count(text, unit)


# For the other units, raw appending CAN lower the count, and the platforms do it too:
# - twitter-weighted: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.c" + "om" turns 32 characters into
#   one 23-character URL; "👨\u200d👩\u200d" (2 + 1 + 2 + 1) + "👧" becomes one emoji (2).
# - mastodon: a long "https://xxxxxxxxxxxxxxxxxxxxxxxx" becomes a URL (23) once ".com" is
#   appended; "@bob@" + "x.social" drops the server from the count.
# - bluesky: "https:/" + "/a" becomes a link shown as just "a".
# The true property is word by word: appending a space and then anything never lowers
# the count, since no URL, mention, emoji or cluster spans a plain space.
@pytest.mark.parametrize("unit", sorted(set(CountUnit) - APPEND_MONOTONE))
@given(text=texts, suffix=texts)
def test_appending_a_new_word_never_lowers_the_count(
    unit: CountUnit, text: str, suffix: str
) -> None:
    assert count(text + " " + suffix, unit) >= count(text, unit)


@pytest.mark.parametrize(
    ("unit", "text", "suffix"),
    [
        (CountUnit.TWITTER_WEIGHTED, "x" * 30 + ".c", "om"),
        (CountUnit.TWITTER_WEIGHTED, "👨\u200d👩\u200d", "👧"),
        (CountUnit.MASTODON, "https://" + "x" * 30, ".com"),
        (CountUnit.MASTODON, "@bob@", "x.social"),
        (CountUnit.BLUESKY, "https:/", "/a"),
    ],
)
def test_raw_appending_can_lower_the_count(unit: CountUnit, text: str, suffix: str) -> None:
    """Why the property above is stated word by word: these are real counter-examples."""
    assert count(text + suffix, unit) < count(text, unit)


ascii_words = st.text(alphabet=string.printable, max_size=400)


@given(text=ascii_words)
def test_x_counts_ascii_without_urls_as_its_length(text: str) -> None:
    assume(not find_urls(text))
    # twitter-text treats CRLF as one line break.
    assert measure(text, "x").count == len(text.replace("\r\n", "\n"))


@settings(max_examples=300)
@given(text=st.text(alphabet=string.ascii_letters + " ,!?'-\n", max_size=400))
def test_x_counts_ascii_without_dots_as_its_length(text: str) -> None:
    # No "." means no URL, and ASCII holds no emoji: the length is the character count.
    assert measure(text, "x").count == len(text)
    assert measure(text, "x").valid == (0 < len(text) <= 280)


@pytest.mark.parametrize("network", NETWORKS)
@given(text=texts)
def test_valid_means_within_every_limit(network: str, text: str) -> None:
    measured = measure(text, network)
    if measured.valid:
        assert measured.limit is None or measured.count <= measured.limit
        assert all(extra.count <= extra.limit for extra in measured.extra)
