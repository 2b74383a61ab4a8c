"""French homophones in contexts that decide between them: « il à » → « il a »,
« là ou » → « là où », « ils on » → « ils ont ».

Each entry is a context where only one of the homophones is grammatical, written as a
pattern with the word to flag in the group ``w``. Entries whose context could read either
way (« a la » after a subject: « il a la grippe ») are left out: a false alarm on a correct
post costs more than a missed slip. Entries were kept only when they flagged no correct
sentence of the development half of Grammalecte's tests nor of LanguageTool's French
examples (``benchmarks/evaluate_typos.py``). The hours, set phrases, voie/voix, oui/ou
and « le moment où » entries come from the misses on the development half of our own
corpus of real mistakes (``benchmarks/evaluate_mistakes.py``), checked the same way.
"""

from __future__ import annotations

from brandvoice.checks.homophones import HomophoneRule, entry
from brandvoice.checks.rule import Example, Rule

_A = "['’]"
# Subject pronouns that a conjugated verb follows directly (or after « n' », « y », « en »).
_SUBJ = r"(?<![\p{L}'’-])(?:il|elle|on|iel)"
_SUBJ_PL = r"(?<![\p{L}'’-])(?:ils|elles|iels)"
# Participles that only follow the auxiliary « a », never the preposition « à » (« fait »
# is left out: « tout à fait »).
_PARTICIPLES_AFTER_A = r"(?:été|eu|pu|dû|su|vu|pris|voulu|reçu|perdu|vécu)"

_ENTRIES = (
    # a / à
    entry(_SUBJ + r"\s+(?:n" + _A + r")?(?:y\s+)?(?P<w>à)(?=\s)", "a",
          "after a subject, the verb « a »"),
    entry(r"(?<![\p{L}'’-])(?P<w>à)\s+" + _PARTICIPLES_AFTER_A + r"\b", "a",
          "before a past participle, the auxiliary « a »"),
    entry(r"(?<![\p{L}'’-])(?:grâce|quant|jusqu" + _A + r"|enclin|enclins|encline|"
          r"enclines|proie|peu)\s*(?P<w>a)(?=\s)", "à", "the preposition « à »"),
    entry(r"(?:^|(?<=[.!?,;:]\s*))(?P<w>A)\s+(?:partir|cause|travers|côté|peu\s+près|propos|"
          r"moins\s+que|nouveau|l" + _A + r"instar|condition|chaque|mon\s+avis|cet\s+égard|"
          r"présent|bientôt|demain|plus\s+tard|quel|quelle)\b", "À",
          "the preposition « à »"),
    entry(r"(?<![\p{L}'’-])de\s+\d{1,2}\s*(?:h\s*(?:\d{2})?|heures?)\s+(?P<w>a)\s+\d", "à",
          "a range of hours: « de 8 h à 19 h »"),
    entry(r"(?<![\p{L}'’-])(?<!(?:il|elle|on|qui|ça|cela|y)\s+)(?P<w>a)\s+(?:\d{1,2}\s*"
          r"(?:h\b|heures?\b)(?:\s*\d{2}\b)?|midi\b|minuit\b)(?!\s+(?:de\b|d" + _A + r"))",
          "à", "a time: « à 19 h », « à midi »"),
    entry(r"(?<![\p{L}'’-])(?P<w>a)\s+(?:partir\s+d|deux\s+pas\b|cause\s+d|côté\s+d|"
          r"travers\b|propos\s+d|l" + _A + r"instar\b)", "à",
          "the preposition « à »"),
    # After the participles and adjectives that take « à » (« adapté à », « réservé à »),
    # before a determiner: « le programme adapté a vos objectifs ».
    entry(r"(?<![\p{L}'’-])(?:adapté|destiné|réservé|consacré|dédié|lié|habitué|attaché|"
          r"limité|invité|situé|affiché|prêt|apte|conforme|identique|semblable|relatif)"
          r"(?:e|s|es)?\s+(?P<w>a)\s+(?:vos|nos|tes|mes|ses|leurs|votre|notre|ton|mon|son|"
          r"leur|la|le|les|l" + _A + r"|tous|toutes|tout|chaque|ceux|celles|celui|celle)\b",
          "à", "after this word, the preposition « à »"),
    # où / ou
    entry(r"(?<![\p{L}'’-])(?:(?:là|par)\s+|(?:d|jusqu)" + _A + r")(?P<w>ou)\b"
          r"(?!\s+(?:bien|non|pas)\b)", "où", "a place or a time: « où »"),
    # « le moment où », « l'endroit où » before a clause (« ou » there would join two nouns)
    entry(r"(?<![\p{L}'’-])(?:moments?|jours?|endroits?|lieux?|instants?|époque|période|"
          r"années?|fois|soirs?|pays|villes?|quartiers?)\s+(?P<w>ou)\s+(?:personne|rien|"
          r"chacun|se|s" + _A + r"|ne|n" + _A + r"|je|j" + _A + r"|tu|il|elle|on|ils|elles)\b",
          "où", "a place or a time: « où »"),
    # oui / ou between two noun phrases: « un bouquet oui une composition ? »
    entry(r"(?<=\p{L}\s+)(?<!(?:dit|dis|dire|dites|disent|disons|répond\p{L}*|mais|eh|ah|oh|"
          r"et|que|qu" + _A + r"|bien|si|pour|par|un|le|du|au|de|vot\p{L}*|voilà|alors|ben|"
          r"bah|hé|euh|ma\s+foi)\s+)(?P<w>oui)\s+(?:une?|des|les|le|la|du|au|aux|plutôt)\s",
          "ou", "between two choices, the conjunction « ou »"),
    # voie / voix
    entry(r"(?<![\p{L}'’-])(?:donn|pos|travaill|chauff|échauff|baiss|élev|prêt)(?:er|ez|e|es|"
          r"ent|é|ons)\s+(?:sa|ta|ma|votre|notre|leur|de\s+la)\s+(?P<w>voie)\b", "voix",
          "the voice: « voix »"),
    entry(r"(?<![\p{L}'’-])(?:(?:à|a)\s+(?:haute|pleine|basse)\s+(?P<w>voie)|(?:à|a)\s+"
          r"(?P<w>voie)\s+(?:haute|basse)|de\s+vive\s+(?P<w>voie)|(?P<w>voie)\s+off|"
          r"(?:extinction|timbre|chœurs?|cordes?)\s+de\s+(?P<w>voie))\b", "voix",
          "the voice: « voix »"),
    entry(r"(?<![\p{L}'’-])(?:sur\s+la\s+bonne\s+(?P<w>voix)|(?:en|par)\s+(?P<w>voix)\s+"
          r"(?:de|d" + _A + r")|(?P<w>voix)\s+(?:ferrée|rapide|express|verte|navigable|"
          r"sans\s+issue|lactée)"
          r"|(?:montr|ouvr|trac)(?:er|ez|e|ent|é|ons)\s+la\s+(?P<w>voix))\b", "voie",
          "a way, a road: « voie »"),
    # ont / on, sont / son
    entry(_SUBJ_PL + r"\s+(?:n" + _A + r")?(?:y\s+|en\s+)?(?P<w>on)\b", "ont",
          "after « ils », « elles »: the verb « ont »"),
    entry(_SUBJ_PL + r"\s+(?:ne\s+|n" + _A + r")?(?:y\s+|en\s+)?(?P<w>son)\b", "sont",
          "after « ils », « elles »: the verb « sont »"),
    entry(r"(?<![\p{L}'’-])(?:dans|avec|pour|par|sur|sous|selon|chez|à|de|vers|contre|"
          r"sans|malgré)\s+(?P<w>sont)\s+(?=\p{L})(?!(?:pas|plus|jamais|déjà|toujours|bien|"
          r"très|tous|toutes|trop|si|aussi|donc|alors|encore|souvent|parfois)\b)",
          "son", "after a preposition, the possessive « son »"),
    # est / et
    entry(r"(?<![\p{L}'’-])(?:c" + _A + r")(?P<w>et)\b", "est", "« c'est »"),
    entry(r"(?<![\p{L}'’-])(?:il|on)\s+(?:n" + _A + r")?(?P<w>et)\s+(?!(?:elle|elles|moi|toi|"
          r"lui|eux|nous|vous|les|leurs?|ses|mes|tes|\p{Lu}))", "est",
          "after a subject, the verb « est »"),
    # peut / peu, peux
    entry(r"(?<![\p{L}'’-])(?:il|elle|on|ça|cela|qui|iel)\s+(?:ne\s+|n" + _A + r")?"
          r"(?:y\s+|en\s+|le\s+|la\s+|les\s+|lui\s+|leur\s+)?(?P<w>peu)\s+(?!(?:à|de|d" + _A
          + r"|près)\b)(?=\p{Ll})", "peut", "the verb « pouvoir »: « peut »"),
    entry(r"(?<![\p{L}'’-])(?:je|tu)\s+(?:ne\s+)?(?P<w>peu)\s+(?!(?:à|de|près)\b)(?=\p{Ll})",
          "peux", "the verb « pouvoir »: « peux »"),
    entry(r"(?<![\p{L}'’-])(?P<w>peux|peu)-être\b", "peut", "« peut-être »"),
    # « peut-être » (perhaps) after a subject pronoun, where the verb is « peut être »:
    # « elle peut-être ennuyeuse »; « elle peut-être pas » (elliptical) is left alone.
    entry(r"(?<![\p{L}'’-])(?:il|elle|on|ça|cela|ceci|iel)\s+(?:ne\s+|n" + _A + r")?"
          r"(?P<w>peut-être)(?=\s+\p{Ll})(?!\s+(?:pas|aussi|non|même|également)\b)",
          "peut être", "the verb « pouvoir » and « être »: « peut être »"),
    # se / ce
    entry(r"(?<![\p{L}'’-])(?:tout\s+)?(?P<w>se)\s+(?:qui|que|qu" + _A + r"|dont)\b", "ce",
          "before a relative pronoun, the demonstrative « ce »"),
    entry(r"(?<![\p{L}'’-])(?:il|elle|on|ils|elles|iel|iels)\s+(?:ne\s+)?(?P<w>ce)\s+"
          r"(?=\p{Ll}+(?:e|ent|ait|aient|a|èrent|ra|ront|rait|raient)\b)(?!(?:que|qui|sont|"
          r"est|serait|sera)\b)", "se", "before a verb, the reflexive « se »"),
    # voilà / voila (a form of « voiler »): opening a sentence, or after an object pronoun
    # or « et » with no subject before it (« il les voila » is the verb).
    entry(r"(?:(?:^|(?<=[.!?…]\s*))|(?<![\p{L}'’-])(?<!(?:il|elle|on|qui)\s+(?:me|te|nous|"
          r"vous|le|la|les|en|se)\s+)(?:me|te|nous|vous|le|la|les|en|et)\s+)(?P<w>voila)\b"
          r"(?![-'’])", "voilà", "« voilà »"),
    # eh / et: « Eh bien, » opening a sentence (« et bien » is « and well »: only before a
    # comma, where it cannot be; « Et bien sûr » and « et bien d'autres » stay). « Hé
    # bien », a variant the dictionaries record (Molière's), is left alone.
    entry(r"(?:^|(?<=[.!?…:]\s*)|(?<=[—–«]\s*))(?P<w>et)\s+bien\s*,", "eh", "« eh bien »"),
    # soi / soit, soie: « soi » follows a preposition (« en soi », « chez soi »), a copula
    # (« être soi ») or a determiner (« le soi »); after a noun it is the verb « soit » or
    # the silk of « ver à soie ».
    entry(r"(?<![\p{L}'’-])vers?\s+(?:à|a)\s+(?P<w>soi)\b(?![-'’])", "soie",
          "the silk: « ver à soie »"),
    entry(r"(?<=(?<![\p{L}'’-])que?\s+(?:[\p{L}'’-]+\s+){1,3})(?<!(?<![\p{L}'’-])(?:à|a|de|d['’]|"
          r"en|chez|sur|pour|par|avec|sans|entre|vers|contre|malgré|envers|sous|dans|selon|"
          r"être|est|sont|es|suis|sommes|êtes|étai\p{L}*|rest\p{L}*|demeur\p{L}*|"
          r"(?:re)?dev\p{L}*|soi[st]?|soient|le|du|au|même|ni|que|qu['’])\s+)"
          r"(?P<w>soi)\s+(?=\p{Ll})(?!(?:même|disant)\b)", "soit",
          "the verb « être » after « que »: « soit »"),
    # ça / sa
    entry(r"(?<![\p{L}'’-])(?P<w>sa)\s+(?:va|vaut|suffit|fait\s+(?:du\s+bien|plaisir|mal)|"
          r"marche\s+(?:bien|mal|pas)|ira)\b", "ça", "the pronoun « ça »"),
    entry(r"(?<![\p{L}'’-])comme\s+(?P<w>sa)(?=\s*[.!?,;…]|\s*$)", "ça",
          "the pronoun « ça »"),
)  # fmt: skip


class FrenchHomophone(HomophoneRule):
    id = "grammar.fr-homophone"
    lang = "fr"
    entries = _ENTRIES
    summary = "French homophones where the context decides: a/à, ou/où, on/ont, voie/voix…"
    rationale = (
        "The homophones (a/à, ou/où, on/ont, son/sont, et/est, peu/peut, se/ce, sa/ça, "
        "voie/voix, voila/voilà, peut-être/peut être, soi/soit/soie, eh/et, and oui typed "
        "for ou) "
        "are among the most frequent slips in French, and the speller cannot see them: "
        "both words exist. Each context the rule reads allows only one of them (« il à » "
        "has no reading, « il a » has one); contexts that allow both are left alone."
    )
    examples = (
        Example("Il à gagné le concours.", "à", lang="fr"),
        Example("C'est là ou nous habitons.", "ou", lang="fr"),
        Example("Ils on fini le travail.", "on", lang="fr"),
        Example("Il est parti avec sont frère.", "sont", lang="fr"),
        Example("Nous sommes ouverts de 8 h a 19 h.", "a", lang="fr"),
        Example("Un programme adapté a vos objectifs.", "a", lang="fr"),
        Example("Ce que je préfère, ce sont les moments ou personne ne regarde.", "ou",
                lang="fr"),
        Example("Vous préférez un bouquet de pivoines oui une composition ?", "oui", lang="fr"),
        Example("Notre professeure vous aide à poser votre voie.", "voie", lang="fr"),
        Example("Vous êtes sur la bonne voix pour réussir.", "voix", lang="fr"),
        Example("Elle peut-être ennuyeuse quand il pleut.", "peut-être", lang="fr"),
        Example("Voila notre nouvelle collection !", "Voila", lang="fr"),
        Example("Et voila, la boutique est ouverte.", "voila", lang="fr"),
        Example("Et bien, la boutique est ouverte.", "Et", lang="fr"),
        Example("Je veux que cette soirée soi mémorable.", "soi", lang="fr"),
        Example("Un ver à soi.", "soi", lang="fr"),
        Example("Eh bien, hé bien, et bien sûr, et bien d'autres : que chacun reste soi et que la "
                "confiance en soi soit là, chez soi, pour soi ; un ver à soie.", None,
                lang="fr"),
        Example("Voilà la collection ; elle est peut-être la plus belle, et la voilà. Lui "
                "viendra, elle peut-être pas.", None, lang="fr"),
        Example("Ouvert de 8 h à 19 h, à deux pas de la gare : c'est le jour ou la nuit, "
                "oui ou non ? Il a 19 heures de vol, il trouve sa voie et dit oui à tout.",
                None, lang="fr"),
        Example("Il a gagné le concours, c'est là où nous habitons : ils ont fini et ils "
                "sont venus avec son frère.", None, lang="fr"),
        Example("Grâce à vous, il peut venir ; tout ce qu'il dit est vrai.", None, lang="fr"),
    )  # fmt: skip


RULES: tuple[Rule, ...] = (FrenchHomophone(),)
