"""A post's master message as the adaptation gets it: read, with the post's overrides."""

from __future__ import annotations

import hashlib

from brandvoice.text.entities import find_hashtags, find_urls


def derived_id(master: str) -> str:
    """A stable id from the text: the same master always gets the same id."""
    return "p-" + hashlib.sha256(master.strip().encode("utf-8")).hexdigest()[:10]


def with_overrides(master: str, *, hashtags: list[str] | None, link: str | None) -> str:
    """``master`` with its link and trailing hashtags replaced by the post's own.

    The adaptation takes the master's first link as the post's link and a block of
    hashtags ending it as its hashtags, so overriding them is editing the master.
    """
    text = master.strip()
    if link is not None:
        urls = find_urls(text)
        text = text[: urls[0].start] + link + text[urls[0].end :] if urls else f"{text}\n{link}"
    if hashtags is not None:
        text = _without_trailing_hashtags(text)
        if hashtags:
            text = f"{text}\n\n{' '.join(hashtags)}"
    return text


def _without_trailing_hashtags(text: str) -> str:
    end = len(text.rstrip())
    for tag in reversed(find_hashtags(text)):
        if text[tag.end : end].strip():
            break
        end = tag.start
    return text[:end].rstrip()
