"""French verb slips that neither LanguageTool nor Grammalecte reliably report: an
infinitive or participle where a conjugated verb is needed after a subject (« si vous
hésiter ») or after « se » (« la salle se remplie »), the preposition « à » standing
for the auxiliary « a » before a past participle and its object (« le chef à préparé une
tarte »), and a participle after « avoir » agreeing though its object follows (« elle a
mangée des huîtres »; from LanguageTool's French examples, development half).

Found in brandvoice's own corpus of real mistakes (``benchmarks/data/french-mistakes.yaml``,
development half): LanguageTool flags « si vous hésiter » with a rule that is wrong too
often on correct French to stand alone (``VOUS_NOUS_NON_VERBE``), so the second opinion
made it advice; this rule is the second checker that confirms it. As in ``grammar_fr``, a
candidate is flagged only when the dictionary and spaCy's tags agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from brandvoice.checks.french_lexicon import NOT_VERB_FORMS, known, parse
from brandvoice.checks.rule import Example, Fix, Rule, RuleKind
from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.french.verbs import er_infinitive

if TYPE_CHECKING:
    from brandvoice.checks.context import CheckContext

# Where a pronoun can only be a subject: after « si », « quand »... (« si vous » is never
# « si » + object). Opening a sentence it may be the object of an infinitive subject
# (« Vous montrer un sonnet… », « Nous contacter : »), and after a verb or a preposition
# (« pour vous aider », « il faut nous appeler »): neither is read.
_SUBJECT_SLOT = regex.compile(
    r"(?:(?<=(?<![\p{L}'’-])(?:si|quand|lorsque|puisque|comme|où)\s+)"
    r"|(?<=(?<![\p{L}'’-])s['’]))"
    r"(?P<subj>vous|nous|je|tu|il|elle|on|ils|elles)\s+(?:ne\s+|n['’])?"
    r"(?P<word>\p{Ll}{2,}(?:er|é|ée|és|ées))\b(?![-'’])",
    regex.IGNORECASE | regex.V1,
)
# The present-tense ending of an -er verb for each subject.
_ENDINGS = {
    "vous": "ez",
    "nous": "ons",
    "je": "e",
    "tu": "es",
    "il": "e",
    "elle": "e",
    "on": "e",
    "ils": "ent",
    "elles": "ent",
}
# Determiners that open the object after « a » + participle (« a préparé une tarte »).
_OBJECT = (
    r"(?:une?|des|les|le|la|l['’]|du|son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|"
    r"leurs?|ce|cet|cette|ces)"
)
_A_FOR_AUXILIARY = regex.compile(
    r"(?<=\p{L}\s+)(?P<w>à)\s+(?P<word>\p{Ll}{2,}é)\s+" + _OBJECT + r"(?=\s|['’])",
    regex.V1,
)
# Words ending in -é after « à » that are nouns or set phrases, not participles.
_NOT_PARTICIPLES = frozenset({"côté", "été", "moitié", "pitié", "carré", "marché", "pavé"})


def _present(infinitive: str, subject: str) -> str | None:
    """The present-tense form of an -er ``infinitive`` for ``subject``, if the dictionary
    knows it (« manger », « nous » → « mangeons »; « commencer » → « commençons »)."""
    stem = infinitive[:-2]
    ending = _ENDINGS[subject]
    if ending == "ons" and stem.endswith("g"):
        stem += "e"
    elif ending == "ons" and stem.endswith("c"):
        stem = stem[:-1] + "ç"
    form = stem + ending
    return form if known(form) else None


class VerbAfterSubject(Rule):
    id = "grammar.fr-verb-after-subject"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = "After a subject pronoun, a conjugated verb, not an infinitive or participle."
    rationale = (
        "« Si vous hésitez », « quand vous arrivez »: after a subject the verb is conjugated. "
        "The infinitive (-er) and the participle (-é) sound like the -ez form and are frequent "
        "slips. Read only where the pronoun must be a subject (after si, quand, lorsque, "
        "puisque, comme, où: « Vous montrer un sonnet… » and « pour vous aider » are left "
        "alone), and only when spaCy tags the word as a verb."
    )
    examples = (
        Example("Si vous hésiter encore, venez voir.", "hésiter", lang="fr"),
        Example("Quand vous arrivé, sonnez à la porte.", "arrivé", lang="fr"),
        Example("Si vous hésitez encore, venez voir ; quand vous arrivez, sonnez. "
                "Vous montrer nos ateliers nous fait plaisir.", None, lang="fr"),
        Example("Nous sommes là pour vous aider et il faut nous appeler.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for match in _SUBJECT_SLOT.finditer(ctx.text):
            finding = self._on_match(match, ctx.text)
            if finding is not None:
                yield finding

    def _on_match(self, match: Any, text: str) -> Finding | None:
        word = match.group("word")
        lower = word.lower()
        if lower in NOT_VERB_FORMS:
            return None
        known_er = lower.endswith("er") and known(lower)
        infinitive = lower if known_er else er_infinitive(lower, known)
        if infinitive is None:
            return None
        subject = match.group("subj").lower()
        present = _present(infinitive, subject)
        if present is None or present == lower:
            return None
        span = parse(text).char_span(match.start("word"), match.end("word"))
        if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "AUX"):
            return None
        return self.finding(
            match.start("word"),
            len(word),
            f"after « {match.group('subj')} », the conjugated verb: « {present} »",
            (present,),
        )


def auxiliary_before(text: str, position: int) -> bool:
    """Whether « à » at ``position`` stands for the auxiliary « a »: a noun or pronoun
    (its subject) before it, a participle and its object after. ``grammar_fr``'s
    infinitive rule asks this before reading the « à » as a preposition."""
    match = _A_FOR_AUXILIARY.match(text, position)
    if match is None or match.group("word").lower() in _NOT_PARTICIPLES:
        return False
    if er_infinitive(match.group("word").lower(), known) is None:
        return False
    doc = parse(text)
    word = doc.char_span(match.start("word"), match.end("word"))
    a = doc.char_span(match.start("w"), match.end("w"))
    if word is None or a is None or len(word) != 1 or a.start == 0:
        return False
    before = doc[a.start - 1]
    return before.pos_ in ("NOUN", "PROPN", "PRON") and word[0].pos_ in ("VERB", "AUX", "ADJ")


class AuxiliaryNotPreposition(Rule):
    id = "grammar.fr-auxiliary-not-preposition"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = "« à » for the auxiliary « a » before a past participle and its object."
    rationale = (
        "« Le chef a préparé une tarte »: between a subject and a participle followed by its "
        "object, « a » is the verb avoir. « à » there is a slip of the accent. Flagged when "
        "spaCy reads the word before as a noun or pronoun, the word after as a verb form, and "
        "the dictionary knows its -er infinitive (« à côté des », « à l'été » are left alone)."
    )
    examples = (
        Example("Notre chef à préparé une tarte au citron.", "à", lang="fr"),
        Example("Notre chef a préparé une tarte ; elle apprend à cuisiner des plats, "
                "assise à côté des fourneaux.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for match in _A_FOR_AUXILIARY.finditer(ctx.text):
            if auxiliary_before(ctx.text, match.start()):
                replacement = "A" if match.group("w").isupper() else "a"
                yield self.finding(
                    match.start("w"),
                    1,
                    f"« à » before a participle and its object: the verb « {replacement} »",
                    (replacement,),
                )


# « se » + a participle of a second-group verb (-ir, -issons) with no auxiliary.
_REFLEXIVE_PARTICIPLE = regex.compile(
    r"(?<![\p{L}'’-])se\s+(?P<word>\p{Ll}{2,}(?:i|ie|is|ies))\b(?![-'’])", regex.IGNORECASE
)


class ReflexiveVerbForm(Rule):
    id = "grammar.fr-reflexive-verb-form"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = "After « se », a conjugated verb (« se remplit »), not a participle (« se remplie »)."
    rationale = (
        "« La salle se remplit »: « se » is followed by a conjugated verb or an infinitive, "
        "never by a bare participle. The participles of second-group verbs (remplie, finie, "
        "choisi) sound like their present (remplit, finit, choisit). Flagged when the "
        "dictionary knows the verb's -ir infinitive and its -issons form (second group: "
        "« se marie », « se sentir » are left alone) and spaCy reads a verb or adjective."
    )
    examples = (
        Example("Réservez vite, la salle se remplie le vendredi.", "remplie", lang="fr"),
        Example("La salle se remplit vite et le spectacle se finit tard ; elle se marie "
                "samedi.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for match in _REFLEXIVE_PARTICIPLE.finditer(ctx.text):
            word = match.group("word")
            lower = word.lower()
            stem = lower.rstrip("s").removesuffix("e").removesuffix("i")
            if not (known(stem + "ir") and known(stem + "issons")):
                continue
            span = parse(ctx.text).char_span(match.start("word"), match.end("word"))
            if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            present = (stem + "it",) if not lower.endswith("s") else (stem + "it", stem + "issent")
            yield self.finding(
                match.start("word"),
                len(word),
                f"after « se », the conjugated verb: « {' » or « '.join(present)} »",
                present,
            )


# « avoir » + a participle in -ée, -ées or -és + the determiner of an object after it: the
# object follows, so the participle does not agree (« elle a mangé des huîtres »). An
# object before the verb (« les fleurs qu'elle a cueillies ») leaves no determiner there.
_AVOIR_PARTICIPLE = regex.compile(
    r"(?:(?<![\p{L}'’-])|(?<=(?<![\p{L}'’-])n['’]))(?:j['’]ai|ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|"
    r"aurai|auras|aura|aurons|aurez|auront|aurais|aurait|aurions|auriez|auraient)\s+"
    r"(?:(?:pas|jamais|déjà|bien|enfin|toujours|aussi|vraiment|beaucoup|tant)\s+)?"
    r"(?P<word>\p{Ll}{2,}(?:ée|ées|és))\s+(?:" + _OBJECT[3:-1] + r"|plusieurs|quelques)"
    r"(?=\s|['’])",
    regex.IGNORECASE | regex.V1,
)


class ParticipleAfterAvoir(Rule):
    id = "grammar.fr-participle-after-avoir"
    category = Category.GRAMMAR
    severity = Severity.ERROR
    kind = RuleKind.SUBSTITUTION
    fix = Fix.UNSAFE
    summary = (
        "After « avoir », a participle followed by its object does not agree (« a mangé des »)."
    )
    rationale = (
        "« Elle a mangé des huîtres »: with « avoir » the participle agrees only with an "
        "object placed before it; an object after it leaves the participle in -é. Writers "
        "make it agree with the subject (« elle a mangée »): a frequent slip, which "
        "LanguageTool's AUX_AVOIR sees with a rule too often wrong to stand alone. Flagged "
        "when a determiner follows the participle, the dictionary knows the verb's -er "
        "infinitive and its -é form, and spaCy reads a verb or adjective."
    )
    examples = (
        Example("Elle a mangée des huîtres au marché.", "mangée", lang="fr"),
        Example("Nous avons passés une belle journée avec vous.", "passés", lang="fr"),
        Example("Elle n'a jamais goûtée nos crêpes.", "goûtée", lang="fr"),
        Example("Elle a mangé des huîtres ; les fleurs qu'elle a cueillies sont belles et "
                "elles sont arrivées les premières.", None, lang="fr"),
    )  # fmt: skip

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.lang != "fr":
            return
        for match in _AVOIR_PARTICIPLE.finditer(ctx.text):
            word = match.group("word")
            stem = regex.sub(r"(?:ée|ées|és)$", "", word.lower())
            participle = stem + "é"
            if not (known(participle) and known(stem + "er")):
                continue
            span = parse(ctx.text).char_span(match.start("word"), match.end("word"))
            if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            yield self.finding(
                match.start("word"),
                len(word),
                f"after « avoir », before its object, the participle does not agree: "
                f"« {participle} »",
                (participle,),
            )


RULES: tuple[Rule, ...] = (
    VerbAfterSubject(),
    AuxiliaryNotPreposition(),
    ReflexiveVerbForm(),
    ParticipleAfterAvoir(),
)
