"""English contractions, as the voice's ``contractions`` setting asks.

- "prefer": the unambiguous pairs are contracted: "we are" → "we're", "do not" → "don't",
  "cannot" → "can't", "we have opened" → "we've opened". A subject and its verb are only
  contracted when a word follows ("Here we are." and "that is, ..." stay: a contraction
  cannot end a clause), and "have"/"has" only before a past participle ("we have a shop"
  stays). "let us" is never contracted: "Let us know" is no "let's". "NOT" in capitals is
  an emphasis and stays.
- "avoid": every contraction is written in full: "don't" → "do not", "we're" → "we are",
  "it's been" → "it has been", "we'd opened" → "we had opened", "we'd love" → "we would
  love", "ain't" by its subject. "'s" after a noun is a possessive ("Anna's shop") and
  stays; so does "'s" after a word that could be either ("everyone's").
- "allow": nothing changes.

French has no such choice; the transform does nothing on French text. The apostrophe of a
new contraction is the one the text uses (see :func:`~brandvoice.adaptation.wording.fitting.
text_apostrophe`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.wording import english
from brandvoice.adaptation.wording.contractions import alternation, key, tables
from brandvoice.adaptation.wording.fitting import match_case, text_apostrophe
from brandvoice.text.protect import protected_spans

_WORD_FOLLOWS = regex.compile(r"[^\S\n]+\p{L}")
_CONTRACTED = regex.compile(
    r"(?<![\p{L}\p{N}_'’-])(\p{L}+)(n['’]t|['’](?:re|m|ve|ll|s|d))(?![\p{L}\p{N}_'’-])",
    regex.IGNORECASE,
)
# "we will not" is "we won't" rather than "we'll not"; "we are not" stays "we're not".
_NEGATION_FIRST = frozenset({"will", "would", "have", "has"})
_NOT_FOLLOWS = regex.compile(r"\s+not(?![\p{L}'’])", regex.IGNORECASE)
_Y_ALL = regex.compile(r"(?<![\p{L}\p{N}_'’-])y['’]all(?![\p{L}\p{N}_'’-])", regex.IGNORECASE)
_SUFFIX_VERBS = {"re": "are", "m": "am", "ve": "have", "ll": "will"}
_PLURAL_SUBJECTS = frozenset({"we", "you", "they"})


# A pronoun after a preposition is its object, not the verb's subject ("some of you are",
# "all of us have", "for those of you who are").
_AFTER_PREPOSITION = regex.compile(
    r"\b(?:of|for|to|with|from|among|between|like|than)\s+$", regex.IGNORECASE
)


@cache
def _subjects_pattern() -> regex.Pattern[str]:
    data = tables()
    return alternation([*data.subjects, *data.perfects])


@cache
def _negations_pattern() -> regex.Pattern[str]:
    return alternation([*tables().negations, "can not"])


class Contractions(Transform):
    id = "contractions"
    stage = Stage.BODY
    order = 30
    summary = "English contractions made or undone as the voice prefers or avoids them."
    examples = (
        TransformExample(
            "We are open on Sunday and we have opened a terrace. Do not miss it!",
            "We're open on Sunday and we've opened a terrace. Don't miss it!",
        ),
        TransformExample(
            "It is sunny, so here we are. We have a terrace and it is not far.",
            "It's sunny, so here we are. We have a terrace and it's not far.",
        ),
        # After "of", "you" is no subject: "some of you're" would be wrong.
        TransformExample(
            "Some of you are still waiting for your boxes, and we are really sorry.",
            "Some of you are still waiting for your boxes, and we're really sorry.",
        ),
        TransformExample(
            "We cannot wait: let us know what you think. We will NOT close early.",
            "We can't wait: let us know what you think. We will NOT close early.",
        ),
        TransformExample(
            "We’re open and it’s been a great year. We’d love to see you at Anna’s shop!",
            "We are open and it has been a great year. We would love to see you at Anna’s shop!",
            voice="corporate",
        ),
        TransformExample(
            "Don't worry: it's open, we'd already booked and let's face it, that's a win.",
            "Do not worry: it is open, we had already booked and let us face it, that is a win.",
            voice="corporate",
        ),
        # "'s" + participle: a perfect when the participle has an object or reports what
        # was said before it, a passive otherwise.
        TransformExample(
            "Thanks to every customer who's trusted us. Sue will visit, she's promised. "
            "It's closed on Mondays.",
            "Thanks to every customer who has trusted us. Sue will visit, she has promised. "
            "It is closed on Mondays.",
            voice="corporate",
        ),
        TransformExample(
            "We are open and we don't close early.",
            "We are open and we don't close early.",
            voice="expert-blog",
        ),
        TransformExample(
            "Nous sommes ouverts, c’est l’été.", "Nous sommes ouverts, c’est l’été.", lang="fr"
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.lang == "en" and target.voice.contractions in ("prefer", "avoid")

    def edits(self, text: str, target: Target) -> list[Edit]:
        found = list(
            self._contract(text, target)
            if target.voice.contractions == "prefer"
            else self._expand(text, target)
        )
        if not found:
            return []
        spans = protected_spans(text, target.protected_names)
        return [edit for edit in found if not spans.overlaps(edit.start, edit.end)]

    # --- prefer -----------------------------------------------------------------------------

    def _contract(self, text: str, target: Target) -> Iterator[Edit]:
        data = tables()
        mark = text_apostrophe(text, target.voice, target.lang)
        taken: list[tuple[int, int]] = []
        why = f"the {target.voice.name} voice prefers them"
        for match in _subjects_pattern().finditer(text):
            written = match.group()
            if not _WORD_FOLLOWS.match(text, match.end()):
                continue  # "Here we are." / "that is, ..."
            phrase = key(written)
            if phrase.split(" ")[-1] in _NEGATION_FIRST and _NOT_FOLLOWS.match(text, match.end()):
                continue
            if _AFTER_PREPOSITION.search(text, 0, match.start()):
                continue  # "Some of you are": the pronoun is not the subject, "you're" is wrong
            if phrase in data.perfects:
                if not english.is_past_participle(parse("en", text), match.end()):
                    continue
                short = data.perfects[phrase]
            elif phrase in data.subjects:
                short = data.subjects[phrase]
            else:
                continue
            taken.append(match.span())
            yield Edit(
                match.start(), match.end(), match_case(short, written).replace("'", mark), why
            )
        for match in _negations_pattern().finditer(text):
            written = match.group()
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if written.endswith("NOT") and not written.isupper():
                continue  # "We will NOT close": an emphasis a contraction would lose
            short = data.negations.get(key(written), "can't")
            yield Edit(
                match.start(), match.end(), match_case(short, written).replace("'", mark), why
            )

    # --- avoid ------------------------------------------------------------------------------

    def _expand(self, text: str, target: Target) -> Iterator[Edit]:
        data = tables()
        full_of = {short: full for full, short in data.negations.items()} | data.expand_only
        why = f"the {target.voice.name} voice avoids them"
        for match in _Y_ALL.finditer(text):
            yield Edit(match.start(), match.end(), match_case("you all", match.group()), why)
        for match in _CONTRACTED.finditer(text):
            written, word, suffix = match.group(), match.group(1), key(match.group(2))
            full = full_of.get(key(written))
            if full is None:
                full = self._expand_suffix(text, match, word, suffix, target)
            if full is None:
                continue
            yield Edit(match.start(), match.end(), match_case(full, written), why)

    def _expand_suffix(
        self, text: str, match: regex.Match[str], word: str, suffix: str, target: Target
    ) -> str | None:
        data = tables()
        lower = word.lower()
        shout = word.isupper() and len(word) > 1
        if suffix == "n't" and lower == "ai":
            return self._aint(text, match)
        if suffix == "n't" or (suffix == "'m" and lower != "i"):
            return None
        verb: str | None = _SUFFIX_VERBS.get(suffix[1:])
        if suffix == "'s" and lower in data.s_subjects:
            doc = parse("en", text)
            verb = "has" if english.s_is_has(doc, match.start(2), match.end()) else "is"
        elif suffix == "'d" and lower in data.d_subjects:
            verb = "had" if english.d_is_had(parse("en", text), match.end()) else "would"
        if verb is None:
            return None
        return f"{word} {verb.upper() if shout else verb}"

    def _aint(self, text: str, match: regex.Match[str]) -> str | None:
        """ "ain't" by its subject: "I ain't" → "I am not", "we ain't got" → "we have not
        got"; without a pronoun just before it, it is left as written."""
        before = regex.search(r"(\p{L}+)\s+$", text[max(0, match.start() - 12) : match.start()])
        if before is None:
            return None
        subject = before.group(1).lower()
        perfect = english.is_past_participle(parse("en", text), match.end())
        if subject == "i":
            return "have not" if perfect else "am not"
        if subject in _PLURAL_SUBJECTS:
            return "have not" if perfect else "are not"
        if subject in ("he", "she", "it", "that", "this", "there"):
            return "has not" if perfect else "is not"
        return None


TRANSFORMS = (Contractions(),)
