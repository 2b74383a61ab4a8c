"""Register and readability analysis of a post: formality 0-100, French address (tu/vous),
markers with their spans, sentence lengths, reading ease.

>>> from brandvoice.analysis import analyze
>>> result = analyze("Viens voir la nouvelle boutique, c'est trop bien !")
>>> result.address, result.formality < 50
('tu', True)

See docs/analysis.md for the model, its calibration and its evaluation.
"""

from __future__ import annotations

from brandvoice.analysis.analyze import analyze, analyze_many
from brandvoice.analysis.model import MARKER_KINDS, Address, Analysis, Marker

__all__ = ["MARKER_KINDS", "Address", "Analysis", "Marker", "analyze", "analyze_many"]
