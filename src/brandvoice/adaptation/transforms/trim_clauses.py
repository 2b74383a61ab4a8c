"""A trailing clause that adds no fact, cut from a variant over its network's limit:
secondary detail goes before any sentence that says a key fact does.

"Réservez votre table au 04 94 26 71 38, on affiche vite complet ces soirs-là." fits X as
"Réservez votre table au 04 94 26 71 38." A clause goes only when it is a clause of its
own (after a comma, a subject pronoun, "mais on", "and we"... with its finite verb, as
spaCy parses it), runs to the end of its sentence, holds no fact (date, time, price,
number, link, e-mail, phone, name), no protected span and none of the words with which the
message asks or promises ("il vous sera remboursé"), and leaves at least
:data:`MIN_WORDS` words before it; the sentence keeps its final stop. So do a cause given
after the news ("… à cause d'une panne chez notre hébergeur", "… due to a burst pipe"),
an apology's list after a colon of what went wrong ("fiasco : attente…, plats froids et
une sono trop forte"; elsewhere such a list is the programme, the news itself), and a
comment after a colon with its own subject (": nous la reprendrons avec vous en
priorité"), when they name none of the message's key facts and the message is no recall
(there the cause is the reader's safety). This runs before ``fit-length``: a sentence that
keeps what the reader needs, a little shorter, beats a
sentence dropped whole.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, ClassVar

import regex

from brandvoice.adaptation.fitting.purpose import asks, purpose_weight
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    apply_edits,
    parse,
)
from brandvoice.adaptation.transforms.fit_length import fits
from brandvoice.text.protect import protected_spans
from brandvoice.understand.facts import extract_facts
from brandvoice.understand.model import Intent

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4
# The subject pronoun that opens a clause of its own, to the end of its sentence.
_SUBJECT_TO_END = r"(?P<subject>on|nous|ils|elles|il|elle|we|they|it|he|she)\b[^.!?…\n]*(?=[.!?…])"
# A clause of its own: after a comma ("…, on affiche vite complet"), or a purpose clause
# after its conjunction, comma or not ("… sign up at … so we know how many to expect").
_CLAUSE = regex.compile(
    r"(?:,[\s\u00a0]+(?:(?:mais|et|car|donc|and|but|so)[\s\u00a0]+)?"
    r"|[\s\u00a0]+(?:so(?:[\s\u00a0]+that)?[\s\u00a0]+|(?:pour|afin)[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])))"
    + _SUBJECT_TO_END,
    regex.IGNORECASE,
)
# A cause given after the news, to the end of its sentence ("… indisponible toute la
# matinée à cause d'une panne chez notre hébergeur.", "… closed today due to a burst
# pipe."): background a short post can do without, before any key fact goes.
_CAUSE = regex.compile(
    r"(?:,[\s\u00a0]*|[\s\u00a0]+)"
    r"(?:(?:à cause|en raison|à la suite|du fait|faute)[\s\u00a0]+d(?:e[\s\u00a0]+|u[\s\u00a0]+"
    r"|es[\s\u00a0]+|['’])|suite[\s\u00a0]+(?:à|au|aux)[\s\u00a0]+"
    r"|(?:because[\s\u00a0]+of|due[\s\u00a0]+to|owing[\s\u00a0]+to|as[\s\u00a0]+a[\s\u00a0]+result"
    r"[\s\u00a0]+of)[\s\u00a0]+)[^.!?…\n:;]*(?=[.!?…])",
    regex.IGNORECASE,
)
# A reassurance that the reader need do nothing, after a comma, to the end of its sentence
# ("…a £10 credit on their next order automatically, no need to get in touch.", « …, pas
# besoin de nous contacter. »): what comes before it already says so.
_NO_NEED = regex.compile(
    r",[\s\u00a0]+(?:no[\s\u00a0]+need[\s\u00a0]+to|nothing[\s\u00a0]+to[\s\u00a0]+do"
    r"|(?:pas[\s\u00a0]+)?besoin[\s\u00a0]+de|inutile[\s\u00a0]+de|rien[\s\u00a0]+à[\s\u00a0]+faire"
    r"|sans[\s\u00a0]+(?:avoir[\s\u00a0]+à|démarche))\b[^.!?…\n:;]*(?=[.!?…])",
    regex.IGNORECASE,
)
# A clause after a colon that comments on what comes before it ("… appelez-nous au 04 94
# 12 34 56 : nous la reprendrons avec vous en priorité."), with its own subject and verb.
_AFTER_COLON = regex.compile(
    r"[\s\u00a0\u202f]*:[\s\u00a0]+" + _SUBJECT_TO_END,
    regex.IGNORECASE,
)
# A list after a colon that details what comes before it ("… un vrai fiasco : attente de
# plus d'une heure au bar, plats arrivés froids et une sono bien trop forte."): items
# separated by commas, the last after "et", "and", "ou" or "or", to the end of the sentence.
_LIST_AFTER_COLON = regex.compile(
    r"[\s\u00a0\u202f]*:[\s\u00a0]+(?=[^.!?…\n:;]*,)(?=[^.!?…\n:;]*\b(?:et|ou|and|or)\b)"
    r"[^.!?…\n:;]*(?=[.!?…])",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# What a clause's edit takes along before its words, not part of what it says.
_AROUND = ", :\u00a0\u202f"

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

# An apology's cause and a comment after a colon go before the ways to get help.
_FR_SORRY = (
    "Samedi 28 novembre, notre site de réservation a été indisponible toute la matinée à "
    "cause d'une panne chez notre hébergeur. Tout fonctionne de nouveau depuis 14 h. Si votre "
    "réservation n'est pas passée, écrivez-nous à reservations@hotel-les-pins.example ou "
    "appelez-nous au 04 94 12 34 56\u202f: nous la reprendrons avec vous en priorité."
)
_FR_SORRY_TRIMMED = (
    "Samedi 28 novembre, notre site de réservation a été indisponible toute la matinée. Tout "
    "fonctionne de nouveau depuis 14 h. Si votre réservation n'est pas passée, écrivez-nous à "
    "reservations@hotel-les-pins.example ou appelez-nous au 04 94 12 34 56."
)
# Just over the limit, only the last clause goes: without it the post fits, and the cause
# earlier on stays.
_FR_SORRY_NEAR = _FR_SORRY.replace(" toute la matinée", "")
_FR_SORRY_NEAR_TRIMMED = _FR_SORRY_NEAR.replace(
    "\u202f: nous la reprendrons avec vous en priorité", ""
)
_EN_CAUSE = (
    "Our Harbour Street bakery is closed all day today, Tuesday 3 March, due to a burst water "
    "pipe in the kitchen that flooded the back of the shop overnight. Orders placed for today "
    "can be collected from our Clifton shop at 8 Princess Victoria Street until 6pm. Call us "
    "on 0117 496 0321 with any question."
)
# An apology's "we're really sorry" is what the post is for, clause or not: it stays.
_EN_SORRY = (
    "Some of you are still waiting for Tuesday's boxes, and we're really sorry. A refrigerated "
    "van broke down on the M6 and our courier couldn't get a replacement out in time, so around "
    "300 deliveries in the North West are running a day late. Everything has stayed chilled and "
    "will arrive by Thursday. Every affected customer will get a £10 credit on their next order."
)
_EN_NO_NEED = (
    "Some of you are still waiting for Tuesday's boxes, and we're really sorry. Around 300 "
    "deliveries in the North West are running a day late. Everything has stayed chilled and "
    "will arrive by Thursday. Every affected customer will get a £10 credit on their next "
    "order automatically, no need to get in touch."
)
_EN_NO_NEED_TRIMMED = _EN_NO_NEED.replace(", no need to get in touch", "")
_EN_CAUSE_TRIMMED = _EN_CAUSE.replace(
    ", due to a burst water pipe in the kitchen that flooded the back of the shop overnight", ""
)

_EN_RECALL = (
    "Safety recall: we are recalling the Trailhead 500 e-bike battery sold between March and "
    "June 2026 due to a risk of overheating while charging. Stop charging it now and bring it "
    "back to 1820 Pearl Street, Boulder, for a free replacement. Questions? Call (303) "
    "555-0188 or email safety@bouldercycle.example any day of the week."
)

# An apology's list of what went wrong goes; an event's list after a colon is its news.
_FR_FIASCO = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de plus d'une "
    "heure au bar, plats arrivés froids et une sono bien trop forte. Nous vous devons des "
    "excuses. Toutes les personnes présentes samedi peuvent demander le remboursement de "
    "leur entrée jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr. Merci de "
    "votre patience, et à très vite au P'tit Cabanon, 12 avenue des Sablettes à La Seyne."
)
_FR_FIASCO_TRIMMED = _FR_FIASCO.replace(
    " : attente de plus d'une heure au bar, plats arrivés froids et une sono bien trop forte",
    "",
)
_FR_OPEN_DAY = (
    "Portes ouvertes au domaine le samedi 12 avril de 10 h à 18 h, route de Bandol au "
    "Castellet : dégustation des rosés de l'année, visite des chais avec le maître de chai et "
    "food trucks dans la cour. Entrée libre, parking sur place, animations pour les enfants "
    "tout l'après-midi et tombola avec des magnums à gagner. Réservez votre visite guidée au "
    "04 94 00 00 00."
)


class TrimClauses(Transform):
    id: ClassVar[str] = "trim-clauses"
    stage: ClassVar[Stage] = Stage.POST
    order: ClassVar[int] = 85
    summary: ClassVar[str] = (
        "In a variant over its network's limit, cuts a trailing clause that adds no fact "
        "(', on affiche vite complet ces soirs-là'), keeping its sentence's stop; the last "
        "such clause first, and only as many as the limit asks."
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
        TransformExample(_FR_SORRY, _FR_SORRY_TRIMMED, lang="fr", network="x"),
        TransformExample(_FR_SORRY_NEAR, _FR_SORRY_NEAR_TRIMMED, lang="fr", network="x"),
        TransformExample(_EN_CAUSE, _EN_CAUSE_TRIMMED, network="x"),
        TransformExample(_EN_SORRY, _EN_SORRY, network="x"),
        # "…automatically, no need to get in touch": the reassurance goes before a fact.
        TransformExample(_EN_NO_NEED, _EN_NO_NEED_TRIMMED, network="x"),
        TransformExample(_FR_FIASCO, _FR_FIASCO_TRIMMED, lang="fr", network="x"),
        TransformExample(_FR_OPEN_DAY, _FR_OPEN_DAY, lang="fr", network="x"),
        # Within the limit, the clause stays.
        TransformExample(_FR, _FR, lang="fr", network="facebook"),
        # What the message promises stays: a recall's refund is no aside.
        TransformExample(
            _RECALL,
            _RECALL,
            lang="fr",
            network="x",
        ),
        # A recall's cause is the reader's safety: it stays.
        TransformExample(_EN_RECALL, _EN_RECALL, network="x"),
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
        if fits(text, target.network) or not any(
            pattern.search(text)
            for pattern in (_CLAUSE, _CAUSE, _NO_NEED, _AFTER_COLON, _LIST_AFTER_COLON)
        ):
            return []
        doc = parse(target.lang, text)
        facts = extract_facts(text, target.lang, target.protected_names)
        # In text order and none overlapping: the first fact ending after a clause's start
        # is the only one that may overlap it.
        fact_starts, fact_ends = [f.start for f in facts], [f.end for f in facts]
        message = target.understood()
        # What the message asks or promises ("il vous sera remboursé") is no aside.
        cues = [c.text.casefold() for c in message.action_cues if c.text.strip()]
        spans = protected_spans(text, target.protected_names)
        # A key fact the extractor does not find ("peanuts", "the shop where you bought it")
        # is no aside either: a cause or a comment that names one stays.
        keys = [f.text.casefold() for f in message.facts if len(f.text.strip()) > 2]

        def trimmable(start: int, end: int, *, key_free: bool = False) -> bool:
            after = bisect.bisect_right(fact_ends, start)
            if (after < len(facts) and fact_starts[after] < end) or spans.overlaps(start, end):
                return False
            clause = text[start:end].casefold()
            # The master's cue as written, or the same instruction in the variant's words
            # ("don't eat it" for "Do not eat it"): fitting's one reading of it.
            if any(cue in clause for cue in cues) or asks(text[start:end], message, target.lang):
                return False
            # What a recall or an apology is for (", and we're really sorry") is no aside
            # either: fit-length weighs it as a key fact.
            if purpose_weight(text[start:end], message, target.lang):
                return False
            if key_free and any(key in clause for key in keys):
                return False
            sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
            return len(_WORD.findall(text[sentence_start:start])) >= MIN_WORDS

        found: list[tuple[int, int]] = []
        for match in _CLAUSE.finditer(text):
            subject = doc.char_span(*match.span("subject"))
            if trimmable(*match.span()) and subject is not None and _is_subject(subject[0]):
                found.append(match.span())
        # A recall's cause and its comments are the reader's safety ("because a few cells
        # can overheat"): they stay.
        if message.intent is not Intent.RECALL:
            for match in _CAUSE.finditer(text):
                if trimmable(*match.span(), key_free=True):
                    found.append(match.span())
            for match in _NO_NEED.finditer(text):
                if trimmable(*match.span(), key_free=True):
                    found.append(match.span())
            for match in _AFTER_COLON.finditer(text):
                # The pronoun heads a clause of its own: the small models often tag the
                # verb after "nous la" as a noun, so its subject relation is what counts.
                subject = doc.char_span(*match.span("subject"))
                key_free = trimmable(*match.span(), key_free=True)
                if key_free and subject is not None and _leads(subject[0]):
                    found.append(match.span())
        # An apology's list of what went wrong, or of what changed since, is detail the
        # apology and the remedy stand without. Elsewhere the list after a colon is often
        # the news itself (the programme, the menu, the products): it stays.
        if message.intent is Intent.INCIDENT:
            for match in _LIST_AFTER_COLON.finditer(text):
                if trimmable(*match.span(), key_free=True):
                    found.append(match.span())
        edits: list[Edit] = []
        # Only as many clauses go as the limit asks: the last one first, since the earlier
        # sentences carry the story (as fit-length weighs them). If all of them together
        # still leave the post over, all go: a sentence a little shorter beats one dropped.
        for start, end in reversed(_outermost(found)):
            edits.append(
                Edit(
                    start,
                    end,
                    "",
                    f"shortened for length: {target.network.name} allows "
                    f"{target.network.limit}; the clause {text[start:end].strip(_AROUND)!r} "
                    "adds no fact",
                )
            )
            if fits(apply_edits(text, edits), target.network):
                break
        return edits


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans none of the others contains, in text order: a cause inside a clause that
    goes anyway is no edit of its own."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _leads(token: Token) -> bool:
    """Whether the pronoun is the subject of a word after it."""
    return token.dep_.startswith("nsubj") and token.head.i > token.i


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
