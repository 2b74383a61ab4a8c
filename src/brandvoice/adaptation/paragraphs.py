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
- "• 24 décembre : ouvert de 7 h à 15 h • 25 et 26 décembre : fermé": a master's list
  lost its lines in a post, two items to a paragraph, when the hook took the list's first
  line and its items came as details. A list's items are one piece, each on its line
  (:func:`with_lists`), and a list is a paragraph of its own (:func:`post_paragraphs`).
- "And we've put together a free planting calendar…" opened a post's first paragraph: a
  voice cut "…in Perth, and we've put together…" in two and the hook took the first
  half. "And" ties a sentence to the one before it; a paragraph that opens on it has
  nothing before it to add to: the conjunction goes (:func:`without_opening_and`).
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.signoff import is_sign_off
from brandvoice.text.protect import protected_spans

# A question this short introduces what follows ("Questions?", "Une question ?", "Any
# questions?"): it is no paragraph's last sentence.
SHORT_QUESTION_MAX_WORDS = 3
# A label and its value on a line, no stop: "Good Friday (3 April): 9am–5pm". The label
# holds no stop or colon; the value no stop (a time's "9.30am" aside: a digit each side).
_LABELLED = regex.compile(
    r"\A[^.!?…:\n]{1,60}[ \u00a0\u202f]?:[ \u00a0\u202f]*\S(?:[^.!?…\n]|(?<=\d)\.(?=\d))*\Z"
)
LABELLED_LINE_MAX_WORDS = 10
# A post's paragraph holds this many detail sentences: short paragraphs read better on a
# phone than a block.
POST_PARAGRAPH_PIECES = 2
# An article's paragraph holds this many: a screen reads longer paragraphs than a phone.
ARTICLE_PARAGRAPH_PIECES = 3

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# A line that is an item of a list: a sentence holding one stays whole, its items on their
# lines.
_LIST_ITEM = regex.compile(r"[ \t]*[•\-*–]")
# A piece's last words, looked for in the master: three are rarely said twice by chance.
_TAIL_WORDS = 3
# The conjunction that only adds to the sentence before it ("And we've put together…",
# « Et on vous donne… »): a paragraph that opens on it has nothing to add to. "But",
# "So", « Mais », « Alors » say how it follows and stay.
_OPENING_AND = regex.compile(r"\A(?:And|Et)[ \u00a0]+(?=[\p{L}\p{N}])")
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


def is_list_item(line: str) -> bool:
    """Whether ``line`` is an item of a list ("• 1er janvier : fermé", "- Tuesday: 9-5")."""
    return bool(_LIST_ITEM.match(line))


def labelled_line(line: str) -> bool:
    """Whether ``line`` is a label and its value, with no stop ("Good Friday (3 April):
    9am–5pm", "Samedi : 9 h - 12 h"): at most :data:`LABELLED_LINE_MAX_WORDS` words. Two
    such lines in a row are a list written without bullets."""
    return bool(_LABELLED.match(line)) and len(_WORD.findall(line)) <= LABELLED_LINE_MAX_WORDS


def is_list(piece: str) -> bool:
    """Whether ``piece`` is a list, or opens one: an item on its first line or after it,
    or lines that are each a label and its value."""
    lines = piece.split("\n")
    labelled = len(lines) > 1 and all(labelled_line(line) for line in lines)
    return is_list_item(piece) or has_list(piece) or labelled


def with_lists(pieces: list[str], master: str = "") -> list[str]:
    """``pieces`` with each run of list items ("• 24 décembre : ouvert", "• 25 décembre :
    fermé"), or of two or more labelled lines ("Good Friday (3 April): 9am–5pm",
    "Saturday 4 April: 9am–6pm"), made one piece, its items on their lines: the list reads
    as a list, and no batching into paragraphs runs two items on one line. A piece of
    emoji only ("🎸🎹", which the sentence splitter set apart) ends the piece before it: a
    paragraph of its own would strand it; one that opens a line of ``master`` ("📍 Chemin
    des Restanques") opens the piece after it, as it did there."""
    joined: list[str] = []
    opening = ""  # an emoji that opens the next piece
    for piece in pieces:
        if opening:
            piece, opening = f"{opening} {piece}", ""
        last = joined[-1].split("\n")[-1] if joined else ""
        if not _WORD.search(piece) and _opens_a_line(piece, master):
            opening = piece.strip()
        elif joined and not _WORD.search(piece):
            joined[-1] = f"{joined[-1]} {piece}"
        elif joined and (
            (is_list_item(piece) and is_list_item(last))
            or (labelled_line(piece) and _labelled_run(joined[-1]))
        ):
            joined[-1] = f"{joined[-1]}\n{piece}"
        else:
            joined.append(piece)
    if opening:
        joined.append(opening)
    return joined


def _opens_a_line(emoji: str, master: str) -> bool:
    """Whether ``emoji`` opens a line of ``master``, before its words ("📍 Chemin…")."""
    pattern = r"(?:\A|\n)[ \t]*" + regex.escape(emoji.strip()) + r"[ \t]*[\p{L}\p{N}]"
    return bool(master) and regex.search(pattern, master) is not None


def _labelled_run(piece: str) -> bool:
    """Whether ``piece`` is made of labelled lines only (one, or a run of them)."""
    return all(labelled_line(line) for line in piece.split("\n"))


def run_on(pieces: list[str]) -> str:
    """``pieces`` as one paragraph (X's compact form), a list's items each on their line:
    "- 20 décembre : ouvert - 21 décembre : fermé" read as one item."""
    text = ""
    for piece in with_lists([p.strip() for p in pieces if p.strip()]):
        if text:
            after_item = is_list_item(text.split("\n")[-1])
            text += "\n" if is_list(piece) or after_item else " "
        text += piece
    return text


def without_opening_and(piece: str) -> str:
    """``piece`` without the "And" / « Et » it opens on, its next word capitalised: "And
    we've put together…" → "We've put together…". Untouched when that word is a protected
    span (a link, a mention: it is written as it is) or when it opens on no "And"."""
    found = _OPENING_AND.match(piece)
    if not found:
        return piece
    rest = piece[found.end() :]
    if protected_spans(piece).overlaps(found.end(), found.end() + 1):
        return piece
    return rest[:1].upper() + rest[1:]


def post_paragraphs(pieces: list[str], per: int = POST_PARAGRAPH_PIECES) -> list[str]:
    """A post's paragraphs from its detail ``pieces`` (an article's, with ``per``
    :data:`ARTICLE_PARAGRAPH_PIECES`): ``per`` pieces to a paragraph, but a list (a piece
    on several lines) is a paragraph of its own: a sentence run on after its last item
    would read as an item. No paragraph opens on "And" / « Et »
    (:func:`without_opening_and`)."""
    paragraphs: list[str] = []
    batch: list[str] = []
    for piece in pieces:
        if is_list(piece):
            if batch:
                paragraphs.append(" ".join(batch))
                batch = []
            paragraphs.append(piece)
            continue
        batch.append(piece if batch else without_opening_and(piece))
        if len(batch) == per:
            paragraphs.append(" ".join(batch))
            batch = []
    if batch:
        paragraphs.append(" ".join(batch))
    return paragraphs


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
                # A list set out after its introduction (« …du pressoir : » over
                # "• dégustation…") keeps its items on their lines.
                joint = "\n" if is_list_item(piece.split("\n", 1)[0]) else " "
                joined[-1] = f"{joined[-1]}{joint}{piece}"
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
