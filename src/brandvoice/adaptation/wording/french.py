"""French verbs from the first person plural to the third person singular.

"nous proposons" → "Acme propose": the verb must agree with its new subject, and only a
form this module can conjugate with certainty is rewritten (see ``data/french-person.yaml``
for the table and its rules). Anything else returns None and the caller leaves the
sentence as it is.
"""

from __future__ import annotations

from functools import cache

import regex

from brandvoice.adaptation.wording.data import load_table

# A stem whose last vowel takes a grave accent in the singular: é or mute e before one
# consonant, a digraph or a consonant + l/r ("préfér", "célébr", "lev", "protég", "sèch").
_ACCENT_SHIFT = regex.compile(r"[eé](?=(?:ch|gn|gu|qu|th|[bcdfgkptv][lr]|[^aeiouyéèêëàâîïôûüh])$)")


@cache
def _table() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    data = load_table("french-person.yaml")
    irregular = sorted(data["irregular"].items(), key=lambda item: len(item[0]), reverse=True)
    return frozenset(data["doubling_er"]), tuple((str(k), str(v)) for k, v in irregular)


def noun_gender(noun: str) -> str | None:
    """ "Fem" or "Masc" for a noun of the shared lexicon (brandvoice.text.french), None
    for any other: a possessive is rewritten only when the gender is sure."""
    from brandvoice.text.french import known_noun_gender

    return {"f": "Fem", "m": "Masc"}.get(known_noun_gender(noun) or "")


def third_person_singular(form: str, lemma: str, tense: str = "Pres") -> str | None:
    """The third person singular matching ``form``, a first person plural of ``lemma``
    in ``tense`` (spaCy's "Pres", "Fut" or "Imp", indicative): "proposons"/"proposer" →
    "propose", "sommes"/"être" → "est", "organiserons" → "organisera", "étions" →
    "était"; None when it cannot be told for sure."""
    form, lemma = form.lower(), lemma.lower()
    if tense == "Fut":  # every verb: -rons → -ra
        return form[:-3] + "a" if form.endswith("rons") else None
    if tense == "Imp":  # every verb: -ions → -ait
        return form[:-4] + "ait" if form.endswith("ions") else None
    if tense != "Pres":
        return None
    doubling, irregular = _table()
    if form == "sommes":
        return "est"
    if not form.endswith("ons"):
        return None
    if lemma.endswith("er") and lemma != "aller":
        return _first_group(form[:-3], lemma, doubling)
    if lemma.endswith("ir") and form.endswith("issons") and form[:-6] == lemma[:-2]:
        return form[:-6] + "it"  # finissons → finit, the second group
    if form.endswith("ions") and not lemma.endswith("rire"):
        return None  # « prenions » is no present tense; « rions » (rire) is
    for ending, singular in irregular:
        if lemma.endswith(ending):
            return lemma[: len(lemma) - len(ending)] + singular
    return None


def _first_group(stem: str, lemma: str, doubling: frozenset[str]) -> str | None:
    base = stem.replace("ç", "c")
    if base.endswith("ge"):
        base = base[:-1]  # "mangeons" keeps an e only to keep the g soft
    if not base or base != lemma[:-2]:
        return None  # the lemma is not this form's: better no edit than a wrong one
    if base.endswith("y"):
        return base[:-1] + "ie"  # essaie, envoie, emploie, paie
    if lemma in doubling:
        return base + base[-1] + "e"  # appelle, jette
    return str(_ACCENT_SHIFT.sub("è", base)) + "e"
