"""Hashtags: the variant's closing block, within the voice's range and the network's cap.

The block lists the brand's own tags (``voice.hashtags.tags``), then the master's, then
tags drawn from the master (named places, organisations, products, events, then key noun
phrases), written in the voice's casing, without duplicates (#Été and #ete are one). It
holds at most ``min(voice.hashtags.max, network.max_hashtags)`` tags, the hashtags inside
sentences included, and is filled up to that when the message offers enough candidates.
Hashtags inside sentences are part of them and are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from brandvoice.adaptation.decorate.block import Addition, block_edits, trailing_block
from brandvoice.adaptation.decorate.hashtag_candidates import FACT_SCORE, candidates
from brandvoice.adaptation.decorate.said_tags import unsaid
from brandvoice.adaptation.decorate.tags import (
    Casing,
    as_hashtag,
    is_single_hashtag,
    tag_key,
)
from brandvoice.adaptation.transform import Edit, Stage, Target, Transform, TransformExample
from brandvoice.text.entities import HASHTAG, entities_of_kind
from brandvoice.understand.model import Message

_MASTER_FR = (
    "Notre food truck s’installe sur la plage du Mourillon à Toulon samedi. "
    "Au menu : burgers au fromage de chèvre."
)
_CURLS = (
    "New tutorial on blow-drying curly hair without losing definition. Our senior stylist "
    "Amara walks you through the diffuser technique, the right choice for the season."
)
_DINER = (
    "50 years ago today, Dolores Reyes flipped the sign on the door of a 12-seat diner on "
    "Route 9. Thank you, Saugerties, for every breakfast."
)
_MUSIC = (
    "Lessons restart on Monday 7 September in Leeds. See you there!\nKeys & Chords Music School"
)
_PRESS_FR = (
    "Un bel article sur notre conserverie et sur la pêche de la sardine à Douarnenez, avec "
    "les photos de Gwen."
)
_ESTATE_FR = "Portes ouvertes au Domaine des Restanques ! Dégustation gratuite samedi au caveau."
_PERKS = "We're hiring a line cook in Leeds. We offer free staff meals and 28 days of holiday."
_STAFF_FR = "Karim et Sébastien vous reçoivent au garage dès le 4 mai à Brignoles."
_SIGNED_FR = (
    "Notre croissant a été élu meilleur croissant du Var à Brignoles !\n"
    "Boulangerie Les Trois Épis, Saint-Maximin"
)
_CHEESE = (
    "Join us Thursday for a Vermont cheese tasting in Stowe: everyone who comes gets 10% off "
    "cheese purchases that evening."
)
_BEACH_FR = (
    "La Plage des Pins rouvre samedi ! Après un hiver de travaux, des transats en bois de "
    "pin recyclé.\nService midi et soir. Le brunch du dimanche revient dès le 12 avril."
)
_STUDIO = (
    "After six great years in Toulon, we are moving to 12 Quai de la Sinse. Existing client "
    "projects aren't affected. We're also opening a co-working corner: 6 desks, €150 a "
    "month, coffee included."
)
_MASTER_EN = "The Summer Jazz Festival returns to Brighton Beach with a vegan food court."
_TAPROOM = "We're open! 🍻 Copper Kettle Taproom, Unit 4, Hatter's Yard, Ancoats."
_CARPOOL_FR = "L'appli vous propose des trajets partagés autour de Toulon, La Seyne et La Garde."
_DINER_MAIN = "Kids eat free every Tuesday at Rosie's on Main, with a proper Caesar for adults."
_DENTAL = "Seaside Family Dental opens in Halifax. Book your first cleaning online."
_PRESSING_FR = (
    "Conférence jeudi à 18 h, salle des fêtes de Salernes, puis -30 % au pressing, "
    "18 allées d'Azémar à Draguignan. Bravo à vous !"
)


class Hashtags(Transform):
    id = "hashtags"
    stage = Stage.POST
    order = 40
    summary = (
        "Builds the closing hashtag block: the brand's tags, the master's, then the best "
        "scored candidates from the message's key facts, names and key phrases (each "
        "rejected one with its reason), within the voice's range and the network's cap; "
        "the brand's tags only on an incident or recall; no block where the voice takes none."
    )
    # Adding and removing hashtags is the transform's job.
    edits_protected = True
    examples = (
        TransformExample(
            "Le food truck arrive samedi\u202f!\n\n#foodtruck",
            "Le food truck arrive samedi\u202f!\n\n#Toulon #foodtruck #PlageDuMourillon",
            lang="fr",
            master=_MASTER_FR + " #foodtruck",
            profile={"hashtags": {"tags": ["Toulon"]}},
        ),
        TransformExample(
            _MASTER_EN,
            _MASTER_EN + "\n\n#SummerJazzFestival #BrightonBeach #VeganFoodCourt",
            master=_MASTER_EN,
        ),
        # A variant that left the food court out: no #VeganFoodCourt under it (a key
        # phrase the post no longer says); the key facts (what, where) still tag it.
        TransformExample(
            "The Summer Jazz Festival returns!",
            "The Summer Jazz Festival returns!\n\n#SummerJazzFestival #BrightonBeach",
            master=_MASTER_EN,
        ),
        TransformExample(  # Threads takes one tag: the brand's
            "Jazz on the beach!\n\n#jazz #summer",
            "Jazz on the beach!\n\n#Brighton",
            network="threads",
            master="Jazz on the beach! #jazz #summer",
            profile={"hashtags": {"tags": ["#Brighton"]}},
        ),
        TransformExample(  # lower-case voice; a tag repeated in another casing goes
            "Jazz on the beach!\n\n#Jazz #brighton #JAZZ",
            "Jazz on the beach!\n\n#Jazz #brighton #summerjazzfestival",
            master=_MASTER_EN + " #Jazz #brighton #JAZZ",
            profile={"hashtags": {"casing": "lower", "tags": ["Brighton"]}},
        ),
        TransformExample(  # a press note: the block goes, the tag inside a sentence stays
            "Nous ouvrons à #Toulon.\n\n#boutique #ouverture",
            "Nous ouvrons à #Toulon.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(  # an apology: the brand's tag only, the master's go
            "Our site was down on Sunday from 10:00 to 14:00 UTC. We are sorry.\n\n#Apology #Issue",
            "Our site was down on Sunday from 10:00 to 14:00 UTC. We are sorry.\n\n#Brighton",
            master="Our site was down on Sunday from 10:00 to 14:00 UTC. We are sorry. "
            "#Apology #Issue",
            profile={"hashtags": {"tags": ["Brighton"]}},
        ),
        TransformExample(  # no time zone, unit or post kind: the place and the job only
            "We're hiring a barista in Leeds, 20 hours a week, from 9:00 UTC.",
            "We're hiring a barista in Leeds, 20 hours a week, from 9:00 UTC.\n\n#Barista #Leeds",
            master="We're hiring a barista in Leeds, 20 hours a week, from 9:00 UTC.",
        ),
        TransformExample(  # a lone noun nobody follows, a first name, a phrase of the
            _CURLS,  # text ("#DiffuserTechnique"): no tag; #Hair is one
            _CURLS + "\n\n#NewTutorial #Hair",
            master=_CURLS,
        ),
        TransformExample(  # no phrase of the text (« #HiverDeTravaux »), #Brunch is one
            _BEACH_FR,
            _BEACH_FR + "\n\n#PlageDesPins #Brunch",
            lang="fr",
            master=_BEACH_FR,
        ),
        TransformExample(  # no extra of the offer ("#Coffee"), no street ("#QuaiDeLaSinse")
            _STUDIO,
            _STUDIO + "\n\n#Toulon",
            master=_STUDIO,
        ),
        TransformExample(  # no key fact nobody follows ("#Sign"), no surname ("#Reyes")
            _DINER,
            _DINER + "\n\n#Saugerties #Breakfast",
            master=_DINER,
        ),
        TransformExample(  # no half of a name written with "&" ("#Keys")
            _MUSIC,
            _MUSIC + "\n\n#Leeds",
            master=_MUSIC,
        ),
        TransformExample(  # no first name credited for a work (« #Gwen »)
            _PRESS_FR,
            _PRESS_FR + "\n\n#Douarnenez",
            lang="fr",
            master=_PRESS_FR,
        ),
        TransformExample(  # no piece of a name joined by « des » (« #Domaine », « #Restanques »)
            _ESTATE_FR,
            _ESTATE_FR + "\n\n#DégustationGratuite",
            lang="fr",
            master=_ESTATE_FR,
        ),
        TransformExample(  # no act of buying ("#CheesePurchases")
            _CHEESE,
            _CHEESE + "\n\n#Vermont #Stowe",
            master=_CHEESE,
        ),
        TransformExample(  # no perk of the job ("#StaffMeals"): the job and the place
            _PERKS,
            _PERKS + "\n\n#LineCook #Leeds",
            master=_PERKS,
        ),
        TransformExample(  # no first name (« #Karim », « #Sébastien »), the model's places
            _STAFF_FR,
            _STAFF_FR + "\n\n#Brignoles",
            lang="fr",
            master=_STAFF_FR,
        ),
        TransformExample(  # no piece of a signed name (« #Boulangerie », « #Épis »), #Var
            _SIGNED_FR,
            _SIGNED_FR + "\n\n#Var #Brignoles #SaintMaximin",
            lang="fr",
            master=_SIGNED_FR,
        ),
        TransformExample(  # no name its tag misreads as a word (« #Vue »)
            "Poste de développeur front-end à Lyon (React, Vue).",
            "Poste de développeur front-end à Lyon (React, Vue).\n\n#PosteDeDéveloppeur #Lyon "
            "#React",
            lang="fr",
            master="Poste de développeur front-end à Lyon (React, Vue).",
        ),
        TransformExample(  # a whole name, its possessive's "s" small (not "#KettleTaproom",
            _TAPROOM,  # "#HatterSYard"), no label without its number ("#Unit")
            _TAPROOM + "\n\n#HattersYard #CopperKettleTaproom #Ancoats",
            master=_TAPROOM,
        ),
        TransformExample(  # a French name keeps its article (not « #Seyne », « #Garde »)
            _CARPOOL_FR,
            _CARPOOL_FR + "\n\n#Toulon #LaSeyne #LaGarde",
            lang="fr",
            master=_CARPOOL_FR,
        ),
        TransformExample(  # no street a business's name holds ("#Main"), no dish named
            _DINER_MAIN,  # after someone ("#Caesar")
            _DINER_MAIN,
            master=_DINER_MAIN,
        ),
        TransformExample(  # no order ("#Book"): the verb takes an object
            _DENTAL,
            _DENTAL + "\n\n#SeasideFamilyDental #Halifax",
            master=_DENTAL,
        ),
        TransformExample(  # no tail of a phrase (« #FêtesDeSalernes »), no street
            _PRESSING_FR,  # (« #Azémar »), no interjection (« #Bravo »)
            _PRESSING_FR + "\n\n#Draguignan",
            lang="fr",
            master=_PRESSING_FR,
        ),
        TransformExample(  # full already, nothing drawn
            "Jazz on the beach!\n\n#Jazz #Beach #Brighton",
            "Jazz on the beach!\n\n#Jazz #Beach #Brighton",
            master=_MASTER_EN + " #Jazz #Beach #Brighton",
        ),
        TransformExample(  # no hashtags in the voice and none in the text
            "Le marché de Noël ouvre le 1er décembre.",
            "Le marché de Noël ouvre le 1er décembre.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
    )

    def edits(self, text: str, target: Target) -> list[Edit]:
        hashtags = entities_of_kind(text, HASHTAG)
        block = trailing_block(text, hashtags)
        inline = hashtags[: len(hashtags) - len(block)]
        chosen = _Choice(room=_cap(target) - len(inline), seen={tag_key(t.text) for t in inline})
        position: dict[str, int] = {}
        for index, entity in enumerate(block):
            position.setdefault(tag_key(entity.text), index)

        # In order of precedence: the brand's tags, the master's, the drawn ones.
        kept: set[int] = set()
        leading: list[Addition] = []
        for tag in map(as_hashtag, target.voice.hashtags.tags):
            key = tag_key(tag)
            if key in position:
                if chosen.take(key):
                    kept.add(position[key])
            elif is_single_hashtag(tag) and chosen.take(key):
                leading.append(Addition(tag, f"hashtag {tag}: one of the brand's own tags"))
        removed: dict[int, str] = {}
        sober = target.decoration.hashtags is None and target.understood().serious
        for index, entity in enumerate(block):
            key = tag_key(entity.text)
            if index in kept:
                continue
            if sober:
                removed[index] = (
                    f"hashtag {entity.text} removed: a message of intent "
                    f"{target.understood().intent} carries the brand's tags only"
                )
            elif key in chosen.seen:
                removed[index] = f"hashtag {entity.text} removed: it repeats another tag"
            elif chosen.take(key):
                kept.add(index)
            else:
                removed[index] = _removal_reason(entity.text, target)
        trailing: list[Addition] = []
        if chosen.room > 0:
            for tag, reason, score in drawn_tags(target):
                if unsaid(tag, score, text, target.voice.brand_name):
                    continue  # a name or phrase of a sentence this variant left out
                if chosen.take(tag_key(tag)):
                    trailing.append(Addition(tag, f"hashtag {tag}: {reason}"))
        return block_edits(text, block, removed, leading, trailing)


@dataclass(slots=True)
class _Choice:
    """Tags taken so far (by :func:`tag_key`) and how many more the block may hold."""

    room: int
    seen: set[str]

    def take(self, key: str) -> bool:
        if key in self.seen or self.room <= 0:
            return False
        self.seen.add(key)
        self.room -= 1
        return True


def _cap(target: Target) -> int:
    cap = target.network.max_hashtags
    voice_max = target.voice.hashtags.max
    return voice_max if cap is None else min(voice_max, cap)


def _removal_reason(tag: str, target: Target) -> str:
    if target.voice.hashtags.max == 0:
        return f"hashtag {tag} removed: the {target.voice.name} voice uses no hashtags"
    return f"hashtag {tag} removed: at most {_cap(target)} on {target.network.name} in this voice"


def drawn_tags(target: Target) -> tuple[tuple[str, str, int], ...]:
    """Tags to add after the brand's, with why and their score, best first: those given for
    the post (as sure as a key fact), else none for a serious message (an apology or a
    recall carries the brand's tag only), else the kept candidates of
    :func:`hashtag_candidates.candidates`."""
    given = target.decoration.hashtags
    if given is not None:
        return tuple((as_hashtag(tag), "given for this post", FACT_SCORE) for tag in given)
    message = target.understood()
    if message.serious:
        return ()
    excluded = frozenset(tag_key(name) for name in target.voice.glossary.brands)
    return _drawn_from(message, target.voice.hashtags.casing, excluded | _network_names())


@lru_cache(maxsize=64)
def _drawn_from(
    message: Message, casing: Casing, excluded: frozenset[str]
) -> tuple[tuple[str, str, int], ...]:
    # The same for every variant of a master: worked out once.
    return tuple(
        (c.tag, f"{c.reason} (score {c.score})", c.score)
        for c in candidates(message, casing, excluded)
        if c.kept
    )


@cache
def _network_names() -> frozenset[str]:
    """Network names: "Retrouvez-nous sur Instagram" names a channel, not a topic."""
    from brandvoice.networks import all_networks

    networks = all_networks()
    return frozenset(tag_key(name) for n in networks.values() for name in (n.id, n.name))


TRANSFORMS = (Hashtags(),)
