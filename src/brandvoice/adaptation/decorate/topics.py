"""The emoji for a hook: the first topic of ``emoji-topics.yaml`` among the hook's words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
            lang: tuple(tuple(k.casefold().split()) for k in string_list(entry.get(lang), where))
            for lang in LANGS
        }
        found.append(Topic(str(name), entry["emoji"], keywords))
    return tuple(found)


def topic_for(words: Sequence[tuple[str, str]], lang: Lang) -> Topic | None:
    """The first topic, in file order, one of whose keywords is among ``words`` (pairs of
    the word as written and its lemma); None when none is."""
    among = _Forms(words)
    return next((topic for topic in topics() if among.mention(topic, lang)), None)


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
            tuple(dict.fromkeys((text.casefold(), lemma.casefold()))) for text, lemma in words
        ]
        self.every = {form for forms in self.forms for form in forms}

    def mention(self, topic: Topic, lang: Lang) -> bool:
        return any(
            keyword[0] in self.every if len(keyword) == 1 else _occurs(keyword, self.forms)
            for keyword in topic.keywords[lang]
        )


def _occurs(keyword: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    size = len(keyword)
    return any(
        all(keyword[k] in forms[i + k] for k in range(size)) for i in range(len(forms) - size + 1)
    )
