"""Surface markers of register, found on the text itself without a parser.

Contractions, listed informal and formal words, emoji, "!", shouting in capitals, lower-case
sentence starts and first/second-person pronouns are all visible in the characters, so
they are found with patterns whose spans are code points of the text as given. Nothing is
counted inside a URL, an e-mail address, a mention, a hashtag or a cashtag: ``#LOL`` or
``@TheGuys`` is a name, not the author's register.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from brandvoice.analysis import lexicon
from brandvoice.analysis.model import (
    CAPS,
    CONTRACTION,
    EMOJI,
    EXCLAMATION,
    FIRST_PERSON,
    FORMAL,
    INFORMAL,
    LOWERCASE,
    SECOND_PERSON,
    Hit,
)
from brandvoice.text.entities import EMOJI as EMOJI_ENTITY
from brandvoice.text.entities import Entity
from brandvoice.text.protect import ProtectedSpans

_L = r"[\p{L}\p{M}\p{N}_]"  # a word character, for the boundaries below
_APOSTROPHE = "['’]"

# --- English -------------------------------------------------------------------------------

# "'s" is a contraction only after a pronoun or a wh-word ("it's", "what's"): after a noun
# it is a possessive ("the brand's"). The apostrophe-less forms ("dont", "im") are the same
# contractions typed casually.
_EN_CONTRACTION = regex.compile(
    rf"(?<!{_L})(?:"
    rf"\p{{L}}+n{_APOSTROPHE}t"
    rf"|\p{{L}}+{_APOSTROPHE}(?:re|ve|ll|d|m)"
    rf"|(?:it|that|there|here|what|who|where|how|when|why|he|she|let|everyone|nobody|"
    rf"someone|something|nothing){_APOSTROPHE}s"
    rf"|{_APOSTROPHE}(?:em|cause|til|bout)"
    r"|(?:dont|doesnt|didnt|cant|couldnt|shouldnt|wouldnt|isnt|wasnt|arent|werent|havent|"
    r"hasnt|im|ive|youre|theyre)"
    rf")(?!{_L})",
    regex.IGNORECASE,
)
_EN_FIRST_PERSON = regex.compile(
    rf"(?<!{_L}|{_APOSTROPHE})(?:i|me|my|mine|myself|we|us|our|ours|ourselves)(?!{_L})",
    regex.IGNORECASE,
)
_EN_SECOND_PERSON = regex.compile(
    rf"(?<!{_L}|{_APOSTROPHE})(?:you|your|yours|yourself|yourselves|y{_APOSTROPHE}all)(?!{_L})",
    regex.IGNORECASE,
)
# "i" for "I" is the casual typing the corpora of informal English are full of.
_EN_LOWERCASE_I = regex.compile(rf"(?<!{_L}|{_APOSTROPHE}|\.)i(?!{_L}|\.)")

# --- French --------------------------------------------------------------------------------

_CONSONANT = "[bcdfgjklmnpqrstvwxzçBCDFGJKLMNPQRSTVWXZÇ]"
# Standard French elides "je" and "te" only before a vowel or a mute h: "j'suis", "t'sais"
# drop a vowel the written language keeps. "t'as", "t'es" stand for "tu as", "tu es";
# "y'a" for "il y a"; the rest are spoken forms written down.
_FR_CONTRACTION = regex.compile(
    rf"(?<!{_L}|{_APOSTROPHE})(?:"
    rf"[jJtT]{_APOSTROPHE}(?={_CONSONANT})\p{{L}}+"
    rf"|[tT]{_APOSTROPHE}(?:as|es|étais|avais|auras|aurais)(?!{_L})"
    rf"|[yY]{_APOSTROPHE}(?:a|avait|aura|en)(?!{_L})"
    # « chais » is spoken « je sais » only before « pas »: « les chais » are wine cellars.
    rf"|(?i:chais(?=\s+pas(?!{_L})))"
    rf"|(?i:p{_APOSTROPHE}tite?s?|chuis|m{_APOSTROPHE}sieur|v{_APOSTROPHE}là|"
    rf"d{_APOSTROPHE}ac|p{_APOSTROPHE}t{_APOSTROPHE}être|ptêt|ptet)(?!{_L})"
    # "y a" and "faut" without their "il" ("y a du monde", "faut voir").
    rf"|(?<!(?i:il)\s+(?:(?i:ne)\s+|n{_APOSTROPHE})?)(?i:y\s+a(?!-t-)|faut)(?!{_L})"
    rf")"
)
# "pas" without the "ne" of written French ("c'est pas grave"): the "ne" must be among the
# few words before it, in the same sentence. "pourquoi pas", "ou pas" and "pas du tout"
# are standard without it.
_FR_PAS = regex.compile(rf"(?<!{_L})(?i:pas)(?!{_L}|\s+du\s+tout)")
_FR_NE = regex.compile(rf"(?<!{_L})(?i:ne(?!{_L})|n{_APOSTROPHE})")
_FR_PAS_STANDARD_BEFORE = regex.compile(r"(?i:pourquoi|non|ou|si)\s+$")
_SENTENCE_END = regex.compile(r"[.!?…\n]")
_FR_FIRST_PERSON = regex.compile(
    rf"(?<!{_L}|{_APOSTROPHE})(?i:je|j{_APOSTROPHE}|me|m{_APOSTROPHE}|moi|mon|ma|mes|nous|"
    rf"notre|nos|nôtre|nôtres)(?:(?<={_APOSTROPHE})|(?!{_L}))"
)

# --- Both languages ----------------------------------------------------------------------------

_EXCLAMATIONS = regex.compile(r"[!！]+")
_CAPS_WORD = regex.compile(rf"(?<!{_L})\p{{Lu}}{{3,}}(?!{_L})")
_ROMAN_NUMERAL = regex.compile(r"[IVXLCDM]+")
# A sentence's first letter, after opening quotes, brackets, dashes or bullets.
_FIRST_LETTER = regex.compile(r"[^\p{L}\p{N}]*(\p{L})")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


def surface_hits(
    text: str, lang: str, entities: Sequence[Entity], sentences: Iterable[tuple[int, int]]
) -> list[Hit]:
    """Every surface marker of ``text``, outside ``entities`` (URLs, mentions...), plus the
    emoji among those entities. ``sentences`` are the (start, end) offsets of sentences."""
    protected = ProtectedSpans((e.start, e.end) for e in entities if e.kind != EMOJI_ENTITY)
    hits = [Hit(EMOJI, e.start, e.end) for e in entities if e.kind == EMOJI_ENTITY]
    found: list[Hit] = []
    found += _matches(CONTRACTION, _EN_CONTRACTION if lang == "en" else _FR_CONTRACTION, text)
    found += _matches(INFORMAL, lexicon.phrase_matcher(f"informal-{lang}.txt"), text)
    found += _matches(FORMAL, lexicon.phrase_matcher(f"formal-{lang}.txt"), text)
    found += _matches(EXCLAMATION, _EXCLAMATIONS, text)
    found += _caps_words(text)
    found += _lowercase_starts(text, sentences)
    if lang == "en":
        found += _matches(FIRST_PERSON, _EN_FIRST_PERSON, text)
        found += _matches(SECOND_PERSON, _EN_SECOND_PERSON, text)
        found += _matches(LOWERCASE, _EN_LOWERCASE_I, text)
    else:
        found += _matches(FIRST_PERSON, _FR_FIRST_PERSON, text)
        found += _missing_ne(text)
    hits += [hit for hit in found if not protected.overlaps(hit.start, hit.end)]
    return sorted(set(hits), key=lambda h: (h.start, h.end, h.kind))


def _matches(kind: str, pattern: regex.Pattern[str], text: str) -> list[Hit]:
    return [Hit(kind, m.start(), m.end()) for m in pattern.finditer(text)]


def _caps_words(text: str) -> list[Hit]:
    known = lexicon.acronyms()
    return [
        Hit(CAPS, m.start(), m.end())
        for m in _CAPS_WORD.finditer(text)
        if m.group() not in known and not _ROMAN_NUMERAL.fullmatch(m.group())
    ]


def _lowercase_starts(text: str, sentences: Iterable[tuple[int, int]]) -> list[Hit]:
    hits = []
    for start, end in sentences:
        match = _FIRST_LETTER.match(text, start, end)
        # A word with capitals further in ("iPhone", "eBay") is spelled that way: the
        # sentence did start properly.
        if match and match.group(1).islower() and not _is_mixed_case_word(text, match.start(1)):
            hits.append(Hit(LOWERCASE, match.start(1), match.end(1)))
    return hits


def _is_mixed_case_word(text: str, start: int) -> bool:
    word = _WORD.match(text, start)
    return word is not None and any(c.isupper() for c in word.group())


def _missing_ne(text: str) -> list[Hit]:
    hits = []
    for m in _FR_PAS.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        ends = [end.end() for end in _SENTENCE_END.finditer(before)]
        if ends:
            before = before[ends[-1] :]
        if _FR_PAS_STANDARD_BEFORE.search(before):
            continue
        if not _FR_NE.search(before):
            hits.append(Hit(INFORMAL, m.start(), m.end()))
    return hits
