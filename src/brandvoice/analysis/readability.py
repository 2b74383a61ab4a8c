"""Reading ease and grade level, from textstat (0.7.8: offline, French formulas included).

- ``reading_ease``: Flesch Reading Ease; for French, textstat's French constants
  (Kandel & Moles 1958: 207 - 1.015 words/sentence - 73.6 syllables/word, syllables by the
  French Pyphen hyphenation dictionary). Higher is easier; 60-70 is plain prose.
- ``grade``: Flesch-Kincaid grade level (US school years). Its constants are English; fed
  French syllable counts it overrates French, whose words have more syllables for the same
  difficulty. For French we therefore scale syllables per word by Kandel & Moles's own
  French/English ratio (73.6 / 84.6), which is how they adapted Flesch's ease to French:
  ``0.39 * words/sentence + 11.8 * (73.6 / 84.6) * syllables/word - 15.59``.

A line of a post ends its sentence, stop or none, as the syntax measures count it
(``syntax.py``): a title ("Record year"), a list item ("– 4,812 bikes fixed"), a practical
line ("📅 samedi 4 avril, dès 10 h"). textstat counts sentences by their stops alone, and
would read a list of five short items, or a title and the sentence under it, as one long
sentence.

URLs, e-mail addresses and emoji are left out of the count: "https://ex.com/a/b" is no
word of fourteen syllables. textstat keeps the language in module-level state
(``textstat.set_lang``); a lock keeps concurrent French and English calls apart.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import regex
import textstat

from brandvoice.analysis.syllables import install as _install_syllables
from brandvoice.text.entities import EMAIL, EMOJI, URL, Entity

_install_syllables()

_TEXTSTAT_LOCK = threading.Lock()
_KANDEL_MOLES_SYLLABLE_RATIO = 73.6 / 84.6


def readability(text: str, lang: str, entities: Sequence[Entity] = ()) -> dict[str, float | None]:
    """``reading_ease`` and ``grade`` of ``text``; both None when it holds no word."""
    prose = _lines_ended(_without(text, [e for e in entities if e.kind in (URL, EMAIL, EMOJI)]))
    with _TEXTSTAT_LOCK:
        textstat.set_lang(lang)
        words = textstat.lexicon_count(prose)
        if not words:
            return {"reading_ease": None, "grade": None}
        ease = textstat.flesch_reading_ease(prose)
        if lang == "fr":
            per_sentence = textstat.words_per_sentence(prose)
            syllables = textstat.avg_syllables_per_word(prose)
            grade = 0.39 * per_sentence + 11.8 * _KANDEL_MOLES_SYLLABLE_RATIO * syllables - 15.59
        else:
            grade = textstat.flesch_kincaid_grade(prose)
    return {"reading_ease": round(float(ease), 2), "grade": round(float(grade), 2)}


# A line that ends on no stop: its last character, before the line's end.
_OPEN_LINE_END = regex.compile(r"(?m)^([^\n]*[^\n.!?…:;\s])[ \t]*$")


def _lines_ended(text: str) -> str:
    """``text`` with a stop after each line that has none (the same text but for the
    stops: only the counts are read)."""
    return str(_OPEN_LINE_END.sub(r"\1.", text))


def _without(text: str, entities: Sequence[Entity]) -> str:
    if not entities:
        return text
    pieces = []
    position = 0
    for entity in entities:
        pieces.append(text[position : entity.start])
        position = entity.end
    pieces.append(text[position:])
    return " ".join(pieces)
