"""A results post's figures as a community manager lists them: one line per figure under
the hook ("Record year! 🎉" / "In 2025:" / "– 4,812 bikes fixed" / "– 390 refurbished
bikes sold" / …), never the press note's sentences pasted into the feed.

From spaCy's parse of the post's detail sentences (the voice's body, after its rewrites):

- a sentence that coordinates predicates with numbers ("In 2025 we fixed 4,812 bikes,
  sold 390 refurbished ones and kept an estimated 11 tonnes of metal out of landfill")
  gives a line per predicate: the figure, the verb's participle, what follows it ("an
  estimated 11 tonnes of metal kept out of landfill"; French participles agree with their
  noun's gender and number as spaCy reads them: « 412 000 € reversés »); "ones" is the
  noun of the figure before it ("390 refurbished bikes sold"); a counting verb writes no
  participle (« on compte 1 150 familles abonnées » → « 1 150 familles abonnées »; "Our
  nights had 1,100 visits" → "1,100 visits to our nights"); a subject other than the
  business keeps its verb as written ("turnover passed £500k for the first time"), and
  a subject that is a figure is a line of its own ("212 members");
- a sentence that is a verbless list of figures ("87 bénévoles, zéro incident, 2 300
  repas servis à la buvette.") gives a line per item, and so does a hook that labels
  one ("Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %), …"): the label heads them;
  so does a detail sentence that labels one ("This year: 12,000 coffees, 3 new baristas,
  1 very tired owner."); a hook that is the list and nothing else ("1 240 jouets, 310
  livres et 86 doudous", before « voilà ce que vous avez donné ») opens the post as lines.

The run of figures is looked for sentence by sentence: the sentences of a piece before
and after it (« Merci à nos fidèles clients. ») stay, as pieces of their own.

A sentence becomes lines only when the lines say all of it: a year it opens on heads the
lines as the master writes it ("In 2025:", the key fact a reader finds in the press note
too), and so does a time the figures count over ("Last year:", « Cette année : », "Since
reopening:"; its last word in the table's ``periods``); "also", « désormais » go; any
other word keeps the sentence whole, and the lines stop there. Nothing is invented: every
line is a figure the post gives, with what it counts. Fewer than :data:`MIN_LINES` figures
stay sentences: two lines are no list.

Each line opens on the emoji of what it counts (``data/figure-lines.yaml``, then the hook
topics of ``data/emoji-topics.yaml``; ✅ when none fits, no emoji twice) when the voice's
emoji allowance has room for one per line beside the post's others; else every line on
"–": the emoji transform keeps a post's first ``emoji.max`` emoji and would strip the last
lines', and a list half in emoji, half in dashes reads as an accident.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.decorate.data import DataFileError, load_data, string_list
from brandvoice.adaptation.decorate.topics import load_topics, topics, topics_among
from brandvoice.adaptation.transform import parse
from brandvoice.lang import LANGS, Lang, base_language
from brandvoice.text.french.gender import Gender, known_noun_gender, noun_gender
from brandvoice.understand.facts import FactKind, pattern_facts
from brandvoice.understand.model import Intent
from brandvoice.understand.roles import street_addresses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA_FILE = "figure-lines.yaml"
# The intents whose posts list figures: a year's results, and the award or news that
# gives three figures or more.
FIGURE_INTENTS = frozenset({Intent.RESULTS, Intent.AWARD, Intent.NEWS})
# The networks whose posts list figures on lines: Facebook's and Instagram's community
# posts, LinkedIn's (its people list a year's figures so too); not X (280 characters
# read as one paragraph), nor the brand's own pages (a press note states its figures).
FIGURE_NETWORKS = frozenset({"facebook", "instagram", "linkedin"})
# Fewer figures than this read better as the sentence that gives them.
MIN_LINES = 3
# A line's marker when the voice has no emoji to spare for each line, and the emoji of a
# line whose figure no topic names.
PLAIN_MARKER = "–"
ANY_FIGURE_EMOJI = "✅"

_DIGIT = regex.compile(r"\p{N}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_STOP = regex.compile(r"[\s\u00a0\u202f]*[.!…]+[\s\u00a0\u202f]*$")
_OBJECTS = ("dobj", "obj")
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
_AUX = ("aux", "aux:tense", "aux:pass", "auxpass")
# French prepositions that complete a noun inside its phrase (« 11 tonnes de métal »).
_OF = {"fr": ("de", "d'", "d’", "du", "des"), "en": ("of",)}
_FIRST_PERSON = {"fr": ("nous", "on"), "en": ("we", "us")}


@dataclass(frozen=True, slots=True)
class FigureLines:
    """The post's pieces with the figures as lines: ``details`` before, ``block`` (the
    introduction, if any, and the lines, one text), ``after``; ``hook`` with the emoji the
    first figure's sentence opened on."""

    hook: str
    before: list[str]
    block: str
    after: list[str]
    reason: str


@dataclass(slots=True)
class _Figures:
    """What one detail piece gives: its lines, the year it opened on, emoji it opened on."""

    lines: list[str]
    year: str = ""
    opening_emoji: str = ""


@dataclass(frozen=True, slots=True)
class _Table:
    counting: frozenset[str]
    prepositions: dict[str, str]
    droppable: tuple[str, ...]
    intro: str
    periods: frozenset[str]


def figure_lines(
    hook: str,
    details: Sequence[str],
    intent: Intent | None,
    lang: str,
    *,
    emoji_left: int,
    brand: str | None = None,
) -> FigureLines | None:
    """The first run of ``details`` that gives at least :data:`MIN_LINES` figures, as
    lines (see the module docstring); None when there is none, or ``intent`` is no
    results, award or news post's. ``emoji_left``: the emoji the voice allows beside those
    the post has (the details' included: the emoji a figure's sentence opens on moves to
    the hook)."""
    if intent is None or intent not in FIGURE_INTENTS or not details:
        return None
    language = base_language(lang)
    if language not in LANGS:
        return None
    table = _table(language)
    listed = _hook_list(hook, language)
    if listed is not None:
        # The label heads its list, on the line above it: the hook is the block.
        label, items = listed
        return _block("", [label], items, details, 0, 0, emoji_left, language, intent)
    bare = _bare_list(hook, language)
    if bare is not None:
        # A hook that is the list ("1 240 jouets, 310 livres et 86 doudous : voilà ce que
        # vous avez déposé…", the splitter's stop for its colon): the lines open the post,
        # the sentence that says what they are follows them.
        return _block("", [], bare, details, 0, 0, emoji_left, language, intent)
    # The run is looked for sentence by sentence: a piece often holds the figures' sentence
    # and the thanks after it ("… et planté 300 nouveaux arbres. Merci à nos clients."),
    # or a sentence before them that stays ("Vous étiez 6 800 sur les trois soirs.").
    units = _sentences(details, language)
    run_start, found = -1, list[_Figures]()
    previous_noun = ""
    for index, (_, sentence) in enumerate(units):
        figures = _figures_of(sentence, language, table, brand, previous_noun)
        if figures is None or (found and (figures.year or figures.opening_emoji)):
            if sum(len(f.lines) for f in found) >= MIN_LINES:
                break
            run_start, found, previous_noun = -1, [], ""
            if figures is None:
                continue
        if run_start < 0:
            run_start = index
        found.append(figures)
        previous_noun = _last_noun(figures.lines[-1]) if figures.lines else previous_noun
    lines = [line for f in found for line in f.lines]
    if len(lines) < MIN_LINES:
        return None
    first = found[0]
    hook_out = hook
    if first.opening_emoji:
        if run_start > 0:
            return None
        hook_out = f"{hook} {first.opening_emoji}"
    intro = [table.intro.format(when=first.year)] if first.year else []
    pieces, start, count = _regrouped(details, units, run_start, len(found))
    return _block(hook_out, intro, lines, pieces, start, count, emoji_left, language, intent)


def _sentences(details: Sequence[str], lang: Lang) -> list[tuple[int, str]]:
    """Each detail's sentences as written, with the index of the detail they are from; a
    piece on several lines stays whole (it is a list already)."""
    units: list[tuple[int, str]] = []
    for index, detail in enumerate(details):
        if "\n" in detail:
            units.append((index, detail))
            continue
        doc = parse(lang, detail)
        spans = [detail[s.start_char : s.end_char].strip() for s in doc.sents if s.text.strip()]
        # The parser parts an opening emoji or a bare number from its sentence: those join
        # the sentence after them.
        merged: list[str] = []
        for span in spans:
            stop = regex.match(r"[.!?…:;]+\s*", span)
            if merged and stop:
                # The splitter read a stop into the sentence after it (« 86 doudous. Voilà »).
                merged[-1] += stop.group().strip()
                span = span[stop.end() :]
            if not span:
                continue
            if merged and not regex.search(r"\p{L}", merged[-1]):
                merged[-1] = f"{merged[-1]} {span}"
            else:
                merged.append(span)
        units += [(index, span) for span in merged] or [(index, detail)]
    return units


def _regrouped(
    details: Sequence[str], units: list[tuple[int, str]], start: int, count: int
) -> tuple[list[str], int, int]:
    """The details with the run ``units[start:start + count]`` as pieces of its own (the
    sentences of a piece before and after it kept together): the pieces, the run's start
    and its count of pieces."""
    first_piece, last_piece = units[start][0], units[start + count - 1][0]
    head = [s for i, s in units[:start] if i == first_piece]
    tail = [s for i, s in units[start + count :] if i == last_piece]
    pieces = [
        *details[:first_piece],
        *([" ".join(head)] if head else []),
        *(s for _, s in units[start : start + count]),
        *([" ".join(tail)] if tail else []),
        *details[last_piece + 1 :],
    ]
    return pieces, first_piece + (1 if head else 0), count


def _block(
    hook: str,
    intro: list[str],
    lines: list[str],
    details: Sequence[str],
    start: int,
    count: int,
    emoji_left: int,
    language: Lang,
    intent: Intent,
) -> FigureLines:
    """The figures ``lines`` under ``intro`` in place of ``details[start:start + count]``."""
    used: set[str] = set()
    markers = (
        [_line_emoji(line, language, used) for line in lines]
        if emoji_left >= len(lines)
        else [PLAIN_MARKER] * len(lines)
    )
    block = "\n".join([*intro, *(f"{m} {line}" for m, line in zip(markers, lines, strict=True))])
    reason = (
        f"{len(lines)} figures written as lines, one per figure, as a community manager "
        f"lists a {intent}'s figures: not the press note's sentences"
    )
    return FigureLines(hook, list(details[:start]), block, list(details[start + count :]), reason)


# A hook that labels a list of figures: "Exercice 2025 : chiffre d'affaires de 2,4 M€…".
_LABEL = regex.compile(r"^(?P<label>[^:\n]{1,60}?)[\s\u00a0\u202f]*:[\s\u00a0\u202f]+(?P<list>.+)$")
# A label is a name for what follows, not a sentence: this many words at most.
_LABEL_MAX_WORDS = 8


def _hook_list(hook: str, lang: Lang) -> tuple[str, list[str]] | None:
    """(the hook's label and its colon, the figures it lists) when the hook is a label over
    a verbless list of figures ("Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %),
    résultat net positif…, 14 collaborateurs…"); else None."""
    found = _LABEL.match(hook.strip())
    if found is None or len(found.group("label").split()) > _LABEL_MAX_WORDS:
        return None
    doc = parse(lang, hook.strip())
    if not _verbless([t for t in doc]):
        return None
    items = _items_of(found.group("list"), doc, lang)
    if items is None:
        return None
    colon = "\u00a0:" if lang == "fr" else ":"
    return f"{found.group('label')}{colon}", items


def _bare_list(hook: str, lang: Lang) -> list[str] | None:
    """The figures of a hook that is a verbless list of them and nothing else, else None."""
    text = _OPENING_EMOJI.sub("", hook.strip())
    if not _DIGIT.search(text) or ":" in text:
        return None
    doc = parse(lang, text)
    tokens = [t for t in doc if not t.is_space and not _is_emoji(t)]
    if not tokens or not _verbless(tokens):
        return None
    return _items_of(text, doc, lang)


def _figures_of(
    detail: str, lang: Lang, table: _Table, brand: str | None, previous_noun: str
) -> _Figures | None:
    """The lines ``detail`` gives when they say all of it, else None."""
    if "\n" in detail or not _DIGIT.search(detail):
        return None
    # Emoji the piece opens on ("🥳 En 2025, on a livré…", the headline's, which the
    # sentence splitter read on to) go back to the hook: the parser hangs the year on them.
    opening = _OPENING_EMOJI.match(detail)
    result = _Figures([], opening_emoji=opening.group().strip() if opening else "")
    doc = parse(lang, detail[opening.end() :] if opening else detail)
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        if not tokens or all(_punct(t) for t in tokens):
            continue  # the parser read a list's stop as a sentence of its own
        labelled = None if result.lines or result.year else _hook_list(_sentence_text(tokens), lang)
        if labelled is not None:
            # "This year: 12,000 coffees, 3 new baristas, 1 very tired owner.": the label
            # heads the lines, as a year the figures' sentence opens on does.
            result.year = labelled[0].rstrip(":").rstrip("\u00a0 ")
            result.lines += labelled[1]
            continue
        lines = _predicate_lines(doc, tokens, lang, table, brand, previous_noun, result)
        if lines is None and _verbless(tokens):
            lines = _list_items(tokens, lang)
        if lines is None:
            return None
        result.lines += lines
        previous_noun = _last_noun(lines[-1]) if lines else previous_noun
    return result if result.lines else None


_OPENING_EMOJI = regex.compile(r"(?:[\p{Extended_Pictographic}\ufe0f\u200d]+[\s\u00a0\u202f]*)+")


def _sentence_text(tokens: Sequence[Token]) -> str:
    """The sentence ``tokens`` as written."""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _punct(token: Token) -> bool:
    """Punctuation as the tagger reads it ("%" is no punctuation here, spaCy's
    ``is_punct`` says it is)."""
    return token.pos_ == "PUNCT"


def _is_emoji(token: Token) -> bool:
    return bool(regex.fullmatch(r"[\p{Extended_Pictographic}\ufe0f\u200d]+", token.text))


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (
        "Fin" in token.morph.get("VerbForm", []) or token.tag_ in ("VBD", "VBZ", "VBP", "MD")
    )


def _verbless(tokens: Sequence[Token]) -> bool:
    return not any(_finite(t) for t in tokens)


def _list_items(tokens: Sequence[Token], lang: Lang) -> list[str] | None:
    """The items of a verbless sentence that lists figures ("87 bénévoles, zéro incident,
    2 300 repas servis à la buvette."), at least :data:`MIN_LINES` of them and most with a
    number; commas inside brackets do not part items. None otherwise."""
    doc = tokens[0].doc
    return _items_of(doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)], doc, lang)


def _items_of(text: str, doc: Doc, lang: Lang) -> list[str] | None:
    """:func:`_list_items` of ``text``, a verbless run of ``doc``."""
    text = _STOP.sub("", text)
    if ":" in text or ";" in text:
        return None
    items: list[str] = []
    depth, start = 0, 0
    for at, char in enumerate(text):
        if char in "(«":
            depth += 1
        elif char in ")»":
            depth -= 1
        elif char == "," and depth == 0 and text[at + 1 : at + 2].isspace():
            items.append(text[start:at])
            start = at + 1
    items.append(text[start:])
    items = [_AND[lang].sub("", item.strip()) for item in items if item.strip()]
    # The last two items joined by "et" / "and" ("310 livres et 86 doudous").
    last = _AND_INSIDE[lang].split(items[-1]) if items else []
    if len(last) == 2 and all(_DIGIT.search(part) for part in last):
        items[-1:] = [part.strip() for part in last]
    with_number = sum(1 for item in items if _counts(item, doc, lang))
    if len(items) < MIN_LINES or with_number * 2 <= len(items):
        return None
    return items


_AND = {"fr": regex.compile(r"^et[\s\u00a0]+"), "en": regex.compile(r"^and[\s\u00a0]+")}
_AND_INSIDE = {
    "fr": regex.compile(r"[\s\u00a0]+et[\s\u00a0]+(?=\p{N})"),
    "en": regex.compile(r"[\s\u00a0]+and[\s\u00a0]+(?=\p{N})"),
}


# Numbers that count nothing: a phone's, a date's, a time's digits.
_NOT_COUNTS = (FactKind.PHONE, FactKind.DATE, FactKind.TIME)


def _counts(item: str, doc: Doc, lang: Lang) -> bool:
    """Whether ``item`` gives a figure: a number that counts something, not a street's
    number, a phone, a date or a time (« Commandez en boutique, 12 rue d'Antibes, ou au
    04 93 38 21 07 » lists no figures)."""
    spans = [
        *street_addresses(item, lang),
        *((fact.start, fact.end) for fact in pattern_facts(item, _NOT_COUNTS)),
    ]
    counted = item
    for start, end in spans:
        counted = counted[:start] + " " * (end - start) + counted[end:]
    return bool(_DIGIT.search(counted)) or _number_word(item, doc)


def _number_word(item: str, doc: Doc) -> bool:
    """Whether ``item`` opens on a number written in words ("zéro incident", "one very
    soggy finish line")."""
    first = item.split()[0] if item.split() else ""
    return first.isalpha() and any(t.text == first and t.like_num for t in doc)


def _predicate_lines(
    doc: Doc,
    tokens: Sequence[Token],
    lang: Lang,
    table: _Table,
    brand: str | None,
    previous_noun: str,
    result: _Figures,
) -> list[str] | None:
    """A line per predicate of the sentence ``tokens`` whose object holds a number, when
    the lines say all of the sentence; else None."""
    inside = {t.i for t in tokens}
    roots = [
        t
        for t in tokens
        if t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.i in inside) or _chained(t, lang)
    ]
    predicates = [t for t in roots if _object(t) is not None]
    if not predicates or predicates[0].dep_ != "ROOT":
        return None
    # Every verb of the sentence is one of the figures' predicates: a clause of its own
    # ("saving them an estimated $310,000") is more than a figure.
    chosen = {p.i for p in predicates}
    for token in tokens:
        if token.i in chosen or token.dep_ in (*_AUX, "amod", "acl"):
            continue
        if _finite(token) or (token.pos_ == "VERB" and token.dep_ in ("conj", "advcl", "ROOT")):
            return None
    covered: set[int] = set()
    lines: list[str] = []
    for predicate in predicates:
        line = _line_of(predicate, doc, lang, table, brand, previous_noun, result, covered, chosen)
        if line is None:
            return None
        if line[0]:
            lines.append(line[0])  # a subject that is a figure of its own
        lines.append(line[1])
        previous_noun = _last_noun(line[1]) or previous_noun
    # What the lines leave out: punctuation, "and" between predicates, nothing else.
    for token in tokens:
        if token.i in covered or _punct(token) or _is_emoji(token):
            continue
        if token.dep_ == "cc" and token.head.i in chosen:
            continue
        return None
    return lines


def _chained(token: Token, lang: Lang) -> bool:
    """Whether ``token`` is a French participle the parser hung on the first one as a
    clause of its own, though it shares its subject and auxiliary (« on a pressé 42
    tonnes de pommes, rempli 18 000 bouteilles et planté… »: « rempli » is no « advcl »)."""
    return (
        lang == "fr"
        and token.dep_ == "advcl"
        and token.head.dep_ == "ROOT"
        and token.i > token.head.i
        and "Part" in token.morph.get("VerbForm", [])
        and "Part" in token.head.morph.get("VerbForm", [])
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in (*_SUBJECTS, *_AUX, "mark") for c in token.children)
    )


def _object(predicate: Token) -> Token | None:
    """The predicate's direct object when it holds a number (a figure), else None."""
    for child in predicate.children:
        if child.dep_ in _OBJECTS and any(
            t.like_num or t.pos_ == "NUM" or _DIGIT.search(t.text) for t in child.subtree
        ):
            return child
    return None


def _line_of(
    predicate: Token,
    doc: Doc,
    lang: Lang,
    table: _Table,
    brand: str | None,
    previous_noun: str,
    result: _Figures,
    covered: set[int],
    chosen: set[int],
) -> tuple[str, str] | None:
    """(a subject line or '', the predicate's line), marking the tokens they say in
    ``covered``; None when the predicate's line cannot say all it does."""
    obj = _object(predicate)
    assert obj is not None
    lemma = predicate.lemma_.casefold()
    counting = lemma in table.counting or predicate.lower_ in table.counting
    participle = "" if counting else _participle(predicate, obj, lang, previous_noun)
    if participle is None:
        return None
    covered.add(predicate.i)
    subject_line, subject_text = "", ""
    tail: list[Token] = []
    particles: list[Token] = []
    auxiliaries: list[Token] = []
    for child in predicate.children:
        if child.i in chosen or child.dep_ == "cc" or _punct(child):
            continue
        span = list(child.subtree)
        if _is_emoji(child) or (child.i != obj.i and _droppable(span, table)):
            covered.update(t.i for t in span)
            continue
        if child.dep_ in _SUBJECTS and not result.year and not result.lines:
            when = _when_of(span, table)
            if when and any(c.lower_ in _FIRST_PERSON[lang] for c in predicate.children):
                # « Cet été, on a accueilli… »: the parser read the time as a subject.
                result.year = when
                covered.update(t.i for t in span)
                continue
        if child.dep_ in _SUBJECTS:
            words = " ".join(t.text for t in span)
            covered.update(t.i for t in span)
            if child.lower_ in _FIRST_PERSON[lang]:
                continue  # the business speaks: its lines need no subject
            if any(t.like_num or _DIGIT.search(t.text) for t in span):
                subject_line = _span_text(span)  # "212 Foundry Fitness members"
                continue
            if brand and brand in words:
                continue
            if child.pos_ == "PRON":
                return None  # "it", « elle »: a line cannot say what it stands for
            subject_text = _lowered(span)
            continue
        if child.dep_ in _AUX:
            auxiliaries.append(child)
            covered.add(child.i)
            continue
        if child.i < predicate.i:
            year = _year_of(span) or _when_of(span, table)
            if year and not result.year and not result.lines:
                result.year = year
                covered.update(t.i for t in span)
                continue
            return None
        if child.dep_ == "prt" and child.i < obj.i:
            particles.append(child)
            covered.add(child.i)
            continue
        if child.i == obj.i:
            continue
        tail.extend(span)
    # A comma that opens what follows the figure (« 18 400 paniers, soit +23 % »).
    tail_start = min((t.i for t in tail), default=None)
    tail += [c for c in predicate.children if _punct(c) and c.text == "," and tail_start == c.i + 1]
    core = _core(obj, lang)
    rest = sorted((t for t in obj.subtree if t.i not in {c.i for c in core}), key=lambda t: t.i)
    if any(t.dep_ in ("conj", "appos") and t.head.i == obj.i for t in rest):
        return None  # "collected 1,240 toys, 310 books and 86 teddies": one line is no list
    if any(t.pos_ == "VERB" and any(c.dep_ in _OBJECTS for c in t.children) for t in rest):
        return None  # a predicate the parser hung on the figure: the line would hold two
    covered.update(t.i for t in obj.subtree)
    covered.update(t.i for t in tail)
    figure = _span_text(core)
    if obj.lower_ == "ones":
        if not previous_noun:
            return None
        figure = _span_text(core[:-1]) + " " + previous_noun if len(core) > 1 else previous_noun
    after = sorted([*rest, *tail], key=lambda t: t.i)
    after = [t for t in after if not (_punct(t) and t.i == after[-1].i and t.text in ".!…")]
    after_text = _span_text(after)
    joint = "" if after_text.startswith((",", ")")) else " "
    if counting:
        line = figure
        if subject_text:
            noun = obj.lemma_.casefold()
            preposition = table.prepositions.get(noun, table.prepositions["default"])
            line = f"{figure} {preposition} {subject_text}"
    elif subject_text:
        # Another subject than the business's does what the line says: the line keeps it
        # and its verb as written ("turnover passed £500k for the first time").
        verb = " ".join(t.text for t in [*auxiliaries, predicate, *particles])
        line = f"{subject_text} {verb} {figure}"
    else:
        verb = " ".join([participle, *(p.text for p in particles)])
        line = f"{figure} {verb}"
    line = f"{line}{joint}{after_text}".strip() if after_text else line
    return subject_line, line


def _core(obj: Token, lang: Lang) -> list[Token]:
    """The object's noun phrase up to its noun, with the adjectives and the "of" / « de »
    phrases right after it ("an estimated 11 tonnes of metal", « 1 150 familles abonnées »),
    before anything else it goes on with (« à nos producteurs », ", soit +23 %")."""
    subtree = sorted(obj.subtree, key=lambda t: t.i)
    core = [t for t in subtree if t.i <= obj.i]
    for child in sorted(obj.rights, key=lambda t: t.i):
        span = sorted(child.subtree, key=lambda t: t.i)
        if span[0].i != core[-1].i + 1:
            break
        if child.dep_ == "amod" or (
            span[0].lower_ in _OF[lang]
            and child.dep_ in ("prep", "nmod")
            and not any(_punct(t) for t in span)
        ):
            core += span
        else:
            break
    return core


def _participle(predicate: Token, obj: Token, lang: Lang, previous_noun: str) -> str | None:
    """The predicate's past participle, agreeing with its object in French; None for a
    verb not in a past tense (its line would have to conjugate it)."""
    if lang == "en":
        if predicate.tag_ == "VBN":
            return predicate.text
        if predicate.tag_ == "VBD":
            return _english_participles().get(predicate.lower_, predicate.lower_)
        return None
    if "Part" not in predicate.morph.get("VerbForm", []):
        return None
    # The lexicon and the noun's ending know a gender better than the tagger (« 18 000
    # bouteilles » it reads as masculine); a noun it gave none stays masculine, as a group
    # of people of either sex is (« 120 bénévoles accueillis »).
    tagged = obj.morph.get("Gender", [])
    known = known_noun_gender(obj.text)
    feminine = (
        known == "f" if known else bool(tagged) and noun_gender(obj.text, _gender(tagged)) == "f"
    )
    plural = "Plur" in obj.morph.get("Number", []) or _many(obj)
    word = predicate.text
    if feminine and not word.endswith("e"):
        word += "e"
    if plural and not word.endswith(("s", "x")):
        word += "s"
    return word


def _gender(tagged: Sequence[str]) -> Gender | None:
    return "f" if "Fem" in tagged else "m" if "Masc" in tagged else None


def _many(obj: Token) -> bool:
    """Whether the object counts more than one (« 412 000 € »: the tagger reads "€" as
    singular)."""
    numbers = [t.text for t in obj.subtree if t.i < obj.i and _DIGIT.search(t.text)]
    digits = regex.sub(r"[^\d,.]", "", "".join(numbers)).replace(",", ".")
    try:
        return float(digits) >= 2 if digits else False
    except ValueError:
        return True


def _droppable(span: Sequence[Token], table: _Table) -> bool:
    words = " ".join(t.lower_ for t in span if not _punct(t))
    return words in table.droppable


def _year_of(span: Sequence[Token]) -> str:
    """An adverbial that is only a year, as written ("In 2025", « En 2025 »), else ''."""
    words = [t for t in span if not _punct(t)]
    if len(words) == 2 and words[0].pos_ == "ADP" and _YEAR.fullmatch(words[1].text):
        return _span_text(words)
    return ""


def _when_of(span: Sequence[Token], table: _Table) -> str:
    """An adverbial that only says over which time the figures count, as written ("Last
    year", « Cet été », « En dix ans », "Since reopening"), else ''."""
    words = [t for t in span if not _punct(t)]
    if not 1 <= len(words) <= 3 or words[-1].lower_ not in table.periods:
        return ""
    if any(t.pos_ not in ("ADP", "SCONJ", "DET", "ADJ", "NUM", "NOUN") for t in words[:-1]):
        return ""
    return _span_text(words)


def _lowered(span: Sequence[Token]) -> str:
    """A subject as a line writes it after the figure: its first word in lower case unless
    it is a name ("Turnover" → "turnover", "Our nights" → "our nights")."""
    text = _span_text(span)
    first = span[0]
    if first.pos_ == "PROPN" or (first.text.isupper() and len(first.text) > 1):
        return text
    return text[:1].lower() + text[1:]


def _span_text(tokens: Sequence[Token]) -> str:
    """The tokens as written: their own spacing within a run, one space between runs."""
    out = ""
    ordered = sorted(tokens, key=lambda t: t.i)
    for token, after in itertools.zip_longest(ordered, ordered[1:]):
        out += token.text
        if after is not None:
            out += token.whitespace_ if after.i == token.i + 1 else " "
    return out.strip()


_NOUN_END = regex.compile(r"(\p{L}+)(?=[^\p{L}]*$)")


def _last_noun(line: str) -> str:
    """The noun a figure counts, for "ones" after it: the word after its number ("4,812
    bikes fixed" → "bikes")."""
    found = regex.match(r"[^\p{L}]*\p{N}[\p{N},.\s\u00a0\u202f]*(\p{L}+)", line)
    return found.group(1) if found else ""


def _line_emoji(line: str, lang: Lang, used: set[str]) -> str:
    """The emoji of what ``line`` counts, not one an earlier line has; ✅ when none fits."""
    doc = parse(lang, line)
    words = [(t.text, t.lemma_) for t in doc]
    found = [
        *topics_among(words, lang, load_topics(DATA_FILE)),
        *topics_among(words, lang, topics()),
    ]
    for topic in found:
        if topic.emoji not in used:
            used.add(topic.emoji)
            return topic.emoji
    return ANY_FIGURE_EMOJI


@cache
def _table(lang: Lang) -> _Table:
    document: Any = load_data(DATA_FILE)
    if not isinstance(document, dict):
        raise DataFileError(f"{DATA_FILE}: expected a mapping")

    def of(key: str) -> Any:
        value = document.get(key)
        if not isinstance(value, dict) or lang not in value:
            raise DataFileError(f"{DATA_FILE}: `{key}` needs an entry for {lang}")
        return value[lang]

    prepositions = of("counting-prepositions")
    if not isinstance(prepositions, dict) or "default" not in prepositions:
        raise DataFileError(f"{DATA_FILE}: counting-prepositions.{lang} needs a default")
    return _Table(
        counting=frozenset(w.casefold() for w in string_list(of("counting"), "counting")),
        prepositions={str(k): str(v) for k, v in prepositions.items()},
        droppable=string_list(of("droppable"), "droppable"),
        intro=str(of("intro")),
        periods=frozenset(w.casefold() for w in string_list(of("periods"), "periods")),
    )


@cache
def _english_participles() -> dict[str, str]:
    document: Any = load_data(DATA_FILE)
    table = document.get("participles-en") if isinstance(document, dict) else None
    if not isinstance(table, dict):
        raise DataFileError(f"{DATA_FILE}: expected a `participles-en:` mapping")
    return {str(k): str(v) for k, v in table.items()}
