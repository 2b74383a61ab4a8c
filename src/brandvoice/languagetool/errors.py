"""Errors of the LanguageTool backend.

Both derive from :class:`LanguageToolUnavailable` so that a caller has one thing to catch
to decide between warning and falling back, or failing under ``--strict``.
"""

from __future__ import annotations

from brandvoice.errors import BrandvoiceError

INSTALL_COMMAND = "python -m brandvoice languagetool install"


# The name states what callers test for (no Error suffix): available or not.
class LanguageToolUnavailable(BrandvoiceError):  # noqa: N818
    """LanguageTool cannot be used: not installed, cannot start, or its server is unreachable.

    The message says what to install or which server URL failed.
    """


class LanguageToolRequestError(LanguageToolUnavailable):
    """A reachable LanguageTool server answered a check with an error instead of matches."""
