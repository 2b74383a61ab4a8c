"""A headline a voice prints on a network other than the website and the blog (the
corporate voice's press-note shape, the expert voice's H1 on Facebook) is never a clause
cut from the lead: « Pour la Saint-Valentin, Les Fleurs de Tamaris vous offrent » over
« … vous offrent -20 % sur tous les bouquets de roses » stops before what is offered.

The title (blog.py) is cut before the first date, place or price, where a whole clause
often ends ("Harbour Bakery opens its second shop" + " on Saturday"); it is cut inside its
clause when its last word depends on a word after the cut or governs one it needs (a
verb without its object, an adjective without its noun, a preposition without its
phrase), as the lead's parse reads it; the parse of what the words before it govern is
too loose to judge by.
Such a title gives way to the news headline the website's press note writes
(:func:`brandvoice.adaptation.press_news_title.news_title`, only called here), or to none.
The website's own headline steps are the layout's; the blog keeps its title (its opening
is blog_opening.py's).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from brandvoice.adaptation.press_news_title import news_title
from brandvoice.lang import base_language

# The relations a clause needs to be whole: a verb's object or complement, a
# preposition's noun (English and French, as spaCy's models name them).
# A place or day that completes a verb (« s'installe » + « au 3 place Massillon », French
# obl:arg) leaves a whole clause, as press_news_title reads a cut.
_CORE = frozenset({"dobj", "obj", "iobj", "attr", "acomp", "xcomp", "ccomp", "pobj", "oprd"})
# What may follow a whole clause in its sentence: a phrase of time, place or manner, a
# conjunction, a stop.
_AFTER_WHOLE = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PUNCT", "SYM"})
_PRINTS = regex.compile(r"\b(?:headline|title)\b")
# The end of a headline's last word: spaces and the stop the title left out do not count.
_TRAILING = " \u00a0\u202f.!?:;,"


@dataclass(frozen=True, slots=True)
class FeedHeadline:
    """The headline that replaces a cut title ('' for none) and why."""

    headline: str
    reason: str


def prints_headline(template: str) -> bool:
    """Whether a voice's ``template`` prints a headline (reads ``headline`` or ``title``):
    a casual post's template does not, and its title is left alone (no parse for it)."""
    return _PRINTS.search(template) is not None


def cut_clause(title: str, sentence: str, lang: str) -> bool:
    """Whether ``title`` is the opening of ``sentence`` cut inside its clause: a word of
    the title depends on a word the sentence says after it."""
    from brandvoice.adaptation.transform import parse

    head = title.strip().rstrip(_TRAILING)
    said = sentence.strip()
    if not head or not said.casefold().startswith(head.casefold()):
        return False
    going_on = said[len(head) :]
    if not regex.search(r"[\p{L}\p{N}]", going_on):
        return False  # the whole sentence, its stop aside
    doc = parse(lang, said)
    end = len(head)
    inside = [t for t in doc if t.idx + len(t) <= end and not t.is_punct and not t.is_space]
    if not inside:
        return False
    # Only the title's last word is judged: what the words before it govern after the cut
    # (an apposition, a purpose: "…to Quayside Books" + " on Thursday… to launch…") the
    # parser ties loosely, and the phrase they close is whole.
    last = inside[-1]
    if last.head.idx >= end:
        return True  # "…its second" + " shop": the word it belongs to is cut off
    if any(c.idx >= end and c.dep_ in _CORE for c in last.children):
        return True  # "…will launch" + " its menu": its object is cut off
    # The parser may not tie a verb's object to it (« -20 % » read as a clause of its own):
    # a title that ends on a verb is cut when the sentence goes on with anything but a
    # phrase of time, place or manner ("…will reopen" + " on 1 March" is whole).
    following = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return (
        last.pos_ in ("VERB", "AUX")
        and following is not None
        and following.pos_ not in _AFTER_WHOLE
    )


def feed_headline(
    title: str,
    lead: str,
    lang: str,
    *,
    intent: str,
    master: str,
    brand: str | None = None,
    who: str | None = None,
    after: str = "",
    press_note: bool = False,
) -> FeedHeadline | None:
    """The headline for a cut ``title`` over ``lead`` (its first sentence the one it was
    cut from): the press note's news headline, else, for a ``press_note`` (the formal
    voice's shape, which reads as well without one), none (''); None when the title is no
    cut clause, or when nothing replaces an article's title (its template prints one)."""
    if not cut_clause(title, _first_sentence(lead), lang):
        return None
    titled = news_title(
        title,
        lead,
        base_language(lang),
        intent=intent,
        who=who,
        brand=brand,
        master=master,
        after=after,
    )
    if titled is not None and not cut_clause(titled.headline, _first_sentence(lead), lang):
        return FeedHeadline(
            titled.headline,
            f"headline {titled.headline!r}: the title {title!r} was cut inside its clause",
        )
    if not press_note:
        return None
    return FeedHeadline("", f"no headline: the title {title!r} was cut inside its clause")


def _first_sentence(lead: str) -> str:
    found = regex.match(r"[^\n]*?[.!?…](?=\s|$)|[^\n]*", lead.strip())
    return found.group() if found else lead
