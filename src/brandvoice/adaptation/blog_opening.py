"""How a blog article opens: a title, a line that says why it matters, and a lead that does
not say the title again.

A blog's title is cut from the master's first sentence (:func:`brandvoice.adaptation.blog.
blog_title`), and the article's lead is that sentence: "# Shipping today: recurring invoices
in Tallybook" over "Shipping today: recurring invoices in Tallybook." reads as a paste. An
editor keeps the title and lets the next sentence lead when the first only says the title
again (a long title cut short of its sentence's end becomes the whole sentence, said once);
when the title is the first sentence's heading, the words before its colon ("Heads up if you
dined with us last Friday or Saturday: our card terminal provider had a glitch…"), the lead
opens on what follows the colon; when it is the sentence's first clause, on the sentence
after its comma, if that clause opens on its own subject. A job ad still titled by its
lead gets the job as its title. A title cut elsewhere inside the sentence keeps its lead
whole: what the cut left out is a fact the reader needs.

Under the title, a standfirst tells the reader why the article is for them, where the
message's intent says it without inventing anything: a recall tells its buyers what to do, a
job ad how to apply, an incident notice what happened and what it changes. The lines, and
what the message must have for each to be true, are data (``data/blog-leads.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.blog import TITLE_LIMIT, TITLE_MAX, TITLE_MIN_WORDS
from brandvoice.adaptation.fitting.purpose import leans_on_previous
from brandvoice.adaptation.news_headline import words
from brandvoice.adaptation.paragraphs import without_opening_and
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

    from brandvoice.understand.model import Message

# The colon that ends a sentence's heading ("Heads up …: our terminal…"), French spacing
# included; a colon inside a time ("7:30") or a link is none.
_COLON = regex.compile(r"[\s\u00a0\u202f]*:(?=\s)")
_QUOTES = "«“\"'‘„"
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


@dataclass(frozen=True, slots=True)
class BlogOpening:
    """The article's title and its pieces (the lead first), and why they changed ('' when
    they did not)."""

    title: str
    pieces: list[str]
    reason: str = ""


def blog_opening(
    title: str,
    pieces: list[str],
    lang: str,
    message: Message | None = None,
    brand: str | None = None,
) -> BlogOpening:
    """``title`` and ``pieces`` (the lead first) as the article opens on them: without a lead
    that only says the title again, or with the lead opening after the colon the title
    stops at (see the module's docstring)."""
    if not pieces or not words(title):
        return BlogOpening(title, list(pieces))
    lead, rest = pieces[0], list(pieces[1:])
    # The lead's first sentence, and what would lead if it went: the rest of its line (a
    # line may hold two sentences: « … is out now 🎙️ Every fortnight, … »), else the next.
    first, more = _first_sentence(lead)
    following = [more, *rest] if more else rest
    can_lead = (
        bool(following) and not _is_list(following[0]) and not leans_on_previous(following[0], lang)
    )
    whole = _whole_title(first, title)
    if whole is not None and can_lead:
        # A long title cut short of its sentence's end ("… meilleure baguette" without "du
        # Var"): the whole sentence is as good a heading, and says every word once.
        title = whole
    said, head = words(title), words(first)
    # The first sentence only says the title, or the title ran on past it (the emoji that
    # ended it gone: « … is out now Every fortnight »): it goes, the next sentence leads.
    if can_lead and (
        said == head
        or (
            len(head) >= TITLE_MIN_WORDS
            and said[: len(head)] == head
            and words(lead)[: len(said)] == said
        )
    ):
        heading = title if said == head else _heading_of(title, len(head))
        return BlogOpening(
            heading,
            [_with_stop(without_opening_and(following[0])), *following[1:]],
            f"lead {first!r} dropped: it only said the title again; the next sentence leads",
        )
    if words(lead) == words(title):
        return BlogOpening(title, list(pieces))  # nothing else could lead
    named = _quoted_name(lead, title)
    if named is not None and rest and not _is_list(rest[0]):
        return BlogOpening(
            named,
            [without_opening_and(rest[0]), *rest[1:]],
            f"title {named!r}: the name of what the lead announces ({title!r}), which the "
            "lead only said again",
        )
    split = _after_heading(lead, title) or _after_clause(lead, title, lang)
    if split is not None:
        heading, after = split
        return BlogOpening(
            heading,
            [after[:1].upper() + after[1:], *rest],
            f"lead opens after the title's words ({heading!r}): the lead said them again",
        )
    hiring = _hiring_title(lead, title, lang, message, brand)
    if hiring is not None:
        return BlogOpening(
            hiring,
            list(pieces),
            f"title {hiring!r} written from the job ad's facts: {title!r} was the lead's words",
        )
    return BlogOpening(title, list(pieces))


def _whole_title(lead: str, title: str) -> str | None:
    """``lead`` as a title, when ``title`` is a cut of it already past a search result's
    length and the whole sentence is still a heading's (see blog.TITLE_MAX)."""
    said = words(title)
    if len(title) <= TITLE_LIMIT or said == words(lead) or words(lead)[: len(said)] != said:
        return None
    heading = lead.strip().rstrip(".!").rstrip(" \u00a0\u202f")
    if len(heading) > TITLE_MAX or "\n" in heading or open_marks(heading):
        return None
    return heading


# What a job ad's headline is written over: hiring_headline titles a generic one.
_GENERIC_HIRING = {"fr": "Nous recrutons", "en": "We're hiring"}


def _hiring_title(
    lead: str, title: str, lang: str, message: Message | None, brand: str | None
) -> str | None:
    """For a job ad whose title is its lead's first words, the headline a generic hiring
    title gets (:func:`brandvoice.adaptation.headline.hiring_headline`: "Part-time barista
    wanted at Tide & Tamp, Brighton"); None when the facts do not write one."""
    from brandvoice.adaptation.headline import hiring_headline
    from brandvoice.understand.model import Intent

    if message is None or message.intent is not Intent.HIRING:
        return None
    said = words(title)
    if words(lead)[: len(said)] != said:
        return None
    generic = _GENERIC_HIRING.get(base_language(lang))
    return hiring_headline(generic, lead, message, lang, brand) if generic else None


# Heads before a colon this short are labels of no news ("Erratum", "Contact").
_HEAD_MIN_WORDS = 2
# What after a colon or a comma is no sentence of its own: a relative or a subordinate
# clause hangs on the words before it.
_HANGING = regex.compile(
    r"(?:qui|que|qu['’]|dont|où|lorsque|quand|si|comme|car|parce|puisque|afin|pour|"
    r"which|who|whom|whose|that|where|when|while|because|since|if|as|although|though|"
    r"unless|until|to|for)(?![\p{L}])",
    regex.IGNORECASE,
)
# A conjunction the clause after a comma opens on: it joined the words the title took.
_CONJUNCTION = regex.compile(r"(?:and|but|so|et|mais|donc)\s+", regex.IGNORECASE)


def _title_end(lead: str, count: int) -> int:
    """Where the ``count``-th word of ``lead`` ends (as :func:`words` counts them)."""
    found = list(_WORD.finditer(lead))
    return found[count - 1].end() if 0 < count <= len(found) else -1


def _after_heading(lead: str, title: str) -> tuple[str, str] | None:
    """The title and the lead when ``lead`` is a heading, a colon and the news ("Heads up
    if you dined with us…: our card terminal provider had a glitch…", « Soldes d'hiver chez
    Mistral Mode : jusqu'à -50 % … »), and ``title`` is that heading, or runs on from it
    into the news: the heading titles, the news leads. None otherwise."""
    colon = next((c for c in _COLON.finditer(lead) if not open_marks(lead[: c.start()])), None)
    if colon is None:
        return None
    head, after = words(lead[: colon.start()]), lead[colon.end() :].strip()
    said = words(title)
    if len(head) < _HEAD_MIN_WORDS or said[: len(head)] != head:
        return None
    if said != head and words(lead)[: len(said)] != said:
        return None  # the title is not the lead's first words
    # « Nouvel article : « Vélo de ville… » »: a quoted title after the colon is the
    # article's name (see _quoted_name); a clause that hangs on the heading is no lead.
    if after[:1] in _QUOTES or _HANGING.match(after) or len(words(after)) < TITLE_MIN_WORDS:
        return None
    return _heading_of(title, len(head)), after


def _heading_of(title: str, count: int) -> str:
    """``title``'s first ``count`` words, with the closing brackets and quotes after them."""
    cut = _title_end(title, count)
    closing = regex.match(r"[)\]»”’'\"\s\u00a0\u202f]*", title[cut:])
    return (title[: cut + closing.end()] if closing else title[:cut]).rstrip()


# Where a line's first sentence ends: a stop, or an emoji standing for one, before a capital.
_SENTENCE_END = regex.compile(r"[.!?…][\s\u00a0\u202f]+(?=[\p{Lu}\p{N}«“\"])")
_STOPPED = regex.compile(r"[.!?…:;][\s\u00a0\u202f»”\"')]*$")


def _first_sentence(piece: str) -> tuple[str, str]:
    """``piece``'s first sentence and what follows it ('' when it is one sentence)."""
    from brandvoice.text.entities import EMOJI, find_entities

    ends = [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(piece)]
    for emoji in find_entities(piece):
        after = regex.match(r"[\s\u00a0\u202f]+(?=\p{Lu})", piece[emoji.end :])
        # (an emoji that opens the line ends no sentence)
        if emoji.kind == EMOJI and after and words(piece[: emoji.start]):
            ends.append((emoji.start, emoji.end + after.end()))
    if not ends:
        return piece, ""
    stop, start = min(ends)
    return piece[:stop].strip(), piece[start:].strip()


def _with_stop(lead: str) -> str:
    """``lead`` ending on a stop: a sentence whose end was an emoji ("… se lever tôt 😉")
    gets a full stop when it opens the article on a paragraph of its own."""
    from brandvoice.adaptation.layout import without_emoji
    from brandvoice.text.entities import find_entities

    bare = without_emoji(lead).rstrip()
    if not bare or _STOPPED.search(bare) or "\n" in bare:
        return lead
    if any(entity.end == len(bare) for entity in find_entities(bare)):
        return lead  # a link or an address at the end takes no stop: it would read as its own
    return f"{bare}."


def _after_clause(lead: str, title: str, lang: str) -> tuple[str, str] | None:
    """The title and the lead when ``title`` is ``lead``'s first clause, cut at a comma, and
    a sentence of its own follows ("Some of you are still waiting for Tuesday's boxes, and
    we're really sorry": "We're really sorry."; "50 years ago today, Dolores Reyes flipped
    the sign…"). None otherwise."""
    said = words(title)
    if words(lead)[: len(said)] != said:
        return None
    end = _title_end(lead, len(said))
    comma = regex.match(r"[\s\u00a0\u202f]*,\s+", lead[end:]) if end > 0 else None
    if comma is None:
        return None
    after = lead[end + comma.end() :].strip()
    joined = _CONJUNCTION.match(after)
    after = after[joined.end() :] if joined else after
    # Its own first sentence must be one: "7.30am sharp. You'll find us…" is not.
    if _HANGING.match(after) or not _is_sentence(
        _first_sentence(after)[0], lang, subject_first=True
    ):
        return None
    return title, after


# A whole quotation: « … », “…”, "…", and the stop after it if any.
_QUOTATION = regex.compile(
    r"(?:«[\s\u00a0\u202f]*(?P<q>[^«»]+?)[\s\u00a0\u202f]*»|“(?P<q>[^“”]+)”|\"(?P<q>[^\"]+)\")"
    r"[\s\u00a0\u202f]*[.!]?",
)


def _quoted_name(lead: str, title: str) -> str | None:
    """The quoted name after the colon of ``lead`` whose words before it are ``title``'s:
    "Nouvel article sur le blog : « Vélo de ville, VTC ou gravel : comment choisir ? »" names
    the article; that name is the blog's title, and the lead has nothing else to say."""
    found = _COLON.search(lead)
    if found is None or words(lead[: found.start()]) != words(title):
        return None
    quoted = _QUOTATION.fullmatch(lead[found.end() :].strip())
    if quoted is None or len(words(quoted["q"])) < TITLE_MIN_WORDS:
        return None
    return str(quoted["q"]).strip()


def _is_list(piece: str) -> bool:
    return piece[:1] in "•-*–"


def _is_sentence(text: str, lang: str, *, subject_first: bool = False) -> bool:
    """Whether ``text`` has a verb of its own, in a finite form ("our provider had a
    glitch"): "12 weeks, paid, starting Monday 4 May" is a list of details, no lead. With
    ``subject_first``, it also opens on its subject ("Dolores Reyes flipped…"): what opens
    on anything else ("14 Market Street, Hebden Bridge: pick…", "Fremantle (…), so it's…")
    is the end of the phrase before the comma."""
    from brandvoice.nlp import parse

    if len(words(text)) < TITLE_MIN_WORDS:
        return False
    doc = parse(base_language(lang), text)
    if subject_first:
        # The subject of a finite verb (or of a copula's, an auxiliary's) opens the text,
        # and nothing stops between them: "14 Market Street, Hebden Bridge: pick…" read
        # "Street" as the subject of "pick".
        return any(
            token.dep_.startswith("nsubj")
            and token.left_edge.i == 0
            and not any(t.is_punct for t in doc[: token.head.i])
            and (
                _finite(token.head)
                or any(
                    _finite(c) and c.dep_.startswith(("aux", "cop")) for c in token.head.children
                )
            )
            for token in doc
        )
    return any(_finite(token) for token in doc)


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])


def why_it_matters(message: Message | None, lang: str) -> str:
    """The standfirst for ``message``'s intent, in ``lang`` ('' when the table has none for
    it, the message lacks what the line promises, or the intent is a guess)."""
    if message is None or message.intent_words:
        return ""  # the statistical backstop chose the intent: unsure, so nothing
    entry: dict[str, Any] | None = load_table("blog-leads.yaml")["why"].get(message.intent.value)
    if entry is None:
        return ""
    line: str = entry.get(base_language(lang), "")
    needs = entry.get("needs") or []
    if needs:
        roles = {fact.role.value for fact in message.facts}
        if not (roles | {message.action.value}) & set(needs):
            return ""
    return line


def examples() -> dict[str, list[dict[str, Any]]]:
    """The table's examples: ``opening`` (title and pieces before and after) and
    ``why_examples`` (a master and its standfirst)."""
    table = load_table("blog-leads.yaml")
    return {"opening": list(table["opening"]), "why": list(table["why_examples"])}
