"""Where a job ad's long sentence can be cut before what the person hired will do, said to
the reader who may apply: "Kitelane is looking for a Customer Success Specialist to help
our retail clients get the most out of our software." → "Kitelane is looking for a
Customer Success Specialist. You'll help our retail clients…"; « L'atelier recrute un·e
apprenti·e pour fabriquer nos meubles sur mesure. » → « L'atelier recrute un·e apprenti·e.
Vous fabriquerez nos meubles sur mesure. » (« Tu fabriqueras » in a voice that says « tu »).

Only after a verb that says the business hires (:data:`HIRING`), where "to" / « pour »
and an infinitive follow the job it names, outside brackets, with no comma between (the
job's own words) and at least :data:`MIN_WORDS` words on each side. A French infinitive
with a pronoun before it (« pour nous aider ») or one the conjugation tables do not know
keeps its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from brandvoice.text.french.verbs import Tense, form
from brandvoice.text.pairs import open_marks

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 4
# The words by which a post says the business hires, by language: the job follows them.
HIRING = {
    "en": frozenset({"hiring", "recruiting", "seeking", "looking"}),
    "fr": frozenset({"recrute", "recrutons", "recrutent", "cherche", "cherchons"})
    | frozenset({"embauche", "embauchons", "embauchent"}),
}
_PURPOSE = {"en": "to", "fr": "pour"}
_SUBJECT = {("fr", "pl"): "Vous", ("fr", "sg"): "Tu"}


@dataclass(frozen=True, slots=True)
class DutiesCut:
    """Replace ``text[start:end]`` (the space, "to" / « pour » and the French infinitive)
    by ``replacement`` (". You'll " / ". Vous " and the verb in the future)."""

    start: int
    end: int
    replacement: str


def duties_cut(tokens: list[Token], text: str, number: Literal["sg", "pl"]) -> DutiesCut | None:
    """The cut of the sentence made of ``tokens`` before what the person hired will do (see
    the module docstring); ``number``: the French address ("sg" for « tu »)."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    lang = tokens[0].lang_
    hiring = next((i for i, t in enumerate(tokens) if t.lower_ in HIRING.get(lang, ())), None)
    if hiring is None:
        return None
    for position in range(hiring + 2, len(tokens) - 1):
        token, verb = tokens[position], tokens[position + 1]
        if token.lower_ != _PURPOSE[lang]:
            continue
        between = tokens[hiring + 1 : position]
        if open_marks(text[tokens[0].idx : token.idx]) or any(
            t.text == "," and not open_marks(text[between[0].idx : t.idx]) for t in between
        ):
            return None  # inside brackets, or the job's words end before "to"
        left, right = tokens[:position], tokens[position + 1 :]
        if _words(left) < MIN_WORDS or _words(right) < MIN_WORDS:
            return None
        start = left[-1].idx + len(left[-1].text)
        if lang == "en":
            if verb.tag_ != "VB":
                return None
            return DutiesCut(start, verb.idx, ". You'll ")
        if "Inf" not in verb.morph.get("VerbForm", []):
            return None
        future = form(verb.lower_, Tense.FUTURE, number)
        if future is None:
            return None
        subject = _SUBJECT[(lang, number)]
        return DutiesCut(start, verb.idx + len(verb.text), f". {subject} {future}")
    return None


def _words(tokens: list[Token]) -> int:
    return len([t for t in tokens if not t.is_punct and t.text.strip()])
