"""A job ad's long sentence of a social post cut before what the person hired will do, said
to the reader who may apply: "…is looking for a Customer Success Specialist to help our
clients…" → "…a Customer Success Specialist. You'll help our clients…" (the rules:
:mod:`brandvoice.adaptation.wording.job_duties`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.job_duties import DutiesCut, duties_cut


class SplitJob(SocialSplit[None]):
    id: ClassVar[str] = "split-job"
    stage: ClassVar[Stage] = Stage.BODY
    # With the other cuts that write words (63), before split-sentences (64).
    order: ClassVar[int] = 63
    writes_words: ClassVar[bool] = True
    does: ClassVar[str] = "what the person hired will do said to the reader"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a job ad's sentence longer "
        "than the voice allows before what the person hired will do, said to the reader "
        "('…is looking for a support engineer to help…' → '…a support engineer. You'll "
        "help…', '…recrute un·e apprenti·e pour fabriquer…' → '…un·e apprenti·e. Vous "
        "fabriquerez…')."
    )
    examples = (
        TransformExample(
            "Harbour Cycles is looking for a part-time bike mechanic (weekends, Bristol shop) "
            "to service our rental fleet and help customers with repairs.",
            "Harbour Cycles is looking for a part-time bike mechanic (weekends, Bristol shop). "
            "You'll service our rental fleet and help customers with repairs.",
        ),
        TransformExample(
            "L'atelier de la rue des Tanneurs recrute un·e apprenti·e en CAP ébéniste pour "
            "fabriquer nos meubles sur mesure avec l'équipe.",
            "L'atelier de la rue des Tanneurs recrute un·e apprenti·e en CAP ébéniste. Vous "
            "fabriquerez nos meubles sur mesure avec l'équipe.",
            lang="fr",
        ),
        TransformExample(
            "L'atelier de la rue des Tanneurs recrute un·e apprenti·e en CAP ébéniste pour "
            "fabriquer nos meubles sur mesure avec l'équipe.",
            "L'atelier de la rue des Tanneurs recrute un·e apprenti·e en CAP ébéniste. Tu "
            "fabriqueras nos meubles sur mesure avec l'équipe.",
            lang="fr",
            profile={"address": "tu"},
        ),
        # The job's words end at a comma; a purpose that is no job's.
        TransformExample(
            "We're hiring a pastry chef for the new shop, and a barista to join the team at "
            "the harbour kiosk from March.",
            "We're hiring a pastry chef for the new shop, and a barista to join the team at "
            "the harbour kiosk from March.",
        ),
        TransformExample(
            "We're raising money with the whole neighbourhood this spring to repaint the "
            "community hall on Station Road.",
            "We're raising money with the whole neighbourhood this spring to repaint the "
            "community hall on Station Road.",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "Harbour Cycles is looking for a part-time bike mechanic (weekends, Bristol shop) "
            "to service our rental fleet and help customers with repairs.",
            "Harbour Cycles is looking for a part-time bike mechanic (weekends, Bristol shop) "
            "to service our rental fleet and help customers with repairs.",
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
    ) -> DutiesCut | None:
        return duties_cut(tokens, text, "sg" if target.voice.address == "tu" else "pl")


TRANSFORMS = (SplitJob(),)
