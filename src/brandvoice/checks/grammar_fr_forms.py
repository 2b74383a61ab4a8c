"""French forms that agree where they should not, or with the wrong person: an adjective
used as an adverb after its verb (« ces produits coûtent chers » → « cher ») and an
imperfect or conditional ending of the wrong person (« ça t'irais bien » → « irait »).

Both come from the misses of the development half of LanguageTool's French examples
(``benchmarks/evaluate_typos.py --diagnose``): LanguageTool reads them with rules too often
wrong on correct French to stand alone (``ADJ_ADV_INV``, ``ACCORD_R_PERS_VERBE``), so the
second opinion made them advice and Grammalecte did not confirm them. Each is a slip a
community manager makes (« nos prix ne coûtent pas chers », « il faudrais »). As in
``grammar_fr``, a candidate is flagged only when the dictionary and spaCy's tags agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from brandvoice.checks.french_lexicon import known, token_at
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext

# Each verb (its forms as a pattern) with the adjectives it takes as an invariable adverb,
# as the dictionaries list them: « coûter cher », « sentir bon », « voler bas »...
_ADVERBIAL = (
    (r"co[uû]t(?:e|es|ent|ait|aient|era|eront|erait|eraient|é|ée|és|ées|er)", ("cher",)),
    (r"(?:pai|pay)(?:e|es|ent|ait|aient|era|eront|erait|eraient|é|ée|és|ées|er)", ("cher",)),
    (r"va(?:ut|lent|lait|laient|udra|udront|udrait|udraient|loir)", ("cher",)),
    (r"sen(?:s|t|tent|tait|taient|tira|tiront|tirait|tiraient|tir)", ("bon", "mauvais")),
    (r"vol(?:e|ent|ait|aient|era|eront|er)", ("bas", "haut")),
    (r"parl(?:e|ent|ait|aient|era|eront|er|ons|ez)", ("franc", "fort", "haut", "bas")),
    (r"chant(?:e|ent|ait|aient|era|eront|er|ons|ez)", ("faux", "juste", "fort")),
    (r"(?:pès|pes)(?:e|ent|ait|aient|er)", ("lourd",)),
    (r"(?:tien|tenn|ten)(?:s|t|nent|ent|ait|aient|ir|ez|ons)", ("bon",)),
    (r"(?:voi|voy)(?:s|t|ent|ait|aient|ons|ez|r)", ("clair", "juste")),
    (r"travaill(?:e|ent|ait|aient|er|ons|ez)", ("dur",)),
    (r"sonn(?:e|ent|ait|aient|er)", ("faux", "juste", "creux")),
)
# The agreed forms of each adverb (the slip), mapped to the invariable one.
_AGREED = {
    "cher": ("chère", "chères", "chers"),
    "bon": ("bonne", "bonnes", "bons"),
    "mauvais": ("mauvaise", "mauvaises"),
    "bas": ("basse", "basses"),
    "haut": ("haute", "hautes", "hauts"),
    "franc": ("franche", "franches", "francs"),
    "fort": ("forte", "fortes", "forts"),
    "faux": ("fausse", "fausses"),
    "juste": ("justes",),
    "lourd": ("lourde", "lourdes", "lourds"),
    "clair": ("claire", "claires", "clairs"),
    "dur": ("dure", "dures", "durs"),
    "creux": ("creuse", "creuses"),
}
_ADVERBS_BETWEEN = r"(?:\s+(?:pas|plus|jamais|vraiment|très|si|trop|aussi|tellement|moins|bien|"
_ADVERBS_BETWEEN += r"déjà|toujours|encore|souvent|rien))*"
_ADVERBIAL_PATTERNS = tuple(
    (
        regex.compile(
            # A reflexive before the verb makes the adjective an attribute: « elle se
            # sent forte » agrees.
            r"(?<![\p{L}'’-])(?<!(?:se|me|te|nous|vous)\s+|[smt]['’])(?:"
            + verb
            + r")\b"
            + _ADVERBS_BETWEEN
            + r"\s+(?P<word>"
            + "|".join(form for base in bases for form in _AGREED[base])
            + r")\b(?![-'’])",
            regex.IGNORECASE | regex.V1,
        ),
        bases,
    )
    for verb, bases in _ADVERBIAL
)


class _FormRule(Rule):
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE


class AdverbialAdjective(_FormRule):
    id = "grammar.fr-adverbial-adjective"
    summary = "An adjective used as an adverb does not agree: « coûtent cher », « sentent bon »."
    rationale = (
        "After coûter, payer, valoir (cher), sentir (bon, mauvais), voler (bas, haut), "
        "parler (franc, fort), chanter (faux, juste), peser (lourd), tenir (bon), voir "
        "(clair), travailler (dur) and sonner (faux, creux), the adjective says how, like an "
        "adverb, and stays invariable: « ces produits coûtent cher », « les fleurs sentent "
        "bon ». An agreed form right after the verb is the slip; a reflexive verb takes an "
        "attribute that agrees (« elle se sent forte ») and is left alone, and so is an "
        "adjective spaCy reads before its noun (« elle tient bonne garde »)."
    )
    examples = (
        Example("Nos produits ne coûtent pas chers.", "chers", lang="fr"),
        Example("Ces fleurs sentent bonnes.", "bonnes", lang="fr"),
        Example("Les hirondelles volent basses.", "basses", lang="fr"),
        Example("Nos produits coûtent cher, ces fleurs sentent bon et elle se sent forte ; "
                "il nous tient bonne compagnie.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for pattern, bases in _ADVERBIAL_PATTERNS:
            for match in pattern.finditer(ctx.text):
                word = match.group("word")
                base = next(b for b in bases if word.lower() in _AGREED[b])
                token = token_at(ctx.text, match.start("word"), match.end("word"))
                if token is None:
                    continue
                after = token.nbor(1) if token.i + 1 < len(token.doc) else None
                if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
                    continue  # before its noun: « tient bonne garde »
                yield self.finding(
                    match.start("word"),
                    len(word),
                    f"used as an adverb after this verb, « {base} » is invariable",
                    (base[:1].upper() + base[1:] if word[:1].isupper() else base,),
                )


# A subject that takes the third person (il, elle, on, ça, cela, ceci) or the first and
# second (je, tu), object pronouns between, then an imperfect or conditional form.
_PERSON = regex.compile(
    r"(?:(?<![\p{L}'’-])|(?<=(?<!\p{L})(?:qu|lorsqu|puisqu)['’]))"
    r"(?P<subj>je|j['’]|tu|il|elle|on|ça|cela|ceci)"
    r"(?:(?<=['’])|\s+)(?:ne\s+|n['’])?"
    r"(?:(?:me|te|se|le|la|les|lui|leur|nous|vous|y|en)\s+|[mtsl]['’](?:y\s+|en\s+)?)*"
    r"(?P<word>\p{Ll}+(?:ais|ait))\b(?![-'’])",
    regex.IGNORECASE | regex.V1,
)
# After these a pronoun is no subject: « pour elle », « chez on » never, « fait ça ».
_NOT_SUBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:de|d['’]|à|pour|avec|chez|par|sans|entre|sur|contre|vers|selon|"
    r"après|avant|malgré|envers|parmi|sous|dans|fait|faire|dit|dire)\s*$",
    regex.IGNORECASE,
)
_THIRD = frozenset({"il", "elle", "on", "ça", "cela", "ceci"})
# Where « nous » or « vous » can only be the subject: at the start of a sentence or after
# a conjunction that opens a clause. After a noun or « ils », either is an object and the
# third person is right (« vos avis nous aideront »), and so after « et », which may share
# the subject before it (« ils viendront et nous aideront »).
_PLURAL_SUBJECT_ONLY = (
    r"(?:(?<=(?:^|[.!?…\n«“])\s*)|(?<=(?<![\p{L}'’-])(?:si|quand|lorsque|puisque|dès\s+que|"
    r"parce\s+que|pendant\s+que|tant\s+que|alors\s+que)\s+))"
)
_PLURAL_OBJECTS = (
    r"\s+(?:ne\s+|n['’])?(?:(?:nous|vous|le|la|les|lui|leur|y|en)\s+|l['’](?:y\s+|en\s+)?)*"
)
# « nous » then a future in -ront, the ending of « ils » (« Nous seront ravis » →
# « serons »); after « que » too when the verb ends the sentence (« les erreurs que nous
# feront. »: no subject can follow it).
_NOUS_FUTURE = regex.compile(
    r"(?:" + _PLURAL_SUBJECT_ONLY + r"|(?<=(?<![\p{L}'’-])que\s+)"
    r"(?=nous\s+(?:[\p{L}'’]+\s+)*?\p{Ll}+ront\s*[.!?…]))"
    r"(?P<subj>nous)" + _PLURAL_OBJECTS + r"(?P<word>\p{Ll}+ront)\b(?![-'’])",
    regex.IGNORECASE | regex.V1,
)
# « vous » then a present in -e, -es, -ent (« Vous travaille » → « travaillez »).
_VOUS_PRESENT = regex.compile(
    _PLURAL_SUBJECT_ONLY + r"(?P<subj>vous)" + _PLURAL_OBJECTS
    + r"(?P<word>(?P<stem>\p{Ll}+?)(?:e|es|ent))\b(?![-'’])",
    regex.IGNORECASE | regex.V1,
)  # fmt: skip


class PersonEnding(_FormRule):
    id = "grammar.fr-person-ending"
    summary = (
        "A verb ends as its subject pronoun asks: -ais after je, tu, -ait after il, ça, "
        "-rons after nous, -ez after vous."
    )
    rationale = (
        "« Je voulais », « tu pourrais », « il faudrait », « ça irait », « nous serons », "
        "« vous travaillez »: the endings sound alike and the slip is frequent (« il "
        "faudrais », « ça t'irais bien », « nous seront ravis de vous accueillir »). Flagged "
        "when the pronoun is a subject (not after a preposition: « pour elle »; « nous » and "
        "« vous » only where nothing else can be the subject: « vos avis nous aideront » is "
        "right), the other ending gives a word the dictionary knows and spaCy reads a verb."
    )
    examples = (
        Example("Ça t'irais bien, cette robe.", "irais", lang="fr"),
        Example("Il faudrais réserver avant jeudi.", "faudrais", lang="fr"),
        Example("Je voulait vous remercier.", "voulait", lang="fr"),
        Example("Je fait du pain.", "fait", lang="fr"),
        Example("Je pense qu'il devrais venir.", "devrais", lang="fr"),
        Example("Nous seront ravis de vous accueillir.", "seront", lang="fr"),
        Example("Quand nous en sauront plus, nous vous tiendront informés.", "sauront", lang="fr"),
        Example("Voici les erreurs que nous feront.", "feront", lang="fr"),
        Example("Si vous souhaite réserver, appelez-nous.", "souhaite", lang="fr"),
        Example("Nous serons ravis ; vos avis nous aideront et nous permettront d'avancer, "
                "ils nous seront utiles, comme les conseils que nous donneront nos amis. Vous "
                "souhaitez venir ? Cela vous convient, et vous même.",
                None, lang="fr"),
        Example("Ça t'irait bien, il faudrait réserver, je voulais vous remercier et je "
                "ferais ça mais pas ce soir.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        yield from self._singular(ctx)
        for match in _NOUS_FUTURE.finditer(ctx.text):
            yield from self._verb(ctx, match, match.group("word")[:-1] + "s")
        for match in _VOUS_PRESENT.finditer(ctx.text):
            yield from self._verb(ctx, match, match.group("stem") + "ez")

    def _singular(self, ctx: CheckContext) -> Iterator[Finding]:
        for match in _PERSON.finditer(ctx.text):
            subject = match.group("subj").lower().replace("’", "'")
            word = match.group("word")
            lower = word.lower()
            third = subject in _THIRD
            if lower.endswith("ait") is third:
                continue  # the right ending already
            if _NOT_SUBJECT_BEFORE.search(ctx.text, 0, match.start("subj")):
                continue
            yield from self._verb(ctx, match, lower[:-1] + ("t" if third else "s"))

    def _verb(self, ctx: CheckContext, match: regex.Match[str], right: str) -> Iterator[Finding]:
        """The finding on ``match``'s word when ``right``, its other ending, is a word and
        spaCy reads the word as a verb."""
        if not known(right):
            return
        word = match.group("word")
        token = token_at(ctx.text, match.start("word"), match.end("word"))
        # fr_core_news_sm reads some forms after an elided pronoun as adjectives
        # (« t’irais »); an adjective with the other ending known is still the verb.
        if token is None or token.pos_ not in ("VERB", "AUX", "ADJ"):
            return
        yield self.finding(
            match.start("word"),
            len(word),
            f"after « {match.group('subj')} », the ending -{right[-3:]}: « {right} »",
            (right,),
        )


RULES: tuple[Rule, ...] = (AdverbialAdjective(), PersonEnding())
