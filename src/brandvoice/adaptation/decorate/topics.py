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
    document = load_data(DATA_FILE)
    entries = document.get("topics") if isinstance(document, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise DataFileError(f"{DATA_FILE}: expected a `topics:` mapping")
    found: list[Topic] = []
    for name, entry in entries.items():
        where = f"{DATA_FILE}: {name}"
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
    forms = [tuple(dict.fromkeys((text.casefold(), lemma.casefold()))) for text, lemma in words]
    for topic in topics():
        for keyword in topic.keywords[lang]:
            if _occurs(keyword, forms):
                return topic
    return None


def _occurs(keyword: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    size = len(keyword)
    return any(
        all(keyword[k] in forms[i + k] for k in range(size)) for i in range(len(forms) - size + 1)
    )
