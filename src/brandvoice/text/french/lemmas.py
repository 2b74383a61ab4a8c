"""Is this French word a form of a verb? Answered from spaCy's own French lemmatizer data.

``fr_core_news_sm`` tags a sentence-initial imperative as a proper noun ("Viens voir !",
"Venez voir !") and rarely sets ``Mood=Imp``, so its tags alone miss the commonest
address of a post. Its rule lemmatizer ships what is needed to recognise verb forms
instead: an exception table (irregular forms: "viens" -> venir, "dites" -> dire), suffix
rules (-ez, -ons, -ait... -> -er) and the index of verb lemmas that validates a rule's
output. A blank pipeline has none of this; :func:`verb_forms` then returns None and the
analysis falls back to spaCy's tags and the pronouns.
"""

from __future__ import annotations

import hashlib
import json
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.lookups import Lookups


class VerbForms:
    """Lemma look-up for verb forms only, from a French rule lemmatizer's tables."""

    def __init__(self, exceptions: dict[str, list[str]], rules: list[list[str]], index: set[str]):
        self._exceptions = exceptions
        # spaCy's rules for -er verbs miss the bare "-e" of "profite", "réserve", "clique",
        # the form imperatives of -er verbs take in the singular.
        self._rules = [(suffix, ending) for suffix, ending in rules] + [("e", "er")]
        self._index = index

    def lemmas(self, word: str) -> set[str]:
        """The verbs ``word`` can be a form of; empty when it is no verb form."""
        form = word.lower()
        found = set(self._exceptions.get(form, ()))
        for suffix, ending in self._rules:
            if form.endswith(suffix) and len(form) > len(suffix):
                candidate = form[: len(form) - len(suffix)] + ending
                if candidate in self._index:
                    found.add(candidate)
        return found


_cache: weakref.WeakKeyDictionary[Any, VerbForms | None] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def verb_forms(nlp: Language) -> VerbForms | None:
    """The verb-form look-up of ``nlp``'s French lemmatizer, built once per pipeline."""
    with _lock:  # built once even when several threads ask at once
        if nlp not in _cache:
            _cache[nlp] = _build(nlp)
        return _cache[nlp]


def is_vous_form(word: str) -> bool:
    """Whether ``word`` is a French verb's « vous » form in « -ez » that the French
    lemmatizer's verb tables know (« Commandez », « Envoyez »): an order or a statement,
    which the small model often tags as a name or a noun at a sentence's start."""
    from brandvoice.nlp import get_pipeline

    folded = word.casefold()
    if not folded.endswith("ez"):
        return False
    forms = verb_forms(get_pipeline("fr").nlp)
    return forms is not None and bool(forms.lemmas(folded))


def _build(nlp: Language) -> VerbForms | None:
    from brandvoice.nlp import left_out_path

    if "lemmatizer" in nlp.component_names:
        return _forms(_verb_tables(getattr(nlp.get_pipe("lemmatizer"), "lookups", None)))
    folder = left_out_path(nlp)
    return None if folder is None else _forms(_cached_verb_tables(folder))


# The verb tables, as a file in the user's cache keyed by the digest of the lemmatizer's
# tables: a cold check reads 3.6 MB of JSON (~0.15 s of CPU) instead of loading all the
# lemmatizer's tables (~0.9 s, see brandvoice.nlp.LEFT_OUT). Bump the format when the
# file changes shape.
_CACHE_FORMAT = 1


def _cached_verb_tables(folder: Path) -> dict[str, Any] | None:
    from brandvoice.errors import InputError
    from brandvoice.files import cache_root, write_atomic

    source = folder / "lookups" / "lookups.bin"
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
    except OSError:
        return _verb_tables(_read_lookups(folder))
    cached = cache_root() / "spacy-verb-forms" / f"{digest}-{_CACHE_FORMAT}.json"
    try:
        tables: dict[str, Any] | None = json.loads(cached.read_text(encoding="utf-8"))
        return tables
    except (OSError, ValueError):
        pass
    tables = _verb_tables(_read_lookups(folder))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cached, json.dumps(tables, ensure_ascii=False))
    except (OSError, InputError):
        pass  # no writable cache: the tables are read from the model each time
    return tables


def _read_lookups(folder: Path) -> Lookups:
    from spacy.lookups import Lookups

    return Lookups().from_disk(folder / "lookups")


def _verb_tables(lookups: Lookups | None) -> dict[str, Any] | None:
    """What :class:`VerbForms` reads of a French rule lemmatizer's tables, as plain data."""
    tables = ("lemma_exc", "lemma_rules", "lemma_index")
    if lookups is None or not all(lookups.has_table(name) for name in tables):
        return None
    return {
        "exceptions": dict(lookups.get_table("lemma_exc").get("verb", {})),
        "rules": [list(rule) for rule in lookups.get_table("lemma_rules").get("verb", [])],
        "index": sorted(lookups.get_table("lemma_index").get("verb", [])),
    }


def _forms(tables: dict[str, Any] | None) -> VerbForms | None:
    if tables is None or not tables["index"]:
        return None
    rules = [rule for rule in tables["rules"] if len(rule) == 2]
    return VerbForms(dict(tables["exceptions"]), rules, set(tables["index"]))
