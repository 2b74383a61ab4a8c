"""LanguageTool as a backend: a server's matches for a batch, as brandvoice findings.

LanguageTool keeps its own rule ids (``languagetool.MORFOLOGIK_RULE_FR_FR``) so users can
silence one precisely, or all of them with ``--disable languagetool``. Its requests go to
the server in the background while the caller parses the texts. Its matches on URLs,
mentions, hashtags, emoji, product codes and glossary names are dropped by the filters
like any other false alarm, and so are those of :data:`DISABLED_RULES` and those that
repeat one of our own typography findings, ours carrying the profile-aware fix
(:mod:`brandvoice.checks.filters`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeAlias

from brandvoice.findings import Category, Finding, Severity
from brandvoice.text.segments import at_sentence_start

if TYPE_CHECKING:
    from brandvoice.checks.backends import Batch
    from brandvoice.checks.context import CheckContext
    from brandvoice.languagetool.errors import LanguageToolUnavailable

RULE_PREFIX = "languagetool"
SOURCE = "languagetool"


class LanguageToolMode(StrEnum):
    AUTO = "auto"  # use it when it can run, else warn once and use the embedded speller
    OFF = "off"  # never: offline rules and the embedded speller only
    REQUIRED = "required"  # --strict: unavailable is an error (exit 2), not a quieter check


# LanguageTool's issue types (its ITS 2.0 localization-quality vocabulary) to our categories.
_CATEGORY_BY_ISSUE = {
    "misspelling": Category.SPELLING,
    "typographical": Category.TYPOGRAPHY,
    "whitespace": Category.TYPOGRAPHY,
    "style": Category.STYLE,
    "register": Category.STYLE,
    "locale-violation": Category.STYLE,
    "terminology": Category.TERMINOLOGY,
}
_CATEGORY_BY_LT_CATEGORY = {
    "TYPOS": Category.SPELLING,
    "TYPOGRAPHY": Category.TYPOGRAPHY,
    "CAT_TYPOGRAPHIE": Category.TYPOGRAPHY,
    "PUNCTUATION": Category.TYPOGRAPHY,
    "STYLE": Category.STYLE,
    "REDUNDANCY": Category.STYLE,
    "PLAIN_ENGLISH": Category.STYLE,
    "CAT_PLEONASMES": Category.STYLE,
}

# LanguageTool rules whose matches are dropped, with the reason. Measured on the development
# half of Grammalecte's tests (benchmarks/evaluate_typos.py): "false alarms" counts correct
# sentences where the rule was the only alarm, "found alone" incorrect sentences where it
# was the only rule on the error. Each was mostly wrong there; in LanguageTool's own French
# examples only PLACE_ADJ found one error alone. The held-out half was not looked at.
DISABLED_RULES: dict[str, str] = {
    "VIRG_NON_TROUVEE": "asks for optional commas: 57 false alarms, no error found alone",
    "PLACE_DE_LA_VIRGULE": "comma placement taste: 35 false alarms, 6 errors found alone",
    "PAS_DE_VIRGULE": "comma taste on literary French: 14 false alarms, 4 errors found alone",
    "VIRGULE_DEBUT_DE_PHRASE": "optional comma after an opening phrase: 9 false alarms, none",
    "PLACE_ADJ": "adjective position is style, flagged as an error: 11 false alarms, none",
    "BARBARISME_TU": "flags correct compound words: 6 false alarms, no error found alone",
    "QUELQUE_TRUC": "« quelque chose » variants that are right: 7 false alarms, 1 error",
    "D_N_QUE_R_AVOIR_PPA": "misreads the object before « avoir »: 5 false alarms, none",
    "ET_BIEN": "« et bien » read as « eh bien » in correct prose: 5 false alarms, none",
    "IL_FAUT": "« il faut » constructions that are right: 5 false alarms, none",
}

# LanguageTool rules whose matches are dropped in some regions only. LanguageTool 6.8's
# FRENCH_WHITESPACE asks France's space before ; ! ? in every French variant (none of
# fr-CA, fr-BE, fr-CH disables it), where Quebec and Switzerland set them with a thin
# space or none; our typography.french-space-* rules say what each region asks, the space
# before : and inside « » included.
DISABLED_IN_REGIONS: dict[str, frozenset[str]] = {
    "FRENCH_WHITESPACE": frozenset({"fr-CA", "fr-CH"}),
}

SEVERITY_BY_CATEGORY = {
    Category.SPELLING: Severity.ERROR,
    Category.GRAMMAR: Severity.ERROR,
    Category.TYPOGRAPHY: Severity.WARNING,
    Category.TERMINOLOGY: Severity.WARNING,
    Category.STYLE: Severity.INFO,
}


class MatchLike(Protocol):
    """What we read of a LanguageTool match (offsets already in code points)."""

    @property
    def rule_id(self) -> str: ...
    @property
    def category_id(self) -> str: ...
    @property
    def issue_type(self) -> str: ...
    @property
    def offset(self) -> int: ...
    @property
    def length(self) -> int: ...
    @property
    def message(self) -> str: ...
    @property
    def replacements(self) -> Sequence[str]: ...


# Some rules sit in catch-all categories (MISC, uncategorized): their ids tell what they are.
_CATEGORY_BY_RULE_WORD = (
    (
        (
            "WHITESPACE",
            "ESPACE",
            "APOSTROPHE",
            "GUILLEMET",
            "QUOTES",
            "UNPAIRED_BRACKETS",
            "COMMA_PARENTHESIS",
            "DOUBLE_PUNCTUATION",
            "DASH_RULE",
        ),
        Category.TYPOGRAPHY,
    ),
    (("MORFOLOGIK", "SPELLING", "HUNSPELL"), Category.SPELLING),
)


# A remark on register in a grammar category (POSER_UNE_QUESTION: « Cette formulation peut
# être considérée comme familière ») is no error: « vous venez quand ? » is right in a
# casual post, and the voice's register rules judge the register. LanguageTool's own words
# make it style (advice).
_REGISTER_REMARK = re.compile(r"considérée? comme familière?", re.IGNORECASE)


def category_of(match: MatchLike) -> Category:
    by_category = _CATEGORY_BY_LT_CATEGORY.get(match.category_id)
    if by_category is not None:
        return by_category
    by_issue = _CATEGORY_BY_ISSUE.get(match.issue_type)
    if by_issue is not None:
        return by_issue
    if _REGISTER_REMARK.search(match.message):
        return Category.STYLE
    for words, category in _CATEGORY_BY_RULE_WORD:
        if any(word in match.rule_id for word in words):
            return category
    return Category.GRAMMAR


def _probably_a_name(ctx: CheckContext, start: int, end: int) -> bool:
    """A word the speller does not know, capitalised in mid-sentence or in capitals
    anywhere, is most often a name or an acronym (a street, a village, a producer, a
    speaker's tag): advice to check it or add it to the glossary, not an alarm. The
    embedded speller skips these words altogether."""
    word = ctx.text[start:end]
    if len(word) > 1 and word.isupper():
        return True
    return word[:1].isupper() and not at_sentence_start(ctx.text, start)


def to_finding(match: MatchLike, ctx: CheckContext) -> Finding:
    category = category_of(match)
    severity = SEVERITY_BY_CATEGORY.get(category, Severity.WARNING)
    end = match.offset + match.length
    if category is Category.SPELLING and _probably_a_name(ctx, match.offset, end):
        severity = Severity.INFO
    return Finding(
        rule=f"{RULE_PREFIX}.{match.rule_id}",
        category=category,
        severity=severity,
        offset=match.offset,
        length=match.length,
        message=match.message,
        replacements=tuple(match.replacements),
        source=SOURCE,
    )


# Each text's matches, or the error of a text that alone failed; with the server's name.
_Answer: TypeAlias = "tuple[str, list[list[MatchLike] | LanguageToolUnavailable]]"


@dataclass(frozen=True, slots=True)
class LanguageTool:
    """The backend: ``url`` a server's (None: the configured ones, or a local server
    started on first use, see :mod:`brandvoice.languagetool`)."""

    mode: LanguageToolMode
    url: str | None = None
    prefix: str = RULE_PREFIX

    def start(self, batch: Batch, background: Executor) -> _LanguageToolRun | None:
        if self.mode is LanguageToolMode.OFF:
            return None
        texts, locales = list(batch.texts), list(batch.locales)
        return _LanguageToolRun(background.submit(self._matches, texts, locales))

    def _matches(self, texts: list[str], locales: list[str]) -> _Answer | None:
        """LanguageTool's matches for ``texts``, each checked in its locale (en-GB has its
        own spelling), with the backend's name; None when it is unavailable and not
        required (the embedded speller then stands in). A text that alone failed (it
        crashed the server again after a restart, or was refused) gets its error in place
        of matches."""
        from brandvoice.languagetool import LanguageToolUnavailable, get_backend

        required = self.mode is LanguageToolMode.REQUIRED
        try:
            backend = get_backend(self.url)
            found: list[list[MatchLike] | LanguageToolUnavailable] = [[] for _ in texts]
            for locale in dict.fromkeys(locales):
                chosen = [i for i, each in enumerate(locales) if each == locale]
                answers = backend.check_each([texts[i] for i in chosen], locale)
                for i, answer in zip(chosen, answers, strict=True):
                    found[i] = answer if isinstance(answer, LanguageToolUnavailable) else [*answer]
            failures = [each for each in found if isinstance(each, LanguageToolUnavailable)]
            if failures and (len(failures) == len(found) or required):
                raise failures[0]
            return backend.name, found
        except LanguageToolUnavailable as error:
            if required:
                raise
            _warn_once(f"LanguageTool unavailable, using the embedded speller: {error}")
            return None


@dataclass(frozen=True, slots=True)
class _LanguageToolRun:
    pending: Future[_Answer | None]

    @property
    def name(self) -> str:
        answer = self.pending.result()
        return answer[0] if answer else RULE_PREFIX

    def check_many(self, contexts: Sequence[CheckContext]) -> list[list[Finding] | None]:
        from brandvoice.languagetool.errors import LanguageToolUnavailable

        answer = self.pending.result()
        if answer is None:
            return [None] * len(contexts)
        checked: list[list[Finding] | None] = []
        for ctx, matches in zip(contexts, answer[1], strict=True):
            if isinstance(matches, LanguageToolUnavailable):
                # This text alone failed LanguageTool (the rest of the batch kept it): the
                # embedded speller stands in, and the report says so.
                ctx.metrics["languagetool_failed"] = str(matches)
                checked.append(None)
            else:
                checked.append([to_finding(m, ctx) for m in matches])
        return checked


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, LanguageToolFallbackWarning, stacklevel=4)


class LanguageToolFallbackWarning(UserWarning):
    """LanguageTool could not be used; the embedded speller ran instead."""
