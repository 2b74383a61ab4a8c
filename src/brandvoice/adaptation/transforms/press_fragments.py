"""A press note writes full sentences: the verbless fragments a post strings together get
their verb and, where they need one, their subject. "Regular hours the rest of the week."
becomes "Regular hours apply the rest of the week."; « Entrée libre, dégustation
gratuite. » becomes « L'entrée est libre et la dégustation gratuite. »

A post may speak in fragments; a press note, which journalists quote, does not. Which
fragments and how each is written is data (``data/press-fragments.yaml``): a fragment is
matched on a whole sentence, its words are written again as the author wrote them, and
only the verb, an article and a subject the note already knows (the business as it is
named again, the message's what) are added. A fragment whose rewrite would lose a number,
a link or an address, or needs a subject the note does not know, stays as written.
The lead (the note's first sentence) is press-lead's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_full_sentences import press_business
from brandvoice.adaptation.transforms.press_lead import second_mention, writes_press_note
from brandvoice.adaptation.transforms.press_practical import END, statements, with_slots
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.understand.model import Message, Role

# What a rewrite must write again: numbers, links, addresses (a word with a digit or a dot
# inside it, an "@").
_FACT = regex.compile(r"\S*\d\S*|\S+@\S+|\S+\.\S+")
_TRAILING = ".,;:!?)"


@dataclass(frozen=True, slots=True)
class _Fragment:
    pattern: regex.Pattern[str]
    write: str
    intents: frozenset[str]
    needs: regex.Pattern[str] | None
    # A list, not a clause: no finite verb, a noun or a number first.
    verbless: bool
    # How many sentences the fragment spans: two fragments a sentence may say together
    # (« 35 minutes, sans jargon. À écouter sur… ») are read before either alone.
    sentences: int


@cache
def _table(lang: str) -> Mapping[str, Any]:
    table: Mapping[str, Any] = load_table("press-fragments.yaml").get(lang, {})
    return table


@cache
def _fragments(lang: str) -> tuple[_Fragment, ...]:
    found = []
    for entry in _table(lang).get("fragments", []):
        pattern = with_slots(entry["fragment"])
        needs = entry.get("needs")
        found.append(
            _Fragment(
                regex.compile(rf"(?:{pattern}){END}", regex.IGNORECASE),
                entry["write"],
                frozenset(entry.get("intents", ())),
                regex.compile(needs, regex.IGNORECASE) if needs else None,
                bool(entry.get("verbless", False)),
                int(entry.get("sentences", 1)),
            )
        )
    return tuple(found)


class PressFragments(Transform):
    id = "press-fragments"
    stage = Stage.BODY
    # The fragment is rewritten whole and its links, numbers and addresses written again
    # as they were (_keeps_facts makes sure): nothing protected changes.
    edits_protected = True
    # After the sentences are split and merged (58-65), so the sentence written is not
    # joined again to its neighbour, and before press-practical (67), which reads orders.
    order = 66
    summary = (
        "In a press note, a verbless fragment of the post ('Regular hours the rest of the "
        "week.', 'Entrée libre, dégustation gratuite.') becomes a full sentence ('Regular "
        "hours apply the rest of the week.', 'L'entrée est libre et la dégustation "
        "gratuite.'), its words kept."
    )
    examples = (
        TransformExample(
            "La Plage des Pins rouvre le samedi 4 avril. Service midi et soir du mercredi au "
            "dimanche, de 12 h à 22 h 30. Réservation conseillée au 04 94 71 22 90 ou sur "
            "plagedespins.fr.",
            "La Plage des Pins rouvre le samedi 4 avril. Le service est assuré midi et soir du "
            "mercredi au dimanche, de 12 h à 22 h 30. Il est conseillé de réserver au 04 94 71 "
            "22 90 ou sur plagedespins.fr.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A sentence with its verb stays.
        TransformExample(
            "La Plage des Pins rouvre le samedi 4 avril. Le service reprend midi et soir.",
            "La Plage des Pins rouvre le samedi 4 avril. Le service reprend midi et soir.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Kowalski Hardware will close at 2pm on Thursday, December 24. Regular hours the "
            "rest of the week. Closed January 1, back Saturday, January 2 at 8am.",
            "Kowalski Hardware will close at 2pm on Thursday, December 24. Regular hours "
            "apply the rest of the week. The store is closed on January 1 and reopens on "
            "Saturday, January 2 at 8am.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Kowalski Hardware"},
        ),
        TransformExample(
            "Shipping today: recurring invoices in Tallybook. Available on all paid plans at "
            "no extra cost. Walkthrough and changelog at tallybook.io/changelog",
            "Shipping today: recurring invoices in Tallybook. Recurring invoices are "
            "available on all paid plans at no extra cost. A walkthrough and the changelog "
            "are available at tallybook.io/changelog.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "New fall menu starts tonight. Kitchen's open 5–10pm Tuesday through Sunday. "
            "Reservations recommended on weekends: (503) 555-0133.",
            "New fall menu starts tonight. The kitchen is open 5–10pm Tuesday through "
            "Sunday. Reservations are recommended on weekends: (503) 555-0133.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Portes ouvertes samedi 23 mai au domaine. Pendant le week-end, -15 % sur les "
            "cartons de 6 bouteilles. Entrée libre, dégustation gratuite.",
            "Portes ouvertes samedi 23 mai au domaine. Pendant le week-end, une remise de "
            "15 % s'applique sur les cartons de 6 bouteilles. L'entrée est libre et la "
            "dégustation gratuite.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le studio recrute un développeur front-end. Deux jours de télétravail par "
            "semaine, salaire de 38 à 45 k€ selon expérience.",
            "Le studio recrute un développeur front-end. Le poste offre deux jours de "
            "télétravail par semaine et un salaire de 38 à 45 k€ selon l'expérience.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le groupe jouera au Cabanon le samedi 10 juillet à 20 h 30. Planches "
            "apéritives, cocktails maison et coucher de soleil sur la baie.",
            "Le groupe jouera au Cabanon le samedi 10 juillet à 20 h 30. Au programme : "
            "planches apéritives, cocktails maison et coucher de soleil sur la baie.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # « 35 minutes » is a length only where the note is about an episode.
        TransformExample(
            "Le nouvel épisode du podcast est en ligne. 35 minutes, sans jargon.",
            "Le nouvel épisode du podcast est en ligne. L'épisode dure 35 minutes, sans jargon.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Two fragments one sentence says, rather than « L'épisode… L'épisode… ».
        TransformExample(
            "Le nouvel épisode est en ligne. 35 minutes, sans jargon. À écouter sur "
            "domaine.fr/podcast",
            "Le nouvel épisode est en ligne. L'épisode dure 35 minutes, sans jargon, et "
            "s'écoute sur domaine.fr/podcast.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # The business as the note names it again: « Garage Martinez » is « le garage ».
        TransformExample(
            "Le Garage Martinez offre le montage des pneus. Sur rendez-vous uniquement : "
            "04 90 55 21 08.",
            "Le Garage Martinez offre le montage des pneus. Le garage reçoit uniquement sur "
            "rendez-vous, au 04 90 55 21 08.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Garage Martinez"},
        ),
        TransformExample(
            "La visite guidée du chai dure une heure. 35 minutes, sans jargon.",
            "La visite guidée du chai dure une heure. 35 minutes, sans jargon.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A job's pay is a job ad's: the same words in an offer stay.
        TransformExample(
            "Acme is hiring a barista in Brighton. £12.60/hr plus tips.",
            "Acme is hiring a barista in Brighton. The position pays £12.60/hr plus tips.",
            voice="corporate",
            network="website",
        ),
        # A day is no place: « Réouverture lundi 18 mai » reopens on Monday, and the
        # sentence the parser ended early is read whole.
        TransformExample(
            "Le garage ferme pour le pont de l'Ascension. Réouverture lundi 18 mai à 8 h.",
            "Le garage ferme pour le pont de l'Ascension. La réouverture aura lieu le lundi "
            "18 mai à 8 h.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "The market opens on Saturday at the farm stand. Free parking in the lower field. "
            "All ages welcome.",
            "The market opens on Saturday at the farm stand. Free parking is available in the "
            "lower field. All ages are welcome.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Salt & Paper Books reopens on Thursday 5 March. Come and browse from 10am at 41 "
            "Elizabeth Street.",
            "Salt & Paper Books reopens on Thursday 5 March. The bookshop welcomes visitors "
            "from 10am at 41 Elizabeth Street.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Salt & Paper Books"},
        ),
        # A new place's verbless list is what it offers; a clause stays.
        TransformExample(
            "Copper Kettle Taproom opens on Friday in Ancoats. Twelve lines, two of them "
            "always on cask, and a pizza hatch from Saturday. The taproom has a beer garden, "
            "a stage, and a shop.",
            "Copper Kettle Taproom opens on Friday in Ancoats. The taproom offers twelve "
            "lines, two of them always on cask, and a pizza hatch from Saturday. The taproom "
            "has a beer garden, a stage, and a shop.",
            voice="corporate",
            network="website",
            profile={"brand_name": "Copper Kettle Taproom"},
        ),
        # A person is no offer.
        TransformExample(
            "Copper Kettle Taproom opens on Friday in Ancoats. Walt, Irene, and the whole crew "
            "at the bar from 4pm.",
            "Copper Kettle Taproom opens on Friday in Ancoats. Walt, Irene, and the whole crew "
            "at the bar from 4pm.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Acme is hiring a line cook in Chicago. Full time, $21–24/hr plus tip share, "
            "health insurance after 60 days.",
            "Acme is hiring a line cook in Chicago. The position is full time and pays "
            "$21–24/hr plus tip share, with health insurance after 60 days.",
            voice="corporate",
            network="website",
        ),
        # A bare address says where the business is.
        TransformExample(
            "Mistral Mode lance ses soldes d'hiver mercredi. Les tailles partent vite. "
            "12 rue d'Italie, Aix-en-Provence.",
            "Mistral Mode lance ses soldes d'hiver mercredi. Les tailles partent vite. "
            "Mistral Mode se trouve au 12 rue d'Italie, Aix-en-Provence.",
            lang="fr",
            voice="corporate",
            network="website",
            profile={"brand_name": "Mistral Mode"},
        ),
        # No brand named: "closed" has no subject the note knows, and stays.
        TransformExample(
            "Holiday hours this week. Closed January 1, back Saturday, January 2 at 8am.",
            "Holiday hours this week. Closed January 1, back Saturday, January 2 at 8am.",
            voice="corporate",
            network="website",
        ),
        # The lead is press-lead's, and a sentence with its verb stays.
        TransformExample(
            "Entrée libre, dégustation gratuite. L'entrée est libre tout le week-end.",
            "Entrée libre, dégustation gratuite. L'entrée est libre tout le week-end.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A post speaks in fragments.
        TransformExample(
            "New fall menu starts tonight. Kitchen's open 5–10pm Tuesday through Sunday.",
            "New fall menu starts tonight. Kitchen's open 5–10pm Tuesday through Sunday.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and bool(_fragments(base_language(target.lang)))

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        fragments = _fragments(lang)
        message = target.understood()
        known = _Known(target, lang, text)
        edits: list[Edit] = []
        position = 0
        lead_seen = False
        for line in text.split("\n"):
            offset, position = position, position + len(line) + 1
            if not line.strip():
                continue
            # The author's sentences, not the parser's: it ends some inside them
            # (« Réouverture lundi 18 mai » | « à 8 h. »).
            sentences = statements(line)
            taken = 0
            for index, (first, _) in enumerate(sentences):
                if not lead_seen:
                    lead_seen = True
                    taken = index + 1
                if index < taken:
                    continue
                # Two fragments said as one sentence first, then the fragment alone.
                for after, spans in ((1, 2), (0, 1)):
                    if index + after >= len(sentences):
                        continue
                    written = line[first : sentences[index + after][1]].rstrip()
                    said = _stated(written, fragments, message, known, spans)
                    if said is None:
                        continue
                    start = offset + first
                    edits.append(
                        Edit(
                            start,
                            start + len(written),
                            said,
                            reason="a press note writes full sentences: the post's verbless "
                            "fragment gets its verb, its words kept",
                        )
                    )
                    taken = index + after + 1
                    break
        return edits


def written_anew(sentence: str, target: Target) -> bool:
    """Whether this transform reads ``sentence`` (one whole sentence, with its stop) as a
    fragment it writes as a full one ("All ages welcome." → "All ages are welcome."):
    merge-sentences, which runs before, leaves it apart so that it is read whole."""
    if not writes_press_note(target):
        return False
    lang = base_language(target.lang)
    message = target.understood()
    written = sentence.rstrip()
    return any(
        fragment.sentences == 1
        and (not fragment.intents or message.intent.value in fragment.intents)
        and (fragment.needs is None or fragment.needs.search(message.text) is not None)
        and fragment.pattern.fullmatch(written) is not None
        and (not fragment.verbless or _a_list(written, lang))
        for fragment in _fragments(lang)
    )


def business_named_again(target: Target, text: str) -> str | None:
    """The business as a press note names it again once named (« la cave », "the
    bakery", else its name), from the profile or the lead's subject; None when neither
    names it. Press-social-talk writes it too ("{place} is a 28-seat room…")."""
    return _Known(target, base_language(target.lang), text).place()


class _Known:
    """What a fragment's rewrite may add: the business as the note names it again, and the
    message's what, read once and only when a fragment asks."""

    def __init__(self, target: Target, lang: str, text: str) -> None:
        self._target = target
        self._lang = lang
        self._text = text

    def place(self) -> str | None:
        """The business as the note names it again: its kind (« la cave », "the bakery",
        "the store" for "Kowalski Hardware"), else its name. The brand's, or without one
        the name the lead's subject gives ("Copper Kettle Taproom opens…"), as
        press-full-sentences reads it; None when neither names it."""
        brand = press_business(self._target, self._text)
        if brand is None:
            return None
        table = load_table("press-person.yaml")[self._lang]
        later, _ = second_mention(brand, self._target.lang, table, self._target.understood().text)
        if later != table["later"]:
            return later
        last = brand.split()[-1].casefold()
        places: Mapping[str, str] = _table(self._lang).get("places", {})
        return places.get(last, brand)

    def what(self) -> tuple[str, bool] | None:
        """The noun phrase of the message's what fact ("recurring invoices"), without its
        determiner, and whether it is plural; None when it is no plain noun phrase or the
        first sentence does not say it."""
        message = self._target.understood()
        fact = next((f for f in message.facts if f.role is Role.WHAT), None)
        if fact is None or fact.kind != "phrase":
            return None
        doc = parse(self._target.lang, message.text)
        # The what the note is about is said in its first sentence; one found further on
        # ("our Whitby studio") is where, or how, not what is available.
        opening = next(iter(doc.sents), None)
        if opening is None or fact.start >= opening.end_char:
            return None
        chunk = next((c for c in doc.noun_chunks if c.start_char <= fact.start < c.end_char), None)
        if chunk is None:
            return None
        words = [t for t in chunk if t.pos_ not in ("DET", "PRON")]
        if not words or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in words):
            return None
        first = _modified_from(doc, words[0].i)
        phrase = doc[first : words[-1].i + 1]
        text = phrase.text
        if doc[first].pos_ != "PROPN":
            text = text[:1].lower() + text[1:]
        return text, "Plur" in chunk.root.morph.get("Number", [])


# Words that modify a noun before it, whatever the parser made of them: "recurring
# invoices" reads to it as a verb and its object.
_MODIFIER_TAGS = frozenset({"JJ", "VBG", "VBN", "NN"})
# What may stand before a noun phrase's first modifier.
_BEFORE_PHRASE = frozenset({"PUNCT", "DET", "ADP", "CCONJ"})


def _modified_from(doc: Any, first: int) -> int:
    """Where the noun phrase starting at ``first`` starts with its modifiers: the words
    before it tagged as modifiers, when what stands before them can open a phrase (a
    stop, a colon, a determiner, a preposition, the start); else ``first``."""
    start = first
    while start > 0 and doc[start - 1].tag_ in _MODIFIER_TAGS and first - start < 2:
        start -= 1
    if start < first and (start == 0 or doc[start - 1].pos_ in _BEFORE_PHRASE):
        return start
    return first


def _stated(
    written: str, fragments: tuple[_Fragment, ...], message: Message, known: _Known, spans: int
) -> str | None:
    """``written`` as the first fragment of ``spans`` sentences it matches writes it, or
    None."""
    for fragment in fragments:
        if fragment.sentences != spans:
            continue
        if fragment.intents and message.intent.value not in fragment.intents:
            continue
        if fragment.needs is not None and not fragment.needs.search(message.text):
            continue
        found = fragment.pattern.fullmatch(written)
        if found is None:
            continue
        if fragment.verbless and not _a_list(written, message.lang):
            continue
        groups = {k: v or "" for k, v in found.groupdict().items()}
        for name, value in groups.items():
            # The fragment's first word had its capital for opening the sentence; written
            # further on, it has none ("Kitchen's open" → "The kitchen is open"), an
            # acronym aside ("DJ").
            if found.start(name) == 0 and not value[1:2].isupper():
                groups[name] = value[:1].lower() + value[1:]
        said = _filled(fragment.write, groups, known)
        if said is None or not _keeps_facts(written, said):
            continue
        said = said.rstrip(" .!")
        return said[:1].upper() + said[1:] + "."
    return None


def _a_list(written: str, lang: str) -> bool:
    """Whether ``written`` lists things: no finite verb, a noun or a number first
    ("Twelve lines, two on cask, and a pizza hatch"; not "Open Monday to Saturday, …")."""
    words = [t for t in parse(lang, written) if not t.is_punct and not t.is_space]
    if not words or words[0].ent_type_ in ("PERSON", "PER", "ORG"):
        return False
    if not (words[0].pos_ in ("NOUN", "NUM") or _common_noun(words[0].text, lang)):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in words
    )


def _common_noun(word: str, lang: str) -> bool:
    """Whether a capitalised first word the tagger takes for a name is a word of the
    dictionary in lower case ("Sourdough"), not a person ("Walt")."""
    from brandvoice.spelling import get_speller

    lowered = word[:1].lower() + word[1:]
    return lowered != word and get_speller(lang).is_correct(lowered)


def _filled(write: str, groups: Mapping[str, str], known: _Known) -> str | None:
    values = dict(groups)
    if "{place}" in write.casefold():
        place = known.place()
        if place is None:
            return None
        values["place"] = place
    if "{is}" in write:
        if "what" in values:
            plural = _plural(values["what"])
        else:
            what = known.what()
            if what is None:
                return None
            values["what"], plural = what
        values["is"] = "are" if plural else "is"
    for name, value in list(values.items()):
        values[name[:1].upper() + name[1:]] = value[:1].upper() + value[1:]
    return write.format(**values)


def _plural(words: str) -> bool:
    """Whether the author's noun phrase is plural: two things ("description and
    application form"), or a last word in -s ("bookings", not "access")."""
    if " and " in words:
        return True
    last = words.split()[-1].casefold() if words.split() else ""
    return last.endswith("s") and not last.endswith("ss")


def _keeps_facts(written: str, said: str) -> bool:
    """Whether every number, link and address of ``written`` is in ``said``."""
    return all(
        found.group().rstrip(_TRAILING).lstrip("-+−(") in said
        for found in _FACT.finditer(written)
        if found.group().rstrip(_TRAILING)
    )


TRANSFORMS = (PressFragments(),)
