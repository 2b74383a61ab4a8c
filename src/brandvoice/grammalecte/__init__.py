"""Grammalecte, a second French grammar checker beside LanguageTool.

Grammalecte (https://grammalecte.net, GPL-3.0) is pure Python: it runs in-process, needs no
server and checks a sentence in a few milliseconds. It is not on PyPI; brandvoice uses an
installed copy (Debian's ``python3-grammalecte``, or any directory named by
``$BRANDVOICE_GRAMMALECTE_PATH``) and runs without it when there is none, saying so in the
report's ``backends``.
"""

from brandvoice.grammalecte.engine import (
    GrammalecteEngine,
    GrammalecteError,
    GrammalecteUnavailable,
    get_engine,
)
from brandvoice.grammalecte.locate import PATH_VARIABLE, find_package

__all__ = [
    "PATH_VARIABLE",
    "GrammalecteEngine",
    "GrammalecteError",
    "GrammalecteUnavailable",
    "find_package",
    "get_engine",
]
