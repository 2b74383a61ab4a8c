"""French text as a list of words, the way the address rewrite needs to see it.

spaCy's tokens do not fit the job: ``fr_core_news_sm`` splits "Amuse-toi" into three
tokens but keeps "pouvez-vous" as "pouvez" + "-vous", and merges "s'il" differently from
"n'hésitez". Here every word is letters only, an elided word keeps its apostrophe ("n'",
"t'", "qu'"), and a word knows whether a hyphen joins it to the one before ("-vous",
"-toi", "-y"), which is what tells an inversion or an imperative's clitic apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_WORD = regex.compile(r"\p{L}+(?:['’](?=\p{L}))?|[^\s\p{L}]")


@dataclass(frozen=True, slots=True)
class Word:
    index: int
    text: str
    start: int
    end: int
    lower: str
    hyphened: bool  # joined to the previous word by a hyphen: the "vous" of "pouvez-vous"
    sentence: int  # the index of its sentence

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def elided(self) -> bool:
        return self.text.endswith(("'", "’"))

    @property
    def bare(self) -> str:
        """The word without its elision mark: "t'" -> "t", "qu'" -> "qu"."""
        return self.lower.rstrip("'’")


_SENTENCE_END = frozenset({".", "!", "?", "…"})


def split_words(text: str) -> list[Word]:
    """The words and punctuation marks of ``text``, hyphens folded into the next word."""
    words: list[Word] = []
    sentence = 0
    pending_hyphen = False
    for match in _WORD.finditer(text):
        piece = match[0]
        if piece == "-" and words and words[-1].end == match.start():
            pending_hyphen = True
            continue
        hyphened = pending_hyphen and piece[0].isalpha()
        pending_hyphen = False
        words.append(
            Word(
                index=len(words),
                text=piece,
                start=match.start(),
                end=match.end(),
                lower=piece.lower(),
                hyphened=hyphened,
                sentence=sentence,
            )
        )
        if piece in _SENTENCE_END:
            sentence += 1
    return words


def sentence_ends_with_question(words: list[Word], word: Word) -> bool:
    """Whether the sentence of ``word`` ends with a question mark."""
    for following in words[word.index :]:
        if following.sentence != word.sentence:
            break
        if following.text in _SENTENCE_END:
            return following.text == "?"
    return False


def match_case(replacement: str, original: str) -> str:
    """``replacement`` written in the case of ``original`` ("Vous" -> "Tu", "VOUS" -> "TU")."""
    letters = original.rstrip("'’")
    if len(letters) > 1 and letters.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
