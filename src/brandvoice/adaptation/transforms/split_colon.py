"""A long sentence of a casual post cut at a colon that joins two sentences: "We're teaming
up with Lincoln Middle School this spring: our mechanics will run a weekly club." → "…this
spring. Our mechanics will run a weekly club." (the rules:
:mod:`brandvoice.adaptation.realise.colon`)."""

from __future__ import annotations

from typing import ClassVar

from brandvoice.adaptation.realise.colon import colon_cuts
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.transforms.split_sentences import longest as longest_allowed
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.networks.model import NetworkKind
from brandvoice.text.protect import protected_spans
from brandvoice.understand import Role


class SplitColon(Transform):
    id: ClassVar[str] = "split-colon"
    stage: ClassVar[Stage] = Stage.BODY
    # After list-programme (58), whose label's colon is no cut; before split-colon-list
    # (60), for a colon that introduces a list, and split-sentences (64), which then cuts
    # each half at its own conjunctions.
    order: ClassVar[int] = 59
    summary: ClassVar[str] = (
        "In a casual voice, cuts a sentence longer than the voice's target_words at a colon "
        "that joins two sentences ('…this spring: our mechanics will run…' → '…this spring. "
        "Our mechanics will run…'; '…row-a-thon: 212 members rowed…' → '…row-a-thon. In all, "
        "212 members rowed…'); a hook keeps a lead-in that says no fact. On a social network, "
        "a voice that is not formal too, past its max_words."
    )
    examples = (
        TransformExample(
            "We're teaming up with Lincoln Middle School this spring: our mechanics will run "
            "a weekly bike maintenance club after school.",
            "We're teaming up with Lincoln Middle School this spring. Our mechanics will run "
            "a weekly bike maintenance club after school.",
        ),
        TransformExample(
            "La boulangerie déménage au 12 rue de Siam\u00a0: nous vous accueillerons dans une "
            "boutique deux fois plus grande dès le mois de mars.",
            "La boulangerie déménage au 12 rue de Siam. Nous vous accueillerons dans une "
            "boutique deux fois plus grande dès le mois de mars.",
            lang="fr",
        ),
        # A count of the subject after the colon: a sentence does not open on a digit.
        TransformExample(
            "The numbers are in from our February row-a-thon: 212 Foundry Fitness members "
            "rowed a combined 3,874 km and raised $18,650 for the Alberta Children's Hospital "
            "Foundation.",
            "The numbers are in from our February row-a-thon. In all, 212 Foundry Fitness "
            "members rowed a combined 3,874 km and raised $18,650 for the Alberta Children's "
            "Hospital Foundation.",
        ),
        TransformExample(
            "Les résultats de notre défi d'aviron de février sont tombés\u00a0: 212 adhérents "
            "ont ramé 3 874 km et récolté 18 650 € pour l'hôpital des enfants de Lyon.",
            "Les résultats de notre défi d'aviron de février sont tombés. Au total, 212 "
            "adhérents ont ramé 3 874 km et récolté 18 650 € pour l'hôpital des enfants de "
            "Lyon.",
            lang="fr",
        ),
        # LinkedIn's voice past its 25 words.
        TransformExample(
            "The numbers are in from our February row-a-thon: 212 Foundry Fitness members "
            "rowed a combined 3,874 km and raised $18,650 for the Alberta Children's Hospital "
            "Foundation.",
            "The numbers are in from our February row-a-thon. In all, 212 Foundry Fitness "
            "members rowed a combined 3,874 km and raised $18,650 for the Alberta Children's "
            "Hospital Foundation.",
            voice="professional-network",
            network="linkedin",
        ),
        # A number that counts no subject: no sentence opens on it.
        TransformExample(
            "Our bakery moves to a bigger shop on the harbour this spring: 12 rue de Siam is "
            "our new address from Monday 2 March.",
            "Our bakery moves to a bigger shop on the harbour this spring: 12 rue de Siam is "
            "our new address from Monday 2 March.",
        ),
        # An order after the colon is a sentence of its own.
        TransformExample(
            "Our online refill system is down today. Phone refills are working as normal: "
            "call us at (613) 555-0172 between 9am and 6pm.",
            "Our online refill system is down today. Phone refills are working as normal. "
            "Call us at (613) 555-0172 between 9am and 6pm.",
        ),
        TransformExample(
            "Les soldes commencent mercredi. Les tailles partent vite chaque hiver : "
            "réservez votre essayage au 04 94 26 71 38 dès maintenant.",
            "Les soldes commencent mercredi. Les tailles partent vite chaque hiver. "
            "Réservez votre essayage au 04 94 26 71 38 dès maintenant.",
            lang="fr",
        ),
        # A list after the colon: cut there, it would be a fragment (which only
        # split-colon-list writes, for voices whose posts take a verbless sentence).
        TransformExample(
            "Pour fêter ça, on vous invite le vendredi 12 juin à partir de 18 h\u00a0: crêpes "
            "offertes, cidre et concert du bagad du quartier.",
            "Pour fêter ça, on vous invite le vendredi 12 juin à partir de 18 h\u00a0: crêpes "
            "offertes, cidre et concert du bagad du quartier.",
            lang="fr",
        ),
        # Questions to come about what the clause made: what it covers.
        TransformExample(
            "We've put together a free planting calendar for local gardens: what to sow each "
            "month, which natives cope with sandy soil, and how much to water.",
            "We've put together a free planting calendar for local gardens. It covers what to "
            "sow each month, which natives cope with sandy soil, and how much to water.",
        ),
        # Questions after a label, and a label before the colon: no cut here (split-lead-in
        # makes a noun phrase before a clause a headline of its own).
        TransformExample(
            "On the blog this week for every driver in town: a check you can do with a coin, "
            "what the legal minimum is, and when to replace them.",
            "On the blog this week for every driver in town: a check you can do with a coin, "
            "what the legal minimum is, and when to replace them.",
        ),
        TransformExample(
            "Un petit mot pour celles et ceux qui attendent leur colis\u00a0: les commandes de "
            "la semaine dernière partiront avec trois jours de retard.",
            "Un petit mot pour celles et ceux qui attendent leur colis\u00a0: les commandes de "
            "la semaine dernière partiront avec trois jours de retard.",
            lang="fr",
        ),
        # The hook keeps a lead-in that says none of the message's facts: the news stays
        # in the post's first line.
        TransformExample(
            "We're chuffed to bits: The Fox & Lantern has been named Pub of the Year 2026 by "
            "the Derbyshire Real Ale Society!",
            "We're chuffed to bits: The Fox & Lantern has been named Pub of the Year 2026 by "
            "the Derbyshire Real Ale Society!",
        ),
        # The press note keeps its colon.
        TransformExample(
            "We're teaming up with Lincoln Middle School this spring: our mechanics will run "
            "a weekly bike maintenance club after school.",
            "We're teaming up with Lincoln Middle School this spring: our mechanics will run "
            "a weekly bike maintenance club after school.",
            voice="corporate",
            network="website",
        ),
    )

    def applies(self, target: Target) -> bool:
        register = direction(target.voice)
        social = target.network.kind is NetworkKind.SOCIAL and register is not Direction.FORMAL
        return target.lang in ("en", "fr") and (register is Direction.CASUAL or social)

    def edits(self, text: str, target: Target) -> list[Edit]:
        # A casual voice cuts past its aim; LinkedIn's voice only past what it allows.
        casual = direction(target.voice) is Direction.CASUAL
        longest = target.voice.sentences.target_words if casual else longest_allowed(target.voice)
        message = target.understood()
        facts = [f.text for f in message.facts if f.role is not Role.FIGURE and f.text]
        cuts = colon_cuts(text, target.lang, longest, facts)
        if not cuts:
            return []
        spans = protected_spans(text, target.protected_names)
        return [
            Edit(
                cut.start,
                cut.end,
                cut.replacement,
                "split: a colon joins two sentences; the "
                f"{target.voice.name} voice keeps to {longest} words a sentence",
            )
            for cut in cuts
            if not spans.overlaps(cut.start, cut.end)
        ]


TRANSFORMS = (SplitColon(),)
