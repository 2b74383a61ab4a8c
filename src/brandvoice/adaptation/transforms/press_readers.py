"""A press note speaks OF the brand's customers, never TO them: the orders and the second
person press-practical left become statements about who they address.

A post tells its reader "Don't eat them and bring them back to the shop"; a journalist
quotes a press note that says "Customers are asked not to eat them and to bring them back
to the shop" (« Ne consommez pas ces pots et rapportez-les » → « Les clients sont invités
à ne pas consommer ces pots et à les rapporter »). Who is addressed follows the message's
intent (the customers of a recall, the applicants of a job ad, the visitors of an event:
``data/press-readers.yaml``); a recall or an incident asks, the rest invites.

The order is read from the parse (:mod:`brandvoice.nlp`): an English base-form verb with
no subject, its "Please" and "do not" before it; a French « -ez » form that opens a clause
(:func:`brandvoice.analysis.imperatives.find_imperatives`) or follows « et »/« ou », its
infinitive the verb's one lemma, « ne … pas » made « ne pas », the clitics put before the
infinitive (« rapportez-les » → « les rapporter », « méfiez-vous » → « se méfier »), and
« Merci de » + an infinitive too. The rest of the sentence's second person is the readers'
then: "your" → "their", "you" → "they"/"them", « votre » → « leur », « vous » → « leur »
or « les » as the verb it goes with says. Right after a sentence that opens on the
readers, they are "they"/« ils », asked "also"/« également ».

A statement that speaks to the reader is said of the readers too: "should disappear from
your statement" → "from customers' statements", « Vous pouvez le rapporter » → « Les
clients peuvent le rapporter », and so with any verb the French grammar service
conjugates (« Vous renseignez vos horaires » → « Les utilisateurs renseignent leurs
horaires », « vous y trouverez » → « les internautes y trouveront »), « l'équipe vous
conseille de passer tôt » → « l'équipe conseille aux clients de passer tôt », « vos
retours » → « les retours des clients » (« de vos achats du soir » → « des achats du
soir »: the owner would follow the complement), « nous vous avons préparé une fiche » →
« nous avons préparé une fiche ». In English, a condition that says which readers the
statement is about names them ("If you ordered last week, your parcel was on it" → "If
customers ordered last week, their parcel was on it"), and "Thanks to you, Second Shift
Tool Library lent…" → "Thanks to its members, …". Who the readers are is the intent's,
or the master's words' (a health practice's patients, an app's users).

A sentence that cannot be read with confidence stays as written, never broken: a
question, a quotation, the heading the master opens on (the headline's), an order of two
readings or beside a second order the parse cannot place, a « vous » subject of a verb
not conjugated for sure (or reflexive, or « êtes » before a participle that may be one
reader's, or in a job ad any verb but « pouvoir » and « devoir »: « Vous avez le permis
B » is what the job asks), an English noun whose plural would change its verb ("Your
order ships").

Apologies and thanks addressed to the reader are said of the customers (« L'équipe vous
doit des excuses » → « L'équipe présente ses excuses à ses clients »; the closing
signature the lead makes redundant is the layout's to drop:
:func:`brandvoice.adaptation.layout.signature_of`). In a job ad whose role is the
subject ("The line cook will prep its menu"), "its" is the brand's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.adaptation.french.orders import infinitive_phrase, is_vous_order, order_lemma
from brandvoice.adaptation.headline import is_heading
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_lead import (
    _hiring_you,
    _with_article,
    second_mention,
    writes_press_note,
)
from brandvoice.adaptation.transforms.press_practical import statements
from brandvoice.adaptation.wording.data import load_table
from brandvoice.adaptation.wording.fitting import match_case, text_apostrophe
from brandvoice.analysis.imperatives import find_imperatives
from brandvoice.lang import base_language
from brandvoice.nlp import get_pipeline
from brandvoice.text.french import (
    Tense,
    known_noun_gender,
    readings,
    starts_with_h,
    starts_with_vowel,
    third_person_plural,
    verb_forms,
)
from brandvoice.text.protect import protected_spans
from brandvoice.understand.model import Intent, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TABLE = "press-readers.yaml"
_REASON = "a press note speaks of the brand's customers, not to them"
_CABANON = {"brand_name": "Le P'tit Cabanon"}


class PressReaders(Transform):
    id = "press-readers"
    stage = Stage.BODY
    # After press-practical (67), which states the orders it knows with their facts, and
    # after drop-exhortations (75): "Tell us what you think!" goes, it is not stated.
    order = 77
    summary = (
        "In a press note, an order or a second person left from the post is said of who it "
        "addresses ('Don't eat them' → 'Customers are asked not to eat them', « Ne "
        "consommez pas ces pots » → « Les clients sont invités à ne pas consommer ces "
        "pots »); apologies and thanks to 'you' are made to the customers."
    )
    examples = (
        TransformExample(
            "Some jars may contain glass. Don't eat them and bring them back to the shop.",
            "Some jars may contain glass. Customers are asked not to eat them and to bring "
            "them back to the shop.",
            master="We are recalling our honey. Don't eat it and bring it back to the shop.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Some packs may contain peanuts. If you have a peanut allergy, do not eat these "
            "cookies. Please return them to the shop where you purchased them for a full "
            "refund; no receipt needed.",
            "Some packs may contain peanuts. If customers have a peanut allergy, they are asked "
            "not to eat these cookies. Customers are asked to return them to the shop where "
            "they purchased them for a full refund; no receipt needed.",
            master="Product recall: cookies. Some packs may contain peanuts, do not eat them.",
            voice="corporate",
            network="website",
        ),
        # Right after an order said of all the readers, "they" and "also".
        TransformExample(
            "Do not eat it. Take the jar back to the shop where you purchased it.",
            "Customers are asked not to eat it. They are also asked to take the jar back to "
            "the shop where they purchased it.",
            master="We are recalling one batch of our honey. Do not eat it.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "The charges are being reversed. If you still see one after that, email "
            "billing@grill.com with the date.",
            "The charges are being reversed. If customers still see one after that, they are "
            "asked to email billing@grill.com with the date.",
            master="Our card terminal charged some payments twice. We apologise.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Applications should be sent by 20 December. Tell the team about the best dish "
            "you have ever cooked.",
            "Applications should be sent by 20 December. Applicants are invited to tell the "
            "team about the best dish they have ever cooked.",
            master="We're hiring a line cook. Apply by 20 December.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Un défaut peut entraîner des moisissures.\nNe consommez pas ces pots et "
            "rapportez-les à la boutique : ils vous seront remboursés.",
            "Un défaut peut entraîner des moisissures.\nLes clients sont invités à ne pas "
            "consommer ces pots et à les rapporter à la boutique : ils leur seront remboursés.",
            lang="fr",
            master="Rappel produit : confiture d'abricots. Ne consommez pas ces pots.",
            voice="corporate",
            network="website",
        ),
        # A reminder asks for what follows it: no « invités à penser à commander ».
        TransformExample(
            "Le pain est cuit sur place. Pensez à commander vos gâteaux avant vendredi midi.",
            "Le pain est cuit sur place. Les clients sont invités à commander leurs gâteaux "
            "avant vendredi midi.",
            lang="fr",
            master="La boulangerie ouvrira aussi le dimanche matin dès le 11 janvier. Pensez à "
            "commander vos gâteaux.",
            voice="corporate",
            network="website",
        ),
        # A condition on the reader names the readers; the order after it says « ils ».
        TransformExample(
            "Le lot L2611 est rappelé. Si vous en avez un pot, ne le consommez pas et "
            "renvoyez-le-nous.",
            "Le lot L2611 est rappelé. Si les clients en ont un pot, ils sont invités à ne pas "
            "le consommer et à nous le renvoyer.",
            lang="fr",
            master="Rappel produit : confiture d'abricots. Ne consommez pas ces pots.",
            voice="corporate",
            network="website",
        ),
        # Before a direct object pronoun, « vous » is the indirect one: « les leur ».
        TransformExample(
            "La quiche du 3 décembre est rappelée. Rapportez-la au café, nous vous la remboursons.",
            "La quiche du 3 décembre est rappelée. Les clients sont invités à la rapporter au "
            "café, nous la leur remboursons.",
            lang="fr",
            master="Rappel : quiche lorraine du 3 décembre. Ne la consommez pas.",
            voice="corporate",
            network="website",
        ),
        # « S'il vous reste » is no condition on the reader: the sentence stays.
        TransformExample(
            "Le lot L2611 est rappelé. S'il vous reste des pots, rapportez-les.",
            "Le lot L2611 est rappelé. S'il vous reste des pots, rapportez-les.",
            lang="fr",
            master="Rappel produit : confiture d'abricots. Ne consommez pas ces pots.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le lot 118 est rappelé. En cas de fièvre, consultez votre médecin en lui "
            "signalant ce rappel.",
            "Le lot 118 est rappelé. En cas de fièvre, les clients sont invités à consulter "
            "leur médecin en lui signalant ce rappel.",
            lang="fr",
            master="Rappel : tomme de chèvre. Ne consommez pas ce fromage.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Merci de retirer ce jouet des mains de vos enfants et de le ramener à la boutique.",
            "Les clients sont invités à retirer ce jouet des mains de leurs enfants et à le "
            "ramener à la boutique.",
            lang="fr",
            master="Rappel de sécurité : hochet en bois. Risque d'étouffement.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Par prudence, méfiez-vous de tout message vous demandant votre mot de passe.",
            "Par prudence, les clients sont invités à se méfier de tout message leur "
            "demandant leur mot de passe.",
            lang="fr",
            master="Accès non autorisé à notre outil : nous vous présentons nos excuses.",
            voice="corporate",
            network="website",
        ),
        # A sentence that speaks of the readers: their « votre » is « leur ».
        TransformExample(
            "Les candidats peuvent aussi se présenter au restaurant avec votre CV.",
            "Les candidats peuvent aussi se présenter au restaurant avec leur CV.",
            lang="fr",
            master="On recrute ! Envoyez votre CV à jobs@plage.fr.",
            voice="corporate",
            network="website",
        ),
        # A statement's « vos » is the readers': their noun says whose.
        TransformExample(
            "L'équipe présente ses excuses à ses clients. Elle a entendu vos retours et a revu "
            "l'organisation.",
            "L'équipe présente ses excuses à ses clients. Elle a entendu les retours des clients "
            "et a revu l'organisation.",
            lang="fr",
            master="Notre soirée a été un fiasco. Nous vous devons des excuses.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le poste est à pourvoir en septembre. Vos missions : animer les réseaux sociaux.",
            "Le poste est à pourvoir en septembre. Les missions des candidats : animer les "
            "réseaux sociaux.",
            lang="fr",
            master="Nous recrutons un chargé de communication. Vos missions : animer nos réseaux.",
            voice="corporate",
            network="website",
        ),
        # "Your order ships": the plural the readers need would need the verb's too; a
        # plural subject needs none.
        TransformExample(
            "All classes are cancelled and your credits go back on your account.",
            "All classes are cancelled and customers' credits go back on their account.",
            master="Snow day: the studio is closed today. We are sorry.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "We apologise for the delay. Your order ships on Monday.",
            "We apologise for the delay. Your order ships on Monday.",
            master="Our courier is late. We apologise for the delay.",
            voice="corporate",
            network="website",
        ),
        # « vous » subject of any verb: the readers, its verb in the third person plural;
        # an app's readers are its users, a new website's the people who visit it.
        TransformExample(
            "Vous renseignez vos horaires une fois, l'appli vous propose chaque semaine les "
            "équipages possibles.",
            "Les utilisateurs renseignent leurs horaires une fois, l'appli leur propose chaque "
            "semaine les équipages possibles.",
            lang="fr",
            master="Covoit'Rade lance son appli de covoiturage à Toulon.",
            voice="corporate",
            network="website",
        ),
        # A gym's readers are its members, even when they book in its app.
        TransformExample(
            "Book your spot in the app as usual: classes fill up fast.",
            "Members are invited to book their spot in the app as usual: classes fill up fast.",
            master="Heads up, Riverside Fitness fam! Our early bird classes start at 6:15 am.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Réservez votre créneau sur l'appli.",
            "Les adhérents sont invités à réserver leur créneau sur l'appli.",
            lang="fr",
            master="Votre salle de sport ouvre dès 6 h le lundi. Réservez votre créneau sur "
            "l'appli.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "L'association a un nouveau site : vous y trouverez le calendrier des sorties.",
            "L'association a un nouveau site : les internautes y trouveront le calendrier des "
            "sorties.",
            lang="fr",
            master="Les Amis du Sentier ont un nouveau site !",
            voice="corporate",
            network="website",
        ),
        # « ne » goes with the verb; its elision follows the new form.
        TransformExample(
            "La boutique ferme en janvier. Vous n'êtes pas obligés de réserver, vous ne "
            "pourrez pas payer par chèque.",
            "La boutique ferme en janvier. Les clients ne sont pas obligés de réserver, ils ne "
            "pourront pas payer par chèque.",
            lang="fr",
            master="Notre boutique ferme ses portes en janvier.",
            voice="corporate",
            network="website",
        ),
        # In a job ad, what « vous » has is what the job asks: it stays.
        TransformExample(
            "Le poste est à pourvoir en mars. Vous avez le permis B et deux ans d'expérience.",
            "Le poste est à pourvoir en mars. Vous avez le permis B et deux ans d'expérience.",
            lang="fr",
            master="Nous recrutons un livreur à Toulon. Vous avez le permis B.",
            voice="corporate",
            network="website",
        ),
        # « vous n'êtes pas obligé » may be one reader's: « ils ne sont pas obligé » would
        # be wrong.
        TransformExample(
            "La cave ouvre ses portes samedi. Vous n'êtes pas obligé de réserver.",
            "La cave ouvre ses portes samedi. Vous n'êtes pas obligé de réserver.",
            lang="fr",
            master="Portes ouvertes à la cave samedi.",
            voice="corporate",
            network="website",
        ),
        # The readers named once, their next « vos » is « leurs ».
        TransformExample(
            "La fromagerie prend les commandes de plateaux pour vos soirées et vos mariages.",
            "La fromagerie prend les commandes de plateaux pour les soirées des clients et "
            "leurs mariages.",
            lang="fr",
            master="Chers clients, la fromagerie prend les commandes de plateaux !",
            voice="corporate",
            network="website",
        ),
        # « vos » before a complement: the article, « des clients » would follow it.
        TransformExample(
            "20 € par personne, déduits de vos achats du soir.",
            "20 € par personne, déduits des achats du soir.",
            lang="fr",
            master="Dégustation vendredi soir à la cave du Mourillon.",
            voice="corporate",
            network="website",
        ),
        # A direct « vous » of someone else's verb: the readers, after the verb.
        TransformExample(
            "Elle a remporté le concours. Elle vous attend comme d'habitude à la boutique.",
            "Elle a remporté le concours. Elle attend les clients comme d'habitude à la boutique.",
            lang="fr",
            master="Notre baguette est la meilleure du Var !",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "La boutique rouvre. Nous vous avons accueillis dès 7 h.",
            "La boutique rouvre. Nous vous avons accueillis dès 7 h.",
            lang="fr",
            master="La boutique rouvre après travaux.",
            voice="corporate",
            network="website",
        ),
        # A later « vous » is the readers again: « leur » before a verb that takes it so;
        # a direct one may be a reflexive (« pour ne pas vous tromper »): it stays.
        TransformExample(
            "Le déjeuner est annulé. Nous vous appelons dans la matinée afin de vous proposer "
            "une autre date.",
            "Le déjeuner est annulé. Nous appelons les clients dans la matinée afin de leur "
            "proposer une autre date.",
            lang="fr",
            master="Coupure d'eau au restaurant ce midi : le déjeuner est annulé.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le guide est en ligne. Nous vous donnons nos conseils pour ne pas vous tromper.",
            "Le guide est en ligne. Nous vous donnons nos conseils pour ne pas vous tromper.",
            lang="fr",
            master="Notre guide pour choisir son vélo est en ligne.",
            voice="corporate",
            network="website",
        ),
        # Whom a thing is prepared or announced for goes: what is done stays.
        TransformExample(
            "Canicule en vue : nous vous avons préparé une fiche pratique.",
            "Canicule en vue : nous avons préparé une fiche pratique.",
            lang="fr",
            master="Canicule en vue : voici notre fiche pratique sur l'arrosage.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Pour les fêtes, nous vous dévoilons une carte de six desserts.",
            "Pour les fêtes, nous dévoilons une carte de six desserts.",
            lang="fr",
            master="Pour les fêtes, découvrez notre carte de desserts.",
            voice="corporate",
            network="website",
        ),
        # An opening verb the parser reads as a noun before "your" is the order it is.
        TransformExample(
            "Seaside Family Dental opens on Monday. Book your first cleaning at "
            "seasidefamilydental.ca or call (902) 555-0118.",
            "Seaside Family Dental opens on Monday. Patients are invited to book their first "
            "cleaning at seasidefamilydental.ca or to call (902) 555-0118.",
            master="Seaside Family Dental opens on Monday! Book your first cleaning online.",
            voice="corporate",
            network="website",
        ),
        # The label before a colon is no subject of the order after it.
        TransformExample(
            "Spring service offer: get your bike ready for the sunny days for £49.",
            "Spring service offer: customers are invited to get their bike ready for the sunny "
            "days for £49.",
            master="Spring service offer: get your bike ready for the sunny days for £49.",
            voice="corporate",
            network="website",
        ),
        # After the dateline's dash; a beach clean's readers are its volunteers.
        TransformExample(
            "March 23, 2026 – Meet us at 10am at the lifeguard hut on Porthmeor Beach.",
            "March 23, 2026 – Volunteers are invited to meet us at 10am at the lifeguard hut "
            "on Porthmeor Beach.",
            master="Beach clean this Sunday! 🌊 Meet us at 10am at the lifeguard hut.",
            voice="corporate",
            network="website",
        ),
        # A condition that says which readers the statement after it is about names them.
        TransformExample(
            "If you had one of those, we will be in touch today to find you a real time.",
            "If customers had one of those, we will be in touch today to find them a real time.",
            master="Our booking system was down this weekend. We apologise.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "If you ordered early last week, your parcel was on it.",
            "If customers ordered early last week, their parcel was on it.",
            master="Our courier lost a pallet of orders last week. We are so sorry.",
            voice="corporate",
            network="website",
        ),
        # "Thanks to you," before a name: its readers (a library's members); not before "we".
        TransformExample(
            "Thanks to you, Second Shift Tool Library lent out 6,480 tools last year.",
            "Thanks to its members, Second Shift Tool Library lent out 6,480 tools last year.",
            master="Our 2025 impact report is out. Thanks to you, Second Shift Tool Library "
            "lent out 6,480 tools.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Thanks to you, we lent out 6,480 tools last year.",
            "Thanks to you, we lent out 6,480 tools last year.",
            master="Our 2025 impact report is out. Thanks to you, we lent out 6,480 tools.",
            voice="corporate",
            network="website",
        ),
        # An indirect « vous » of someone else's verb: the readers, after the verb.
        TransformExample(
            "Les tailles partent vite, l'équipe vous conseille de passer tôt.",
            "Les tailles partent vite, l'équipe conseille aux clients de passer tôt.",
            lang="fr",
            master="Mistral Mode lance ses soldes d'hiver. Les tailles partent vite !",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Nous sommes désolés. Un bon de 10 € vous sera envoyé avec votre numéro de suivi.",
            "Nous sommes désolés. Un bon de 10 € sera envoyé aux clients avec leur numéro de "
            "suivi.",
            lang="fr",
            master="Nos colis partiront avec du retard. Nous sommes désolés.",
            voice="corporate",
            network="website",
        ),
        # An apology and a thanks addressed to the reader: made to the customers, by the
        # subject the apology has (the next sentence's « Elle » may stand for it), or by
        # the brand the profile names (« l'équipe » once the note has named it).
        TransformExample(
            "Le P'tit Cabanon a raté sa soirée. L'équipe vous doit des excuses.\nMerci de "
            "votre patience, et au plaisir de vous retrouver au P'tit Cabanon.",
            "Le P'tit Cabanon a raté sa soirée. L'équipe présente ses excuses à ses "
            "clients.\nL'équipe remercie ses clients de leur patience et se réjouit de les "
            "retrouver au P'tit Cabanon.",
            lang="fr",
            master="Notre soirée a été un fiasco. Nous vous devons des excuses.",
            profile=_CABANON,
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Nous avons revu l'organisation. Merci de votre compréhension.",
            "Nous avons revu l'organisation. Nous remercions nos clients de leur compréhension.",
            lang="fr",
            master="Notre soirée a été un fiasco. Nous vous devons des excuses.",
            voice="corporate",
            network="website",
        ),
        # In a job ad, "its" after the role as subject is the brand's, not the role's.
        TransformExample(
            "The Green Fork is looking for a line cook. The line cook will prep and cook its "
            "seasonal menu.",
            "The Green Fork is looking for a line cook. The line cook will prep and cook The "
            "Green Fork's seasonal menu.",
            master="We're hiring! The Green Fork is looking for a line cook. You'll prep and "
            "cook our seasonal menu.",
            profile={"brand_name": "The Green Fork"},
            voice="corporate",
            network="website",
        ),
        # A job ad's "You will…" is the person hired's, by the job title the message gives
        # (press-lead says it where the profile names the brand; here none does).
        TransformExample(
            "Parcelwise is looking for a Customer Support Engineer. You'll answer tickets "
            "and reproduce bugs.",
            "Parcelwise is looking for a Customer Support Engineer. The Customer Support "
            "Engineer will answer tickets and reproduce bugs.",
            master="We're hiring! Parcelwise is looking for a Customer Support Engineer. You'll "
            "answer tickets and reproduce bugs.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Au sein d'une équipe de huit personnes, vous travaillerez sur des sites web.",
            "Au sein d'une équipe de huit personnes, la personne recrutée travaillera sur des "
            "sites web.",
            lang="fr",
            master="Poste à pourvoir : développeur·se front-end. Vous travaillerez sur des sites.",
            voice="corporate",
            network="website",
        ),
        # Who « vous » is taught is the person hired, not the applicants; the one taught
        # « votre métier » stays: « son » or « sa », the noun's gender would tell.
        TransformExample(
            "Le poste débute en avril. L'équipe vous apprendra tout : pétrissage, façonnage.",
            "Le poste débute en avril. L'équipe apprendra tout à la personne recrutée : "
            "pétrissage, façonnage.",
            lang="fr",
            master="La boulangerie cherche un apprenti. On vous apprendra tout !",
            voice="corporate",
            network="website",
        ),
        # Named in the clause before, the person hired is « lui »; before it, no one yet.
        TransformExample(
            "Vous travaillerez sur des sites web ; nous vous apprendrons tout.",
            "La personne recrutée travaillera sur des sites web ; nous lui apprendrons tout.",
            lang="fr",
            master="Nous recrutons un·e développeur·se front-end. Vous travaillerez sur des sites.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "L'équipe vous apprendra tout ; vous travaillerez sur des sites web.",
            "L'équipe apprendra tout à la personne recrutée ; la personne recrutée travaillera "
            "sur des sites web.",
            lang="fr",
            master="Nous recrutons un·e développeur·se front-end. Vous travaillerez sur des sites.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Le poste débute en avril. L'équipe vous apprendra votre métier.",
            "Le poste débute en avril. L'équipe vous apprendra votre métier.",
            lang="fr",
            master="La boulangerie cherche un apprenti. On vous apprendra le métier !",
            voice="corporate",
            network="website",
        ),
        # A health practice's readers are its patients; "being patient" names none.
        TransformExample(
            "Le 14 octobre, un accès non autorisé a eu lieu. Par prudence, méfiez-vous de "
            "tout message suspect.",
            "Le 14 octobre, un accès non autorisé a eu lieu. Par prudence, les patients sont "
            "invités à se méfier de tout message suspect.",
            lang="fr",
            master="Accès non autorisé à l'outil du cabinet de kinésithérapie.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Seaside Family Dental opens on Monday. Please arrive ten minutes early.",
            "Seaside Family Dental opens on Monday. Patients are invited to arrive ten minutes "
            "early.",
            master="Seaside Family Dental opens on Monday! Please arrive ten minutes early.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Our card terminal charged some payments twice. Please check your statement.",
            "Our card terminal charged some payments twice. Customers are asked to check their "
            "statement.",
            master="Our card terminal charged some payments twice. Thank you for being patient.",
            voice="corporate",
            network="website",
        ),
        # A statement addressed to the reader is said of the readers too.
        TransformExample(
            "The duplicate charges are being reversed and should disappear from your "
            "statement within 3–5 business days.",
            "The duplicate charges are being reversed and should disappear from customers' "
            "statements within 3–5 business days.",
            master="Our card terminal charged some payments twice. We apologise.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Ne consommez pas ce fromage. Vous pouvez le rapporter à la fromagerie, il vous "
            "sera remboursé.",
            "Les clients sont invités à ne pas consommer ce fromage. Ils peuvent le rapporter "
            "à la fromagerie, il leur sera remboursé.",
            lang="fr",
            master="Rappel : tomme de chèvre. Ne consommez pas ce fromage.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Phone refills are working as normal: call the pharmacy at (613) 555-0172.",
            "Phone refills are working as normal: customers are asked to call the pharmacy "
            "at (613) 555-0172.",
            master="Our online refill system is down today. We apologise.",
            voice="corporate",
            network="website",
        ),
        # An order that goes on with a clause of its own keeps it: "…and the team will
        # waive the fee and throw in…" is the team's, not the readers'.
        TransformExample(
            "Sign up before January 31 and the team will waive the joining fee and throw in "
            "a free session.",
            "Customers are invited to sign up before January 31 and the team will waive the "
            "joining fee and throw in a free session.",
            master="Our gym is closed over the holidays. Sign up before January 31.",
            voice="corporate",
            network="website",
        ),
        # An offer's conditional order states the offer: who gives what, to whom.
        TransformExample(
            "Sign up at Acme Gym before January 31 and the team will waive the joining fee.",
            "Acme Gym will waive the joining fee for customers who sign up before January 31.",
            master="New year, no joining fee! Sign up at Acme Gym before January 31 and we'll "
            "waive the joining fee.",
            profile={"brand_name": "Acme Gym"},
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Thursday only: buy any two loaves and get a third free.",
            "Thursday only: customers who buy any two loaves get a third free.",
            master="Flash sale! Thursday only: buy any two loaves and get a third free.",
            voice="corporate",
            network="website",
        ),
        # "you" in it: who gets what would need naming twice; the order is stated instead.
        TransformExample(
            "Pick any three paperbacks and the cheapest one goes home with you for free.",
            "Customers are invited to pick any three paperbacks and the cheapest one goes home "
            "with them for free.",
            master="This weekend only: 3 for 2 on paperbacks! Pick any three paperbacks.",
            voice="corporate",
            network="website",
        ),
        # An order beside an e-mail address the parse takes for its subject: read with
        # the address aside.
        TransformExample(
            "We have pulled the stock. If you have one, email care@candles.co.uk for a "
            "returns label, send it back, and we will refund it.",
            "We have pulled the stock. If customers have one, they are asked to email "
            "care@candles.co.uk for a returns label, to send it back, and we will refund it.",
            master="Safety notice: please stop burning our three-wick candles.",
            voice="corporate",
            network="website",
        ),
        # A condition on "you" may be an order's the parse missed ("If you have one, email
        # …", "email" read as a noun): not said of customers alone. "Some of you" is said
        # of some customers.
        TransformExample(
            "If you missed it, the segment is online. Some of you are still waiting for your "
            "boxes.",
            "If you missed it, the segment is online. Some customers are still waiting for "
            "their boxes.",
            master="Our chef was on TV on Sunday night.",
            voice="corporate",
            network="website",
        ),
        # "Over 600 of you" → "Over 600 customers", "plenty of you" → "plenty of customers".
        TransformExample(
            "Over 600 of you answered our survey. Plenty of you said the queues are too long.",
            "Over 600 customers answered our survey. Plenty of customers said the queues are "
            "too long.",
            master="You told us, we listened. Over 600 of you answered our survey.",
            voice="corporate",
            network="website",
        ),
        # The heading the master opens on is the headline's, whatever stop it has now.
        TransformExample(
            "Please welcome Jordan to the family. Jordan joins our salon from Glasgow.",
            "Please welcome Jordan to the family. Jordan joins our salon from Glasgow.",
            master="Please welcome Jordan to the family! 👋 Jordan joins our salon from Glasgow.",
            voice="corporate",
            network="website",
        ),
        # An "its" the master did not write as "our" is not the brand's.
        TransformExample(
            "The Green Fork is looking for a line cook. The line cook will keep the grill and "
            "its hood clean.",
            "The Green Fork is looking for a line cook. The line cook will keep the grill and "
            "its hood clean.",
            master="We're hiring a line cook. You'll keep the grill and its hood clean.",
            profile={"brand_name": "The Green Fork"},
            voice="corporate",
            network="website",
        ),
        # What is not an order stays: a question, a formula, a wish, a quotation, a post.
        TransformExample(
            "Lessons restart on 7 September. Have a great summer, and see you in September!",
            "Lessons restart on 7 September. Have a great summer, and see you in September!",
            master="The studio closes for the summer on 25 July.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Please stop burning our 'Sea Salt & Fig' candles.",
            "Customers are asked to stop burning our 'Sea Salt & Fig' candles.",
            master="Safety notice: please stop burning our 'Sea Salt & Fig' candles.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Free workshop for café owners: 'Pricing your menu when costs go up'.",
            "Free workshop for café owners: 'Pricing your menu when costs go up'.",
            master="Free workshop for café owners on 3 October. Book your seat.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "“Come and taste the new vintage,” says the owner.",
            "“Come and taste the new vintage,” says the owner.",
            master="Our open days are on 23 and 24 May.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Our card terminal had a glitch. Have you been charged twice?",
            "Our card terminal had a glitch. Have you been charged twice?",
            master="Our card terminal had a glitch. We apologise.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Nous avons détecté un accès non autorisé.\nN'hésitez pas à nous écrire.",
            "Nous avons détecté un accès non autorisé.\nN'hésitez pas à nous écrire.",
            lang="fr",
            master="Nous avons détecté un accès non autorisé. Nous vous présentons nos excuses.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Some jars may contain glass. Don't eat them and bring them back to the shop.",
            "Some jars may contain glass. Don't eat them and bring them back to the shop.",
            master="We are recalling our honey. Don't eat it and bring it back to the shop.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _tables()

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        table = _tables()[lang]
        message = target.understood()
        brand = target.voice.brand_name
        readers = _readers_of(table, message.intent, f"{message.text}\n{brand or ''}")
        asked = table["asked"]["serious" if message.serious else "other"]
        # A job ad's "You will…"/« vous travaillerez » is the person hired's, as press-lead
        # says it where the note has a brand name (it runs only then).
        edits = _hiring_you(text, target, _person_table(lang), _REASON)
        hired = [(e.start, e.end) for e in edits]
        spans = protected_spans(text, target.protected_names)
        position = 0
        named = False  # whether the sentence before named the readers, at its start
        heading = _opening_heading(message.text)
        mark = text_apostrophe(text, target.voice, target.lang)
        for line in text.split("\n"):
            offset, position = position, position + len(line) + 1
            for first, last, after_hire in _untouched(line, offset, hired):
                whole = after_hire is None  # a clause of a statement is no heading
                sentence = line[first:last]
                start = offset + first
                found = _formula(sentence, lang, table, target, text[: offset + first])
                if (
                    whole
                    and found is None
                    and (is_heading(sentence) or (heading and _bare(sentence).startswith(heading)))
                ):
                    # The heading is the headline's to write, but an apology or a thanks
                    # (« Nous vous devons des excuses. ») is said of the customers anywhere.
                    named = False
                    continue
                if found is None:
                    # Right after a sentence that named the readers, they are "they",
                    # and an order asks them "also".
                    who = table["again"] if named else readers
                    verb = _also(asked, table["also"]) if named else asked
                    said = _Readers(who, verb, mark, readers, hire_named=bool(after_hire))
                    found = None
                    if message.intent is Intent.OFFER and lang == "en" and not named:
                        found = _unquoted(sentence, _offer_news(sentence, table, said, brand))
                        # A name it would rewrite is kept: the order is stated as it is.
                        if found and any(spans.overlaps(start + a, start + b) for a, b, _ in found):
                            found = None
                    if found is None:
                        found = _unquoted(sentence, _order(sentence, lang, table, said))
                    if found is None:
                        found = _unquoted(sentence, _addressed(sentence, lang, table, said))
                    # Only a sentence that opens on the readers names them for the next:
                    # "If customers have an allergy, they are asked…" or « Les missions des
                    # candidats » leave no "They" to follow.
                    named = found is not None and _names_readers(found, who)
                else:
                    named = False
                if found is None and brand and message.intent is Intent.HIRING and lang == "en":
                    found = _role_its(sentence, brand, target)
                if found is not None:
                    edits.extend(Edit(start + a, start + b, said, _REASON) for a, b, said in found)
        return [e for e in edits if not spans.overlaps(e.start, e.end)]


# An exclaimed opening and its emoji, before the sentence the post goes on with.
_EXCLAIMED = regex.compile(
    r".*?[!?]?[\s]*\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]*(?=\s+\p{Lu})"
)
_CLOSING = regex.compile(r"[.!…\s\p{Extended_Pictographic}\ufe0f\u200d]+$")


def _opening_heading(master: str) -> str:
    """The heading the master opens on ("Mark your calendars 🎄", "Look who made the
    paper! 📰 The Hamilton Ledger…", a short first sentence the layout makes the headline:
    « Nous vous devons des excuses. »), as :func:`_bare` writes it; "" when it opens on a
    longer sentence. The press note's headline says it, the layout's to write: the body's copy
    of it stays as it is, whatever stop the exclamations transform gave it."""
    line = master.strip().split("\n", 1)[0]
    found = statements(line)
    if not found:
        return ""
    first = line[found[0][0] : found[0][1]]
    exclaimed = _EXCLAIMED.match(first)
    heading = exclaimed.group() if exclaimed else first
    return _bare(heading) if is_heading(_bare(heading)) else ""


def _bare(sentence: str) -> str:
    """``sentence`` without its stop or emoji at the end, in lower case."""
    return str(_CLOSING.sub("", sentence).rstrip(" .…")).casefold()


_CLAUSE_BREAK = regex.compile(r"\s*;\s+")


def _untouched(
    line: str, offset: int, hired: list[tuple[int, int]]
) -> list[tuple[int, int, bool | None]]:
    """The statements of ``line`` (at ``offset`` in the text), as (start, end) in it,
    but those where the person hired was named (``hired``, the edits' spans): of such a
    statement, the clauses after or before its semicolons that were not touched
    (« la personne recrutée travaillera… ; nous vous apprendrons tout »), and whether
    the person hired was named in a clause before (None for a whole statement)."""
    pieces: list[tuple[int, int, bool | None]] = []
    for first, last in statements(line):
        if not any(offset + first <= a < offset + last for a, _ in hired):
            pieces.append((first, last, None))
            continue
        starts = [first, *(m.end() for m in _CLAUSE_BREAK.finditer(line, first, last))]
        ends = [*(m.start() for m in _CLAUSE_BREAK.finditer(line, first, last)), last]
        pieces.extend(
            (a, b, any(offset + first <= h < offset + a for h, _ in hired))
            for a, b in zip(starts, ends, strict=True)
            if not any(offset + a <= h < offset + b for h, _ in hired)
        )
    return pieces


def _readers_of(table: Mapping[str, Any], intent: Intent, text: str) -> str:
    """Who the orders address: the intent's readers, or those the master's words name (a
    health practice's patients, an app's users: ``named``; ``text`` the master and the
    brand's name) unless the note is a job ad's."""
    if intent is not Intent.HIRING:
        for entry in table["named"]:
            if intent.value in entry.get("not_for", ()):
                continue
            if "only_for" in entry and intent.value not in entry["only_for"]:
                continue
            if _named_words(tuple(entry["words"])).search(text):
                return str(entry["readers"])
    readers = table["readers"]
    return str(readers.get(intent.value, readers["default"]))


@cache
def _named_words(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{'|'.join(words)})\b", regex.I)


@cache
def _tables() -> Mapping[str, Any]:
    return load_table(_TABLE)  # type: ignore[no-any-return]


def _names_readers(found: _Found, who: str) -> bool:
    """Whether the edits ``found`` open their sentence on the readers, ``who``."""
    start, _, said = found[0]
    return start == 0 and said.casefold().startswith(who.casefold())


def _also(asked: str, also: str) -> str:
    """« sont invités » → « sont également invités », "are asked" → "are also asked"."""
    auxiliary, _, participle = asked.partition(" ")
    return f"{auxiliary} {also} {participle}"


# Edits on one sentence, as (start, end, replacement) offsets in it.
_Found = list[tuple[int, int, str]]


# --- Apologies and thanks -------------------------------------------------------------------


def _formula(
    sentence: str, lang: str, table: Mapping[str, Any], target: Target, before: str
) -> _Found | None:
    """An apology or a thanks to the reader, said of the customers."""
    brand = target.voice.brand_name
    body = sentence.rstrip(" .!\u00a0")
    for entry in table["formulas"]:
        said = entry["said"].replace("{brand}", regex.escape(brand) if brand else "(?!)")
        # The formula, then the sentence's end or its rest as written.
        found = regex.match(said.replace("'", "['’]") + r"(?=[\s,;:]|$)", body, regex.I)
        if found is None:
            continue
        groups = {k: v for k, v in found.groupdict().items() if v}
        who = groups.pop("who", None)
        if who is not None:
            first_person = who.lower() in ("nous", "we")
            written = entry["we" if first_person else "third"].format(who=who, **groups)
        elif brand:
            written = entry["third"].format(
                who=_brand_subject(brand, lang, target, before + sentence), **groups
            )
        else:
            written = entry["we"].format(**groups)
        written = match_case(written, body) if written[:1].islower() else written
        return [(0, found.end(), written)]
    return None


def _brand_subject(brand: str, lang: str, target: Target, text: str) -> str:
    """The brand as the subject of a sentence of ``text``'s end: its name (with its
    article: « la Ferme de Kerlann »), or what names it once the note has named it."""
    table = _person_table(lang)
    spoken = _with_article(brand, table["article_nouns"]) if lang == "fr" else brand
    # « du P'tit Cabanon » names « Le P'tit Cabanon » too.
    bare = regex.sub(r"^(?:the|le|la|les|l['’])\s*", "", brand, flags=regex.I)
    if bare.casefold() not in text.casefold():
        return spoken
    later = second_mention(brand, lang, table, text)[0]
    # « l’équipe » written with the text's own apostrophe.
    mark = text_apostrophe(text, target.voice, target.lang)
    return str(regex.sub("['’]", mark, later))


@cache
def _person_table(lang: str) -> Mapping[str, Any]:
    return load_table("press-person.yaml")[lang]  # type: ignore[no-any-return]


# --- Orders ---------------------------------------------------------------------------------


# A quotation, or a title in quotes, is quoted as said: "Please stop burning our 'Sea Salt
# & Fig' candles" may be stated, but not by rewriting "your" in 'Pricing your menu'.
_QUOTED = regex.compile(
    r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?|‘[^’]*’?|(?<![\p{L}\p{N}])'[^']+'(?![\p{L}\p{N}])"
)


def _plain(sentence: str) -> bool:
    """Whether ``sentence`` may be said of the readers: no question (it asks, it gives no
    order)."""
    return "?" not in sentence


def _unquoted(sentence: str, found: _Found | None) -> _Found | None:
    """``found``, or None when one of its edits falls in a quotation of ``sentence``."""
    if found is None:
        return None
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    if any(a < end and start < b for a, b, _ in found for start, end in quoted):
        return None
    return found


@dataclass(frozen=True, slots=True)
class _Readers:
    """Who the orders address ("customers", or "they" right after a sentence that named
    them), the passive that asks them ("are asked"), and the text's apostrophe."""

    who: str
    asked: str
    mark: str
    noun: str  # who the readers are, even where ``who`` says "they"
    # In a job ad, whether the person hired was named earlier in the statement: « la
    # personne recrutée travaillera… ; nous lui apprendrons tout ».
    hire_named: bool = False


def _order(sentence: str, lang: str, table: Mapping[str, Any], readers: _Readers) -> _Found | None:
    if not _plain(sentence):
        return None
    if lang == "en":
        # An address is read aside first: the parse reads the order around it better.
        by_mail = _english_order_by_mail(sentence, table, readers)
        found = by_mail or _english_order(parse(lang, sentence, entities=False), table, readers)
        return found or _english_order_misread(sentence, table, readers)
    return _french_order(parse(lang, sentence, entities=False), sentence, table, readers)


# An e-mail address, which the parser may take for the subject of the order before it.
_EN_ADDRESS = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _english_order_by_mail(
    sentence: str, table: Mapping[str, Any], readers: _Readers
) -> _Found | None:
    """ "If you have one, email care@shop.co.uk for a label, send it back": the parser
    reads "email" as a noun before the address it takes for a subject, or "send" as no
    order of the sentence's. Read with "us" in the address's place ("email us for a
    label"), the orders are the verbs they are; the edits are then put back where the
    address stands, none of them in it."""
    addresses = list(_EN_ADDRESS.finditer(sentence))
    if not addresses:
        return None
    masked, shifts = sentence, []  # (where in the masked text, how many characters fewer)
    for address in reversed(addresses):
        masked = masked[: address.start()] + "us" + masked[address.end() :]
    at = 0
    for address in addresses:
        shifts.append((address.start() - at, address.end() - address.start() - 2))
        at += address.end() - address.start() - 2
    found = _english_order(parse("en", masked, entities=False), table, readers)
    if found is None:
        return None

    def back(offset: int) -> int | None:
        moved = 0
        for start, fewer in shifts:
            if offset >= start + 2:
                moved += fewer
            elif offset > start:
                return None  # inside the address
        return offset + moved

    placed: _Found = []
    for start, end, said in found:
        a, b = back(start), back(end)
        if a is None or b is None or any(a < m.end() and m.start() < b for m in addresses):
            return None
        placed.append((a, b, said))
    return placed


_PLEASE = "Please "


def _english_order_misread(
    sentence: str, table: Mapping[str, Any], readers: _Readers
) -> _Found | None:
    """ "Book your first cleaning at seaside.ca or call…": the parser reads the opening verb
    as a noun, but no noun goes on with "your". Read with "Please" before it, the order is
    the verb it is; the edits are put back on the sentence as written."""
    doc = parse("en", sentence, entities=False)
    if len(doc) < 2 or doc[0].tag_ not in ("NN", "NNP") or doc[1].tag_ != "PRP$":
        return None
    if not doc[0].is_alpha or not doc[0].text[:1].isupper():
        return None
    asked = parse("en", _PLEASE + _lower_first(sentence), entities=False)
    found = _english_order(asked, table, readers)
    if found is None or found[0][0] != 0:
        return None  # the order stated must be the one the sentence opens on
    shift = len(_PLEASE)
    return [(max(a - shift, 0), b - shift, said) for a, b, said in found]


# English


# An offer's conditional order, "Sign up before January 31 and we'll waive the fee" or
# "buy two loaves and get a third free": the news is the offer, not the invitation.
def _offer_news(
    sentence: str, table: Mapping[str, Any], readers: _Readers, brand: str | None
) -> _Found | None:
    """ "Sign up at Acme before January 31 and the team will waive the fee." → "Acme will
    waive the fee for customers who sign up before January 31."; "buy any two loaves and
    get a third free" → "customers who buy any two loaves get a third free". None when
    the order is not the sentence's (or its colon's) opening, is negated, or speaks to
    "you" (who the readers are must be said once, by "who")."""
    if regex.search(r"\byou\b", sentence, regex.I):
        return None
    doc = parse("en", sentence, entities=False)
    verb = next((t for t in doc if _english_imperative(t, table)), None)
    if verb is None or not (verb.i == 0 or doc[verb.i - 1].text == ":"):
        return None
    then = next((c for c in verb.children if c.dep_ == "conj"), None)
    if then is None:
        return None
    joint = doc[then.left_edge.i - 1] if then.left_edge.i > 0 else None
    if joint is None or joint.lower_ != "and" or joint.i <= verb.i:
        return None
    end = len(sentence.rstrip(" .!"))
    order = _their(sentence[verb.idx : joint.idx].rstrip(" ,"))
    who = f"{readers.who} who {_lower_first(order)}"
    if then.tag_ == "VB" and not _has_subject(then) and then.lemma_ in table["offer_rewards"]:
        # "…and get a third free": the readers get it.
        opening = who if verb.i else match_case(who, "A")
        return [(verb.idx, end, f"{opening} {sentence[then.idx : end]}")]
    subject = next((c for c in then.children if c.dep_ == "nsubj"), None)
    will = [c for c in then.children if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll")]
    if subject is None or not will or verb.i != 0 or then.i < subject.i:
        return None
    giver = sentence[doc[subject.left_edge.i].idx : subject.idx + len(subject)]
    if regex.search(r"\b(?:your|yours|us|our)\b", sentence[then.idx : end], regex.I):
        return None
    offered = f"will {sentence[then.idx : end]} for"
    # "Sign up at Acme … and the team will…": Acme gives, named once, where it stands
    # (a name is not rewritten).
    at_brand = (
        regex.search(rf"\s+at\s+({regex.escape(brand)})\b", sentence[: joint.idx])
        if brand
        else None
    )
    if at_brand is not None and giver.lower() in ("the team", "we"):
        before, after = sentence[verb.idx : at_brand.start()], sentence[at_brand.end() : joint.idx]
        who = f"{readers.who} who {_lower_first(_their(before))}{_their(after).rstrip(' ,')}"
        return [(0, at_brand.start(1), ""), (at_brand.end(1), end, f" {offered} {who}")]
    return [(0, end, f"{match_case(giver, 'A')} {offered} {who}")]


def _their(phrase: str) -> str:
    """ "bring your bike" → "bring their bike": the readers' own, in an order said of them."""
    said = regex.sub(r"\byour\b", lambda m: match_case("their", m.group()), phrase, flags=regex.I)
    return str(said)


_EN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# "Come and collect them", "go and see": the second verb is the first's purpose.
_EN_MOTION = frozenset({"come", "go"})
_EN_YOU = {"your": "their", "yours": "theirs", "yourself": "themselves", "yourselves": "themselves"}


def _english_order(doc: Doc, table: Mapping[str, Any], readers: _Readers) -> _Found | None:
    verb = next((t for t in doc if _english_imperative(t, table)), None)
    if verb is None:
        return None
    start, negated = _english_opening(verb)
    if start is None:
        return None
    found: _Found = []
    fronted = [t for t in doc[: start.i] if t.lower_ == "you" and t.dep_ == "nsubj"]
    if start.i > 0 and not _fronted(doc, start, verb):
        return None
    # The sentence's opening, or its opening after the dateline (a dash after no verb:
    # "March 23, 2026 – Meet us at 10am").
    opens = start.i == 0 or (
        doc[start.i - 1].text in ("–", "—")
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[: start.i])
    )
    # A fronted "If you…," names the readers there; the order says "they" after it.
    who = readers.who
    subject = "they" if fronted else (match_case(who, "A") if opens else who)
    said = f"{subject} {readers.asked} {'not ' if negated else ''}to {_lower_first(verb.text)}"
    found.append((start.idx, verb.idx + len(verb), said))
    previous, stated = verb, {verb.i}
    for other in sorted(verb.conjuncts, key=lambda t: t.i):
        if other.i < verb.i:
            continue
        if _has_subject(other):
            break  # "…and we will refund you": the rest is that clause's
        opening, not_ = _english_opening(other)
        if other.tag_ != "VB" or opening is None or opening.i == 0:
            return None
        stated.add(other.i)
        joint = doc[opening.i - 1]
        while joint.pos_ == "ADV" and joint.i > 0:  # "and then call us"
            joint = doc[joint.i - 1]
        if joint.dep_ != "cc" and joint.text not in (",", ";"):
            return None  # "(link in our stories)": no order of the sentence's
        if joint.lower_ == "and" and joint.i == previous.i + 1 and previous.lemma_ in _EN_MOTION:
            previous = other
            continue  # "come and collect them": one order
        # "…not to eat it; bring it back" → "…not to eat it and to bring it back".
        at = joint.idx if joint.text == ";" else opening.idx
        joined = " and " if joint.text == ";" else ""
        found.append((at, opening.idx, f"{joined}{'not ' if not_ else ''}to "))
        previous = other
    if any(_maybe_order(t) and t.i not in stated for t in doc):
        return None  # "…not to click the link; just delete the message": a second order
    named = False
    for token in doc:
        word = token.lower_
        if word == "you":
            if token in fronted and not named:
                found.append((token.idx, token.idx + 3, match_case(readers.who, token.text)))
                named = True
            else:
                pronoun = "they" if token.dep_ in _EN_SUBJECTS else "them"
                found.append((token.idx, token.idx + 3, match_case(pronoun, token.text)))
        elif word in _EN_YOU:
            found.append((token.idx, token.idx + len(token), match_case(_EN_YOU[word], token.text)))
    return sorted(found)


def _english_imperative(token: Token, table: Mapping[str, Any]) -> bool:
    """A base-form verb heading the sentence, with no subject and no auxiliary but "do"."""
    if token.tag_ != "VB" or token.dep_ not in ("ROOT", "ccomp"):
        return False
    # "Spring service offer: get your bike ready": the label before the colon is no subject.
    labelled = token.i > 0 and token.doc[token.i - 1].text == ":"
    if any(c.dep_ in _EN_SUBJECTS and not (labelled and c.i < token.i) for c in token.children):
        return False
    if token.lemma_.lower() in table["not_orders"]:
        return False
    if token.dep_ == "ccomp" and token.head.i < token.i:
        return False  # "…said to call": a complement, not the sentence's order
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return all(a.lower_ == "do" and a.i < token.i for a in auxiliaries)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _EN_SUBJECTS for c in verb.children)


def _english_opening(verb: Token) -> tuple[Token | None, bool]:
    """Where ``verb``'s order starts ("Please", "do not", "don't" before it) and whether it
    is negated; None when other words stand between."""
    doc = verb.doc
    start, negated = verb, False
    index = verb.i - 1
    while index >= 0:
        word = doc[index].lower_
        if word in ("not", "n't"):
            negated = True
        elif word not in ("do", "please"):
            break
        start = doc[index]
        index -= 1
    if negated and not any(doc[i].lower_ == "do" for i in range(start.i, verb.i)):
        return None, False
    return start, negated


def _fronted(doc: Doc, start: Token, verb: Token) -> bool:
    """Whether what stands before the order is a clause or phrase of its own, closed by a
    comma ("If you still see one after that, email…"), or a statement the order follows
    after a colon."""
    before = doc[start.i - 1]
    if before.text in (":", ";", "–", "—"):
        # "Phone refills are working as normal: call the pharmacy…", or the dateline's
        # dash before the lead: "March 23, 2026 – Meet us at 10am…".
        return True
    if before.text != ",":
        return False
    return all(t.is_punct or t.head.i >= start.i or verb.is_ancestor(t) for t in doc[: start.i])


def _lower_first(word: str) -> str:
    return word[:1].lower() + word[1:] if word[1:2].islower() or len(word) == 1 else word


# French

_FR_COORDINATION = regex.compile(r"(?:\b(?:et|ou)\s+|,\s*)$", regex.I)
# What follows a reminder's order (« Pensez à »): « à » and the infinitive it asks for.
_REMINDED = regex.compile(r"\s+à(?=\s+\p{Ll})")
_FR_MERCI = regex.compile(r"^merci\s+(?:de\s+|d['’])", regex.I)
_FR_AND_DE = regex.compile(r"\b(?:et|ou)\s+(de\s+|d['’])", regex.I)


def _french_order(
    doc: Doc, sentence: str, table: Mapping[str, Any], readers: _Readers
) -> _Found | None:
    merci = _FR_MERCI.match(sentence)
    condition = _french_condition(doc, sentence, readers)
    if merci is not None:
        found = _french_merci(doc, sentence, merci, readers)
    else:
        found = _french_imperatives(doc, sentence, table, readers, named=condition is not None)
    if found is None:
        return None
    return _french_rest(doc, [*(condition or []), *found], table)


# A fronted condition on the reader, closed by its comma before the order: « Si vous avez
# acheté un pot de ce lot, ne le consommez pas ».
_FR_CONDITION = regex.compile(
    r"^(?P<si>si|s['’]il)\s+(?P<vous>vous)\s+(?:(?P<clitic>en|y)\s+)?(?P<verb>\p{L}+)\b", regex.I
)
# The verbs a condition on the reader opens on, « vous » form → « ils » form: the
# auxiliaries of the compound past and the verbs of having, wanting and noticing.
_FR_THIRD_PLURAL = {
    "avez": "ont",
    "êtes": "sont",
    "pouvez": "peuvent",
    "voulez": "veulent",
    "possédez": "possèdent",
    "détenez": "détiennent",
    "souhaitez": "souhaitent",
    "constatez": "constatent",
    "remarquez": "remarquent",
    "trouvez": "trouvent",
    "utilisez": "utilisent",
    "conservez": "conservent",
}


def _french_condition(doc: Doc, sentence: str, readers: _Readers) -> _Found | None:
    """« Si vous avez acheté ce pot, » → « Si les clients ont acheté ce pot, »: the readers
    named in the condition (the order after it says « ils »); None when the sentence opens
    on no such condition, its verb is not in the table, or no comma closes it."""
    found = _FR_CONDITION.match(sentence)
    if found is None or "," not in sentence[found.end() :]:
        return None
    verb = found.group("verb")
    plural = _FR_THIRD_PLURAL.get(verb.lower())
    vous = next((t for t in doc if t.idx == found.start("vous")), None)
    if plural is None or vous is None or not vous.dep_.startswith("nsubj"):
        return None
    if found.group("si").lower() != "si":
        return None  # « s'il vous plaît », « s'il vous reste »: no condition on the reader
    clitic = f"{found.group('clitic')} " if found.group("clitic") else ""
    return [(found.start("vous"), found.end("verb"), f"{readers.who} {clitic}{plural}")]


def _french_rest(doc: Doc, found: _Found, table: Mapping[str, Any]) -> _Found | None:
    """``found`` and the edits that make the rest of ``doc``'s second person the
    readers': « votre » → « leur », « vous » → « leur » or « les »; None when a « vous »
    cannot be read with confidence."""
    taken = [(a, b) for a, b, _ in found]
    found = list(found)
    for token in doc:
        if any(a <= token.idx < b for a, b in taken):
            continue
        word = token.lower_
        if word in ("votre", "vos"):
            their = "leur" if word == "votre" else "leurs"
            found.append((token.idx, token.idx + len(token), match_case(their, token.text)))
        elif word == "vous":
            object_clitic = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if object_clitic is not None and object_clitic.lower_ in ("le", "la", "les"):
                # « on vous les échange » → « on les leur échange »: before a direct object
                # pronoun « vous » is the indirect one, and « leur » comes after it.
                # The small model may tag the verb a noun (« la rembourse »): a lower-case
                # word after the two pronouns is their verb.
                verb = doc[object_clitic.i + 1] if object_clitic.i + 1 < len(doc) else None
                if verb is None or not (verb.is_alpha and verb.text.islower()):
                    return None
                end = object_clitic.idx + len(object_clitic)
                pair = f"{object_clitic.lower_} leur"
                found.append((token.idx, end, match_case(pair, token.text)))
                taken.append((token.idx, end))
                continue
            said = _french_vous(token, table)
            if said is None:
                return None
            found.append((token.idx, token.idx + len(token), match_case(said, token.text)))
    return sorted(found)


def _french_vous(vous: Token, table: Mapping[str, Any]) -> str | None:
    """« vous » as the readers, not the subject: « leur » before a verb that takes it
    indirectly, « les » as a direct object; None when neither is certain."""
    doc = vous.doc
    # The parser may read « vous » as a second subject (« l'appli vous propose »): it is
    # one only where no other subject of its verb comes before it.
    if vous.dep_.startswith("nsubj") and not any(
        c.dep_.startswith("nsubj") and c.i < vous.i for c in vous.head.children
    ):
        return None
    following = next((t for t in doc[vous.i + 1 :] if t.pos_ in ("VERB", "AUX")), None)
    if following is None:
        return None
    # The verb the pronoun goes with: the participle after « seront », or the next verb.
    verb = following
    if following.pos_ == "AUX" and following.head.pos_ == "VERB":
        verb = following.head
    # The table decides, not the parser: it reads « vous » as the indirect object of
    # « aider » and « accueillir » too.
    if verb.lemma_ in table["indirect"]:
        return "leur"
    if vous.dep_ == "obj":
        return "les"
    return None


def _french_merci(
    doc: Doc, sentence: str, merci: regex.Match[str], readers: _Readers
) -> _Found | None:
    """« Merci de retirer ce jouet et de le ramener » → « Les clients sont invités à
    retirer ce jouet et à le ramener »."""
    after = next((t for t in doc if t.idx >= merci.end()), None)
    infinitives = [t for t in doc if "Inf" in t.morph.get("VerbForm", [])]
    if after is None or not infinitives or infinitives[0].idx > merci.end() + 30:
        return None
    found: _Found = [(0, merci.end(), f"{match_case(readers.who, 'A')} {readers.asked} à ")]
    for other in _FR_AND_DE.finditer(sentence, merci.end()):
        found.append((other.start(1), other.end(1), "à "))
    return found


def _french_imperatives(
    doc: Doc, sentence: str, table: Mapping[str, Any], readers: _Readers, *, named: bool = False
) -> _Found | None:
    """The orders of ``doc`` said of the readers (« Les clients sont invités à… »): « ils »
    when a condition before them ``named`` them already."""
    forms = verb_forms(get_pipeline("fr").nlp)
    if forms is None:
        return None
    verbs = [
        doc[i.index]
        for i in find_imperatives(doc, "fr", forms)
        if i.person == 2 and i.number == "Plur"
    ]
    if not verbs:
        return None
    first = verbs[0]
    # The coordinated orders the clause-start reading misses (« et rapportez-les »).
    for token in doc[first.i + 1 :]:
        if (
            token not in verbs
            and is_vous_order(token.lower_, forms)
            and _FR_COORDINATION.search(sentence[: token.idx])
        ):
            verbs.append(token)
    found: _Found = []
    for index, verb in enumerate(sorted(verbs, key=lambda t: t.i)):
        lemma = order_lemma(verb.lower_, forms)
        if lemma is None or lemma in table["not_orders"]:
            return None
        said = infinitive_phrase(sentence, verb, lemma, readers.mark)
        if said is None:
            return None
        start, end, written = said
        if lemma in table["reminders"] and not written.startswith("ne "):
            # « Pensez à commander » asks to order: the invitation takes the infinitive
            # after « à » (« invités à commander », not « invités à penser à commander »).
            after = _REMINDED.match(sentence, end)
            if after is None:
                return None
            end, written = after.end(), ""
        if index == 0:
            lead = match_case(readers.who, "A") if start == 0 else readers.who
            written = f"{'ils' if named else lead} {readers.asked} à {written}".rstrip()
        else:
            written = f"à {written}".rstrip()
        found.append((start, end, written))
    return found


# --- Statements addressed to the reader ---------------------------------------------------


def _addressed(
    sentence: str, lang: str, table: Mapping[str, Any], readers: _Readers
) -> _Found | None:
    """A statement that speaks to the reader, said of the readers: "should disappear from
    your statement" → "from customers' statements", « Vous pouvez le rapporter » → « Les
    clients peuvent le rapporter »."""
    if not _plain(sentence):
        return None
    if lang == "en":
        if not _EN_SECOND.search(sentence):
            return None
        return _english_addressed(parse(lang, sentence, entities=False), readers, table)
    if _FR_SUBJECT.search(sentence):
        return _french_subject(parse(lang, sentence, entities=False), sentence, table, readers)
    if _FR_VOUS.search(sentence):
        return _french_dative(parse(lang, sentence, entities=False), table, readers)
    if _FR_YOUR.search(sentence):
        return _french_possessives(parse(lang, sentence, entities=False), table, readers)
    return None


# « vous » opening a clause (the sentence, or after a comma, colon, semicolon or « et »),
# the object pronouns and « y »/« en » it may have before its verb.
_FR_SUBJECT = regex.compile(
    r"(?:^|(?<=[,:;]\s)|(?<=\bet\s))(?P<vous>vous)\s+"
    r"(?P<clitics>(?:ne\s+|n['’])?(?:(?:y|en|le|la|les|leur|lui)\s+|l['’])*)(?P<verb>\p{L}+)\b",
    regex.I,
)
# In a job ad, the verbs a « vous » subject is said of the applicants with: what they may or
# must do; any other is what the job asks (« Vous avez le permis B »).
_FR_HIRING_MODALS = frozenset({"pouvoir", "devoir"})
# The tenses a statement's « vous » verb is said in the third person plural.
_FR_STATED_TENSES = (Tense.PRESENT, Tense.IMPERFECT, Tense.FUTURE, Tense.CONDITIONAL)


def _french_subject(
    doc: Doc, sentence: str, table: Mapping[str, Any], readers: _Readers
) -> _Found | None:
    """« Vous renseignez vos horaires une fois, l'appli vous propose… » → « Les
    utilisateurs renseignent leurs horaires une fois, l'appli leur propose… »; « vous y
    trouverez » → « les internautes y trouveront »: each « vous » subject of a verb in the
    present, imperfect, future or conditional, the readers (« ils » once named), its verb
    in the third person plural; then the rest of the sentence's second person. None when a
    verb cannot be told for sure (unknown, of two readings, « vous vous », « vous êtes »
    before a word whose agreement is not the plural's)."""
    forms = verb_forms(get_pipeline("fr").nlp)
    if forms is None:
        return None
    hiring = readers.noun == table["readers"]["hiring"]
    found: _Found = []
    for match in _FR_SUBJECT.finditer(sentence):
        vous = next((t for t in doc if t.idx == match.start("vous")), None)
        verb = next((t for t in doc if t.idx == match.start("verb")), None)
        if vous is None or verb is None or not vous.dep_.startswith("nsubj"):
            return None
        word = match.group("verb").lower()
        read = [
            r
            for r in readings(word, forms.lemmas(word) | {verb.lemma_.lower()}, "pl")
            if r.tense in _FR_STATED_TENSES
        ]
        plurals = {third_person_plural(r.lemma, r.tense) for r in read}
        plural = plurals.pop() if len(plurals) == 1 else None
        if plural is None or word == "vous":
            return None  # unknown, of two readings, or « vous vous »
        if hiring and any(r.lemma not in _FR_HIRING_MODALS for r in read):
            # « Vous avez le permis B » is what the job asks, not what the applicants
            # have; « Vous devez avoir le permis B » is said of them as it is.
            return None
        if plural in ("sont", "seront", "étaient", "seraient") and not _plural_after(doc, verb):
            return None  # « vous êtes invité » may be one reader: « ils sont invité »
        clitics = _elided_before(match.group("clitics"), plural)
        if clitics is None:
            return None
        if found:
            who = str(table["again"])
        elif match.start() == 0:
            who = match_case(readers.who, "A")
        else:
            who = readers.who
        found.append(
            (
                match.start("vous"),
                match.end("verb"),
                f"{who} {clitics}{plural}",
            )
        )
    return _french_rest(doc, found, table) if found else None


def _elided_before(clitics: str, verb: str) -> str | None:
    """``clitics`` before ``verb``, the third person plural that replaces a « vous » form:
    « n' » written out before a consonant (« vous n'êtes » → « ils ne sont »); None for
    an « l' » whose « le » or « la » cannot be told (« vous l'êtes » → « ils le sont »?)."""
    if not clitics or clitics[-1] not in "'’" or starts_with_vowel(verb):
        return clitics
    if clitics[-2:-1].lower() == "n":
        return clitics[:-2] + match_case("ne", clitics[-2]) + " "
    return None


def _plural_after(doc: Doc, verb: Token) -> bool:
    """Whether the word after « êtes » (and its adverbs: « pas », « bien ») agrees with a
    plural subject as written (« nombreux », « invités », a noun phrase), not with one
    reader (« invité »)."""
    after = next((t for t in doc[verb.i + 1 :] if t.pos_ != "ADV"), None)
    if after is None or after.pos_ not in ("ADJ", "VERB"):
        return True
    return after.lower_.endswith(("s", "x"))


_FR_YOUR = regex.compile(r"\b(?:votre|vos)\b", regex.I)
_FR_VOUS = regex.compile(r"\bvous\b", regex.I)
# What may follow the noun « des clients » is put after: the end of its phrase.
_FR_PHRASE_END = frozenset({"PUNCT", "CCONJ", "VERB", "AUX", "SCONJ"})


def _french_dative(doc: Doc, table: Mapping[str, Any], readers: _Readers) -> _Found | None:
    """« L'équipe vous conseille de passer tôt » → « L'équipe conseille aux clients de
    passer tôt », « un bon vous sera envoyé avec votre numéro » → « un bon sera envoyé aux
    clients avec leur numéro »: one indirect « vous » of a verb whose subject is someone
    else, said after the verb (its participle), then « votre » → « leur »; a direct one
    the same way (« Elle vous attend » → « Elle attend les clients »). In a job ad,
    who « vous » is taught or paid is the person hired, not the applicants: « L'équipe
    vous apprendra tout » → « L'équipe apprendra tout à la personne recrutée »."""
    yous = [t for t in doc if t.lower_ == "vous"]
    hiring = readers.noun == table["readers"]["hiring"]
    if not yous or (len(yous) > 1 and hiring):
        return None
    vous = yous[0]
    # A later « vous » is the readers again, « leur » before a verb that takes it
    # indirectly (« Nous vous appelons afin de vous proposer une date » → « Nous appelons
    # les clients afin de leur proposer une date »); as a direct object it may be a
    # reflexive (« pour ne pas vous tromper »): the sentence stays.
    again: _Found = []
    for other in yous[1:]:
        following = doc[other.i + 1] if other.i + 1 < len(doc) else None
        if following is None or following.lemma_ not in table["indirect"]:
            return None
        again.append((other.idx, other.idx + len(other), match_case("leur", other.text)))
    if vous.i + 1 >= len(doc):
        return None
    finite = doc[vous.i + 1]
    verb = finite.head if finite.pos_ == "AUX" and finite.head.i > finite.i else finite
    if finite.pos_ not in ("VERB", "AUX") or verb.pos_ != "VERB":
        return None
    if any(t.pos_ not in ("AUX", "ADV") for t in doc[finite.i + 1 : verb.i]):
        return None
    # The verb's subject is someone else, before « vous » (the parser may read « vous »
    # as a second subject: « l'équipe vous conseille »); « vous » is then its indirect
    # object when the table of verbs says so (the parser reads one after « aider » too).
    subjects = [
        c for c in (*verb.children, *finite.children) if c.dep_.startswith("nsubj") and c.i < vous.i
    ]
    if verb.lemma_ in table["for_them"]:
        return _for_them(doc, vous, finite)
    # A direct object right after a simple tense (« Elle vous attend à la boutique » →
    # « Elle attend les clients à la boutique »); a compound one's participle would agree.
    direct = verb.lemma_ in table["direct"] and finite is verb
    if not direct and verb.lemma_ not in table["indirect"]:
        return None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    at = verb
    if direct:
        if not subjects or (hiring and readers.hire_named):
            return None  # « le » or « la »: the person hired's gender would tell
    elif hiring and after is not None and after.lower_ == "tout" and _closes(doc, after.i + 1):
        # « apprendra tout à la personne recrutée : pétrissage… »: after the « tout » it
        # teaches, which the colon's list may go on to detail.
        at, after = after, doc[after.i + 1] if after.i + 1 < len(doc) else None
    # « aux clients » goes before what the verb gives (« offre aux clients une bouteille »,
    # « conseille aux clients de passer »), never before an adverb (« rembourserons aux
    # clients intégralement ») or « rien » (« ne vous coûte rien »).
    elif not subjects or after is None or after.pos_ not in ("DET", "ADP"):
        return None
    if not subjects:
        return None
    if hiring:
        # One person: « votre » would be « son » or « sa », the noun's gender to tell.
        if any(t.lower_ in ("votre", "vos") for t in doc):
            return None
        if readers.hire_named:
            return [(vous.idx, vous.idx + len(vous), match_case("lui", vous.text))]
        hired = str(_person_table("fr")["hiring_you"]["role_default"])
        owner = (
            hired if direct else regex.sub(r"^la\s+", "à la ", regex.sub(r"^le\s+", "au ", hired))
        )
    elif direct:
        owner = readers.noun
    else:
        owner = "aux " + regex.sub(r"^les\s+", "", readers.noun, flags=regex.I)
    found: _Found = [
        (vous.idx, finite.idx, ""),
        (at.idx + len(at), at.idx + len(at), f" {owner}"),
    ]
    for token in doc[verb.i + 1 :]:
        if token.lower_ in ("votre", "vos"):
            their = "leur" if token.lower_ == "votre" else "leurs"
            found.append((token.idx, token.idx + len(token), match_case(their, token.text)))
    if any(t.lower_ in ("votre", "vos") for t in doc[: vous.i]):
        return None  # a « votre » before the readers are named: whose?
    return sorted([*found, *again])


def _for_them(doc: Doc, vous: Token, finite: Token) -> _Found | None:
    """« nous vous avons préparé une fiche » → « nous avons préparé une fiche »: whom it
    is done for goes, what is done stays. None where a « votre » would be left with no
    one's, or where the verb is an infinitive after « de » (« a le plaisir de vous… »,
    a formula the filler openings and the press headline read with its « vous »)."""
    if any(t.lower_ in ("votre", "vos") for t in doc):
        return None
    if vous.i > 0 and doc[vous.i - 1].lower_ == "de":
        return None
    return [(vous.idx, finite.idx, "")]


def _closes(doc: Doc, index: int) -> bool:
    """Whether the clause ends at ``doc[index]``: the sentence's end or a stop."""
    return index >= len(doc) or doc[index].text in (":", ".", ";", "!", "…", ",")


def _french_possessives(doc: Doc, table: Mapping[str, Any], readers: _Readers) -> _Found | None:
    """« Elle a entendu vos retours et a revu… » → « …les retours des clients et… »; a noun
    that goes on with a complement takes the article alone, « des clients » would land
    after the complement (« déduits de vos achats du soir » → « déduits des achats du
    soir »). None when a noun goes on otherwise (« vos retours enthousiastes ») or its
    article cannot be told (gender unknown, a mute or aspirated h)."""
    found: _Found = []
    # Whether the readers are named: « des clients » said, or the sentence speaks of them
    # already (« les candidats peuvent se présenter avec votre CV »): « vos » is « leurs ».
    bare = regex.sub(r"^les\s+", "", readers.noun, flags=regex.I)  # « clients »
    named = False
    for token in doc:
        if token.lower_ == bare.casefold():
            named = True
        word = token.lower_
        if word not in ("votre", "vos"):
            continue
        if named:
            # « pour vos soirées et vos mariages » → « pour les soirées des clients et
            # leurs mariages », not « … et les mariages des clients ».
            their = "leurs" if word == "vos" else "leur"
            found.append((token.idx, token.idx + len(token), match_case(their, token.text)))
            continue
        noun = doc[token.i + 1] if token.i + 1 < len(doc) else None
        after = doc[noun.i + 1] if noun is not None and noun.i + 1 < len(doc) else None
        if noun is None or noun.pos_ != "NOUN":
            return None
        article = _french_article(noun.text, plural=word == "vos", mark=readers.mark)
        if article is None:
            return None
        if after is not None and after.pos_ == "ADP":
            found.append(_article_alone(token, article))
            continue
        if after is not None and after.pos_ not in _FR_PHRASE_END:
            return None
        written = f"{match_case(article, token.text)}{noun.text} des {bare}"
        found.append((token.idx, noun.idx + len(noun), written))
        named = True
    return found or None


# « de » and « à » before the definite article: « de les » → « des », « à le » → « au ».
_FR_CONTRACTED = {
    ("de", "les "): "des ",
    ("à", "les "): "aux ",
    ("de", "le "): "du ",
    ("à", "le "): "au ",
}


def _article_alone(your: Token, article: str) -> tuple[int, int, str]:
    """The edit that writes ``article`` for « votre »/« vos », contracted with the « de »
    or « à » before it (« de vos achats » → « des achats »)."""
    # The article ends with its space or apostrophe: the edit ends at the noun.
    noun = your.doc[your.i + 1]
    before = your.doc[your.i - 1] if your.i > 0 else None
    if before is not None and before.lower_ in ("de", "à"):
        contracted = _FR_CONTRACTED.get((before.lower_, article))
        said = contracted or f"{before.text} {article}"
        return (before.idx, noun.idx, match_case(said, before.text))
    return (your.idx, noun.idx, match_case(article, your.text))


def _french_article(noun: str, *, plural: bool, mark: str) -> str | None:
    """The definite article before ``noun``, with its space or apostrophe."""
    if plural:
        return "les "
    if starts_with_h(noun):
        return None
    if starts_with_vowel(noun):
        return f"l{mark}"
    gender = known_noun_gender(noun)
    return {"m": "le ", "f": "la "}.get(gender or "")


_EN_SECOND = regex.compile(r"\byou(?:rs?|rself|rselves)?\b", regex.I)
# Nouns whose plural is not the regular one ("leaf", "child", "photo"): not made plural.
_EN_IRREGULAR_END = regex.compile(r"(?:f|fe|o|man|child|person|us|is)$", regex.I)


def _english_addressed(doc: Doc, readers: _Readers, table: Mapping[str, Any]) -> _Found | None:
    if any(_maybe_order(t) for t in doc):
        return None  # "Spring offer: get your bike ready" is an order, misread or not
    found: _Found = []
    named = False  # whether the readers are named in the sentence yet
    for token in doc:
        word = token.lower_
        if word not in _EN_YOU and word != "you":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if word == "you":
            if token.head.lemma_.lower() in ("thank", "see"):
                return None  # "Thank you", "See you soon": formulas, no one to name
            thanks = _thanks_to_you(token, readers)
            if thanks is not None:
                found.append(thanks)
                continue
            if token.dep_ == "pobj":
                # "Over 600 of you" → "Over 600 customers", "plenty of you" → "plenty of
                # customers"; any other "… of you" stays: who it is cannot be told.
                quantified = _of_you(token, readers)
                if quantified is None:
                    return None
                found.append(quantified)
                named = True
                continue
            if readers.noun == table["readers"]["hiring"] and token.dep_ == "nsubj":
                return None  # "where you will cook": the person hired, not the applicants
            if (
                token.dep_ == "nsubj"
                and any(c.dep_ == "mark" for c in token.head.children)
                and not _condition_on_readers(token)
            ):
                # "If you have one, email…": a condition is an order's, read or misread.
                return None
            if named or readers.who.lower() == "they":
                said = "they" if token.dep_ in _EN_SUBJECTS else "them"
            elif following is not None and following.text[:1] in "'’":
                return None  # "you're": the noun would need the verb written out
            else:
                said = readers.who
        elif word == "your" and not named and readers.who.lower() != "they":
            noun = token.head
            if noun.i != token.i + 1 or noun.tag_ not in ("NN", "NNS"):
                return None
            countable = noun.tag_ == "NN" and noun.lower_ not in table["uncountable"]
            if countable and noun.dep_ in _EN_SUBJECTS:
                return None  # "Your order ships": "Customers' orders ship" needs the verb too
            plural = _english_plural(noun.text) if countable else noun.text
            if plural is None:
                return None
            owner = f"{match_case(readers.who, token.text)}' {plural}"
            found.append((token.idx, noun.idx + len(noun), owner))
            named = True
            continue
        elif word == "your" or named or readers.who.lower() == "they":
            said = _EN_YOU[word]
        else:
            return None  # "yours" before the readers are named: whose?
        found.append((token.idx, token.idx + len(token), match_case(said, token.text)))
        named = True
    return found or None


def _condition_on_readers(you: Token) -> bool:
    """Whether ``you``, the subject of a condition, says which readers a statement is
    about: the condition's main clause has a subject of its own and speaks to the reader
    too ("If you had one, we will be in touch to find you a time", "If you ordered last
    week, your parcel was on it" → "If customers had one, … to find them a time"). Not a
    condition whose statement is no one's ("If you missed it, the segment is online")."""
    condition = you.head
    main = condition.head
    if condition.dep_ != "advcl" or main.i == condition.i:
        return False
    if not any(c.dep_ in _EN_SUBJECTS and c.lower_ != "you" for c in main.children):
        return False
    return any(t.lower_ in ("you", "your") for t in you.doc[condition.right_edge.i + 1 :])


def _thanks_to_you(you: Token, readers: _Readers) -> tuple[int, int, str] | None:
    """ "Thanks to you, Second Shift Tool Library lent out…" → "Thanks to its members,
    …": the edit, when the sentence goes on with a name or a noun as its subject (not
    "we", whose readers would be "our"); None otherwise."""
    doc = you.doc
    if you.i < 2 or [t.lower_ for t in doc[you.i - 2 : you.i]] != ["thanks", "to"]:
        return None
    if you.i + 1 >= len(doc) or doc[you.i + 1].text != ",":
        return None
    subject = next((t for t in doc[you.i + 2 :] if t.dep_ in _EN_SUBJECTS), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    noun = regex.sub(r"^the\s+", "", readers.noun, flags=regex.I)
    return (you.idx, you.idx + len(you), f"its {noun}")


# How many of the readers: "some of you" → "some customers" (the "of" goes), or "plenty
# of you" → "plenty of customers" (it stays).
_EN_COUNTED = frozenset({"some", "many", "most", "all", "few", "several", "both"})
_EN_OF_READERS = frozenset({"plenty", "lot", "lots", "dozens", "hundreds", "thousands"})


def _of_you(you: Token, readers: _Readers) -> tuple[int, int, str] | None:
    """The edit that says "… of you" of the readers, or None."""
    doc = you.doc
    if you.i < 2 or doc[you.i - 1].lower_ != "of":
        return None
    of, amount = doc[you.i - 1], doc[you.i - 2]
    noun = regex.sub(r"^the\s+", "", readers.noun, flags=regex.I)
    if amount.lower_ in _EN_COUNTED or amount.like_num:
        return (of.idx, you.idx + len(you), match_case(noun, you.text))
    if amount.lower_ in _EN_OF_READERS:
        return (you.idx, you.idx + len(you), match_case(noun, you.text))
    return None


def _maybe_order(token: Token) -> bool:
    """A base-form verb that heads a clause with no subject and no auxiliary ("email your
    resume"), or opens the sentence or what follows its colon: an order the imperative
    reading may have missed."""
    if token.tag_ != "VB" or token.dep_ in ("aux", "auxpass"):
        return False  # "Do not eat it": "Do" is the order's auxiliary
    if token.i == 0 or token.doc[token.i - 1].text == ":":
        return True  # "Spring service offer: get your bike ready", its label read a subject
    if token.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return False
    # A coordinated verb shares the subject of the nearest verb it is coordinated with
    # that has one ("the team will waive the fee and throw in a session").
    verb = token
    while True:
        if any(c.dep_ in (*_EN_SUBJECTS, "aux", "auxpass") for c in verb.children):
            return False
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return True
        verb = verb.head


def _english_plural(noun: str) -> str | None:
    """A regular English noun's plural ("statement" → "statements", "box" → "boxes",
    "delivery" → "deliveries"); None for one whose plural may not be regular."""
    if not noun.isalpha() or not noun.islower() or _EN_IRREGULAR_END.search(noun):
        return None
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# --- The role's "its" -----------------------------------------------------------------------


def _role_its(sentence: str, brand: str, target: Target) -> _Found | None:
    """ "The line cook will prep its menu": the role is the subject, so an "its" that was
    the master's "our" ("our seasonal menu") is the brand's ("The Green Fork's menu")."""
    if not regex.search(r"\bits\b", sentence, regex.I):
        return None
    message = target.understood()
    roles = {f.text.lower().split()[-1] for f in message.of_role(Role.WHAT) if f.text.split()}
    doc = parse("en", sentence, entities=False)
    subject = next((t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in roles:
        return None
    mark = text_apostrophe(sentence, target.voice, target.lang)
    ours = message.text.lower()
    return [
        (t.idx, t.idx + 3, f"{brand}{mark}s")
        for t in doc[subject.i + 1 : -1]
        if t.lower_ == "its" and f"our {doc[t.i + 1].lower_}" in ours
    ] or None


TRANSFORMS = (PressReaders(),)
