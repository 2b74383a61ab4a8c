"""A long sentence of a social post cut before what it adds at its end after a comma, which
becomes a sentence of its own: a describing relative clause ("…behind the bar, who's been
pulling pints…" → "…behind the bar. Tom's been pulling pints…") or an English "with"
phrase ("…through the Cotswolds, with a coffee stop in Bourton." → "… There's a coffee stop
in Bourton.") (the rules: :mod:`brandvoice.adaptation.wording.trailing`)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Stage, Target, TransformExample
from brandvoice.adaptation.transforms.social_split import SocialSplit
from brandvoice.adaptation.wording.trailing import TrailingCut, trailing_cut


class SplitTrailing(SocialSplit[None]):
    id: ClassVar[str] = "split-trailing"
    stage: ClassVar[Stage] = Stage.BODY
    # With split-participle (63), which makes a participle phrase a clause the same way;
    # before split-sentences (64), which then cuts each piece at its conjunctions.
    order: ClassVar[int] = 63
    needs: ClassVar[str] = ","
    writes_words: ClassVar[bool] = True
    does: ClassVar[str] = "a relative clause, a 'with' phrase or a distance made a sentence"
    summary: ClassVar[str] = (
        "In a social post of a voice that is not formal, cuts a sentence longer than the "
        "voice allows before a describing relative clause (', who's been…' → '. Tom's "
        "been…', ', which…' → '. It…', ', qui…' → '. Il/Elle…') or an English 'with' "
        "phrase (', with a coffee stop in…' → '. There's a coffee stop in…') or a place's "
        "distance (', à 15 km de…' → '. C'est à 15 km de…')."
    )
    examples = (
        # On X a cut's words cost characters the limit needs for facts: left whole.
        TransformExample(
            "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds, with a "
            "coffee stop in Bourton-on-the-Water.",
            "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds, with a "
            "coffee stop in Bourton-on-the-Water.",
            network="x",
        ),
        TransformExample(
            "We did it! A huge thank you to our regulars, our brewers, and to Tom behind the "
            "bar, who's been pulling pints here since before some of you were born.",
            "We did it! A huge thank you to our regulars, our brewers, and to Tom behind the "
            "bar. Tom's been pulling pints here since before some of you were born.",
        ),
        TransformExample(
            "We've finally installed the wood-fired oven we saved up for all last year, which "
            "bakes two hundred loaves an hour.",
            "We've finally installed the wood-fired oven we saved up for all last year. It "
            "bakes two hundred loaves an hour.",
        ),
        TransformExample(
            "Depuis lundi, nous avons installé dans le fournil un nouveau four à bois, qui "
            "cuit deux cents pains à l'heure sans interruption.",
            "Depuis lundi, nous avons installé dans le fournil un nouveau four à bois. Il "
            "cuit deux cents pains à l'heure sans interruption.",
            lang="fr",
        ),
        TransformExample(
            "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds, with a "
            "coffee stop in Bourton-on-the-Water.",
            "Join us on Sunday 19 April for an easy 40 km loop through the Cotswolds. There's a "
            "coffee stop in Bourton-on-the-Water.",
        ),
        TransformExample(
            "À partir de ce mois-ci, tous nos cafés sont torréfiés par la Brûlerie des "
            "Alpilles, à 15\u202fkm de la boutique.",
            "À partir de ce mois-ci, tous nos cafés sont torréfiés par la Brûlerie des "
            "Alpilles. C'est à 15\u202fkm de la boutique.",
            lang="fr",
        ),
        TransformExample(
            "From this month on, every coffee we pour is roasted by Ridge Roasters in Hebden "
            "Bridge, 15 km from the shop.",
            "From this month on, every coffee we pour is roasted by Ridge Roasters in Hebden "
            "Bridge. It's 15 km from the shop.",
        ),
        # The pronoun is no subject of its clause, or a clause follows "with": left whole.
        TransformExample(
            "We've finally installed the wood-fired oven in the bakery on Mill Street, which "
            "our customers have been asking about for years.",
            "We've finally installed the wood-fired oven in the bakery on Mill Street, which "
            "our customers have been asking about for years.",
        ),
        TransformExample(
            "We'll close the shop on Mill Street at 2pm on Thursday for the holidays, with "
            "the whole team back on Monday morning.",
            "We'll close the shop on Mill Street at 2pm on Thursday for the holidays, with "
            "the whole team back on Monday morning.",
        ),
        # A figure after "with" is a result; a relative clause in the hook says the news.
        TransformExample(
            "Greywell & Finch is proud to say it has been certified as a B Corporation, with "
            "a score of 96.4 in the B Impact Assessment.",
            "Greywell & Finch is proud to say it has been certified as a B Corporation, with "
            "a score of 96.4 in the B Impact Assessment.",
        ),
        TransformExample(
            "Massive congrats to our Mia Torres, who took home Apprentice of the Year at last "
            "night's Sunshine Coast Hair & Beauty Awards!",
            "Massive congrats to our Mia Torres, who took home Apprentice of the Year at last "
            "night's Sunshine Coast Hair & Beauty Awards!",
        ),
        # "who" of no named person: no cut when unsure whom it stands for.
        TransformExample(
            "A huge thank you to our regulars and to everyone behind the bar, who have been "
            "pulling pints here since before some of you were born.",
            "A huge thank you to our regulars and to everyone behind the bar, who have been "
            "pulling pints here since before some of you were born.",
        ),
        # The press note keeps its sentence.
        TransformExample(
            "A huge thank you to our regulars, our brewers, and to Tom behind the bar, who's "
            "been pulling pints here since before some of you were born.",
            "A huge thank you to our regulars, our brewers, and to Tom behind the bar, who's "
            "been pulling pints here since before some of you were born.",
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
    ) -> TrailingCut | None:
        return trailing_cut(tokens, text, target.master, hook=not text[: span[0]].strip())


TRANSFORMS = (SplitTrailing(),)
