"""A long sentence of a social post cut after a lead-in and its colon, the lead-in a
headline of its own: « Petit changement en coulisses : depuis ce mois-ci, toutes nos farines
viennent du Moulin… » → « Petit changement en coulisses. Depuis ce mois-ci, toutes nos
farines viennent du Moulin… » (the rules: :mod:`brandvoice.adaptation.wording.lead_in`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.lead_in import lead_in_cut
from brandvoice.adaptation.wording.list_colon import ListCut


class SplitLeadIn(SocialSplit[None]):
    id: ClassVar[str] = "split-lead-in"
    stage: ClassVar[Stage] = Stage.BODY
    # After split-colon and split-colon-list, which cut a colon after a clause.
    order: ClassVar[int] = 61
    needs: ClassVar[str] = ":"
    does: ClassVar[str] = "a lead-in made a headline"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows after a lead-in and its colon ('Petit changement en coulisses : depuis "
        "ce mois-ci, nos farines…' → 'Petit changement en coulisses. Depuis ce mois-ci, nos "
        "farines…'): the lead-in a headline of its own."
    )
    examples = (
        TransformExample(
            "Petit changement en coulisses\u00a0: depuis ce mois-ci, toutes nos farines "
            "viennent du Moulin de Saint-Joseph, à Pourrières, à 40\u202fkm de la boulangerie.",
            "Petit changement en coulisses. Depuis ce mois-ci, toutes nos farines "
            "viennent du Moulin de Saint-Joseph, à Pourrières, à 40\u202fkm de la boulangerie.",
            lang="fr",
        ),
        TransformExample(
            "Un petit mot pour celles et ceux qui attendent leur colis\u00a0: après un incident "
            "chez notre transporteur, les commandes de la semaine dernière partiront avec "
            "trois jours de retard.",
            "Un petit mot pour celles et ceux qui attendent leur colis. Après un incident "
            "chez notre transporteur, les commandes de la semaine dernière partiront avec "
            "trois jours de retard.",
            lang="fr",
            voice="professional-network",
            network="linkedin",
        ),
        TransformExample(
            "Q3 2026 update from Tallyhoe: recurring revenue reached $2.4M ARR, up 38% year "
            "over year, and net revenue retention held at 112%.",
            "Q3 2026 update from Tallyhoe. Recurring revenue reached $2.4M ARR, up 38% year "
            "over year, and net revenue retention held at 112%.",
        ),
        # A list after a label, an adverbial or a condition before the colon: no cut.
        TransformExample(
            "Au programme de cette belle saison\u00a0: du poisson grillé pêché au large, des "
            "transats au soleil et des concerts tous les samedis.",
            "Au programme de cette belle saison\u00a0: du poisson grillé pêché au large, des "
            "transats au soleil et des concerts tous les samedis.",
            lang="fr",
        ),
        TransformExample(
            "Pour la première fois depuis 2019\u00a0: le marché de Noël revient sur la place "
            "du village avec quarante exposants.",
            "Pour la première fois depuis 2019\u00a0: le marché de Noël revient sur la place "
            "du village avec quarante exposants.",
            lang="fr",
        ),
        TransformExample(
            "Heads up if you dined with us last Friday or Saturday: our card terminal provider "
            "had a glitch that charged some payments twice.",
            "Heads up if you dined with us last Friday or Saturday: our card terminal provider "
            "had a glitch that charged some payments twice.",
        ),
        # A lead-in that only announces what follows keeps its colon: cut off, "A few
        # highlights." would read as a fragment.
        TransformExample(
            "New fall menu starts tonight at Juniper Table! A few highlights: braised short "
            "rib with polenta, roasted delicata squash salad, and the return of the apple "
            "cider donuts everyone kept asking about.",
            "New fall menu starts tonight at Juniper Table! A few highlights: braised short "
            "rib with polenta, roasted delicata squash salad, and the return of the apple "
            "cider donuts everyone kept asking about.",
        ),
        TransformExample(
            "Quelques nouveautés\u00a0: la boutique ouvre désormais le dimanche matin et "
            "nous livrons à vélo dans tout le quartier du Mourillon.",
            "Quelques nouveautés\u00a0: la boutique ouvre désormais le dimanche matin et "
            "nous livrons à vélo dans tout le quartier du Mourillon.",
            lang="fr",
        ),
        # The press note keeps its colon.
        TransformExample(
            "Petit changement en coulisses\u00a0: depuis ce mois-ci, toutes nos farines "
            "viennent du Moulin de Saint-Joseph, à Pourrières, à 40\u202fkm de la boulangerie.",
            "Petit changement en coulisses\u00a0: depuis ce mois-ci, toutes nos farines "
            "viennent du Moulin de Saint-Joseph, à Pourrières, à 40\u202fkm de la boulangerie.",
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
        return lead_in_cut(tokens, text, *span)


TRANSFORMS = (SplitLeadIn(),)
