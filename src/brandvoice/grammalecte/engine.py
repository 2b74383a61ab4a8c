"""Load Grammalecte once per process and check texts with it, paragraph by paragraph."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any, Final

from brandvoice.errors import BrandvoiceError
from brandvoice.grammalecte.locate import PATH_VARIABLE, find_package, import_package

# Grammalecte's options (its rule groups) that brandvoice sets; the others keep
# Grammalecte's defaults. Typography belongs to brandvoice's own rules, which follow the
# voice profile (no-break or narrow no-break space, straight or curly apostrophes) and
# carry safe fixes; Grammalecte's versions would report the same spots by other rules.
OPTIONS: Final[Mapping[str, bool]] = {
    "apos": False,  # apostrophe style: the profile's `typography.apostrophe`
    "nbsp": False,  # space before « ; : ! ? » and inside guillemets: typography.fr-*
    "esp": False,  # double spaces: typography.double-space
    "typo": False,  # ellipsis, dashes, quotes: typography.* per profile
    "unit": False,  # no-break space before units: per profile, not an error in a post
    "num": False,  # "29200" -> "29 200": postal codes, phone numbers and prices in posts
    "chim": False,  # CO2 -> CO₂: subscripts are typesetting, not a post's concern
    "virg": False,  # optional commas before « car », « mais »: taste, as LanguageTool's
    # VIRG_NON_TROUVEE, dropped for the same reason (checks/backends/languagetool.py)
    "html": False,
    "latex": False,
    "md": True,  # posts and blog articles are often Markdown
}
_PARAGRAPH = re.compile(r"[^\n]+")


class GrammalecteUnavailable(BrandvoiceError):  # noqa: N818 - named like LanguageToolUnavailable
    """Grammalecte is not installed, or could not be loaded."""


@dataclass(frozen=True, slots=True)
class GrammalecteError:
    """One of Grammalecte's errors, with offsets into the whole text checked."""

    start: int
    end: int
    rule_id: str  # Grammalecte's rule name, e.g. "gv1__ppas_sujet_être_accord_pluriel__b1_a2_1"
    option: str  # its rule group ("ppas", "conf", "gn", ...), which users can turn off
    message: str
    suggestions: tuple[str, ...]


class GrammalecteEngine:
    """The loaded French grammar engine. Grammalecte keeps module-level state (options,
    caches), so checks are serialised with a lock; one costs a few milliseconds."""

    def __init__(self, module: ModuleType) -> None:
        self._engine: Any = module.GrammarChecker("fr").getGCEngine()
        from brandvoice.grammalecte import memo

        # The same errors, its rule-graph matching answered from a memo (half the time).
        memo.install(self._engine)
        self.version: str = str(getattr(self._engine, "version", "?"))
        self.name = f"grammalecte:{self.version}"
        options = dict(self._engine.getOptions())
        options.update((key, value) for key, value in OPTIONS.items() if key in options)
        self._options = options
        self._lock = threading.Lock()

    def knows(self, word: str) -> bool:
        """Whether Grammalecte's lexicon (its spell checker's dictionary) has ``word``."""
        with self._lock:
            return bool(self._engine.getSpellChecker().isValidToken(word))

    def check(self, text: str) -> list[GrammalecteError]:
        return self.check_many([text])[0]

    def check_many(self, texts: Sequence[str]) -> list[list[GrammalecteError]]:
        """Each text's errors. A paragraph is checked on its own, so one that several texts
        of the batch share (the variants of one master: the same details, hashtags and
        lines) is checked once; nothing is kept from one batch to the next."""
        checked: dict[str, tuple[GrammalecteError, ...]] = {}
        with self._lock:
            return [self._check(text, checked) for text in texts]

    def _check(
        self, text: str, checked: dict[str, tuple[GrammalecteError, ...]]
    ) -> list[GrammalecteError]:
        errors: list[GrammalecteError] = []
        for paragraph in _PARAGRAPH.finditer(text):
            found = checked.get(paragraph.group())
            if found is None:
                raw = self._engine.parse(paragraph.group(), "FR", dOptions=self._options)
                found = checked[paragraph.group()] = tuple(_error(r, 0) for r in raw)
            offset = paragraph.start()
            errors.extend(
                replace(e, start=e.start + offset, end=e.end + offset) if offset else e
                for e in found
            )
        errors.sort(key=lambda e: (e.start, e.end, e.rule_id))
        return errors


def _error(raw: Mapping[str, Any], offset: int) -> GrammalecteError:
    return GrammalecteError(
        start=int(raw["nStart"]) + offset,
        end=int(raw["nEnd"]) + offset,
        rule_id=str(raw["sRuleId"]),
        option=str(raw["sType"]),
        message=str(raw["sMessage"]),
        suggestions=tuple(str(s) for s in raw.get("aSuggestions", ())),
    )


_lock = threading.Lock()
_engine: GrammalecteEngine | None = None


def get_engine() -> GrammalecteEngine:
    """The process's engine, loaded on first use (~0.2 s)."""
    global _engine
    with _lock:
        if _engine is None:
            package = find_package()
            if package is None:
                raise GrammalecteUnavailable(
                    "Grammalecte is not installed (Debian/Ubuntu: apt-get install "
                    f"python3-grammalecte; elsewhere set {PATH_VARIABLE} to the directory "
                    "holding its `grammalecte` package)"
                )
            try:
                _engine = GrammalecteEngine(import_package(package))
            except Exception as error:  # a broken or foreign copy: say where it was
                raise GrammalecteUnavailable(
                    f"could not load Grammalecte from {package}: {error}"
                ) from error
        return _engine
