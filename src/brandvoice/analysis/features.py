"""Everything the analysis observes in one parsed text, before any weighting.

Calibration (:mod:`brandvoice.analysis.calibration`) and scoring
(:mod:`brandvoice.analysis.formality`) both start from :func:`observe`, so the model is
fitted on exactly what it later sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brandvoice.analysis import address, imperatives, markers, syntax
from brandvoice.analysis.model import IMPERATIVE, Address, Hit
from brandvoice.text.entities import EMAIL, EMOJI, URL, Entity, find_entities
from brandvoice.text.french.lemmas import VerbForms
from brandvoice.text.protect import ProtectedSpans

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Observation:
    text: str
    lang: str
    entities: list[Entity]  # URLs, mentions, hashtags, emoji... (brandvoice.text.entities)
    hits: list[Hit]
    stats: syntax.SyntaxStats
    address: Address | None  # French only

    def count(self, *kinds: str) -> int:
        return sum(hit.kind in kinds for hit in self.hits)


def observe(text: str, doc: Doc, lang: str, forms: VerbForms | None = None) -> Observation:
    """The markers and measures of ``text`` (``doc`` is its spaCy analysis; ``forms`` the
    French verb-form look-up, see :mod:`brandvoice.text.french.lemmas`)."""
    entities = find_entities(text)
    not_words = ProtectedSpans((e.start, e.end) for e in entities if e.kind in (URL, EMAIL, EMOJI))
    protected = ProtectedSpans((e.start, e.end) for e in entities if e.kind != EMOJI)
    stats = syntax.syntax_stats(doc, not_words)
    hits = markers.surface_hits(text, lang, entities, stats.sentences)
    found = imperatives.find_imperatives(doc, lang, forms)
    hits += [
        Hit(IMPERATIVE, i.start, i.end) for i in found if not protected.overlaps(i.start, i.end)
    ]
    hits += syntax.passive_hits(doc)
    reader_address: Address | None = None
    if lang == "fr":
        pronouns = [h for h in address.pronoun_hits(text) if not protected.overlaps(h.start, h.end)]
        verbs = address.verb_hits(doc, text, found, pronouns)
        hits += pronouns + [h for h in verbs if not protected.overlaps(h.start, h.end)]
        reader_address = address.address_of(hits)
    hits.sort(key=lambda h: (h.start, h.end, h.kind))
    return Observation(text, lang, entities, hits, stats, reader_address)
