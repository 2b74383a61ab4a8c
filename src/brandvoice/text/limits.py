"""How long a text brandvoice takes, so that a pasted book or a 5 MB file is refused at once
with a clear message instead of exhausting memory or time (spaCy refuses texts over its
``max_length``, one million characters, with a traceback; ``adapt`` grows faster than the
text, see ``benchmarks/adapt_speed.py``).

The defaults are far above any post: Facebook's limit, the longest of the networks, is
63,206 characters, and a 2,000-word blog article is some 12,000. A master message is the
news itself, so ``adapt`` is held shorter than ``check``, which also reads whole articles.
Both are settable (``Checker(max_chars=...)``, ``adapt(..., max_chars=...)``, CLI
``--max-chars``, configuration ``max_chars``).
"""

from __future__ import annotations

from typing import Final

from brandvoice.errors import InputError

MAX_CHECK_CHARS: Final = 100_000
"""Characters ``check`` reads in one text: about 15,000 words, checked offline in ~5 s."""

MAX_ADAPT_CHARS: Final = 10_000
"""Characters of a master message ``adapt`` rewrites: a long press release is ~5,000."""


MAX_CHARS_OPTION: Final = "--max-chars (max_chars)"
"""How the message names the setting: the CLI option, and the API's and configuration's."""


def require_within(text: str, limit: int, *, path: str | None, option: str) -> None:
    """Raise :class:`InputError` when ``text`` is longer than ``limit`` characters; the
    message names the file, the offset where the limit falls and how to raise it."""
    if limit <= 0:
        raise InputError(
            f"the limit must be a positive number of characters, not {limit}", field=option
        )
    if len(text) > limit:
        raise InputError(
            f"the text is {len(text):,} characters long; the limit is {limit:,} "
            f"(raise it with {option} if this is meant)",
            path=path,
            offset=limit,
        )
