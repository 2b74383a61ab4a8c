"""A long sentence of a social post cut at a colon that introduces a list of noun phrases:
"…a été un vrai fiasco : attente d'une heure au bar, plats arrivés froids et une sono bien
trop forte." → "…a été un vrai fiasco. Attente d'une heure au bar, plats arrivés froids et
une sono bien trop forte." (the rules: :mod:`brandvoice.adaptation.wording.list_colon`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.list_colon import ListCut, list_colon_cut


class SplitColonList(SocialSplit[None]):
    id: ClassVar[str] = "split-colon-list"
    stage: ClassVar[Stage] = Stage.BODY
    # After split-colon (59), which cuts a colon between two clauses; before
    # split-sentences (64), which then cuts the clause before the colon at its conjunctions.
    order: ClassVar[int] = 60
    needs: ClassVar[str] = ":"
    does: ClassVar[str] = "a colon introduces a list"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows at a colon that introduces a list of noun phrases ('…un vrai fiasco : "
        "attente…, plats… et une sono…' → '…un vrai fiasco. Attente…, plats… et une sono…'): "
        "a verbless sentence a post may write and a press note does not."
    )
    examples = (
        TransformExample(
            "Samedi dernier, notre soirée de réouverture a été un vrai fiasco\u00a0: attente "
            "de plus d'une heure au bar, plats arrivés froids et une sono bien trop forte.",
            "Samedi dernier, notre soirée de réouverture a été un vrai fiasco. Attente "
            "de plus d'une heure au bar, plats arrivés froids et une sono bien trop forte.",
            lang="fr",
        ),
        TransformExample(
            "Last Saturday our reopening night was a real mess: an hour's wait at the bar, "
            "cold food and music far too loud.",
            "Last Saturday our reopening night was a real mess. An hour's wait at the bar, "
            "cold food and music far too loud.",
        ),
        # After an order too: it is a clause of its own.
        TransformExample(
            "Samedi 28 novembre, de 10\u202fh à 17\u202fh, venez goûter l'huile nouvelle "
            "directement à la sortie du pressoir\u00a0: dégustation sur pain grillé, visite du "
            "moulin toutes les heures et soupe au pistou pour les plus affamés.",
            "Samedi 28 novembre, de 10\u202fh à 17\u202fh, venez goûter l'huile nouvelle "
            "directement à la sortie du pressoir. Dégustation sur pain grillé, visite du "
            "moulin toutes les heures et soupe au pistou pour les plus affamés.",
            lang="fr",
        ),
        # LinkedIn's voice too, past its 25 words; an item's relative clause is no clause.
        TransformExample(
            "Nous avons entendu vos retours et nous avons revu toute l'organisation de la "
            "salle\u00a0: deux personnes de plus au service, une cuisine qui envoie par "
            "tables complètes et un volume sonore limité.",
            "Nous avons entendu vos retours et nous avons revu toute l'organisation de la "
            "salle. Deux personnes de plus au service, une cuisine qui envoie par "
            "tables complètes et un volume sonore limité.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        # Before the colon a label, not a clause: no cut.
        TransformExample(
            "A few highlights: braised short rib with polenta, roasted delicata squash salad, "
            "and the return of the apple cider donuts everyone kept asking about.",
            "A few highlights: braised short rib with polenta, roasted delicata squash salad, "
            "and the return of the apple cider donuts everyone kept asking about.",
        ),
        # After it, questions to come or clauses: not a list of noun phrases.
        TransformExample(
            "We've put together a free planting calendar for local gardens: what to sow each "
            "month, which natives cope with sandy soil, and how much to water.",
            "We've put together a free planting calendar for local gardens: what to sow each "
            "month, which natives cope with sandy soil, and how much to water.",
        ),
        TransformExample(
            "Petit changement pour les livraisons de cette semaine chez nous\u00a0: les "
            "commandes partiront lundi, les colis arriveront mardi ou mercredi.",
            "Petit changement pour les livraisons de cette semaine chez nous\u00a0: les "
            "commandes partiront lundi, les colis arriveront mardi ou mercredi.",
            lang="fr",
        ),
        # Short enough for the voice: left alone.
        TransformExample(
            "Our menu changed: soups, pies and cakes.",
            "Our menu changed: soups, pies and cakes.",
        ),
        # The press note keeps its colon: a verbless sentence is not its register.
        TransformExample(
            "Samedi dernier, notre soirée de réouverture a été un vrai fiasco\u00a0: attente "
            "de plus d'une heure au bar, plats arrivés froids et une sono bien trop forte.",
            "Samedi dernier, notre soirée de réouverture a été un vrai fiasco\u00a0: attente "
            "de plus d'une heure au bar, plats arrivés froids et une sono bien trop forte.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
    )

    def cut(
        self,
        tokens: list[Token],
        text: str,
        span: tuple[int, int],
        target: Target,
        context: None,
    ) -> ListCut | None:
        return list_colon_cut(tokens, text, *span)


TRANSFORMS = (SplitColonList(),)
