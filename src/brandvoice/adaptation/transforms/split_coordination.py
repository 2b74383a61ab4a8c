"""A long sentence of a social post cut inside a coordination whose second member has no
subject of its own, the cut writing what it needs: an order's series of infinitives
(« venez découvrir…, visiter… » → « … Vous pourrez aussi visiter… »), a second predicate of
the same subject (« on a livré…, et reversé… » → « … On a aussi reversé… ») or a second offer
and its price (« , et le contrôle… à 29 € » → « . On vous propose aussi le contrôle… à
29 € ») (the rules: :mod:`brandvoice.adaptation.wording.coordination`); or between two
things asked of the reader, the request said again (« Merci de retirer X et de nous le
ramener » → « … X. Merci aussi de nous le ramener », "Please stop using them and send…" →
"… them. Send…"; the rules: :mod:`brandvoice.adaptation.wording.requests`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.coordination import CoordinationCut, coordination_cut
from brandvoice.adaptation.wording.requests import request_cut


class SplitCoordination(SocialSplit[None]):
    id: ClassVar[str] = "split-coordination"
    stage: ClassVar[Stage] = Stage.BODY
    # With split-participle (63); before split-sentences (64), which cuts the coordinations
    # whose second member has a subject of its own.
    order: ClassVar[int] = 63
    writes_words: ClassVar[bool] = True
    does: ClassVar[str] = "the second member of a coordination made a sentence"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows inside a coordination whose second member has no subject, writing the "
        "one it needs: an order's series of infinitives (', visiter…' → '. Vous pourrez "
        "aussi visiter…', ', visit…' → '. You can also visit…'), a second predicate of the "
        "same subject (', et reversé…' → '. On a aussi reversé…', ', and paid' → '. We also "
        "paid'), a second offer and its price (', et le contrôle… à 29 €' → '. On vous "
        "propose aussi le contrôle… à 29 €'); and between two things asked of the reader "
        "(' et de nous le ramener' → '. Merci aussi de nous le ramener', ' and send…' → '. "
        "Send…')."
    )
    examples = (
        TransformExample(
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, visiter les chais et pique-niquer au milieu des "
            "vignes.",
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau. Vous pourrez aussi visiter les chais et "
            "pique-niquer au milieu des vignes.",
            lang="fr",
        ),
        TransformExample(
            "On Saturday 23 and Sunday 24 May, come and taste our new vintages at the cellar "
            "door, visit the cellars and picnic among the vines.",
            "On Saturday 23 and Sunday 24 May, come and taste our new vintages at the cellar "
            "door. You can also visit the cellars and picnic among the vines.",
        ),
        TransformExample(
            "🥳 En 2025, on a livré 18\u202f400 paniers, soit +23\u202f% par rapport à 2024, et "
            "reversé 412\u202f000\u202f€ à nos 36 producteurs adhérents.",
            "🥳 En 2025, on a livré 18\u202f400 paniers, soit +23\u202f% par rapport à 2024. On a "
            "aussi reversé 412\u202f000\u202f€ à nos 36 producteurs adhérents.",
            lang="fr",
        ),
        TransformExample(
            "In 2025 we delivered 18,400 veg boxes across the valley, up 23% on 2024, and paid "
            "$412,000 to our 36 member farms.",
            "In 2025 we delivered 18,400 veg boxes across the valley, up 23% on 2024. We also "
            "paid $412,000 to our 36 member farms.",
        ),
        TransformExample(
            "Jordan joins our Dundee salon from Glasgow with eight years of experience in "
            "curly cuts and lived-in colour, and starts on the floor on Tuesday 8 September.",
            "Jordan joins our Dundee salon from Glasgow with eight years of experience in "
            "curly cuts and lived-in colour. Jordan starts on the floor on Tuesday 8 September.",
        ),
        TransformExample(
            "Jusqu'au 30 avril, on vous offre le montage et l'équilibrage pour l'achat de 4 "
            "pneus, et le contrôle de la climatisation à 29\u202f€ au lieu de 49\u202f€.",
            "Jusqu'au 30 avril, on vous offre le montage et l'équilibrage pour l'achat de 4 "
            "pneus. On vous propose aussi le contrôle de la climatisation à 29\u202f€ au lieu de "
            "49\u202f€.",
            lang="fr",
        ),
        # A list of nouns after the order, or a negation: left whole.
        TransformExample(
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, nos rosés de l'année et nos vieux rouges.",
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, nos rosés de l'année et nos vieux rouges.",
            lang="fr",
        ),
        TransformExample(
            "En 2025, on n'a pas livré 18\u202f400 paniers, soit +23\u202f% par rapport à 2024, "
            "et reversé 412\u202f000\u202f€ à nos 36 producteurs adhérents.",
            "En 2025, on n'a pas livré 18\u202f400 paniers, soit +23\u202f% par rapport à 2024, "
            "et reversé 412\u202f000\u202f€ à nos 36 producteurs adhérents.",
            lang="fr",
        ),
        # Two things asked of the reader: the request said again, or the second order alone.
        TransformExample(
            "Merci de débrancher tout de suite le chargeur de votre vélo et de nous le "
            "rapporter à l'atelier de la rue Nationale.",
            "Merci de débrancher tout de suite le chargeur de votre vélo. Merci aussi de nous "
            "le rapporter à l'atelier de la rue Nationale.",
            lang="fr",
        ),
        TransformExample(
            "Par précaution, nous vous demandons de ne pas utiliser ces bocaux et de les "
            "rapporter au magasin, où ils vous seront remboursés.",
            "Par précaution, nous vous demandons de ne pas utiliser ces bocaux. Nous vous "
            "demandons aussi de les rapporter au magasin, où ils vous seront remboursés.",
            lang="fr",
        ),
        TransformExample(
            "Les clients qui ont acheté ce fromage sont priés de ne pas le consommer et de le "
            "rapporter à la boutique du marché.",
            "Les clients qui ont acheté ce fromage sont priés de ne pas le consommer. Ils sont "
            "aussi priés de le rapporter à la boutique du marché.",
            lang="fr",
        ),
        TransformExample(
            "Please stop using the charger straight away and bring it back to the workshop on "
            "Station Road for a free replacement.",
            "Please stop using the charger straight away. Bring it back to the workshop on "
            "Station Road for a free replacement.",
        ),
        TransformExample(
            "Débranchez tout de suite le chargeur de votre vélo et rapportez-le à l'atelier de "
            "la rue Nationale pour un échange gratuit.",
            "Débranchez tout de suite le chargeur de votre vélo. Rapportez-le à l'atelier de "
            "la rue Nationale pour un échange gratuit.",
            lang="fr",
        ),
        # One object for both orders, a negated request, "Come and…": left whole.
        TransformExample(
            "Merci de retirer et de nous ramener au plus vite ce jouet acheté dans notre "
            "boutique de la rue des Carmes.",
            "Merci de retirer et de nous ramener au plus vite ce jouet acheté dans notre "
            "boutique de la rue des Carmes.",
            lang="fr",
        ),
        TransformExample(
            "Nous ne vous demandons pas de rapporter les pots entamés et de garder le ticket "
            "de caisse, un simple mot suffit.",
            "Nous ne vous demandons pas de rapporter les pots entamés et de garder le ticket "
            "de caisse, un simple mot suffit.",
            lang="fr",
        ),
        TransformExample(
            "Come and meet the team behind our new bakery in the old station building and "
            "taste the first loaves from the oven.",
            "Come and meet the team behind our new bakery in the old station building and "
            "taste the first loaves from the oven.",
        ),
        # X's short posts keep their words; the press note its sentence.
        TransformExample(
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, visiter les chais et pique-niquer au milieu des "
            "vignes.",
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, visiter les chais et pique-niquer au milieu des "
            "vignes.",
            lang="fr",
            network="x",
        ),
        TransformExample(
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, visiter les chais et pique-niquer au milieu des "
            "vignes.",
            "Samedi 23 mai et dimanche 24 mai, de 10\u202fh à 18\u202fh, venez découvrir nos "
            "nouveaux millésimes au caveau, visiter les chais et pique-niquer au milieu des "
            "vignes.",
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
    ) -> CoordinationCut | None:
        return coordination_cut(tokens, text) or request_cut(tokens, text)


TRANSFORMS = (SplitCoordination(),)
