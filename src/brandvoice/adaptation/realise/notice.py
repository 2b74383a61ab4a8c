"""A recall as a casual Facebook or Instagram post sets it: a sober notice with labelled lines,
the form RappelConso's fiches made familiar in France and food-safety agencies use in
English, read on a phone by worried customers::

    ⚠️ Rappel produit – Confiture d'abricots 370 g

    Lots L2604 et L2605 (DLUO 03/2028)
    Vendus dans notre boutique de Carpentras et sur les marchés de Vaucluse entre le 1er et
    le 20 mars 2026 (one line)
    Risque : moisissures (défaut de fermeture des couvercles)

    👉 Ne consommez pas ces pots et rapportez-les à la boutique… Ils vous seront remboursés.

    Les autres parfums et les autres lots ne sont pas concernés.

    Contact : 04 90 63 18 22.

Only the post's own sentences (as the voice wrote them: « on », contractions, short
sentences) are read, each piece by patterns that say exactly what it holds; a label is
written only when its value is read whole, else the sentence stays as it is:

- the heading: the master's label line ("RAPPEL PRODUIT – X", "PRODUCT RECALL: X, best
  before…"; « Rappel de sécurité concernant le hochet… vendu à… » keeps its own words) or
  the sentence that recalls the product ("We're recalling one batch of our 500g Yellow Box
  honey (batch 2611, best before Feb 2029)"), when what follows the label or the verb is a
  product (no verb in it) and pieces this module reads (its size, its lots, its date, where
  it was sold). A label over a sentence whose subject is the product ("RECALL: Our almond
  butter (16 oz jars, best by 03/2027) may contain sesame.") heads the notice with it and
  the sentence stays, less its bracket; a label over an order about it ("Safety notice:
  please stop burning our 'Sea Salt & Fig' three-wick candles bought between…") too, the
  order said of "them" with what to do. A label run on into its sentence past an emoji
  ("Allergy alert ⚠️ We are recalling…") or a call-out alone ("Attention !") is parted from
  it; a product's own line under a label ("RECALL NOTICE:" / "Organic Maple Granola (500 g
  bags, lot MG-2611)."), what the recall concerns ("this recall affects our…", « Le rappel
  concerne les bouteilles des lots… »), the product as the subject of a passive recall
  ("… is being recalled because…", « … fait l'objet d'un rappel ») are read whole the same
  way. Where a sentence only names the product for its buyers ("If you bought a wooden
  stacking rainbow from us…", « Les clients ayant acheté nos yaourts à la vanille… », "Don't
  eat our brownies bought…", "Our beef lasagne … may contain egg"), the heading takes the
  name it gives before where or when, and the sentence stays whole;
- the lines: the lots and their date ("Lots L2604 et L2605 (DLUO 03/2028)", from the
  heading's sentence or a bracket of any sentence, which then loses it), a date alone ("Best
  before 18/05/2026"), where and when it was sold (the participle as written: "Vendus dans
  …", "Sold between …"), the risk when a sentence says what a defect may lead to (« Un défaut
  de fermeture des couvercles peut entraîner le développement de moisissures. » → « Risque :
  moisissures (défaut de fermeture des couvercles) ») or ends on it (« …, avec un risque
  d'étouffement pour les tout-petits »); a notice the master wrote as a form keeps its own
  fields, one a line, in its order ("Lot : T2611", "DDM : 15/08/2027", "• Date limite de
  consommation : 08/12/2026", "- Reason: possible bacterial contamination");
- what to do: the run of sentences from the first order to the customers ("Ne consommez pas
  …", "Please don't eat it", « Merci de retirer… », "If you have a peanut allergy, do not
  eat…") through what follows it (a refund, another order, "Vous pouvez le rapporter…"), on
  one 👉 line ("👉 What to do: …" in English);
- what is not concerned, and the master's contact line, each a paragraph of its own, last.

Every other sentence stays, in the master's order. A sentence the lines say whole (the
heading's, a "They were sold…" the voice split off) leaves the body; the heading's own words
that no line says are only how a recall is announced ("Par précaution, on rappelle les pots
de…", "We're recalling one batch of our…": :data:`_CARRIERS`). No heading read, no notice:
the post keeps its sentences ("Hey candle friends, we need your help 🕯️…"), and only its
orders go on the 👉 line.

An incident gets only what an editor would do to it (:func:`incident_notice`): an apology
buried below other sentences comes up after the news, the orders to customers go on a 👉
line; a post of two sentences keeps them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from brandvoice.lang import base_language

# A voice that sets the notice uses this many emoji for it (⚠️ and 👉).
EMOJI_NEEDED = 2
WARNING = "⚠️ "
ACT = "👉 "
# Without emoji to spare: the arrow the action lines use (realise/action.py's WORD_MARKER).
WORD_ACT = "→ "
_COLON = {"fr": "\u202f: ", "en": ": "}
# The heading's label, by what the master calls the notice, in sentence case: a shop does
# not shout at worried customers (``register.caps``), the ⚠️ sets the line apart.
_HEADINGS = {
    "fr": {
        "sécurité": "Rappel de sécurité",
        # A withdrawal the master calls so; a « retrait-rappel » is a recall.
        "avis de retrait": "Retrait de produit",
        "retrait de produit": "Retrait de produit",
        "retrait produit": "Retrait de produit",
        "allerg": "Alerte allergène",
        "": "Rappel produit",
    },
    "en": {
        "safety notice": "Safety notice",
        "safety alert": "Safety alert",
        "safety warning": "Safety warning",
        "allerg": "Allergy alert",
        "safety": "Safety recall",
        "withdrawal": "Product withdrawal",
        "": "Product recall",
    },
}
_WHAT_TO_DO = {"fr": "", "en": "What to do: "}
# An incident's: what customers must do is not the news, the label says it is theirs.
_INCIDENT_TO_DO = {"fr": "Ce que vous devez faire\u202f: ", "en": "What to do: "}
# An imperative this far into a sentence still opens it ("Par prudence, méfiez-vous…").
_ORDER_WITHIN = 40
# A short sentence that only apologises: "Sorry for the hassle!", « Nous sommes vraiment
# désolés. », "We apologize for the inconvenience."
_APOLOGY = {
    "fr": regex.compile(
        r"^(?:(?:nous|on)[ \u00a0]+(?:sommes|est)[ \u00a0]+(?:vraiment[ \u00a0]+|sincèrement"
        r"[ \u00a0]+)?désolée?s|(?:nous[ \u00a0]+nous[ \u00a0]+excusons|on[ \u00a0]+s['’]excuse)"
        r"|toutes[ \u00a0]+nos[ \u00a0]+excuses|désolée?s)(?![\p{L}])[^.!?]{0,60}[.!]?$",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"^(?:(?:we[ \u00a0]+are|we['’]re)[ \u00a0]+(?:(?:really|very|so)[ \u00a0]+)?sorry|"
        r"sorry|we[ \u00a0]+apologi[sz]e|apologies)(?![\p{L}])[^.!?]{0,60}[.!]?$",
        regex.IGNORECASE,
    ),
}
# An incident post this short is two sentences a reader takes in at once: no form for it.
INCIDENT_MIN_PIECES = 3
_SPACE = r"[ \u00a0\u202f]"
_DASH_OR_COLON = rf"{_SPACE}*(?:[:–—]|-(?={_SPACE})){_SPACE}*"
# The master's label line: "RAPPEL PRODUIT – …", "⚠️ Rappel : …", "PRODUCT RECALL: …",
# « Rappel de sécurité concernant le hochet… ».
# What the master calls its notice: « Rappel produit », "URGENT PRODUCT RECALL", "Allergy alert".
_LABEL_WORDS = {
    "fr": (
        rf"(?:(?:avis|information|info|urgent|important){_SPACE}+(?:de{_SPACE}+)?)?rappel"
        rf"(?:{_SPACE}+(?:de{_SPACE}+)?produit|{_SPACE}+conso|{_SPACE}+volontaire|"
        rf"{_SPACE}+de{_SPACE}+(?:sécurité|précaution))?|retrait[- ]rappel|"
        rf"(?:avis{_SPACE}+de{_SPACE}+)?retrait(?:{_SPACE}+(?:de{_SPACE}+)?produit)?|"
        rf"informations?{_SPACE}+consommateurs?|"
        rf"alerte{_SPACE}+(?:produit|sécurité|allergènes?|allergie)"
    ),
    "en": (
        rf"(?:(?:urgent|important){_SPACE}+)?(?:(?:voluntary|product|food|safety){_SPACE}+)*"
        rf"recall(?:{_SPACE}+(?:notice|alert))?|(?:safety|allergy|allergen){_SPACE}+"
        rf"(?:notice|alert|warning)"
    ),
}
# Words a label may be called out with first: « Attention, rappel produit ».
_CALLOUT = rf"(?:(?:attention|important|urgent|avis){_SPACE}*[,:–—-]?{_SPACE}*)?"
_LABEL = {
    lang: regex.compile(
        rf"^(?:⚠️?{_SPACE}*)?{_CALLOUT}(?P<label>{words})"
        rf"(?:{_DASH_OR_COLON}|(?P<prep>{_SPACE}+(?:{prepositions}){_SPACE}+))(?P<rest>.+)$",
        regex.IGNORECASE,
    )
    for lang, words, prepositions in (
        ("fr", _LABEL_WORDS["fr"], "concernant|sur|de|du|des"),
        ("en", _LABEL_WORDS["en"], "of|for|on"),
    )
}
# A line that is only the label: "Product recall", « ⚠️ Important – Rappel de produit ⚠️ ».
# A line that only calls out (« Attention ! », "URGENT"): over a recall, the notice's label.
_ALERT = rf"attention|important|urgent|message{_SPACE}+important|important{_SPACE}+message"
_LABEL_ONLY = {
    lang: regex.compile(
        rf"^(?:⚠️?{_SPACE}*)?{_CALLOUT}(?P<label>{words}|{_ALERT}){_SPACE}*[.!:]?{_SPACE}*"
        rf"(?:⚠️?{_SPACE}*)*$",
        regex.IGNORECASE,
    )
    for lang, words in _LABEL_WORDS.items()
}
# Where a label line's sentence says something of its product: the verb after its subject.
_PREDICATE = {
    "en": regex.compile(
        r"[ \u00a0]+(?=(?:may|might|can|could|contains?|is|are|has|have|was|were)[ \u00a0])"
        r"(?!\p{L}+[ \u00a0]+recalling)"
    ),
    "fr": regex.compile(
        r"[ \u00a0]+(?=(?:peut|peuvent|pourrait|pourraient|contient|contiennent|présente|"
        r"présentent|est|sont)[ \u00a0])"
        r"(?!\p{L}+[ \u00a0]+(?:en[ \u00a0]+train[ \u00a0]+de[ \u00a0]+)?rappel)"
    ),
}
# An order about the product: "please stop burning our…", "do not eat the…".
_ORDER_OBJECT = {
    "en": regex.compile(
        r"^(?P<order>(?:please[ \u00a0]+)?(?:stop[ \u00a0]+\p{L}+ing|do[ \u00a0]+not[ \u00a0]+"
        r"\p{L}+|don['’]t[ \u00a0]+\p{L}+))[ \u00a0]+(?P<object>(?:our|the|any|these|your)"
        r"[ \u00a0].+)$",
        regex.IGNORECASE,
    ),
}
# The sentence that recalls the product: « on rappelle les pots… », "We're recalling…".
_RECALLS = {
    "fr": regex.compile(
        r"(?<![\p{L}])(?:rappelle|rappelons|rappellent|retire|retirons|(?:procède|procédons|"
        r"procèdent)[ \u00a0]+au[ \u00a0]+rappel(?=[ \u00a0]+d)|concerne|concernent)"
        r"(?:[ \u00a0]+(?:volontairement|"
        r"immédiatement|aujourd['’]hui|par[ \u00a0]+précaution|à[ \u00a0]+titre[ \u00a0]+"
        r"(?:préventif|de[ \u00a0]+précaution)))?(?:[ \u00a0]+de[ \u00a0]+la[ \u00a0]+vente)?"
        r"[ \u00a0]+(?P<rest>.+)$"
    ),
    "en": regex.compile(
        r"(?<![\p{L}])(?:recalling|recalls|recall(?![ \u00a0]+(?:affects|concerns|covers))|"
        r"affects|concerns|covers|issuing[ \u00a0]+a[ \u00a0]+recall[ \u00a0]+"
        r"(?:of|on|for))[ \u00a0]+(?P<rest>.+)$"
    ),
}
# The words a recall is announced with, beside the heading and the lines: who recalls, how.
_CARRIERS = {
    "fr": frozenset(
        regex.findall(
            r"\S+",
            "rappel produit conso volontaire information info urgent procède procédons "
            "procèdent au volontairement immédiatement aujourd'hui aujourd’hui "
            "par précaution mesure de à titre préventif important on nous la le "
            "les l' l’ un une des du de d' d’ rappelle rappelons rappellent retire retirons "
            "vente pots pot bocaux bocal flacons sachets boîtes bouteilles nos notre "
            "ce cette concerne concernent",
        )
    ),
    "en": frozenset(
        regex.findall(
            r"\S+",
            "need to have must "
            "product safety notice voluntary voluntarily urgent issuing food "
            "as a precaution precautionary measure important we we're "
            "we’re are is our the a an one some all batch of recalling recall recalls jars jar "
            "packs pack bottles tins this affects concerns covers",
        )
    ),
}
# Determiners a product's name loses as a heading: "les pots de…" stays, "le hochet" → "Hochet".
_DETERMINERS = regex.compile(
    r"^(?:(?:(?:le|the)[ \u00a0]+(?:produit|product)(?=[ \u00a0]+(?:«|[\"“'‘]|\p{Lu}))|"
    r"(?:one|a)[ \u00a0]+batch[ \u00a0]+of|(?:some|a[ \u00a0]+few|all)[ \u00a0]+of|"
    r"certaine?s[ \u00a0]+de|certaine?s|les|le|la|l['’]|nos|notre|des|un|une|sa|son|"
    r"ses|leur|leurs|our|their|its|the|a|an|some|one|all)[ \u00a0]+|l['’])+",
    regex.IGNORECASE,
)
# Where a product's name ends in its sentence: a bracket, a comma, or a participle or a
# reason that goes on about it.
_NAME_END = regex.compile(
    r"[ \u00a0]*(?:\(|,|(?<![\p{L}])(?=(?:vendu(?:e|s|es)?|sold|bought|because|parce|car|"
    r"as[ \u00a0]+(?:it|they)[ \u00a0]+(?:may|might|could|can|contains?)|"
    r"en[ \u00a0]+raison|à[ \u00a0]+cause|due[ \u00a0]+to|with[ \u00a0]+a[ \u00a0]+(?:use|best))"
    r"(?![\p{L}])))"
)
# Words no product's name holds: an order's, a subject's, a recall's verb.
_NOT_IN_NAMES = {
    "fr": frozenset(
        regex.findall(
            r"\S+",
            "merci ne n' n’ on nous vous je il ils elle elles rappelle rappelons rappellent",
        )
    ),
    "en": frozenset(
        regex.findall(
            r"\S+",
            "please don't don’t do not stop we we're we’re you they i recalling recall recalls",
        )
    ),
}
# A name's own commas list its parts: "chicken, leek and tarragon pies".
_LISTED = regex.compile(r",[^,]*(?<![\p{L}])(?:and|et|&)(?![\p{L}])[^,]*$")
# A batch or lot number: "L2604", "118", "P2607", "2607-14", "VWC-26B".
_ID = r"(?=[\w\-/.]*\d)[A-Z0-9][\w\-/.]*"
_LOTS = regex.compile(
    rf"^(?:(?:des|du|le|les|the|de|d['’])[ \u00a0]+)?(?P<word>lots?|batch(?:es)?|numéros?"
    rf"[ \u00a0]+de[ \u00a0]+lot)(?:[ \u00a0]+(?:n°|numbers?|codes?))?[ \u00a0]*:?[ \u00a0]+"
    rf"(?P<ids>{_ID}(?:[ \u00a0]*(?:,|et|and|&)[ \u00a0]*{_ID})*)$",
    regex.IGNORECASE,
)
# A lot phrase before a product's name: « le lot 1234 de notre miel », "batch 2207 of our…".
_LOTS_BEFORE_NAME = regex.compile(
    rf"^(?:(?:le|les|the|one)[ \u00a0]+)?(?P<lots>(?:lots?|batch(?:es)?)[ \u00a0]+{_ID}"
    rf"(?:[ \u00a0]*(?:,|et|and|&)[ \u00a0]*{_ID})*)[ \u00a0]+(?:de|du|des|d['’]|of)[ \u00a0]*",
    regex.IGNORECASE,
)
# A lot phrase at the end of a product's name: « les pots de confiture des lots L2604 et L2605 ».
_LOTS_AFTER_NAME = regex.compile(
    rf"[ \u00a0]+(?P<lots>(?:des|du|de|of|from)[ \u00a0]+(?:lots?|batch(?:es)?)[ \u00a0]+"
    rf"{_ID}(?:[ \u00a0]*(?:,|et|and|&)[ \u00a0]*{_ID})*)$",
    regex.IGNORECASE,
)
_DATE = regex.compile(
    r"^(?:with[ \u00a0]+an?[ \u00a0]+)?(?:DLUO|DDM|DLC|date[ \u00a0]+limite|date[ \u00a0]+de"
    r"[ \u00a0]+durabilité|à[ \u00a0]+consommer|meilleur[ \u00a0]+avant|best[ \u00a0]+before|"
    r"best[ \u00a0-]by|"
    r"use[ \u00a0-]by|BBE)(?![\p{L}])"
    r"(?=.*\d)[^()]*$",
    regex.IGNORECASE,
)
_SIZE = regex.compile(
    r"^(?:(?:pot|bocal|sachet|boîte|bouteille|flacon|barquette|paquet|jar|pack|bottle|tin|tub|"
    r"bag|box|can|tray)s?[ \u00a0]+(?:de[ \u00a0]+|of[ \u00a0]+)?)?\d+(?:[.,]\d+)?[ \u00a0]?"
    r"(?:g|kg|ml|cl|l|oz|lb|pièces|pieces|pcs|tranches|slices|unités|units)"
    r"(?![\p{L}])[^()]*$|^\d+-pack$|^(?:ages?|tailles?|sizes?)[ \u00a0]+\d[^()]*$|"
    r"^(?:large|small|medium|family|individual|grand|petit|moyen|familial)(?:[ -]size)?$|"
    r"^(?:serves|pour)[ \u00a0]+\d+(?:[ \u00a0]+personnes?)?$",
    regex.IGNORECASE,
)
# Why the product is recalled, after its name: "because some jars may contain glass", « en
# raison d'une possible présence de listeria ».
_BECAUSE = regex.compile(
    r"^(?:because(?:[ \u00a0]+of)?|as[ \u00a0]+(?=(?:it|they)[ \u00a0]+(?:may|might|could|can|"
    r"contains?)[ \u00a0])|due[ \u00a0]+to|parce[ \u00a0]+qu(?:e[ \u00a0]+|['’])|car[ \u00a0]+|"
    r"(?:à[ \u00a0]+cause|en[ \u00a0]+raison)[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+|des"
    r"[ \u00a0]+))(?:(?:une?|la|le|l['’])[ \u00a0]*(?=\p{L}))?(?P<risk>[^()]+)$",
    regex.IGNORECASE,
)
_SOLD = regex.compile(
    r"^(?:vendu(?:e|s|es)?|sold|bought|distribué(?:e|s|es)?)[ \u00a0]+\S.*$", regex.IGNORECASE
)
# A sentence that only says where and when the product was sold, split off by the voice.
_SOLD_SENTENCE = regex.compile(
    r"^(?:Ils|Elles|Il|Elle|They|It)[ \u00a0]+(?:ont[ \u00a0]+été|a[ \u00a0]+été|were|was|"
    r"have[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+(?P<sold>(?:vendu|sold)\S*[ \u00a0]+[^.!?]+)"
    r"\.?$"
)
# "We sold it at the Kingston Public Market… between…": said as the line's "Sold at…".
_WE_SOLD = regex.compile(
    r"^We(?:['’]ve|[ \u00a0]+have)?[ \u00a0]+sold[ \u00a0]+(?:it|them)(?P<where>[ \u00a0]+"
    r"(?:at|in|on|from|through|online|between)[ \u00a0][^.!?]+)\.?$"
)
# « Un défaut de fermeture des couvercles peut entraîner le développement de moisissures. »
_LEADS_TO = {
    "fr": regex.compile(
        r"^(?:un|une|le|la|les)[ \u00a0]+(?P<cause>[^,;:.!?]+?)[ \u00a0]+(?:peut|peuvent|"
        r"pourrait|pourraient)[ \u00a0]+(?:entraîner|provoquer|causer)[ \u00a0]+(?:le[ \u00a0]+"
        r"développement[ \u00a0]+de[ \u00a0]+|la[ \u00a0]+présence[ \u00a0]+de[ \u00a0]+|"
        r"l['’]apparition[ \u00a0]+de[ \u00a0]+|des[ \u00a0]+|un[ \u00a0]+|une[ \u00a0]+)?"
        r"(?P<risk>[^,;:.!?]+)\.$",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"^(?:a|an|the)[ \u00a0]+(?P<cause>[^,;:.!?]+?)[ \u00a0]+(?:can|could|may|might)[ \u00a0]+"
        r"(?:lead[ \u00a0]+to|cause)[ \u00a0]+(?P<risk>[^,;:.!?]+)\.$",
        regex.IGNORECASE,
    ),
}
# « …, avec un risque d'étouffement pour les tout-petits. », "…, with a risk of choking."
_RISK_TAIL = {
    "fr": regex.compile(
        r",[ \u00a0]+avec[ \u00a0]+(?:un[ \u00a0]+)?risque[ \u00a0]+(?:de[ \u00a0]+|d['’])"
        r"(?P<risk>[^,;:.!?]+)(?=\.$)",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r",[ \u00a0]+with[ \u00a0]+a[ \u00a0]+risk[ \u00a0]+of[ \u00a0]+"
        r"(?P<risk>[^,;:.!?]+)(?=\.$)",
        regex.IGNORECASE,
    ),
}
_RISK_LABEL = {"fr": "Risque", "en": "Risk"}
# An order to the customers, beside the imperatives spaCy's parse gives.
_ORDER = {
    "fr": regex.compile(
        r"^(?:(?:par[ \u00a0]+(?:précaution|prudence)|à[ \u00a0]+titre[ \u00a0]+de[ \u00a0]+"
        r"précaution)[ \u00a0]*,[ \u00a0]*)?"
        r"(?:merci[ \u00a0]+de|méfiez-vous|nous[ \u00a0]+vous[ \u00a0]+demandons|"
        r"on[ \u00a0]+vous[ \u00a0]+demande|ne[ \u00a0]+pas[ \u00a0]+(?:(?:le|la|les)[ \u00a0]+"
        r"|l['’])?\p{L}+(?:er|ir|re)(?![\p{L}])|"
        r"ne[ \u00a0]+(?:le|la|les|l['’])?[ \u00a0]*\p{L}+ez"
        r"[ \u00a0]+pas|si[ \u00a0]+vous"
        r"|vous[ \u00a0]+pouvez|les[ \u00a0]+(?:personnes|clients|consommateurs)[^.]*"
        r"(?:priée?s|invitée?s))",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        r"^(?:as[ \u00a0]+a[ \u00a0]+precaution[ \u00a0]*,[ \u00a0]*)?"
        r"(?:please|do[ \u00a0]+not|don['’]t|if[ \u00a0]+you|you[ \u00a0]+can|stop|(?:customers|"
        r"anyone|people)[^.]*(?:are|is)[ \u00a0]+(?:asked|advised|urged))(?![\p{L}])",
        regex.IGNORECASE,
    ),
}
# Words of an order that ask the reader to do nothing: an apology, thanks, patience.
_NO_ORDER = regex.compile(
    r"^(?:please[ \u00a0]+(?:accept|bear|excuse|forgive|be[ \u00a0]+patient|note)|"
    r"merci[ \u00a0]+(?:de|d['’]|pour)[ \u00a0]*(?:votre|vos|ta|ton|tes)(?![\p{L}])|"
    r"(?:veuillez|merci[ \u00a0]+de)[ \u00a0]+(?:nous[ \u00a0]+)?excuser|"
    r"excusez|pardon|thank)",
    regex.IGNORECASE,
)
# What goes on with an order: how the customer is refunded or served.
_REFUND = regex.compile(
    r"rembours|échang|refund|replace|exchange|no[ \u00a0]+receipt|sans[ \u00a0]+ticket",
    regex.IGNORECASE,
)
_NOT_CONCERNED = regex.compile(
    r"(?:ne[ \u00a0]+(?:sont|est)[ \u00a0]+pas[ \u00a0]+concerné|n['’](?:est|sont)[ \u00a0]+pas"
    r"[ \u00a0]+concerné|aucun[^.]*n['’]est[ \u00a0]+concerné|not[ \u00a0]+affected|aren['’]t"
    r"[ \u00a0]+affected|isn['’]t[ \u00a0]+affected|unaffected|(?:are|is)[ \u00a0]+fine)",
    regex.IGNORECASE,
)
_CONTACT = regex.compile(
    r"^(?:contact|questions?|renseignements|informations|infos?|pour[ \u00a0]+toute[ \u00a0]+"
    r"question)[ \u00a0\u202f]*:",
    regex.IGNORECASE,
)
_ELIDED_NAME = regex.compile(r"^[ldLD]['’]\p{Lu}")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_FIRST_SENTENCE = regex.compile(r"(?<=[.!?])\s+")
_BRACKET = regex.compile(r"[ \u00a0]*\((?P<inner>[^()]*)\)")


@dataclass(frozen=True, slots=True)
class Notice:
    """A recall's casual post: its heading, its labelled lines, its paragraphs (what to do,
    the other sentences, what is not concerned, the contact line)."""

    heading: str
    lines: list[str]
    paragraphs: list[str]
    # Why the post is set so, for its change log (not compared: the examples pin the text).
    reason: str = field(default="", compare=False)


@dataclass(slots=True)
class _Read:
    """What the pieces gave the notice so far."""

    heading: str = ""
    # The heading's label a line of its own gave ("Allergy alert"), for a later product.
    label: str = ""
    lots: str = ""
    dates: list[str] = field(default_factory=list)
    sold: str = ""
    risk: str = ""
    # The master's own labelled lines ("Lot : T2611", "Reason: may contain sesame…").
    fields: list[str] = field(default_factory=list)


def recall_notice(
    pieces: list[str], lang: str, *, emoji: bool = True, max_words: int | None = None
) -> Notice | None:
    """The notice ``pieces`` (a recall post's sentences, a line each, without its sign-off)
    make, in the language ``lang``; None when no heading is read (see the module
    docstring). ``emoji``: ⚠️ and 👉, else no warning sign and an arrow; ``max_words``: the
    voice's longest sentence, which a 👉 line's label may not take its first one past."""
    language = base_language(lang)
    if language not in _LABEL or not pieces:
        return None
    read = _Read()
    kept = _label_apart(list(pieces), language)
    alone = _LABEL_ONLY[language].match(kept[0].strip())
    if alone is not None and len(kept) > 1:
        # "Product recall" on a line of its own: the heading says it; the sentence after it
        # may name the product (« Notre pâté… (lot 0325) peut contenir… »).
        kept[0] = ""
        read.label = _heading_label(alone.group("label"), language)
        said = _said_of_product(kept[1], read.label, language, read)
        if said is not None:
            kept[1] = said
        elif (
            named := _product(_FIELD.sub("", kept[1].strip()).rstrip(".\u00a0 "), language, read)
        ) is not None:
            # "RECALL NOTICE:" over "Organic Maple Granola (500 g bags, lot MG-2611).": the
            # product's own line is the heading's.
            read.heading = f"{read.label} – {named.heading}"
            kept[1] = ""
    labelled = _labelled(kept[0], language, read) if kept[0] else None
    if labelled is not None:
        kept[0], ordered = labelled
        if ordered:
            # The order the label line opened on goes with the orders after it, if any.
            later = next((i for i, p in enumerate(kept) if i and _ORDER[language].match(p)), 0)
            if later:
                kept.insert(later - 1, kept.pop(0))
    for index, piece in enumerate(kept):
        if not piece:
            continue
        stated = _stated(piece, language, read)
        if stated is not None:
            kept[index] = stated
    if not read.heading:
        _recalled(kept, language, read)
    if not read.heading:
        _bought(kept, language, read)
    if not read.heading:
        _own_subject(kept, language, read)
    if not read.heading:
        # No product read for a heading ("Hey candle friends, we need your help…"): the
        # post keeps its sentences, and its orders still get their 👉 line.
        return _acted(
            pieces, language, _WHAT_TO_DO[language], emoji=emoji, max_words=max_words, moves=False
        )
    for index, piece in enumerate(kept):
        if piece:
            kept[index] = _other_facts(piece, language, read)
    lines = _lines(read, language)
    label = _WHAT_TO_DO[language]
    paragraphs, _ = _paragraphs(
        [p for p in kept if p], language, emoji=emoji, label=label, max_words=max_words
    )
    heading = f"{WARNING}{read.heading}" if emoji else read.heading
    reason = (
        "a recall set as a notice: a heading naming the product, "
        + (f"{len(lines)} labelled line(s), " if lines else "")
        + "what to do on one line"
    )
    return Notice(heading, lines, paragraphs, reason)


def incident_notice(
    pieces: list[str], lang: str, *, emoji: bool = True, max_words: int | None = None
) -> Notice | None:
    """An incident's casual post, as an editor sets it, when it needs setting: its first
    sentence (the news) the heading, with the apology the master buried below other
    sentences right after it ("Our refill system is down today… Sorry for the
    inconvenience."), and the orders to the customers on one 👉 line ("👉 What to do: email
    billing@… with the date and amount…", « 👉 Ce que vous devez faire : méfiez-vous… »);
    the other sentences in order. None when the post is shorter than
    :data:`INCIDENT_MIN_PIECES` pieces, or has neither a buried apology nor an order."""
    language = base_language(lang)
    if language not in _APOLOGY:
        return None
    return _acted(pieces, language, _INCIDENT_TO_DO[language], emoji=emoji, max_words=max_words)


def _acted(
    pieces: list[str],
    language: str,
    label: str,
    *,
    emoji: bool,
    max_words: int | None,
    moves: bool = True,
) -> Notice | None:
    """:func:`incident_notice`'s form, its 👉 line opened by ``label``, its buried apology
    moved up only with ``moves`` (a recall's hook may be an order or a question: « Vous avez
    acheté notre quiche… ? Toutes nos excuses. » reads as no editor writes); None when it
    would change nothing or the post is too short for a form."""
    if len(pieces) < INCIDENT_MIN_PIECES:
        return None
    heading, rest = pieces[0], list(pieces[1:])
    # Right after the news, an apology is where a reader looks for it already; after a
    # question it would answer it.
    movable = moves and not heading.rstrip().endswith("?")
    buried = next(
        (i for i, p in enumerate(rest) if movable and i >= 2 and _APOLOGY[language].match(p)),
        None,
    )
    if buried is not None:
        heading = f"{heading} {rest.pop(buried)}"
    paragraphs, acted = _paragraphs(rest, language, emoji=emoji, label=label, max_words=max_words)
    if buried is None and not acted:
        return None
    reason = "; ".join(
        filter(
            None,
            [
                "the apology the master gave last follows the news" if buried is not None else "",
                "what customers must do on one line" if acted else "",
            ],
        )
    )
    return Notice(heading, [], paragraphs, reason)


def _labelled(piece: str, lang: str, read: _Read) -> tuple[str, bool] | None:
    """What is left of ``piece`` when it is the master's label line, read into ``read`` ('',
    or the sentence it held: "Our 'Honey Crunch' almond butter may contain sesame.", "Please
    stop burning them."), and whether that is an order the label line opened on; None when
    it is no label line this module reads."""
    found = _LABEL[lang].match(piece.strip())
    if found is None:
        return None
    rest = found.group("rest").rstrip(" .\u00a0")
    named = _product(rest, lang, read)
    if named is not None and found.group("prep"):
        # « Rappel de sécurité concernant le hochet… » reads as a heading already: it keeps
        # its words, less what the lines say.
        label = _capitalised(found.group("label"))
        if label.isupper():
            label = _heading_label(label, lang)  # "AVIS DE RAPPEL DE…": no shouting
        read.heading = f"{label}{found.group('prep')}{named.written}"
        return "", False
    heading = _heading_label(found.group("label"), lang)
    if named is not None:
        read.heading = f"{heading} – {named.heading}"
        return "", False
    if found.group("prep"):
        return None
    # "RECALL: Our almond butter (16 oz jars, best by 03/2027) may contain sesame.": the
    # product is the sentence's subject; the sentence stays, less what the lines say.
    said = _said_of_product(f"{rest}.", heading, lang, read)
    if said is not None:
        return said, False
    # "Safety notice: please stop burning our candles bought between…": the order stays,
    # about "them", with what to do.
    order = _ORDER_OBJECT.get(lang)
    ordered = order.match(rest) if order else None
    if ordered is not None:
        named = _product(ordered.group("object"), lang, read)
        if named is not None:
            read.heading = f"{heading} – {named.heading}"
            pronoun = "them" if _plural(named.name, lang) else "it"
            return _capitalised(f"{ordered.group('order')} {pronoun}."), True
    return None


def _said_of_product(sentence: str, heading: str, lang: str, read: _Read) -> str | None:
    """``sentence`` less its product's pieces when its subject is the product ("Our almond
    butter (16 oz jars, best by 03/2027) may contain sesame." → "Our almond butter may
    contain sesame.", the heading ``heading`` – "Almond butter (16 oz jars)"); None when
    it is no such sentence."""
    said = _PREDICATE[lang].search(sentence)
    if said is None:
        return None
    named = _product(sentence[: said.start()], lang, read)
    if named is None:
        return None
    read.heading = f"{heading} – {named.heading}"
    return _capitalised(f"{named.name}{sentence[said.start() :]}")


def _heading_label(label: str, lang: str) -> str:
    """The heading's label for the master's ``label``: "Safety notice" for "SAFETY NOTICE",
    « Rappel de sécurité » for « Rappel de sécurité », else the recall's plain name."""
    said = regex.sub(r"\s+", " ", label.casefold())
    return next(
        (heading for key, heading in _HEADINGS[lang].items() if key and key in said),
        _HEADINGS[lang][""],
    )


def _plural(name: str, lang: str) -> bool:
    """Whether ``name``'s last noun is plural ("three-wick candles")."""
    from brandvoice.nlp import parse

    nouns = [t for t in parse(lang, name, entities=False) if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and "Number=Plur" in str(nouns[-1].morph)


def _stated(piece: str, lang: str, read: _Read) -> str | None:
    """``piece`` once the sentence that recalls the product gave its heading and lines:
    '' when they say it whole, None when it is no such sentence or says more than its
    product's pieces."""
    found = _RECALLS[lang].search(piece)
    if found is None:
        return None
    # "Chers clients, par mesure de précaution, on rappelle…": the salutation is no news.
    before = _SALUTATION.sub("", piece[: found.start("rest")])
    announcing = _CARRIERS[lang] | _capitalised_words(before)
    if not {w.casefold() for w in _WORD.findall(before)} <= announcing:
        return None
    trial = _Read(heading=read.heading, label=read.label)
    named = _product(found.group("rest").rstrip(" .\u00a0"), lang, trial)
    if named is None:
        return None
    product = named.heading
    if read.heading:
        # A label line gave the heading: the sentence's product says no word it lacks.
        known = {w.casefold() for w in _WORD.findall(read.heading)} | _CARRIERS[lang]
        if not {w.casefold() for w in _WORD.findall(product)} <= known:
            return None
    else:
        trial.heading = f"{read.label or _HEADINGS[lang]['']} – {product}"
    read.heading = trial.heading
    read.lots = read.lots or trial.lots
    read.dates += [d for d in trial.dates if d not in read.dates]
    read.sold = read.sold or trial.sold
    read.risk = read.risk or trial.risk
    return ""


_SALUTATION = regex.compile(
    r"^(?:chers|chères|dear|hi|hello|hey|bonjour|coucou|salut)(?![\p{L}])[^,.!?]{0,30},[ \u00a0]*",
    regex.IGNORECASE,
)


def _commas(text: str) -> list[str]:
    """``text`` parted at its commas, less a date's before its year ("best by Jan 31, 2027")."""
    return list(regex.split(r",(?![ \u00a0]*\d{4}(?!\d))", text))


def _label_apart(pieces: list[str], lang: str) -> list[str]:
    """``pieces`` with a first piece that runs the master's label on into a sentence past an
    emoji ("Allergy alert ⚠️ We are recalling…", "Product recall 🧴 This affects our…")
    parted in two: the label line, then the sentence."""
    found = _EMOJI_APART.match(pieces[0].strip()) if pieces else None
    if found is None:
        return pieces
    head = found.group("head")
    if not (_LABEL[lang].match(head) or _LABEL_ONLY[lang].match(head)):
        return pieces
    return [head, found.group("rest"), *pieces[1:]]


# A product's line of a notice written as a form: "Produit : …", "Product: …".
_FIELD = regex.compile(
    r"^(?:produits?(?:[ \u00a0]+concernés?)?|products?(?:[ \u00a0]+affected)?)"
    r"[ \u00a0\u202f]*:[ \u00a0]*",
    regex.IGNORECASE,
)
# A line's words, then emoji, then a sentence: the splitter reads no stop after an emoji.
_EMOJI_APART = regex.compile(
    r"^(?P<head>[^.!?]+?)[ \u00a0]*(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0]*)+[ \u00a0]+"
    r"(?P<rest>\p{Lu}.*)$"
)
# "If you bought a wooden stacking rainbow from us…", « Si vous avez acheté notre doudou… »,
# « Nous avons vendu entre mars et mai 2026 des sièges vélo… dont… ».
_BOUGHT = {
    "en": regex.compile(
        r"^(?:if[ \u00a0]+you(?:['’]ve|[ \u00a0]+have)?[ \u00a0]+(?:bought|purchased)|"
        r"we(?:['’]ve|[ \u00a0]+have)?[ \u00a0]+sold|(?:customers|anyone|people|those)[ \u00a0]+who"
        r"(?:['’]ve|[ \u00a0]+have)?[ \u00a0]+(?:bought|purchased)|(?:please[ \u00a0]+)?"
        r"(?:do[ \u00a0]+not|don['’]t)[ \u00a0]+(?:eat|drink|use|consume)[ \u00a0]+"
        r"(?=(?:our|the|any)[ \u00a0]))"
        r"[ \u00a0]*(?P<rest>.+)$",
        regex.IGNORECASE,
    ),
    "fr": regex.compile(
        r"^(?:si[ \u00a0]+vous[ \u00a0]+avez[ \u00a0]+acheté|(?:nous[ \u00a0]+avons|on[ \u00a0]+a)"
        r"[ \u00a0]+vendu|(?:les[ \u00a0]+)?(?:clients|personnes|consommateurs)[ \u00a0]+(?:ayant"
        r"[ \u00a0]+acheté|qui[ \u00a0]+ont[ \u00a0]+acheté)|ne[ \u00a0]+consommez[ \u00a0]+pas|"
        r"merci[ \u00a0]+de[ \u00a0]+ne[ \u00a0]+pas[ \u00a0]+consommer)[ \u00a0]+(?P<rest>.+)$",
        regex.IGNORECASE,
    ),
}
# When it was sold, said before the product: « entre mars et mai 2026 », "between May and June".
_WHEN_FIRST = regex.compile(
    r"^(?:(?:entre|between)[ \u00a0]+[^,;:.]+?[ \u00a0]+(?:et|and)[ \u00a0]+\S+"
    r"(?:[ \u00a0]+\d{4})?|"
    r"(?:en|in|last|ce|cette)[ \u00a0]+\p{L}+(?:[ \u00a0]+\d{4})?)[ \u00a0]+(?=(?:des|nos|notre|"
    r"le|la|les|our|the|a|an|some)[ \u00a0])",
    regex.IGNORECASE,
)
# Where the product a customer bought ends: where, when, or the order that follows (not « à »,
# « en », « au »: « yaourts à la vanille », « hochet en bois » name the product).
_BOUGHT_END = regex.compile(
    r"[ \u00a0]*(?:[,(:;]|(?<![\p{L}])(?=(?:from|at|in|between|before|after|since|on|during|"
    r"chez|entre|avant|après|depuis|dans|sur|pendant|le|les|dont|qui|that|which|"
    r"with|bought|purchased|sold|acheté(?:e|s|es)?|vendu(?:e|s|es)?|are|sont)[ \u00a0]))"
)


# The product recalled as the sentence's subject: "Our Wild Garlic Pesto (190g jars) is being
# recalled because…", « Notre terrine… fait l'objet d'un rappel en raison… », « … est rappelé ».
_RECALLED = {
    "en": regex.compile(
        r"^(?P<subject>.+?)[ \u00a0]+(?:(?:is|are)[ \u00a0]+(?:being[ \u00a0]+)?|(?:has|have)"
        r"[ \u00a0]+been[ \u00a0]+)(?:voluntarily[ \u00a0]+)?recalled(?P<tail>[^.!?]*)[.!]?$"
    ),
    "fr": regex.compile(
        r"^(?P<subject>.+?)[ \u00a0]+(?:(?:fait|font)[ \u00a0]+l['’]objet[ \u00a0]+d['’]une?"
        r"(?:[ \u00a0]+procédure[ \u00a0]+de)?[ \u00a0]+rappel|(?:est|sont)[ \u00a0]+rappelée?s?)"
        r"(?P<tail>[^.!?]*)[.!]?$"
    ),
}


def _recalled(pieces: list[str], lang: str, read: _Read) -> None:
    """The heading and lines, into ``read``, from a first sentence whose subject is the
    product recalled (a label before it gives the heading's words): the sentence leaves
    when what follows the verb is only why (the risk line), else it stays, its product's
    pieces read only for the heading."""
    index = next((i for i, p in enumerate(pieces) if p), None)
    if index is None:
        return
    text, label = pieces[index].strip(), read.label or _HEADINGS[lang][""]
    labelled = _LABEL[lang].match(text)
    if labelled is not None and not labelled.group("prep"):
        text, label = labelled.group("rest"), _heading_label(labelled.group("label"), lang)
    found = _RECALLED[lang].match(text)
    if found is None:
        return
    trial = _Read(heading=read.heading, label=read.label)
    named = _product(found.group("subject"), lang, trial)
    if named is None:
        return
    tail = found.group("tail").strip(" ,\u00a0")
    if tail and not (_take(tail, trial) and trial.risk):
        read.heading = f"{label} – {named.heading}"
        return
    read.heading = f"{label} – {named.heading}"
    read.lots, read.dates, read.sold, read.risk = trial.lots, trial.dates, trial.sold, trial.risk
    pieces[index] = ""


# The business's product opening a sentence: "Our beef lasagne…", « Certains pots de notre… ».
_OWN_SUBJECT = {
    "en": regex.compile(
        r"^(?:(?:some|a[ \u00a0]+few)[ \u00a0]+\p{L}+[ \u00a0]+of[ \u00a0]+)?our[ \u00a0]"
    ),
    "fr": regex.compile(
        r"^(?:(?:certaine?s|quelques)[ \u00a0]+\p{L}+[ \u00a0]+de[ \u00a0]+)?"
        r"(?:notre|nos)[ \u00a0]",
        regex.IGNORECASE,
    ),
}
# What the product may do or hold, said of it: the sentence that names a recall's product.
_RISK_VERB = regex.compile(
    r"^(?:may|might|could|can|contains?|peut|peuvent|pourrait|pourraient|contient|contiennent|"
    r"présente|présentent)(?![\p{L}])"
)
# A recall's product is named this far into the post, after a hook or a call-out.
_SUBJECT_WITHIN = 3


def _own_subject(pieces: list[str], lang: str, read: _Read) -> None:
    """The heading, into ``read``, from one of the post's first sentences whose subject is
    the business's product and whose verb says what it may do or hold ("Our beef lasagne
    (serves 2, use by 12/12/2026) may contain undeclared egg."): the sentence stays, less
    its product's pieces."""
    filled = [i for i, p in enumerate(pieces) if p][:_SUBJECT_WITHIN]
    for index in filled:
        piece = pieces[index].strip()
        if not _OWN_SUBJECT[lang].match(piece) or _NOT_CONCERNED.search(piece):
            continue
        verb = _PREDICATE[lang].search(piece)
        if verb is None or not _RISK_VERB.match(piece[verb.end() :]):
            continue
        said = _said_of_product(piece, read.label or _HEADINGS[lang][""], lang, read)
        if said is not None:
            pieces[index] = said
            return


def _bought(pieces: list[str], lang: str, read: _Read) -> None:
    """The heading, into ``read``, from a post that opens on who bought the product ("If
    you bought a wooden stacking rainbow from us between…, please…"): its product named
    whole before where or when; the sentence stays as it is, an order to its buyers."""
    first = next((p for p in pieces if p), "")
    found = _BOUGHT[lang].match(first.strip())
    if found is None:
        return
    rest = found.group("rest")
    when = _WHEN_FIRST.match(rest)
    if when:
        rest = rest[when.end() :]
    # "le"/"les" ends a name only after its first word (« notre doudou … le 3 mai »).
    ends = [m.start() for m in _BOUGHT_END.finditer(rest) if m.start() > 0]
    if not ends or not _noun_phrase(rest, ends[0], lang):
        return
    bare = _DETERMINERS.sub("", rest[: ends[0]].strip()).strip()
    if bare:
        read.heading = f"{read.label or _HEADINGS[lang]['']} – {_capitalised(bare)}"


def _capitalised_words(text: str) -> set[str]:
    """The capitalised words of ``text``: a brand's name recalling ("la Confiturerie du
    Ventoux rappelle", "Hobbs Family Butchers is recalling"); its first only when the next
    is capitalised too (a sentence's first word is capitalised whatever it is)."""
    words = _WORD.findall(text)
    # « l'Odet », « d'Armor »: the name after its elided article.
    named = {w.casefold() for w in words[1:] if w[:1].isupper() or _ELIDED_NAME.match(w)}
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        named.add(words[0].casefold())
    return named | {"du", "de", "des", "la"}


@dataclass(frozen=True, slots=True)
class _Named:
    """A product as a heading writes it ("Oat & Raisin Cookies (6-pack)"), as the text
    does with its sizes ("le hochet en bois…"), and as the text names it alone ("Our 'Honey
    Crunch' almond butter")."""

    heading: str
    written: str
    name: str


def _product(text: str, lang: str, read: _Read) -> _Named | None:
    """The product ``text`` names ("Oat & Raisin Cookies (6-pack), best before 18/05/2026"
    → "Oat & Raisin Cookies (6-pack)", its date into ``read``; "le hochet…" → "Hochet…"),
    None when a piece of it is not one this module reads or its name holds a verb. A comma
    may be the name's own ("our chicken, leek and tarragon pies (large, 600g)"): each place
    the name may end is tried in turn, the first whose pieces all read wins."""
    ends = [m.start() for m in _NAME_END.finditer(text)] + [len(text)]
    for end in dict.fromkeys(ends):
        trial = _Read(heading=read.heading)
        named = _product_ending(text, end, lang, trial)
        if named is not None:
            read.lots = read.lots or trial.lots
            read.dates += [d for d in trial.dates if d not in read.dates]
            read.sold = read.sold or trial.sold
            read.risk = read.risk or trial.risk
            return named
    return None


def _product_ending(text: str, end: int, lang: str, read: _Read) -> _Named | None:
    """:func:`_product` with the name ending at ``end``."""
    name, rest = text[:end], text[end:]
    ahead = _LOTS_BEFORE_NAME.match(name)
    if ahead:
        # « le lot 1234 de notre miel », "batch 2207 of our pâté": the lots, then the name.
        if not _take(ahead.group("lots"), read):
            return None
        name = name[ahead.end() :]
        text = text[ahead.end() :]
        end -= ahead.end()
    lots = _LOTS_AFTER_NAME.search(name)
    if lots:
        name = name[: lots.start()]
        if not _take(lots.group("lots"), read):
            return None
    if "," in name and not _LISTED.search(name):
        return None  # "pots de miel, par précaution": a comma the name does not list with
    if not _noun_phrase(text, len(name), lang):
        return None
    written = name.strip()
    bare = _DETERMINERS.sub("", written).strip()
    if not bare:
        return None
    sizes: list[str] = []
    held = _CONTAINER_OF.match(bare)
    if held:
        # "pints of our Cookies & Cream ice cream": the product, its container a size.
        bare = bare[held.end() :]
        sizes.append(f" ({held.group('container').casefold()})")
    for group, bracketed in _groups(rest):
        if all(_SIZE.match(piece) for piece in group):
            # A bracket of sizes stays one: "(large, 600g)".
            sizes.append(f" ({', '.join(group)})" if bracketed else f", {', '.join(group)}")
            continue
        for piece in group:
            if _SIZE.match(piece):
                sizes.append(f" ({piece})" if bracketed else f", {piece}")
            elif not _take(piece, read):
                return None
    sized = "".join(sizes)
    return _Named(str(bare[:1].upper() + bare[1:] + sized), f"{written}{sized}", written)


# A container before its product and a possessive: "pints of our…", « les pots de notre… ».
_CONTAINER_OF = regex.compile(
    r"^(?P<container>(?:pint|jar|bag|bottle|can|tub|pack|box|boxe|tin|pot|bocal|bocaux|sachet|"
    r"boîte|bouteille|barquette|paquet)s?)[ \u00a0]+(?:of[ \u00a0]+(?:our|the)|de[ \u00a0]+"
    r"(?:notre|nos))[ \u00a0]+(?=\S)",
    regex.IGNORECASE,
)


def _groups(text: str) -> list[tuple[list[str], bool]]:
    """:func:`_pieces` grouped by bracket: each bracket's pieces together, each piece out
    of brackets alone."""
    groups: list[tuple[list[str], bool]] = []
    for part in regex.split(r"(\([^()]*\))", text):
        bracketed = part.startswith("(")
        inner = part[1:-1] if bracketed else part
        pieces = [p.strip(" \u00a0.;") for p in _commas(inner)]
        pieces = [p for p in pieces if p]
        if bracketed and pieces:
            groups.append((pieces, True))
        else:
            groups += [([p], False) for p in pieces]
    return groups


def _take(piece: str, read: _Read) -> bool:
    """Whether ``piece`` is a lot, a date or where it was sold, put into ``read``."""
    if _LOTS.match(piece):
        if read.lots:
            return False
        read.lots = piece
    elif _DATE.match(piece):
        # "with a use-by date of 8 November 2026" is a line's "Use-by date of 8 November 2026".
        read.dates.append(regex.sub(r"^with[ \u00a0]+an?[ \u00a0]+", "", piece, flags=regex.I))
    elif _SOLD.match(piece) and not read.sold:
        read.sold = piece
    elif (reason := _BECAUSE.match(piece)) and not read.risk:
        # "as it may contain egg": the line says what may be, of the product it heads.
        read.risk = regex.sub(r"^(?:it|they|il|elle|ils|elles)[ \u00a0]+", "", reason.group("risk"))
    else:
        return False
    return True


def _noun_phrase(text: str, end: int, lang: str) -> bool:
    """Whether ``text[:end]`` is a product's name, not a clause or an order: no word of an
    order or a subject (:data:`_NOT_IN_NAMES`), no verb first ("stop burning our candles"),
    no finite verb ("the shop opens"), not too long to head a post. spaCy's parse of
    ``text`` says the verbs (the name parsed with its determiner and what follows it: alone,
    « hochet en bois » is tagged a verb); in French a finite verb must be one the grammar
    service knows too (the small model reads « extra » in « vierge extra » as one)."""
    from brandvoice.nlp import get_pipeline, parse
    from brandvoice.text.french.lemmas import verb_forms

    words = _WORD.findall(text[:end])
    if not words or len(words) > 10:
        return False
    if any(w.casefold() in _NOT_IN_NAMES[lang] for w in words):
        return False
    forms = verb_forms(get_pipeline("fr").nlp) if lang == "fr" else None
    tokens = [t for t in parse(lang, text, entities=False) if t.idx < end]
    named = [t for t in tokens if not _DETERMINERS.fullmatch(f"{t.text} ")]
    for index, token in enumerate(named):
        if token.pos_ not in ("VERB", "AUX") or token.text[:1].isupper():
            continue
        morph = str(token.morph)
        if index == 0 and "VerbForm=Part" not in morph:
            return False  # an order ("Return the jars"); « pâté » may be read a participle
        finite = "VerbForm=Fin" in morph
        if finite and (forms is None or forms.lemmas(token.text.casefold())):
            return False
    return True


def _other_facts(piece: str, lang: str, read: _Read) -> str:
    """``piece`` less what a line says: '' for a sentence that only says where it was sold
    or what a defect may lead to, else without a bracket of lots ("(lot 118, date limite
    12/06)") or the risk it ends on."""
    sold = _SOLD_SENTENCE.match(piece.strip())
    if sold and not read.sold:
        read.sold = sold.group("sold")
        return ""
    we_sold = _WE_SOLD.match(piece.strip())
    if we_sold and not read.sold:
        read.sold = f"Sold{we_sold.group('where')}"
        return ""
    alone = piece.strip()
    # « Vendu à la boutique… entre le 2 et le 28 novembre 2026. », a line of its own.
    lone_sale = _SOLD.match(alone) and not _FIELD_LINE.match(alone)
    if lone_sale and not regex.search(r"[?!\n]", alone) and _sold(alone, read):
        return ""
    piece = _fields(piece, read)
    if not piece:
        return ""
    leads = _LEADS_TO[lang].match(piece.strip())
    if leads and not read.risk:
        cause = leads.group("cause")
        read.risk = f"{leads.group('risk')} ({cause})"
        return ""
    piece = _lots_said_again(piece, read)
    for bracket in _BRACKET.finditer(piece):
        inner = [p.strip() for p in _commas(bracket.group("inner")) if p.strip()]
        trial = _Read()
        dated = inner and all(_LOTS.match(p) or _DATE.match(p) for p in inner)
        if dated and not read.lots and all(_take(p, trial) for p in inner) and trial.lots:
            read.lots = trial.lots
            read.dates += trial.dates
            piece = piece[: bracket.start()] + piece[bracket.end() :]
            break
    tail = _RISK_TAIL[lang].search(piece)
    if tail and not read.risk:
        read.risk = tail.group("risk")
        piece = piece[: tail.start()] + piece[tail.end() :]
    return piece


# The lots a sentence names again after the heading gave them: "some loaves from batch
# L2611 (best before 12/12/2026) may contain…", with the bracket of dates after them.
_LOTS_AGAIN = regex.compile(
    rf"[ \u00a0]+(?:des|du|de|of|from|in)[ \u00a0]+(?:lots?|batch(?:es)?)[ \u00a0]+"
    rf"(?P<ids>{_ID}(?:[ \u00a0]*(?:,|et|and|&)[ \u00a0]*{_ID})*)"
    r"(?P<bracket>[ \u00a0]*\((?P<inner>[^()]*)\))?(?=[ \u00a0]+\p{L})",
    regex.IGNORECASE,
)


def _lots_said_again(piece: str, read: _Read) -> str:
    """``piece`` without the lots the notice's lot line gives already ("We've found that
    some loaves from batch L2611 (best before 12/12/2026) may contain…" under "Batch L2611"
    → "…some loaves may contain…", the date going to the lot line: "Batch L2611 (best
    before 12/12/2026)"). Only the same lots, and a bracket that holds dates only."""
    lots = _LOTS.match(read.lots) if read.lots else None
    if lots is None:
        return piece
    given = set(regex.findall(_ID, lots.group("ids")))
    for found in _LOTS_AGAIN.finditer(piece):
        if not set(regex.findall(_ID, found.group("ids"))) <= given:
            continue
        inner = [p.strip() for p in _commas(found.group("inner") or "") if p.strip()]
        if not all(_DATE.match(p) for p in inner):
            continue
        read.dates += inner
        return piece[: found.start()] + piece[found.end() :]
    return piece


# A field of a notice the master wrote as a form: its label, a colon, its value.
_FIELD_LABEL = (
    r"(?:lots?|n°[ \u00a0]+de[ \u00a0]+lot|num[ée]ros?[ \u00a0]+de[ \u00a0]+lot|batch(?:es)?"
    r"(?:[ \u00a0]+(?:numbers?|codes?))?|lot[ \u00a0]+(?:numbers?|codes?)|DDM|DLC|DLUO|"
    r"date[ \u00a0]+limite(?:[ \u00a0]+de[ \u00a0]+consommation)?|date[ \u00a0]+de[ \u00a0]+"
    r"durabilité[ \u00a0]+minimale|meilleur[ \u00a0]+avant|best[ \u00a0]+before|best[ \u00a0-]by|"
    r"use[ \u00a0-]by|motif|raison|risques?|reason|risk|vendu(?:e|s|es)?(?:[ \u00a0]+(?:à|en|chez|"
    r"dans))?|sold(?:[ \u00a0]+(?:at|in|by|from))?|produits?(?:[ \u00a0]+concernés?)?|"
    r"products?(?:[ \u00a0]+affected)?|formats?|sizes?|tailles?|poids|weight)"
)
_FIELD_LINE = regex.compile(rf"^{_FIELD_LABEL}[ \u00a0\u202f]*:[ \u00a0]*\S", regex.IGNORECASE)
# Where a field run on after another by the sentence splitter begins ("Lot : T2611 DDM : …").
_NEXT_FIELD = regex.compile(
    rf"(?<=\S)[ \u00a0]+(?={_FIELD_LABEL}[ \u00a0\u202f]*:[ \u00a0]*\S)", regex.IGNORECASE
)
_LIST_MARK = regex.compile(r"^[•\-–*·][ \u00a0]*")


def _fields(piece: str, read: _Read) -> str:
    """``piece`` less its lines that are fields of a form ("Lot : T2611 DDM : 15/08/2027",
    "• Date limite de consommation : 08/12/2026", "- Reason: possible contamination"), kept
    into ``read`` as the master wrote them, one a line; the lines of a list that say where
    it was sold ("• Vendue au café…") too."""
    kept: list[str] = []
    for line in piece.split("\n"):
        item = _LIST_MARK.sub("", line.strip())
        if _FIELD_LINE.match(item):
            read.fields += [f.strip().rstrip(". \u00a0") for f in _NEXT_FIELD.split(item)]
        elif line.strip() == item or not _SOLD.match(item) or not _sold(item, read):
            kept.append(line)
    if len(kept) == len(piece.split("\n")):
        return piece
    # The list gone, what is left of the piece runs on as one paragraph's sentences.
    listed = any(_LIST_MARK.match(line.strip()) for line in kept)
    return ("\n" if listed else " ").join(line.strip() for line in kept if line.strip())


def _sold(line: str, read: _Read) -> bool:
    """Whether ``line`` (« Vendu à la boutique… ») was put into ``read``: among the form's
    fields when the master writes one (its order kept), else as where it was sold."""
    line = line.rstrip(". \u00a0")
    if read.fields:
        read.fields.append(line)
    elif not read.sold:
        read.sold = line
    else:
        return False
    return True


def _lines(read: _Read, lang: str) -> list[str]:
    """The labelled lines: lots (with their date), a date alone, where sold, the risk."""
    colon = _COLON[lang]
    lines: list[str] = []
    dates = list(read.dates)
    if read.lots:
        found = _LOTS.match(read.lots)
        assert found is not None
        # The master's own words, no colon: "Lots L2604 et L2605", "Batch 2611" say what
        # a label would, and are what a reader searches the post for.
        lots = _capitalised(read.lots[found.start("word") :])
        dated = f" ({dates.pop(0)})" if dates else ""
        lines.append(f"{lots}{dated}")
    lines += [_capitalised(d) for d in dates]
    if read.sold:
        lines.append(_capitalised(read.sold))
    if read.risk:
        lines.append(f"{_RISK_LABEL[lang]}{colon}{read.risk}")
    return lines + read.fields


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paragraphs(
    pieces: list[str], lang: str, *, emoji: bool, label: str, max_words: int | None = None
) -> tuple[list[str], bool]:
    """The post's paragraphs after the lines, and whether one is a 👉 line: the other
    sentences in order (two to a paragraph, as the social form sets them), the run of
    orders on one 👉 line opened by ``label``, what is not concerned, then the contact
    line."""
    from brandvoice.adaptation.paragraphs import post_paragraphs
    from brandvoice.analysis.imperatives import find_imperatives
    from brandvoice.nlp import parse

    def is_order(piece: str) -> bool:
        if piece.rstrip().endswith("?"):
            return False  # "Got a plumbing emergency?" asks; what answers it may order
        if _NO_ORDER.match(piece):
            return False  # "Please bear with us", « Merci de votre patience »: no act asked
        if _ORDER[lang].match(piece) or _opens_on_vous_order(piece, lang):
            return True
        doc = parse(lang, piece, entities=False)
        return any(i.start < _ORDER_WITHIN for i in find_imperatives(doc, lang))

    paragraphs: list[str] = []
    contact: list[str] = []
    action: list[str] = []
    others: list[str] = []
    acted = False

    def flush_others() -> None:
        paragraphs.extend(post_paragraphs(others))
        others.clear()

    for piece in pieces:
        if _CONTACT.match(piece):
            contact.append(piece)
            continue
        concerned = bool(_NOT_CONCERNED.search(piece))
        if not concerned and not acted and (is_order(piece) or (action and _REFUND.search(piece))):
            if not action:
                flush_others()
            action.append(piece)
            continue
        if action and not acted:
            acted = True
            paragraphs.append(
                _action_line(action, lang, emoji=emoji, label=label, max_words=max_words)
            )
        if concerned:
            flush_others()
            paragraphs.append(piece)
        else:
            others.append(piece)
    if action and not acted:
        paragraphs.append(_action_line(action, lang, emoji=emoji, label=label, max_words=max_words))
    flush_others()
    return paragraphs + contact, bool(action)


def _opens_on_vous_order(piece: str, lang: str) -> bool:
    """Whether a French ``piece`` opens on an order to « vous » (« Rapportez les
    bouteilles… », « Si ce n'est pas le cas, écrivez-nous… »): a word in « -ez » that the
    grammar service knows as a verb form (the small model often tags a capitalised first
    word a name, and misses an order after a condition)."""
    from brandvoice.text.french.lemmas import is_vous_form

    if lang != "fr":
        return False
    return any(
        is_vous_form(found.group(1)) for found in _VOUS_ORDER.finditer(piece[: _ORDER_WITHIN + 20])
    )


# A word in « -ez » opening the sentence or the clause after its first comma, its pronouns
# after it: « Rapportez-les… », « Si ce n'est pas le cas, écrivez-nous… ».
_VOUS_ORDER = regex.compile(
    r"(?:^|^[^,.;:]*,[ \u00a0]+)(\p{L}+ez)(?:-(?:les|le|la|nous|vous|en|y|moi))*(?![\p{L}'’])"
)


def _action_line(
    action: list[str], lang: str, *, emoji: bool, label: str, max_words: int | None = None
) -> str:
    """The 👉 line: the orders run on, after ``label`` ("What to do: ") unless they have a
    colon of their own; a French order after a label's colon opens in lower case (« Ce que
    vous devez faire : écrivez-nous… »); no label where the orders have a colon already or
    where it would take their first sentence past ``max_words``."""
    marker = ACT if emoji else WORD_ACT
    text = " ".join(action)
    if ":" in text:
        label = ""  # a second colon on the line would part it in three
    first = len(_WORD.findall(_FIRST_SENTENCE.split(text, maxsplit=1)[0]))
    if max_words is not None and first + len(_WORD.findall(label)) > max_words:
        label = ""  # the label would make its first sentence one the voice finds too long
    if label and lang == "fr" and text[:2].istitle() and not text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return f"{marker}{label}{text}"


@dataclass(frozen=True, slots=True)
class NoticeExample:
    """A post's pieces in ``lang`` and the notice they make (None: the post keeps its
    sentences); ``incident``: read as an incident, else as a recall."""

    lang: str
    pieces: tuple[str, ...]
    expected: Notice | None
    incident: bool = False


# Each reading's incorrect → expected, and posts left as they are; tests/test_notice.py runs them.
EXAMPLES: tuple[NoticeExample, ...] = (
    NoticeExample(  # a label line, the recall's sentence, a sentence the voice split off
        "fr",
        (
            "RAPPEL PRODUIT – Confiture d'abricots 370 g",
            "Par précaution, on rappelle les pots de confiture d'abricots des lots L2604 et "
            "L2605 (DLUO 03/2028).",
            "Ils ont été vendus dans notre boutique de Carpentras entre le 1er et le 20 mars 2026.",
            "Un défaut de fermeture des couvercles peut entraîner le développement de moisissures.",
            "Ne consommez pas ces pots : ils vous seront remboursés.",
            "Les autres lots ne sont pas concernés.",
            "Contact : 04 90 63 18 22.",
        ),
        Notice(
            "⚠️ Rappel produit – Confiture d'abricots 370 g",
            [
                "Lots L2604 et L2605 (DLUO 03/2028)",
                "Vendus dans notre boutique de Carpentras entre le 1er et le 20 mars 2026",
                "Risque\u202f: moisissures (défaut de fermeture des couvercles)",
            ],
            [
                "👉 Ne consommez pas ces pots : ils vous seront remboursés.",
                "Les autres lots ne sont pas concernés.",
                "Contact : 04 90 63 18 22.",
            ],
        ),
    ),
    NoticeExample(  # the lots the heading gave, named again below: the line says them
        "en",
        (
            "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611",
            "We've found that some loaves from batch L2611 (best before 12/12/2026) may "
            "contain small pieces of glass.",
            "Don't eat it. Bring it back to our shop for a full refund.",
        ),
        Notice(
            "⚠️ Product recall – Harbour Bakery Walnut & Honey Loaf",
            ["Batch L2611 (best before 12/12/2026)"],
            [
                "We've found that some loaves may contain small pieces of glass.",
                "👉 What to do: Don't eat it. Bring it back to our shop for a full refund.",
            ],
        ),
    ),
    NoticeExample(  # another batch than the heading's is news: it stays
        "en",
        (
            "Product recall: Harbour Bakery Walnut & Honey Loaf, batch L2611",
            "We've found that some loaves from batch L2612 may contain small pieces of glass.",
            "Don't eat it. Bring it back to our shop for a full refund.",
        ),
        Notice(
            "⚠️ Product recall – Harbour Bakery Walnut & Honey Loaf",
            ["Batch L2611"],
            [
                "We've found that some loaves from batch L2612 may contain small pieces of glass.",
                "👉 What to do: Don't eat it. Bring it back to our shop for a full refund.",
            ],
        ),
    ),
    NoticeExample(  # no label: the sentence that recalls names the product
        "en",
        (
            "We're recalling one batch of our 500g Yellow Box honey (batch 2611, best before "
            "Feb 2029).",
            "A few jars may contain glass.",
            "Please don't eat it.",
            "We'll refund you directly.",
            "All other batches are fine.",
        ),
        Notice(
            "⚠️ Product recall – 500g Yellow Box honey",
            ["Batch 2611 (best before Feb 2029)"],
            [
                "A few jars may contain glass.",
                "👉 What to do: Please don't eat it. We'll refund you directly.",
                "All other batches are fine.",
            ],
        ),
    ),
    NoticeExample(  # the risk a sentence ends on is a line; the rest of it stays
        "fr",
        (
            "Rappel de sécurité concernant le hochet en bois « Petit Nuage » vendu à La Toupie.",
            "La perle centrale peut se détacher, avec un risque d'étouffement pour les "
            "tout-petits.",
            "Merci de nous le ramener à la boutique.",
        ),
        Notice(
            "⚠️ Rappel de sécurité concernant le hochet en bois « Petit Nuage »",
            ["Vendu à La Toupie", "Risque\u202f: étouffement pour les tout-petits"],
            ["La perle centrale peut se détacher.", "👉 Merci de nous le ramener à la boutique."],
        ),
    ),
    NoticeExample(  # a label over an order: the order stays, about "them", with what to do
        "en",
        (
            "Safety notice: please stop burning our three-wick candles bought in October.",
            "A batch of wicks was cut too long.",
            "If you have one, email us for a returns label.",
        ),
        Notice(
            "⚠️ Safety notice – Three-wick candles",
            ["Bought in October"],
            [
                "A batch of wicks was cut too long.",
                "👉 What to do: Please stop burning them. If you have one, email us for a "
                "returns label.",
            ],
        ),
    ),
    NoticeExample(  # a label over a sentence about the product: the sentence stays
        "en",
        (
            "RECALL: Our almond butter (16 oz jars, best by 03/2027) may contain sesame.",
            "Do not eat it.",
        ),
        Notice(
            "⚠️ Product recall – Almond butter (16 oz jars)",
            ["Best by 03/2027"],
            ["Our almond butter may contain sesame.", "👉 What to do: Do not eat it."],
        ),
    ),
    NoticeExample(  # « procède au rappel des… », an order in « -ez » the model tags a name
        "fr",
        (
            "Rappel conso : on procède au rappel des sachets de sablés 200 g, lot 24-118, DDM "
            "15/01/2027.",
            "Rapportez-les en magasin : ils vous seront remboursés.",
        ),
        Notice(
            "⚠️ Rappel produit – Sachets de sablés 200 g",
            ["Lot 24-118 (DDM 15/01/2027)"],
            ["👉 Rapportez-les en magasin : ils vous seront remboursés."],
        ),
    ),
    NoticeExample(  # a brand after its elided article recalls; the reason is the risk
        "fr",
        (
            "La Biscuiterie de l'Odet rappelle volontairement ses galettes (boîte de 250 g, lot "
            "3312) en raison d'une présence possible d'arachide.",
            "Ne consommez pas ce produit.",
        ),
        Notice(
            "⚠️ Rappel produit – Galettes (boîte de 250 g)",
            ["Lot 3312", "Risque\u202f: présence possible d'arachide"],
            ["👉 Ne consommez pas ce produit."],
        ),
    ),
    NoticeExample(  # « extra » is no verb, whatever the small model says
        "fr",
        ("RAPPEL – Huile d'olive vierge extra, bouteille de 75 cl, lot 2501.",),
        Notice(
            "⚠️ Rappel produit – Huile d'olive vierge extra, bouteille de 75 cl", ["Lot 2501"], []
        ),
    ),
    NoticeExample(  # the label on a line of its own; the sentence after it names the product
        "fr",
        (
            "Attention, rappel produit.",
            "Notre pâté en bocal de 180 g (lot 0325) peut contenir des morceaux d'os.",
            "Merci de ne pas le consommer.",
        ),
        Notice(
            "⚠️ Rappel produit – Pâté en bocal de 180 g",
            ["Lot 0325"],
            [
                "Notre pâté en bocal de 180 g peut contenir des morceaux d'os.",
                "👉 Merci de ne pas le consommer.",
            ],
        ),
    ),
    NoticeExample(  # the lots before the name; a reason "as it may…" is the risk
        "en",
        (
            "We're recalling batch 2207 of our Salmon Pâté (120g tubs) as it may contain egg.",
            "Please bring it back for a refund.",
        ),
        Notice(
            "⚠️ Product recall – Salmon Pâté (120g tubs)",
            ["Batch 2207", "Risk: may contain egg"],
            ["👉 What to do: Please bring it back for a refund."],
        ),
    ),
    NoticeExample(  # a comma the name does not list with ends it: no product, no notice
        "fr",
        (
            "Nous rappelons les pots de miel de lavande, par précaution.",
            "Ne les consommez pas.",
        ),
        None,
    ),
    NoticeExample(  # the name's own commas list its parts
        "en",
        (
            "Hobbs Family Butchers is recalling our chicken, leek and tarragon pies (large, "
            "600g) with a use-by date of 8 November 2026.",
            "Please don't eat them.",
        ),
        Notice(
            "⚠️ Product recall – Chicken, leek and tarragon pies (large, 600g)",
            ["Use-by date of 8 November 2026"],
            ["👉 What to do: Please don't eat them."],
        ),
    ),
    NoticeExample(  # a label run on into its sentence past an emoji; "this affects…"
        "en",
        (
            "Product recall 🧴 This affects our Calendula Baby Balm 100ml, batch numbers 2604 "
            "and 2605.",
            "Please stop using it.",
        ),
        Notice(
            "⚠️ Product recall – Calendula Baby Balm 100ml",
            ["Batch numbers 2604 and 2605"],
            ["👉 What to do: Please stop using it."],
        ),
    ),
    NoticeExample(  # a label on its line, the product's line after it; a date's own comma
        "en",
        (
            "RECALL NOTICE:",
            "Holiday Blend cold brew (12 oz cans, lot CB1130, best by Jan 31, 2027).",
            "Do not drink it.",
        ),
        Notice(
            "⚠️ Product recall – Holiday Blend cold brew (12 oz cans)",
            ["Lot CB1130 (best by Jan 31, 2027)"],
            ["👉 What to do: Do not drink it."],
        ),
    ),
    NoticeExample(  # a notice written as a form: its fields are lines, in the master's order
        "fr",
        (
            "RAPPEL PRODUIT",
            "Produit : Tapenade noire 90 g",
            "Lot : T2611 DDM : 15/08/2027",
            "Vendu à la boutique entre le 2 et le 28 novembre 2026.",
            "Ne pas consommer.",
        ),
        Notice(
            "⚠️ Rappel produit – Tapenade noire 90 g",
            [
                "Lot : T2611",
                "DDM : 15/08/2027",
                "Vendu à la boutique entre le 2 et le 28 novembre 2026",
            ],
            ["👉 Ne pas consommer."],
        ),
    ),
    NoticeExample(  # a list's fields leave it; the sentence around them runs on
        "en",
        (
            "Allergy alert: our seeded loaf may contain sesame.",
            "It is not on the label.\n- Best before: 10 December 2026\n- Sold at: our Harrogate "
            "shop\nPeople with a sesame allergy should not eat it.",
        ),
        Notice(
            "⚠️ Allergy alert – Seeded loaf",
            ["Best before: 10 December 2026", "Sold at: our Harrogate shop"],
            [
                "Our seeded loaf may contain sesame. It is not on the label. People with a "
                "sesame allergy should not eat it."
            ],
        ),
    ),
    NoticeExample(  # a container before its product is a size; « ne pas » + infinitive orders
        "en",
        (
            "Allergy alert ⚠️ We are recalling pints of our Cookies & Cream ice cream with a "
            "best-by date of 02/20/2027.",
            "Return the pint for a refund.",
        ),
        Notice(
            "⚠️ Allergy alert – Cookies & Cream ice cream (pints)",
            ["Best-by date of 02/20/2027"],
            ["👉 What to do: Return the pint for a refund."],
        ),
    ),
    NoticeExample(  # who bought it names the product; the sentence stays, an order
        "en",
        (
            "If you bought a wooden stacking rainbow from us in November, please take it away "
            "from your little one.",
            "Some paint may contain lead.",
        ),
        Notice(
            "⚠️ Product recall – Wooden stacking rainbow",
            [],
            [
                "👉 What to do: If you bought a wooden stacking rainbow from us in November, "
                "please take it away from your little one.",
                "Some paint may contain lead.",
            ],
        ),
    ),
    NoticeExample(  # « meilleur avant », a tray of pieces, « Ne pas consommer… » an order
        "fr",
        (
            "Rappel : la Boucherie Favre rappelle ses saucisses de veau (barquette de 4 pièces, "
            "meilleur avant le 10.12.2026).",
            "Ne pas consommer ces saucisses.",
            "Pour toute question : 026 555 01 23.",
        ),
        Notice(
            "⚠️ Rappel produit – Saucisses de veau (barquette de 4 pièces)",
            ["Meilleur avant le 10.12.2026"],
            ["👉 Ne pas consommer ces saucisses.", "Pour toute question : 026 555 01 23."],
        ),
    ),
    NoticeExample(  # « le rappel concerne… » gives the lots of the heading's product
        "fr",
        (
            "Rappel de notre bière blonde « La Cigale » 33 cl.",
            "Le rappel concerne les bouteilles des lots 26-041 et 26-042 (DDM 03/2027).",
            "Ne les ouvrez pas.",
        ),
        Notice(
            "⚠️ Rappel de notre bière blonde « La Cigale » 33 cl",
            ["Lots 26-041 et 26-042 (DDM 03/2027)"],
            ["👉 Ne les ouvrez pas."],
        ),
    ),
    NoticeExample(  # who sold it, when first: the heading's product; "We sold it at…" a line
        "en",
        (
            "Safety recall ⚠️ We sold between May and June some of our oak step stools that "
            "may split.",
            "We sold them at the Leeds shop and online.",
            "Please stop using them.",
        ),
        Notice(
            "⚠️ Safety recall – Oak step stools",
            ["Sold at the Leeds shop and online"],
            [
                "We sold between May and June some of our oak step stools that may split.",
                "👉 What to do: Please stop using them.",
            ],
        ),
    ),
    NoticeExample(  # the product the subject of a passive recall; its reason the risk
        "fr",
        (
            "Information consommateurs : le produit « Croq'Céréales » 375 g (lot C2611) fait "
            "l'objet d'un rappel en raison d'une possible présence de métal.",
            "Ne pas consommer.",
        ),
        Notice(
            "⚠️ Rappel produit – « Croq'Céréales » 375 g",
            ["Lot C2611", "Risque\u202f: possible présence de métal"],
            ["👉 Ne pas consommer."],
        ),
    ),
    NoticeExample(  # a passive recall with more than why after it: the sentence stays
        "en",
        (
            "Our Wild Garlic Pesto (190g jars) is being recalled as a precaution.",
            "Please don't eat it.",
        ),
        Notice(
            "⚠️ Product recall – Wild Garlic Pesto (190g jars)",
            [],
            [
                "Our Wild Garlic Pesto (190g jars) is being recalled as a precaution.",
                "👉 What to do: Please don't eat it.",
            ],
        ),
    ),
    NoticeExample(  # « Les clients ayant acheté… »: the product, « à la vanille » its own
        "fr",
        (
            "Les clients ayant acheté nos yaourts à la vanille (pots de 125 g) sont invités à ne "
            "pas les consommer.",
            "Ils seront remboursés en magasin.",
        ),
        Notice(
            "⚠️ Rappel produit – Yaourts à la vanille",
            [],
            [
                "👉 Les clients ayant acheté nos yaourts à la vanille (pots de 125 g) sont "
                "invités à ne pas les consommer. Ils seront remboursés en magasin."
            ],
        ),
    ),
    NoticeExample(  # an order naming the product; « Avis de retrait » a withdrawal
        "en",
        ("Don't eat our Double Chocolate Brownies bought on 4 December.", "Sorry!"),
        Notice(
            "⚠️ Product recall – Double Chocolate Brownies",
            [],
            [
                "👉 What to do: Don't eat our Double Chocolate Brownies bought on 4 December.",
                "Sorry!",
            ],
        ),
    ),
    NoticeExample(
        "fr",
        ("Avis de retrait : sirop d'érable ambré 540 ml, lot 26-118.", "Ne le consommez pas."),
        Notice(
            "⚠️ Retrait de produit – Sirop d'érable ambré 540 ml",
            ["Lot 26-118"],
            ["👉 Ne le consommez pas."],
        ),
    ),
    NoticeExample(  # a call-out alone, then the business's product and what it may hold
        "fr",
        (
            "Attention !",
            "Certains pots de notre confiture de figues (lot 2611) présentent un défaut de "
            "fermeture.",
            "Merci de ne pas les consommer.",
        ),
        Notice(
            "⚠️ Rappel produit – Confiture de figues (pots)",
            ["Lot 2611"],
            [
                "Certains pots de notre confiture de figues présentent un défaut de fermeture.",
                "👉 Merci de ne pas les consommer.",
            ],
        ),
    ),
    NoticeExample(  # a salutation before the recall's sentence is no news
        "en",
        (
            "Hi all, we need to recall our Lemon Drizzle Cake slices sold on Friday 4 December.",
            "Please don't eat them.",
        ),
        Notice(
            "⚠️ Product recall – Lemon Drizzle Cake slices",
            ["Sold on Friday 4 December"],
            ["👉 What to do: Please don't eat them."],
        ),
    ),
    NoticeExample(  # the business's product but nothing it may hold: no heading from it
        "en",
        ("Our team is sorry.", "Our shop is open as usual.", "Please check your pantry."),
        Notice(
            "Our team is sorry.",
            [],
            ["Our shop is open as usual.", "👉 What to do: Please check your pantry."],
        ),
    ),
    NoticeExample(  # who bought where, no product: no heading, two sentences stay
        "fr",
        (
            "Si vous avez acheté chez nous entre le 3 et le 5 mai, ne consommez pas la quiche.",
            "Une partie de la crème était périmée.",
        ),
        None,
    ),
    NoticeExample(  # no product read for a heading: the sentences stay, the order its line
        "en",
        (
            "Hey candle friends, we need your help.",
            "A few jars have cracked while burning.",
            "Please don't light them.",
        ),
        Notice(
            "Hey candle friends, we need your help.",
            [],
            ["A few jars have cracked while burning.", "👉 What to do: Please don't light them."],
        ),
    ),
    NoticeExample(  # a recall's apology stays where it was: its hook may be a question
        "fr",
        (
            "Vous avez acheté notre quiche entre le 3 et le 5 mai ?",
            "Une partie de la crème était périmée.",
            "Rapportez-la à la boulangerie.",
            "Toutes nos excuses.",
        ),
        Notice(
            "Vous avez acheté notre quiche entre le 3 et le 5 mai ?",
            [],
            [
                "Une partie de la crème était périmée.",
                "👉 Rapportez-la à la boulangerie.",
                "Toutes nos excuses.",
            ],
        ),
    ),
    NoticeExample(  # no heading, no order: nothing to set
        "en",
        ("Hey candle friends, we need your help.", "A few jars have cracked while burning."),
        None,
    ),
    NoticeExample(  # a buried apology comes up after the news; the orders get their line
        "en",
        (
            "Our online refill system is down today.",
            "Phone refills are working as normal. Call us at (613) 555-0172.",
            "Refills already submitted are not affected.",
            "We apologize for the inconvenience.",
        ),
        Notice(
            "Our online refill system is down today. We apologize for the inconvenience.",
            [],
            [
                "👉 What to do: Phone refills are working as normal. Call us at (613) 555-0172.",
                "Refills already submitted are not affected.",
            ],
        ),
        incident=True,
    ),
    NoticeExample(  # the apology follows the news already, nothing to do: untouched
        "en",
        (
            "Our online refill system is down today.",
            "We apologize for the inconvenience.",
            "It will be back tomorrow.",
        ),
        None,
        incident=True,
    ),
    NoticeExample(  # asking for patience is no order: nothing to set
        "en",
        (
            "Our website is down for maintenance tonight.",
            "Orders placed before 10pm are safe.",
            "Please bear with us while we fix it.",
        ),
        None,
        incident=True,
    ),
    NoticeExample(  # two sentences are read at once: no form for them
        "fr",
        ("Notre site est en panne ce matin.", "Désolés pour la gêne !"),
        None,
        incident=True,
    ),
)
