"""spaCy's French token-match pattern, compiled factored: the French model loads ~2 s sooner.

Why: ``spacy.lang.fr.tokenizer_exceptions`` compiles, when it is imported, one regular
expression of 266 alternatives (hyphenated and elided words: « grand-mère », « entr'abat »)
in which every alternative repeats the Unicode letter classes; the model's tokenizer holds
the same 1.45 MB pattern and compiles it again when it loads. Python's ``re`` optimises each
of the ~840 copies of the classes on its own: ~1.7 s of CPU of the French model's ~3 s load,
paid by every cold French check, against ~0.1 s for the factored pattern.

The factoring: the alternatives share 15 tails (from the first long character class on),
and the heads of one tail are grouped, ``(?:A T)|(?:B T)`` → ``(?:A|B)T``. Both patterns
describe the same strings, and spaCy's tokenizer reads only whether the pattern matches a
whole candidate token, never the match's groups or span; tests/test_french_token_match.py
compares them on the words of the test corpora and spaCy's tokens on French texts.

How: :func:`factored_while_loading` wraps ``re.compile`` while a spaCy model loads; a pattern
of more than 100,000 characters that is exactly the one spaCy's module builds from its
``_regular_exp`` list is answered with the factored pattern (compiled once per process).
Every other pattern, or a spaCy whose module builds another pattern or no such list, goes
to ``re.compile`` unchanged, so a spaCy upgrade can make the load slower, never different.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_MODULE = "spacy.lang.fr.tokenizer_exceptions"
# Shorter patterns compile fast enough; only spaCy's French token match is this long.
_LONG = 100_000
# A character class longer than this is one of spaCy's Unicode letter classes, where a
# tail starts; the hyphen and elision classes before it are a few characters.
_LONG_CLASS = 200

_compiled: dict[str, re.Pattern[str]] = {}
_lock = threading.Lock()
_real_compile = re.compile


def joined(alternatives: Sequence[str]) -> str:
    """The pattern spaCy's module compiles from its list of alternatives."""
    return "(?iu)" + "|".join(f"(?:{alternative})" for alternative in alternatives)


def _split_at_long_class(alternative: str) -> tuple[str, str]:
    """``alternative`` cut before its first long character class: (head, tail)."""
    position = 0
    while (start := alternative.find("[", position)) >= 0:
        # The letter classes hold no "]"; the search starts past a class's first character,
        # where a "]" would be literal.
        end = alternative.find("]", start + 2)
        if end < 0:
            break
        if end - start > _LONG_CLASS:
            return alternative[:start], alternative[start:]
        position = end + 1
    return alternative, ""


def factored(alternatives: Sequence[str]) -> str:
    """The same language as :func:`joined`, each tail written once after its heads."""
    heads_by_tail: dict[str, list[str]] = {}
    for alternative in alternatives:
        head, tail = _split_at_long_class(alternative)
        heads_by_tail.setdefault(tail, []).append(head)
    groups = (f"(?:(?:{'|'.join(heads)}){tail})" for tail, heads in heads_by_tail.items())
    return "(?iu)" + "|".join(groups)


def _spacy_alternatives() -> list[str] | None:
    # Imported, or being imported (the module compiles its pattern in its last statement,
    # when its list is already built): read, never imported here.
    module = sys.modules.get(_MODULE)
    alternatives = getattr(module, "_regular_exp", None)
    if isinstance(alternatives, list) and all(isinstance(a, str) for a in alternatives):
        return alternatives
    return None


def _compile(pattern: Any, flags: Any = 0) -> Any:
    if isinstance(pattern, str) and len(pattern) > _LONG and not flags:
        known = _compiled.get(pattern)
        if known is not None:
            return known
        alternatives = _spacy_alternatives()
        if alternatives is not None and joined(alternatives) == pattern:
            known = _compiled[pattern] = _real_compile(factored(alternatives))
            return known
    return _real_compile(pattern, flags)


@contextmanager
def factored_while_loading() -> Iterator[None]:
    """Within the block, spaCy's French token match compiles factored (see the module)."""
    with _lock:
        re.compile = _compile
        try:
            yield
        finally:
            re.compile = _real_compile
