"""The emoji for a hook: the first topic of ``emoji-topics.yaml`` among the hook's words.

A word names a topic in its sense only: a word the parse reads as a verb ("it's matched
to the right bank transaction") names one by its lemma only through the topic's
``verbs`` (a match is no football, to open is an opening); a keyword inside one of the
topic's ``not_in`` phrases means something else there (« chef de projet » is no cook).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from brandvoice.adaptation.decorate.data import DataFileError, load_data, string_list
from brandvoice.lang import LANGS, Lang

DATA_FILE = "emoji-topics.yaml"


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    emoji: str
    # Keywords as tuples of words: ("food", "truck") matches two consecutive words.
    keywords: dict[Lang, tuple[tuple[str, ...], ...]]
    # The verbs (lemmas) that name the topic: a verb's lemma names no other keyword.
    verbs: dict[Lang, frozenset[str]] = field(default_factory=dict)
    # Phrases in which a keyword names something else: « chef de projet ».
    not_in: dict[Lang, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # Whether its words are names themselves (a holiday), whose sense a longer name keeps.
    in_names: bool = False


@cache
def topics() -> tuple[Topic, ...]:
    return load_topics(DATA_FILE)


@cache
def load_topics(data_file: str) -> tuple[Topic, ...]:
    """The ``topics:`` mapping of the data file ``data_file``, in file order."""
    document = load_data(data_file)
    entries = document.get("topics") if isinstance(document, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise DataFileError(f"{data_file}: expected a `topics:` mapping")
    found: list[Topic] = []
    for name, entry in entries.items():
        where = f"{data_file}: {name}"
        if not isinstance(entry, dict) or not isinstance(entry.get("emoji"), str):
            raise DataFileError(f"{where}: needs an emoji and keywords per language")
        keywords = {
            lang: tuple(tuple(_folded(k).split()) for k in string_list(entry.get(lang), where))
            for lang in LANGS
        }
        verbs = _by_language(entry.get("verbs"), f"{where}: verbs")
        not_in = _by_language(entry.get("not_in"), f"{where}: not_in")
        found.append(
            Topic(
                str(name),
                entry["emoji"],
                keywords,
                {lang: frozenset(v.casefold() for v in verbs[lang]) for lang in LANGS},
                {lang: tuple(tuple(_folded(p).split()) for p in not_in[lang]) for lang in LANGS},
                entry.get("in_names") is True,
            )
        )
    return tuple(found)


@cache
def name_keywords(lang: Lang) -> frozenset[str]:
    """The one-word keywords of the topics whose words are names (``in_names``: Christmas,
    Easter): inside a longer name ("Harbour Christmas Market") they keep their sense."""
    return frozenset(
        keyword[0]
        for topic in topics()
        if topic.in_names
        for keyword in topic.keywords[lang]
        if len(keyword) == 1
    )


def _folded(word: str) -> str:
    """``word`` as keywords are matched: case-folded, one apostrophe (« d’équipe »)."""
    return word.casefold().replace("’", "'")


def _by_language(value: object, where: str) -> dict[Lang, list[str]]:
    """An optional ``{fr: [...], en: [...]}`` of a topic: each language's words, or none."""
    if value is None:
        return {lang: [] for lang in LANGS}
    if not isinstance(value, dict):
        raise DataFileError(f"{where}: expected a list per language")
    return {
        lang: list(string_list(value.get(lang), where)) if value.get(lang) else [] for lang in LANGS
    }


def topic_for(
    words: Sequence[tuple[str, str]], lang: Lang, verbs: Sequence[str] = ()
) -> Topic | None:
    """The first topic, in file order, one of whose keywords is among ``words`` (pairs of
    the word as written and its lemma) or one of whose verbs is among ``verbs`` (the
    lemmas of the words the parse reads as verbs, given in ``words`` as written only);
    None when none is."""
    among = _Forms(words)
    said = {verb.casefold() for verb in verbs}
    return next(
        (topic for topic in topics() if among.mention(topic, lang) or said & topic.verbs[lang]),
        None,
    )


def other_senses(words: Sequence[tuple[str, str]], lang: Lang) -> set[int]:
    """The positions in ``words`` of the words of any topic's ``not_in`` phrase (« chef de
    projet »): in such a phrase, no word names a topic."""
    forms = _Forms(words).forms
    return {
        i + k
        for topic in topics()
        for phrase in topic.not_in.get(lang, ())
        for i in _starts(phrase, forms)
        for k in range(len(phrase))
    }


def topics_among(
    words: Sequence[tuple[str, str]], lang: Lang, table: Sequence[Topic]
) -> list[Topic]:
    """Every topic of ``table``, in its order, one of whose keywords is among ``words``."""
    among = _Forms(words)
    return [topic for topic in table if among.mention(topic, lang)]


class _Forms:
    """Each word's forms (as written and its lemma, casefolded), and all of them together:
    most keywords are one word, found by one look-up instead of a walk over the words."""

    def __init__(self, words: Sequence[tuple[str, str]]) -> None:
        self.forms = [
            tuple(dict.fromkeys((_folded(text), _folded(lemma)))) for text, lemma in words
        ]
        self.every = {form for forms in self.forms for form in forms}

    def mention(self, topic: Topic, lang: Lang) -> bool:
        other = topic.not_in.get(lang, ())
        if not other:  # the common case: one look-up a keyword
            return any(
                keyword[0] in self.every if len(keyword) == 1 else _occurs(keyword, self.forms)
                for keyword in topic.keywords[lang]
            )
        # The words of a phrase in which the keywords mean something else name nothing.
        elsewhere = {
            i + k
            for phrase in other
            for i in _starts(phrase, self.forms)
            for k in range(len(phrase))
        }
        return any(
            any(
                not elsewhere & set(range(i, i + len(keyword)))
                for i in _starts(keyword, self.forms)
            )
            for keyword in topic.keywords[lang]
        )


def _occurs(keyword: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    return next(_starts(keyword, forms), None) is not None


def _starts(keyword: tuple[str, ...], forms: list[tuple[str, ...]]) -> Iterator[int]:
    """Where ``keyword``'s words stand in a row among ``forms``."""
    size = len(keyword)
    return (
        i
        for i in range(len(forms) - size + 1)
        if all(keyword[k] in forms[i + k] for k in range(size))
    )
