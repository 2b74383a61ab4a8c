"""The hook of a rendered variant: its first sentence, and that sentence's words with lemmas.

Parsing every variant's first line would cost a spaCy run per variant; the hook comes from
the master, which is parsed once for all of them (and cached), so its words take their
lemmas from the master's parse. A word the master does not have (a BODY transform put it
there) is matched as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.lang import Lang
from brandvoice.text.entities import Entity

_SPACES = " \t\u00a0\u202f"
# A sentence ends at . ! ? … before a space and a capital, a digit or an opening quote.
_SENTENCE_END = regex.compile(r"[.!?…]+(?=[ \u00a0\u202f]+[\p{Lu}\p{N}«“\"])")
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*")
# "M. Dupont", "St. Ives": a full stop after a short word is an abbreviation's; after a
# number, the short word is a unit ("dès 8 h. Les tailles…", "40 km. Then…") and the stop
# ends the sentence.
_SHORT_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?<!\d[ \u00a0\u202f]?)[\p{L}\p{M}]{1,2}$")


@dataclass(frozen=True, slots=True)
class Hook:
    end: int  # where the first sentence of the first line ends
    words: tuple[tuple[str, str], ...]  # (word as written, lemma)


def find_hook(text: str, lang: Lang, master: str, entities: Sequence[Entity]) -> Hook | None:
    """The first sentence of ``text``'s first line; None when that line has no words.
    Words inside ``entities`` (URLs, hashtags, mentions) are not the hook's words."""
    line_end = text.find("\n")
    line = text[: len(text) if line_end < 0 else line_end].rstrip(_SPACES)
    end = len(line)
    for match in _SENTENCE_END.finditer(line):
        if any(e.start < match.start() < e.end for e in entities):
            continue
        if match.group() == "." and _SHORT_WORD_BEFORE.search(line, 0, match.start()):
            continue
        end = match.end()
        break
    lemmas = _lemmas(lang, master or line)
    words = tuple(
        (m.group(), lemmas.get(m.group().casefold(), m.group()))
        for m in _WORD.finditer(line, 0, end)
        if not any(e.start <= m.start() < e.end for e in entities)
    )
    return Hook(end, words) if words else None


@lru_cache(maxsize=64)
def _lemmas(lang: Lang, text: str) -> dict[str, str]:
    """Each word of ``text`` (case-folded) and its lemma, from the cached parse."""
    return {token.text.casefold(): token.lemma_ for token in parse(lang, text) if token.is_alpha}
