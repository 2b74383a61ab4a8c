"""The blog form: a Markdown article whose page fields go to its front matter.

A blog post is published by a site generator (Hugo, Jekyll, WordPress's Markdown import):
the title, the meta description, the date and the tags are page fields, written in the
front matter, and the article opens on an H1 title and a lead paragraph. Hashtags are a
feed's habit: on a blog they are the post's ``tags``, never inline. The voice's template
writes the article (``voices/expert-blog.yaml``); this module gives it a title that fits a
search result, and turns the variant into the file a site generator reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import regex
import yaml

from brandvoice.lang import base_language
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from brandvoice.understand.model import Message

# Search engines show about 60-70 characters of a title; past that it is cut with "...".
TITLE_LIMIT = 70
# A whole clause up to this long reads better than a title cut with "…": search engines
# shorten it, but the page's heading and the press note's headline stay whole.
TITLE_MAX = 100
# Past TITLE_MAX, a whole clause still beats a cut one up to this long (two lines of a
# page's heading); only beyond it is a title cut with "…".
TITLE_WHOLE_MAX = 160
# A title shorter than this reads as a fragment ("Le marché"): cut elsewhere.
TITLE_MIN_WORDS = 3

# Where a title may end when the whole sentence is too long: a clause boundary, or just
# before a date, a time, a place or a price (the lead paragraph gives them).
_CLAUSE_END = regex.compile(
    r"\s*(?:[,;:–—]|\s-\s)"
    # or before a clause that gives a reason or a purpose: the lead says it
    r"|\s(?=(?:because|so that|parce qu|car|afin d|pour que|puisqu)(?![\p{L}]))",
    regex.IGNORECASE,
)
# Words a title must not end on: what they introduce was cut.
_DANGLING = {
    "fr": frozenset(
        [
            "à",
            "au",
            "aux",
            "de",
            "du",
            "des",
            "d",
            "le",
            "la",
            "les",
            "l",
            "un",
            "une",
            "et",
            "ou",
            "dès",
            "depuis",
            "jusqu",
            "jusqu'au",
            "jusqu’au",
            "pour",
            "par",
            "avec",
            "sur",
            "en",
            "chez",
            "ce",
            "cet",
            "cette",
            "ces",
            "notre",
            "nos",
            "votre",
            "vos",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "partir",
            "entre",
            "après",
            "avant",
            "dans",
            "pendant",
            "vers",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "of",
            "to",
            "at",
            "on",
            "in",
            "from",
            "for",
            "with",
            "by",
            "and",
            "or",
            "until",
            "till",
            "starting",
            "our",
            "your",
            "their",
            "its",
            "this",
            "these",
            "that",
            "between",
            "after",
            "before",
            "since",
            "during",
            "into",
        ]
    ),
}
# The same, for the modules that write a short line from a sentence (a social hook).
DANGLING_WORDS = _DANGLING
# "entre octobre et ", "du 11 au ", "from May to ": the start of a range ending at a date.
# Its words open no bracket: "de Giens (samedi et " is a name, then an aside.
_RANGE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:entre|du|de|from|between)\s+[^\s(«“\[]+(?:\s+[^\s(«“\[]+){0,2}?"
    r"\s+(?:et|au|à|to|and)\s+\Z",
    regex.IGNORECASE,
)
# A day named in the sentence starts its "when", even where the reader found no date.
_DAY_NAME = regex.compile(
    r"(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?![\p{L}])",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
_HASHTAG_LINE = regex.compile(r"\n\n((?:#[\p{L}\p{N}_]+[ \t]*)+)\Z")


def blog_title(hook: str, message: Message | None, lang: str, *, to_reader: bool = False) -> str:
    """The article's title (see :func:`_title`); one that is only the time or cause the
    first sentence opens on (« En raison du mouvement social qui touche notre
    transporteur ») gives way to the sentence's main clause, the news (« Les colis expédiés
    depuis le lundi 30 novembre subissent des retards »), as a press headline does; with
    ``to_reader`` (an article's title), a clause that speaks to its reader too."""
    from brandvoice.adaptation.press_headline import main_clause
    from brandvoice.adaptation.transforms.drop_salutation import without_salutation

    # « Chers clients, à partir du 1er février, … » titles no article « Chers clients… »,
    # nor a feed's headline: the news after the greeting does.
    hook = without_salutation(hook.strip(), lang)
    title = _title(hook, message, lang)
    if message is None:
        return title
    clause = main_clause(title, hook, lang, to_reader=to_reader)
    if clause is not None and len(clause) <= TITLE_WHOLE_MAX:
        return clause  # whole: a cut would leave its subject without the news
    return title


def _title(hook: str, message: Message | None, lang: str) -> str:
    """The article's title from its first sentence: the news without a filler opening
    ("Nous avons le plaisir de vous annoncer que"), without its final stop, and within
    :data:`TITLE_LIMIT` characters, cut at a clause boundary or before the first date,
    time, place or price (which the lead gives) rather than inside a phrase; when no such
    cut fits, the shortest whole clause up to :data:`TITLE_MAX` characters, then up to
    :data:`TITLE_WHOLE_MAX`, and "…" only when nothing whole is that short."""
    from brandvoice.adaptation.layout import headline_in, title_of, without_emoji
    from brandvoice.adaptation.transforms.lead_with_news import without_filler_opening

    hook = hook.strip()
    # A headline the sentence splitter read on from ("Flash sale at Crumb & Co! Thursday
    # 20 March only: …") is the title by itself; one too short to be a title ("Doors
    # open! ☕ Northern Grind is now serving…") leaves it to the sentence after it.
    headline = headline_in(hook, message.text) if message is not None else None
    if headline is not None:
        head, after = headline
        hook = head if len(_WORD.findall(head)) >= TITLE_MIN_WORDS else after
    # An H1 does not exclaim (the lead under it says the sentence again, "!" included) and
    # has no emoji: the one after the "!" would hide it from the strip below.
    title = title_of(without_filler_opening(without_emoji(hook).strip(), lang))
    title = title.rstrip("!").rstrip(" \u202f\u00a0")
    if message is not None and len(title) > TITLE_LIMIT:
        title = _without_asides(title, message.lang)
    if len(title) <= TITLE_LIMIT:
        return title
    language = base_language(lang)
    # (where the cut falls, the title it gives): a cut past the limit is no title within it,
    # whatever the dangling words it leaves behind ("du vendredi 11 au" of a range).
    clean = [
        (end, candidate)
        for end in sorted(_cut_points(title, message))
        if len(_WORD.findall(candidate := _without_dangling(title[:end], language)))
        >= TITLE_MIN_WORDS
    ]
    fitting = [c for end, c in clean if end <= TITLE_LIMIT]
    if fitting:
        return max(fitting, key=len)
    # No clean cut within the limit: the shortest whole clause, or the whole sentence,
    # while it stays readable as one line.
    longer = [c for _, c in clean if len(c) <= TITLE_MAX]
    longer += [title] if len(title) <= TITLE_MAX else []
    if longer:
        return min(longer, key=len)
    # Nothing whole is that short: a whole clause, or the whole sentence, still beats a
    # headline stopped mid-phrase, up to two lines of a page's heading.
    whole = [c for _, c in clean if len(c) <= TITLE_WHOLE_MAX]
    whole += [title] if len(title) <= TITLE_WHOLE_MAX else []
    if whole:
        return min(whole, key=len)
    # Nothing whole fits: whole words within the limit, "…" saying the title goes on.
    cut = title[: TITLE_LIMIT - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    while open_marks(cut) and " " in cut:  # not inside a quotation either
        cut = cut[: cut.rfind(" ")]
    return _without_dangling(cut, language) + "…"


def title_cuts(title: str, message: Message | None, lang: str) -> list[str]:
    """Every head :func:`blog_title` could cut ``title`` to (at a clause boundary, before a
    day, a date, a time, a place or a price), shortest first, without the words left
    dangling at its end, each of at least :data:`TITLE_MIN_WORDS` words. Each is a prefix
    of ``title``: what was cut is ``title[len(head):]``. A social post's hook is written
    from them (:func:`brandvoice.adaptation.layout.social_form`)."""
    language = base_language(lang)
    heads: list[str] = []
    for end in sorted(_cut_points(title, message)):
        head = _without_dangling(title[:end], language)
        if len(_WORD.findall(head)) >= TITLE_MIN_WORDS and head not in heads:
            heads.append(head)
    return sorted(heads, key=len)


def _cut_points(title: str, message: Message | None) -> set[int]:
    points = {m.start() for m in _CLAUSE_END.finditer(title)}
    points |= {m.start() for m in _DAY_NAME.finditer(title)}
    if message is not None:
        from brandvoice.understand.model import Role

        # Never inside a fact: "… first patients on Tuesday" cut at the comma of "Tuesday,
        # January 5, 2027" names the wrong day; a name cut short names another business.
        inside = [
            (at, at + len(fact.text))
            for fact in message.facts
            if fact.text and (at := title.find(fact.text)) >= 0
        ]
        points = {p for p in points if not any(start < p < end for start, end in inside)}
        for fact in message.facts:
            if fact.role in (Role.WHEN, Role.WHERE, Role.PRICE) and fact.text:
                at = title.find(fact.text)
                if at > 0:
                    # The end of a range: the cut goes before its start ("entre octobre
                    # et décembre", "from May to June"), not inside it.
                    opened = _RANGE_BEFORE.search(title, 0, at)
                    points.add(opened.start() if opened else at)
    if message is not None and any(title[p : p + 1] == "," for p in points):
        # A comma between the subject and its verb (after an apposition: « Le garage
        # Provence Autos, installé depuis 1998 à La Valette, assure… ») leaves a subject
        # with no verb, which is no title.
        split = _subject_verb_gap(title, message.lang)
        if split is not None:
            subject, verb = split
            points = {p for p in points if not (subject < p < verb and title[p : p + 1] == ",")}
    # Never inside a quotation or an aside: the title would leave its « or ( open.
    return {point for point in points if not open_marks(title[:point])}


def _without_asides(title: str, lang: str) -> str:
    """``title`` without what sits between its subject and its verb: an apposition between
    commas (« Le garage Provence Autos, installé depuis 1998 à La Valette, assure… » →
    « Le garage Provence Autos assure… ») and the formula announcing the news after the
    subject (« …, a le plaisir de vous informer qu'il assure » → « … assure »). A title
    says who does what; the lead under it gives the rest."""
    from brandvoice.adaptation.transform import parse
    from brandvoice.adaptation.transforms.lead_with_news import without_formula_after_subject

    # Dependencies only: the tagged parse (no lemmas, no entities) has the same ones.
    doc = parse(lang, title, full=False)
    if not doc.has_annotation("DEP"):
        return title
    cuts: list[tuple[int, int]] = []
    for token in doc:
        if token.dep_ not in ("appos", "acl") or token.head.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        first, last = token.left_edge.i, token.right_edge.i
        # The parser may hang the commas on the aside itself.
        first = first if doc[first].text == "," else first - 1
        last = last if doc[last].text == "," else last + 1
        if 0 < first < last < len(doc) and doc[first].text == doc[last].text == ",":
            cuts.append((doc[first].idx, doc[last].idx + 1))
    for start, end in sorted(cuts, reverse=True):
        title = title[:start] + title[end:]
    return without_formula_after_subject(title, lang)


def _subject_verb_gap(text: str, lang: str) -> tuple[int, int] | None:
    """Where the first sentence's subject ends and its main verb starts in ``text``, from
    spaCy's parse; None with no parse or no subject before the verb."""
    from brandvoice.adaptation.transform import parse

    doc = parse(lang, text, full=False)  # dependencies only, as above
    if not doc.has_annotation("DEP"):
        return None
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    root = first.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i]
    if not subjects:
        return None
    return subjects[0].idx + len(subjects[0].text), root.idx


def _without_dangling(text: str, lang: str) -> str:
    """``text`` without the function words and punctuation left hanging at its end."""
    dangling = _DANGLING.get(lang, frozenset())
    text = text.rstrip(" ,;:–—-\u00a0\u202f")
    while True:
        words = list(_WORD.finditer(text))
        if len(words) <= 1:
            return text
        last = words[-1]
        if last.group().casefold() not in dangling or last.end() != len(text):
            return text
        text = text[: last.start()].rstrip(" ,;:–—-\u00a0\u202f'’")


def take_hashtag_line(text: str) -> tuple[str, list[str]]:
    """``text`` without its closing line of hashtags, and those tags without their ``#``:
    on a blog they belong in the front matter's ``tags``."""
    found = _HASHTAG_LINE.search(text)
    if found is None:
        return text, []
    tags = [tag.lstrip("#") for tag in found.group(1).split()]
    return text[: found.start()].rstrip(), tags


def front_matter(
    *, title: str, description: str, date: dt.date, lang: str, tags: Sequence[str]
) -> dict[str, object]:
    """The page fields of a blog variant, in the order site generators document them."""
    fields: dict[str, object] = {
        "title": title,
        "description": description,
        "date": date.isoformat(),
        "lang": lang,
    }
    if tags:
        fields["tags"] = list(tags)
    return fields


def front_matter_block(fields: Mapping[str, object]) -> str:
    """``fields`` as a YAML front matter block, between its ``---`` lines."""
    header = yaml.safe_dump(dict(fields), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{header}---"


def markdown_document(text: str, fields: Mapping[str, object]) -> str:
    """The file a site generator reads: ``fields`` as YAML front matter, then ``text``."""
    return f"{front_matter_block(fields)}\n\n{text}\n"
