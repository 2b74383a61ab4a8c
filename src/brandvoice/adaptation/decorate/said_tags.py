"""Whether a variant still says the words of a tag drawn from its master.

Tags are drawn from the whole master (``hashtag_candidates``), but a variant may leave
sentences out: a casual post without the master's last sentence, an X post cut to 280
characters. A name or key phrase the variant no longer says makes a tag about nothing the
reader sees ("#EmergencyContact" under a post that lost its sentence on the emergency
contact, "#Sourdough" once the sentence listing the bakes went). Key facts (what the message
is about, where) are the post's subject and place, and may stand in the tag line alone; so
may the brand's own name, which a casual post says as « on » or "we" ("#NorthernGrind"
under "We're now serving at 5 Kirkgate Arcade").
"""

from __future__ import annotations

import regex

from brandvoice.adaptation.decorate.hashtag_candidates import FACT_SCORE
from brandvoice.adaptation.decorate.tags import tag_key
from brandvoice.text.entities import HASHTAG, entities_of_kind

_NOT_LETTER = regex.compile(r"[^\p{L}\p{N}]+")


def unsaid(tag: str, score: int, text: str, brand: str | None) -> bool:
    """Whether a drawn ``tag`` of ``score`` names what ``text`` does not say, and must:
    a name or key phrase, not a key fact nor the ``brand``'s name (see the module doc)."""
    # "#VéloMarseillais" names « Le Vélo Marseillais » all the same.
    if score >= FACT_SCORE or (brand and said(tag, brand)):
        return False
    return not said(tag, text)


def said(tag: str, text: str) -> bool:
    """Whether ``text``, its hashtags left aside, says the words of ``tag`` in a row
    ("#EmergencyContact" in "an emergency contact", "#Été" in « l'été »)."""
    for entity in reversed(entities_of_kind(text, HASHTAG)):
        text = f"{text[: entity.start]} {text[entity.end :]}"
    return _folded(tag) in _folded(text)


def _folded(text: str) -> str:
    """``text`` as :func:`tag_key` compares tags, its spaces and punctuation left out."""
    return str(_NOT_LETTER.sub("", tag_key(text)))
