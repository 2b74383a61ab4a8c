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

import threading
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


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


def _build(nlp: Language) -> VerbForms | None:
    if "lemmatizer" not in nlp.component_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    tables = ("lemma_exc", "lemma_rules", "lemma_index")
    if lookups is None or not all(lookups.has_table(name) for name in tables):
        return None
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    rules = lookups.get_table("lemma_rules").get("verb", [])
    index = set(lookups.get_table("lemma_index").get("verb", []))
    if not index:
        return None
    return VerbForms(dict(exceptions), [list(rule) for rule in rules if len(rule) == 2], index)
