"""French "on" made "nous" for formal voices: a press note says « nous vous attendons »,
not « on vous attend ».

The subject « on » (spaCy's ``nsubj`` of a finite verb, or of a participle whose finite
auxiliary is then the verb to change) becomes « nous », and that verb its first person
plural in the same tense: « on attend » → « nous attendons », « on a fait » → « nous avons
fait », « on sera ravis » → « nous serons ravis », « qu'on » → « que nous », « l'on » →
« nous ». The first person plural is derived from the second (« attendez » → « attendons »,
« mangez » → « mangeons », « commenciez » → « commencions »), with the few verbs whose forms
differ (être, faire, dire) written out. A verb this module cannot conjugate with certainty
leaves its sentence as written. Casual and neutral voices keep « on »: it is how French
speaks.

An impersonal « on » is not the brand speaking, and « nous » would change who acts: « on
parle de nous dans la presse » (people talk about us) is not « nous parlons de nous ». Its
clause says so when it holds the speakers as object (« on nous a dit », « on m'a demandé »,
« on parle de nous »; « chez nous » is only where), or when « on » says what is said
(« on dit que », « on raconte que »): such a sentence keeps its « on ».
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brandvoice.adaptation.transform import (
    Edit,
    Stage,
    Target,
    Transform,
    TransformExample,
    parse,
)
from brandvoice.adaptation.transforms.register_lexicon import direction
from brandvoice.adaptation.wording.lexicon import Direction
from brandvoice.text.french.verbs import Tense, first_plural

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_TENSES = {"Pres": Tense.PRESENT, "Imp": Tense.IMPERFECT, "Fut": Tense.FUTURE}


class FormalNous(Transform):
    id = "formal-nous"
    stage = Stage.BODY
    order = 45
    summary = (
        "For formal voices in French, the subject 'on' becomes 'nous' and its verb the "
        "first person plural ('on vous attend' → 'nous vous attendons')."
    )
    examples = (
        TransformExample(
            "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié.",
            "Pour fêter ça, nous vous attendons dès 10 h pour un verre de l'amitié.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "On a rénové la boutique et on sera ravis de vous la faire visiter.",
            "Nous avons rénové la boutique et nous serons ravis de vous la faire visiter.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "C'est le pain qu'on aime, et on vous le prépare chaque matin.",
            "C'est le pain que nous aimons, et nous vous le préparons chaque matin.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # The parser does not take « cuit » for a verb: rather than « nous aimons, et on le
        # cuit », the sentence stays as written.
        TransformExample(
            "C'est le pain qu'on aime, et on le cuit chaque matin.",
            "C'est le pain qu'on aime, et on le cuit chaque matin.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # An impersonal « on »: the press speaks of the brand, people said or asked it
        # something. « Nous » would make the brand the one who speaks.
        TransformExample(
            "On parle de nous dans L'Écho du Finistère ce matin.",
            "On parle de nous dans L'Écho du Finistère ce matin.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "On nous a dit que la route serait fermée, et on m'a demandé de prévenir.",
            "On nous a dit que la route serait fermée, et on m'a demandé de prévenir.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "On dit que c'est la meilleure galette du pays.",
            "On dit que c'est la meilleure galette du pays.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # « on sait » alone drops the « le » a formal « nous » needs.
        TransformExample(
            "Janvier c'est long, on sait. Alors on vous offre le café.",
            "Janvier c'est long, nous le savons. Alors nous vous offrons le café.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # « Chez nous » says where: the brand is still the one who waits.
        TransformExample(
            "On vous attend chez nous samedi.",
            "Nous vous attendons chez nous samedi.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        TransformExample(
            "On se retrouve samedi et on s'occupe de tout.",
            "Nous nous retrouvons samedi et nous nous occupons de tout.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # spaCy's small model gives no infinitive for « affiche » nor « reste »: the
        # dictionary's « -er » verb is taken.
        TransformExample(
            "Réservez votre table, on affiche vite complet. Ensuite, on reste joignables.",
            "Réservez votre table, nous affichons vite complet. Ensuite, nous restons joignables.",
            lang="fr",
            voice="corporate",
            network="website",
        ),
        # A casual voice keeps « on ».
        TransformExample(
            "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié.",
            "Pour fêter ça, on vous attend dès 10 h pour un verre de l'amitié.",
            lang="fr",
        ),
    )

    def applies(self, target: Target) -> bool:
        return target.lang.startswith("fr") and direction(target.voice) is Direction.FORMAL

    def edits(self, text: str, target: Target) -> list[Edit]:
        if "on" not in text.casefold():
            return []
        edits: list[Edit] = []
        for sentence in parse(target.lang, text).sents:
            edits.extend(_sentence_edits(text, sentence))
        return edits


def _sentence_edits(text: str, sentence: Span) -> list[Edit]:
    """The edits for every « on » of ``sentence``, or none: half a sentence in « nous » and
    half in « on » is worse than either."""
    edits: list[Edit] = []
    for token in sentence:
        if token.lower_ not in ("on", "l'on", "l’on"):
            continue
        # The parser reads some « on » as an expletive subject (« on reste joignables »).
        if not token.dep_.startswith(("nsubj", "expl:subj")):
            return []
        if _impersonal(token):
            return []
        verb = _finite_verb(token)
        if verb is None or verb.i < token.i:
            return []  # an inversion ("peut-on") or no finite verb found
        tense = _tense(verb)
        plural = first_plural(_lemma(verb, tense), tense) if tense else None
        if plural is None:
            return []
        if _knows_alone(token, verb):
            plural = f"le {plural}"  # « on sait. » → « nous le savons. », not « nous savons. »
        edits.extend(_subject_edits(text, token))
        edits.extend(_reflexive_edits(sentence.doc[token.i + 1 : verb.i]))
        edits.append(
            Edit(
                verb.idx,
                verb.idx + len(verb.text),
                plural,
                "a formal voice says 'nous', not 'on': the verb follows",
            )
        )
    return edits


# The speakers as object: a clause that holds one is said of the brand, not by it.
_SPEAKERS = frozenset({"nous", "me", "m'", "m’", "moi"})
# Verbs whose impersonal « on » reports what people say (« on dit que … »).
_SAYING = frozenset({"dire", "raconter", "prétendre", "murmurer", "lire"})


def _impersonal(subject: Token) -> bool:
    """Whether « on » is impersonal, someone other than the brand (see the module doc): its
    verb has the speakers as object, or says what is said before « que »."""
    verb = subject.head
    for child in verb.children:
        if child.i == subject.i or child.lower_ not in _SPEAKERS:
            continue
        if any(c.lower_ == "chez" for c in child.children):
            continue  # « chez nous » is where, not whom
        return True
    if verb.lemma_.casefold() in _SAYING:
        following = verb.doc[verb.i + 1 : verb.i + 2]
        return bool(following) and following[0].lower_ in ("que", "qu'", "qu’")
    return False


def _knows_alone(subject: Token, verb: Token) -> bool:
    """Whether « on sait » ends its clause with nothing known after it (« Janvier c'est
    long, on sait. »): the colloquial « on sait » drops the « le » that « nous le savons »
    needs."""
    if verb.lemma_.casefold() != "savoir" or verb.i != subject.i + 1:
        return False
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is None or following.is_punct


def _finite_verb(subject: Token) -> Token | None:
    head = subject.head
    if "Fin" in head.morph.get("VerbForm", []):
        return head if _singular(head) else None
    for child in head.children:
        if child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm", []):
            return child if _singular(child) else None
    return None


def _singular(verb: Token) -> bool:
    """A verb « on » can be the subject of: the third person singular, or the first, which
    the tagger reads in « on vous invite » (the same form as « j'invite »)."""
    person = verb.morph.get("Person", [])
    return person == ["3"] or (person == ["1"] and verb.morph.get("Number", []) == ["Sing"])


def _lemma(verb: Token, tense: Tense) -> str:
    """The verb's infinitive: spaCy's, or for a present in « -e » that spaCy's small model
    leaves as it is (« on affiche », « on reste »), the « -er » verb the dictionary knows."""
    from brandvoice.spelling import get_speller

    lemma = verb.lemma_.casefold()
    word = verb.text.casefold()
    if lemma != word or tense is not Tense.PRESENT or not word.endswith("e"):
        return lemma
    infinitive = f"{word}r"
    return infinitive if get_speller("fr").is_correct(infinitive) else lemma


def _tense(verb: Token) -> Tense | None:
    if "Cnd" in verb.morph.get("Mood", []):
        return Tense.CONDITIONAL
    if "Sub" in verb.morph.get("Mood", []):
        return None
    tenses = verb.morph.get("Tense", [])
    return _TENSES.get(tenses[0]) if tenses else None


def _reflexive_edits(between: Span) -> list[Edit]:
    """The reflexive « se » of « on » is « nous » for « nous »: « on se retrouve » → « nous
    nous retrouvons », « on s'occupe » → « nous nous occupons »."""
    edits = []
    for clitic in between:
        word = clitic.lower_
        if word == "se":
            edits.append(Edit(clitic.idx, clitic.idx + 2, "nous", _REFLEXIVE))
        elif word in ("s'", "s’"):
            edits.append(Edit(clitic.idx, clitic.idx + 2, "nous ", _REFLEXIVE))
    return edits


_REFLEXIVE = "a formal voice says 'nous', not 'on': its reflexive pronoun follows"


def _subject_edits(text: str, subject: Token) -> list[Edit]:
    start, end = subject.idx, subject.idx + len(subject.text)
    reason = "a formal voice speaks as 'nous', not 'on'"
    # "qu'on" → "que nous", "l'on" → "nous", "On" → "Nous".
    before = text[max(0, start - 3) : start]
    if subject.lower_ in ("l'on", "l’on"):
        return [Edit(start, end, "Nous" if subject.text[0].isupper() else "nous", reason)]
    if before.casefold() in ("qu'", "qu’"):
        return [Edit(start - 1, end, "e nous", reason)]
    if text[start - 2 : start].casefold() in ("l'", "l’"):
        return [Edit(start - 2, end, "nous", reason)]
    return [Edit(start, end, "Nous" if subject.text[0].isupper() else "nous", reason)]


TRANSFORMS = (FormalNous(),)
