"""Grammalecte's rule-graph matching, memoised: the same errors at less than half the cost.

Grammalecte walks each sentence's tokens through its rule graphs, asking at every step
which arcs of a node a token matches (``TextParser._getMatches``): the token's value, its
case variants, the regexes, lemmas, morphologies and phonetics of the node's arcs. That is
most of a French check's time (``benchmarks/profiles/check-hotpath-grammalecte-*.txt``),
and the answer depends only on the node and on what the function reads of the token (its
value, type, morphologies and tags): common words meet the same nodes in every text, so
the answer is kept and given again, in the same order. Installed only on the version whose
function it was written against (its source's hash): another version runs as it is.
``tests/test_grammalecte.py`` compares both on French texts, mistakes included.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
from collections.abc import Callable, Iterable
from typing import Any, Final

log = logging.getLogger(__name__)

# sha256 of the source of Grammalecte 2.1.2's ``TextParser._getMatches`` (Debian's
# python3-grammalecte 2.1.2+ds2): what the key below was checked against, line by line.
KNOWN_SOURCE: Final = "88b43c6d92978dbd6560e95eb0b4ffac4447b253569589db0e307bd79c384061"
# A batch of 600 posts adds ~33,000 answers (their running numbers are new words); past
# this many the memo starts again rather than grow without bound (~50 MB).
MAX_ENTRIES: Final = 200_000
_MARK: Final = "_brandvoice_memo"
_ABSENT: Final = object()

Match = tuple[Any, str, int]


def install(engine: Any) -> bool:
    """Memoise ``TextParser._getMatches`` of ``engine`` (what Grammalecte's
    ``getGCEngine()`` gives: the ``grammalecte.fr`` package, whose ``gc_engine`` module
    defines it); whether it is (now or already) memoised."""
    parser: Any = getattr(getattr(engine, "gc_engine", None), "TextParser", None)
    original = getattr(parser, "_getMatches", None)
    if parser is None or original is None:
        log.info("Grammalecte's graph matching not found: not memoised")
        return False
    if getattr(original, _MARK, False):
        return True
    if _fingerprint(original) != KNOWN_SOURCE:
        log.info("Grammalecte's graph matching is not the known one: not memoised")
        return False
    parser._getMatches = memoised(original)
    return True


def memoised(original: Callable[..., Iterable[Match]]) -> Callable[..., tuple[Match, ...]]:
    """``original`` (``_getMatches(self, dGraph, dToken, dNode, bKeep=False)``, a generator)
    answering from a memo: a tuple of what it yields, in order. The key is all it reads:
    the node (graphs are module data, alive as long as the process, so its ``id`` holds),
    ``bKeep``, and the token's value, type, morphologies and tags (the tags in the order
    the set gives them, which is the order the answer lists them in). The graph itself is
    reached only through the node's jumps, the dictionary and phonetics are fixed data."""
    memo: dict[tuple[object, ...], tuple[Match, ...]] = {}

    def _getMatches(  # noqa: N802 - Grammalecte's name, called by its own code
        self: Any,
        graph: Any,
        token: dict[str, Any],
        node: Any,
        bKeep: bool = False,  # noqa: N803 - its jumps pass it by this name
    ) -> tuple[Match, ...]:
        # A token without morphologies has the dictionary's (read by its value): absent
        # and present keys stay apart, as they do in the function.
        key = (
            id(node),
            bKeep,
            token["sValue"],
            token["sType"],
            tuple(token["lMorph"]) if "lMorph" in token else _ABSENT,
            tuple(token["aTags"]) if "aTags" in token else _ABSENT,
        )
        found = memo.get(key)
        if found is None:
            if len(memo) >= MAX_ENTRIES:
                memo.clear()
            # Its jumps call ``self._getMatches``: this memo again, node by node.
            found = memo[key] = tuple(original(self, graph, token, node, bKeep))
        return found

    setattr(_getMatches, _MARK, True)
    _getMatches.__wrapped__ = original  # type: ignore[attr-defined]
    return _getMatches


def _fingerprint(function: Any) -> str | None:
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):  # no source shipped: nothing to compare with
        return None
    return hashlib.sha256(source.encode("utf-8")).hexdigest()
