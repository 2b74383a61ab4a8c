"""Counting units: each network's unit on the same three samples, and each unit's own rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet
from twitter_text.regexp import emoji as twitter_emoji

from brandvoice.networks import CountUnit, all_networks, measure
from brandvoice.networks.counting import (
    as_transmitted,
    bluesky_link_display,
    count,
    parse_x,
    twitter_config,
    twitter_weighted_length,
    weigh_without_emoji,
    x_length_and_validity,
)

FAMILY = "👨\u200d👩\u200d👧"  # man ZWJ woman ZWJ girl: 5 code points, 8 UTF-16 units, 18 bytes
ACCENT = "e\u0301"  # e + combining acute: 2 code points, NFC "é" is 1
URL = "https://www.example.com/collections/printemps-2026"  # 50 characters
# Bluesky shows the URL as host + 13 path characters + "...": "www.example.com" (15)
# + "/collections/p" (13) + "..." (3).
URL_ON_BLUESKY = 15 + 13 + 3

# network -> (family, accent, URL), derived from each network's documented rule.
EXPECTED = {
    # twitter-text v3: an emoji sequence weighs 2, NFC "é" 1, any URL 23.
    "x": (2, 1, 23),
    # Code points.
    "facebook": (5, 2, 50),
    "instagram": (5, 2, 50),
    "linkedin": (5, 2, 50),
    "viadeo": (5, 2, 50),
    "blog": (5, 2, 50),
    "website": (5, 2, 50),
    # Graphemes; a URL is 23.
    "mastodon": (1, 1, 23),
    # Graphemes; a URL as the app shows it.
    "bluesky": (1, 1, URL_ON_BLUESKY),
    # Code points; an emoji as its UTF-8 bytes (4 + 3 + 4 + 3 + 4).
    "threads": (18, 2, 50),
}


def test_every_network_has_a_unit_example() -> None:
    assert set(EXPECTED) == set(all_networks())


@pytest.mark.parametrize("network", sorted(EXPECTED))
def test_unit_of_each_network(network: str) -> None:
    family, accent, url = EXPECTED[network]
    assert measure(FAMILY, network).count == family
    assert measure(ACCENT, network).count == accent
    assert measure(URL, network).count == url


@pytest.mark.parametrize(
    ("unit", "family", "accent"),
    [
        (CountUnit.GRAPHEMES, 1, 1),
        (CountUnit.CODE_POINTS, 5, 2),
        (CountUnit.UTF16, 8, 2),
        (CountUnit.UTF8_BYTES, 18, 3),
    ],
)
def test_plain_units(unit: CountUnit, family: int, accent: int) -> None:
    assert count(FAMILY, unit) == family
    assert count(ACCENT, unit) == accent


# --- Strings no network can receive ------------------------------------------------------------


@pytest.mark.parametrize("unit", list(CountUnit))
def test_surrogate_pair_counts_as_the_character_it_encodes(unit: CountUnit) -> None:
    assert count("\ud83d\ude00 ok", unit) == count("😀 ok", unit)


@pytest.mark.parametrize("unit", list(CountUnit))
def test_lone_surrogate_counts_as_a_replacement_character(unit: CountUnit) -> None:
    assert count("a\ud800b", unit) == count("a\ufffdb", unit)


def test_as_transmitted_keeps_utf16_and_utf8_sizes() -> None:
    text = "x\udc00\ud83d\ude00\ud800"
    assert as_transmitted(text) == "x\ufffd😀\ufffd"
    assert count(text, CountUnit.UTF16) == 5
    assert count(text, CountUnit.UTF8_BYTES) == 1 + 3 + 4 + 3


# --- X ---------------------------------------------------------------------------------------


def test_x_weights_from_the_reference() -> None:
    # « » ’ and U+00A0 weigh 1; … € and the narrow no-break space U+202F weigh 2.
    assert twitter_weighted_length("«\u00a0»’") == 4
    assert twitter_weighted_length("…€\u202f") == 6
    assert twitter_weighted_length("日本") == 4
    assert twitter_weighted_length("see example.com") == 4 + 23


def test_x_version_2_does_not_discount_emoji() -> None:
    assert twitter_weighted_length(FAMILY, version=2) == 2 + 1 + 2 + 1 + 2
    assert twitter_weighted_length(FAMILY, version=3) == 2


def test_x_empty_text_is_invalid() -> None:
    assert x_length_and_validity("") == (0, False)
    assert parse_x("").valid is False


def test_x_invalid_character_makes_text_invalid() -> None:
    assert x_length_and_validity("ok\ufffe") == (4, False)


def test_x_line_endings_and_nfc_follow_the_reference() -> None:
    assert twitter_weighted_length("a\r\nb") == 3
    assert twitter_weighted_length("e\u0301") == 1


def test_twitter_config_is_a_copy() -> None:
    config = twitter_config(3)
    config["scale"] = 1
    assert twitter_config(3)["scale"] == 100


def test_unknown_twitter_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version 4"):
        parse_x("hi", version=4)


# The fast path skips parse_tweet's emoji pass. That is exact only if every alternative of
# twitter-text's emoji regex needs a non-ASCII emoji code point, which these tests pin on
# the installed data.
def test_emoji_regex_is_built_from_the_listed_data() -> None:
    module = twitter_emoji
    expected = module.multi_codepoint_emoji_joined + "|[" + module.single_codepoint_emoji_raw + "]"
    assert module.emoji.pattern == expected


def test_every_emoji_sequence_holds_a_non_ascii_code_point() -> None:
    for entry in twitter_emoji.emoji_list:
        assert any(int(cp, 16) > 0x7F for cp in entry.codepoint.split()), entry


def test_no_single_code_point_emoji_is_ascii() -> None:
    assert all(low > 0x7F for low, _ in twitter_emoji.single_codepoint_emoji_ranges)


def test_emoji_found_where_they_may_start_as_parse_tweet_finds_them() -> None:
    from twitter_text.extract_emojis import extract_emojis_with_indices

    from brandvoice.networks.counting import _emoji_lengths

    text = "Ouvert 🛍️ 7/7 #️⃣1️⃣ 👨\u200d👩\u200d👧 en 🇫🇷, 👍🏽 ❤️ ©2026 ⛔ fin"
    expected = {
        e["indices"][0]: e["indices"][1] - e["indices"][0]
        for e in extract_emojis_with_indices(text)
    }
    assert len(expected) >= 8
    assert _emoji_lengths(text) == expected
    assert x_length_and_validity(text) == (
        parse_tweet(text).weightedLength,
        parse_tweet(text).valid,
    )


def test_fast_path_applies_to_ordinary_french() -> None:
    text = "Rendez-vous samedi à 9 h, l’entrée est libre ! Détails : https://exemple.fr/agenda"
    assert weigh_without_emoji(text) == parse_tweet(text).weightedLength
    assert weigh_without_emoji("Bravo 🎉") is None
    assert weigh_without_emoji("e\u0301") is None  # not NFC: the reference normalises


fast_path_text = st.lists(
    st.sampled_from(
        [
            "a", "Z", "9", " ", ".", ":", "/", "-", "_", "?", "=", "#", "@", "\r", "\n",
            "http://", "https://", "www.", "t.co/", "example", ".com", ".fr", ".co", ".jp",
            "é", "à", "’", "«", "»", "\u00a0", "\u202f", "…", "€", "ß", "日本語", "한국",
            "\u0301", "😀", "©", "\ufeff", "\u202a", "example.com/path(1)", "xn--80ak6aa92e",
            "🛍️", "📍", "👨\u200d👩\u200d👧", "#️⃣", "1️⃣", "🇫🇷", "👍🏽", "❤️", "\ufe0f", "\u20e3",
        ]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=400)
@given(text=st.one_of(fast_path_text, st.text()))
def test_fast_path_equals_parse_tweet(text: str) -> None:
    for version in (2, 3):
        reference = parse_tweet(text, twitter_config(version))
        fast = weigh_without_emoji(text, version)
        if fast is not None:
            assert fast == reference.weightedLength
        assert x_length_and_validity(text, version) == (reference.weightedLength, reference.valid)


# --- Mastodon ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi @alice@mastodon.social", len("hi @alice")),
        ("hi @alice", len("hi @alice")),
        ("see http://example.com/a/very/long/path/indeed", len("see ") + 23),
        ("see example.com", len("see example.com")),  # no scheme: not a URL for Mastodon
        ("write to bob@example.com", len("write to bob@example.com")),  # not a mention
        ("   \n ", 0),  # a blank text counts 0 (Ruby's blank?)
        (FAMILY + " " + ACCENT, 3),
    ],
)
def test_mastodon_counting(text: str, expected: int) -> None:
    assert count(text, CountUnit.MASTODON) == expected


# --- Bluesky ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("https://example.com", "example.com"),
        ("https://example.com/", "example.com"),
        ("https://example.com/abcdefghijklmn", "example.com/abcdefghijklmn"),  # path of 15
        ("https://example.com/abcdefghijklmno", "example.com/abcdefghijkl..."),  # path of 16
        ("https://Example.COM:443/a?q=1#top", "example.com/a?q=1#top"),
        ("http://example.com:8080/a", "example.com:8080/a"),
        ("https://user:pw@example.com/a", "example.com/a"),
        ("https://example.com/été", "example.com/%C3%A9t%C3%A9"),
        ("https://bücher.de", "xn--bcher-kva.de"),
        ("example.com/some/long/path/here", "example.com/some/long/path/here"),
        ("https://example.com:99999", "https://example.com:99999"),  # new URL() throws
    ],
)
def test_bluesky_link_display(link: str, shown: str) -> None:
    assert bluesky_link_display(link) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The final full stop is not part of the link.
        ("read https://example.com/a/long/path/to/read.", len("read example.com/a/long/path/....")),
        ("read example.com/a/long/path/to/read", len("read example.com/a/long/path/to/read")),
        ("(see https://example.com/x)", len("(see example.com/x)")),
        ("not a link: https:/example.com", len("not a link: https:/example.com")),
        (FAMILY + ACCENT, 2),
    ],
)
def test_bluesky_counting(text: str, expected: int) -> None:
    assert count(text, CountUnit.BLUESKY) == expected


def test_bluesky_byte_limit_is_measured() -> None:
    measured = measure("é" * 1501, "bluesky")
    assert measured.count == 1501
    assert [(e.unit, e.count, e.limit) for e in measured.extra] == [("utf8-bytes", 3002, 3000)]
    assert measured.valid is False


# --- Threads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci !", 7),
        ("merci 🎉", 6 + 4),
        ("🇫🇷", 8),
        ("© 2026", 6),  # a text-style symbol is not counted as an emoji
        ("©\ufe0f", 2 + 3),
    ],
)
def test_threads_counts_emoji_by_utf8_bytes(text: str, expected: int) -> None:
    assert count(text, CountUnit.THREADS) == expected
