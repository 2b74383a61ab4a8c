"""The press note's form (issue 23): headline, dateline and lead, body, practical
information, the brand's boilerplate and press contact; no hashtags, no emoji."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brandvoice import adapt
from brandvoice.adaptation.blog import TITLE_LIMIT
from brandvoice.profiles import get_voice
from brandvoice.text.entities import find_entities

EXAMPLES = Path(__file__).parents[1] / "examples"
BRAND = EXAMPLES / "comptoir-facebook.yaml"
WHEN = dt.date(2026, 5, 1)


def _press_note(master: str, lang: str, brand: Path | None = BRAND) -> str:
    (variant,) = adapt(
        master, networks=["website"], lang=lang, brand=brand, languagetool="off", date=WHEN
    ).variants
    return variant.text


@pytest.mark.parametrize(
    ("example", "lang", "dateline"),
    [
        ("opening-toulon-fr.txt", "fr", "Toulon, le 1er mai 2026 –"),
        # No region given: the dateline takes the master's order ("Friday 1 May 2026");
        # American English asked for: the American order.
        ("beach-club-en.txt", "en", "Toulon, 1 May 2026 –"),
        ("beach-club-en.txt", "en-US", "Toulon, May 1, 2026 –"),
    ],
)
def test_press_note_parts_in_order(example: str, lang: str, dateline: str) -> None:
    master = (EXAMPLES / example).read_text(encoding="utf-8")
    paragraphs = _press_note(master, lang).split("\n\n")
    headline, lead = paragraphs[0], paragraphs[1]
    assert 0 < len(headline) <= TITLE_LIMIT
    assert not headline.endswith(".")
    assert lead.startswith(dateline)
    about = "À propos" if lang == "fr" else "About"
    contact = "Contact presse" if lang == "fr" else "Press contact"
    headings = [p.split("\n", 1)[0] for p in paragraphs]
    assert headings.index(contact) == len(paragraphs) - 1  # the contact closes the note
    assert any(h.startswith(about) for h in headings[:-1])
    assert paragraphs[-1].endswith("presse@comptoir-mourillon.fr")
    kinds = {e.kind for e in find_entities("\n\n".join(paragraphs))}
    assert "hashtag" not in kinds
    assert "emoji" not in kinds


def test_no_contact_is_made_up() -> None:
    master = (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8")
    text = _press_note(master, "fr", brand=None)
    assert "Contact presse" not in text
    assert get_voice("corporate").press_contact is None


def test_a_headline_the_master_opens_on_is_kept() -> None:
    text = _press_note(
        "Portes ouvertes ! Le Comptoir du Mourillon vous accueille samedi 6 juin 2026 à "
        "10 h au 12 rue Castillon à Toulon pour fêter ses dix ans.",
        "fr",
    )
    assert text.split("\n\n")[0] == "Portes ouvertes"
