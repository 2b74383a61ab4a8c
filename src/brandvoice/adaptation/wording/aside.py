"""Where a long sentence can give its closing aside a sentence of its own: a remark in
brackets at the sentence's end that is a clause ("…the old key-cutting shop (yes, we kept
the sign)." → "…the old key-cutting shop. (Yes, we kept the sign.)"; « …avec la carte
d'automne (et des cèpes, si la météo est avec nous). » → « …avec la carte d'automne. (Et
des cèpes, si la météo est avec nous.) »), the way an editor sets a remark apart.

Only a remark that says something of its own: a conjugated verb with its subject inside
the brackets. A list or a label in brackets ("(gears, brakes, chain)", « (React, Vue) »,
"(spoiler: not Reels)") belongs to the word before it and stays. The sentence before the
brackets keeps at least :data:`MIN_WORDS` words; the remark opens on a lowercase letter
that takes a capital (or on a capital already), and nothing follows the brackets but the
sentence's stop.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.adaptation.wording.list_colon import finite

MIN_WORDS = 4
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# The remark in brackets that ends a sentence, and the stop after it.
_CLOSING_ASIDE = regex.compile(r"[ \u00a0]\((?P<aside>[^()]+)\)(?P<stop>[.!]?)[ \u00a0]*$")


@dataclass(frozen=True, slots=True)
class AsideCut:
    """``text[open_start:open_end]`` becomes ``opening`` (". (" and the remark's first
    letter) and ``text[close_start:close_end]`` becomes ``closing`` (".)" or "!)")."""

    open_start: int
    open_end: int
    opening: str
    close_start: int
    close_end: int
    closing: str


def aside_cut(text: str, start: int, end: int, lang: str) -> AsideCut | None:
    """The cut of the sentence ``text[start:end]`` before its closing aside (see the module
    docstring); None when there is none."""
    found = _CLOSING_ASIDE.search(text, start, end)
    if found is None:
        return None
    aside = found.group("aside")
    if len(_WORD.findall(text[start : found.start()])) < MIN_WORDS:
        return None
    first = aside[:1]
    if not first.isalpha() or len(_WORD.findall(aside)) < 3:
        return None
    if not _says_something(aside.strip(), lang):
        return None
    stop = found.group("stop") or "."
    open_start = found.start()
    open_end = found.start("aside") + 1
    closing_start = found.end("aside")
    return AsideCut(
        open_start,
        open_end,
        f"{stop} ({first.upper()}",
        closing_start,
        found.end("stop"),
        f"{stop})",
    )


def _says_something(aside: str, lang: str) -> bool:
    """Whether the remark holds a clause: a conjugated verb with its own subject."""
    tokens = [t for t in parse(lang, aside) if not t.is_space]
    return any(
        finite(t) and any(c.dep_.startswith(("nsubj", "expl")) for c in t.children) for t in tokens
    )
