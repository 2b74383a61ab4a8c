"""Register lexicon: formal wording made casual, or casual wording made formal, word by word.

Which way comes from the middle of the voice's formality band (``formality``, 0-100):

- middle <= 60 (casual-facebook, 25-80): **casual** — "purchase" → "buy", « afin de »
  → « pour », "However," → "But". Nothing is made slangy: a casual wording the
  ``register.slang`` check would flag is never written (the tests hold the lexicon to it).
- middle >= 78 (corporate, 60-100): **formal** — "buy" → "purchase", « ça » → « cela »,
  slang → its standard word ("gonna" → "going to").
- in between (professional-network 45-95, expert-blog 50-95): **neutral** — only the
  extremes move: stiff administrative phrases (« n'hésitez pas à nous contacter »,
  "utilize") and slang become neutral wording; everything else is left as written.

The direction depends on the voice alone, not on the text's measured formality: a casual
voice never needs "commence", so replacing it is right even in an otherwise chatty text,
and the choice is the same for every text, which makes the adaptation predictable.

Each replacement is checked where it lands: the part of speech when the entry asks for one
("purchase" the verb, not the noun), the sentence start for connectives, an infinitive
after « pour » before it becomes « afin de », French elision at both edges, "a"/"an"
before it, a capital in mid-sentence (a name: "Purchase Street") and the words around it
(no new wordy phrase, cliché, slang or repeated word, see
:mod:`brandvoice.adaptation.wording.guards`). A replacement that fails any of these is skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.wording import english
from brandvoice.adaptation.wording.fitting import match_case, starts_sentence, text_apostrophe
from brandvoice.adaptation.wording.guards import is_safe
from brandvoice.adaptation.wording.lexicon import Direction, LexiconMatch, Rewording, lexicon
from brandvoice.adaptation.wording.offsets import tokens_from
from brandvoice.text.french import elision
from brandvoice.text.protect import protected_spans

if TYPE_CHECKING:
    from brandvoice.profiles import VoiceProfile

# Band middles: a voice casual (formal) enough to take the whole lexicon one way. The
# middle, not an edge: bands measured on human-rated text overlap (docs/voices.md).
CASUAL_MAX = 60
FORMAL_MIN = 78

# French object pronouns that may stand between « pour » and its infinitive.
_CLITICS = frozenset(
    {"me", "te", "se", "nous", "vous", "le", "la", "les", "lui", "leur", "y", "en"}
)
_ELIDED_CLITICS = frozenset({"m'", "t'", "s'", "l'", "m’", "t’", "s’", "l’"})
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(an?)\s+$", regex.IGNORECASE)


def direction(voice: VoiceProfile) -> Direction:
    """Which way the lexicon moves a text for ``voice`` (see the module docstring)."""
    band = voice.formality
    middle = (band.min + band.max) / 2
    if middle <= CASUAL_MAX:
        return Direction.CASUAL
    if middle >= FORMAL_MIN:
        return Direction.FORMAL
    return Direction.NEUTRAL


class RegisterLexicon(Transform):
    id = "register-lexicon"
    stage = Stage.BODY
    order = 10
    summary = "Formal words made casual for casual voices, casual words formal for formal ones."
    examples = (
        TransformExample(
            "We are pleased to announce our new shop. Prior to opening, you can purchase vouchers.",
            "We are happy to share our new shop. Before opening, you can buy vouchers.",
        ),
        TransformExample(
            "However, approximately 40 seats remain. Every purchase helps.",
            "But about 40 seats remain. Every purchase helps.",
        ),
        TransformExample(
            "Afin d’offrir un meilleur service, la boutique débute les livraisons.",
            "Pour offrir un meilleur service, la boutique commence les livraisons.",
            lang="fr",
        ),
        TransformExample(
            "N’hésitez pas à nous contacter. Néanmoins, cela reste simple.",
            "Contactez-nous. Mais ça reste simple.",
            lang="fr",
        ),
        # The apology and the news said as people say them, FR and EN.
        TransformExample(
            "Nous avons immédiatement prévenu les clients. Nous vous remercions de votre patience.",
            "Nous avons tout de suite prévenu les clients. Merci de votre patience.",
            lang="fr",
        ),
        TransformExample(
            "Suite à une panne, information importante concernant vos commandes passées en "
            "raison des travaux.",
            "Après une panne, information importante sur vos commandes passées à cause des "
            "travaux.",
            lang="fr",
        ),
        # A press note picks things up; a pronoun goes before the particle.
        TransformExample(
            "Our guide is out: grab it here. Grab a copy at the shop.",
            "Our guide is out: pick it up here. Pick up a copy at the shop.",
            voice="corporate",
            network="website",
        ),
        # « tout de suite à votre enfant » holds no « suite à » (it read « tout d'après »).
        TransformExample(
            "Retirez-le tout de suite à votre enfant. Nous vous remercions de votre aide.",
            "Retirez-le tout de suite à votre enfant. Merci de votre aide.",
            lang="fr",
        ),
        TransformExample(
            "Au sein d’une équipe de huit personnes, vous travaillerez au sein de l’atelier.",
            "Dans une équipe de huit personnes, vous travaillerez dans l’atelier.",
            lang="fr",
        ),
        # « dès » before a time or a day; « à partir de » a material stays.
        TransformExample(
            "Concert à partir de 20 h 30, crêpes faites à partir de farine locale.",
            "Concert dès 20 h 30, crêpes faites à partir de farine locale.",
            lang="fr",
        ),
        # A cause is blamed, a success is not: « en raison du succès » stays.
        TransformExample(
            "En raison du succès de l'atelier, une date s'ajoute. En raison des travaux, "
            "l'entrée se fait par la rue.",
            "En raison du succès de l'atelier, une date s'ajoute. À cause des travaux, "
            "l'entrée se fait par la rue.",
            lang="fr",
        ),
        TransformExample(
            "We apologise for the delay: a small number of parcels will arrive late due to a "
            "breakdown. You will receive a voucher.",
            "Sorry for the delay: a few parcels will arrive late because of a breakdown. You "
            "will get a voucher.",
        ),
        # "remain" is "stay" only when it means staying closed; "due to arrive" is no cause.
        TransformExample(
            "The shop will remain closed on Monday. The van is due to arrive at 9 and 40 seats "
            "remain.",
            "The shop will stay closed on Monday. The van is due to arrive at 9 and 40 seats "
            "remain.",
        ),
        TransformExample(
            "We're gonna open at 9, buy your tickets now!",
            "We're going to open at 9, purchase your tickets now!",
            voice="corporate",
        ),
        TransformExample(
            "Venez pour vous détendre : ça change tout.",
            "Venez afin de vous détendre : cela change tout.",
            lang="fr",
            voice="corporate",
        ),
        # « pour » + a noun phrase stays: « l' » is an article there, not a pronoun, and
        # « hiver » no infinitive however its -er reads.
        TransformExample(
            "Le restaurant ferme pour l'hiver et rouvrira en mars.",
            "Le restaurant ferme pour l'hiver et rouvrira en mars.",
            lang="fr",
            voice="corporate",
        ),
        # Spoken words a press note does not keep (issue 17): the formal noun has the
        # casual one's gender, « super » the adjective its article's, « avoir hâte » the
        # same person; « un super-héros » is a word of its own.
        TransformExample(
            "La soirée a été un vrai fiasco. Une super équipe vous attend, nous avons hâte "
            "de vous accueillir. Un super-héros passera.",
            "La soirée a été un échec. Une excellente équipe vous attend, nous nous "
            "réjouissons de vous accueillir. Un super-héros passera.",
            lang="fr",
            voice="corporate",
        ),
        TransformExample(
            "Hâte de vous accueillir samedi. Merci, et à très vite au Cabanon.",
            "Nous nous réjouissons de vous accueillir samedi. Merci, et au plaisir de vous "
            "retrouver au Cabanon.",
            lang="fr",
            voice="corporate",
        ),
        TransformExample(
            "We can't wait to welcome you on Saturday. The view is awesome.",
            "We look forward to welcoming you on Saturday. The view is excellent.",
            voice="corporate",
        ),
        TransformExample(
            "We are chuffed to bits: the pub won an amazing award. Grab a copy at the bar, "
            "and a huge thank you to our regulars.",
            "We are delighted: the pub won a remarkable award. Pick up a copy at the bar, "
            "and a sincere thank you to our regulars.",
            voice="corporate",
        ),
        TransformExample(
            "Une chouette soirée : c'était trop bien, merci !",
            "Une agréable soirée : c'était excellent, merci !",
            lang="fr",
            voice="corporate",
        ),
        # The casual voice keeps them: they are its words.
        TransformExample(
            "We can't wait to welcome you! Hâte is no English word.",
            "We can't wait to welcome you! Hâte is no English word.",
        ),
        # « dispos » the adjective is slang for « disponibles »; « vos dispos » is a noun.
        TransformExample(
            "Les places sont dispos dès lundi. Envoyez-nous vos dispos.",
            "Les places sont disponibles dès lundi. Envoyez-nous vos dispos.",
            lang="fr",
            voice="corporate",
        ),
        TransformExample(
            "Notre resto ouvre pour vous, n’hésitez pas à nous contacter.",
            "Notre restaurant ouvre pour vous, contactez-nous.",
            lang="fr",
            voice="expert-blog",
        ),
        # A neutral voice leaves ordinary wording alone.
        TransformExample(
            "We are pleased to announce that you can purchase vouchers.",
            "We are pleased to announce that you can purchase vouchers.",
            voice="expert-blog",
        ),
        # "purchase" the noun, "about" a topic, and a name stay.
        TransformExample(
            "Tell us about your last purchase at Purchase Street Deli.",
            "Tell us about your last purchase at Purchase Street Deli.",
            voice="corporate",
        ),
        TransformExample(
            "Tell us about your last purchase.",
            "Tell us about your last purchase.",
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        way = direction(target.voice)
        found = list(lexicon(target.lang, way).find(text))
        if not found:
            return []  # most texts: no need to find their URLs, emoji and names
        spans = protected_spans(text, target.protected_names)
        edits: list[Edit] = []
        for match in found:
            if spans.overlaps(match.start, match.end) or _looks_like_a_name(text, match):
                continue
            for rewording in match.candidates:
                edit = self._edit(text, match, rewording, target, way)
                if edit is not None:
                    edits.append(edit)
                    break
        return edits

    def _edit(
        self,
        text: str,
        found: LexiconMatch,
        rewording: Rewording,
        target: Target,
        way: Direction,
    ) -> Edit | None:
        entry = rewording.entry
        if entry.at_start and not starts_sentence(text, found.start):
            return None
        if not entry.follows_well(text, found.end) or not entry.preceded_well(text, found.start):
            return None
        if entry.pos is not None and _pos_at(text, found.start, target) != entry.pos:
            return None
        if entry.before_infinitive and not _infinitive_after(text, found.end, target):
            return None
        mark = text_apostrophe(text, target.voice, target.lang, found.written)
        output = match_case(rewording.output, found.written).replace("'", mark)
        if found.written[:1].isupper() and starts_sentence(text, found.start):
            output = output[:1].upper() + output[1:]  # "ASAP." → "As soon as possible."
        start, end = found.start, found.end
        if target.lang == "fr":
            try:
                start, output = elision.fit_left(text, start, output, mark)
                end, output = elision.fit_right(text, end, output, found.written, mark)
            except elision.NotElidableError:
                return None
            if start < found.start:  # « je kiffe » → « j'aime »: keep the capital of « Je »
                output = match_case(output, text[start : found.end])
        elif _article_clash(text, start, rewording.output, found.written):
            return None
        if text[start:end] == output or not is_safe(text, start, end, output, target.lang):
            return None
        band = target.voice.formality
        aim = {Direction.CASUAL: "casual", Direction.FORMAL: "formal"}.get(way, "neutral")
        return Edit(
            start,
            end,
            output,
            f"register: {found.written!r} → {output.strip()!r} ({target.voice.name} aims at "
            f"formality {band.min}-{band.max}: {aim} wording)",
        )


def _looks_like_a_name(text: str, found: LexiconMatch) -> bool:
    """A capital in mid-sentence marks a name or a title ("Purchase Street")."""
    written = found.written
    capitalised = written[:1].isupper() and not written.isupper()
    return capitalised and not starts_sentence(text, found.start)


def _pos_at(text: str, offset: int, target: Target) -> str | None:
    token = english.token_at(parse(target.lang, text), offset)
    return None if token is None else token.pos_


def _infinitive_after(text: str, end: int, target: Target) -> bool:
    """Whether an infinitive follows ``end``, French object pronouns aside."""
    doc = parse(target.lang, text)
    for token in tokens_from(doc, end):
        lowered = token.lower_
        if lowered in _CLITICS or lowered in _ELIDED_CLITICS:
            # An article is no object pronoun: « pour l'hiver » is a noun phrase, whatever
            # the tagger makes of « hiver » (an -er word read as an infinitive).
            if token.pos_ == "DET":
                return False
            continue
        return "Inf" in token.morph.get("VerbForm", [])
    return False


def _article_clash(text: str, start: int, output: str, written: str) -> bool:
    """Whether "a"/"an" before the match would no longer fit ("an awesome" → "an great")."""
    if not _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]):
        return False
    return elision.starts_with_vowel(output) != elision.starts_with_vowel(written)


TRANSFORMS = (RegisterLexicon(),)
