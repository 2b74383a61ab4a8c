"""The hook of a rendered variant: its first sentence, and that sentence's words with lemmas.

Parsing every variant's first line would cost a spaCy run per variant; the hook comes from
the master, which is parsed once for all of them (and cached), so its words take their
lemmas from the master's parse. A word the master does not have (a BODY transform put it
there) is matched as written.

A word counts in its sense: a verb's lemma only names a topic's verbs (see ``topics.py``),
and of a name of several capitalised words only its head says what the thing is
("Seaside Family Dental" is a dental practice, not a beach nor a family; « La Plage des
Pins » is a beach club).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.decorate.topics import name_keywords
from brandvoice.adaptation.transform import parse
from brandvoice.lang import Lang
from brandvoice.text.entities import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    # (word as written, lemma); a verb's lemma is in ``verbs`` instead, a name's
    # modifiers are left out.
    words: tuple[tuple[str, str], ...]
    verbs: tuple[str, ...] = ()


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
    reading = _reading(lang, master or line)
    found = [
        m.group()
        for m in _WORD.finditer(line, 0, end)
        if not any(e.start <= m.start() < e.end for e in entities)
    ]
    if not found:
        return None
    words, verbs = [], []
    for word in found:
        if word in reading.modifiers:
            continue
        lemma = reading.lemmas.get(word.casefold(), word)
        if word.casefold() in reading.verbs:
            verbs.append(lemma)
            lemma = word
        words.append((word, lemma))
    return Hook(end, tuple(words), tuple(verbs))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the master's parse says of its words: each one's lemma (case-folded word ->
    lemma), the words it reads as verbs, the modifiers of its names (as written)."""

    lemmas: dict[str, str]
    verbs: frozenset[str]
    modifiers: frozenset[str]


@lru_cache(maxsize=64)
def _reading(lang: Lang, text: str) -> Reading:
    doc = parse(lang, text)
    return Reading(
        {token.text.casefold(): token.lemma_ for token in doc if token.is_alpha},
        frozenset(t.text.casefold() for t in doc if t.is_alpha and t.pos_ in ("VERB", "AUX")),
        frozenset(doc[i].text for i in name_modifiers(doc, lang)),
    )


def name_modifiers(doc: Doc, lang: str) -> list[int]:
    """The tokens of ``doc`` that modify the head of a name of several capitalised words:
    all but the last in English ("Seaside Family Dental"), all but the first noun in
    French (« La Plage des Pins »: "Pins"). Such a word says which business, not what it is."""
    found: list[int] = []
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and _name_word(token) and (not run or _glued(doc, run[-1])):
            run.append(token.i)
            continue
        if len(run) > 1:
            heads = [i for i in run if doc[i].pos_ != "DET"]
            head = heads[-1] if lang == "en" else heads[0] if heads else run[0]
            # A holiday keeps its sense: "Christmas Market" is Christmas's.
            holidays = name_keywords(lang)
            found += [
                i
                for i in run
                if i != head
                and doc[i].ent_type_ not in _SEASONS
                and doc[i].lower_ not in holidays
                and doc[i].lemma_.casefold() not in holidays
            ]
        run = [token.i] if token is not None and _name_word(token) else []
    return found


_SEASONS = frozenset({"DATE", "EVENT"})


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper()


def _glued(doc: Doc, i: int) -> bool:
    """Whether the word after ``doc[i]`` follows it in the same phrase (one space)."""
    return doc[i].whitespace_ == " "
