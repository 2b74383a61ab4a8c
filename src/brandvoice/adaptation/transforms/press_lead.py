"""A press note's lead speaks of the brand in the third person: "Acme opens its second shop
on Saturday", « Acme ouvre sa boutique samedi », not the master's "we"/« nous ».

A journalist quotes a lead as it stands, so a press note's first sentence names who acts;
the rest of the note may then say "we" (a formal voice with ``person: we``, the built-in
corporate one). Only the first sentence of the body is rewritten, with the person
transform's rules (:mod:`brandvoice.adaptation.transforms.person`: the verb put in the
third person by :mod:`brandvoice.text.french.verbs`, « notre » → « sa »/« son »/« ses »
once the brand is named, "our" → "its"), and only for a brand the profile names
(``brand_name``): a name guessed from the text could be a supplier or a town. A sentence
whose verb cannot be put in the third person with certainty (« nous sommes ravis » needs
the brand's gender) stays as written. Voices with ``person: brand`` already speak so
everywhere; other networks and voices keep the master's person.
"""

from __future__ import annotations

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.networks.model import NetworkKind

_BRAND = {"brand_name": "Acme"}


class PressLead(Transform):
    id = "press-lead"
    stage = Stage.BODY
    # After the address, « on » → « nous » (45) and before the sentences are split or
    # merged (58-65): the lead is the master's first sentence as written.
    order = 52
    summary = (
        "In a press note, the lead (the first sentence) names the brand in the third person "
        "instead of 'we' ('We open on Saturday' → 'Acme opens on Saturday'); the rest keeps "
        "the voice's person."
    )
    examples = (
        TransformExample(
            "We open our second shop on Saturday in Leeds. We will welcome you from 9 am.",
            "Acme opens its second shop on Saturday in Leeds. We will welcome you from 9 am.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "We're recalling one batch of our honey. We apologise to our customers.",
            "Acme is recalling one batch of its honey. We apologise to our customers.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous ouvrons notre boutique le 12 mars à Bandol. Nous vous attendons dès 10 h.",
            "Acme ouvre sa boutique le 12 mars à Bandol. Nous vous attendons dès 10 h.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Nous rappelons les pots de confiture du lot L2604.",
            "La Confiturerie rappelle les pots de confiture du lot L2604.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "La Confiturerie"},
        ),
        # « ravis » would need the brand's gender: the lead stays as written.
        TransformExample(
            "Nous sommes ravis d'ouvrir le 12 mars à Bandol.",
            "Nous sommes ravis d'ouvrir le 12 mars à Bandol.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A lead that already names who acts stays.
        TransformExample(
            "Acme opens its second shop on Saturday. We will welcome you from 9 am.",
            "Acme opens its second shop on Saturday. We will welcome you from 9 am.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # No brand name in the profile: no name is guessed.
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            voice="corporate",
            network="website",
        ),
        # A blog article and a social post keep the master's "we".
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            voice="expert-blog",
            network="blog",
            profile=_BRAND,
        ),
        TransformExample(
            "We open our second shop on Saturday in Leeds.",
            "We open our second shop on Saturday in Leeds.",
            profile=_BRAND,
        ),
    )

    def applies(self, target: Target) -> bool:
        return (
            target.network.kind is NetworkKind.WEBSITE
            and direction(target.voice) is Direction.FORMAL
            and target.voice.person == "we"
            and bool(target.voice.brand_name)
        )

    def edits(self, text: str, target: Target) -> list[Edit]:
        from brandvoice.adaptation.transforms.person import third_person_edits

        brand = target.voice.brand_name
        assert brand is not None  # applies() saw to it
        lead = _first_sentence(text, target)
        if not lead:
            return []
        # The lead alone, parsed as one sentence: its offsets are the text's.
        return third_person_edits(
            text,
            parse(target.lang, lead),
            target,
            brand,
            named_at=[],
            reason=f"a press note's first sentence names {brand}, in the third person; the "
            "rest keeps the voice's 'we'",
        )


def _first_sentence(text: str, target: Target) -> str:
    """The body's first sentence on its first line, with what is before it (nothing)."""
    line = text.split("\n", 1)[0]
    for sentence in parse(target.lang, line).sents:
        return line[: sentence.end_char]
    return ""


TRANSFORMS = (PressLead(),)
