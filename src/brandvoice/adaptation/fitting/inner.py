"""Cuts inside a sentence that leave a sentence: what fit-length tries on a sentence that
says a key fact before it lets the sentence go whole.

Dropping whole sentences, least important first, can leave the most important one out
while lesser ones come back into the room it left: "And we've put together a free planting
calendar for local gardens: what to sow each month, which natives cope with our sandy soil,
and how much to water once the rains start." is the post's news, and too long to come back.
Without its list it fits. Each cut here keeps the words before it and the sentence's final
stop, starts outside any quotation or brackets, and holds no fact, link, tag, name or
other protected span:

- the list or explanation after a colon, to the end of the sentence, when at least
  :data:`MIN_WORDS` words stand before the colon ("…for local gardens." but never
  "Au menu.") and they hold a verb: before a label ("Nouveau sur Covoit'Rade : le trajet
  domicile-travail partagé…") the part after the colon is the news itself;
- a trailing clause after a comma and a relative word, or a connective and its own
  subject (", which opened in 1998", ", et on vous attend nombreux"), or what it adds on
  top (", plus health insurance and a tool allowance", « , ainsi que … »), the same words
  before;
- an aside in brackets ("(React, Vue, accessibilité RGAA)");
- an afterthought after a semicolon, to the end of the sentence ("…for a full refund; no
  receipt needed."), the same words before;
- a closing clause coordinated on "and" with its own subject, with no comma before it
  ("email billing@… with the date and amount and we'll sort it straight away"): what the
  brand will then do, after what the reader is told to do;
- a closing "with the …" / "avec votre …" tail, to the end of the sentence ("email
  billing@… with the date and amount"): the detail of how, after the how itself. Only
  when it depends on the verb (read on the sentence's parse): "a meeting with the local
  producers" is what the meeting is, and "a meeting." says nothing.

Whether a cut is worth it is fit-length's question: it keeps a cut only when the fitted
post then says more of the message's key facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.transform import parse
from brandvoice.lang import Lang
from brandvoice.text.pairs import open_marks
from brandvoice.text.protect import ProtectedSpans

# Words a sentence keeps before a cut: fewer read as a stub ("Au menu.").
MIN_WORDS = 4

_SPACE = r"[\s\u00a0\u202f]"
_STOP = r"(?=[.!?…])"
# What may follow a cut to the end of its sentence: the final stop (an emoji after it).
_SENTENCE_END = regex.compile(r"[\s\u00a0\u202f]*[.!?…]+[^\p{L}\p{N}]*")
_AFTER_COLON = regex.compile(rf"{_SPACE}*:{_SPACE}+[^.!?…\n:;()]+{_STOP}")
# A relative or causal word opens a clause; "and" opens one only with its own subject:
# ", and the return of the cider donuts" is the last item of a list, and cutting it would
# leave the list without its "and".
_CONNECTIVE = (
    r"which|who|whose|where|because|qui|dont|où|car|parce|puisque|"
    # What is added on top ("…, plus health insurance and a tool allowance"): a detail.
    rf"plus{_SPACE}+(?!de\b|d['’])|as{_SPACE}+well{_SPACE}+as|along{_SPACE}+with|"
    rf"ainsi{_SPACE}+que|"
    rf"(?:and|but|so|et|mais|donc){_SPACE}+"
    r"(?:we|they|it|he|she|you|i|there|on|nous|ils|elles|il|elle|vous|je|tu|c['’]est)"
)
_TRAILING_CLAUSE = regex.compile(
    rf",{_SPACE}+(?:{_CONNECTIVE})\b[^.!?…\n:;()]+{_STOP}", regex.IGNORECASE
)
_SUBJECT = (
    r"(?:we|they|it|he|she|you|i|there|on|nous|ils|elles|il|elle|vous|je|tu)"
    r"(?:['’](?:ll|re|ve|d|s))?(?![\p{L}'’])"
)
# Without a comma, "and" opens a clause only before its own subject: "the date and amount"
# is a list, "and we'll sort it" a clause.
_COORDINATED_CLAUSE = regex.compile(
    rf"{_SPACE}+(?:and|et){_SPACE}+{_SUBJECT}[^.!?…\n:;(),]+{_STOP}", regex.IGNORECASE
)
# A tail opening on "with"/"avec" and a determiner ("with the date and amount", "avec
# votre ticket"): how to do what the sentence says, not what to do.
# Its comma goes with it: "…au 25 boulevard de Strasbourg, avec une salle…" must not
# leave "…de Strasbourg,.".
_WITH_TAIL = regex.compile(
    rf",?{_SPACE}+(?:with|avec){_SPACE}+"
    r"(?:the|your|a|an|le|la|les|l['’]|votre|vos|un|une)(?![\p{L}])"
    rf"[^.!?…\n:;()]+{_STOP}",
    regex.IGNORECASE,
)
_AFTER_SEMICOLON = regex.compile(rf"{_SPACE}*;{_SPACE}+[^.!?…\n:;()]+{_STOP}")
_ASIDE = regex.compile(rf"{_SPACE}+\([^()\n]{{1,80}}\)(?={_SPACE}|[.,!?…])")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_VERBS = frozenset({"VERB", "AUX"})


def _of_the_verb(text: str, match: regex.Match[str], lang: Lang) -> bool:
    """Whether the "with"/"avec" opening ``match`` says how the verb is done ("email … with
    the date", "rapportez le pot … avec votre ticket"), not what a noun is ("a meeting
    with the producers")."""
    at = match.start() + len(match.group()) - len(match.group().lstrip(", \u00a0\u202f\t"))
    for token in parse(lang, text):
        if token.idx == at:
            # English hangs "with" on what it qualifies; French hangs "avec" on its noun
            # ("case"), which hangs on what it qualifies.
            governor = token.head.head if token.dep_ == "case" else token.head
            return governor.pos_ in _VERBS and governor.i != token.i
    return False


def _has_verb(text: str, start: int, end: int, lang: Lang) -> bool:
    """Whether ``text[start:end]`` holds a verb (on the whole text's parse): a clause, not a
    label such as "Nouveau sur Covoit'Rade"."""
    return any(start <= token.idx < end and token.pos_ in _VERBS for token in parse(lang, text))


@dataclass(frozen=True, slots=True)
class InnerCut:
    start: int
    end: int
    what: str  # said in the change log: "the list after its colon"
    # What stands in the cut's place: the capital of the word after "Please" it took.
    replacement: str = ""


def inner_cuts(
    text: str, start: int, end: int, no_cut: ProtectedSpans, lang: Lang | None = None
) -> list[InnerCut]:
    """The cuts inside the sentence ``text[start:end]`` that leave a sentence, the longest
    first (the one most likely to make room). The "with" tail and the part after a colon
    need the parse: only with ``lang``."""
    found: list[InnerCut] = []
    kinds = (
        (_AFTER_COLON, "the part after its colon"),
        (_TRAILING_CLAUSE, "its closing clause"),
        (_ASIDE, "its aside in brackets"),
        (_AFTER_SEMICOLON, "the part after its semicolon"),
        (_COORDINATED_CLAUSE, "its closing clause"),
        (_WITH_TAIL, "its closing “with” detail"),
    )
    for pattern, what in kinds:
        for match in pattern.finditer(text, start, end):
            cut_start = match.start()
            # The space before a French "!" stays with it.
            cut_end = cut_start + len(match.group().rstrip(" \u00a0\u202f"))
            if no_cut.overlaps(cut_start, cut_end):
                continue
            if open_marks(text[start:cut_start]):
                continue  # inside a quotation or brackets: the cut would leave « open
            if pattern is not _ASIDE and not _SENTENCE_END.fullmatch(text, cut_end, end):
                continue  # it runs to a stop inside the sentence, not to its end
            if len(_WORD.findall(text, start, cut_start)) < MIN_WORDS:
                continue
            if pattern is _WITH_TAIL and (lang is None or not _of_the_verb(text, match, lang)):
                continue
            if pattern is _AFTER_COLON and (
                lang is None or not _has_verb(text, start, cut_start, lang)
            ):
                continue  # after a label ("Nouveau sur Covoit'Rade :"), the news itself
            found.append(InnerCut(cut_start, cut_end, what))
    return sorted(found, key=lambda cut: cut.start - cut.end)
