"""A long sentence of a social post cut before the gerund that says how the reader gets in
touch, which becomes an order of its own: « …jusqu'au 20 décembre, en écrivant à
contact@cabanon.fr. » → « …jusqu'au 20 décembre. Écrivez-nous à contact@cabanon.fr. »
(the rules: :mod:`brandvoice.adaptation.wording.means_clause`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.adaptation.wording.means_clause import MeansCut, means_cut
from brandvoice.understand.facts import FactKind, extract_facts

_CONTACTS = (FactKind.EMAIL, FactKind.URL, FactKind.PHONE)


class SplitMeans(SocialSplit[list[tuple[int, int]]]):
    id: ClassVar[str] = "split-means"
    stage: ClassVar[Stage] = Stage.BODY
    # After the colon cuts, before split-participle and split-sentences.
    order: ClassVar[int] = 62
    does: ClassVar[str] = "the gerund made an order"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows before the gerund that says how to get in touch, made an order "
        "(', en écrivant à EMAIL' → '. Écrivez-nous à EMAIL', ', by emailing EMAIL' → "
        "'. Just email EMAIL'), in the voice's « tu » or « vous »; after an order, any "
        "gerund (' en lui signalant ce rappel' → '. Signalez-lui ce rappel')."
    )
    examples = (
        TransformExample(
            "Toutes les personnes présentes samedi peuvent demander le remboursement de leur "
            "entrée jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.",
            "Toutes les personnes présentes samedi peuvent demander le remboursement de leur "
            "entrée jusqu'au 20 décembre. Écrivez-nous à contact@leptitcabanon.fr.",
            lang="fr",
        ),
        TransformExample(
            "Everyone who came on Saturday can claim a refund of their ticket until "
            "December 20, by emailing hello@thecabin.example.",
            "Everyone who came on Saturday can claim a refund of their ticket until "
            "December 20. Just email hello@thecabin.example.",
        ),
        # A voice that says « tu », a pronoun moved after the order.
        TransformExample(
            "Tu peux t'inscrire à l'atelier de réparation de vélos du samedi matin jusqu'à "
            "vendredi soir, en nous écrivant à atelier@cyclo.example.",
            "Tu peux t'inscrire à l'atelier de réparation de vélos du samedi matin jusqu'à "
            "vendredi soir. Écris-nous à atelier@cyclo.example.",
            lang="fr",
            profile={"address": "tu"},
        ),
        # LinkedIn's voice writes the order without "Just".
        TransformExample(
            "Partners and suppliers who would like to join the pilot programme in the spring "
            "can still apply for one of the last places until the end of the month by "
            "emailing pilot@northwind.example.",
            "Partners and suppliers who would like to join the pilot programme in the spring "
            "can still apply for one of the last places until the end of the month. "
            "Email pilot@northwind.example.",
            voice="professional-network",
            network="linkedin",
        ),
        # The brand's own account of what it did: no order to the reader.
        TransformExample(
            "Nous avons prévenu tous les clients concernés par le retard de livraison cette "
            "semaine, en écrivant à chacun depuis commandes@savonnerie.example.",
            "Nous avons prévenu tous les clients concernés par le retard de livraison cette "
            "semaine, en écrivant à chacun depuis commandes@savonnerie.example.",
            lang="fr",
        ),
        # A manner after an order: the reader's to do too, an order of its own.
        TransformExample(
            "En cas de fièvre ou de maux de tête dans les semaines qui suivent, consultez "
            "votre médecin en lui signalant ce rappel.",
            "En cas de fièvre ou de maux de tête dans les semaines qui suivent, consultez "
            "votre médecin. Signalez-lui ce rappel.",
            lang="fr",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Toutes les personnes présentes samedi peuvent demander le remboursement de leur "
            "entrée jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.",
            "Toutes les personnes présentes samedi peuvent demander le remboursement de leur "
            "entrée jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"sentences": {"target_words": 8, "max_words": 12}},
        ),
        # After an order, any gerund is the reader's to do too; not after a statement.
        TransformExample(
            "Si vous avez un doute sur le numéro de lot de votre pot, rapportez-le à la "
            "boutique du marché en le présentant dans son emballage.",
            "Si vous avez un doute sur le numéro de lot de votre pot, rapportez-le à la "
            "boutique du marché. Présentez-le dans son emballage.",
            lang="fr",
        ),
        TransformExample(
            "Vous pouvez rapporter votre pot entamé à la boutique du marché de Cuers en le "
            "présentant dans son emballage.",
            "Vous pouvez rapporter votre pot entamé à la boutique du marché de Cuers en le "
            "présentant dans son emballage.",
            lang="fr",
        ),
        TransformExample(
            "Nous avons prévenu tous les clients de la semaine dernière en leur envoyant un "
            "message personnel ce matin.",
            "Nous avons prévenu tous les clients de la semaine dernière en leur envoyant un "
            "message personnel ce matin.",
            lang="fr",
        ),
    )

    def context(self, text: str, target: Target) -> list[tuple[int, int]] | None:
        facts = extract_facts(text, target.lang, target.protected_names)
        return [(f.start, f.end) for f in facts if f.kind in _CONTACTS]

    def cut(
        self,
        tokens: list[Token],
        text: str,
        span: tuple[int, int],
        target: Target,
        context: list[tuple[int, int]] | None,
    ) -> MeansCut | None:
        voice = target.voice
        return means_cut(
            tokens,
            text,
            *span,
            context or [],
            number="sg" if voice.address == "tu" else "pl",
            person=voice.person,
            casual=direction(voice) is Direction.CASUAL,
        )


TRANSFORMS = (SplitMeans(),)
