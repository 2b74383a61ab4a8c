"""The intent reader's statistical backstop: a naive Bayes model of the words of labelled
posts, asked only when the cues cannot decide (``intents.classify``).

The cues (``data/intents.yaml``) say what a word means; they miss the wording nobody thought
of. The backstop has read labelled posts (the dev half of ``benchmarks/data/masters.yaml``,
``benchmarks/data/intent-training.yaml`` and the two spent blind sets, never the held-out
half) and knows which words come with which intent, whether or not a cue names them. It
is asked in two cases only:

- two intents or more tie at the top of the cue scores: it chooses among them;
- no intent reaches the cues' ``min_score``: it names one when it is confident enough
  (``CONFIDENCE``), else the message stays news.

A multinomial naive Bayes over word presence: each word of three letters or more, cut to its
first ``stem`` characters (a crude stem, the same in both languages: "recrute", "recrutons",
"recrutement" are one), prefixed with the language, stop words aside but for the few that
tell a purpose ("last", "merci"); optionally each two words that follow each other; plus one
feature per intent whose cues the text holds. Its counts are a data file
(``data/intent-model.json``) written by ``benchmarks/train_intents.py``, never by hand; it
is deterministic, and its decision is explained by the words that weighed most for the
intent it chose against the runner-up.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import regex

from brandvoice.understand.model import Cue, Intent

DATA_FILE = "intent-model.json"
# The model names an intent on its own (no intent's cues reach min_score) only when it gives
# it at least this probability; below, the message is news. Chosen with the model's alpha
# (benchmarks/train_intents.py): posts worded unlike any cue were left as news at 0.8, and
# 10-fold cross-validation (--cv) finds 0.7 as good on the labelled posts.
CONFIDENCE = 0.7
# Among intents tied at the top of the cue scores, the model's choice replaces the file's
# precedence only when it gives it at least this share of their chances: 0.6 in --cv and on
# the unseen fifth batch alike (0.8 kept the file's order where the words knew better).
TIE_CONFIDENCE = 0.6
# How many words explain a decision of the model.
EXPLAINING_WORDS = 3

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*", regex.VERSION1)
# What may stand between two words read as a pair: spaces, an apostrophe or a hyphen, not a
# stop or a comma (two sentences' words are no phrase).
_JOINING = regex.compile(r"[ '’\-\u00a0\u202f]{1,3}", regex.VERSION1)
MIN_LETTERS = 3
# Links and addresses ("hilltoproast.example/club", "jobs@martin.fr") name a brand, not what
# the post is for: their words are not read.
_ADDRESS = regex.compile(r"\S*(?:@|://|www\.|\w\.\p{L}{2,})\S*", regex.VERSION1)
# A word must be in at least this many posts of the intent chosen to explain the choice:
# a name met once ("Hilltop") may tip a decision, it does not say why.
EXPLAINING_POSTS = 2


# Words spaCy lists as stop words that still say what a post is for: "last" day (closure),
# "first" customers (opening), site "down" (incident), 20 % "off" (offer), "back" in stock,
# "merci" (award), "ouvert" (opening), "retour" (closure), "nouveau" (launch). The model reads
# them like any other word.
_TELLING = {
    "en": frozenset(
        {
            "back",
            "down",
            "first",
            "full",
            "last",
            "move",
            "next",
            "off",
            "once",
            "over",
            "serious",
            "show",
            "take",
            "top",
            "call",
            "give",
        }
    ),
    "fr": frozenset(
        {
            "merci",
            "nouveau",
            "ouvert",
            "ouverte",
            "ouverts",
            "retour",
            "désormais",
            "desormais",
            "premier",
            "première",
            "premiers",
            "premières",
            "maintenant",
            "personne",
            "stop",
            "dehors",
            "parle",
            "parlent",
            "parler",
            "reste",
            "restent",
            "suivre",
            "enfin",
        }
    ),
}


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` ("the", "nous", "avec"), but for the few that tell a
    post's purpose (``_TELLING``): said in every kind of post, they would only add noise, and
    explain nothing."""
    if lang == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

        return frozenset(FRENCH) - _TELLING["fr"]
    if lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

        return frozenset(ENGLISH) - _TELLING["en"]
    return frozenset()


@dataclass(frozen=True, slots=True)
class Word:
    feature: str
    start: int
    end: int


def words(text: str, lang: str, stem: int, pairs: bool = False) -> list[Word]:
    """The text's words the model reads: letters only, three or more, not a stop word,
    lower-cased, cut to ``stem`` characters, prefixed with the language; with their place in
    ``text``. With ``pairs``, also each two words that follow each other (``pair``)."""
    found: list[Word] = []
    stop = _stop_words(lang)
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    previous: tuple[str, int, int] | None = None
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if any(start <= match.start() < end for start, end in addresses):
            previous = None
            continue
        if pairs and previous is not None:
            last, start, end = previous
            if _JOINING.fullmatch(text, end, match.start()) and not (last in stop and word in stop):
                found.append(Word(pair(lang, last, word, stem), start, match.end()))
        previous = (word, match.start(), match.end())
        if len(word) < MIN_LETTERS or word in stop:
            continue
        found.append(Word(f"{lang}:{word[:stem]}", match.start(), match.end()))
    return found


def pair(lang: str, first: str, second: str, stem: int) -> str:
    """The feature of two words that follow each other: "besoin d'", "on the house" are said
    of a job or an offer where neither word alone is ("besoin", "house")."""
    return f"{lang}:{first[:stem]}+{second[:stem]}"


def features(found: Iterable[Word], cue_intents: Iterable[str]) -> frozenset[str]:
    """The features of a text: its words, and ``@intent`` for each intent it has cues of."""
    return frozenset(w.feature for w in found) | {f"@{name}" for name in cue_intents}


@dataclass(frozen=True)
class Model:
    stem: int
    alpha: float
    documents: Mapping[str, int]  # intent -> labelled posts
    counts: Mapping[str, Mapping[str, int]]  # feature -> intent -> posts holding it
    # Whether two words that follow each other are features too (``words``).
    pairs: bool = False

    @property
    def intents(self) -> tuple[Intent, ...]:
        return tuple(Intent(name) for name in self.documents)

    @property
    def _tables(self) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        """Log prior per intent, and log likelihood of each feature per intent."""
        cached: Any = self.__dict__.get("_cached")
        if cached is None:
            total = sum(self.documents.values())
            size = len(self.counts)
            priors = {
                name: math.log((n + 1) / (total + len(self.documents)))
                for name, n in self.documents.items()
            }
            mass = {
                name: sum(per.get(name, 0) for per in self.counts.values())
                for name in self.documents
            }
            likelihood = {
                name: {
                    feature: math.log(
                        (per.get(name, 0) + self.alpha) / (mass[name] + self.alpha * size)
                    )
                    for feature, per in self.counts.items()
                }
                for name in self.documents
            }
            cached = (priors, likelihood)
            object.__setattr__(self, "_cached", cached)
        return cached  # type: ignore[no-any-return]

    def probabilities(self, present: frozenset[str]) -> dict[Intent, float]:
        """Each intent's probability given the features ``present`` (those the model knows)."""
        priors, likelihood = self._tables
        known = sorted(f for f in present if f in self.counts)
        logs = {
            name: priors[name] + sum(likelihood[name][f] for f in known) for name in self.documents
        }
        top = max(logs.values())
        weights = {name: math.exp(value - top) for name, value in logs.items()}
        norm = sum(weights.values())
        return {Intent(name): weight / norm for name, weight in weights.items()}

    def telling(
        self, text: str, found: Sequence[Word], chosen: Intent, against: Intent
    ) -> tuple[Cue, ...]:
        """The words of ``found`` (read in ``text``) that weigh most for ``chosen`` against
        ``against``, at most ``EXPLAINING_WORDS``, each at its first place, in the text's
        order."""
        _, likelihood = self._tables
        first: dict[str, Word] = {}
        for word in found:
            if self.counts.get(word.feature, {}).get(str(chosen), 0) >= EXPLAINING_POSTS:
                first.setdefault(word.feature, word)
        gains = {
            feature: likelihood[str(chosen)][feature] - likelihood[str(against)][feature]
            for feature in first
        }
        best = sorted((f for f in gains if gains[f] > 0), key=lambda f: (-gains[f], f))
        picked = sorted((first[f] for f in best[:EXPLAINING_WORDS]), key=lambda w: w.start)
        return tuple(Cue(text[w.start : w.end], w.start, w.end, 0.0) for w in picked)


@cache
def model() -> Model:
    document = json.loads(
        (files("brandvoice.understand") / "data" / DATA_FILE).read_text(encoding="utf-8")
    )
    return Model(
        stem=int(document["stem"]),
        alpha=float(document["alpha"]),
        documents=dict(document["documents"]),
        counts={f: dict(per) for f, per in document["counts"].items()},
        pairs=bool(document.get("pairs", False)),
    )


def fit(
    posts: Iterable[tuple[str, str, Intent, Iterable[str]]],
    *,
    stem: int,
    alpha: float,
    min_posts: int,
    pairs: bool = False,
) -> Model:
    """A model of ``posts`` (text, language, intent, intents with cues in the text), keeping
    the features at least ``min_posts`` posts hold."""
    documents: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    for text, lang, intent, cue_intents in posts:
        documents[str(intent)] += 1
        for feature in features(words(text, lang, stem, pairs), cue_intents):
            counts.setdefault(feature, Counter())[str(intent)] += 1
    kept = {
        feature: dict(sorted(per.items()))
        for feature, per in sorted(counts.items())
        if sum(per.values()) >= min_posts
    }
    return Model(
        stem=stem,
        alpha=alpha,
        documents={str(i): documents[str(i)] for i in Intent},
        counts=kept,
        pairs=pairs,
    )


def dump(model: Model, about: str) -> str:
    """``model`` as the data file holds it: sorted keys, one feature a line."""
    lines = [
        "{",
        f'  "about": {json.dumps(about, ensure_ascii=False)},',
        f'  "stem": {model.stem},',
        f'  "alpha": {model.alpha},',
        f'  "pairs": {json.dumps(model.pairs)},',
        f'  "documents": {json.dumps(dict(model.documents))},',
        '  "counts": {',
    ]
    entries = [
        f"    {json.dumps(feature, ensure_ascii=False)}: {json.dumps(dict(per))}"
        for feature, per in model.counts.items()
    ]
    lines.append(",\n".join(entries))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"
