"""French address: the master's "vous" becomes "tu" for a voice that says "tu", and back.

A voice's ``address`` is how it speaks to one reader. The rewrite itself (pronouns,
possessives by gender and elision, verbs in every common tense, orders, inversions) lives
in :mod:`brandvoice.adaptation.french`; this transform asks it for word-level replacements,
drops those that would touch a protected span (a URL, a mention, a brand name...), and
explains each one. A sentence whose "vous" is evidently plural ("vous êtes nombreux",
"merci à vous tous") keeps it: "tu" cannot address a group.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from brandvoice.adaptation.french import rewrite_address
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.text.protect import protected_spans

_TU = {"address": "tu"}
# A cheap look before parsing. Towards "vous" there is none: "Viens voir !" has no pronoun.
# Going to "vous", the rewrite runs only on a text that shows "tu": one of its pronouns or
# possessives, or an exclamation (where pronoun-less orders live: "Viens nous voir !").
# Elsewhere nouns that look like tu imperatives ("face au port") are not worth the risk.
_INFORMAL_HINT = regex.compile(r"(?i)\b(?:tu|te|t['’]|toi|ton|ta|tes|tiens?|tiennes?)\b|!")
_FORMAL_HINT = regex.compile(r"(?i)vous|votre|vos|vôtre|ez\b|êtes|dites|faites")


class AddressTransform(Transform):
    id: ClassVar[str] = "address"
    stage: ClassVar[Stage] = Stage.BODY
    order: ClassVar[int] = 40
    summary: ClassVar[str] = (
        "Rewrites a French text's address to the voice's: formal 'vous' (one reader) to "
        "'tu', or 'tu' to 'vous', with pronouns, possessives and verbs."
    )
    examples = (
        # "Entre" opening a phrase closed by a comma is the preposition, not "tu entres".
        TransformExample(
            "Le magasin déménage. Entre les deux, l'atelier sera fermé, mais vous pouvez "
            "nous appeler.",
            "Le magasin déménage. Entre les deux, l'atelier sera fermé, mais vous pouvez "
            "nous appeler.",
            lang="fr",
        ),
        # "place de la Libération" is a square, not the order "place-toi".
        TransformExample(
            "Dès 9 h, place de la Libération, une quarantaine de producteurs vous attendent.",
            "Dès 9 h, place de la Libération, une quarantaine de producteurs vous attendent.",
            lang="fr",
        ),
        # "Hâte de" is "j'ai hâte de", not the order "hâte-toi".
        TransformExample(
            "On ouvre samedi. Hâte de vous voir !",
            "On ouvre samedi. Hâte de vous voir !",
            lang="fr",
        ),
        TransformExample(
            "Pouvez-vous nous dire ce que vous en pensez ? Inscrivez-vous avant vendredi !",
            "Peux-tu nous dire ce que tu en penses ? Inscris-toi avant vendredi !",
            lang="fr",
            profile=_TU,
        ),
        TransformExample(
            "N'hésitez pas à nous écrire : votre avis compte, et votre adresse reste privée.",
            "N'hésite pas à nous écrire : ton avis compte, et ton adresse reste privée.",
            lang="fr",
            profile=_TU,
        ),
        TransformExample(
            "Ne vous inquiétez pas, nous vous rappellerons s'il vous plaît.",
            "Ne t'inquiète pas, nous te rappellerons s'il te plaît.",
            lang="fr",
            profile=_TU,
        ),
        # A group is addressed: "tu" cannot say it, the sentence keeps "vous".
        TransformExample(
            "Vous êtes nombreux à nous suivre, merci à vous tous !",
            "Vous êtes nombreux à nous suivre, merci à vous tous !",
            lang="fr",
            profile=_TU,
        ),
        # "nous" forms and the third person are no address.
        TransformExample(
            "Nous ouvrons lundi et ils viendront nous voir.",
            "Nous ouvrons lundi et ils viendront nous voir.",
            lang="fr",
            profile=_TU,
        ),
        # casual-facebook says "vous": "tu" goes formal.
        TransformExample(
            "Viens chez nous, tu verras ton cadeau. Amuse-toi bien !",
            "Venez chez nous, vous verrez votre cadeau. Amusez-vous bien !",
            lang="fr",
        ),
        TransformExample(
            "Profitez de nos offres sur https://exemple.fr/vous-inscrire !",
            "Profitez de nos offres sur https://exemple.fr/vous-inscrire !",
            lang="fr",
        ),
        # A text that never says "tu" keeps its nouns, even those that look like orders.
        TransformExample(
            "Réservez en boutique, 18 rue de la Mitre, face au port.",
            "Réservez en boutique, 18 rue de la Mitre, face au port.",
            lang="fr",
        ),
        # A noun or a preposition that reads like an order is neither: "vente" (the weather
        # verb "venter" orders nobody), "Entre les rangs" (a podcast's title).
        TransformExample(
            "On cherche du renfort pour la saison des fraises 🍓 ! Cueillette et vente à la "
            "ferme, du 4 mai à fin juin.",
            "On cherche du renfort pour la saison des fraises 🍓 ! Cueillette et vente à la "
            "ferme, du 4 mai à fin juin.",
            lang="fr",
        ),
        TransformExample(
            "🎙️ Le nouvel épisode d’« Entre les rangs » est en ligne ! Écoute-le vite.",
            "🎙️ Le nouvel épisode d’« Entre les rangs » est en ligne ! Écoutez-le vite.",
            lang="fr",
        ),
        TransformExample(
            "Tu nous trouves au 18 rue de la Mitre.",
            "Vous nous trouvez au 18 rue de la Mitre.",
            lang="fr",
        ),
        TransformExample("Join us on Friday!", "Join us on Friday!", lang="en", profile=_TU),
    )

    def applies(self, target: Target) -> bool:
        return target.lang == "fr"

    def edits(self, text: str, target: Target) -> list[Edit]:
        from brandvoice.nlp import get_pipeline
        from brandvoice.text.french.lemmas import verb_forms

        to = target.voice.address
        if to == "tu" and not _FORMAL_HINT.search(text):
            return []  # no "vous", no "votre", no "-ez" verb: nothing formal to rewrite
        if to == "vous" and not _INFORMAL_HINT.search(text):
            return []
        doc = parse("fr", text)
        forms = verb_forms(get_pipeline("fr").nlp)
        spans = protected_spans(text, target.protected_names)
        reason = f"address: {{what}} (voice {target.voice.name} addresses the reader as {to})"
        return [
            Edit(r.start, r.end, r.replacement, reason.format(what=r.what))
            for r in rewrite_address(text, doc, to, forms)
            if not spans.overlaps(r.start, r.end)
        ]


TRANSFORMS = (AddressTransform(),)
