"""Removing emoji without leaving holes: each goes with the space that separated it.

Emoji that follow each other with only spaces between them form a run; a run removed
whole takes one of its surrounding spaces ("Bienvenue 🎉 à tous" -> "Bienvenue à tous",
"Ouvert samedi ! 🎉" -> "Ouvert samedi !"), and a line left empty goes with it. A run
that ended a sentence, the next one starting after it on the same line, leaves a full stop
("on se lève tôt 😉 Envoyez-nous" -> "on se lève tôt. Envoyez-nous"): without it the two
sentences would read as one. A number after the run starts a sentence too when a clause
of four words or more ends before it ("the brewery runs on the sun ☀️ 96 solar panels went
up" -> "… on the sun. 96 solar panels went up"), unless the word before the run is one a
phrase goes on from ("nos 🎉 10 ans"). So does a run that ends a line which is a sentence (longer
than a heading, or after another sentence on its line: "… 7 quai Charles-de-Gaulle 🍷"
-> "… 7 quai Charles-de-Gaulle."): a press note's paragraph does not end on a bare word.
A short line with no stop is a heading or a sign-off ("Horaire des Fêtes 🎄", "À bientôt
😀") and takes none. One edit per emoji, so each removal is reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from brandvoice.adaptation.headline import HEADING_MAX_WORDS
from brandvoice.adaptation.transform import Edit
from brandvoice.text.entities import Entity

_SPACES = " \t\u00a0\u202f"


def removal_edits(
    text: str,
    emoji: Sequence[Entity],
    keep: int,
    reason: Callable[[int], str],
    master: str = "",
) -> list[Edit]:
    """Edits removing ``emoji[keep:]`` (``emoji`` in text order); ``reason(i)`` explains
    the removal of ``emoji[i]``; ``master`` is the text the variant was written from (a
    short line that followed a sentence there is a sentence, not a heading)."""
    edits: list[Edit] = []
    for run in _runs(text, range(len(emoji)), emoji):
        removed = [i for i in run if i >= keep]
        if not removed:
            continue
        if removed[0] != run[0]:  # the run's first emoji stay: cut from the last one kept
            start, end = emoji[removed[0] - 1].end, emoji[removed[-1]].end
        elif _ends_sentence(text, emoji[run[0]].start, emoji[run[-1]].end, master):
            start = len(text[: emoji[run[0]].start].rstrip(_SPACES))
            bounds = [start, *(emoji[i].end for i in removed)]
            edits.extend(
                Edit(bounds[k], bounds[k + 1], "" if k else ".", reason(i))
                for k, i in enumerate(removed)
            )
            continue
        else:
            start, end = _run_span(text, emoji[run[0]].start, emoji[run[-1]].end)
        bounds = [start, *(emoji[i].end for i in removed[:-1]), end]
        edits.extend(Edit(bounds[k], bounds[k + 1], "", reason(i)) for k, i in enumerate(removed))
    return edits


# A word, a number or a closing mark before the run, then spaces; a capital after it.
_BEFORE_STOP = regex.compile(r"[\p{L}\p{N})»”][ \t\u00a0\u202f]*\Z")
_NEXT_SENTENCE = regex.compile(r"[ \t\u00a0\u202f]+\p{Lu}\p{Ll}")
_NEXT_NUMBER = regex.compile(r"[ \t\u00a0\u202f]+\p{N}")
# Words a phrase goes on from: a number after them belongs to their phrase ("nos 🎉 10 ans",
# "from 🕙 10am").
_PHRASE_GOES_ON = frozenset(
    [
        "a",
        "à",
        "au",
        "aux",
        "avec",
        "by",
        "de",
        "des",
        "du",
        "en",
        "et",
        "for",
        "from",
        "in",
        "le",
        "la",
        "les",
        "nos",
        "notre",
        "of",
        "on",
        "or",
        "ou",
        "our",
        "par",
        "pour",
        "sur",
        "the",
        "to",
        "until",
        "with",
    ]
)
_CLAUSE_MIN_WORDS = 4
_SENTENCE_START = regex.compile(r"(?:[.!?…:;]|\n)[^.!?…:;\n]*\Z")


# A line longer than a heading (HEADING_MAX_WORDS, as the headline reads a master's first
# line) with no stop of its own is a sentence.
_LINE_END = regex.compile(r"[ \t\u00a0\u202f]*(?:\n|\Z)")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_STOP = regex.compile(r"[.!?…](?=[ \t\u00a0\u202f]+\S)")


def _ends_sentence(text: str, start: int, end: int, master: str = "") -> bool:
    """Whether the emoji at [start, end) stand for the stop of a sentence: between two on
    one line ("tôt 😉 Envoyez-nous", "no joining fee 💪 Sign up"), or at the end of a line
    that is a sentence ("… à Bandol, 7 quai Charles-de-Gaulle 🍷"; a short line the master
    wrote after another sentence: "…, £22. Last autumn's drop sold out, just saying 👀")."""
    if not _BEFORE_STOP.search(text, 0, start):
        return False
    if _NEXT_SENTENCE.match(text, end):
        return True
    if _NEXT_NUMBER.match(text, end):
        return _clause_ends_before(text, start)
    if not _LINE_END.match(text, end):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return (
        len(_WORD.findall(line)) > HEADING_MAX_WORDS
        or bool(_STOP.search(line))
        or _follows_a_sentence_in(master, line)
    )


# A stop, then spaces (and emoji the stop was followed by: "60. 🕯️ Last…").
_AFTER_STOP = regex.compile(
    r"[.!?…][ \t\u00a0\u202f]+(?:[\p{Extended_Pictographic}\ufe0f\u200d]+[ \t\u00a0\u202f]+)*\Z"
)


def _follows_a_sentence_in(master: str, line: str) -> bool:
    """Whether ``master`` has ``line`` (its words as written) right after another
    sentence's stop on the same line: a sentence the template set on a line of its own."""
    words = line.strip(_SPACES)
    if not master or len(_WORD.findall(words)) < 2:
        return False
    at = master.find(words)
    while at > 0:
        if _AFTER_STOP.search(master, 0, at):
            return True
        at = master.find(words, at + 1)
    return False


def _clause_ends_before(text: str, start: int) -> bool:
    """Whether the words before ``start``, back to the last stop or line start, are a clause
    long enough to end there, and their last word does not carry on into what follows."""
    found = _SENTENCE_START.search(text, 0, start)
    words = _WORD.findall(text[found.start() + 1 if found else 0 : start])
    return len(words) >= _CLAUSE_MIN_WORDS and words[-1].lower() not in _PHRASE_GOES_ON


def _runs(text: str, indices: range, emoji: Sequence[Entity]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and not text[emoji[i - 1].end : emoji[i].start].strip(_SPACES):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _run_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to delete for a run of emoji at [start, end), with one side's spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    spaced_before = len(text[line_start:start]) - len(text[line_start:start].rstrip(_SPACES))
    spaced_after = len(text[end:line_end]) - len(text[end:line_end].lstrip(_SPACES))
    before, after = start - spaced_before, end + spaced_after
    if not text[line_start:before].strip() and after == line_end:
        # Alone on its line: the line goes, with the blank lines that set it apart.
        head = len(text[:line_start].rstrip("\n"))
        if head:
            return head, after
        return line_start, after + len(text[after:]) - len(text[after:].lstrip("\n"))
    if after == line_end:
        return before, after  # at the end of the line: its trailing spaces go too
    if spaced_after and (spaced_before or before == line_start):
        return start, after  # "a 🎉 b" -> "a b"; "🎉 Text" -> "Text"
    if spaced_before:
        return before, end  # "samedi ! 🎉." is unlikely, but "x 🎉!" -> "x!"
    return start, end
