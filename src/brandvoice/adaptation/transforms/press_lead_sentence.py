"""A press note's lead is a sentence that says who does what, not a post's label:
« Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). » → « Nous recrutons un·e
développeur·se front-end en CDI à Lyon 7e. », "Shipping today: new exports." → "We are
launching new exports today.", "Heads up if you dined with us last Friday: our terminal
had a glitch that…" → "Last Friday, our terminal had a glitch that…".

A journalist quotes a lead as it stands; "Shipping today:" or "Heads up" is the voice of a
feed. Only the first sentence is rewritten, and only on a label the data knows
(``adaptation/data/press-lead-sentences.yaml``):

- an announcing label ("Poste à pourvoir", "New on our YouTube channel", "PRODUCT
  RECALL") over a verbless object becomes « nous » / "we" and the intent's verb, the
  object (with its article) and the label's own facts ("today", "on our YouTube
  channel"). The label stays the headline, on a line of its own over the new lead
  (:func:`brandvoice.adaptation.headline.opening` reads it so): whole when it is short
  enough for one, else up to its first comma, else its object, else the label alone; with
  none of them the master's sentence stays (the layout would cut the headline from the
  lead, and say it twice). A label that names who acts (« Nouveau sur Covoit'Rade : … »,
  "New at Spoke & Anchor Cycles: …") makes them the subject, the verb in the third person
  (« Covoit'Rade lance … »); a workshop or an offer label needs one (the brand's name, else
  the label's), or the lead stays.
- a label that only calls for attention ("Heads up…", « Erratum ») over a full sentence
  goes, a day it gave opening the sentence; the headline is the label when a press note
  may title so (« Erratum »), else the lead's main clause with its determiner ("Our card
  terminal provider had a glitch": a headline with a verb is a sentence), never the lead's
  opening words.

A notice label over a verbless closing says who closes (« Info garage : fermeture
exceptionnelle le 14 mai » → « Le Garage Bernardi ferme exceptionnellement le 14 mai »,
the business the brand's name or the signature). A talk's line says who gives it
(« Conférence « … » par Hélène Giraud » → « Hélène
Giraud donne une conférence « … » »). An award's verbless prize line (« Médaille d'or au
Concours Général Agricole pour notre rosé 2025 ») says who won it (« Notre rosé 2025
remporte la médaille d'or… »), the prize its headline. Two more leads a press note words
its own way: the post's invitation ("Join us <day> for <event>") says what the business
hosts ("We are hosting <event> on <day>"), under the event as headline; and a
partnership's headline names the partner the lead gives
(« Nouveau partenariat avec la Brûlerie des Alpilles »).

The press-lead transform (after this one) then names the brand for « nous » / "we" when
the profile gives one: one place says how a press note names the brand. When unsure (a
verb in the object, an article the gender lexicon cannot give, a protected name the
rewrite would move, a label holding a fact the lead would lose) the master's sentence
stays.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from brandvoice.adaptation.headline import HEADING_MAX_WORDS, HEADLINE_WORD, is_heading
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.press_lead import writes_press_note
from brandvoice.adaptation.wording.data import load_table
from brandvoice.lang import base_language
from brandvoice.text.french.contraction import with_preposition
from brandvoice.text.french.gender import Gender, known_noun_gender, noun_gender
from brandvoice.text.protect import protected_spans
from brandvoice.understand.model import Intent, Role

_BRAND = {"brand_name": "Acme"}
# The label, its colon (French puts a space before it) and the spaces after.
# A dash after a space says the same ("RAPPEL PRODUIT – Pesto…").
_COLON = r"(?:[ \u00a0\u202f]*:|[ \u00a0\u202f]+[–—])[ \u00a0\u202f]+"
_OPENING_EMOJI = regex.compile(r"(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0\u202f]*)+")
# A lead ends on a stop (an emoji may follow): a line without one is a heading, which the
# layout makes the headline (headline.py).
_END = regex.compile(
    r"[.!?…][ \u00a0\u202f]*(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0\u202f]*)*(?=\s|$)"
)
# Words a sentence opens on that take no capital once a day comes before them.
_COMMON_OPENERS = frozenset(
    ["our", "the", "a", "an", "some", "we", "notre", "nos", "le", "la", "les", "nous", "un", "une"]
)
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}·]+(?:['’\-][\p{L}\p{N}·]+)*")
# A job's brackets: « (CDI, Lyon 7e) ».
_BRACKETS = regex.compile(r"[ \u00a0]\(([^()]+)\)$")
_TRAILING = regex.compile(r"[ \u00a0\u202f]*[.!?…]+[ \u00a0\u202f]*$")


@dataclass(frozen=True, slots=True)
class _Piece:
    """A piece of the new lead: the master's ``text[start:end]`` kept as is (``said`` is
    None), or new words."""

    start: int = 0
    end: int = 0
    said: str | None = None


class PressLeadSentence(Transform):
    id = "press-lead-sentence"
    stage = Stage.BODY
    # After « on » → « nous » (45), before the person rules name the brand (50-52): the
    # lead is written with « nous » / "we" and named as every other sentence is.
    order = 47
    summary = (
        "A press note's lead says who does what: a label over a verbless object ('Poste à "
        "pourvoir : développeur·se (CDI, Lyon 7e).') becomes a sentence ('Nous recrutons "
        "un·e développeur·se en CDI à Lyon 7e.'); a label that only calls for attention "
        "('Heads up…:') goes."
    )
    examples = (
        # The label stays the headline, on a line of its own; the lead says the news.
        TransformExample(
            "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e). Salaire de 38 k€.",
            "Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e)\nNous recrutons un·e "
            "développeur·se front-end en CDI à Lyon 7e. Salaire de 38 k€.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Shipping today: recurring invoices. Set a schedule once.",
            "Shipping today: recurring invoices\nWe are launching recurring invoices today. Set "
            "a schedule once.",
            voice="corporate",
            network="website",
        ),
        # "YouTube" is a name no edit may move: the object comes to the label's words.
        TransformExample(
            "New on our YouTube channel: a 6-minute tutorial on curly hair. Amara shows how.",
            "New on our YouTube channel: a 6-minute tutorial on curly hair\nWe have published a "
            "6-minute tutorial on curly hair on our YouTube channel. Amara shows how.",
            voice="corporate",
            network="website",
        ),
        # A title that ends on its own question mark is no heading: the label alone is.
        TransformExample(
            "Nouvel article sur le blog : « Vélo ou gravel : comment choisir ? » On y compare "
            "les deux.",
            "Nouvel article sur le blog\nNous publions un nouvel article sur le blog : « Vélo ou "
            "gravel : comment choisir ? » On y compare les deux.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "PRODUCT RECALL: Oat & Raisin Cookies (6-pack), best before 18/05/2026. Do not eat "
            "them.",
            "PRODUCT RECALL: Oat & Raisin Cookies (6-pack), best before 18/05/2026\nWe are "
            "recalling Oat & Raisin Cookies (6-pack), best before 18/05/2026. Do not eat them.",
            voice="corporate",
            network="website",
        ),
        # Too long for a headline whole: the label and the object's first clause.
        TransformExample(
            "Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %), résultat net positif pour la "
            "deuxième année consécutive, 14 collaborateurs. Merci à nos clients.",
            "Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %)\nNous publions nos résultats "
            "de l'exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %), résultat net positif "
            "pour la deuxième année consécutive, 14 collaborateurs. Merci à nos clients.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A heading made of the master's words keeps them where they stand, a name in them
        # too; the lead is written under it.
        TransformExample(
            "Soldes d'hiver chez Acme : jusqu'à -50 % sur les manteaux, pulls et bottines, dès "
            "mercredi 7 janvier 8 h. À bientôt.",
            "Soldes d'hiver chez Acme : jusqu'à -50 % sur les manteaux\nNous lançons nos soldes "
            "d'hiver : jusqu'à -50 % sur les manteaux, pulls et bottines, dès mercredi 7 janvier "
            "8 h. À bientôt.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Summer internship at Acme (Montréal/hybrid): 12 weeks, paid, starting Monday 4 May. "
            "Apply by Friday 3 April.",
            "Summer internship at Acme (Montréal/hybrid): 12 weeks\nWe are offering a summer "
            "internship (Montréal/hybrid): 12 weeks, paid, starting Monday 4 May. Apply by "
            "Friday 3 April.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A product named after the brand stays where it is: who acts is not said twice.
        TransformExample(
            "Shipping today: recurring invoices in Acme. Set a schedule once.",
            "Shipping today: recurring invoices in Acme\nRecurring invoices are available in "
            "Acme from today. Set a schedule once.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A label that names who acts makes them the subject, the verb in the third person.
        TransformExample(
            "Nouveau sur Covoit'Rade : le trajet domicile-travail partagé entre collègues. "
            "Inscription en 2 minutes.",
            "Nouveau sur Covoit'Rade : le trajet domicile-travail partagé entre collègues\n"
            "Covoit'Rade lance le trajet domicile-travail partagé entre collègues. Inscription "
            "en 2 minutes.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # The preposition's article stays with the name: « de la Scop » → « La Scop ».
        TransformExample(
            "Bilan 2025 de la Scop Bâti-Sud : 3,2 M€ de chiffre d'affaires (+11 %), 42 "
            "salariés dont 31 associés, et 8 % du résultat reversés en participation. Merci.",
            "Bilan 2025 de la Scop Bâti-Sud : 3,2 M€ de chiffre d'affaires\nLa Scop Bâti-Sud "
            "publie son bilan 2025 : 3,2 M€ "
            "de chiffre d'affaires (+11 %), 42 salariés dont 31 associés, et 8 % du résultat "
            "reversés en participation. Merci.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "New at Spoke & Anchor Cycles: e-bike rentals! Helmets and locks included.",
            "New at Spoke & Anchor Cycles: e-bike rentals\nSpoke & Anchor Cycles launches "
            "e-bike rentals. Helmets and locks included.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "New episode of The Shopfront Podcast: 'What worked on Instagram this year'. It "
            "runs 42 minutes.",
            "New episode of The Shopfront Podcast: 'What worked on Instagram this year'\nThe "
            "Shopfront Podcast releases a new episode: 'What worked on Instagram this year'. It "
            "runs 42 minutes.",
            voice="corporate",
            network="website",
        ),
        # The same heading over a sentence of its own: who acts opens the sentence.
        TransformExample(
            "New episode of The Shopfront Podcast 🎙️ We sat down with three shop owners. It "
            "runs 42 minutes.",
            "New episode of The Shopfront Podcast 🎙️\nThe Shopfront Podcast releases a new "
            "episode: we sat down with three shop owners. It runs 42 minutes.",
            voice="corporate",
            network="website",
        ),
        # A workshop or an offer needs who holds it: the brand's name, the label the headline.
        TransformExample(
            "Free workshop for café and bakery owners: 'Pricing your menu when costs keep going "
            "up'. Seats are limited.",
            "Free workshop for café and bakery owners\nAcme holds a free workshop for café and "
            "bakery owners on 'Pricing your menu when costs keep going up'. Seats are limited.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Spring offer: 20% off all tyres until 31 March. Book online.",
            "Spring offer: 20% off all tyres until 31 March\nAcme offers 20% off all tyres "
            "until 31 March. Book online.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # Nobody named: the label stays (no « nous » made up for a workshop).
        TransformExample(
            "Free workshop for café and bakery owners: 'Pricing your menu when costs keep going "
            "up'. Seats are limited.",
            "Free workshop for café and bakery owners: 'Pricing your menu when costs keep going "
            "up'. Seats are limited.",
            voice="corporate",
            network="website",
        ),
        # « chez nous » names nobody: the label stays.
        TransformExample(
            "Nouveau chez nous : la carte d'hiver. À bientôt.",
            "Nouveau chez nous : la carte d'hiver. À bientôt.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A dash says what a colon does; the capital after it was the label's, not a name's.
        TransformExample(
            "RAPPEL PRODUIT – Pesto au basilic « Maison Castellane », lot P2607. Ne le "
            "consommez pas.",
            "RAPPEL PRODUIT – Pesto au basilic « Maison Castellane », lot P2607\nNous "
            "rappelons le pesto au basilic « Maison Castellane », lot P2607. Ne le consommez "
            "pas.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A recalled product's details ("ages 2–3", "sold in May") are no verb of its own.
        TransformExample(
            "Product recall: Little Fern kids' hoodies, ages 2–3 and 3–4, sold in May. Stop "
            "using them.",
            "Product recall: Little Fern kids' hoodies\nWe are recalling Little Fern kids' "
            "hoodies, ages 2–3 and 3–4, sold in May. Stop using them.",
            voice="corporate",
            network="website",
        ),
        # A notice label over a verbless closing: who closes, named by the signature.
        TransformExample(
            "Info garage : fermeture exceptionnelle le jeudi 14 mai (Ascension). Réouverture "
            "lundi.\nGarage Bernardi, Le Beausset",
            "Fermeture exceptionnelle du Garage Bernardi\nLe Garage Bernardi ferme "
            "exceptionnellement le jeudi 14 mai (Ascension). Réouverture lundi.\nGarage "
            "Bernardi, Le Beausset",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Info boutique : fermeture exceptionnelle le jeudi 14 mai. Réouverture lundi.",
            "Fermeture exceptionnelle d'Acme\nAcme ferme exceptionnellement le jeudi 14 mai. "
            "Réouverture lundi.",
            lang="fr",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # Nobody named: the notice stays.
        TransformExample(
            "Info boutique : fermeture exceptionnelle le jeudi 14 mai. Réouverture lundi.",
            "Info boutique : fermeture exceptionnelle le jeudi 14 mai. Réouverture lundi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A talk's line says who gives it; the talk and its title the headline.
        TransformExample(
            "Conférence « Les moulins à huile du Haut-Var » par Hélène Giraud, historienne. "
            "Entrée libre.",
            "Conférence « Les moulins à huile du Haut-Var »\nHélène Giraud, historienne, donne "
            "une conférence « Les moulins à huile du Haut-Var ». Entrée libre.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Talk 'The history of Leeds pubs' by Jane Smith. Entry is free.",
            "Talk 'The history of Leeds pubs'\nJane Smith gives a talk on 'The history of Leeds "
            "pubs'. Entry is free.",
            voice="corporate",
            network="website",
        ),
        # No title the talk names: the line stays.
        TransformExample(
            "Conférence sur les moulins par Hélène Giraud. Entrée libre.",
            "Conférence sur les moulins par Hélène Giraud. Entrée libre.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # An award's prize line says who won: the owner wins the prize, the prize titles.
        TransformExample(
            "Médaille d'or au Concours Général Agricole pour notre rosé 2025 « Cuvée Lumière » "
            "! Une immense fierté pour l'équipe.",
            "Médaille d'or au Concours Général Agricole\nNotre rosé 2025 « Cuvée Lumière » "
            "remporte la médaille d'or au Concours Général Agricole. Une immense fierté pour "
            "l'équipe.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Gold medal at the Great Taste Awards for our seeded sourdough! Thanks to the team.",
            "Gold medal at the Great Taste Awards\nOur seeded sourdough wins a gold medal at the "
            "Great Taste Awards. Thanks to the team.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A line with a verb of its own is a sentence already.
        TransformExample(
            "Médaille d'or au Concours Général Agricole pour notre rosé, que nous avons vendangé "
            "en septembre. Merci.",
            "Médaille d'or au Concours Général Agricole pour notre rosé, que nous avons vendangé "
            "en septembre. Merci.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A label that only calls for attention goes; the day it gave opens the lead.
        TransformExample(
            "Heads up if you dined with us last Friday: our card terminal provider had a glitch "
            "that charged some payments twice. Refunds are automatic.",
            "Our card terminal provider had a glitch\nLast Friday, our card terminal provider had "
            "a glitch that charged some payments twice. Refunds are automatic.",
            voice="corporate",
            network="website",
        ),
        # The post's joy before the news: the press note states the news.
        TransformExample(
            "We're chuffed to bits: The Fox & Lantern has been named Pub of the Year 2026 by "
            "the Derbyshire Real Ale Society! Thank you all.",
            "The Fox & Lantern has been named Pub of the Year 2026 by the Derbyshire Real Ale "
            "Society. Thank you all.",
            voice="corporate",
            network="website",
        ),
        # The brand's name opening the news is protected: the lead starts on it as written.
        TransformExample(
            "We're thrilled: Acme has been named Shop of the Year. Thank you all.",
            "Acme has been named Shop of the Year. Thank you all.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # Words before the subject are no headline: the lead's main clause is the whole
        # sentence after them, so the note gets its headline elsewhere.
        TransformExample(
            "Big news from the studio: after six great years in Toulon, Acme is moving to 12 "
            "Quai de la Sinse on Monday 2 March. Our phones stay the same.",
            "After six great years in Toulon, Acme is moving to 12 Quai de la Sinse on Monday 2 "
            "March. Our phones stay the same.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        TransformExample(
            "Grande nouvelle chez nous : nous ouvrons un deuxième magasin à Hyères le 3 juin. "
            "Merci à tous.",
            "Nous ouvrons un deuxième magasin à Hyères le 3 juin. Merci à tous.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "C'est officiel : notre boulangerie rouvre le 4 mai. Merci à tous.",
            "Notre boulangerie rouvre le 4 mai. Merci à tous.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # One a press note may title with stays the headline.
        TransformExample(
            "Erratum : une erreur s’est glissée dans notre catalogue. Le prix est de 349 €.",
            "Erratum\nUne erreur s’est glissée dans notre catalogue. Le prix est de 349 €.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "The numbers are in from our row-a-thon: 212 members rowed 3,874 km. Thank you all!",
            "The numbers are in from our row-a-thon\n212 members rowed 3,874 km. Thank you all!",
            voice="corporate",
            network="website",
        ),
        # An invitation to the reader: the business holds the event, its day after it.
        TransformExample(
            "Join us Thursday, February 26th from 5:30 to 7:30pm for a Vermont cheese tasting "
            "with three local creameries. We'll pour cider.",
            "Vermont cheese tasting with three local creameries\nWe are hosting a Vermont "
            "cheese tasting with three local creameries on Thursday, February 26th from 5:30 to "
            "7:30pm. We'll pour cider.",
            voice="corporate",
            network="website",
        ),
        # The master's own headline stays; the day goes before the event's first comma.
        TransformExample(
            "Sunday social ride 🚴 Join us on Sunday 19 April for an easy 40 km loop through "
            "the Cotswolds, with a coffee stop. No-drop pace.",
            "Sunday social ride 🚴 We are hosting an easy 40 km loop through the Cotswolds on "
            "Sunday 19 April, with a coffee stop. No-drop pace.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Rejoignez-nous samedi 4 avril pour une dégustation de rosés au caveau. À bientôt.",
            "Dégustation de rosés au caveau\nNous organisons une dégustation de rosés au caveau "
            "le samedi 4 avril. À bientôt.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # "A drink" is no event a business hosts: the invitation stays.
        TransformExample(
            "Join us on Friday for a drink. Bring a friend.",
            "Join us on Friday for a drink. Bring a friend.",
            voice="corporate",
            network="website",
        ),
        # A noun the lexicon does not list: its ending and the tagger agree on its gender.
        TransformExample(
            "Rappel produit : confiture de fraises 250 g, lot 2231. Ne la consommez pas.",
            "Rappel produit : confiture de fraises 250 g, lot 2231\nNous rappelons la "
            "confiture de fraises 250 g, lot 2231. Ne la consommez pas.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # Two nouns, one article would not do: the label stays.
        TransformExample(
            "Recrutement : serveur ou serveuse (CDD). Service du soir.",
            "Recrutement : serveur ou serveuse (CDD). Service du soir.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A partnership's headline names the partner the lead gives.
        TransformExample(
            "Nouveau partenariat 🤝 Nos cafés sont torréfiés par la Brûlerie des Alpilles, à "
            "15 km. Merci !",
            "Nouveau partenariat avec la Brûlerie des Alpilles 🤝 Nos cafés sont torréfiés par "
            "la Brûlerie des Alpilles, à 15 km. Merci !",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "New partnership 🤝 We are teaming up with Lincoln Middle School this spring. Bikes "
            "for all.",
            "New partnership with Lincoln Middle School 🤝 We are teaming up with Lincoln Middle "
            "School this spring. Bikes for all.",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "New partnership 🤝 Our coffee is now roasted ten miles away. Thanks!",
            "New partnership 🤝 Our coffee is now roasted ten miles away. Thanks!",
            voice="corporate",
            network="website",
        ),
        # A gender no source is sure of (« un » or « une responsable »): no article is
        # guessed, the label stays.
        TransformExample(
            "Poste à pourvoir : responsable de salle (CDI). Salaire de 38 k€.",
            "Poste à pourvoir : responsable de salle (CDI). Salaire de 38 k€.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # No headline the label could leave (one word, an object too long): it stays.
        TransformExample(
            "Recrutement : un ou une apprenti(e) boulanger pour notre fournil de la place du "
            "marché, à partir de septembre. Salaire de 1 200 €.",
            "Recrutement : un ou une apprenti(e) boulanger pour notre fournil de la place du "
            "marché, à partir de septembre. Salaire de 1 200 €.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # "Heads up" over a label that holds a place: the lead would lose it.
        TransformExample(
            "Heads up if you shop in Leeds: our card terminal charged some payments twice.",
            "Heads up if you shop in Leeds: our card terminal charged some payments twice.",
            voice="corporate",
            network="website",
        ),
        # A heading line (no stop) is the headline already; a sentence stays a sentence.
        TransformExample(
            "Rappel : tomme de chèvre fermière\nNous rappelons le lot 118.",
            "Rappel : tomme de chèvre fermière\nNous rappelons le lot 118.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "Acme opens its second shop on Saturday. Doors open at 9 am.",
            "Acme opens its second shop on Saturday. Doors open at 9 am.",
            voice="corporate",
            network="website",
            profile=_BRAND,
        ),
        # A social post keeps its label: it is the feed's voice.
        TransformExample(
            "Shipping today: recurring invoices. Set a schedule once.",
            "Shipping today: recurring invoices. Set a schedule once.",
        ),
    )

    def applies(self, target: Target) -> bool:
        return writes_press_note(target) and base_language(target.lang) in _LANGS

    def edits(self, text: str, target: Target) -> list[Edit]:
        lang = base_language(target.lang)
        table = _table(lang)
        start = len(text) - len(text.lstrip())
        # An emoji the post opens on ("🚀 Nouveau sur …") is no part of the label: the
        # emoji transform takes it out of a press note.
        opening_emoji = _OPENING_EMOJI.match(text, start)
        start = opening_emoji.end() if opening_emoji else start
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        ended = _first_sentence_end(text, start, line_end)
        if ended is None:
            return []
        end, written, stop = ended
        sentence = text[start:end]
        partner = _partner(sentence, start, table)
        if partner is not None:
            return [partner]
        invited = _invited(sentence, start, text, target, table)
        if invited is not None:
            reason = (
                "a press note's lead says what the business holds, it does not invite the "
                "reader ('Join us … for …')"
            )
            return _as_edits(
                [*invited, _Piece(said=stop)], start, end + written, text, target, reason
            )
        episode = _named_over_sentence(sentence, start, text, target, table)
        if episode is not None:
            reason = (
                "a press note's lead says who does what: the post's heading over its sentence "
                "names who acts"
            )
            return _as_edits(
                [*episode, _Piece(said=stop)], start, end + written, text, target, reason
            )
        noticed = _notice(sentence, start, text, target, table)
        if noticed is not None:
            reason = "a press note's lead says who closes or opens, not the post's notice label"
            return _as_edits(
                [*noticed, _Piece(said=stop)], start, end + written, text, target, reason
            )
        talk = _talk(sentence, table)
        if talk is not None:
            reason = "a press note's lead says who gives the talk, not the post's line"
            pieces = [_Piece(said=talk), _Piece(said=stop)]
            return _as_edits(pieces, start, end + written, text, target, reason)
        awarded = _awarded(sentence, target, table)
        if awarded is not None:
            reason = "a press note's lead says who won the prize, not the post's prize line"
            return _as_edits(
                [_Piece(said=awarded), _Piece(said=stop)],
                start,
                end + written,
                text,
                target,
                reason,
            )
        alternatives = _announced(sentence, start, text, target, table)
        heading = ""
        if alternatives:
            heading = _heading(sentence, table)
            if not heading:
                return []  # the label is the only headline: the layout would cut the lead
        else:
            called = _called(sentence, start, text, target, table)
            alternatives = [called] if called else []
        if heading and sentence.startswith(heading):
            # The heading is the master's own words: kept where they stand (a name in them,
            # « chez Mistral Mode », is no edit), the lead written after them.
            alternatives = [
                [
                    _Piece(start, start + len(heading)),
                    _Piece(said="\n" + "".join(_said(p, text) for p in pieces)),
                ]
                for pieces in alternatives
            ] + alternatives
        for pieces in alternatives:
            if heading and pieces[0].said is not None:
                # The label over its object stays the note's headline, on a line of its own
                # (headline.opening): the lead under it says the news as a sentence.
                pieces = [_Piece(said=f"{heading}\n"), *pieces]
            label = regex.split(_COLON, sentence, maxsplit=1)[0].strip()
            reason = (
                f"a press note's lead is a sentence that says who does what, not the post's "
                f"label {label!r}" + (f"; the headline is {heading!r}" if heading else "")
            )
            pieces = [*pieces, _Piece(said=stop)]
            edits = _as_edits(pieces, start, end + written, text, target, reason)
            if edits:
                return edits
        return []


_LANGS = ("fr", "en")


@cache
def _table(lang: str) -> Mapping[str, Any]:
    table: Mapping[str, Any] = load_table("press-lead-sentences.yaml")[lang]
    return table


def _pattern(source: str) -> str:
    return source.replace("'", "['’]")


def _first_sentence_end(text: str, start: int, line_end: int) -> tuple[int, int, str] | None:
    """Where the first sentence ends (outside « » and brackets), how long its stop is and
    the stop the lead ends on; None when the first line has none (a heading)."""
    depth = 0
    position = start
    while position < line_end:
        char = text[position]
        if char in "«(“":
            depth += 1
        elif char in "»)”" and depth:
            depth -= 1
            # « … comment choisir ? » On y compare…: the quote's own stop ends the sentence.
            if depth == 0 and _QUOTE_END.match(text, position + 1):
                inside = text[:position].rstrip(" \u00a0\u202f")
                if inside.endswith(("?", "!", ".", "…")):
                    return position + 1, 0, ""
        elif depth == 0 and char in ".!?…":
            found = _END.match(text, position)
            if found is not None and found.end() <= line_end:
                stop = found.group().strip()
                # A full stop for the lead: a press note does not exclaim.
                said = "." if stop.startswith(("!", ".")) else stop[:1]
                return position, len(found.group().rstrip()), said
        position += 1
    return None


# After a closing quote, the next sentence: a space and a capital.
_QUOTE_END = regex.compile(r"[ \u00a0]+\p{Lu}")


def _announced(
    sentence: str, offset: int, text: str, target: Target, table: Mapping[str, Any]
) -> list[list[_Piece]] | None:
    """« Poste à pourvoir : X (CDI, Lyon 7e) » → « nous recrutons un·e X en CDI à Lyon 7e »."""
    lang = base_language(target.lang)
    for entry in table["labels"]:
        found = regex.match(rf"(?:{_pattern(entry['label'])}){_COLON}", sentence, regex.IGNORECASE)
        if found is None:
            continue
        verb = table["verbs"][entry["intent"]]
        what_start = offset + found.end()
        what_end = offset + len(sentence)
        what = text[what_start:what_end]
        named = entry.get("names")
        # A title the label names (« Nouvel article : « … » ») may be a question; any
        # other object with a verb of its own is a sentence, not a label's object.
        # A recalled product's details after its name ("hoodies, ages 2–3, sold…") are
        # no verb of its own: the name before the first comma is the object.
        checked = (_first_clause(what, 0) or what) if entry["intent"] == "recall" else what
        if not what.strip() or (
            not (named and what[:1] in _TITLE_QUOTES) and _has_finite_verb(checked, target)
        ):
            return None
        groups = {k: v for k, v in found.groupdict().items() if v}
        where = groups.get("where", "").strip()
        when = groups.get("when", "")
        brand = target.voice.brand_name
        acting = _acting(entry, found, offset, brand)
        if acting is None:
            return None  # the label's verb needs who acts, and nobody is named
        in_brand = regex.search(rf"\s(?:in|at)\s{regex.escape(brand)}$", what) if brand else None
        if in_brand and lang == "en" and entry["intent"] == "launch":
            # The product bears the brand's name: "Acme launches … in Acme" would say it twice.
            plural = _plural(what[: in_brand.start()], target)
            if plural is None:
                return None
            return [
                [
                    _Piece(said=what[:1].upper()),
                    _Piece(what_start + 1, what_start + in_brand.start()),
                    _Piece(said=f" {'are' if plural else 'is'} available"),
                    _Piece(what_start + in_brand.start(), what_end),
                    _Piece(said=f" from {when}" if when else ""),
                ]
            ]
        # Who acts opens the lead: the label's name (kept where it stands) or the brand's
        # with the verb's third person; else « nous » / "we", which press-lead names.
        subject = f"{entry.get('verb') or verb['it']}" if acting else verb["we"]
        who = acting or []
        if named:
            # The label's words inside the sentence: "Summer internship" → "a summer internship".
            words = {
                k: (v[:1].lower() + v[1:] if v[1:2].islower() else v)
                for k, v in found.groupdict(default="").items()
            }
            said = named.format_map(words)
            colon = found.group()[len(found.group().rstrip(" \u00a0\u202f:")) :]
            if entry.get("joiner") and what[:1] in _TITLE_QUOTES:
                colon = entry["joiner"]  # "a free workshop … on 'Pricing your menu…'"
            where_said = f" {where}" if where else ""
            return [
                _capital(
                    [
                        *who,
                        _Piece(said=f"{' ' if who else ''}{subject} {said}{where_said}{colon}"),
                        _Piece(what_start, what_end),
                    ]
                )
            ]
        article = _article(what, verb["article"], lang)
        if article is None:
            return None
        lowered = _common_noun_opening(what, lang)
        if lowered:
            # « RAPPEL PRODUIT – Pesto au basilic » → « le pesto au basilic »: the capital was
            # the label's, not a name's.
            article = _article(lowered, verb["article"], lang)
            if article is None:
                return None
            article += lowered[:1]
            what_start += 1
            what = text[what_start:what_end]
        job = _job_brackets(what, target, table) if entry["intent"] == "hiring" else None
        body_end = what_start + job[0] if job else what_end  # the brackets said otherwise
        bracket = [_Piece(said=job[1])] if job else []
        tail = " ".join(part for part in (where, when) if part)
        # The label's words said again after the object; or, when they hold a name no
        # edit may touch ("YouTube"), kept where they stand and the object said after
        # the verb instead.
        said_again = [
            *who,
            _Piece(said=f"{' ' if who else ''}{subject}{article}"),
            _Piece(what_start, body_end),
            *bracket,
            _Piece(said=f" {tail}" if tail else ""),
        ]
        alternatives = [_capital(said_again)]
        if where and not job and not when and not who:
            where_at = offset + found.start("where")
            alternatives.append(
                _capital(
                    [
                        _Piece(said=f"{subject}{article}{what} "),
                        _Piece(where_at, where_at + len(where)),
                    ]
                )
            )
        return alternatives
    return None


# Quotes a title opens on ("'Pricing your menu…'", « … »).
_TITLE_QUOTES = "'‘\"“«"
# « Bilan 2025 de la Scop » → « La Scop »: the article the preposition before a name holds.
_OF_ARTICLE = {
    "de la": "la ",
    "de l'": "l'",
    "de l’": "l’",
    "du": "le ",
    "de": "",
    "d'": "",
    "d’": "",
}


def _acting(
    entry: Mapping[str, Any], found: regex.Match[str], offset: int, brand: str | None
) -> list[_Piece] | None:
    """Who the lead says acts, as pieces: the name the label gives (« Nouveau sur
    Covoit'Rade », « Bilan 2025 de la Scop Bâti-Sud » → « La Scop Bâti-Sud »), kept where
    it stands; else, for a label whose verb needs who acts (``subject: named``), the
    brand's name; [] for « nous » / "we"; None when the label needs a name none gives."""
    if found.group("who") if "who" in found.groupdict() else None:
        start, end = found.span("who")
        of = (found.group("of") or "").casefold() if "of" in found.groupdict() else ""
        article = _OF_ARTICLE.get(of, "")
        opening = [_Piece(said=article[:1].upper() + article[1:])] if article else []
        if not article and found.group("who")[:1].islower():
            return None
        return [*opening, _Piece(offset + start, offset + end)]
    if entry.get("subject") == "named":
        return [_Piece(said=brand)] if brand else None
    return []


def _heading(sentence: str, table: Mapping[str, Any]) -> str:
    """The headline a label gives: the label and its object as a title when they are short
    enough for one (« Poste à pourvoir : développeur·se front-end (CDI, Lyon 7e) »), else
    up to the object's first comma (« Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %)
    »), else the object alone ("A 6-minute tutorial on blow-drying curly hair"), else the
    label alone when it has two words or more (« Nouvel article sur le blog »), else ''."""
    label, entry = next(
        (
            (found, entry)
            for entry in table["labels"]
            if (
                found := regex.match(
                    rf"(?:{_pattern(entry['label'])}){_COLON}", sentence, regex.IGNORECASE
                )
            )
        ),
        (None, None),
    )
    if label is None or entry is None:
        return ""
    whole = sentence.strip()
    what = whole[label.end() :]
    clause = _first_clause(whole, label.end())
    named = whole[: label.end()].rstrip(" \u00a0\u202f:")
    # A clause one word too long may lose its closing aside in brackets (« … de chiffre
    # d'affaires (+11 %) »): a headline gives the figure, the lead its detail.
    unbracketed = str(regex.sub(r"\s\([^()]*\)$", "", clause))
    candidates = [whole, clause, unbracketed, what[:1].upper() + what[1:]]
    if len(HEADLINE_WORD.findall(named)) > 1:
        # « Nouvel article sur le blog »: the label alone; before the object when it says
        # what the business holds ("Free workshop for café owners"): the object alone
        # ("'Pricing your menu…'") would not say it.
        candidates.insert(3 if entry.get("subject") == "named" else 4, named)
    for title in candidates:
        # As headline.opening reads a heading: a few words, no stop at the end.
        if is_heading(title):
            return title
    return ""


def _first_clause(text: str, start: int) -> str:
    """``text`` up to the first comma after ``start`` outside brackets and quotes
    (« Exercice 2025 : chiffre d'affaires de 2,4 M€ (+38 %) »); '' when it has none."""
    depth = 0
    for position in range(start, len(text)):
        char = text[position]
        if char in "«(“":
            depth += 1
        elif char in "»)”" and depth:
            depth -= 1
        elif char == "," and depth == 0 and not text[position + 1 : position + 2].isdigit():
            return text[:position]
    return ""


def _said(piece: _Piece, text: str) -> str:
    return piece.said if piece.said is not None else text[piece.start : piece.end]


def _capital(pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, the first letter of the lead a capital."""
    first = next((i for i, p in enumerate(pieces) if p.said), None)
    if first is not None and pieces[first].said:
        said = pieces[first].said or ""
        pieces[first] = _Piece(said=said[:1].upper() + said[1:])
    return pieces


def _called(
    sentence: str, offset: int, text: str, target: Target, table: Mapping[str, Any]
) -> list[_Piece] | None:
    """ "Heads up if you dined with us last Friday: our terminal…" → "Last Friday, our
    terminal…"; « Erratum : une erreur… » → « Une erreur… »."""
    for entry in table["announcements"]:
        found = regex.match(rf"(?:{_pattern(entry['label'])}){_COLON}", sentence, regex.IGNORECASE)
        if found is None:
            continue
        rest_start = offset + found.end()
        rest = text[rest_start : offset + len(sentence)]
        if not _has_finite_verb(rest, target) or not rest[:1].isalnum():
            return None
        label_end = offset + found.end()
        facts = [
            f
            for f in target.understood().facts
            if f.role is not Role.FIGURE
            and (at := text.find(f.text, offset, label_end)) >= 0
            and at + len(f.text) <= label_end
        ]
        days = [f for f in facts if f.role is Role.WHEN]
        if len(days) != len(facts) and not entry["heading"]:
            return None  # the label holds a fact the sentence would lose
        if days and not entry["heading"]:
            said = text[offset:label_end]
            first = said.find(days[0].text)
            # "last Friday or Saturday": the day with the words that qualify it.
            day_words = regex.escape(said[first:].rstrip(" :"))
            run = regex.search(rf"(?:(?:last|this|next|ce|cette)\s+)?{day_words}", said)
            if run is None:
                return None
            day = run.group().strip()
            opener = f"{day[:1].upper()}{day[1:]}, "
            end = offset + len(sentence)
            first_word = _FIRST_WORD.match(rest)
            common = first_word is not None and first_word.group().casefold() in _COMMON_OPENERS
            initial = rest[:1].lower() if common else rest[:1]
            title = _what_happened(rest, target)
            heading = f"{title}\n" if title else ""
            return [_Piece(said=heading + opener + initial), _Piece(rest_start + 1, end)]
        pieces = (
            # Already a capital (a name may open it: the brand's is protected from edits).
            [_Piece(rest_start, offset + len(sentence))]
            if rest[:1].isupper()
            else [_Piece(said=rest[:1].upper()), _Piece(rest_start + 1, offset + len(sentence))]
        )
        if not entry["heading"] and (title := _what_happened(rest, target)):
            pieces = [_Piece(said=f"{title}\n"), *pieces]
        if entry["heading"]:
            # « Erratum » stays the headline: the label kept, on a line of its own.
            label = sentence[: found.end()].rstrip(" \u00a0\u202f:")
            pieces = [_Piece(offset, offset + len(label)), _Piece(said="\n"), *pieces]
        return pieces
    return None


def _invited(
    sentence: str, offset: int, text: str, target: Target, table: Mapping[str, Any]
) -> list[_Piece] | None:
    """ "Join us Thursday, February 26th for a cheese tasting with three creameries" → "We
    are hosting a cheese tasting with three creameries on Thursday, February 26th", under
    the headline "Cheese tasting with three creameries" (none when the master opens on its
    own: "Sunday social ride 🚴 Join us…"). The day goes before the event's first comma
    ("an easy loop through the Cotswolds on Sunday 19 April, with a coffee stop…")."""
    rule = table.get("invitation")
    if not rule:
        return None
    heading_end = _emoji_heading_end(sentence)
    found = regex.match(_pattern(rule["pattern"]), sentence[heading_end:], regex.IGNORECASE)
    if found is None:
        return None
    at = offset + heading_end
    what_start, what_end = at + found.start("what"), at + found.end("what")
    what = text[what_start:what_end]
    determiner = _FIRST_WORD.match(what)
    if determiner is None or determiner.group().casefold() not in rule["articles"]:
        return None  # « pour déguster… »: the event must be a thing the business holds
    named = what.casefold()
    if not any(regex.search(rf"(?<!\p{{L}}){regex.escape(e)}", named) for e in rule["events"]):
        return None
    when = found.group("when").strip(" ,")
    if when and not regex.match(_pattern(rule["when_opens"]), when, regex.IGNORECASE):
        when = f"{rule['day_word']} {when}"
    comma = _first_clause(what, 0)
    split = what_start + (len(comma) if comma else len(what))
    event = what[determiner.end() :].strip()
    event = _first_clause(event, 0) or event
    heading = ""
    if heading_end == 0 and 2 <= len(HEADLINE_WORD.findall(event)) <= HEADING_MAX_WORDS:
        heading = f"{event[:1].upper()}{event[1:]}\n"
    subject = str(rule["we"])
    pieces = [
        _Piece(said=f"{heading}{subject[:1].upper()}{subject[1:]} "),
        _Piece(what_start, split),
        _Piece(said=f" {when}" if when else ""),
        _Piece(split, what_end),
    ]
    if heading_end:
        pieces.insert(0, _Piece(offset, offset + heading_end))
    return pieces


def _named_over_sentence(
    sentence: str, offset: int, text: str, target: Target, table: Mapping[str, Any]
) -> list[_Piece] | None:
    """ "New episode of The Shopfront Podcast 🎙️ We sat down with…" → the heading on its
    own line over "The Shopfront Podcast releases a new episode: we sat down with…": a
    heading the table names who acts in (`who`, with `names`), over a sentence of its own,
    says who does what before it. None otherwise."""
    heading_end = _emoji_heading_end(sentence)
    if not heading_end:
        return None
    heading = regex.sub(r"[\s\p{Extended_Pictographic}\ufe0f]+$", "", sentence[:heading_end])
    rest_start = offset + heading_end
    rest = text[rest_start : offset + len(sentence)]
    for entry in table["labels"]:
        found = regex.fullmatch(_pattern(entry["label"]), heading, regex.IGNORECASE)
        if found is None or "who" not in found.groupdict() or not entry.get("names"):
            continue
        if not _has_finite_verb(rest, target):
            return None
        verb = entry.get("verb") or table["verbs"][entry["intent"]]["it"]
        first = _FIRST_WORD.match(rest)
        common = first is not None and first.group().casefold() in _COMMON_OPENERS
        initial = rest[:1].lower() if common else rest[:1]
        return [
            _Piece(offset, offset + len(sentence[:heading_end].rstrip())),
            _Piece(said=f"\n{found.group('who')} {verb} {entry['names']}: {initial}"),
            _Piece(rest_start + 1, offset + len(sentence)),
        ]
    return None


def _notice(
    sentence: str, offset: int, text: str, target: Target, table: Mapping[str, Any]
) -> list[_Piece] | None:
    """« Info garage : fermeture exceptionnelle le jeudi 14 mai » signed « Garage Bernardi,
    Le Beausset » → « Le Garage Bernardi ferme exceptionnellement le jeudi 14 mai »: who
    closes, with the noun's verb. None without a name (the brand's or the signature's) or
    when the line has a verb of its own."""
    from brandvoice.adaptation.press_news_title import business_signing

    rule = table.get("notice")
    if not rule:
        return None
    found = regex.match(rf"(?:{_pattern(rule['label'])}){_COLON}", sentence, regex.IGNORECASE)
    if found is None:
        return None
    rest = sentence[found.end() :]
    noun = next(
        (
            n
            for n in sorted(rule["verbs"], key=len, reverse=True)
            if regex.match(rf"{regex.escape(n)}(?![\p{{L}}])", rest, regex.IGNORECASE)
        ),
        None,
    )
    if noun is None or _has_finite_verb(rest, target):
        return None
    lines = [line for line in text.strip().split("\n") if line.strip()]
    signed = business_signing(lines[-1]) if len(lines) > 1 else None
    who = target.voice.brand_name or signed
    if not who:
        return None
    apostrophe = "’" if "’" in text else "'"
    first = _FIRST_WORD.match(who)
    gender = known_noun_gender(first.group().casefold()) if first else None
    article = ""
    if gender is not None and who[:1].isupper():
        # « Garage Bernardi » opens on a common noun: « Le Garage Bernardi ferme… ».
        vowel = who[:1].lower() in "aeiouyéèêâîôûh"
        article = f"L{apostrophe}" if vowel else ("La " if gender == "f" else "Le ")
    verb = rule["verbs"][noun]
    rest_start = offset + found.end() + len(noun)
    # The headline says the news as the noun (« Fermeture exceptionnelle du Garage
    # Bernardi »): the lead under it opens on who acts, not on the headline's words.
    owner = with_preposition(
        "de", f"{article[:1].lower()}{article[1:]}{who}", "fr", apostrophe=apostrophe
    )
    said = rest[: len(noun)]
    heading = f"{said[:1].upper()}{said[1:]} {owner}\n"
    return [
        _Piece(said=f"{heading}{article}{who} {verb}"),
        _Piece(rest_start, offset + len(sentence)),
    ]


def _talk(sentence: str, table: Mapping[str, Any]) -> str | None:
    """« Conférence « Les moulins à huile » par Hélène Giraud, historienne » → « Conférence
    « Les moulins à huile » » over « Hélène Giraud, historienne, donne une conférence « Les
    moulins à huile » »: who gives the talk, under the talk as headline. None when the line
    is no talk's the table knows."""
    rule = table.get("talk")
    if not rule:
        return None
    found = regex.fullmatch(rule["pattern"], sentence.strip(), regex.IGNORECASE)
    if found is None:
        return None
    event, title, who = found.group("event"), found.group("title"), found.group("who")
    gives = rule["gives"].get(event.casefold())
    if not gives:
        return None
    # An apposition after the name (« Hélène Giraud, historienne ») closes on a comma.
    who = f"{who}," if "," in who else who
    heading = f"{event[:1].upper()}{event[1:]} {title}"
    return f"{heading}\n{who} {gives} {title}"


def _awarded(sentence: str, target: Target, table: Mapping[str, Any]) -> str | None:
    """« Médaille d'or au Concours Général Agricole pour notre rosé 2025 » → « Médaille d'or
    au Concours Général Agricole » over « Notre rosé 2025 remporte la médaille d'or au
    Concours Général Agricole »: who won the prize, under the prize as headline. None when
    the master is no award's, the line has a verb, or the prize's article is unknown."""
    rule = table.get("award")
    if not rule or target.understood().intent is not Intent.AWARD:
        return None
    found = regex.fullmatch(_pattern(rule["pattern"]), sentence.strip(), regex.IGNORECASE)
    # Only a conjugated verb, a word, makes it a sentence: the parser may take a name it
    # does not know, or even a « », for a root verb.
    if found is None or any(
        t.is_alpha and "Fin" in t.morph.get("VerbForm", []) for t in parse(target.lang, sentence)
    ):
        return None
    lang = base_language(target.lang)
    prize, owner = found.group("prize"), found.group("owner")
    lowered = prize[:1].lower() + prize[1:]
    if lang == "fr":
        article = _article(lowered, "le", lang)
    else:
        article = " " if regex.match(r"(?:a|an|the)\s", lowered) else " a "
    if article is None:
        return None
    first = _FIRST_WORD.match(owner)
    plural = (
        bool(rule.get("plural"))
        and first is not None
        and bool(regex.fullmatch(rule["plural"], first.group(), regex.IGNORECASE))
    )
    if lang == "en" and owner.rstrip().endswith("s") and not owner.rstrip().endswith("ss"):
        plural = True
    verb = rule["verbs"] if plural else rule["verb"]
    return f"{prize}\n{owner[:1].upper()}{owner[1:]} {verb}{article}{lowered}"


def _partner(sentence: str, offset: int, table: Mapping[str, Any]) -> Edit | None:
    """« Nouveau partenariat 🤝 … torréfiés par la Brûlerie des Alpilles » → the headline
    « Nouveau partenariat avec la Brûlerie des Alpilles »: a partnership's headline names
    the partner the lead gives (after « par », « avec », "with", "by")."""
    rule = table.get("partnership")
    heading_end = _emoji_heading_end(sentence)
    if not rule or not heading_end:
        return None
    heading = sentence[:heading_end]
    label = regex.match(
        rf"(?:{_pattern(rule['heading'])})(?=[ \u00a0\u202f]*\p{{So}})", heading, regex.I
    )
    if label is None:
        return None
    found = regex.search(
        rf"(?<![\p{{L}}])(?:{rule['cue']})\s+(?P<name>(?:(?:{rule['articles']})\s+)?"
        r"\p{Lu}[\p{L}\-’']*(?:\s+(?:(?:des|du|de|d’|of|&|and)\s+)?\p{Lu}[\p{L}\-’']*){0,4})",
        sentence[heading_end:],
    )
    if found is None:
        return None
    name = found.group("name")
    return Edit(
        offset + label.end(),
        offset + label.end(),
        f" {rule['joiner']} {name}",
        f"a partnership's headline names the partner: {name}",
    )


def _emoji_heading_end(sentence: str) -> int:
    """Where a headline the master opens on ends, an emoji closing it ("Sunday social ride
    🚴 Join us…"): 0 when there is none."""
    found = regex.match(
        r"[^.!?\n]{3,80}?\p{Extended_Pictographic}\ufe0f?[ \u00a0\u202f]+(?=\p{Lu})", sentence
    )
    return found.end() if found else 0


def _what_happened(sentence: str, target: Target) -> str:
    """The headline of a lead whose label went: its main clause, before a relative clause
    or a comma, with its determiner ("our card terminal provider had a glitch that
    charged…" → "Our card terminal provider had a glitch": a headline with a verb is a
    sentence, and a sentence's noun keeps its article or possessive); '' when the clause
    is the whole sentence (the headline would be the lead again) or no title's length.
    What comes before the subject ("After six great years in Toulon, Acme is moving…")
    is no clause: without a verb of its own it is passed over, never the headline."""
    start = 0
    while (cut := _CLAUSE_END.search(sentence, start)) is not None:
        clause = sentence[start : cut.start()].strip()
        if cut.group() == "," and not _has_finite_verb(clause, target):
            start = cut.end()
            continue
        if not 3 <= len(HEADLINE_WORD.findall(clause)) <= HEADING_MAX_WORDS:
            return ""
        return clause[:1].upper() + clause[1:]
    return ""


# Where a lead's main clause ends, for a headline: a relative clause, a cause, a comma.
_CLAUSE_END = regex.compile(
    r"\s(?:that|which|who|because|qui|que|qu['’]|car|parce)(?![\p{L}])|,", regex.IGNORECASE
)


def _has_finite_verb(words: str, target: Target) -> bool:
    # A sentence's root verb counts too: an imperative ("please stop burning…") is one.
    return any(
        t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm", []) or t.dep_ == "ROOT")
        for t in parse(target.lang, words)
    )


def _plural(words: str, target: Target) -> bool | None:
    doc = parse(target.lang, words)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    number = root.morph.get("Number", [])
    return None if not number else number[0] == "Plur"


def _article(what: str, kind: str, lang: str) -> str | None:
    """The article before the object, with the space after it ('' when the object has its
    own, is a name or a number); None when it cannot be known."""
    first = _FIRST_WORD.match(what)
    if first is None:
        return None
    word = first.group()
    opening = regex.split(r"['’]", word.casefold())[0]  # « l'atelier »: « l »
    if opening in _table(lang)["determiners"] or not word[:1].islower():
        return " "
    if word[:1] in '«"“':
        return " "
    if lang == "en":
        if kind == "a":
            return " an " if word[:1].lower() in "aeiou" else " a "
        return " "  # "recurring invoices": English needs no article before a plural
    if "·" in word or "(e)" in what[: first.end() + 3]:
        return " un·e " if kind == "un" else None
    if _PAIR.match(what):
        return None  # « serveur ou serveuse »: one article would not do for both
    gender = known_noun_gender(word) or _agreed_gender(word, what)
    if gender is None:
        return None
    feminine = gender == "f"
    if kind == "un":
        return " une " if feminine else " un "
    if word[:1].lower() in "aeiouyéèêâîôûh":
        return " l’"
    return " la " if feminine else " le "


def _common_noun_opening(what: str, lang: str) -> str:
    """``what`` with its first letter in lower case when a capital opens it only because it
    followed a label (« Pesto au basilic »: a noun the French lexicon knows, the rest of the
    word in lower case); '' otherwise (a name: "Oat & Raisin Cookies" keeps its capitals)."""
    first = _FIRST_WORD.match(what)
    if lang != "fr" or first is None:
        return ""
    word = first.group()
    if not (word[:1].isupper() and word[1:].islower()):
        return ""
    lowered = what[:1].lower() + what[1:]
    if (known_noun_gender(word.lower()) or _agreed_gender(word.lower(), lowered)) is None:
        return ""
    return lowered


def _agreed_gender(word: str, what: str) -> Gender | None:
    """The gender of a noun the lexicon does not list, when its ending
    (:func:`noun_gender`) and the tagger agree on it (« confiture », « serveur »); None
    when they do not: no article is guessed."""
    first = next(iter(parse("fr", what)), None)
    if first is None or first.text != word:
        return None
    tagged = {"Masc": "m", "Fem": "f"}.get(next(iter(first.morph.get("Gender", [])), ""))
    if tagged is None:
        return None
    guessed = noun_gender(word)
    return guessed if guessed == tagged else None


# Two nouns joined, the first without an article: « serveur ou serveuse », "cook or chef".
_PAIR = regex.compile(r"[\p{L}·\-]+\s+(?:ou|et|or|and)\s", regex.IGNORECASE)


def _job_brackets(what: str, target: Target, table: Mapping[str, Any]) -> tuple[int, str] | None:
    """Where a job's closing brackets start and how a French lead says them: « (CDI, Lyon
    7e) » → « en CDI à Lyon 7e », when each item is a contract or a place the message names."""
    if base_language(target.lang) != "fr":
        return None
    found = _BRACKETS.search(_TRAILING.sub("", what))
    if found is None:
        return None
    contracts = {c.casefold() for c in table.get("contracts", [])}
    places = [f.text for f in target.understood().of_role(Role.WHERE)]
    said: list[str] = []
    for item in (i.strip() for i in found.group(1).split(",")):
        if item.casefold() in contracts:
            said.append(f"en {item}")
        elif any(item.startswith(place) for place in places) and item[:1].isupper():
            said.append(f"à {item}")
        else:
            return None
    return found.start(), " " + " ".join(said)


def _as_edits(
    pieces: list[_Piece], start: int, end: int, text: str, target: Target, reason: str
) -> list[Edit]:
    """The edits that turn ``text[start:end]`` into the pieces, the master's kept pieces
    untouched (a protected name the rewrite would move or drop: no edit)."""
    kept = [(p.start, p.end) for p in pieces if p.said is None]
    if any(b[0] < a[1] for a, b in itertools.pairwise(kept)):
        return []
    spans = protected_spans(text[start:end], target.protected_names)
    for span_start, span_end in spans.spans:
        s, e = start + span_start, start + span_end
        if not any(k0 <= s and e <= k1 for k0, k1 in kept):
            return []
    edits: list[Edit] = []
    position = start
    pending = ""
    for piece in pieces:
        if piece.said is not None:
            pending += piece.said
            continue
        if piece.start > position or pending:
            edits.append(Edit(position, piece.start, pending, reason))
        pending = ""
        position = piece.end
    if position < end or pending:
        edits.append(Edit(position, end, pending, reason))
    return [e for e in edits if text[e.start : e.end] != e.replacement]


TRANSFORMS = (PressLeadSentence(),)
