"""How a blog article opens: a title, a line that says why it matters, and a lead that does
not say the title again.

A blog's title is cut from the master's first sentence (:func:`brandvoice.adaptation.blog.
blog_title`), and the article's lead is that sentence: "# Shipping today: recurring invoices
in Tallybook" over "Shipping today: recurring invoices in Tallybook." reads as a paste. An
editor keeps the title and lets the next sentence lead when the first only says the title
again; when the title is the first sentence's words before its colon ("Heads up if you dined
with us last Friday or Saturday: our card terminal provider had a glitch…"), the lead opens
on what follows the colon, a sentence of its own. A title cut elsewhere inside the sentence
keeps its lead whole: what the cut left out is a fact the reader needs.

Under the title, a standfirst tells the reader why the article is for them, where the
message's intent says it without inventing anything: a recall tells its buyers what to do, a
job ad how to apply, an incident notice what happened and what it changes. The lines, and
what the message must have for each to be true, are data (``data/blog-leads.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.blog import TITLE_MIN_WORDS
from brandvoice.adaptation.fitting.purpose import leans_on_previous
from brandvoice.adaptation.news_headline import words
from brandvoice.adaptation.paragraphs import without_opening_and
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from brandvoice.understand.model import Message

# The colon that ends a sentence's heading ("Heads up …: our terminal…"), French spacing
# included; a colon inside a time ("7:30") or a link is none.
_COLON = regex.compile(r"[\s\u00a0\u202f]*:(?=\s)")
_QUOTES = "«“\"'‘„"


@dataclass(frozen=True, slots=True)
class BlogOpening:
    """The article's title and its pieces (the lead first), and why they changed ('' when
    they did not)."""

    title: str
    pieces: list[str]
    reason: str = ""


def blog_opening(title: str, pieces: list[str], lang: str) -> BlogOpening:
    """``title`` and ``pieces`` (the lead first) as the article opens on them: without a lead
    that only says the title again, or with the lead opening after the colon the title
    stops at (see the module's docstring)."""
    if not pieces or not words(title):
        return BlogOpening(title, list(pieces))
    lead, rest = pieces[0], list(pieces[1:])
    if words(lead) == words(title):
        if rest and not _is_list(rest[0]) and not leans_on_previous(rest[0], lang):
            # "Autumn is the best time to plant in Perth. And we've put together…": the
            # "And" joined the sentence that went.
            return BlogOpening(
                title,
                [without_opening_and(rest[0]), *rest[1:]],
                f"lead {lead!r} dropped: it only said the title again; the next sentence leads",
            )
        return BlogOpening(title, list(pieces))
    named = _quoted_name(lead, title)
    if named is not None and rest and not _is_list(rest[0]):
        return BlogOpening(
            named,
            [without_opening_and(rest[0]), *rest[1:]],
            f"title {named!r}: the name of what the lead announces ({title!r}), which the "
            "lead only said again",
        )
    after = _after_heading(lead, title)
    if after is not None and _is_sentence(after, lang):
        said = after[:1].upper() + after[1:]
        return BlogOpening(
            title,
            [said, *rest],
            f"lead opens after the title's words ({title!r}): what follows the colon is the news",
        )
    return BlogOpening(title, list(pieces))


def _after_heading(lead: str, title: str) -> str | None:
    """What follows the colon of ``lead`` when the words before it are ``title``'s."""
    for colon in _COLON.finditer(lead):
        head = lead[: colon.start()]
        if open_marks(head):
            continue  # inside a quotation or an aside
        after = lead[colon.end() :].strip()
        # « Nouvel article : « Vélo de ville… » »: a quoted title after the colon is the
        # article's name, no sentence of the news.
        if after[:1] in _QUOTES:
            return None
        if words(head) == words(title) and len(words(head)) >= TITLE_MIN_WORDS:
            return after
        return None
    return None


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


def _is_sentence(text: str, lang: str) -> bool:
    """Whether ``text`` has a verb of its own, in a finite form ("our provider had a
    glitch"): "12 weeks, paid, starting Monday 4 May" is a list of details, no lead."""
    from brandvoice.nlp import parse

    if len(words(text)) < TITLE_MIN_WORDS:
        return False
    doc = parse(base_language(lang), text)
    return any(
        token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", []) for token in doc
    )


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
