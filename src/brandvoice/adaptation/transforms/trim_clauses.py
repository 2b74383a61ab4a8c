"""A trailing clause that adds no fact, cut from a variant over its network's limit.

"Réservez votre table au 04 94 26 71 38, on affiche vite complet ces soirs-là." fits X as
"Réservez votre table au 04 94 26 71 38." A clause goes only when it is a clause of its
own (after a comma, a subject pronoun, "mais on", "and we"... with its finite verb, as
spaCy parses it), runs to the end of its sentence, holds no fact (date, time, price,
number, link, e-mail, phone, name), no protected span and none of the words with which the
message asks or promises ("il vous sera remboursé"), and leaves at least
:data:`MIN_WORDS` words before it; the sentence keeps its final stop. This runs before
``fit-length``: a sentence that keeps what the reader needs, a little shorter, beats a
sentence dropped whole.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, ClassVar

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.fit_length import fits
from brandvoice.text.protect import protected_spans
from brandvoice.understand.facts import extract_facts

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4
# A clause of its own: after a comma ("…, on affiche vite complet"), or a purpose clause
# after its conjunction, comma or not ("… sign up at … so we know how many to expect").
_CLAUSE = regex.compile(
    r"(?:,[\s\u00a0]+(?:(?:mais|et|car|donc|and|but|so)[\s\u00a0]+)?"
    r"|[\s\u00a0]+(?:so(?:[\s\u00a0]+that)?[\s\u00a0]+|(?:pour|afin)[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])))"
    r"(?P<subject>on|nous|ils|elles|il|elle|we|they|it|he|she)\b[^.!?…\n]*(?=[.!?…])",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")

_FR = (
    "🎶 Soirée live sur le sable ! Le groupe Les Pieds Salés jouera au Cabanon Beach Club "
    "le samedi 10 juillet dès 20 h 30, face à la baie de Saint-Cyr. Planches apéritives, "
    "cocktails maison et coucher de soleil. Réservez votre table au "
    "04 94 26 71 38, on affiche vite complet ces soirs-là et la terrasse est petite."
)
_EN = (
    "Live music on the sand! The Salty Feet play the Cabanon Beach Club on Saturday 10 July "
    "from 8.30 pm, facing the bay of Saint-Cyr and its islands. Sharing boards, house "
    "cocktails and the sunset over the water. Book your table on "
    "04 94 26 71 38, we always sell out on these nights and the terrace is small."
)

_EN_SIGN_UP = (
    "Sunday social ride 🚴 Join us on Sun 19 Apr for an easy 40 km loop through the Cotswolds, "
    "with a coffee stop in Bourton-on-the-Water. We leave the shop (Spoke & Chain, 3 Sheep "
    "Street, Cirencester) at 9am sharp. It's free, but please sign up at "
    "spokeandchain.co.uk/rides so we know how many to expect.\n\n#SocialRide #Cotswolds"
)

_RECALL = (
    "⚠️ Rappel : tomme de chèvre fermière, lot 118. Suite à un autocontrôle, la présence de "
    "Listeria monocytogenes a été détectée sur ce lot. Ne consommez pas ce fromage. Vous "
    "pouvez le rapporter à la fromagerie ou au marché de Crest le mardi, il vous sera "
    "remboursé intégralement et sans justificatif."
)


class TrimClauses(Transform):
    id: ClassVar[str] = "trim-clauses"
    stage: ClassVar[Stage] = Stage.POST
    order: ClassVar[int] = 85
    summary: ClassVar[str] = (
        "In a variant over its network's limit, cuts a trailing clause that adds no fact "
        "(', on affiche vite complet ces soirs-là'), keeping its sentence's stop."
    )
    examples = (
        TransformExample(
            _FR,
            _FR.replace(", on affiche vite complet ces soirs-là et la terrasse est petite", ""),
            lang="fr",
            network="x",
        ),
        TransformExample(
            _EN,
            _EN.replace(", we always sell out on these nights and the terrace is small", ""),
            network="x",
        ),
        # A purpose clause after the ask, comma or not: the ask and its link stay.
        TransformExample(
            _EN_SIGN_UP, _EN_SIGN_UP.replace(" so we know how many to expect", ""), network="x"
        ),
        # Within the limit, the clause stays.
        TransformExample(_FR, _FR, lang="fr", network="facebook"),
        # What the message promises stays: a recall's refund is no aside.
        TransformExample(
            _RECALL,
            _RECALL,
            lang="fr",
            network="x",
        ),
        # A clause holding a fact stays: "on ouvre dès 9 h" says when.
        TransformExample(
            _FR.replace("on affiche vite complet ces soirs-là", "on ouvre la terrasse dès 19 h"),
            _FR.replace("on affiche vite complet ces soirs-là", "on ouvre la terrasse dès 19 h"),
            lang="fr",
            network="x",
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.network.limit is not None

    def edits(self, text: str, target: Target) -> list[Edit]:
        if fits(text, target.network) or not _CLAUSE.search(text):
            return []
        doc = parse(target.lang, text)
        facts = extract_facts(text, target.lang, target.protected_names)
        # In text order and none overlapping: the first fact ending after a clause's start
        # is the only one that may overlap it.
        fact_starts, fact_ends = [f.start for f in facts], [f.end for f in facts]
        # What the message asks or promises ("il vous sera remboursé") is no aside.
        cues = [c.text.casefold() for c in target.understood().action_cues if c.text.strip()]
        spans = protected_spans(text, target.protected_names)
        edits: list[Edit] = []
        for match in _CLAUSE.finditer(text):
            start, end = match.span()
            after = bisect.bisect_right(fact_ends, start)
            if (after < len(facts) and fact_starts[after] < end) or spans.overlaps(start, end):
                continue
            clause = text[start:end].casefold()
            if any(cue in clause for cue in cues):
                continue
            sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
            if len(_WORD.findall(text[sentence_start:start])) < MIN_WORDS:
                continue
            subject = doc.char_span(*match.span("subject"))
            if subject is None or not _is_subject(subject[0]):
                continue
            edits.append(
                Edit(
                    start,
                    end,
                    "",
                    f"shortened for length: {target.network.name} allows "
                    f"{target.network.limit}; the clause {text[start:end].strip(', ')!r} "
                    "adds no fact",
                )
            )
        return edits


def _is_subject(token: Token) -> bool:
    """Whether the pronoun is the subject of a finite verb after it: a clause of its own."""
    head = token.head
    finite = "Fin" in head.morph.get("VerbForm", []) or any(
        "Fin" in child.morph.get("VerbForm", [])
        for child in head.children
        if child.dep_.startswith(("aux", "cop"))
    )
    return token.dep_.startswith("nsubj") and head.i > token.i and finite


TRANSFORMS = (TrimClauses(),)
