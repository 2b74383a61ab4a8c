"""French verb forms, for the checks and the adaptation alike.

- The second person ("tu" and "vous") of a verb in every common tense, for the address
  transform: switching the address only ever moves a verb between the second person
  singular and plural of the same tense, so that is all :func:`second_person` knows: the
  present, imperfect, future, conditional, present subjunctive and imperative. Compound
  tenses need nothing more (only the auxiliary changes: "vous avez vu" -> "tu as vu").
- The first person plural, derived from the second, for « on » made « nous »
  (:func:`first_plural`: « on attend » → « nous attendons »).
- The third person singular of a first person plural, for « nous » made the brand
  (:func:`third_person_singular`: « nous proposons » → « Acme propose »).
- The third person plural of a verb, for « vous » made the readers in a press note
  (:func:`third_person_plural`: « vous renseignez » → « les utilisateurs renseignent »,
  « vous trouverez » → « ils trouveront »).
- The "-er" infinitive behind a participle or a conjugated form, and the participle of an
  infinitive, for the checks' infinitive/participle confusion (:func:`er_infinitive`,
  :func:`er_participle`).

Regular "-er" verbs (with their spelling changes: "tu achètes", "tu appelles",
"tu commençais", "tu envoies") and "finir"-like "-ir" verbs are derived here; every other
verb takes its principal parts from ``data/french-verbs.yaml``, keyed by ending so that
one entry serves a family ("prendre" for "comprendre", "apprendre", "surprendre"...).
A table of ~70 entries and a few rules, rather than a conjugation package, because the
transforms only need these cells, must load in milliseconds, and never meet a verb they
have to guess (an unknown verb is left alone, see :func:`readings`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any, Literal

import regex

from brandvoice.datafiles import parse_packaged_yaml

Number = Literal["sg", "pl"]  # "tu" / "vous"


class Tense(StrEnum):
    PRESENT = "present"
    IMPERFECT = "imperfect"
    FUTURE = "future"
    CONDITIONAL = "conditional"
    SUBJUNCTIVE = "subjunctive"
    IMPERATIVE = "imperative"


Paradigm = Mapping[tuple[Tense, Number], str]


@dataclass(frozen=True, slots=True)
class Reading:
    """``word`` read as the ``number`` form of ``lemma`` in ``tense``."""

    lemma: str
    tense: Tense
    number: Number


@dataclass(frozen=True, slots=True)
class _Irregular:
    present: tuple[str | None, str | None]
    imperfect: str | None = None
    future: str | None = None
    subjunctive: tuple[str | None, str | None] | None = None
    imperative: tuple[str | None, str | None] | None = None
    group: int = 3
    exact: bool = False
    they: str | None = None  # the third person plural present, when not derived


@dataclass(frozen=True, slots=True)
class _Tables:
    irregular: Mapping[str, _Irregular]
    keys_by_length: tuple[str, ...]
    doubling: tuple[str, ...]
    verbs: tuple[str, ...]  # the keys that are verbs ("vivre"), not endings ("dre")


def _load_yaml(name: str) -> Any:
    source = resources.files("brandvoice.text").joinpath("data", name)
    return parse_packaged_yaml(source.read_text(encoding="utf-8"))


@cache
def _tables() -> _Tables:
    data: dict[str, Any] = _load_yaml("french-verbs.yaml")
    irregular = {key: _entry(value) for key, value in data["verbs"].items()}
    return _Tables(
        irregular=irregular,
        keys_by_length=tuple(sorted(irregular, key=lambda k: (-len(k), k))),
        doubling=tuple(data["doubling"]),
        verbs=tuple(key for key in irregular if key not in set(data["endings"])),
    )


def _entry(value: Mapping[str, Any]) -> _Irregular:
    def pair(key: str) -> tuple[str | None, str | None] | None:
        found = value.get(key)
        return None if found is None else (found[0], found[1])

    present = pair("present")
    assert present is not None, value
    return _Irregular(
        present=present,
        imperfect=value.get("imperfect"),
        future=value.get("future"),
        subjunctive=pair("subjunctive"),
        imperative=pair("imperative"),
        group=int(value.get("group", 3)),
        exact=bool(value.get("exact", False)),
        they=value.get("they"),
    )


def form(lemma: str, tense: Tense, number: Number) -> str | None:
    """The ``number`` second-person form of ``lemma`` in ``tense``; None when the verb is
    unknown or has no such form (no imperative of "pouvoir")."""
    paradigm = second_person(lemma)
    return None if paradigm is None else paradigm.get((tense, number))


def readings(word: str, lemmas: Iterable[str], number: Number | None = None) -> list[Reading]:
    """Every way ``word`` is a second-person form of one of ``lemmas`` (in a fixed order).

    "parlez" is the present or the imperative of "parler", "parliez" its imperfect or
    subjunctive: the caller decides between them from the context.
    """
    lower = word.lower()
    found: list[Reading] = []
    for lemma in sorted(set(lemmas)):
        paradigm = second_person(lemma)
        if paradigm is None:
            continue
        for (tense, cell_number), cell in paradigm.items():
            if (cell == lower or _y_spelling(lemma, cell) == lower) and number in (
                None,
                cell_number,
            ):
                found.append(Reading(lemma, tense, cell_number))
    return found


def verbs_with_form(word: str) -> tuple[str, ...]:
    """The table's verbs that have ``word`` among their second-person forms: the
    lemmatizer reads "vis" as "voir" (its simple past) and misses "vivre"."""
    return _form_index().get(word.lower(), ())


@cache
def _form_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for verb in _tables().verbs:
        for cell in (second_person(verb) or {}).values():
            if verb not in index.setdefault(cell, []):
                index[cell].append(verb)
    return {form: tuple(verbs) for form, verbs in index.items()}


def is_irregular(lemma: str) -> bool:
    """Whether ``lemma`` conjugates from the table rather than a regular pattern: a form
    that matches a table verb ("verrez" of "voir") is read as that verb, not as a regular
    verb the lemmatizer's suffix rules also offer ("verrer")."""
    return _table_key(lemma) is not None


def _table_key(lemma: str) -> str | None:
    """The table's entry ``lemma`` conjugates from: the verb itself, or the longest ending
    that serves a family (« prendre » for « comprendre »); None for a regular verb."""
    tables = _tables()
    for key in tables.keys_by_length:
        if lemma == key or (lemma.endswith(key) and not tables.irregular[key].exact):
            return key
    return None


def _y_spelling(lemma: str, cell: str) -> str:
    """The "-ayer" verbs' other spelling: "essaies" / "essayes", "paieras" / "payeras"."""
    if not lemma.endswith("ayer"):
        return cell
    stem = lemma[:-4]
    return stem + "ay" + cell[len(stem) + 2 :] if cell.startswith(stem + "ai") else cell


@cache
def second_person(lemma: str) -> Paradigm | None:
    """The twelve second-person cells of ``lemma``; None for a verb this module does not
    know (an infinitive with no regular pattern and no table entry)."""
    key = _table_key(lemma)
    if key is not None:
        entry = _tables().irregular[key]
        if entry.group == 2:
            return _second_group(lemma)
        return _from_entry(lemma, lemma[: len(lemma) - len(key)], entry)
    if lemma.endswith("er") and len(lemma) > 2:
        return _first_group(lemma)
    if lemma.endswith("ir") and len(lemma) > 2:
        return _second_group(lemma)
    return None


def _from_entry(lemma: str, prefix: str, entry: _Irregular) -> Paradigm:
    cells: dict[tuple[Tense, Number], str] = {}

    def put(tense: Tense, number: Number, ending: str | None) -> None:
        if ending is not None:
            cells[(tense, number)] = prefix + ending if ending else ending

    tu, vous = entry.present
    if tu is None or vous is None:  # impersonal: no second person at all
        return cells
    put(Tense.PRESENT, "sg", tu)
    put(Tense.PRESENT, "pl", vous)
    imperfect = entry.imperfect if entry.imperfect is not None else vous.removesuffix("ez")
    put(Tense.IMPERFECT, "sg", imperfect + "ais")
    put(Tense.IMPERFECT, "pl", imperfect + "iez")
    future_stem = prefix + entry.future if entry.future else lemma.removesuffix("e")
    for tense, endings in ((Tense.FUTURE, ("as", "ez")), (Tense.CONDITIONAL, ("ais", "iez"))):
        cells[(tense, "sg")] = future_stem + endings[0]
        cells[(tense, "pl")] = future_stem + endings[1]
    subjunctive = entry.subjunctive or (None, None)
    put(Tense.SUBJUNCTIVE, "sg", subjunctive[0])
    put(Tense.SUBJUNCTIVE, "pl", subjunctive[1] or imperfect + "iez")
    if entry.imperative is not None:
        put(Tense.IMPERATIVE, "sg", entry.imperative[0])
        put(Tense.IMPERATIVE, "pl", entry.imperative[1])
    else:
        # "ouvrir", "cueillir" take the "-er" imperative: "tu ouvres" -> "ouvre".
        put(Tense.IMPERATIVE, "sg", tu.removesuffix("s") if tu.endswith("es") else tu)
        put(Tense.IMPERATIVE, "pl", vous)
    return cells


_VOWELS = "aeiouyéèêëàâîïôûù"
# The last syllable of the stem before a mute ending: "achet", "préfér", "men".
_E_STEM = regex.compile(rf"([eé])([^{_VOWELS}]+)$")


def _first_group(lemma: str) -> Paradigm:
    stem = lemma[:-2]
    mute = _before_mute_e(lemma, stem)  # "achèt", "appell", "envoi", the stem elsewhere
    # Before "a" and "o", "c" and "g" keep their soft sound: "commençais", "mangeais".
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    # The future keeps the mute-e stem, but "é" verbs keep their accent there ("tu
    # préféreras", the spelling most readers expect).
    last_e = _E_STEM.search(stem)
    future = (stem if last_e is not None and last_e[1] == "é" else mute) + "er"
    return {
        (Tense.PRESENT, "sg"): mute + "es",
        (Tense.PRESENT, "pl"): stem + "ez",
        (Tense.IMPERFECT, "sg"): soft + "ais",
        (Tense.IMPERFECT, "pl"): stem + "iez",
        (Tense.FUTURE, "sg"): future + "as",
        (Tense.FUTURE, "pl"): future + "ez",
        (Tense.CONDITIONAL, "sg"): future + "ais",
        (Tense.CONDITIONAL, "pl"): future + "iez",
        (Tense.SUBJUNCTIVE, "sg"): mute + "es",
        (Tense.SUBJUNCTIVE, "pl"): stem + "iez",
        (Tense.IMPERATIVE, "sg"): mute + "e",
        (Tense.IMPERATIVE, "pl"): stem + "ez",
    }


def _before_mute_e(lemma: str, stem: str) -> str:
    """The stem of an "-er" verb before a mute "e" ending ("tu achètes", "tu appelles")."""
    if stem.endswith(("oy", "uy", "ay")):
        # "envoies", "appuies", "essaies"; "-ayer" may also keep its "y" ("tu essayes"),
        # which :func:`readings` accepts but this module does not write.
        return stem[:-1] + "i"
    if lemma.endswith(_tables().doubling):
        return stem + stem[-1]  # "appelles", "jettes"
    match = _E_STEM.search(stem)
    if match is None:
        return stem
    consonants: str = match[2]
    # "é" before a mute syllable always opens ("préfères", "règles", "sèches"); "e" does
    # before one consonant or a consonant + "r" ("mènes", "sèvres"), not before "rm", "ss",
    # "st"... ("fermes", "presses", "testes").
    if match[1] == "é" or len(consonants) == 1 or (len(consonants) == 2 and consonants[1] == "r"):
        return stem[: match.start()] + "è" + consonants
    return stem


def _second_group(lemma: str) -> Paradigm:
    stem = lemma[:-2]
    return {
        (Tense.PRESENT, "sg"): stem + "is",
        (Tense.PRESENT, "pl"): stem + "issez",
        (Tense.IMPERFECT, "sg"): stem + "issais",
        (Tense.IMPERFECT, "pl"): stem + "issiez",
        (Tense.FUTURE, "sg"): lemma + "as",
        (Tense.FUTURE, "pl"): lemma + "ez",
        (Tense.CONDITIONAL, "sg"): lemma + "ais",
        (Tense.CONDITIONAL, "pl"): lemma + "iez",
        (Tense.SUBJUNCTIVE, "sg"): stem + "isses",
        (Tense.SUBJUNCTIVE, "pl"): stem + "issiez",
        (Tense.IMPERATIVE, "sg"): stem + "is",
        (Tense.IMPERATIVE, "pl"): stem + "issez",
    }


# --- The first person plural: « on » made « nous » ----------------------------------------

# First person plural forms that are not the second person's with -ons for -ez.
_FIRST_PLURAL_IRREGULAR: dict[str, dict[Tense, str]] = {
    "être": {
        Tense.PRESENT: "sommes",
        Tense.IMPERFECT: "étions",
        Tense.FUTURE: "serons",
        Tense.CONDITIONAL: "serions",
    },
    "faire": {Tense.PRESENT: "faisons"},
    "dire": {Tense.PRESENT: "disons"},
}


def first_plural(lemma: str, tense: Tense) -> str | None:
    """The « nous » form of ``lemma`` in ``tense``, or None when not known for certain."""
    if lemma in _FIRST_PLURAL_IRREGULAR:
        special = _FIRST_PLURAL_IRREGULAR[lemma].get(tense)
        if special is not None:
            return special
    second = form(lemma, tense, "pl")
    if second is None or not second.endswith("ez"):
        return None
    stem = second[:-2]
    if tense in (Tense.IMPERFECT, Tense.CONDITIONAL):
        return stem + "ons" if stem.endswith("i") else None
    if stem.endswith("g"):
        stem += "e"  # mangez → mangeons
    elif stem.endswith("c"):
        stem = stem[:-1] + "ç"  # commencez → commençons
    return stem + "ons"


# --- The third person singular: « nous » made the brand ------------------------------------

# A stem whose last vowel takes a grave accent in the singular: é or mute e before one
# consonant, a digraph or a consonant + l/r ("préfér", "célébr", "lev", "protég", "sèch").
_ACCENT_SHIFT = regex.compile(r"[eé](?=(?:ch|gn|gu|qu|th|[bcdfgkptv][lr]|[^aeiouyéèêëàâîïôûüh])$)")


@cache
def _person_table() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    data = _load_yaml("french-person.yaml")
    irregular = sorted(data["irregular"].items(), key=lambda item: len(item[0]), reverse=True)
    return frozenset(data["doubling_er"]), tuple((str(k), str(v)) for k, v in irregular)


def third_person_singular(form: str, lemma: str, tense: str = "Pres") -> str | None:
    """The third person singular matching ``form``, a first person plural of ``lemma``
    in ``tense`` (spaCy's "Pres", "Fut" or "Imp", indicative): "proposons"/"proposer" →
    "propose", "sommes"/"être" → "est", "organiserons" → "organisera", "étions" →
    "était"; None when it cannot be told for sure."""
    form, lemma = form.lower(), lemma.lower()
    if tense == "Pres" and lemma.endswith("er") and form.endswith("rons"):
        # spaCy's small French model tags many futures as presents (« nous vous
        # rappellerons »): an -er verb's present is its stem + -ons (« rappelons »,
        # « préparons »), so any other -rons form of it is the future.
        tense = "Pres" if form == lemma[:-2] + "ons" else "Fut"
    elif (
        tense == "Pres" and not lemma.endswith("er") and form in (lemma[:-1] + "ons", lemma + "ons")
    ):
        # The same mistag on the other groups: « apprendrons » is the future stem
        # « apprendr- » + -ons, which no present of « apprendre » (« apprenons ») is.
        tense = "Fut"
    if tense == "Fut":  # every verb: -rons → -ra
        return form[:-3] + "a" if form.endswith("rons") else None
    if tense == "Imp":  # every verb: -ions → -ait
        return form[:-4] + "ait" if form.endswith("ions") else None
    if tense != "Pres":
        return None
    doubling, irregular = _person_table()
    if form == "sommes":
        return "est"
    if not form.endswith("ons"):
        return None
    if lemma.endswith("er") and lemma != "aller":
        return _singular_first_group(form[:-3], lemma, doubling)
    if lemma.endswith("ir") and form.endswith("issons") and form[:-6] == lemma[:-2]:
        return form[:-6] + "it"  # finissons → finit, the second group
    if form.endswith("ions") and not lemma.endswith("rire"):
        return None  # « prenions » is no present tense; « rions » (rire) is
    for ending, singular in irregular:
        if lemma.endswith(ending):
            return lemma[: len(lemma) - len(ending)] + singular
    return None


def _singular_first_group(stem: str, lemma: str, doubling: frozenset[str]) -> str | None:
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


# --- The third person plural: « vous » made the readers ------------------------------------


def third_person_plural(lemma: str, tense: Tense) -> str | None:
    """The « ils » form of ``lemma`` in ``tense`` (present, imperfect, future or
    conditional): « renseigner » → « renseignent », « trouver » in the future →
    « trouveront », « prendre » → « prennent », « faire » → « font »; None for a verb this
    module does not know or a tense it does not write.

    The future derives from the « vous » form (-ez → -ont), the imperfect and the
    conditional from the « tu » one (-ais → -aient). The present is the « tu »
    subjunctive with -ent for -es (« que tu prennes » → « ils prennent », « que tu
    achètes » → « ils achètent », « que tu finisses » → « ils finissent »), but for the
    few verbs whose subjunctive has a stem of its own, which
    the table gives (``they``: « font », « peuvent », « savent »)."""
    paradigm = second_person(lemma)
    if paradigm is None:
        return None
    if tense is Tense.PRESENT:
        key = _table_key(lemma)
        entry = _tables().irregular[key] if key is not None else None
        if key is not None and entry is not None and entry.they is not None:
            return lemma[: len(lemma) - len(key)] + entry.they
        if entry is not None and entry.subjunctive is None and entry.group != 2:
            return None  # its subjunctive is not written: no stem to derive from
        subjunctive = paradigm.get((Tense.SUBJUNCTIVE, "sg"))
        if subjunctive is None or not subjunctive.endswith("es"):
            return None
        return subjunctive[:-2] + "ent"
    vous = paradigm.get((tense, "pl"))
    if tense is Tense.FUTURE and vous is not None and vous.endswith("ez"):
        return vous[:-2] + "ont"
    # The imperfect and the conditional from the « tu » form, which keeps the soft « ç »
    # and « ge » the « vous » form does not need (« tu commençais » → « ils commençaient »).
    tu = paradigm.get((tense, "sg"))
    if tense in (Tense.IMPERFECT, Tense.CONDITIONAL) and tu is not None and tu.endswith("ais"):
        return tu[:-1] + "ent"
    return None


# --- Infinitive and participle of "-er" verbs: the checks' -er / -é / -ez confusion ---------


def er_infinitive(word: str, is_word: Callable[[str], bool]) -> str | None:
    """The -er infinitive a conjugated or participle form comes from, if ``is_word`` knows
    it: ``mangé``, ``mangez``, ``mangeait`` → ``manger``."""
    for ending in ("aient", "ées", "ait", "ée", "és", "ez", "é"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if stem.endswith("ge") and ending.startswith("a"):
                stem = stem[:-1]  # mangeait → manger
            if len(stem) >= 2 and is_word(stem + "er"):
                return stem + "er"
            return None
    return None


def er_participle(word: str) -> str:
    """The past participle of an -er infinitive, or of its -ez form: ``manger``,
    ``mangez`` → ``mangé`` (the case of ``word`` kept)."""
    return word[:-2] + "é"
