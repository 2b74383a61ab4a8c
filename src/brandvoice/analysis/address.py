"""How a French text addresses its reader: "tu", "vous", both ("mixed") or nobody (None).

Two kinds of evidence, both kept as markers:

- pronouns and possessives: "tu", "te", "t'", "toi", "ton/ta/tes", "le tien"... against
  "vous", "votre/vos", "le vôtre". "vous" is also the plural of "tu", which a text cannot
  tell apart without knowing its readers; for a brand it is the formal address.
- verb morphology: a second-person verb without a pronoun, that is an imperative ("Viens
  voir !" / "Venez voir !", see :mod:`brandvoice.analysis.imperatives`), or a form spaCy
  tags ``Person=2`` whose ending is the "vous" one ("N'hésitez pas").

A subject followed by its own reflexive or object pronoun ("vous vous inscrivez", "tu te
rends compte") addresses the reader once, and counts once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from brandvoice.analysis.imperatives import Imperative
from brandvoice.analysis.model import TU, VOUS, Address, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_L = r"[\p{L}\p{M}\p{N}_]"
_APOSTROPHE = "['’]"

_TU_PRONOUN = regex.compile(
    rf"(?<!{_L}|{_APOSTROPHE})(?:"
    rf"(?i:tu|te|toi|ta|tes)(?!{_L}|{_APOSTROPHE})"
    # "t'" is "te" or "tu" elided, except the euphonic "t" some write "a-t'il".
    rf"|(?i:t){_APOSTROPHE}(?!(?i:il|elle|on|ils|elles)(?!{_L}))(?=\s?\p{{L}})"
    # "ton" is also a noun: "le ton", "un ton", "changer de ton" are about tone.
    rf"|(?<!(?<!{_L})(?i:le|un|du|au|ce|quel|même|bon|mauvais|changer\s+de|change\s+de)\s+)"
    rf"(?i:ton)(?!{_L})"
    rf"|(?<=(?<!{_L})(?i:le|la|les|aux|du|des)\s+)(?i:tien(?:ne)?s?)(?!{_L})"
    r")"
)
_VOUS_PRONOUN = regex.compile(
    # "rendez-vous" is the noun (an appointment) in "tu" texts as much as in "vous" ones.
    rf"(?<!{_L}|{_APOSTROPHE}|(?i:rendez)-)(?i:vous|votre|vos|vôtre|vôtres)(?!{_L}|{_APOSTROPHE})"
)
# The second pronoun of "vous vous", "tu te", "tu t'": the same reader again.
_REFLEXIVE_AFTER = {TU: regex.compile(r"(?i:tu)[\s-]+$"), VOUS: regex.compile(r"(?i:vous)[\s-]+$")}


def address_of(hits: Sequence[Hit]) -> Address | None:
    """The address shown by ``hits``' TU and VOUS markers."""
    kinds = {hit.kind for hit in hits}
    if TU in kinds and VOUS in kinds:
        return "mixed"
    if TU in kinds:
        return "tu"
    if VOUS in kinds:
        return "vous"
    return None


def pronoun_hits(text: str) -> list[Hit]:
    """Second-person pronouns and possessives of a French ``text``, reflexives counted once."""
    hits: list[Hit] = []
    for kind, pattern in ((TU, _TU_PRONOUN), (VOUS, _VOUS_PRONOUN)):
        for m in pattern.finditer(text):
            if (
                hits
                and hits[-1].kind == kind
                and _REFLEXIVE_AFTER[kind].search(text, hits[-1].start, m.start())
            ):
                continue
            hits.append(Hit(kind, m.start(), m.end()))
    return sorted(hits)


def verb_hits(
    doc: Doc, text: str, imperatives: Sequence[Imperative], pronouns: Sequence[Hit]
) -> list[Hit]:
    """Second-person verbs that no pronoun next to them already accounts for: imperatives
    and spaCy's ``Person=2`` forms. "vous venez" is one address, "venez" is one too."""
    persons: dict[int, str] = {}  # token index -> TU or VOUS
    for imperative in imperatives:
        if imperative.person == 2 and imperative.number in ("Sing", "Plur"):
            persons[imperative.index] = TU if imperative.number == "Sing" else VOUS
    for token in doc:
        if token.i in persons or token.pos_ not in ("VERB", "AUX"):
            continue
        # Outside the imperative only "-ez" is trusted: "(je/tu) viens", "(j'/tu) étais"
        # share their form, and the tagger's Person=2 for them is a guess. "-ez" belongs to
        # "vous" alone ("N'hésitez pas", "contactez-nous", "si vous le souhaitez").
        if "2" in token.morph.get("Person", []) and _is_vous_form(token.lower_):
            persons[token.i] = VOUS
    hits = []
    for index, kind in sorted(persons.items()):
        token = doc[index]
        end = token.idx + len(token.text)
        if _INVERTED_PRONOUN.match(text, end):
            continue  # "ferais-tu", "avez-vous", "abonne-toi": the pronoun already counts
        window_start = _window_start(token, 3)
        if any(p.start < end and window_start < p.end for p in pronouns):
            continue
        hits.append(Hit(kind, token.idx, end))
    return hits


_INVERTED_PRONOUN = regex.compile(
    rf"\s*-\s*(?:(?:t-)?(?i:tu|vous|toi|te)(?!{_L})|(?i:t){_APOSTROPHE})"
)


def _window_start(token: Token, size: int) -> int:
    """The offset of the token ``size`` tokens before ``token``, within its sentence."""
    first = token
    while size and not first.is_sent_start and first.i > 0:
        first, size = first.doc[first.i - 1], size - 1
    return first.idx


def _is_vous_form(word: str) -> bool:
    return word.endswith("ez") or word in ("dites", "faites", "êtes")
