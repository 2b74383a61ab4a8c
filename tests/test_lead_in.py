"""Where split-lead-in may cut after a lead-in and its colon, beyond the transform's own
examples: a lead-in that only announces what follows ("A few highlights") is no headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from brandvoice.adaptation.wording.lead_in import lead_in_cut, says_something
from brandvoice.lang import Lang
from brandvoice.nlp import parse

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lead_in(text: str, lang: Lang) -> list[Token]:
    doc = parse(lang, text)
    colon = text.index(":")
    return [t for t in doc if t.idx < colon and not t.is_space]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A few highlights: braised short rib and squash salad.", "en", False),
        ("Some news: we open on Sunday now.", "en", False),
        ("Quelques nouveautés : la boutique ouvre le dimanche.", "fr", False),
        ("Spring service offer: get your bike ready for £49.", "en", True),
        ("Petit changement en coulisses : nos farines viennent du moulin.", "fr", True),
    ],
)
def test_a_lead_in_says_something_when_it_names_more_than_a_count(
    text: str, lang: Lang, expected: bool
) -> None:
    assert says_something(_lead_in(text, lang)) is expected


def test_an_announcing_lead_in_is_not_cut_but_a_headline_is() -> None:
    for text, cut in [
        ("A few highlights: our mechanics will run a weekly club after school.", False),
        ("Spring service offer: our mechanics will run a weekly club after school.", True),
    ]:
        doc = parse("en", text)
        assert (lead_in_cut(list(doc), text, 0, len(text)) is not None) is cut, text
