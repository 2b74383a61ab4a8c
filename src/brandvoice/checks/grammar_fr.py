"""French grammar rules that LanguageTool's French rules miss: agreement of an attribute
with a pronoun subject, and the infinitive/participle confusion (-er / -é / -ez).

Each rule is a precompiled pattern that finds a candidate cheaply; only texts with a
candidate are parsed, and a candidate is flagged only when two independent signals agree:
the word's ending with the embedded Hunspell dictionary (does the other form exist?) and
spaCy's part of speech and morphology. fr_core_news_sm alone mistags, and an ending alone
misreads nouns (``de fait``, ``sans fumée``): either alone gave false alarms on correct
French, both together rarely do (``benchmarks/evaluate_typos.py``, development half).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.checks.french_lexicon import NOT_VERB_FORMS, known, token_at
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.french import (
    adjective_gender,
    adjective_number,
    determiner_agreement,
    er_infinitive,
    er_participle,
    pronoun_agreement,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from brandvoice.checks.context import CheckContext

_APOSTROPHE = "['’]"

# "on" and "vous" are left out: "on est partis" and "vous êtes prête" (one person) are right.
_SUBJECT = (
    r"(?P<subj>\b(?:ils?|elles?|iels?|je|tu|nous|celui|celles?|ceux|lui|eux|lesquels|"
    r"lesquelles|laquelle|lequel|cela|ceci|ça|quiconque)(?:-(?:ci|là))?\b|\bj['’])"
)
# "ne", "n'", "en", "y" between subject and verb: "elle n'en est pas fâchée".
_PRE_VERB = r"(?:(?<=['’])|\s+)(?:(?:ne\s+|n['’])?(?:en\s+|y\s+)?)"
_ETRE = (
    r"suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|serai|seras|sera|"
    r"serons|serez|seront|serais|serait|serions|seriez|seraient|fus|fut|fûmes|furent|"
    r"sois|soit|soyons|soient"
)
_STATE_VERBS = (
    r"sembl(?:e|es|ent|ait|ais|aient|a|èrent|era|eront|erait|eraient)|"
    r"par(?:ais|aît|ait|aissent|aissait|aissaient|ut|urent)|"
    r"(?:re)?dev(?:iens|ient|iennent|enait|enais|enaient|int|inrent|iendra|iendront)|"
    r"rest(?:e|es|ent|ait|ais|aient|a|èrent|era|eront)|demeur(?:e|ent|ait|aient)"
)
_AVOIR = (
    r"ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|auras|aura|aurons|"
    r"aurez|auront|aurais|aurait|aurions|auriez|auraient|eus|eut|eurent|aie|aies|ait|aient"
)
_MODALS = (
    r"peux|peut|pouvons|pouvez|peuvent|pouvais|pouvait|pouvaient|pourra|pourront|pourrais|"
    r"pourrait|pourraient|veux|veut|voulons|voulez|veulent|voulait|voulaient|voudrais|"
    r"voudrait|voudraient|dois|doit|devons|devez|doivent|devait|devaient|devrait|devraient|"
    r"vais|vas|va|allons|allez|vont|allait|allaient|sais|sait|savons|savez|savent"
)
# Adverbs that may sit between the verb and what follows without changing the analysis.
_ADVERBS = (
    r"(?:\s+(?:pas|plus|jamais|point|guère|très|si|trop|déjà|bien|vraiment|toujours|encore|"
    r"aussi|assez|complètement|totalement|souvent|parfois|moins|fort|tellement|vite))*"
)
# Object pronouns between a modal and its infinitive ("je peux le manger").
_CLITICS = r"(?:\s+(?:me|te|se|le|la|les|lui|leur|nous|vous|y|en)|\s+[mtsl]['’](?:y\s+|en\s+)?)*"
_WORD = r"(?P<word>\p{Ll}[\p{Ll}]+)\b(?![-'’])"

_COPULA_FINITE = r"(?:" + _ETRE + r"|" + _STATE_VERBS + r"|(?:" + _AVOIR + r")\s+été)"
_COPULA_INFINITIVE = r"(?:être|paraître|devenir|redevenir|rester|sembler|demeurer|avoir\s+été)"
# Verbs that take an attribute of their reflexive object: « tu te montres prudent ».
_REFLEXIVE_VERBS = (
    r"(?:[mts]e\s+|[mts]['’])(?:y\s+|en\s+)?(?:montr|sent|croi|cru|sai|su|voi|vu|trouv|révél|"
    r"pens|ten|tien|consid|avou|fai|fon|fer|estim|jug|décl|imagin|affirm|rend|dis|dit|veu|"
    r"voul)\p{Ll}*"
)
# A copula, possibly followed by a participle of another (« être devenus », « a été »).
_COPULA_TAIL = r"(?:\s+(?P<tail>été|devenue?s?|redevenue?s?|restée?s?|demeurée?s?))?"
# Words of the same clause as the subject (checked in Python).
_GAP = r"(?P<gap>(?:(?:\s+|(?<=['’]))[\p{Ll}-]+['’]?){0,6}?)"
# A copula (or a verb taking an attribute of its reflexive object), then the attribute.
_COPULA_THEN_WORD = (
    r"(?:\s+|(?<=['’]))(?P<verb>"
    + _COPULA_FINITE
    + r"|"
    + _COPULA_INFINITIVE
    + r"|"
    + _REFLEXIVE_VERBS
    + r")\b"
    + _COPULA_TAIL
    + _ADVERBS
    + r"\s+"
    + _WORD
)
# Pronoun subject, words of the same clause, then a copula.
_ATTRIBUTE = regex.compile(_SUBJECT + _GAP + _COPULA_THEN_WORD, regex.IGNORECASE)
# The inverted subject of a question: « sont-ils partis ? », « semblait-elle fâchée ? ».
_ATTRIBUTE_INVERTED = regex.compile(
    r"\b(?P<verb>"
    + _ETRE
    + r"|"
    + _STATE_VERBS
    + r")-(?:t-)?(?P<subj>ils?|elles?|je|tu|nous)\b"
    + _COPULA_TAIL
    + _ADVERBS
    + r"\s+"
    + _WORD,
    regex.IGNORECASE,
)
# A determiner and its noun right before the copula: « les enfants sont partis ».
_ATTRIBUTE_NOUN_SUBJECT = regex.compile(
    r"(?<=^\s*|[.!?;:«—–]\s*)(?P<det>le|la|les|l['’]|un|une|des|ce|cet|cette|ces|ma|ta|"
    r"sa|mes|tes|ses|nos|vos|leurs|mon|ton|son|notre|votre|certains|certaines|plusieurs)"
    r"(?:\s+|(?<=['’]))(?P<noun>\p{Ll}{3,})" + _GAP + _COPULA_THEN_WORD,
    regex.IGNORECASE,
)
# Words that may stand between a pronoun subject and its verb in one clause: negation,
# adverbs, modal and other verbs, the prepositions of infinitives. Anything else
# (a determiner, a conjunction, another pronoun) may start another subject or object.
_GAP_STOP = frozenset(
    {
        "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ses", "mes", "tes",
        "nos", "vos", "leur", "leurs", "ces", "ce", "cet", "cette", "son", "sa", "mon", "ma",
        "ton", "ta", "notre", "votre", "que", "qu'", "et", "ou", "mais", "car", "dont", "où",
        "si", "quand", "comme", "lorsque", "puisque", "parce", "il", "elle", "ils", "elles",
        "je", "j'", "tu", "on", "vous", "lui", "eux", "me", "m'", "te", "t'", "faut",
        "fallait", "faudra", "faudrait", "vaut", "valait", "suffit", "agit", "s'agit",
        "avec", "pour", "sans", "chez", "sur", "sous", "dans", "entre", "par", "vers",
    }
)  # fmt: skip
_REFLEXIVE_OF = {"je": "m", "j'": "m", "tu": "t", "nous": "n"}
# Before a conjugated copula only these may separate it from its pronoun subject; a verb
# there (« ce qu'elles accomplissent est ») means the pronoun is not the copula's subject.
_GAP_BEFORE_FINITE = frozenset({"ne", "n'", "en", "y", "n'en", "n'y"})
_REFLEXIVES = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous"})
# A pronoun after these is not a subject: « d'elles », « avec eux », « Pierre et elle »,
# « nous nous sommes » (the second « nous » is the reflexive).
_BEFORE_NON_SUBJECT = frozenset(
    {
        "de", "d'", "à", "pour", "avec", "chez", "par", "sans", "entre", "sur", "contre",
        "en", "et", "ou", "ni", "que", "qu'", "vers", "selon", "après", "avant", "malgré",
        "envers", "parmi", "sous", "dans", "je", "tu", "il", "on", "nous", "vous", "ils",
    }
)  # fmt: skip
# Set phrases with an invariable word after être: « bien sûr », « bien entendu ».
_BIEN_PHRASES = frozenset({"sûr", "entendu"})
_PREVIOUS_WORD = regex.compile(r"([\p{L}]+['’]?)\s*$")
_AFTER_AUXILIARY = regex.compile(
    r"(?P<subj>\b(?:ils?|elles?|on|je|tu|nous|vous)\b|\bj['’])"
    + _PRE_VERB
    + r"(?P<aux>"
    + _AVOIR
    + r"|"
    + _ETRE
    + r")\b"
    + _ADVERBS
    + r"\s+(?P<word>\p{Ll}+(?:er|ez))\b(?![-'’])",
    regex.IGNORECASE,
)
_AFTER_MODAL = regex.compile(
    r"(?P<subj>\b(?:ils?|elles?|on|je|tu|nous|vous)\b|\bj['’])"
    + _PRE_VERB
    + r"(?:"
    + _MODALS
    + r")\b"
    + _ADVERBS
    + _CLITICS
    + r"(?:\s+|(?<=['’]))(?P<word>\p{Ll}+(?:é|ée|és|ées|ez|ait|aient))\b(?![-'’])",
    regex.IGNORECASE,
)
_AFTER_PREPOSITION = regex.compile(
    r"\b(?P<prep>pour|sans|afin\s+de|afin\s+d['’]|de|d['’]|à|par)"
    r"(?P<clitics>(?:\s+(?:me|te|se|lui|leur|nous|vous|y|en|le|la|les)|\s+[mtsl]['’](?:y\s+|en\s+)?)*)"
    r"(?:\s+|(?<=['’]))(?P<word>\p{Ll}+(?:é|és|ée|ées|ez|ait|aient))\b(?![-'’])"
    r"(?P<object>\s+(?:ces|les|le|la|un|une|des|son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|"
    r"votre|vos|leurs?|ça|cela|ceci)\b)?",
    regex.IGNORECASE,
)
# « ne pas », « ne jamais » before the verb: it is an infinitive (« ne jamais céder »).
_AFTER_NE_PAS = regex.compile(
    r"\b(?P<prep>ne|n['’](?:en|y))\s+(?:pas|jamais|plus|rien|point|guère)"
    r"(?P<clitics>(?:\s+(?:plus|me|te|se|lui|leur|nous|vous|y|en|le|la|les)|"
    r"\s+[mtsl]['’](?:y\s+|en\s+)?)*)"
    r"(?:\s+|(?<=['’]))(?P<word>\p{Ll}+(?:é|és|ée|ées|ez|ait|aient))\b(?![-'’])",
    regex.IGNORECASE,
)

# Words that follow "être" without being its attribute ("il est des gens", "elle est toute").
_NOT_ATTRIBUTES = frozenset(
    {
        "des", "les", "ses", "mes", "tes", "nos", "vos", "leurs", "ces", "aux", "tous",
        "toutes", "tout", "toute", "plus", "moins", "une", "un", "en", "à", "de", "du", "la",
        "le", "là", "ici", "ceci", "cela", "celle", "celles", "ceux", "elle", "elles", "nous",
        "vous", "mis", "frais", "quelque", "quelques", "même", "mêmes", "autre", "autres",
        "seul", "seule", "seuls", "seules", "chose", "personne", "rien", "ce", "cette", "mon",
        "ma", "ta", "sa", "son", "ton", "notre", "votre", "leur", "nul", "nulle", "aucun",
        "aucune", "tel", "telle", "tels", "telles", "ensemble", "partout", "dedans", "dehors",
        # nouns of set phrases, invariable: « elles sont cause que », « devenus néant »
        "cause", "néant",
    }
)  # fmt: skip
# Colours: followed by another word they make an invariable compound (« gris anthracite »,
# « bleu nuit », « vert pomme »), which agrees with nothing.
_COLOURS = frozenset(
    {
        "gris", "grise", "grises", "bleu", "bleue", "bleus", "bleues", "vert", "verte", "verts",
        "vertes", "rouge", "rouges", "jaune", "jaunes", "brun", "brune", "bruns", "brunes",
        "noir", "noire", "noirs", "noires", "blanc", "blanche", "blancs", "blanches", "rose",
        "roses", "violet", "violette", "violets", "violettes",
    }
)  # fmt: skip
_COLOUR_COMPOUND = regex.compile(
    r"\s+(?!(?:et|ou|mais|ni|car|donc|de|du|des|à|au|aux|en|"
    r"par|pour|sur|dans|avec|comme|que|qu)\b)\p{Ll}{3,}"
)
# Nouns of people in -er whose -é form is a participle too: after « être » they are
# attributes (« il est conseiller municipal »), not misspelt participles.
_ER_NOUNS = frozenset({"conseiller", "boucher", "officier", "usager", "cocher", "passager"})


def _morph(token: Token, feature: str) -> str | None:
    values = token.morph.get(feature, [])
    return values[0] if values else None


class _FrenchGrammarRule(Rule):
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    pattern: Any

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for match in self.pattern.finditer(ctx.text):
            finding = self.on_match(match, ctx.text)
            if finding is not None:
                yield finding

    def on_match(self, match: Any, text: str) -> Finding | None:
        raise NotImplementedError


class AttributeAgreement(_FrenchGrammarRule):
    id = "grammar.fr-attribute-agreement"
    summary = (
        "An adjective or participle after être, sembler, devenir, rester agrees with its subject."
    )
    rationale = (
        "In French the attribute takes the gender and number of the subject: « elles sont "
        "parties », « il est fatigué ». The rule reads pronoun subjects only (il, elle, ils, "
        "elles, je, tu, nous, celui, celle, ceux, celles), where gender and number are "
        "certain; « on » and « vous » are left alone (« on est partis », « vous êtes prête » "
        "are right). It flags a word only when its ending, the dictionary and spaCy's "
        "morphology agree that it is the other gender or number."
    )
    pattern = _ATTRIBUTE
    examples = (
        Example("Elles sont parti ce matin.", "parti", lang="fr"),
        Example("Il est fatiguée par le voyage.", "fatiguée", lang="fr"),
        Example("Je suis fatigués ce soir.", "fatigués", lang="fr"),
        Example("Tu t'efforces de paraître polis.", "polis", lang="fr"),
        Example("Sont-elles déjà arrivé ?", "arrivé", lang="fr"),
        Example("Les enfants sont fatigué.", "fatigué", lang="fr"),
        Example("Elles sont parties ce matin, il est fatigué et je suis content.", None,
                lang="fr"),
        Example("Elle est avocate et il est des jours difficiles ; nous sommes capables.",
                None, lang="fr"),
        Example("Elles sont gris anthracite ; mes affaires sont cause que je reste et nous "
                "sommes devenus néant. Les reconnaître semblait nécessaire.", None, lang="fr"),
        Example("Je vous demande d'être prudents. Il faut être prêts.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        seen: set[int] = set()
        for pattern in (_ATTRIBUTE, _ATTRIBUTE_INVERTED, _ATTRIBUTE_NOUN_SUBJECT):
            for match in pattern.finditer(ctx.text, overlapped=True):
                # « être devenus » agrees like the attribute after it: both are read.
                for group in ("tail", "word"):
                    if match.start(group) < 0 or match.start(group) in seen:
                        continue
                    finding = self.on_match(match, ctx.text, group)
                    if finding is not None:
                        seen.add(match.start(group))
                        yield finding

    def on_match(self, match: Any, text: str, group: str = "word") -> Finding | None:
        word = match.group(group)
        lower = word.lower()
        if lower in _NOT_ATTRIBUTES or len(lower) < 3:
            return None
        if lower in _BIEN_PHRASES and text[: match.start(group)].rstrip().endswith("bien"):
            return None
        subject = self._subject(match, text)
        if subject is None:
            return None
        want_gender, want_number = subject
        read = adjective_number(lower, known)
        number = read[1] if read else None
        gender = adjective_gender(read[0] if read else lower, known)
        wrong_number = number is not None and number != want_number
        wrong_gender = want_gender is not None and gender is not None and gender != want_gender
        if not (wrong_number or wrong_gender):
            return None
        if lower in _COLOURS and _COLOUR_COMPOUND.match(text, match.end(group)):
            return None  # « elles sont gris anthracite »
        token = token_at(text, match.start(group), match.end(group))
        if token is None or token.pos_ not in ("ADJ", "VERB"):
            return None  # a noun after être does not agree: « elle est médecin »
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.pos_ in ("NOUN", "ADJ"):
            return None  # set phrases: « dernier cri », « meilleur marché », « gris anthracite »
        tagged_number = {"Sing": "s", "Plur": "p"}.get(_morph(token, "Number") or "")
        tagged_gender = {"Masc": "m", "Fem": "f"}.get(_morph(token, "Gender") or "")
        if wrong_number and tagged_number not in (None, number):
            wrong_number = False
        if wrong_gender and tagged_gender not in (None, gender):
            wrong_gender = False
        if not (wrong_number or wrong_gender):
            return None
        what = " and ".join(
            part for part, wrong in (("gender", wrong_gender), ("number", wrong_number)) if wrong
        )
        return self.finding(
            match.start(group), len(word), f"« {word} » does not agree in {what} with its subject"
        )

    @staticmethod
    def _reflexive_before(text: str, position: int, after: int) -> bool:
        """Whether a reflexive pronoun comes right before ``position`` and after the subject
        ending at ``after`` (« se sont », « s'en est », « nous nous sommes »)."""
        before = text[max(after, position - 12) : position].lower().replace("’", "'")
        words = regex.findall(r"[\p{L}]+'?", before)[-2:]
        return any(w in _REFLEXIVES for w in words)

    def _subject(self, match: Any, text: str) -> tuple[str | None, str] | None:
        """The subject's gender and number, or None when the match is not a clause whose
        subject is certain."""
        groups = match.groupdict()
        if groups.get("det") is not None:
            subject = "*noun"
            gender, number = determiner_agreement(groups["det"].lower().replace("’", "'"))
            noun = token_at(text, match.start("noun"), match.end("noun"))
            if noun is None or noun.pos_ != "NOUN":
                return None
            if number == "p" and not noun.text.lower().endswith(("s", "x", "z")):
                return None  # « Les reconnaître semblait… »: an infinitive and its object
            # The noun's own number confirms the determiner's (« les reconnaître » is no
            # noun); its gender is not used: the small model's noun genders are unreliable.
            if {"Sing": "s", "Plur": "p"}.get(_morph(noun, "Number") or "") != number:
                return None
        else:
            subject = groups["subj"].lower().replace("’", "'").split("-")[0]
            gender, number = pronoun_agreement(subject)
            previous = _PREVIOUS_WORD.search(text, 0, match.start("subj"))
            if previous and previous.group(1).lower().replace("’", "'") in _BEFORE_NON_SUBJECT:
                return None
        gap = groups.get("gap") or ""
        words = [w.replace("’", "'") for w in regex.findall(r"[\p{Ll}-]+['’]?", gap.lower())]
        relative = bool(words) and words[0] == "qui"
        if relative:
            words = words[1:]
        elif subject in ("lui", "eux") and text[: match.start("subj")].strip(" «—–-"):
            return None  # inside a clause these are objects: « il lui est fidèle »
        verb = groups["verb"].lower()
        finite = regex.match(_COPULA_FINITE + r"$", verb) is not None
        if finite and (any(w not in _GAP_BEFORE_FINITE for w in words)):
            return None
        subject_end = match.end("noun") if groups.get("det") is not None else match.end("subj")
        if subject_end > match.start("verb"):
            subject_end = 0  # an inverted subject: « s'en est-elle rendu compte ? »
        if finite and self._reflexive_before(text, match.start("verb"), subject_end):
            return None  # pronominal verbs agree with their object: « elle s'est rendu compte »
        own_reflexive = _REFLEXIVE_OF.get(subject, "s")
        for gap_word in words:
            if gap_word in _GAP_STOP and gap_word[0] != own_reflexive:
                return None
            if gap_word in ("se", "s'") and own_reflexive != "s":
                return None
        reflexive_verb = verb[:2] in ("se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’")
        if reflexive_verb and verb[0] != own_reflexive:
            return None  # « je te crois prudent »: the object, not the subject
        return gender, number


class ParticipleNotInfinitive(_FrenchGrammarRule):
    id = "grammar.fr-participle-not-infinitive"
    summary = "After avoir or être, the past participle (-é), not the infinitive (-er)."
    rationale = (
        "« Il a mangé », « ils sont arrivés »: the compound tenses take the participle. The "
        "infinitive sounds the same and is a frequent slip. Flagged after a subject pronoun "
        "and a form of avoir or être, when spaCy reads the word as a verb."
    )
    pattern = _AFTER_AUXILIARY
    examples = (
        Example("Hier, nous avons manger au restaurant.", "manger", lang="fr"),
        Example("Ils sont arriver en retard.", "arriver", lang="fr"),
        Example("Nous avons mangé au restaurant ; il est fier et vous avez assez attendu.",
                None, lang="fr"),
        Example("Il est conseiller municipal et elle est boucher de métier.", None, lang="fr"),
    )  # fmt: skip

    def on_match(self, match: Any, text: str) -> Finding | None:
        word = match.group("word")
        lower = word.lower()
        if lower in NOT_VERB_FORMS:
            return None
        if lower in _ER_NOUNS and regex.match(_ETRE + "$", match.group("aux").lower()):
            return None  # « il est conseiller municipal »
        stem = lower[:-2]
        if not (known(stem + "er") and known(stem + "é")):
            return None
        token = token_at(text, match.start("word"), match.end("word"))
        if token is None or token.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        participle = er_participle(word)
        return self.finding(
            match.start("word"),
            len(word),
            f"after « {match.group('aux')} », the participle: « {participle} »",
            (participle,),
        )


class InfinitiveAfterModal(_FrenchGrammarRule):
    id = "grammar.fr-infinitive-after-verb"
    summary = "After pouvoir, vouloir, devoir, aller, savoir: the infinitive (-er), not -é or -ez."
    rationale = (
        "« Je peux manger », « il va partir »: these verbs take an infinitive, which sounds "
        "like the participle (-é) and the -ez form. Flagged after a subject pronoun and the "
        "verb, when the -er infinitive exists and spaCy reads the word as a verb."
    )
    pattern = _AFTER_MODAL
    examples = (
        Example("Demain, je vais mangé chez eux.", "mangé", lang="fr"),
        Example("Vous pouvez nous appelez à tout moment.", "appelez", lang="fr"),
        Example("Demain, je vais manger chez eux ; vous pouvez nous appeler.", None,
                lang="fr"),
    )  # fmt: skip

    def on_match(self, match: Any, text: str) -> Finding | None:
        return _infinitive_finding(self, match, text)


class InfinitiveAfterPreposition(_FrenchGrammarRule):
    id = "grammar.fr-infinitive-after-preposition"
    summary = "After pour, sans, de, à, par, ne pas: the infinitive (-er), not -é, -ez, -ait."
    rationale = (
        "A verb after a preposition is in the infinitive: « pour manger », « sans hésiter », "
        "« il s'agit de donner », « ne jamais céder ». After « de », « à » and « par », an -é "
        "form is read only when an object follows it (« de pensé à ça » is no noun, « prix "
        "de marché » is), and a word spaCy reads as a noun is left alone (« sans péché »)."
    )
    pattern = _AFTER_PREPOSITION
    examples = (
        Example("Il est venu pour mangé avec nous.", "mangé", lang="fr"),
        Example("Il s'agit de me donnait tout ça.", "donnait", lang="fr"),
        Example("Il est venu pour manger, sans hésiter, au prix de marché.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for pattern in (_AFTER_PREPOSITION, _AFTER_NE_PAS):
            for match in pattern.finditer(ctx.text):
                finding = self.on_match(match, ctx.text)
                if finding is not None:
                    yield finding

    def on_match(self, match: Any, text: str) -> Finding | None:
        word = match.group("word").lower()
        prep = match.group("prep").lower()
        unambiguous = word.endswith(("ez", "ait", "aient"))  # no noun ends so
        if prep.startswith("n"):
            return _infinitive_finding(self, match, text)
        clitics = (match.group("clitics") or "").lower().split()
        article_like = any(c in ("le", "la", "les") or c.startswith("l") for c in clitics)
        if prep == "à" and _auxiliary_slip(text, match.start("prep")):
            return None  # « le chef à préparé une tarte »: the slip is « à » for « a »
        if unambiguous:
            return _infinitive_finding(self, match, text)
        if article_like:
            return None  # « de la pensée », « pour le marché »: a noun after its article
        followed_by_object = match.group("object") is not None
        if prep in ("pour", "sans") or prep.startswith("afin"):
            if word.endswith(("ée", "ées")) and not followed_by_object:
                return None  # « sans fumée », « pour la journée »
            return _infinitive_finding(self, match, text)
        # After de, à, par a noun in -é often follows (« prix de marché », « à côté »): only
        # a participle followed by its object reads as a misspelt infinitive.
        if not followed_by_object:
            return None
        return _infinitive_finding(self, match, text)


def _auxiliary_slip(text: str, position: int) -> bool:
    # Imported here: grammar_fr_verbs builds on this module's dictionary and parse.
    from brandvoice.checks.grammar_fr_verbs import auxiliary_before

    return auxiliary_before(text, position)


def _infinitive_finding(rule: Rule, match: Any, text: str) -> Finding | None:
    word = match.group("word")
    lower = word.lower()
    if lower in NOT_VERB_FORMS:
        return None
    infinitive = er_infinitive(lower, known)
    if infinitive is None:
        return None
    token = token_at(text, match.start("word"), match.end("word"))
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    return rule.finding(
        match.start("word"),
        len(word),
        f"a verb here takes the infinitive: « {infinitive} »",
        (infinitive,),
    )


RULES: tuple[Rule, ...] = (
    AttributeAgreement(),
    ParticipleNotInfinitive(),
    InfinitiveAfterModal(),
    InfinitiveAfterPreposition(),
)
