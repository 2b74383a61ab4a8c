"""Entities: what checks must leave whole, with offsets in code points of the original text."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brandvoice.text.entities import (
    Entity,
    could_hold_domain,
    find_cashtags,
    find_emails,
    find_emoji,
    find_entities,
    find_hashtags,
    find_mentions,
    find_urls,
)


def spans(entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in entities]


def test_urls_with_and_without_scheme() -> None:
    text = "Voir https://exemple.fr/offre?x=1 ou www.exemple.com, et exemple.org."
    assert [e.text for e in find_urls(text)] == [
        "https://exemple.fr/offre?x=1",
        "www.exemple.com",
        "exemple.org",
    ]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("Watch it at youtube.example/@curlhouse and tell us.", ["youtube.example/@curlhouse"]),
        ("Write-up: relay.example/status/2026-03-03.", ["relay.example/status/2026-03-03"]),
        ("Book at shop.example/ today.", ["shop.example/"]),
        # No domain before the slash: no link.
        ("50 km/h, 1.5/10, and/or e.g. a note.", []),
        ("Write to anna@shop.example/", []),
    ],
)
def test_a_domain_twitter_text_does_not_know_is_a_link_when_a_path_follows(
    text: str, urls: list[str]
) -> None:
    assert [e.text for e in find_urls(text)] == urls


def _top_level_domains(pattern: re.Pattern[str]) -> list[str]:
    inner = pattern.pattern.removeprefix("(?:(?:").split(")(?=", 1)[0]
    return inner.split("|")


def test_a_text_without_dot_and_word_character_holds_no_twitter_text_url() -> None:
    """find_urls skips twitter-text when could_hold_domain says no: every URL it extracts
    ends its domain in "." + a top-level domain (case-insensitive), so any character
    a top-level domain may start with must count as a word character after the dot."""
    from twitter_text import extract_urls_with_indices
    from twitter_text.regexp.valid_cctld import valid_cctld
    from twitter_text.regexp.valid_gtld import valid_gtld

    domains = [*_top_level_domains(valid_gtld), *_top_level_domains(valid_cctld), "xn--"]
    assert len(domains) > 1000
    assert all(domains)
    firsts = re.compile("[" + "".join(re.escape(d[0]) for d in domains) + "]", re.IGNORECASE)
    every_code_point = "".join(map(chr, range(0x110000)))
    starts = {m.group() for m in firsts.finditer(every_code_point)}
    assert {"a", "Z", "\u212a", "香"} <= starts
    assert all(could_hold_domain("." + first) for first in starts)
    for text in ("exemple.fr", "https://ex.com/a", "Prix 9.99 €", "WWW.EXEMPLE.FR"):
        assert could_hold_domain(text)
    for text in ("Fin. Début", "Nous ouvrons samedi : venez !", "a.", "https://localhost/"):
        assert not could_hold_domain(text)
        assert extract_urls_with_indices(text) == []


def test_offsets_are_code_points_of_the_original_text() -> None:
    # An astral emoji is 1 code point but 2 UTF-16 units: offsets must not drift.
    text = "🎉👨\u200d👩\u200d👧 https://exemple.fr et e\u0301te\u0301 #été"
    url = find_urls(text)[0]
    assert (url.start, url.end, url.text) == (7, 25, "https://exemple.fr")
    for entity in find_entities(text):
        assert text[entity.start : entity.end] == entity.text
    assert spans(find_entities(text)) == [
        ("emoji", "🎉"),
        ("emoji", "👨\u200d👩\u200d👧"),
        ("url", "https://exemple.fr"),
        ("hashtag", "#été"),
    ]


def test_emails() -> None:
    text = "Écrivez à contact@exemple.fr. Ou à jean.dupont+presse@media.co.uk !"
    assert [e.text for e in find_emails(text)] == [
        "contact@exemple.fr",
        "jean.dupont+presse@media.co.uk",
    ]


def test_an_email_is_neither_a_url_nor_a_mention() -> None:
    assert spans(find_entities("contact@exemple.fr")) == [("email", "contact@exemple.fr")]
    assert find_mentions("contact@exemple.fr") == []


def test_mentions() -> None:
    text = "Merci @alice, @bob@mastodon.social et @carol.bsky.social. RT@x non, a@b non"
    assert [e.text for e in find_mentions(text)] == [
        "@alice",
        "@bob@mastodon.social",
        "@carol.bsky.social",
    ]


def test_a_mention_inside_a_url_path_is_part_of_the_url() -> None:
    text = "https://medium.com/@alice/post"
    assert find_mentions(text) == []
    assert spans(find_entities(text)) == [("url", text)]


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Rentrée #été2025 !", ["#été2025"]),
        ("Combining #e\u0301te\u0301", ["#e\u0301te\u0301"]),
        ("Fullwidth ＃タグ", ["＃タグ"]),
        ("I code in C# and F#", []),
        ("https://a.com/#frag", []),
        ("Year #2025 only digits", []),
        ("HTML &#38; entity", []),
        ("Keycap #️⃣ emoji", []),
        ("#un #deux_3 #trois.", ["#un", "#deux_3", "#trois"]),
    ],
)
def test_hashtags(text: str, tags: list[str]) -> None:
    assert [e.text for e in find_hashtags(text)] == tags


def test_url_wins_over_the_hashtag_inside_it() -> None:
    text = "Lire https://exemple.fr/page#section puis #suite"
    assert spans(find_entities(text)) == [
        ("url", "https://exemple.fr/page#section"),
        ("hashtag", "#suite"),
    ]


def test_cashtags() -> None:
    assert [e.text for e in find_cashtags("$AAPL up, $BRK.A flat, $5 off, a$B")] == [
        "$AAPL",
        "$BRK.A",
    ]


def test_emoji_are_whole_grapheme_clusters() -> None:
    text = "Famille 👨\u200d👩\u200d👧, 👍🏽, 🇫🇷, 1️⃣ et 🙂\u200d🙃"
    assert [e.text for e in find_emoji(text)] == [
        "👨\u200d👩\u200d👧",
        "👍🏽",
        "🇫🇷",
        "1️⃣",
        "🙂\u200d🙃",  # not a listed sequence, still one grapheme: one entity
    ]


def test_text_style_symbols_are_not_emoji() -> None:
    assert find_emoji("© 2026 Marque® ™") == []
    assert [e.text for e in find_emoji("©\ufe0f")] == ["©\ufe0f"]


def _emoji_of_the_whole_text(text: str) -> list[Entity]:
    """What find_emoji gave before it read only the stretches that can hold an emoji and
    the grapheme clusters around each: the emoji package and the clusters over the whole
    text."""
    import bisect

    import emoji
    import regex

    from brandvoice.text.entities import _is_text_style_symbol

    clusters = [(m.start(), m.end()) for m in regex.finditer(r"\X", text)]
    starts = [start for start, _ in clusters]
    found: list[Entity] = []
    for match in emoji.emoji_list(text):
        if _is_text_style_symbol(match["emoji"], text, match["match_end"]):
            continue
        start = clusters[bisect.bisect_right(starts, match["match_start"]) - 1][0]
        end = clusters[bisect.bisect_left(starts, match["match_end"]) - 1][1]
        if found and found[-1].end > start:
            start = found.pop().start
        found.append(Entity("emoji", start, end, text[start:end]))
    return found


def test_emoji_sequences_start_with_the_only_ascii_they_hold() -> None:
    """What reading stretches of the text instead of all of it rests on."""
    from emoji import EMOJI_DATA

    for sequence in EMOJI_DATA:
        assert all(ord(char) > 0x7F for char in sequence[1:]), sequence
        assert ord(sequence[0]) > 0x7F or sequence[0] in "#*0123456789", sequence


@pytest.mark.parametrize(
    "text",
    [
        "Famille 👨\u200d👩\u200d👧, 👍🏽, 🇫🇷🇧🇪🇫, 1️⃣#️⃣ et 🙂\u200d🙃!",
        "a🏻 e\u0301🎉 x\r\n🎉\u200d🎉 é🇫🇷🇫 ١\u0600🎉 ©\ufe0f ™ 🏴\U000e0067\U000e0062\U000e007f",
        "🎉🎉🎉🎉 \u200d🎉 2026️⃣ *\ufe0f\u20e3 \U0001f1eb",
    ],
)
def test_emoji_as_on_the_whole_text(text: str) -> None:
    assert find_emoji(text) == _emoji_of_the_whole_text(text)


_PIECES = [*"a #1*\r\n\u200d\ufe0f\u20e3é\u0301©", "🎉", "🏽", "🇫", "🇷", "👨", "\u0600"]


@given(text=st.text(alphabet=st.sampled_from(_PIECES)))
def test_emoji_as_on_the_whole_text_of_any_mix(text: str) -> None:
    assert find_emoji(text) == _emoji_of_the_whole_text(text)


def test_entities_are_sorted_and_disjoint() -> None:
    text = "@a #b $C 😀 x.com d@e.fr #f"
    found = find_entities(text)
    assert [e.kind for e in found] == [
        "mention", "hashtag", "cashtag", "emoji", "url", "email", "hashtag"
    ]  # fmt: skip
    assert all(left.end <= right.start for left, right in pairwise(found))


@given(text=st.text(alphabet=st.characters(codec=None)))
def test_find_entities_never_raises_and_spans_match(text: str) -> None:
    found = find_entities(text)
    for entity in found:
        assert text[entity.start : entity.end] == entity.text
    assert all(left.end <= right.start for left, right in pairwise(found))


def test_sentence_start_after_marks_quotes_and_line_breaks() -> None:
    from brandvoice.text.segments import at_sentence_start

    text = "Bonjour. Marie arrive\nToulon vous attend: Venez chez Paul. « Demain »"
    for word, expected in [
        ("Bonjour", True),
        ("Marie", True),
        ("Toulon", True),  # after a line break
        ("Venez", True),  # after a colon
        ("Paul", False),
        ("arrive", False),
    ]:
        assert at_sentence_start(text, text.index(word)) is expected, word
