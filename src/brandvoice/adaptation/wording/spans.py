"""Protected spans for the wording transforms: the pipeline's own (cached) spans, and the
entities alone when glossary names do not matter."""

from __future__ import annotations

from brandvoice.adaptation.transform import Target, protected, protected_for
from brandvoice.text.protect import ProtectedSpans


def protected_of(text: str, target: Target) -> ProtectedSpans:
    """The spans :func:`brandvoice.adaptation.transform.protected` gives (cached there)."""
    return protected(text, target)


def entities_of(text: str) -> ProtectedSpans:
    """URLs, e-mails, mentions, hashtags, emoji and product codes, without any name."""
    return protected_for(text, ())
