"""The embedded spell checker: runs offline when LanguageTool is not available."""

from brandvoice.spelling.speller import Speller, get_speller

__all__ = ["Speller", "get_speller"]
