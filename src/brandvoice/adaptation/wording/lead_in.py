"""Where a long sentence can be cut after a lead-in and its colon: « Petit changement en
coulisses : depuis ce mois-ci, toutes nos farines viennent du Moulin de Saint-Joseph. » →
« Petit changement en coulisses. Depuis ce mois-ci, toutes nos farines viennent du Moulin
de Saint-Joseph. »; "Spring service offer: get your bike ready for £49." → "Spring service
offer. Get your bike ready for £49."

A lead-in is a headline: a social post may give it a line of its own (the layout makes a
headline the post's hook), a press note does not. The cut is made only where:

- the words before the colon are a noun phrase of :data:`MIN_WORDS` words or more, opening
  on a determiner, a noun, an adjective or a number (not "Pour la première fois depuis
  2019", "Heads up if you dined…"), with no conjugated verb but in a relative clause (« Un
  petit mot pour celles et ceux qui attendent leur colis »): a clause there is split-colon's;
- that noun phrase says something on its own: :data:`MIN_CONTENT` content words or more, a
  quantifier not one of them. "A few highlights", « Quelques nouveautés » only announce
  what follows: cut off, they read as a fragment ("A few highlights. Braised short rib…"),
  so they keep their colon;
- the words after it are a clause, a conjugated verb outside a relative clause among them,
  or an order opening on its verb; not a list ("Au programme : A, B et C" stays whole),
  and they open on a letter;
- the colon is the sentence's only one, outside brackets and quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brandvoice.adaptation.wording.list_colon import COLON, RELATIVE, ListCut, finite
from brandvoice.adaptation.wording.splitting import opens_with_order
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
MIN_WORDS = 3  # "Important :" alone is a label, not a headline
# A headline names something and says something of it ("Petit changement en coulisses",
# "Spring service offer"); one content word ("A few highlights") only announces a list.
MIN_CONTENT = 2
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# Words of quantity the models tag as adjectives: they count what follows, say nothing of it.
_QUANTIFIERS = frozenset(
    {"few", "several", "some", "many", "couple", "handful", "more", "other", "various"}
    | {"quelques", "plusieurs", "certains", "certaines", "divers", "diverses", "autres"}
)


def lead_in_cut(tokens: list[Token], text: str, start: int, end: int) -> ListCut | None:
    """The cut of the sentence ``text[start:end]`` (its parsed ``tokens`` given) after a
    lead-in and its colon; None when there is none (see the module docstring)."""
    colons = list(COLON.finditer(text, start, end))
    if len(colons) != 1 or open_marks(text[start : colons[0].start()]):
        return None
    colon = colons[0]
    right_start = colon.end()
    while right_start < end and text[right_start].isspace():
        right_start += 1
    left = [t for t in tokens if t.idx < colon.start() and not t.is_space and not _emoji(t)]
    right = [t for t in tokens if t.idx >= right_start and not t.is_space]
    if len([t for t in left if t.is_alpha or t.like_num]) < MIN_WORDS or not right:
        return None
    if left[0].pos_ not in _OPENERS or any(finite(t) and t.dep_ not in RELATIVE for t in left):
        return None
    if not says_something(left):
        return None
    if not right[0].text[:1].isalpha():
        return None
    clause = any(finite(t) and t.dep_ not in RELATIVE for t in right)
    if not clause and not opens_with_order(right[0], right):
        return None
    first = text[right_start]
    if first.isupper():
        return ListCut(colon.start(), right_start, ". ")
    return ListCut(colon.start(), right_start + 1, ". " + first.upper())


def _emoji(token: Token) -> bool:
    return not any(ch.isalnum() for ch in token.text) and not token.is_punct


def says_something(lead_in: list[Token]) -> bool:
    """Whether the noun phrase ``lead_in`` says something on its own (a headline), not only
    that something follows ("A few highlights"): :data:`MIN_CONTENT` content words or more,
    quantifiers left out."""
    content = [t for t in lead_in if t.pos_ in _CONTENT and t.lower_ not in _QUANTIFIERS]
    return len(content) >= MIN_CONTENT
