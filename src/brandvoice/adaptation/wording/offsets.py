"""A parsed text's string and token offsets, computed once per doc.

``Doc.text`` joins every token anew on each call, and a walk over the doc to find the
token at an offset costs the doc's length: a transform that asks once per match or per
sentence would take time in the square of the text's length. The parse cache hands the
same doc to every transform, so both are kept here for the last docs asked about (each
doc is held with its answers, so its id cannot be reused while the entry lives).
"""

from __future__ import annotations

import bisect
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEPT = 64
_cache: dict[int, tuple[Doc, str, list[int]]] = {}
_lock = threading.Lock()


def _entry(doc: Doc) -> tuple[Doc, str, list[int]]:
    with _lock:
        entry = _cache.get(id(doc))
    if entry is None or entry[0] is not doc:
        entry = (doc, doc.text, [token.idx for token in doc])
        with _lock:
            if len(_cache) >= _KEPT:
                _cache.pop(next(iter(_cache)), None)
            _cache[id(doc)] = entry
    return entry


def doc_text(doc: Doc) -> str:
    """``doc.text``."""
    return _entry(doc)[1]


def token_starts(doc: Doc) -> list[int]:
    """``[token.idx for token in doc]``: increasing, one per token."""
    return _entry(doc)[2]


def first_from(doc: Doc, offset: int) -> int:
    """The index of the first token of ``doc`` starting at or after ``offset``."""
    return bisect.bisect_left(token_starts(doc), offset)


def tokens_from(doc: Doc, offset: int) -> Span | list[Token]:
    """The tokens of ``doc`` starting at or after ``offset``, in order."""
    first = first_from(doc, offset)
    return doc[first:] if first < len(doc) else []
