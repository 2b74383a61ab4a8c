"""Where a long sentence can give its cause a sentence of its own: the cause a noun phrase
after « à cause de » / « en raison de » ("because of", "due to", "owing to"), said after
what it caused as « En cause : … » / "The cause: …", the way a post states it:

- at the sentence's end, after a comma: « Une partie des coffrets sont partis sans leur
  carte, à cause d'un bug de notre imprimante. » → « … sans leur carte. En cause : un bug de
  notre imprimante. »;
- at its start, before a comma and a clause: « À cause du mouvement social qui touche notre
  transporteur, les colis expédiés depuis lundi subissent des retards. » → « Les colis
  expédiés depuis lundi subissent des retards. En cause : le mouvement social qui touche
  notre transporteur. »: the news first, then why.

French's « de » goes with the article it was merged into (« du » → « le », « des » →
« les », « d'un » → « un », « de notre » → « notre »); a noun with no article (« à cause
de travaux ») keeps its sentence, whose article the cut could not choose. The words that
stay a sentence must be a clause of their own, a subject and a conjugated verb heading
them (parsed alone: the small models read « À cause » as the root of the whole sentence);
"due to" before a verb ("due to open in May") is no cause.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.realise.colon import _clause
from brandvoice.adaptation.transform import parse
from brandvoice.text.pairs import open_marks

# The words that open a cause, and the French « de » merged with its article, by language.
_INTRO = {
    "fr": regex.compile(
        r"(?:à\s+cause|en\s+raison)\s+(?P<de>du|des|de\s+(?=la\s|l['’])|d['’](?=une?\s)|"
        r"de\s+(?=(?:notre|nos|votre|vos|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes)\s))",
        regex.IGNORECASE,
    ),
    "en": regex.compile(r"(?:because\s+of|due\s+to|owing\s+to)\s+(?P<de>)", regex.IGNORECASE),
}
# What the merged « de » leaves of its article once the cause stands alone.
_ARTICLE = {"du": "le", "des": "les"}  # the space after « du » stays in the text
_LEAD = {"fr": "En cause\u00a0: ", "en": "The cause: "}
MIN_WORDS = 4  # the clause that stays keeps at least this many words
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_END = regex.compile(r"[\s.!?…]*$")


@dataclass(frozen=True, slots=True)
class CauseCut:
    """``text[start:end]`` becomes ``lead`` (the comma and the cause's opening words, or the
    words before the clause, its first letter capitalised) and ``tail`` (the cause that
    opened the sentence) is written at ``tail_at``, before the sentence's final stop."""

    start: int
    end: int
    lead: str
    tail_at: int
    tail: str


def cause_cut(text: str, start: int, end: int, lang: str) -> CauseCut | None:
    """The cut of the sentence ``text[start:end]`` that gives its cause a sentence of its
    own (see the module docstring); None when there is none."""
    intro = _INTRO.get(lang)
    if intro is None:
        return None
    stop = _END.search(text[start:end])
    body_end = end - (len(stop.group()) if stop else 0)
    for found in intro.finditer(text, start, body_end):
        if open_marks(text[start : found.start()]):
            continue
        if found.group("de") == "" and lang == "en" and _verb_follows(text, found.end()):
            continue
        article = _ARTICLE.get(found.group("de").strip().lower(), "")
        before = text[start : found.start()].rstrip()
        if before.endswith(",") and not regex.search(r"[,;:]", text[found.end() : body_end]):
            return _trailing(text, start, found, body_end, before, article, lang)
        if found.start() == start:
            return _fronted(text, start, found, body_end, article, lang)
    return None


def _trailing(
    text: str,
    start: int,
    found: regex.Match[str],
    body_end: int,
    before: str,
    article: str,
    lang: str,
) -> CauseCut | None:
    comma = start + len(before) - 1
    if not _stays_a_clause(text[start:comma], lang):
        return None
    cause = text[found.end() : body_end]
    if len(_WORD.findall(cause)) < 2:
        return None
    return CauseCut(comma, found.end(), ". " + _LEAD[lang] + article, body_end, "")


def _fronted(
    text: str, start: int, found: regex.Match[str], body_end: int, article: str, lang: str
) -> CauseCut | None:
    comma = text.find(",", found.end(), body_end)
    if comma < 0 or open_marks(text[found.end() : comma]):
        return None
    clause_start = comma + 1
    while clause_start < body_end and text[clause_start].isspace():
        clause_start += 1
    clause = text[clause_start:body_end]
    if not _stays_a_clause(clause, lang) or not clause[:1].isalpha():
        return None
    cause = text[found.end() : comma]
    if len(_WORD.findall(cause)) < 2:
        return None
    first = clause[:1]
    lead, cut_end = ("", clause_start) if first.isupper() else (first.upper(), clause_start + 1)
    tail = ". " + _LEAD[lang] + article + cause
    return CauseCut(start, cut_end, lead, body_end, tail)


def _stays_a_clause(words: str, lang: str) -> bool:
    if len(_WORD.findall(words)) < MIN_WORDS:
        return False
    tokens = [t for t in parse(lang, words.strip()) if not t.is_space and t.text != "."]
    return bool(tokens) and _clause(tokens)


def _verb_follows(text: str, offset: int) -> bool:
    """Whether "due to" is followed by a verb ("due to open in May"): an infinitive."""
    following = _WORD.match(text, offset)
    if following is None:
        return True
    doc = parse("en", text[offset : offset + 40])
    return len(doc) > 0 and doc[0].pos_ in ("VERB", "AUX")
