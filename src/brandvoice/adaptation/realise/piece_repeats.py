"""The pieces of a social post's detail sentences that its lines of facts say word for word
(:mod:`brandvoice.adaptation.realise.fact_lines`): "Deux jours de télétravail par semaine,
salaire de 38 à 45 k€ selon expérience." under "💶 Salaire de 38 à 45 k€ selon expérience"
becomes "Deux jours de télétravail par semaine."; "… en cornet ou en pot (3,50 € la
boule)." under "💶 3,50 € la boule" loses its brackets; a sentence whose every piece a line
says goes whole ("Payé au SMIC, temps partiel possible."), and so does one left with only
the words of the lines and of a start ("Démarrage lundi 6 avril", under « 📅 Prise de poste :
lundi 6 avril »).

A piece goes with the comma before it, or its brackets with the space before them; one that
opens its sentence only with the rest of it (what followed would open the sentence in lower
case). What is left is the sentence as the master wrote it, less the piece: never a word
changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.realise.fact_lines import FACT_LABELS, START_WORDS


def _labels(*kinds: str) -> tuple[str, ...]:
    return tuple(
        f"{FACT_LABELS[lang][kind]}{colon}"
        for lang, colon in (("fr", "\u202f:"), ("en", ":"))
        for kind in kinds
    )


# The labels of a line of facts without emoji: a sum's ("Pay: £12.60 an hour", « Tarif :
# 12 € ») and a job's terms' (« Poste : CDI, 35 h »).
SUM_LABELS = _labels("price", "pay")
LINE_LABELS = (*SUM_LABELS, *_labels("contract"))
# The markers of the lines whose words are a piece of the master (their own or a how-to-act
# line's, see brandvoice.adaptation.realise.action).
PIECE_MARKERS = ("📄", "💶", "💷", "💵", "📩", "📅", "📞", "👉", "→", *LINE_LABELS)
# The other lines, whose words count when a sentence is left with nothing else.
_SAYING = ("📍", "Quand\u202f:", "Où\u202f:", "When:", "Where:", "Prise de poste\u202f:", "Start:")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# A detail sentence: to its stop before a space or its line's end.
_SENTENCE = regex.compile(r"[^\n]*?(?:[.!?…](?=[\s\u00a0]|$)|(?=\n)|\Z)")
_SPACES = " \u00a0\u202f"
# A sentence keeps at least this many words when its first piece goes: else it goes whole
# or stays.
_MIN_LEFT = 3
# The lines of a sum (pay, price), and the words of a clause before its object: a subject
# and its verb, no stop nor comma ("We offer ", « Nous proposons »).
_SUM_MARKERS = ("💶", "💷", "💵", *SUM_LABELS)
_MONEY = regex.compile(r"[£$€]|\d[\s\u00a0\u202f]?(?:€|k€)")
_CLAUSE_OPENING = regex.compile(r"[\s\u00a0\u202f]*(?:[\p{L}'’]+[\s\u00a0\u202f]+){1,4}")
# What follows the first of a list: its comma, then more items joined by "and" / « et ».
_LIST_AFTER = regex.compile(r"[\s\u00a0\u202f]*,[^.!?]*(?<![\p{L}])(?:and|et|&)[\s\u00a0]")


@dataclass(frozen=True, slots=True)
class Cut:
    """``text[start:end]`` is a piece a line of facts says."""

    start: int
    end: int
    piece: str
    replacement: str = ""


def piece_cuts(
    text: str, body_start: int, lines: list[str], taken: list[tuple[int, int]]
) -> list[Cut]:
    """The pieces of ``text``'s detail sentences (after ``body_start``) that a line of
    ``lines`` says word for word, and the sentences left saying nothing more (see the
    module docstring); none that overlaps ``taken``."""
    pieces = [_content(line) for line in lines if line.strip().startswith(PIECE_MARKERS)]
    # A word alone is a piece only with a figure ("£27k"): "Paid" may be any sentence's.
    pieces = [p for p in pieces if len(_WORD.findall(p)) >= 2 or regex.search(r"\d", p)]
    places = [_content(line) for line in lines if line.strip().startswith("📍")]
    if not pieces:
        return _where_to_get_cuts(text, body_start, places, taken)
    known = {w.casefold() for line in lines for w in _WORD.findall(_content(line))}
    known |= START_WORDS
    # A sum's line may be the object read off a clause ("💷 £12.60–£14 an hour" from "We
    # offer £12.60–£14 an hour, 28 days…"): its piece may follow the clause's opening words.
    objects = {
        _content(line)
        for line in lines
        if line.strip().startswith(_SUM_MARKERS)
        # Without emoji to spare the line opens on an arrow: its sum says what it gives.
        or (line.strip().startswith("→") and _MONEY.search(line))
    }
    found: list[Cut] = []
    for line in regex.finditer(r"[^\n]+", text, pos=body_start):
        if line.group().lstrip().startswith((*PIECE_MARKERS, *_SAYING)):
            continue
        for sentence in _SENTENCE.finditer(text, line.start(), line.end()):
            if not sentence.group().strip():
                continue
            begin, end = sentence.start(), sentence.end()
            if any(a < end and begin < b for a, b in taken):
                continue
            found += _cuts_in(text, begin, end, line.start(), line.end(), pieces, known, objects)
    taken = [*taken, *((c.start, c.end) for c in found)]
    return found + _where_to_get_cuts(text, body_start, places, taken)


# A sentence that says where to get the thing, and the words that may come between its
# preposition and the place ("Disponibles à la boutique du cours Saleya jusqu'à…").
_WHERE_TO_GET = regex.compile(
    r"(?:Disponibles?|En[\s\u00a0]+vente|À[\s\u00a0]+retrouver|Available|On[\s\u00a0]+sale)"
    r"(?P<place>[\s\u00a0]+(?:à|au|aux|chez|at|in|from)[\s\u00a0]+(?:[\p{L}'’]+[\s\u00a0]+){0,4}?)",
    regex.IGNORECASE,
)


def _where_to_get_cuts(
    text: str, body_start: int, places: list[str], taken: list[tuple[int, int]]
) -> list[Cut]:
    """The place a sentence on where to get the thing names when the 📍 line above gives
    it: "Disponibles à la boutique du cours Saleya jusqu'à fin septembre, en cornet." under
    "📍 Cours Saleya" → "Disponibles jusqu'à fin septembre, en cornet."; only when the
    sentence goes on after it with at least :data:`_MIN_LEFT` words."""
    found: list[Cut] = []
    # Every match of a place's pattern starts with a match of _WHERE_TO_GET (its words
    # before the place may be none): without one, no place's pattern need be compiled.
    if _WHERE_TO_GET.search(text, body_start) is None:
        return found
    for place in places:
        if not place:
            continue
        pattern = regex.compile(
            _WHERE_TO_GET.pattern + regex.escape(place) + r"(?=[\s\u00a0]+\p{L})",
            regex.IGNORECASE,
        )
        for line in regex.finditer(r"[^\n]+", text, pos=body_start):
            for sentence in _SENTENCE.finditer(text, line.start(), line.end()):
                written = sentence.group()
                match = pattern.match(written, len(written) - len(written.lstrip(_SPACES)))
                if match is None:
                    continue
                start = sentence.start() + match.start("place")
                end = sentence.start() + match.end()
                if any(a < end and start < b for a, b in taken):
                    continue
                if len(_WORD.findall(written[match.end() :])) < _MIN_LEFT:
                    continue
                found.append(Cut(start, end, place))
    return found


def _cuts_in(
    text: str,
    begin: int,
    end: int,
    line_start: int,
    line_end: int,
    pieces: list[str],
    known: set[str],
    objects: set[str] | frozenset[str] = frozenset(),
) -> list[Cut]:
    written = text[begin:end]
    lead = len(written) - len(written.lstrip(_SPACES))
    body = written.strip(_SPACES).rstrip(".!…").rstrip(_SPACES)
    offset = begin + lead
    spans: list[tuple[int, int, str]] = []  # within body: what goes, and the piece
    opening: list[tuple[int, int, str]] = []  # pieces opening the sentence
    folded = body.casefold()
    for piece in pieces:
        at = folded.find(piece.casefold())
        while at >= 0:
            after = at + len(piece)
            tail = body[after:]
            if tail and not regex.match(r"[\s\u00a0\u202f]*[,;:)]", tail):
                at = folded.find(piece.casefold(), at + 1)
                continue
            head = body[:at]
            if not head.strip(_SPACES):
                opening.append((0, after, piece))
            elif regex.search(r"[\s\u00a0\u202f]*\($", head) and tail.startswith(")"):
                bracket = regex.search(r"[\s\u00a0\u202f]*\($", head)
                assert bracket is not None
                spans.append((bracket.start(), after + 1, piece))
            elif (
                comma := regex.search(r"[\s\u00a0\u202f]*[,;:][\s\u00a0\u202f]*$", head)
            ) is not None:
                spans.append((comma.start(), after, piece))
            elif piece in objects and _CLAUSE_OPENING.fullmatch(head):
                # The object right after "We offer": the first of a list goes with its
                # comma ("We offer 28 days of holiday, free staff meals and…"); the only
                # one takes the sentence with it (the line says all it said).
                if not tail.strip(_SPACES):
                    opening.append((0, after, piece))
                elif _LIST_AFTER.match(tail):
                    comma_end = regex.match(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*", tail)
                    assert comma_end is not None
                    spans.append((at, after + comma_end.end(), piece))
            at = folded.find(piece.casefold(), at + 1)
    if not spans and not opening:
        return []
    left = body
    for start, stop, _ in sorted(spans, reverse=True):
        left = left[:start] + left[stop:]
    for _, stop, _ in opening:
        left = left[stop:] if left.startswith(body[:stop]) else left
    words = [w.casefold() for w in _WORD.findall(left)]
    if all(w in known for w in words):
        return [_whole(text, begin, end, line_start, line_end, body)]
    cuts = [Cut(offset + a, offset + b, piece) for a, b, piece in spans]
    if len(opening) == 1 and len(words) >= _MIN_LEFT:
        # The sentence's first piece goes with its comma; the next word takes its capital.
        _, stop, piece = opening[0]
        after = regex.match(r"[\s\u00a0\u202f]*[,;:][\s\u00a0\u202f]*(\p{Ll})", body[stop:])
        if after is not None:
            end_at = stop + after.end()
            cuts.append(Cut(offset, offset + end_at, piece, after.group(1).upper()))
    return cuts


def _whole(text: str, begin: int, end: int, line_start: int, line_end: int, body: str) -> Cut:
    """The sentence whole: a line of its own with the line breaks before it; one opening its
    line with the spaces after it; any other with the spaces before it."""
    if (
        text[begin:line_end].strip() == text[begin:end].strip()
        and not text[line_start:begin].strip()
    ):
        while begin > 0 and text[begin - 1] == "\n":
            begin -= 1
        return Cut(begin, line_end, body)
    if not text[line_start:begin].strip():
        rest = text[end:line_end]
        return Cut(begin, end + len(rest) - len(rest.lstrip(_SPACES)), body)
    while begin > line_start and text[begin - 1] in _SPACES:
        begin -= 1
    return Cut(begin, end, body)


def _content(line: str) -> str:
    """A line without its marker and its label: "📄 CDI, 35 h" → "CDI, 35 h"."""
    stripped = line.strip()
    for marker in (*PIECE_MARKERS, *_SAYING):
        if stripped.startswith(marker):
            stripped = stripped[len(marker) :]
            break
    return stripped.strip()


def line_facts(line: str) -> str:
    """What a line of facts says, whatever marks it: its emoji and its label both gone
    ("📅 Prise de poste : lundi 6 avril" and « Prise de poste : lundi 6 avril » say the
    same)."""
    stripped, before = line.strip(), ""
    while stripped != before:
        before, stripped = stripped, _content(stripped)
    return stripped
