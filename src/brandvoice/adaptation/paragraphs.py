"""The pieces a variant's paragraphs are made of: the master's sentences split at its line
breaks, a short question joined to what answers it, and the sign-off set apart.

A template batches sentences into paragraphs by count (an article three at a time, a post
two at a time), and a count knows nothing of what a sentence does:

- "Questions?" ended one paragraph and its answer ("Call us on 01227 555 014…") opened
  the next. A question of a few words is an introduction: it is joined to the sentence
  after it, so that no batch can part them (:func:`with_answers`).
- "L'équipe du P'tit Cabanon", the master's last line, was run on after the sentence
  before it ("…à La Seyne-sur-Mer. L'équipe du P'tit Cabanon"). A sign-off closes the
  text on a line of its own: it is taken out of the sentences (:func:`take_sign_off`) and
  the templates write it where they write a signature (see
  :func:`brandvoice.adaptation.layout.signature_of`).
- A long master sentence a voice cut in two ("…the cheese of the farm”, we're at 12
  Harbour Lane" → "…of the farm”. We're at 12 Harbour Lane.") had its halves in two
  paragraphs: one thought parted by a blank line. The halves are one piece
  (:func:`with_split_halves`).
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.signoff import is_sign_off

# A question this short introduces what follows ("Questions?", "Une question ?", "Any
# questions?"): it is no paragraph's last sentence.
SHORT_QUESTION_MAX_WORDS = 3
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# A line that is an item of a list: a sentence holding one stays whole, its items on their
# lines.
_LIST_ITEM = regex.compile(r"[ \t]*[•\-*–]")
# A piece's last words, looked for in the master: three are rarely said twice by chance.
_TAIL_WORDS = 3
# Where a master's sentence ends, roughly: a stop, or a line break.
_MASTER_SENTENCE_END = regex.compile(r"[.!?…](?=[\s\u00a0]|\Z)|\n")
_QUESTION_END = regex.compile(r"[?？][\s\u00a0\u202f]*\Z")


def lines_of(sentences: list[str]) -> list[str]:
    """``sentences`` split at the master's line breaks the sentence splitter read on over
    ("… this causes.\\nQuestions?"), empty lines dropped; a sentence holding a list ("•",
    "-") stays whole."""
    pieces: list[str] = []
    for sentence in sentences:
        lines = [sentence] if has_list(sentence) else sentence.split("\n")
        pieces += [line.strip() for line in lines if line.strip()]
    return pieces


def has_list(sentence: str) -> bool:
    """Whether ``sentence`` goes on with the items of a list, each on its line."""
    return any(_LIST_ITEM.match(line) for line in sentence.split("\n")[1:])


def short_question(piece: str) -> bool:
    """Whether ``piece`` is a question of at most :data:`SHORT_QUESTION_MAX_WORDS` words:
    what follows it answers it ("Questions?" then "Call us on…")."""
    words = _WORD.findall(piece)
    return bool(_QUESTION_END.search(piece)) and 0 < len(words) <= SHORT_QUESTION_MAX_WORDS


def with_split_halves(pieces: list[str], master: str) -> list[str]:
    """``pieces`` with one that ends where no sentence of ``master`` ends joined to the
    piece after it: its last words run on inside one of the master's sentences, so a
    voice cut that sentence there ("…jusqu'au 20 décembre, en écrivant à…" →
    "…jusqu'au 20 décembre. Écrivez-nous à…"), whatever words it gave the second half."""
    inside: set[tuple[str, ...]] = set()
    ends: set[tuple[str, ...]] = set()
    for sentence in _MASTER_SENTENCE_END.split(master):
        words = [w.casefold() for w in _WORD.findall(sentence)]
        for i in range(len(words) - _TAIL_WORDS + 1):
            tail = tuple(words[i : i + _TAIL_WORDS])
            (ends if i + _TAIL_WORDS == len(words) else inside).add(tail)
    joined: list[str] = []
    for piece in pieces:
        if joined:
            tail = tuple(w.casefold() for w in _WORD.findall(joined[-1])[-_TAIL_WORDS:])
            if tail in inside and tail not in ends:
                joined[-1] = f"{joined[-1]} {piece}"
                continue
        joined.append(piece)
    return joined


def with_answers(pieces: list[str]) -> list[str]:
    """``pieces`` with each short question joined to the piece after it, one piece: no
    batching into paragraphs can then leave the question at the end of one paragraph and
    its answer at the start of the next."""
    joined: list[str] = []
    pending = ""
    for piece in pieces:
        if short_question(piece):
            pending = f"{pending} {piece}".strip()
            continue
        joined.append(f"{pending} {piece}".strip() if pending else piece)
        pending = ""
    if pending:
        joined.append(pending)
    return joined


def sign_off(master: str) -> str:
    """The master's sign-off: its last line, after at least one other, when it signs the
    text or takes leave rather than saying something (:func:`brandvoice.adaptation.signoff
    .is_sign_off`: "L'équipe du P'tit Cabanon", "— Rideau Community Pharmacy", "Keys &
    Chords Music School", "Kind regards"); '' otherwise ("Venez nombreux" is a sentence
    without its stop)."""
    lines = [line.strip() for line in master.strip().split("\n") if line.strip()]
    if len(lines) < 2:
        return ""
    return lines[-1] if is_sign_off(lines[-1]) else ""


def take_sign_off(pieces: list[str], master: str) -> tuple[list[str], str]:
    """``pieces`` without the master's sign-off (:func:`sign_off`) when it is their last
    one, and that sign-off ('' when there is none or the pieces do not end on it)."""
    signed = sign_off(master)
    if signed and pieces and pieces[-1].strip() == signed:
        return pieces[:-1], signed
    return pieces, ""
