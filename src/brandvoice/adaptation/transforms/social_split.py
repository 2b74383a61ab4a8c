"""What the sentence cuts of social posts share: a long sentence of a post on a social
network, in a voice that is not formal, cut where one wording rule finds a cut; the press
note and the article keep their sentences (formal voices, own sites). Each transform says
only where its rule cuts (:meth:`SocialSplit.cut`) and what the cut does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

from spacy.tokens import Token

from brandvoice.adaptation.transform import Edit, Target, Transform, parse
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.transforms.split_sentences import long_sentences, longest
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.adaptation.wording.splitting import TokenOffsets
from brandvoice.networks.model import NetworkKind
from brandvoice.text.protect import protected_spans


class Cut(Protocol):
    """A cut a wording rule proposes: ``text[start:end]`` becomes ``replacement``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def replacement(self) -> str: ...


# The fewest characters a network allows for a post that a cut which writes words still
# cuts: X's 280 are fewer.
SHORT_POST = 500

# What a rule reads of the whole text before it looks at the sentences (the contacts of
# split-means); ``None`` for most.
Context = TypeVar("Context")


class SocialSplit(Transform, Generic[Context]):
    """A transform that cuts the sentences longer than the voice allows where
    :meth:`cut` says."""

    # A character a sentence must hold for the rule to cut it (a colon, a comma); "" for any.
    needs: ClassVar[str] = ""
    # What the cut does, for the change's reason ("a colon introduces a list").
    does: ClassVar[str]

    # Whether the cut writes words the sentence did not have ("There's", « Vous pourrez
    # aussi »): on a network of short posts (X) they would push a fact out of the limit,
    # which matters more there than a long sentence.
    writes_words: ClassVar[bool] = False

    def applies(self, target: Target) -> bool:
        limit = target.network.limit
        short = self.writes_words and limit is not None and limit < SHORT_POST
        return (
            target.lang in ("en", "fr")
            and target.network.kind is NetworkKind.SOCIAL
            and direction(target.voice) is not Direction.FORMAL
            and not short
        )

    def context(self, text: str, target: Target) -> Context | None:
        """What the rule reads of the whole ``text`` first; None when it can find no cut
        in it."""
        return None

    def cut(
        self,
        tokens: list[Token],
        text: str,
        span: tuple[int, int],
        target: Target,
        context: Context | None,
    ) -> Cut | None:
        """The cut of the sentence ``text[span[0]:span[1]]``, its parsed ``tokens`` given;
        None when the rule finds none."""
        raise NotImplementedError

    # A rule that needs a context finds no cut in a text that gives none.
    needs_context: ClassVar[bool] = False

    def edits(self, text: str, target: Target) -> list[Edit]:
        long = [(s, e) for s, e in long_sentences(text, target.voice) if self.needs in text[s:e]]
        if not long:
            return []
        context = self.context(text, target)
        if self.needs_context and context is None:
            return []
        offsets = TokenOffsets(parse(target.lang, text))
        spans = protected_spans(text, target.protected_names)
        reason = (
            f"split: {self.does}; the {target.voice.name} voice keeps sentences to "
            f"{longest(target.voice)} words"
        )
        edits = []
        for start, end in long:
            cut = self.cut(offsets.within(start, end), text, (start, end), target, context)
            if cut is not None and not spans.overlaps(cut.start, cut.end):
                edits.append(Edit(cut.start, cut.end, cut.replacement, reason))
        return edits


# The parts of a cut that touches two places of its sentence (the cause that opened it
# written at its end): (start, end, replacement) each.
Parts = Sequence[tuple[int, int, str]]


def parted_edits(
    transform: SocialSplit[None], text: str, target: Target, find: Callable[[int, int], Parts]
) -> list[Edit]:
    """The edits of ``transform`` whose rule ``find`` gives, for each long sentence
    ``text[start:end]``, its cut in several parts (none when it finds no cut); a cut any
    part of which touches a protected span is left out whole."""
    spans = protected_spans(text, target.protected_names)
    reason = (
        f"split: {transform.does}; the {target.voice.name} voice keeps sentences to "
        f"{longest(target.voice)} words"
    )
    edits: list[Edit] = []
    for start, end in long_sentences(text, target.voice):
        parts = find(start, end)
        if any(spans.overlaps(s, e) for s, e, _ in parts):
            continue
        edits.extend(Edit(s, e, replacement, reason) for s, e, replacement in parts)
    return edits
