"""Fit a variant to its network's hard length limit, removing the least it can.

Runs after ``compact-for-length`` has given dates and times their short forms. In order,
until the variant fits (counted the network's way, ``brandvoice.networks``):

1. the closing hashtag line loses its tags from the last one back, down to one tag (the
   hashtag transform puts the brand's own tags first, so the first is the one to keep);
2. body sentences, the call to action and the signature that say none of the message's
   key facts (what, when, where, price, how to act, who: ``brandvoice.understand``) go,
   least important first. A unit's importance is the facts it holds (a link above all;
   then a price, a date, a time, a phone number; a name least) plus a little for coming
   early; the call to action and the signature have no position bonus: they are the
   voice's boilerplate, not what the author wrote. Sentences that say no key fact are not
   all equal: a courtesy (thanks, a sign-off line) goes first, and one that does a job for
   the message (``brandvoice.adaptation.fitting.purpose``) ranks with those that say a key
   fact: the instruction the message gives, found with the patterns that read it in the
   master ("Don't eat it" for "Do not eat"); a recall's hazard and batch; an apology, its
   remedy and where to get help; a results post, the figures it reports ("4,812 bikes");
3. the last hashtag;
4. the units that say a key fact, or the instruction a recall gives ("Ne consommez pas"),
   least important first. A key fact counts for a unit only while no other unit still
   there says it. The hook (first sentence) is not removed here;
5. a hook that only leads into the post (no fact of its own, nothing asked, nothing a
   recall or an apology is for, sharing its line with the sentence after it: "Fancy
   spending your mornings pulling shots?") goes, when that keeps a sentence that says a
   key fact: the plan that may remove it is kept when the heaviest sentence it removes
   is lighter, it removes no sentence the other plan kept, and the post then says more
   of the key facts. Not in a recall or an incident, whose first line frames the alert;
6. the hook is cut at a word boundary and closed by "…" and a link to the full text: the
   master's first link (in the variant's own form, UTM tags included), else the voice's
   ``links.home``, else no link.

Once a fit is reached, the units removed are offered back, sentences most important first,
then tags, and kept if the text still fits: removing a long sentence may leave room. The
heaviest sentence removed cannot come back (removing it made the fit): before lesser units
fill its room, a cut inside it is tried (its list after a colon, its closing clause, an
aside in brackets, a closing "with the …" detail: ``brandvoice.adaptation.fitting.inner``),
then in the kept sentences, lightest first, the plan made again on the text so cut, lesser
units going in its place; the cut is kept when the heaviest sentence the new plan removes is
lighter and no key fact said is lost. When no one cut does, every cut together is tried
(compress before cutting: a recall's "which we found during a routine check" and a "Please"
make room for its hazard), kept on the same terms and removing no sentence the plan kept,
and then each cut is offered back while the post still fits. Before those cuts, filler is
tried the same way (``fitting.filler``): an emoji the voice added (not the master's) goes
before a sentence that says where, and an English "please" before the request that gives the
address to come to. A unit that cannot stand alone goes with the one it leans on:
"Questions?" with the sentence it leads into, "Si ce n'est pas le cas, …" with the sentence
before it, and the request an "Interested?" leads into with the offer before it ("…6 desks,
€150 a month. Interested? Drop Claire a line at…"): no call to action is left about
something cut. What leans on a unit removed goes before units are offered back: the room it
leaves may take one back. A recall's "Don't eat it" whose sentence naming the product went
says "the loaf" instead, when it fits. What a unit that leans on another does for the
message counts for that one too: it goes along with it.

Every removal is an edit that names the limit and lists in ``drops`` the passage and the
facts it takes away; a key fact cut is reported by the audit (``fit.key-fact-dropped``).
No edit starts or ends inside a URL, mention, hashtag, e-mail, emoji, product code, name
or fact: units are whole sentences, whole lines or whole tags, and cuts fall on spaces
outside them. The network's "see more" fold is the template's and the checks' business: a
hook past the fold is left alone here.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from brandvoice.adaptation.decorate.cta import choose
from brandvoice.adaptation.fitting.filler import decoration_emoji, framing, politeness
from brandvoice.adaptation.fitting.inner import InnerCut, inner_cuts
from brandvoice.adaptation.fitting.purpose import (
    asks,
    asks_interest,
    figures_reported,
    gets_in_touch,
    is_courtesy,
    leans_on_previous,
    offers_remedy,
    purpose_weight,
)
from brandvoice.adaptation.fitting.removal import Lines, removal_spans
from brandvoice.adaptation.fitting.shorten import Shortening, shorten
from brandvoice.adaptation.fitting.units import Furniture, Role, Unit, split_units
from brandvoice.adaptation.layout import signature_of
from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    apply_edits,
    parse,
)
from brandvoice.lang import base_language
from brandvoice.text.entities import find_urls
from brandvoice.text.protect import ProtectedSpans, protected_spans
from brandvoice.understand.facts import Fact, FactKind, extract_facts, url_key
from brandvoice.understand.model import Intent, KeyFact, Message
from brandvoice.understand.model import Role as KeyRole
from brandvoice.understand.pinning import pinning_facts
from brandvoice.understand.presence import Passages

if TYPE_CHECKING:
    from brandvoice.networks import Network

# How much a fact makes its sentence worth keeping: what a reader acts on weighs most, and
# a link most of all, since it leads to everything else the variant had to leave out.
FACT_WEIGHTS: dict[FactKind, float] = {
    FactKind.URL: 10,
    FactKind.EMAIL: 4,
    FactKind.PHONE: 4,
    FactKind.PRICE: 4,
    FactKind.DATE: 4,
    FactKind.TIME: 4,
    FactKind.PERCENTAGE: 3,
    FactKind.MENTION: 2,
    FactKind.NUMBER: 2,
    FactKind.ENTITY: 1,
    FactKind.HASHTAG: 1,
}

_UNIT_FALLBACK = "characters"
_WRITTEN = dt.date(2026, 12, 7)
# Parts of speech a shortened hook should not end on: "nous vendons au…" reads as broken.
_FUNCTION_WORDS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PRON"})

_X_FITS = (
    "Our new shop opens on Saturday 3 June at 10am in Toulon! Come meet the team. "
    "https://example.com/opening\n\n"
    "What do you think? Tell us in the comments!\n\n#Toulon #ShopLocal"
)
_X_LONG = (
    "Our new shop opens on Saturday 3 June at 10am in the heart of Toulon, right by the "
    "harbour! Tastings all day, workshops for children and a meeting with the local "
    "producers who make what we sell. Opening offer: 15% off every purchase until 10 June. "
    "Details and the full programme: https://example.com/opening\n\n"
    "What do you think? Tell us in the comments!\n\n#Toulon #ShopLocal #Opening"
)
_X_LONG_FITTED = (
    "Our new shop opens on Saturday 3 June at 10am in the heart of Toulon, right by the "
    "harbour! Opening offer: 15% off every purchase until 10 June. "
    "Details and the full programme: https://example.com/opening\n\n"
    "What do you think? Tell us in the comments!\n\n#Toulon #ShopLocal #Opening"
)
_X_TAGS = (
    "Fresh sourdough every morning from 7am at our Harbour Street bakery, baked by Tom and "
    "the early crew with flour from the Dove mill down the road, ground the old way between "
    "two stones. Come early, it sells out by noon most days."
    "\n\n#Bristol #Bread #Sourdough #Bakery #ShopLocal #Fresh"
)
_FR_LONG = (
    "Grande nouvelle : notre boutique du Mourillon ouvre ses portes le samedi 3 juin à 10 h, "
    "avec une semaine entière de dégustations, d’ateliers pour les enfants et de rencontres "
    "avec les producteurs locaux qui fabriquent tout ce que nous vendons au quotidien, des "
    "confitures aux savons en passant par les vins du domaine et les fromages de chèvre "
    "de la ferme voisine https://example.com/ouverture"
)
_FR_LONG_FITTED = (
    "Grande nouvelle : notre boutique du Mourillon ouvre ses portes le samedi 3 juin à 10 h, "
    "avec une semaine entière de dégustations, d’ateliers pour les enfants et de rencontres "
    "avec les producteurs locaux qui fabriquent tout ce que nous vendons… "
    "https://example.com/ouverture"
)

# X puts the call to action after the body, on its line: it goes whole, never leaving a
# bare "Une question ?" behind.
_FR_RECALL = (
    "Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie entre "
    "octobre et décembre 2025. Merci de retirer immédiatement ce jouet des mains de vos "
    "enfants et de nous le ramener à la boutique, rue des Carmes à Toulouse."
)
_FR_RECALL_CTA = f"{_FR_RECALL} Une question\u202f? Écrivez-nous en message privé."

# A sentence opening on "And" leans on the one before it: with that one removed, it starts
# on the word after the connective.
_EN_AND = (
    "Join us on Thursday 26 February from 5.30 to 7.30pm for a Vermont cheese tasting with "
    "three local creameries. We'll pour cider from Sap Hollow Cidery and walk you through every "
    "cheese on the board, from the mildest fresh chèvre to the oldest cloth-bound cheddar in "
    "the cellar. And everyone who comes gets 10% off cheese that evening. Tickets at "
    "https://greenmountaincheese.example/events"
)
# "So" leans on what it follows from: with that sentence gone, the next starts without it.
_EN_SO = (
    "Some of you are still waiting for Tuesday's boxes, and we're really sorry. A refrigerated "
    "van broke down on the M6 and our courier couldn't get a replacement out in time. So "
    "around 300 deliveries in the North West are running a day late. Every affected customer "
    "will get a £10 credit on their next order automatically, no need to get in touch."
)
_EN_SO_FITTED = (
    "Some of you are still waiting for Tuesday's boxes, and we're really sorry. Around 300 "
    "deliveries in the North West are running a day late. Every affected customer will get a "
    "£10 credit on their next order automatically, no need to get in touch."
)
_EN_AND_FITTED = (
    "Join us on Thursday 26 February from 5.30 to 7.30pm for a Vermont cheese tasting with "
    "three local creameries. Everyone who comes gets 10% off cheese that evening. Tickets at "
    "https://greenmountaincheese.example/events"
)


# A recall keeps what is wrong, what to do and which product, over its reassurance, its
# apology of form and its contact line; "it" lost with the sentence that named the loaf
# becomes "the loaf". "Questions?" goes with the line it leads into.
_EN_RECALL_MASTER = (
    "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611\n"
    "We have found that some loaves from batch L2611 (best before 12/12/2026) may contain "
    "small pieces of glass. If you bought a Walnut & Honey Loaf between 1 and 4 December, "
    "please check the batch number on the label.\n"
    "Do not eat it. Bring it back to our shop at 14 Quay Street, Whitstable, for a full "
    "refund, with or without a receipt.\n"
    "No other product is affected. We are very sorry for the worry this causes.\n"
    "Questions? Call us on 01227 555 014 or email hello@harbourbakery.co.uk."
)
_EN_RECALL_HOOK = "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611 ⚠️\n"
_EN_RECALL_HAZARD = (
    "Some loaves from batch L2611 (best before 12 Dec) may contain small pieces of glass. "
)
_EN_RECALL_BRING = (
    "Bring it back to our shop at 14 Quay Street, Whitstable, for a full refund, with or "
    "without a receipt."
)
_EN_RECALL = (
    f"{_EN_RECALL_HOOK}{_EN_RECALL_HAZARD}If you bought a Walnut & Honey Loaf between 1 and 4 "
    f"Dec, please check the batch number on the label. Don't eat it. {_EN_RECALL_BRING} No "
    "other product is affected. We're very sorry for the worry this causes.\n"
    "Questions? Call us on 01227 555 014 or email hello@harbourbakery.co.uk."
)
_EN_RECALL_FITTED = f"{_EN_RECALL_HOOK}{_EN_RECALL_HAZARD}Don't eat the loaf. {_EN_RECALL_BRING}"

# An apology keeps the apology and the refund; its thanks and its sign-off go first (the
# sign-off comes back once the rest leaves room for it).
_FR_SORRY_MASTER = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco : attente de plus "
    "d'une heure au bar, plats arrivés froids et une sono bien trop forte. Nous vous devons "
    "des excuses.\n"
    "Toutes les personnes présentes samedi peuvent demander le remboursement de leur entrée "
    "jusqu'au 20 décembre, en écrivant à contact@leptitcabanon.fr.\n"
    "Merci de votre patience, et à très vite au P'tit Cabanon, 12 avenue des Sablettes à "
    "La Seyne-sur-Mer.\nL'équipe du P'tit Cabanon"
)
_FR_SORRY_KEPT = (
    "Samedi dernier, notre soirée de réouverture a été un vrai fiasco. On vous doit des "
    "excuses.\n"
    "Toutes les personnes présentes samedi peuvent demander le remboursement de leur entrée "
    "jusqu'au 20 déc., en écrivant à contact@leptitcabanon.fr."
)
_FR_SORRY = (
    f"{_FR_SORRY_KEPT}\n"
    "On a entendu vos retours et on a revu l'organisation avec toute l'équipe de salle et "
    "de cuisine.\n"
    "Merci de votre patience, et à très vite au P'tit Cabanon, 12 avenue des Sablettes à "
    "La Seyne-sur-Mer.\nL'équipe du P'tit Cabanon"
)


# A results post's figures are what it reports: its thanks go before any of them, even the
# thanks that names the town.
_EN_RESULTS_KEPT = (
    "Record year! In 2025 we fixed 4,812 bikes. We sold 390 refurbished ones and kept an "
    "estimated 11 tonnes of metal out of landfill. Our community workshop nights had 1,100 "
    "visits. Turnover passed £500k for the first time."
)
_EN_RESULTS = (
    f"{_EN_RESULTS_KEPT} Thank you, Sheffield, to every volunteer, donor and rider who came "
    "through our doors, we couldn't do it without you.\n\n#Sheffield #Bikes"
)
_RESULTS_WRITTEN = dt.date(2026, 1, 9)

# A kept sentence may make the room: the first one's closing clause goes, and the one that
# says how and by when to book a stall stays.
_EN_MARKET_KEPT = (
    "Our summer market is back on Harbour Square this Saturday from 9am to 1pm, with forty "
    "local growers, bakers and makers{clause}. Entry is free and dogs on a lead are welcome. "
    "Stalls are still available: book one at https://harbourmarket.com/stalls before Thursday "
    "noon. See you there!"
)
_EN_MARKET = _EN_MARKET_KEPT.format(
    clause=", which makes it our biggest market since we started the series in the old fish hall"
)

# The how keeps its address and loses its detail ("with the date and amount") and what the
# brand then does ("and we'll sort it straight away"); the courtesy goes first.
_EN_BILLING_KEPT = (
    "Heads up if you dined with us last Friday or Saturday: our card terminal provider had a "
    "glitch that charged some payments twice, and the duplicate charges are being reversed "
    "automatically within 3 to 5 business days. If you still see one after that, email "
    "billing@grill.example{tail}."
)
_EN_BILLING = (
    _EN_BILLING_KEPT.format(tail=" with the date and amount and we'll sort it straight away")
    + " Sorry for the hassle!"
)

# "Interested? Drop Claire a line…" asks about the offer before it: the three go together,
# never leaving a request about a class the post no longer mentions.
_EN_OFFER_KEPT = (
    "Our bakery is moving to a bigger shop at 12 Harbour Street on Monday 2 March, after eight "
    "happy years on Mill Lane. The old shop closes on Friday 27 February while we pack up."
)
_EN_OFFER = (
    f"{_EN_OFFER_KEPT} We're also starting a Saturday bread class for beginners, with 6 places, "
    "£40 a session and lunch included. Interested? Drop Claire a line at claire@bakery.example "
    "before 15 March."
)

# What a recall promises is no detail a cut may take to make room: "ils vous seront
# remboursés" stays, and the contact line with less weight goes.
_FR_JAM_MASTER = (
    "RAPPEL PRODUIT – Confiture d'abricots 370 g\n"
    "Par précaution, la Confiturerie du Ventoux rappelle les pots de confiture d'abricots des "
    "lots L2604 et L2605 (DLUO 03/2028), vendus dans notre boutique de Carpentras et sur les "
    "marchés de Vaucluse entre le 1er et le 20 mars 2026. Un défaut de fermeture des couvercles "
    "peut entraîner le développement de moisissures.\n"
    "Ne consommez pas ces pots et rapportez-les à la boutique ou sur notre stand du marché : ils "
    "vous seront remboursés. Les autres parfums et les autres lots ne sont pas concernés.\n"
    "Contact : 04 90 63 18 22."
)
_FR_JAM_KEPT = (
    "RAPPEL PRODUIT – Confiture d'abricots 370 g ⚠️\n"
    "La Confiturerie du Ventoux rappelle les pots de confiture d'abricots des lots L2604 et "
    "L2605 (DLUO 03/2028).{sold}\n"
    "Ne consommez pas ces pots et rapportez-les à la boutique ou sur notre stand du marché : ils "
    "vous seront remboursés.{rest}"
)
_FR_JAM = _FR_JAM_KEPT.format(
    sold=" Ils ont été vendus dans notre boutique de Carpentras et sur les marchés de Vaucluse "
    "entre le 1er et le 20 mars 2026. Un défaut de fermeture des couvercles peut entraîner le "
    "développement de moisissures.",
    rest=" Les autres parfums et les autres lots ne sont pas concernés.\n"
    "Contact : 04 90 63 18 22.",
)
_FR_JAM_WRITTEN = dt.date(2026, 3, 24)

# Neither the hazard's closing clause nor the "Please" alone makes room for the hazard; both
# cut together do, and the recall says what is wrong with the loaf again.
_EN_GLASS = (
    "PRODUCT RECALL: Walnut & Honey Loaf, batches L2611 and L2612, best before 12 Dec 2027 ⚠️ "
    "Some loaves may contain small pieces of glass{clause}. Don't eat it. {please}ring it back "
    "to our shop at 14 Quay Street, Whitstable, for a full refund. Questions: 01227 555 014 or "
    "hello@harbourbakery.co.uk"
)
_GLASS_CLAUSE = ", which we found during a routine check of our slicer"

# A sentence that leans on the one before it ("If you still see one after that") goes with
# it, and what it does counts for that one too: the apology's remedy stays whole, and the
# contact line that hung on it goes rather than leaving "after that" pointing at nothing.
_EN_CHARGED_KEPT = (
    "Heads up if you dined with us last Friday or Saturday: our card terminal provider had a "
    "glitch that charged some payments twice. The duplicate charges are being reversed "
    "automatically and should disappear from your statement within 3–5 business days.{then} "
    "Sorry for the hassle!"
)
_EN_CHARGED = _EN_CHARGED_KEPT.format(
    then=" If you still see one after that, email billing@harborhousegrill.com with the date "
    "and amount and we'll sort it straight away."
)

# A line that only gives again a link another gives weighs nothing of its own: one of the
# two goes before any sentence of the post.
_EN_GUIDE_KEPT = (
    "Our guide to the Ontario small business digital grant is out. It walks you through "
    "eligibility, the paperwork, and the five mistakes that get most applications rejected. "
    "Written for owners, not accountants, in plain words."
)
_EN_GUIDE_LINK = "Read it here: https://northstaradvisory.ca/grant-guide"
_EN_GUIDE = (
    f"{_EN_GUIDE_KEPT} Grab it here: https://northstaradvisory.ca/grant-guide\n{_EN_GUIDE_LINK}"
)

# A sentence that goes whole while lesser ones come back into the room it left: cut inside
# (its list after a colon), it stays, and it is the post's news.
_EN_CALENDAR_NEWS = "We've put together a free planting calendar for local gardens"
_EN_CALENDAR_KEPT = (
    "Autumn is the best time to plant in Perth. {news}. Grab a printed copy at the counter or "
    "download it from greenleafnursery.com.au/planting-guide 🌱\n\n#Perth #Gardening"
)
_EN_CALENDAR = _EN_CALENDAR_KEPT.format(
    news=f"{_EN_CALENDAR_NEWS}: what to sow each month, which natives cope with our sandy "
    "soil, and how much to water once the rains start"
)

# The emoji the voice added goes, and the address stays: a flower is worth less than where
# to go. The master's own emoji is the author's: the address goes (and the tag comes back).
_FR_GARAGE = (
    "Printemps = pneus\u202f!{emoji} Jusqu'au 30 avril, le Garage Martinez vous offre le "
    "montage et l'équilibrage pour l'achat de 4 pneus, et le contrôle de la climatisation à "
    "29\u202f€ au lieu de 49\u202f€. Sur rendez-vous uniquement\u00a0: 04 90 55 21 08.{address}"
)
_GARAGE_ADDRESS = "\n145 avenue de la Libération, Salon-de-Provence."
_GARAGE_TAG = "\n\n#SalonDeProvence"

# A "please" goes so that the sentence saying where to collect the garments stays; its
# colour and its thanks go instead. The same post with room to spare keeps its "please".
_EN_TAILOR = (
    "After 41 years at the sewing machine, I'm hanging up my tape measure. Alterations by "
    "Rosa will close its doors for the last time on Sat, Nov 28. If you have garments waiting "
    "with me, {please}come and collect them by then: 612 Queen Street East, Toronto, Tuesday "
    "to Saturday, 10 to 5.{rest}"
)
_EN_TAILOR_SHORTER = _EN_TAILOR.replace(" at the sewing machine", "")
_TAILOR_REST = (
    " It's been a privilege to dress this neighbourhood for its weddings, graduations and job "
    "interviews. Thank you."
)

# A hook that only leads into the post goes before the sentence that says how and by when
# to apply; a hook that says the news stays (the first example: "Our new shop opens…").
_EN_BARISTA = (
    "{hook}We need a part-time barista at Little Ancoats Coffee, three mornings a week "
    "(Tue–Thu, 7am–1pm), starting in January. Latte art is a bonus, not a must.{apply}"
)
_BARISTA_HOOK = "Fancy spending your mornings pulling shots and chatting to the regulars? "
_BARISTA_APPLY = (
    " Drop us a line with a bit about yourself at hello@littleancoats.example before Fri 4 "
    "December."
)


class FitLength(Transform):
    id = "fit-length"
    stage = Stage.POST
    order = 90
    summary = (
        "Bring a variant under its network's limit: extra closing hashtags first, then the "
        "least important sentences, then the hook cut at a word boundary with … and a link."
    )
    # Removing a sentence removes the links, tags and names in it: on purpose, and said in
    # each edit's ``drops``. Nothing is ever cut inside one.
    edits_protected = True
    examples = (
        TransformExample(_X_FITS, _X_FITS, network="x"),
        TransformExample(_X_LONG, _X_LONG_FITTED, network="x"),
        # The closing line loses its last tags before any sentence goes.
        TransformExample(_X_TAGS, _X_TAGS.removesuffix(" #Fresh"), network="x"),
        TransformExample(_FR_LONG, _FR_LONG_FITTED, lang="fr", network="x"),
        TransformExample(_FR_RECALL_CTA, _FR_RECALL, lang="fr", network="x", master=_FR_RECALL),
        TransformExample(_EN_AND, _EN_AND_FITTED, network="x"),
        TransformExample(_EN_SO, _EN_SO_FITTED, network="x"),
        TransformExample(_EN_BILLING, _EN_BILLING_KEPT.format(tail=""), network="x"),
        TransformExample(_EN_OFFER, _EN_OFFER_KEPT, network="x", date=_WRITTEN),
        TransformExample(
            _EN_RECALL, _EN_RECALL_FITTED, network="x", master=_EN_RECALL_MASTER, date=_WRITTEN
        ),
        TransformExample(
            _FR_SORRY,
            f"{_FR_SORRY_KEPT}\nL'équipe du P'tit Cabanon",
            lang="fr",
            network="x",
            master=_FR_SORRY_MASTER,
            date=_WRITTEN,
        ),
        TransformExample(
            _EN_RESULTS,
            f"{_EN_RESULTS_KEPT}\n\n#Sheffield #Bikes",
            network="x",
            date=_RESULTS_WRITTEN,
        ),
        TransformExample(
            _EN_CALENDAR, _EN_CALENDAR_KEPT.format(news=_EN_CALENDAR_NEWS), network="x"
        ),
        TransformExample(_EN_MARKET, _EN_MARKET_KEPT.format(clause=""), network="x"),
        TransformExample(
            _FR_JAM,
            _FR_JAM_KEPT.format(sold="", rest=""),
            lang="fr",
            network="x",
            master=_FR_JAM_MASTER,
            date=_FR_JAM_WRITTEN,
        ),
        TransformExample(_EN_CHARGED, _EN_CHARGED_KEPT.format(then=""), network="x"),
        TransformExample(
            _EN_GLASS.format(clause=_GLASS_CLAUSE, please="Please b"),
            _EN_GLASS.format(clause="", please="B"),
            network="x",
            date=_WRITTEN,
        ),
        TransformExample(
            _EN_BARISTA.format(hook=_BARISTA_HOOK, apply=_BARISTA_APPLY),
            _EN_BARISTA.format(hook="", apply=_BARISTA_APPLY),
            network="x",
            date=_WRITTEN,
        ),
        # With room for it, the hook stays.
        TransformExample(
            _EN_BARISTA.format(hook=_BARISTA_HOOK, apply=" Apply: hello@littleancoats.example"),
            _EN_BARISTA.format(hook=_BARISTA_HOOK, apply=" Apply: hello@littleancoats.example"),
            network="x",
            date=_WRITTEN,
        ),
        TransformExample(
            _EN_TAILOR.format(please="please ", rest=_TAILOR_REST),
            _EN_TAILOR.format(please="", rest=""),
            network="x",
        ),
        TransformExample(
            _EN_TAILOR_SHORTER.format(please="please ", rest=_TAILOR_REST),
            _EN_TAILOR_SHORTER.format(please="please ", rest=" Thank you."),
            network="x",
        ),
        TransformExample(
            _FR_GARAGE.format(emoji=" 🌸", address=_GARAGE_ADDRESS) + _GARAGE_TAG,
            _FR_GARAGE.format(emoji="", address=_GARAGE_ADDRESS),
            lang="fr",
            network="x",
            master=_FR_GARAGE.format(emoji="", address=_GARAGE_ADDRESS),
        ),
        TransformExample(
            _FR_GARAGE.format(emoji=" 🌸", address=_GARAGE_ADDRESS) + _GARAGE_TAG,
            _FR_GARAGE.format(emoji=" 🌸", address="") + _GARAGE_TAG,
            lang="fr",
            network="x",
            master=_FR_GARAGE.format(emoji=" 🌸", address=_GARAGE_ADDRESS),
        ),
        TransformExample(_EN_GUIDE, f"{_EN_GUIDE_KEPT}\n{_EN_GUIDE_LINK}", network="x"),
        # Mastodon counts every link as 23: the long link costs no more than a short one.
        TransformExample(_X_LONG, _X_LONG, network="mastodon"),
    )

    def applies(self, target: Target) -> bool:
        return target.network.limit is not None

    def edits(self, text: str, target: Target) -> list[Edit]:
        if _fits(text, target):
            return []
        plan = _plan(text, target)
        edits = _with_room_made(text, plan, target)
        other = _without_teaser(text, plan, target)
        if other is None:
            return edits
        # The teaser goes only when the post then says more of the message's key facts.
        other_edits = _with_room_made(text, other, target)
        keys = key_facts(target, pinning=True)
        said = _key_weight(apply_edits(text, edits), keys, target)
        if _key_weight(apply_edits(text, other_edits), keys, target) > said:
            return other_edits
        return edits


@dataclass(frozen=True, slots=True)
class _Plan:
    """What fitting a text does: its edits, and the units it removed or the hook it cut."""

    edits: list[Edit]
    units: list[Unit]
    removed: list[int]
    no_cut: ProtectedSpans
    shortened: bool
    # What each unit weighed when it went (see _drop_order): a plan is as good as the
    # heaviest of the sentences it removes.
    weights: dict[int, float]

    def loss(self) -> list[float]:
        """The weights of the sentences, call to action and signature removed, heaviest
        first: of two plans, the one whose heaviest loss is lighter keeps more."""
        kept_tags = (i for i in self.removed if self.units[i].role is not Role.HASHTAG)
        return sorted((self.weights.get(i, 0.0) for i in kept_tags), reverse=True)


def _plan(text: str, target: Target, *, teaser_may_go: bool = False) -> _Plan:
    facts, no_cut, units = variant_units(text, target)
    weights: dict[int, float] = {}
    removed = _removal_plan(text, units, target, weights, teaser_may_go=teaser_may_go)
    shortening = None
    if not _fits(_without(text, units, removed), target):
        shortening = _shorten_hook(text, units, removed, no_cut, facts, target)
    edits = _explained(text, units, removed, shortening, target)
    named = _pronouns_named(text, units, removed, target)
    if named and _fits(apply_edits(text, [*edits, *named]), target):
        edits += named
    return _Plan(edits, units, removed, no_cut, shortening is not None, weights)


def _without_teaser(text: str, plan: _Plan, target: Target) -> _Plan | None:
    """The plan that may remove a hook that only leads into the post (see :func:`_teaser`),
    when it removes lighter units than ``plan`` and no sentence ``plan`` keeps: on X, "Fancy
    spending your mornings pulling shots?" goes before "Drop us a line at … before Friday
    4 December". None when there is no such plan. A recall's or an incident's first line
    frames the alert ("Information importante sur vos données personnelles"): it stays."""
    if plan.shortened or target.understood().serious:
        return None
    if not any(plan.weights.get(i, 0.0) > 0 for i in plan.removed):
        return None
    other = _plan(text, target, teaser_may_go=True)
    if other.shortened or other.loss() >= plan.loss():
        return None
    # The hook goes in the place of what the plan removed, never with another sentence the
    # plan kept: an apology's "On est vraiment désolés" is worth more than its voucher's
    # room.
    words = {i for i in other.removed if other.units[i].role is not Role.HASHTAG}
    hooks = {i for i in words if other.units[i].role is Role.HOOK}
    if not hooks or not words - hooks <= set(plan.removed):
        return None
    return other


# How many cuts inside removed sentences are tried, each a whole new plan: a few sentences
# of a post weigh, each has a cut or two. A long text (an article on a network with a
# limit) is not tried: each plan costs its length.
_INNER_TRIALS = 8
_INNER_MAX_CHARS = 2000


def _with_room_made(text: str, plan: _Plan, target: Target) -> list[Edit]:
    """``plan``'s edits, or better ones: a removed sentence may stay with a cut inside it
    (its list after a colon, its closing clause, an aside:
    :mod:`brandvoice.adaptation.fitting.inner`) instead of going whole, lesser units going
    in its place or refilled around it. A cut is kept when the heaviest sentence the plan
    then removes is lighter (:meth:`_Plan.loss`) and no key fact said is lost."""
    if plan.shortened or not plan.removed or len(text) > _INNER_MAX_CHARS:
        return plan.edits
    keys = key_facts(target, pinning=True)
    best, best_loss = plan.edits, plan.loss()
    key_weight = _key_weight(apply_edits(text, plan.edits), keys, target)
    # The heaviest sentences removed first; then the kept ones, lightest first: a cut in
    # one of them may make the room a heavier one needs.
    heaviest = sorted(
        (i for i in plan.removed if plan.units[i].role is Role.SENTENCE),
        key=lambda i: plan.weights.get(i, 0.0),
        reverse=True,
    )
    lightest_kept = sorted(
        (
            i
            for i, unit in enumerate(plan.units)
            if unit.role in (Role.SENTENCE, Role.HOOK) and i not in plan.removed
        ),
        key=lambda i: plan.weights.get(i, math.inf),
    )
    cuts = [
        (index, cut)
        for index in [*heaviest, *lightest_kept]
        for cut in inner_cuts(
            text, plan.units[index].start, plan.units[index].end, plan.no_cut, target.lang
        )
    ]
    message = target.understood()

    cues = [cue.text.casefold() for cue in message.action_cues if cue.text.strip()]

    def says_purpose(passage: str) -> bool:
        # What the message asks or promises ("ils vous seront remboursés"), a recall's
        # hazard or an apology is no detail to cut: trim-clauses keeps them too.
        folded = passage.casefold()
        return (
            any(cue in folded for cue in cues)
            or bool(asks(passage, message, target.lang))
            or bool(purpose_weight(passage, message, target.lang))
            or (message.serious and offers_remedy(passage, target.lang))
        )

    cuts = [(i, cut) for i, cut in cuts if not says_purpose(text[cut.start : cut.end])]
    # Filler is tried first: the voice's emoji, a "please" (fitting/filler.py) are the
    # cheapest words a post can lose.
    cuts = _filler_cuts(text, plan, heaviest, lightest_kept, target) + cuts
    for index, cut in cuts[:_INNER_TRIALS]:
        trimmed = text[: cut.start] + cut.replacement + text[cut.end :]
        trial = _plan(trimmed, target)
        if trial.shortened or len(trial.units) != len(plan.units) or index in trial.removed:
            continue
        loss = trial.loss()
        mapped = _before_cut(
            trial.edits, cut.start, cut.end - cut.start - len(cut.replacement), cut.replacement
        )
        if mapped is None or loss >= best_loss:
            continue
        # Words are cut only to keep one of the post's own sentences, not the voice's call
        # to action ("See you there!"), a courtesy or a line repeating a link (they weigh
        # 0); and words of a kept sentence (a workshop's title, "lien en commentaire") only
        # for a sentence that says a key fact or does a job for the message.
        regained = [
            plan.weights.get(i, 0.0)
            for i in plan.removed
            if i not in trial.removed and plan.units[i].role is Role.SENTENCE
        ]
        least = 0.0 if index in plan.removed else _WORTH_A_KEPT_CUT
        if max(regained, default=0.0) <= least:
            continue
        if _key_weight(apply_edits(trimmed, trial.edits), keys, target) < key_weight:
            continue
        unit = plan.units[index]
        if index in plan.removed:
            why = f"so that sentence {unit.number} stays"
        else:
            why = f"of sentence {unit.number}, to make room for a sentence that weighs more"
        reason = f"shortened for length: {_allowance(target)}; {cut.what} left out, {why}"
        best, best_loss = [Edit(cut.start, cut.end, cut.replacement, reason), *mapped], loss
    if max(best_loss, default=0.0) <= _WORTH_A_KEPT_CUT:
        return best
    together = _with_cuts_together(text, plan, cuts, target, keys, key_weight, best_loss)
    return best if together is None else together


# The most cuts made together in one post: a handful of sentences each lose a clause, a
# "please" or an emoji; each cut is then offered back, one plan each.
_TOGETHER_MAX = 8


def _with_cuts_together(
    text: str,
    plan: _Plan,
    cuts: Sequence[tuple[int, InnerCut]],
    target: Target,
    keys: Sequence[tuple[str, float]],
    key_weight: float,
    best_loss: list[float],
) -> list[Edit] | None:
    """Compress before cutting: when no one cut keeps a sentence that says a key fact (or
    does a job for the message), every cut at once may (a recall's "which aren't declared
    on the label", "; no receipt needed" and a "please" make room for "Some packs may
    contain peanuts"). The plan made on the text so cut is kept when the heaviest sentence it
    removes is lighter than ``best_loss``'s, it removes no sentence ``plan`` kept (an
    apology is not traded for its voucher) and no key fact said is lost; then each cut is
    offered back, the post keeping the words it still has room for. None when cutting
    everything keeps nothing heavier."""
    chosen: list[tuple[int, InnerCut]] = []
    for index, cut in sorted(cuts, key=lambda pair: pair[1].start - pair[1].end):
        if all(cut.end <= other.start or other.end <= cut.start for _, other in chosen):
            chosen.append((index, cut))
    chosen = sorted(chosen[:_TOGETHER_MAX], key=lambda pair: pair[1].start)
    if len(chosen) < 2:
        return None  # one cut alone was tried already

    def trial_of(subset: Sequence[tuple[int, InnerCut]]) -> tuple[list[Edit], list[float]] | None:
        trimmed = text
        for _, cut in reversed(subset):  # right to left: each cut's offsets stay the text's
            trimmed = trimmed[: cut.start] + cut.replacement + trimmed[cut.end :]
        trial = _plan(trimmed, target)
        if trial.shortened or len(trial.units) != len(plan.units):
            return None
        words = {i for i in trial.removed if trial.units[i].role is not Role.HASHTAG}
        if not words <= set(plan.removed):
            return None  # the cuts keep more, never one sentence in another's place
        if _key_weight(apply_edits(trimmed, trial.edits), keys, target) < key_weight:
            return None
        mapped = trial.edits
        for _, cut in subset:  # left to right: undo the cut made last first
            length = cut.end - cut.start - len(cut.replacement)
            moved = _before_cut(mapped, cut.start, length, cut.replacement)
            if moved is None:
                return None
            mapped = moved
        return mapped, trial.loss()

    found = trial_of(chosen)
    if found is None or found[1] >= best_loss:
        return None
    loss = found[1]
    # Offered back longest first: the post keeps every cut's words it has room for.
    for pair in sorted(chosen, key=lambda pair: pair[1].start - pair[1].end):
        fewer = [other for other in chosen if other is not pair]
        again = trial_of(fewer)
        if again is not None and again[1] <= loss:
            chosen, found = fewer, again
    allowance = _allowance(target)
    edits = [
        Edit(
            cut.start,
            cut.end,
            cut.replacement,
            f"shortened for length: {allowance}; {cut.what} left out of sentence "
            f"{plan.units[index].number}, to make room for a sentence that weighs more",
        )
        for index, cut in chosen
    ]
    return [*edits, *found[0]]


def _filler_cuts(
    text: str, plan: _Plan, removed: Sequence[int], kept: Sequence[int], target: Target
) -> list[tuple[int, InnerCut]]:
    """Filler as cuts of the unit it is in (:mod:`brandvoice.adaptation.fitting.filler`):
    each emoji the voice added to a kept unit (or after it, on its line), and each "please"
    of the sentences ``removed`` (heaviest first) and ``kept``: a post that fits without
    it may keep a sentence."""
    cuts = []
    for emoji in decoration_emoji(text, target.master):
        # The unit it ends, or the last one before it: the hook's emoji may follow its stop.
        before = [i for i in kept if plan.units[i].start < emoji.end]
        if before:
            index = max(before, key=lambda i: plan.units[i].start)
            cuts.append((index, InnerCut(emoji.start, emoji.end, emoji.what)))
    for index in [*removed, *kept]:
        unit = plan.units[index]
        found = [
            c
            for c in framing(text, unit.start, unit.end, target.lang)
            if not plan.no_cut.overlaps(c.start, c.end)
        ]
        if base_language(target.lang) == "en":
            found += politeness(text, unit.start, unit.end)
        for c in found:
            cuts.append((index, InnerCut(c.start, c.end, c.what, c.replacement)))
    return cuts


def _key_weight(text: str, keys: Sequence[tuple[str, float]], target: Target) -> float:
    """The weight of the key facts ``text`` says."""
    passages = Passages([text], target.lang, target.understood().reference_date)
    return sum(weight for fact, weight in keys if passages.saying(fact))


def _before_cut(
    edits: Sequence[Edit], at: int, length: int, replacement: str = ""
) -> list[Edit] | None:
    """``edits`` made on a text from which ``length`` characters at ``at`` were cut (and
    ``replacement`` written there), made on the text before the cut; None when one of them
    spans the cut."""
    moved: list[Edit] = []
    for edit in edits:
        if edit.end <= at and not (edit.start == edit.end == at):
            moved.append(edit)
        elif edit.start >= at + len(replacement):
            moved.append(replace(edit, start=edit.start + length, end=edit.end + length))
        else:
            return None
    return moved


def variant_units(text: str, target: Target) -> tuple[list[Fact], ProtectedSpans, list[Unit]]:
    """A rendered variant's facts, the spans no cut may fall in, and its units (sentences,
    the voice's call to action and signature, the closing line's tags)."""
    facts = extract_facts(text, target.lang, target.protected_names)
    no_cut = no_cut_spans(text, target, facts)
    voice = target.voice
    furniture = Furniture(
        choose(voice, target.understood(), target.lang, target.decoration.cta).text,
        signature_of(voice, target.network, target.lang),
    )
    return facts, no_cut, split_units(text, target.lang, furniture, no_cut, facts)


def removal_edit(text: str, unit: Unit, span: tuple[int, int], reason: str) -> Edit:
    """The edit removing ``unit`` (its ``span`` with the spacing around it), its passage
    and facts listed as dropped: a name the extractor finds in the master but not in the
    variant (the parse differs) is excused all the same."""
    start, end = span
    return Edit(
        start, end, "", reason, drops=(text[unit.start : unit.end], *(f.text for f in unit.facts))
    )


# --- Measuring ------------------------------------------------------------------------------------


def _fits(text: str, target: Target) -> bool:
    return fits(text, target.network)


# Planning measures the same candidate texts more than once, and twitter-text's weighting
# costs about a millisecond a text: remember the last answers.
@lru_cache(maxsize=1024)
def fits(text: str, network: Network) -> bool:
    """Whether ``text`` is within ``network``'s limits, counted the network's way."""
    from brandvoice.networks import measure

    measured = measure(text, network)
    return measured.over == 0 and all(extra.within for extra in measured.extra)


def _allowance(target: Target) -> str:
    from brandvoice.checks.length import UNIT_LABELS

    network = target.network
    label = UNIT_LABELS.get(str(network.unit), _UNIT_FALLBACK)
    return f"{network.name} allows {network.limit} {label}"


# --- Planning -------------------------------------------------------------------------------------


def no_cut_spans(text: str, target: Target, facts: Sequence[Fact]) -> ProtectedSpans:
    return protected_spans(text, target.protected_names, ((f.start, f.end) for f in facts))


# A sentence holding one of the message's key facts (see brandvoice.understand) outweighs
# any number of lesser facts: a reader can do without the number of stalls, not without the
# day, the place or the link. Key facts weigh more than all lesser facts a sentence could
# hold together, so every sentence without one goes first; between key facts, how to act
# weighs most: without it the post asks in vain.
KEY_FACT_WEIGHTS: dict[KeyRole, float] = {
    KeyRole.HOW: 300.0,
    KeyRole.WHAT: 200.0,
    KeyRole.WHEN: 200.0,
    KeyRole.WHERE: 200.0,
    KeyRole.PRICE: 100.0,
    KeyRole.WHO: 100.0,
}

# The least a sentence must weigh for a kept sentence to lose words to make room for it:
# just under a key fact's (a price, 100), above any number of lesser facts.
_WORTH_A_KEPT_CUT = KEY_FACT_WEIGHTS[KeyRole.PRICE] - 1


# An action cue this strong is the instruction itself ("Ne consommez pas", "return it"):
# the sentence that gives it says how to act as much as a phone number does.
_INSTRUCTION_WEIGHT = 2.0
# In a recall or an incident the instruction is the reader's safety ("stop charging the
# battery", "ne consommez pas ce fromage"): it outweighs every other key fact together, so a
# short network keeps it over the lot number, the place or the phone.
_SAFETY_INSTRUCTION_WEIGHT = 10 * KEY_FACT_WEIGHTS[KeyRole.HOW]
# What a recall is about (the helmet, the jam) weighs as much: "stop using it" without
# what "it" is tells the reader nothing.
_RECALLED = KeyRole.WHAT
# A job ad's job weighs above where and when it is and how to apply: "Apply by Friday at
# kitelane.example/careers" under a hook, without the job it is for, tells the reader nothing.
_JOB_WEIGHT = KEY_FACT_WEIGHTS[KeyRole.HOW] + KEY_FACT_WEIGHTS[KeyRole.WHAT]
# In an apology or a recall the brand says who speaks: its name weighs more than a way to
# reach it (an unsigned apology reads as nobody's), less than what the reader must do.
_SPEAKER_WEIGHT = KEY_FACT_WEIGHTS[KeyRole.HOW] + KEY_FACT_WEIGHTS[KeyRole.WHO]


def key_facts(
    target: Target, *, pinning: bool = False, instructions: bool = True
) -> tuple[tuple[str, float], ...]:
    """The message's key facts as written in the master, and (with ``instructions``) the
    words that ask the reader to act, with their weights; with ``pinning``, without the
    "when" and "where" facts that pin no day or place ("this year", "40 artisans du Var":
    see :mod:`brandvoice.understand.pinning`), which fitting need not keep over others."""
    message = target.understood()
    chosen = pinning_facts(message) if pinning else message.facts
    brand = {name.casefold() for name in target.voice.names}

    def weight_of(fact: KeyFact) -> float:
        if message.intent is Intent.RECALL and fact.role is _RECALLED:
            return _SAFETY_INSTRUCTION_WEIGHT
        if message.intent is Intent.HIRING and fact.role is KeyRole.WHAT:
            return _JOB_WEIGHT
        if message.serious and fact.role is KeyRole.WHO and fact.text.casefold() in brand:
            return _SPEAKER_WEIGHT
        return KEY_FACT_WEIGHTS[fact.role]

    facts = [
        (fact.text, weight_of(fact))
        for fact in chosen
        if fact.role in KEY_FACT_WEIGHTS and fact.text.strip()
    ]
    if not instructions:
        return tuple(facts)
    weight = _instruction_weight(message)
    asked = [
        (cue.text, weight)
        for cue in message.action_cues
        if cue.weight >= _INSTRUCTION_WEIGHT and cue.text.strip()
    ]
    return tuple(facts + asked)


def _instruction_weight(message: Message) -> float:
    return _SAFETY_INSTRUCTION_WEIGHT if message.serious else KEY_FACT_WEIGHTS[KeyRole.HOW]


# What a recall or an apology is for (see fitting/purpose.py) weighs this much per unit of
# its strongest cue's weight. A recall's hazard (3) and batch (2) weigh above the ways to
# reach the brand (a phone and an e-mail, 600), below the instruction (3000). An
# apology (3) weighs as a key fact does, above the news that all works again (2), below
# where to get help: an apology that cannot say how to be made good reads as form.
_PURPOSE_PER_CUE: dict[Intent, float] = {Intent.RECALL: 500.0, Intent.INCIDENT: 100.0}
# A results post's figures are what it reports (purpose.py): each one a sentence says
# weighs as a price does, so the thanks and the colour go first, and of two sentences of
# figures the one that reports more stays longer. An incident's figures too: how many
# patients, how many days late.
_PER_FIGURE_REPORTED = KEY_FACT_WEIGHTS[KeyRole.PRICE]
# A courtesy (thanks, a sign-off line) keeps this share of its key facts' weight, and no
# bonus for coming early: it goes before any other sentence that says a key fact, after
# those that say none only when it says one itself.
_COURTESY_SHARE = 0.25
_CONTACTS = frozenset({FactKind.EMAIL, FactKind.PHONE, FactKind.URL})


def _purposes(
    parts: Sequence[str], units: Sequence[Unit], indices: Sequence[int], target: Target
) -> tuple[dict[int, float], set[int]]:
    """For the units ``indices`` (their texts ``parts``): the weight of what each does for
    the message beyond its facts (the instruction, what a recall or an apology is for), and
    the courtesies among them."""
    message = target.understood()
    per_line = Counter(unit.line for unit in units)
    extra: dict[int, float] = {}
    courtesy: set[int] = set()
    for index, part in zip(indices, parts, strict=True):
        unit = units[index]
        if unit.role is not Role.SENTENCE:
            # The voice's call to action and signature are its boilerplate ("Une question ?
            # Écrivez-nous en message privé."): they weigh by their facts alone.
            extra[index] = 0.0
            continue
        asking = bool(asks(part, message, target.lang))
        # Help is a way to reach the brand the sentence gives, not an invitation to write.
        helping = (
            message.serious
            and any(f.kind in _CONTACTS for f in unit.facts)
            and gets_in_touch(part, target.lang)
        )
        remedy = message.intent is Intent.INCIDENT and offers_remedy(part, target.lang)
        extra[index] = max(
            _instruction_weight(message) if asking else 0.0,
            _PURPOSE_PER_CUE.get(message.intent, 0.0) * purpose_weight(part, message, target.lang),
            KEY_FACT_WEIGHTS[KeyRole.HOW] if helping or remedy else 0.0,
            _PER_FIGURE_REPORTED * figures_reported(part, message),
        )
        own_line = per_line[unit.line] == 1
        if not asking and is_courtesy(part, target.lang, own_line=own_line):
            courtesy.add(index)
    return extra, courtesy


def lesser_importance(unit: Unit, body_position: int) -> float:
    weight = sum(FACT_WEIGHTS[fact.kind] for fact in unit.facts)
    if unit.role is Role.SENTENCE:
        # Earlier sentences carry the story; the bonus stays below one fact's weight.
        weight += 1 / (1 + body_position)
    return weight


def _drop_order(
    units: Sequence[Unit],
    text: str,
    keys: Sequence[tuple[str, float]],
    target: Target,
    weights: dict[int, float] | None = None,
    *,
    teaser_may_go: bool = False,
) -> list[int]:
    """Units in the order they go: extra tags, then sentences, call to action and signature
    least important first, the last tag before the first of them that says a key fact. A
    key fact counts for a unit only while no other unit still there says it: the phone
    number given in the body and again in the call to action keeps one of the two."""
    tags = [i for i, u in enumerate(units) if u.role is Role.HASHTAG]
    droppable = [
        i for i, u in enumerate(units) if u.role in (Role.SENTENCE, Role.CTA, Role.SIGNATURE)
    ]
    hooks = [i for i, u in enumerate(units) if u.role is Role.HOOK]
    reference = target.understood().reference_date
    asked = [*droppable, *hooks]
    parts = [text[units[i].start : units[i].end] for i in asked]
    passages = Passages(parts, target.lang, reference)
    said: dict[int, set[int]] = {i: set() for i in asked}
    for k, (fact, _) in enumerate(keys):
        for position in passages.saying(fact):
            said[asked[position]].add(k)
    held = {i: frozenset(said[i]) for i in droppable}
    # A teaser hook may go when every key fact it says another unit says too ("mornings").
    teaser = [
        i
        for i in hooks
        if teaser_may_go
        and _teaser(text, units, i, target)
        and all(any(k in said[j] for j in droppable) for k in said[i])
    ]
    always = frozenset().union(*(said[i] for i in hooks if i not in teaser))
    extra, courtesy = _purposes(parts[: len(droppable)], units, droppable, target)
    # A courtesy, and a line that only says a link another unit gives ("Find it at
    # <link>" after the sentence with it), weigh nothing of their own.
    lesser = {
        i: 0.0
        if i in courtesy or _says_a_kept_link_again(units, i, ())
        else lesser_importance(units[i], position)
        for position, i in enumerate(droppable)
    }
    # A sentence that leans on another ("If you still see one after that, email…") goes
    # with it: what it does for the message counts for the one it leans on too.
    for dependent, support in _lead_ins(text, units, target).items():
        if dependent in extra and support in extra:
            extra[support] += extra[dependent]
    # A unit's weight is its lesser importance plus the key facts no other remaining unit
    # (nor the hook) says. Removing a unit can only make the key facts it shared sole to
    # the one unit left saying them: weights only grow, and a heap with stale entries
    # skipped gives the lightest unit as the old scan of every remaining unit did.
    holders: dict[int, set[int]] = {}
    for i in droppable:
        for k in held[i] - always:
            holders.setdefault(k, set()).add(i)

    def weight(index: int) -> float:
        sole = [k for k in held[index] - always if len(holders[k]) == 1]
        # Key weights are whole numbers: their sum is exact whatever the order.
        said_alone = sum(keys[k][1] for k in sole)
        if index in courtesy:
            return said_alone * _COURTESY_SHARE
        return lesser[index] + extra[index] + said_alone

    current = {i: weight(i) for i in droppable}
    heap = [(current[i], -units[i].start, i) for i in droppable]
    heapq.heapify(heap)
    order: list[int] = []
    key_holding: dict[int, bool] = {}
    while heap:
        value, _, chosen = heapq.heappop(heap)
        if chosen in key_holding or value != current[chosen]:
            continue  # removed already, or weighed again since
        # Least important first; between equals, the later one.
        order.append(chosen)
        if weights is not None:
            weights[chosen] = value
        key_holding[chosen] = value - lesser[chosen] > 0
        for k in held[chosen] - always:
            holders[k].discard(chosen)
            if len(holders[k]) == 1:
                (last,) = holders[k]
                current[last] = weight(last)
                heapq.heappush(heap, (current[last], -units[last].start, last))
    minor = [i for i in order if not key_holding[i]]
    major = [i for i in order if key_holding[i]]
    # The last tag goes before any sentence that alone says a key fact; so does a teaser
    # hook, when it may go (see _teaser).
    if weights is not None:
        weights.update(dict.fromkeys(teaser, 0.0))
    return [*reversed(tags[1:]), *minor, *tags[:1], *teaser, *major]


def _teaser(text: str, units: Sequence[Unit], index: int, target: Target) -> bool:
    """Whether the hook ``units[index]`` only leads into the post ("Fancy spending your
    mornings pulling shots?", « Un petit mot pour celles et ceux qui attendent leur
    colis. »): it says no fact at all, asks nothing and says nothing a recall or an
    apology is for, and the sentence after it shares its line (that one then opens the
    post; a hook alone on its line is a title)."""
    hook = units[index]
    following = units[index + 1] if index + 1 < len(units) else None
    if hook.facts or following is None or following.role is not Role.SENTENCE:
        return False
    if following.line != hook.line:
        return False
    part = text[hook.start : hook.end]
    message = target.understood()
    return not asks(part, message, target.lang) and not purpose_weight(
        part, message, target.lang
    )


def _removal_plan(
    text: str,
    units: Sequence[Unit],
    target: Target,
    weights: dict[int, float] | None = None,
    *,
    teaser_may_go: bool = False,
) -> list[int]:
    """The units to remove: the first ones of the drop order until the text fits, then
    those offered back that still let it fit.

    Every candidate text is the last one with one unit more or less, and measuring each
    whole would cost the text's length per unit. The text is kept line by line instead,
    each line's count known (:class:`_Estimate`): a candidate whose estimate is over the
    limit by more than a margin is not measured, every other one is, whole, as before.
    """
    lines = Lines(text, units)
    estimate = _Estimate(lines, target)
    removed: list[int] = []
    fitted = False
    keys = key_facts(target, pinning=True, instructions=False)
    for index in _drop_order(units, text, keys, target, weights, teaser_may_go=teaser_may_go):
        if estimate.may_fit() and _fits(estimate.text(), target):
            fitted = True
            break
        removed.append(index)
        estimate.remove(index)
    leads = _lead_ins(text, units, target)
    if not fitted and not (estimate.may_fit() and _fits(estimate.text(), target)):
        return _with_lead_ins(removed, leads)
    # What leans on a unit removed goes before anything is offered back: the room it
    # leaves may take back a sentence ("Drop Claire a line…" gone with its offer).
    for index in _with_lead_ins(removed, leads)[len(removed) :]:
        removed.append(index)
        estimate.remove(index)
    # Offered back most important first, words before tags: a sentence that says how to
    # book is worth more than the closing line's last tag.
    offers = [i for i in reversed(removed) if units[i].role is not Role.HASHTAG]
    offers += [i for i in reversed(removed) if units[i].role is Role.HASHTAG]
    led_by = {led: lead for lead, led in leads.items()}
    waiting: set[int] = set()  # lead-ins offered while their sentence was still out
    queue = list(offers)
    while queue:
        index = queue.pop(0)
        if index in leads and leads[index] in removed:
            waiting.add(index)  # "Questions?" alone asks nothing: offered after its sentence
            continue
        if _says_a_kept_link_again(units, index, removed):
            continue  # "Find it at <link>" after the sentence that gave the link
        if estimate.may_fit(restored=index) and _fits(estimate.text(restored=index), target):
            removed = [i for i in removed if i != index]
            estimate.restore(index)
            if led_by.get(index) in waiting:
                queue.insert(0, led_by[index])
    return _with_lead_ins(removed, leads)


def _says_a_kept_link_again(units: Sequence[Unit], index: int, removed: Sequence[int]) -> bool:
    """Whether unit ``index`` says nothing but links the units kept say already."""
    facts = units[index].facts
    links = {url_key(f.text) for f in facts if f.kind is FactKind.URL}
    if not links or len(links) != len(facts):
        return False
    gone = set(removed)
    kept = {
        url_key(f.text)
        for i, unit in enumerate(units)
        if i != index and i not in gone
        for f in unit.facts
        if f.kind is FactKind.URL
    }
    return links <= kept


# A short question that leads into the sentence after it on its line ("Questions? Call us
# on…", "Une question ? Écrivez-nous…"): it says nothing alone.
_LEAD_IN = regex.compile(r"[^.!?…\n]{1,40}\?[\s\u00a0\u202f]*")
_LEAD_IN_WORDS = 4


def _lead_ins(text: str, units: Sequence[Unit], target: Target) -> dict[int, int]:
    """``{unit: the unit it cannot stand without}``: a lead-in question and the sentence it
    leads into; a sentence opening on "Si ce n'est pas le cas" and the one before it."""
    found: dict[int, int] = {}
    for index, (unit, following) in enumerate(itertools.pairwise(units)):
        part = text[unit.start : unit.end]
        if (
            unit.role is Role.SENTENCE
            and following.role in (Role.SENTENCE, Role.CTA)
            and following.line == unit.line
            and _LEAD_IN.fullmatch(part)
            and len(part.split()) <= _LEAD_IN_WORDS
        ):
            found[index] = index + 1
            found.update(_offer_chain(text, units, index, target))
        elif (
            following.role is Role.SENTENCE
            and unit.role in (Role.SENTENCE, Role.HOOK)
            and leans_on_previous(text[following.start : following.end], target.lang)
        ):
            found[index + 1] = index
    return found


def _offer_chain(text: str, units: Sequence[Unit], index: int, target: Target) -> dict[int, int]:
    """``{request: offer}`` when the lead-in question ``units[index]`` asks whether the
    reader wants what the sentence before it offers ("…6 desks, €150 a month. Interested?
    Drop Claire a line at…"): the request after it is about that offer, and goes with it;
    empty otherwise."""
    if index == 0 or units[index - 1].role is not Role.SENTENCE:
        return {}
    if not asks_interest(text[units[index].start : units[index].end], target.lang):
        return {}
    return {index + 1: index - 1}


def _with_lead_ins(removed: list[int], leads: dict[int, int]) -> list[int]:
    """``removed`` with every unit whose support goes: it goes along."""
    gone = set(removed)
    added = True
    while added:  # a chain of them goes whole
        added = False
        for lead, led in leads.items():
            if led in gone and lead not in gone:
                gone.add(lead)
                removed = [*removed, lead]
                added = True
    return removed


class _Estimate:
    """A text with some units removed, line by line, and its count on the network as the
    sum of its lines' counts.

    Lines meet where one line's last unit ends and the next part starts with the spacing
    and line break after it: no link, emoji, grapheme or composed character spans that,
    so the sum is the whole text's count. :attr:`_MARGIN` guards the few cases where a
    network's count is not quite a sum (a blank text counting 0 on Mastodon): only a
    candidate over the limit by more than it goes unmeasured.
    """

    def __init__(self, lines: Lines, target: Target) -> None:
        self.lines = lines
        self.network = target.network
        limit = self.network.limit
        assert limit is not None
        self.limit = limit
        self.margin = 64 + limit // 8
        self.counts = [self._count(part) for part in lines.parts]
        self.total = sum(self.counts)

    def _count(self, part: str) -> int:
        from brandvoice.networks import measure

        return measure(part, self.network).count if part else 0

    def _changed(self, index: int, removing: bool) -> tuple[int, set[int], str]:
        line = self.lines.line_of[index]
        removed = set(self.lines.removed_on(line))
        if removing:
            removed.add(index)
        else:
            removed.discard(index)
        return line, removed, self.lines.line_text(line, removed)

    def remove(self, index: int) -> None:
        self._apply(*self._changed(index, removing=True))

    def restore(self, index: int) -> None:
        self._apply(*self._changed(index, removing=False))

    def _apply(self, line: int, removed: set[int], part: str) -> None:
        count = self._count(part)
        self.total += count - self.counts[line]
        self.counts[line] = count
        self.lines.set_line(line, removed, part)

    def may_fit(self, restored: int | None = None) -> bool:
        total = self.total
        if restored is not None:
            line, _, part = self._changed(restored, removing=False)
            total += self._count(part) - self.counts[line]
        return total <= self.limit + self.margin

    def text(self, restored: int | None = None) -> str:
        parts = list(self.lines.parts)
        if restored is not None:
            line, _, part = self._changed(restored, removing=False)
            parts[line] = part
        return "".join(parts)


def _without(
    text: str,
    units: Sequence[Unit],
    removed: Collection[int],
    shortening: Shortening | None = None,
) -> str:
    edits = [Edit(s, e, "", "") for s, e in removal_spans(units, removed).values()]
    if shortening is not None:
        edits.append(Edit(shortening.start, shortening.end, shortening.replacement, ""))
    return apply_edits(text, edits)


def _shorten_hook(
    text: str,
    units: Sequence[Unit],
    removed: Sequence[int],
    no_cut: ProtectedSpans,
    facts: Sequence[Fact],
    target: Target,
) -> Shortening | None:
    hook = next((u for u in units if u.role is Role.HOOK), None)
    if hook is None:
        return None
    from brandvoice.text.entities import find_entities

    link_ends = {e.end for e in find_entities(text) if e.kind != "emoji"}
    link = _full_text_link(facts, target)

    def fits(start: int, replacement: str) -> bool:
        trial = Shortening(start, hook.end, replacement, None)
        return _fits(_without(text, units, removed, trial), target)

    weak_ends = {
        token.idx + len(token.text)
        for token in parse(target.lang, text)
        if token.pos_ in _FUNCTION_WORDS
    }
    return shorten(text, (hook.start, hook.end), no_cut, link_ends, link, fits, weak_ends)


def _full_text_link(facts: Sequence[Fact], target: Target) -> str | None:
    """The master's first link, as the variant writes it (UTM tags added by the links
    transform count); else the brand's home page; else None."""
    # find_urls includes links written with a scheme on domains twitter-text does not know.
    links = find_urls(target.master)
    if not links:
        return target.voice.links.home
    first = links[0].text
    key = url_key(first)
    for fact in facts:
        if fact.kind is FactKind.URL and url_key(fact.text) == key:
            return fact.text
    return first


# --- Explaining -----------------------------------------------------------------------------------


def _explained(
    text: str,
    units: Sequence[Unit],
    removed: Sequence[int],
    shortening: Shortening | None,
    target: Target,
) -> list[Edit]:
    allowance = _allowance(target)
    result = _without(text, units, removed, shortening)
    still = "" if _fits(result, target) else _still_over(result, target)
    edits: list[Edit] = []
    for index, span in sorted(removal_spans(units, removed).items()):
        unit = units[index]
        reason = f"dropped for length: {allowance}; {_describe(text, unit)} removed{still}"
        edits.append(removal_edit(text, unit, span, reason))
    edits += _connectives_left(text, units, removed)
    if shortening is not None:
        hook = next(u for u in units if u.role is Role.HOOK)
        cut_facts = tuple(
            f.text for f in hook.facts if f.start >= shortening.start and f.text != shortening.link
        )
        link = f" and a link to the full text ({shortening.link})" if shortening.link else ""
        edits.append(
            Edit(
                shortening.start,
                shortening.end,
                shortening.replacement,
                f"shortened for length: {allowance}; the first sentence is cut at a word "
                f"boundary and ends with “…”{link}{still}",
                drops=cut_facts,
            )
        )
    return edits


# A sentence opening on a connective leans on the sentence before it ("Join us … We'll pour
# cider. And everyone who comes gets 10% off"): with that sentence removed, the connective
# goes too and the sentence starts on the word after it. "Aussi" is a connective only
# before a comma ("Aussi avons-nous…" inverts its subject and needs it), and so is "Plus"
# ("Plus de 40 artisans" is no connective). "So" gives the consequence of the sentence
# before it ("…broke down on the M6. So around 300 deliveries are running late"); "so far"
# is no connective.
_CONNECTIVE = regex.compile(
    r"(?:(?:and|but|also|so(?![\s\u00a0]+far\b)|et|mais)(?:[\s\u00a0\u202f]*,)?"
    r"|(?:plus|aussi)[\s\u00a0\u202f]*,)"
    r"[\s\u00a0\u202f]+"
    r"(?=\p{Ll})(?![\w.-]*[@/]|[\w-]+\.\p{L})",
    regex.IGNORECASE,
)


def _connectives_left(text: str, units: Sequence[Unit], removed: Collection[int]) -> list[Edit]:
    """Edits taking the connective off each kept sentence whose sentence before it goes."""
    edits = []
    gone = set(removed)
    spans = protected_spans(text)
    for index, unit in enumerate(units):
        if unit.role is not Role.SENTENCE or index in gone or index - 1 not in gone:
            continue
        if units[index - 1].role not in (Role.SENTENCE, Role.HOOK):
            continue
        match = _CONNECTIVE.match(text, unit.start, unit.end)
        if match is None:
            continue
        after = text[match.end()]
        if not after.isalpha() or spans.overlaps(match.end(), match.end() + 1):
            continue  # a link, a mention or a number is written as it is: no capital
        edits.append(
            Edit(
                unit.start,
                match.end() + 1,
                after.upper(),
                f"rewritten for length: sentence {unit.number} opened on "
                f"{match.group().strip(' ,')!r}, which leaned on the sentence removed before it",
            )
        )
    return edits


# A recall's instruction that opens on its verb and "it" ("Don't eat it.", "Bring it
# back…") leans on the sentence before it, which named the product ("If you bought a Walnut
# & Honey Loaf…"). With that sentence gone, "it" names nothing: it becomes "the loaf", the
# head word of what the recall is about, when it fits.
_PRONOUN_LED = regex.compile(
    r"(?:(?:please|do not|don['’]t)[\s\u00a0]+)?\p{L}+[\s\u00a0]+(it)(?![\p{L}'’])",
    regex.IGNORECASE,
)


def _pronouns_named(
    text: str, units: Sequence[Unit], removed: Collection[int], target: Target
) -> list[Edit]:
    """The edit naming the product in the first kept instruction whose "it" lost the
    sentence that named it; none when the kept sentence before it names it already."""
    message = target.understood()
    if message.intent is not Intent.RECALL or base_language(target.lang) != "en":
        return []
    head = _product_head(message)
    if head is None:
        return []
    gone = set(removed)
    for index, unit in enumerate(units):
        if unit.role is not Role.SENTENCE or index in gone or index - 1 not in gone:
            continue
        if units[index - 1].role is not Role.SENTENCE:
            continue
        match = _PRONOUN_LED.match(text, unit.start, unit.end)
        if match is None:
            continue
        before = [u for i, u in enumerate(units[:index]) if i not in gone]
        said = regex.compile(rf"\b{regex.escape(head)}\b", regex.IGNORECASE)
        if before and said.search(text, before[-1].start, before[-1].end):
            return []
        return [
            Edit(
                match.start(1),
                match.end(1),
                f"the {head}",
                f"rewritten for length: sentence {unit.number}'s {match.group(1)!r} named "
                f"what the sentence removed before it said: the {head}",
            )
        ]
    return []


def _product_head(message: Message) -> str | None:
    """The head word of what a recall is about, as a common noun: "loaf" for "Harbour
    Bakery Walnut & Honey Loaf"; None when its last word is no word ("L2611")."""
    what = message.of_role(KeyRole.WHAT)
    if not what:
        return None
    words = what[0].text.split()
    last = words[-1] if words else ""
    return last.casefold() if last.isalpha() else None


def _describe(text: str, unit: Unit) -> str:
    if unit.role is Role.HASHTAG:
        return f"hashtag {text[unit.start : unit.end]} of the closing line"
    facts = _facts_phrase(unit.facts)
    if unit.role is Role.CTA:
        return f"the call to action ({facts})"
    if unit.role is Role.SIGNATURE:
        return f"the signature ({facts})"
    return f"sentence {unit.number} ({facts})"


def _facts_phrase(facts: Sequence[Fact]) -> str:
    if not facts:
        return "no facts"
    shown = ", ".join(f.text for f in facts[:3])
    return f"with {shown}" + (", …" if len(facts) > 3 else "")


def _still_over(result: str, target: Target) -> str:
    from brandvoice.networks import measure

    measured = measure(result, target.network)
    return (
        f"; still {measured.over} over: what is left cannot be cut without breaking a link, "
        "a name or a figure"
    )


TRANSFORMS = (FitLength(),)
