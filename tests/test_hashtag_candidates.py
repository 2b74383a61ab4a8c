"""Hashtag candidates: every one the message offers, scored, kept or rejected with a reason
(brandvoice.adaptation.decorate.hashtag_candidates). Real spaCy models."""

from __future__ import annotations

import datetime as dt

import pytest

from brandvoice.adaptation.decorate.hashtag_candidates import Candidate, candidates
from brandvoice.understand import Role, understand

DAY = dt.date(2026, 3, 2)
_WREATHS = (
    "Atelier couronnes de l'Avent au Comptoir du Mourillon ! Samedi 28 novembre à 14 h, Léa "
    "vous apprend à composer votre couronne avec des branches de sapin et des fleurs séchées "
    "du Var. 25 € tout compris, 8 places seulement. Réservez au 04 94 00 00 00."
)


_APPRENTICE = (
    "La boulangerie Pains d'Or cherche un apprenti boulanger ! La seule chose qu'on demande, "
    "c'est d'aimer se lever tôt. Envoyez-nous quelques lignes à contact@painsdor.fr."
)


_BARISTA = (
    "We're looking for a part-time barista (20–25 hrs/week) to join our small team at Tide & "
    "Tamp in Brighton. Weekend availability is a must. Espresso experience preferred, but "
    "we'll train the right person. £12.60/hr plus tips. Send a short note and your "
    "availability to hello@tideandtamp.co.uk by Friday 13 March."
)
_REQUIREMENT = "a job requirement, not what the post is about"


def test_a_job_advert_offers_no_vague_word_in_place_of_its_requirements() -> None:
    # What came in their place before: "Send a short note", "£12.60/hr plus tips".
    kept = [tag for tag, c in _by_tag(_BARISTA, "en").items() if c.kept]
    assert kept == ["#PartTimeBarista", "#Brighton", "#TideTamp"]


def test_a_requirement_word_outside_a_job_advert_is_a_topic() -> None:
    found = _by_tag(
        "Our cheese tasting experience is back on Thursday 26 February at 5:30pm in Stowe.", "en"
    )
    assert all(c.rejected != _REQUIREMENT for c in found.values()), found


def _by_tag(text: str, lang: str) -> dict[str, Candidate]:
    message = understand(text, lang, date=DAY)
    return {c.tag: c for c in candidates(message, "camel", frozenset())}


_PLANTING = (
    "Autumn is the best time to plant in Perth, and we've put together a free planting "
    "calendar for local gardens. Grab a printed copy at the counter or download it from "
    "greenleafnursery.com.au/planting-guide 🌱"
)
_DINER = (
    "50 years ago today, Dolores Reyes flipped the sign on the door of a 12-seat diner on "
    "Route 9. Thank you, Saugerties, for every breakfast. 🥞"
)
_MUSIC = (
    "The studio is closed for the summer from Saturday 25 July. Lessons restart on Monday 7 "
    "September. See you in September! 🎸\nKeys & Chords Music School"
)
_FRONT_END = (
    "Poste à pourvoir : développeur front-end (CDI, Lyon 7e). Vous travaillerez sur des "
    "sites et applications pour des PME de la région (React, Vue, accessibilité RGAA)."
)
_FLOUR = (
    "Petit changement en coulisses : toutes nos farines viennent du Moulin de Saint-Joseph, "
    "à Pourrières. Du blé cultivé et écrasé dans le Var. Les prix ne changent pas."
)
_UNFOLLOWED_FACT = "a common noun alone, not a topic people follow, key fact though it is"
_NAME_PIECE = "a piece of a longer name (half a business's name)"


@pytest.mark.parametrize(
    ("text", "lang", "tag", "reason"),
    [
        # A key fact of one common noun nobody follows: "a printed copy", « les prix ».
        (_PLANTING, "en", "#Copy", _UNFOLLOWED_FACT),
        (_FLOUR, "fr", "#Prix", _UNFOLLOWED_FACT),
        (_DINER, "en", "#Sign", _UNFOLLOWED_FACT),
        # A piece of a longer name: a surname, half of a name written with "&".
        (_DINER, "en", "#Reyes", "a piece of a person's name (a surname)"),
        (_MUSIC, "en", "#Keys", _NAME_PIECE),
        (_MUSIC, "en", "#ChordsMusicSchool", _NAME_PIECE),
        # A name its tag misreads as a word (misread_names): « vue ».
        (_FRONT_END, "fr", "#Vue", "a name its tag would misread as a word (#Vue: « vue »)"),
    ],
)
def test_junk_tags_are_rejected_with_their_reason(
    text: str, lang: str, tag: str, reason: str
) -> None:
    found = _by_tag(text, lang)
    assert tag in found, sorted(found)
    assert found[tag].rejected == reason, found[tag]


@pytest.mark.parametrize(
    ("text", "lang", "tag"),
    [
        # Correct, kept: a place, a followed noun, a framework that reads as no French
        # word, a job's title in its advert, a name after a day's "'s".
        (_PLANTING, "en", "#Perth"),
        (_PLANTING, "en", "#PlantingCalendar"),
        (_DINER, "en", "#Saugerties"),
        (_FRONT_END, "fr", "#React"),
        (_FLOUR, "fr", "#Pourrières"),
        (_BARISTA, "en", "#PartTimeBarista"),
        (
            "Saturday's Harbour Loop 5K raised $18,460 for the Halifax Youth Sailing Fund.",
            "en",
            "#HarbourLoop",
        ),
    ],
)
def test_good_tags_stay(text: str, lang: str, tag: str) -> None:
    found = _by_tag(text, lang)
    assert tag in found, sorted(found)
    assert found[tag].kept, found[tag]


@pytest.mark.parametrize(
    ("text", "lang", "tag", "reason"),
    [
        # Time zones and units are never a topic.
        (
            "Our booking site was down on Sunday from 10:00 to 14:00 UTC.",
            "en",
            "#UTC",
            "a time zone",
        ),
        # Generic words ("#Issue", "#Update") say nothing of the post.
        ("Quick update: the issue with our card terminal is fixed.", "en", "#Issue", "too generic"),
        (
            "Quick update: the issue with our card terminal is fixed.",
            "en",
            "#Update",
            "too generic",
        ),
        (
            "Quick update: the issue with our card terminal is fixed.",
            "en",
            "#QuickUpdate",
            "too generic",
        ),
        # A word that says what kind of post this is, not what it is about.
        (
            "Le Fournil recrute un apprenti boulanger à Hyères. Envoyez votre CV.",
            "fr",
            "#Recrute",
            "too generic",
        ),
        # A phrase cut at a preposition or a pronoun: "du Var", "Léa vous".
        (_WREATHS, "fr", "#DuVar", "starts or ends with a function word"),
        (_WREATHS, "fr", "#LéaVous", "starts or ends with a function word"),
        # A French verb the small model takes for a name or a noun.
        (_APPRENTICE, "fr", "#Envoyez", "a verb"),
        (_APPRENTICE, "fr", "#Aimer", "a verb"),
        # A job advert's requirements (en-hiring-barista-brighton, dev split): what the job
        # asks of the applicant, not what the post is about.
        (_BARISTA, "en", "#WeekendAvailability", _REQUIREMENT),
        (_BARISTA, "en", "#EspressoExperience", _REQUIREMENT),
        (
            "Le Fournil recrute un vendeur (H/F) à Hyères. Une première expérience en boulangerie "
            "est exigée. Écrivez-nous.",
            "fr",
            "#ExpérienceEnBoulangerie",
            _REQUIREMENT,
        ),
        # Inclusive writing: the tag drops its middle dots and reads as nonsense.
        (
            "La boutique Lumen recrute un·e vendeur·se en CDI, à Lyon.",
            "fr",
            "#VendeurSe",
            "inclusive writing, which no tag can spell",
        ),
        # A person called by first name next to the full name.
        (
            "Meet Julien Morel, our new chef. Julien trained in Lyon.",
            "en",
            "#Julien",
            "a person's name",
        ),
    ],
)
def test_rejected_candidates_say_why(text: str, lang: str, tag: str, reason: str) -> None:
    found = _by_tag(text, lang)
    assert tag in found, sorted(found)  # offered, then rejected: the reason is kept
    assert found[tag].rejected == reason, found[tag]
    assert not found[tag].kept


def test_key_facts_come_first_with_their_scores() -> None:
    found = _by_tag(
        "Atelier couronnes de Noël le samedi 12 décembre à 14 h à la boutique de Hyères. "
        "Places limitées, inscription au 04 94 12 34 56.",
        "fr",
    )
    kept = [c for c in found.values() if c.kept]
    assert kept[0].score == 3
    assert kept[0].reason in {"what the message is about", "where it happens"}
    assert any(c.tag == "#Hyères" and c.reason == "where it happens" for c in kept)
    # Scores never go up along the list: best first.
    scores = [c.score for c in found.values()]
    assert scores == sorted(scores, reverse=True)


def test_an_address_is_offered_and_rejected() -> None:
    found = candidates(
        understand("Notre nouvelle boutique ouvre au 12 rue Paradis à Marseille.", "fr", date=DAY),
        "camel",
        frozenset(),
    )
    assert any(c.rejected == "an address is not a topic" for c in found)


def test_excluded_names_are_rejected() -> None:
    message = understand("Retrouvez-nous sur Instagram et à Toulon samedi.", "fr", date=DAY)
    found = candidates(message, "camel", frozenset({"instagram"}))
    assert all(c.tag != "#Instagram" or not c.kept for c in found)


_MARKET = (
    "Grande braderie ce week-end : rendez-vous samedi 12 décembre de 9 h à 13 h sur le "
    "parking Clemenceau et au 3 quai Suffren à Hyères, une vingtaine de producteurs vous "
    "attendent. Contact : 04 94 00 00 00."
)


@pytest.mark.parametrize(
    ("text", "lang", "tag", "reason"),
    [
        # A piece of a hyphenated word: "week-end" is not #Week and #End.
        (_MARKET, "fr", "#End", "a piece of a hyphenated word"),
        # Street types, and a street's name without its type or number.
        (
            "Le marché de Noël du cours Lafayette revient à Toulon. On vous attend au quai.",
            "fr",
            "#Quai",
            "a street-type word",
        ),
        (_MARKET, "fr", "#Suffren", "part of a street address"),
        # How to reach the brand is no topic.
        (
            "Un contact unique pour vos commandes de Noël : Julie, à la boutique de Toulon.",
            "fr",
            "#Contact",
            "a contact word",
        ),
        # A quantity: "une vingtaine de producteurs", "a dozen makers", "25 km loop".
        (_MARKET, "fr", "#VingtaineDeProducteurs", "a quantity"),
        (
            "Open studio in Falmouth this Saturday: a dozen local makers show their pottery.",
            "en",
            "#Dozen",
            "a quantity",
        ),
        # A person named with a title.
        (
            "Chef Lina showed the whole country how we make our lamb and quince tagine.",
            "en",
            "#ChefLina",
            "a person's name",
        ),
    ],
)
def test_excluded_kinds_are_rejected(text: str, lang: str, tag: str, reason: str) -> None:
    test_rejected_candidates_say_why(text, lang, tag, reason)


def test_a_street_names_no_person_and_no_tag() -> None:
    # "parking Clemenceau", "cours Lafayette": places, not people called so.
    for text in (_MARKET, "Le marché de Noël du cours Lafayette revient à Toulon samedi."):
        message = understand(text, "fr", date=DAY)
        assert not [f.text for f in message.of_role(Role.WHO)], text
        kept = {c.tag for c in candidates(message, "camel", frozenset()) if c.kept}
        assert not kept & {"#Parking", "#Cours", "#Clemenceau", "#Lafayette"}, kept


def test_an_appellation_is_a_product_not_the_place() -> None:
    # "vins de Bandol" names wines: Bandol is no place the event happens in (it is in
    # Toulon) nor a person; the appellation whole is a fair product tag, #Bandol alone
    # would say the post is about the town.
    text = (
        "Dégustation des vins de Bandol samedi 12 décembre à la Cave du Port, 3 quai "
        "Suffren à Toulon."
    )
    message = understand(text, "fr", date=DAY)
    assert "Bandol" not in [f.text for f in message.facts]
    found = _by_tag(text, "fr")
    assert "#Bandol" not in found or not found["#Bandol"].kept
    assert found["#VinsDeBandol"].kept, found["#VinsDeBandol"]


def test_a_common_noun_alone_is_no_hashtag() -> None:
    job = (
        "We're hiring! The Green Fork in Leeds is looking for a full-time line cook to join our "
        "kitchen team from January.\nYou'll prep and cook our seasonal menu, keep your station "
        "spotless and work with local suppliers."
    )
    found = _by_tag(job, "en")
    for tag in ("#Menu", "#Station"):
        assert tag not in found or not found[tag].kept, found.get(tag)
    # the job, the place and the brand are still drawn
    kept = [tag for tag, c in found.items() if c.kept]
    assert "#Leeds" in kept
    assert "#FullTimeLineCook" in kept


_STRAWBERRIES = (
    "La ferme des Quatre Vents à Plougastel-Daoulas cherche des cueilleurs pour la saison des "
    "fraises. Bonne humeur garantie, le choix des horaires vous revient."
)
_CURLS = (
    "New on our YouTube channel: a 6-minute tutorial on blow-drying curly hair without losing "
    "definition. Our senior stylist Amara walks you through the diffuser technique."
)


@pytest.mark.parametrize(
    ("text", "lang", "tags"),
    [
        (_STRAWBERRIES, "fr", ("#Saison", "#Humeur", "#Choix", "#Horaires")),
        (_CURLS, "en", ("#Definition",)),
    ],
)
def test_a_lone_noun_nobody_follows_is_no_hashtag(
    text: str, lang: str, tags: tuple[str, ...]
) -> None:
    found = _by_tag(text, lang)
    for tag in tags:
        assert tag in found, sorted(found)  # offered, so the rejection is what is tested
        assert found[tag].rejected == "a common noun alone, not a topic people follow"


def test_a_followed_noun_alone_stays_a_hashtag() -> None:
    assert _by_tag(_STRAWBERRIES, "fr")["#Fraises"].kept
    assert _by_tag(_CURLS, "en")["#Hair"].kept


def test_a_lone_first_name_is_no_hashtag() -> None:
    amara = _by_tag(_CURLS, "en")["#Amara"]
    assert amara.rejected is not None
    assert "first name" in amara.rejected


def test_a_name_the_model_reads_as_no_entity_stays_a_hashtag() -> None:
    # A brand the small model does not know: no entity, so no first name either.
    job = (
        "Join us 👋 Parcelwise is looking for a Customer Support Engineer (remote, UK time "
        "zones) to help small online shops untangle their shipping integrations."
    )
    found = _by_tag(job, "en")
    assert "#Parcelwise" in found, sorted(found)
    assert found["#Parcelwise"].kept, found["#Parcelwise"]


def test_a_pointer_to_the_bio_offers_no_tag() -> None:
    # "#Bio" came from "link in bio": it points at a profile, it is no topic.
    found = _by_tag("Our new autumn catalogue is out! Link in bio. Happy reading!", "en")
    assert "#Bio" not in found, sorted(found)
    assert "#Catalogue" in found or "#AutumnCatalogue" in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Portes ouvertes au Domaine des Restanques ! Dégustation gratuite samedi.", "#Domaine"),
        ("Portes ouvertes au Domaine des Restanques ! Dégustation gratuite samedi.", "#Restanques"),
        ("Joyeuses Fêtes de toute l'équipe de la Boulangerie du Faubourg!", "#Faubourg"),
    ],
)
def test_a_piece_of_a_name_joined_by_a_particle_is_no_hashtag(text: str, tag: str) -> None:
    found = _by_tag(text, "fr")
    assert tag in found, sorted(found)
    assert found[tag].rejected == "a piece of a longer name (half a business's name)"


def test_a_lowercase_noun_before_a_particle_is_no_piece_of_a_name() -> None:
    # « la dégustation des vins »: a lower-case noun is no word of a name.
    found = _by_tag("Venez à la dégustation des vins de Bandol samedi au caveau.", "fr")
    assert all("piece of a longer name" not in (c.rejected or "") for c in found.values())


def test_a_person_credited_for_a_work_is_no_hashtag_but_a_place_is() -> None:
    found = _by_tag(
        "Un bel article sur la pêche de la sardine à Douarnenez, avec les photos de Gwen.", "fr"
    )
    assert "#Gwen" in found, sorted(found)
    assert not found["#Gwen"].kept
    assert "credited" in (found["#Gwen"].rejected or "")
    assert found["#Douarnenez"].kept


def test_an_act_of_buying_is_no_hashtag_but_what_is_bought_is() -> None:
    found = _by_tag(
        "Everyone who comes gets 10% off cheese purchases at our Stowe shop. We love cheese.",
        "en",
    )
    assert "#CheesePurchases" in found, sorted(found)
    assert found["#CheesePurchases"].rejected == (
        "an act of buying or booking, not a topic people follow"
    )


def test_a_job_advert_offers_no_tag_on_its_perks() -> None:
    text = "We're hiring a line cook in Leeds. We offer free staff meals and 28 days of holiday."
    found = _by_tag(text, "en")
    assert found["#StaffMeals"].rejected == "a perk of the job, not what the post is about"
    assert [tag for tag, c in found.items() if c.kept] == ["#LineCook", "#Leeds"]


def test_a_tip_share_and_health_insurance_are_perks() -> None:
    text = (
        "The Blue Goose in Logan Square needs a line cook! Full time, $21–24/hr plus tip "
        "share, health insurance after 60 days."
    )
    found = _by_tag(text, "en")
    for perk in ("#TipShare", "#HealthInsurance"):
        assert found[perk].rejected == "a perk of the job, not what the post is about"
    assert found["#LineCook"].kept


def test_a_perk_word_outside_a_job_advert_may_be_a_topic() -> None:
    found = _by_tag("Free staff meals are back at our Leeds canteen this winter.", "en")
    assert found["#FreeStaffMeals"].kept


def test_first_names_are_no_tags_even_when_the_model_reads_places() -> None:
    text = "Mécanique, pneus : Karim et Sébastien vous reçoivent dès le 4 mai à Brignoles."
    found = _by_tag(text, "fr")
    assert found["#Karim"].rejected == "a person's first name"
    assert found["#Sébastien"].rejected == "a person's first name"
    assert found["#Brignoles"].kept


def test_no_piece_of_a_signed_name_but_the_whole_name_and_a_town() -> None:
    text = (
        "Notre croissant a été élu meilleur croissant du Var à Brignoles !\n"
        "Boulangerie Les Trois Épis, Saint-Maximin"
    )
    found = _by_tag(text, "fr")
    for piece in ("#Boulangerie", "#Épis"):
        assert found[piece].rejected == "a piece of a longer name (half a business's name)"
    assert found["#Brignoles"].kept
    # A determiner that opens the sentence is no name's: « Le » leaves #CabanonBleu whole.
    found = _by_tag("Le Cabanon Bleu rouvre sa paillote sur la plage de Pampelonne.", "fr")
    assert found["#CabanonBleu"].kept


_BEACH = (
    "La Plage des Pins rouvre ses portes le samedi 4 avril 2026 !\n"
    "Après un hiver de travaux, on vous a préparé une terrasse agrandie face à la mer et des "
    "transats en bois de pin recyclé.\n"
    "Service midi et soir du mercredi au dimanche. Le brunch du dimanche revient dès le 12 "
    "avril."
)
_PHRASE = "a phrase of the text, no topic, place, event or name people follow"


def test_a_phrase_of_common_words_is_a_tag_only_with_a_followed_word() -> None:
    found = _by_tag(_BEACH, "fr")
    # « après un hiver de travaux », « des transats en bois »: pieces of sentences.
    assert found["#HiverDeTravaux"].rejected == _PHRASE
    assert found["#TransatsEnBois"].rejected == _PHRASE
    # A line's opening words the model takes for a name are held to the same rule.
    assert found["#ServiceMidi"].rejected == _PHRASE
    # A followed product stays, though the cue « revient » holds it.
    assert found["#Brunch"].kept
    assert found["#PlageDesPins"].kept


def test_a_phrase_with_a_followed_word_or_a_name_stays() -> None:
    found = _by_tag(
        "Our new fall menu brings cider donuts to Juniper Table, and the Fêtes de Salernes "
        "return to the old town square.",
        "en",
    )
    assert found["#CiderDonuts"].kept, found


def test_a_job_advert_keeps_the_job_its_cue_names() -> None:
    found = _by_tag(
        "The Blue Goose in Logan Square needs a line cook! Full time, $21–24/hr. Email your "
        "resume to kitchen@bluegoose.com",
        "en",
    )
    assert found["#LineCook"].kept, found


def test_an_extra_included_with_an_offer_is_no_tag() -> None:
    found = _by_tag(
        "Free pricing workshop on Tuesday in Denver, coffee and pastries included.", "en"
    )
    assert not found["#Coffee"].kept, found
    assert not found["#Pastries"].kept, found
    assert found["#Denver"].kept


def test_short_weekdays_and_a_capitalised_weekday_make_no_tag() -> None:
    found = _by_tag(
        "Our taproom is open Mon–Thu 4–10pm and Sun noon–8pm. We heard your feedback about "
        "the long Saturday queues at the bar.",
        "en",
    )
    kept = [tag for tag, c in found.items() if c.kept]
    assert not {"#Mon", "#Thu", "#SunNoon", "#SaturdayQueues"} & set(kept), found


def test_a_lower_case_word_the_model_takes_for_a_name_is_a_common_word() -> None:
    found = _by_tag(
        "Notre huile d'olive nouvelle est en bouteille ! Fruité vert, pressée au moulin de "
        "Cotignac.",
        "fr",
    )
    kept = [tag for tag, c in found.items() if c.kept]
    assert not {"#Bouteille", "#Vert"} & set(kept), found
    assert "#Cotignac" in kept


_PIECE_OF_PHRASE = "a piece of a longer phrase (« salle des fêtes de Salernes »)"


@pytest.mark.parametrize(
    ("text", "lang", "tag", "reason"),
    [
        # A street a business's name holds: "Rosie's on Main" is the diner.
        ("Kids eat free every Tuesday at Rosie's on Main.", "en", "#Main", _NAME_PIECE),
        # A French name without its article: « La Seyne » is the town.
        (
            "L'appli propose des trajets autour de Toulon, La Seyne et La Garde.",
            "fr",
            "#Seyne",
            None,  # not offered at all: the name comes whole
        ),
        # An order whose verb the model reads as a name: it takes an object.
        ("Book your first cleaning at our website.", "en", "#Book", "a verb"),
        # A dish named after someone: "a proper Caesar".
        (
            "We serve shakshuka and a proper Caesar every weekend.",
            "en",
            "#Caesar",
            "a name used as a common noun",
        ),
        # A street's name after its type, though the facts read no address.
        (
            "Jusqu'au 25 avril, -30 % au pressing, 18 allées d'Azémar à Draguignan.",
            "fr",
            "#Azémar",
            "part of a street address",
        ),
        # The tail of a longer phrase: the hall, not the feasts, of Salernes.
        (
            "Conférence jeudi à 18 h 30, salle des fêtes de Salernes. Entrée libre.",
            "fr",
            "#FêtesDeSalernes",
            _PIECE_OF_PHRASE,
        ),
        # The first words of a longer name, whatever sentence the model cut inside it.
        (
            "Grâce à vous, Le Panier Solidaire de Fréjus a pu gâter 430 enfants à Noël.",
            "fr",
            "#LePanier",
            None,
        ),
        # The last words of a longer name: "Cabanon Beach Club" gives no "#Club".
        (
            "Le groupe jouera au Cabanon Beach Club le samedi 10 juillet à 20 h 30.",
            "fr",
            "#Club",
            None,
        ),
        # A phrase that points at another part of the text.
        (
            "As of this week, the brewery runs on the sun ☀️ 96 solar panels went up on our "
            "warehouse roof last month, and they now cover about 70% of our power. Same beer, "
            "smaller footprint.",
            "en",
            "#SameBeer",
            "points at another part of the text",
        ),
        # A street named without its number.
        (
            "Book online or pop in to the shop on Gloucester Road.",
            "en",
            "#GloucesterRoad",
            "a street",
        ),
        # A noun that only says what kind of owners: "café and bakery owners".
        ("Free workshop for café and bakery owners on Tuesday in Denver.", "en", "#Bakery", None),
        # A treat offered, said in a phrase: "hot chocolate's on us".
        (
            "Beach clean this Sunday! Done by 12, then hot chocolate's on us at the shop.",
            "en",
            "#Chocolate",
            "an extra included with an offer, not what the post is about",
        ),
        # A label without its number.
        ("We're open at Unit 4, Hatter's Yard, Ancoats.", "en", "#Unit", None),
        # A piece of the message's own tag.
        (
            "La 12e édition du festival Jazz sous les Pins a accueilli 14 200 spectateurs.\n"
            "#JazzSousLesPins",
            "fr",
            "#Pins",
            "a piece of one of the message's own tags (#Pins of #JazzSousLesPins)",
        ),
    ],
)
def test_no_piece_of_a_name_a_street_or_a_phrase_and_no_verb(
    text: str, lang: str, tag: str, reason: str | None
) -> None:
    found = _by_tag(text, lang)
    if reason is None:
        assert tag not in found or not found[tag].kept, found.get(tag)
        return
    assert tag in found, sorted(found)
    assert found[tag].rejected == reason, found[tag]


@pytest.mark.parametrize(
    ("text", "lang", "tag"),
    [
        ("L'appli propose des trajets autour de Toulon, La Seyne et La Garde.", "fr", "#LaSeyne"),
        (
            "We're open! 🍻 Copper Kettle Taproom, Unit 4, Hatter's Yard, Ancoats.",
            "en",
            "#HattersYard",
        ),
        (
            "We're open! 🍻 Copper Kettle Taproom, Unit 4, Hatter's Yard.",
            "en",
            "#CopperKettleTaproom",
        ),
        # A common phrase before a name is no piece of it.
        (
            "Le cabinet de kinésithérapie Verhaegen ouvre au 48 rue de Fer, à Namur.",
            "fr",
            "#CabinetDeKinésithérapie",
        ),
        # A key fact is not widened onto a word that says what kind of post this is.
        (
            "Spring service offer: get your bike ready for the sunny days for £49 instead "
            "of £65 (gears, brakes, chain, wheel true, safety check).",
            "en",
            "#SpringService",
        ),
        # A saint's town, no street: "St" opens it.
        ("Meet us at 10am on Porthmeor Beach, St Ives.", "en", "#StIves"),
        # A class, not a street: « cours » before a lower-case word.
        ("Nouveau : un cours de yoga le jeudi soir à Hyères.", "fr", "#Hyères"),
        # A sentence's opening article is the sentence's: « Le Cabanon Bleu rouvre ».
        ("Le Cabanon Bleu rouvre sa paillote sur la plage de Pampelonne.", "fr", "#CabanonBleu"),
    ],
)
def test_whole_names_stay(text: str, lang: str, tag: str) -> None:
    found = _by_tag(text, lang)
    assert tag in found, sorted(found)
    assert found[tag].kept, found[tag]


def test_a_possessive_s_stays_small_in_a_tag() -> None:
    from brandvoice.adaptation.decorate.tags import hashtag

    assert hashtag(["Hatter", "'s", "Yard"], "camel") == "#HattersYard"
    assert hashtag(["Sal’s", "Corner", "Slice"], "camel") == "#SalsCornerSlice"
    assert hashtag(["Cadière-d'Azur"], "camel") == "#CadièreDAzur"  # an elision's capital stays
