"""Grammalecte as a backend, for French: its errors as brandvoice findings.

Rule ids are ``grammalecte.<group>.<rule>``: the group is Grammalecte's option (``conf``
confusions, ``gn`` noun-phrase agreement, ``ppas`` participles, ``conj`` conjugation...),
so ``--disable grammalecte.conf`` silences a whole group and ``--disable grammalecte``
does not even run it. The rule is Grammalecte's rule name without its branch and action
suffix and accents, stable across the sentences it fires on.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brandvoice.checks.backends.languagetool import SEVERITY_BY_CATEGORY
from brandvoice.findings import Category, Finding, Severity
from brandvoice.grammalecte import GrammalecteError

if TYPE_CHECKING:
    from brandvoice.checks.backends import Batch
    from brandvoice.checks.context import CheckContext

RULE_PREFIX = "grammalecte"
SOURCE = "grammalecte"
log = logging.getLogger(__name__)

# Grammalecte's option groups (gc_options.py's labels) to our categories; the rest is grammar.
_CATEGORY_BY_OPTION = {
    "typo": Category.TYPOGRAPHY,
    "apos": Category.TYPOGRAPHY,
    "esp": Category.TYPOGRAPHY,
    "tab": Category.TYPOGRAPHY,
    "nbsp": Category.TYPOGRAPHY,
    "unit": Category.TYPOGRAPHY,
    "num": Category.TYPOGRAPHY,
    "virg": Category.TYPOGRAPHY,
    "poncfin": Category.TYPOGRAPHY,
    "nf": Category.TYPOGRAPHY,
    "chim": Category.TYPOGRAPHY,
    "liga": Category.TYPOGRAPHY,
    "maj": Category.TYPOGRAPHY,
    "minis": Category.TYPOGRAPHY,
    "tu": Category.SPELLING,  # hyphens and compounds: how a word is written
    "mapos": Category.SPELLING,
    "ocr": Category.SPELLING,
    "mc": Category.SPELLING,
    "eepi": Category.STYLE,  # inclusive writing: a voice's choice
    "bs": Category.STYLE,  # colloquialisms: the register checks judge these per voice
    "pleo": Category.STYLE,
    "redon1": Category.STYLE,
    "redon2": Category.STYLE,
}
# "gv1__ppas_sujet_être_accord_pluriel__b1_a2_1": graph, rule name, branch and action.
_GRAPH_RULE = re.compile(r"^(?:g[a-z]*\d+__)?(?P<name>.+?)(?:__b\d+_a\d+(?:_\d+)?)?$")


def rule_name(error: GrammalecteError) -> str:
    name = _GRAPH_RULE.match(error.rule_id)
    stem = name.group("name") if name else error.rule_id
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return f"{RULE_PREFIX}.{error.option}.{ascii_stem.strip('_')}"


# A rule outside every option has the type "notype": its name's first word is the
# option it would belong to ("num_grand_nombre_avec_espaces" is typography).
_NO_OPTION = "notype"


def category_of(error: GrammalecteError) -> Category:
    option = error.option
    if option == _NO_OPTION:
        option = error.rule_id.split("_", 1)[0]
    return _CATEGORY_BY_OPTION.get(option, Category.GRAMMAR)


def to_finding(error: GrammalecteError) -> Finding:
    category = category_of(error)
    return Finding(
        rule=rule_name(error),
        category=category,
        severity=SEVERITY_BY_CATEGORY.get(category, Severity.WARNING),
        offset=error.start,
        length=error.end - error.start,
        message=error.message,
        replacements=error.suggestions,
        source=SOURCE,
    )


# « Douter que » asks for the subjunctive only when the doubt is affirmed: « se douter
# que » (to suspect) takes the indicative, and so may a negated doubt (« nul ne peut
# douter que vous êtes », « ils n'avaient guère douté qu'elle venait »: the indicative
# stresses the fact). Grammalecte's vmode_verbe_que_subjonctif asks for it after those
# too (three correct sentences of its tests' development half): there, its finding is
# advice. The slip it is for, « je doute qu'il vient », stays an error.
_SUBJUNCTIVE_RULE = f"{RULE_PREFIX}.vmode.vmode_verbe_que_subjonctif"
_DOUBT_WITHOUT_SUBJUNCTIVE = re.compile(
    r"(?:\b(?:[mts]e|nous|vous)\s+|\b[mts]['’]\s*)dout\w*"  # se douter, je me doute
    r"|\b(?:ne|n['’]|nul|nulle|personne)\b.{0,40}\bdout\w*",  # a doubt denied
    re.IGNORECASE,
)
_DOUBT_NOTE = " [« douter que » here is pronominal or negated: the indicative is right too]"


def _weigh_doubt(finding: Finding, text: str) -> Finding:
    """``finding`` as advice when it asks for the subjunctive after a « douter que » that
    does not need it (above); otherwise as it is."""
    if finding.rule != _SUBJUNCTIVE_RULE or "douter" not in finding.message:
        return finding
    sentence_start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?\n") + 1
    before = text[sentence_start : finding.offset]
    que = before.lower().rfind("qu")
    if que < 0 or not _DOUBT_WITHOUT_SUBJUNCTIVE.search(before[:que]):
        return finding
    return replace(finding, severity=Severity.INFO, message=finding.message + _DOUBT_NOTE)


@dataclass(frozen=True, slots=True)
class Grammalecte:
    """The backend, for French texts; ``enabled`` False with ``--disable grammalecte``."""

    enabled: bool = True
    prefix: str = RULE_PREFIX

    def start(self, batch: Batch, background: Executor) -> _GrammalecteRun | None:
        """Grammalecte's findings for a French batch, checked now (it runs in process);
        None for English, when it is disabled, or when it is not installed (the report's
        ``backends`` then do not name it)."""
        if batch.lang != "fr" or not self.enabled:
            return None
        from brandvoice.grammalecte import GrammalecteUnavailable, get_engine

        try:
            engine = get_engine()
        except GrammalecteUnavailable as error:
            log.info("French grammar without Grammalecte: %s", error)
            return None
        errors = engine.check_many(list(batch.texts))
        return _GrammalecteRun(engine.name, [[to_finding(e) for e in each] for each in errors])


@dataclass(frozen=True, slots=True)
class _GrammalecteRun:
    name: str
    findings: list[list[Finding]]

    def check_many(self, contexts: Sequence[CheckContext]) -> list[list[Finding] | None]:
        return [
            [_weigh_doubt(f, ctx.text) for f in found]
            for ctx, found in zip(contexts, self.findings, strict=True)
        ]
