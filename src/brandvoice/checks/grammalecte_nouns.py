"""Grammalecte findings that read a shop's nouns as another word.

Three readings of Grammalecte's, each wrong on words a small business writes often, found
on correct French no evaluation uses (the French master messages, see
``benchmarks/correct_french_alarms.py``):

- a noun set after another as its epithet (« un atelier découverte », « notre menu
  découverte », « un parfum surprise », « une soirée dégustation ») is read as an
  adjective or participle that must agree with the first noun (its ``gn_*`` rules);
- « à moitié prix », « à petit prix » are read as the participle « pris » after « être »
  (``conf_pris_prix``);
- « savons » after a determiner or a number (« trois savons parfumés », « nos savons
  saponifiés à froid ») is read as the verb « savoir », asking for an infinitive after it
  (``infi_savoir``);
- an English job title (« un motion designer », « une office manager ») is read as a
  French noun and its epithet: « motion » is feminine, so « un » must be « une » (its
  ``gn_*`` rules); the title's head is the English noun after it, whose gender is the
  person's.

Each finding becomes advice, with the reason in its message: the report still shows it.
Real errors with these words keep theirs (« un homme surprise », « il a été prix au
piège », « nous savons parlés »): the conditions are the words around, not the word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = (
    " [a noun read as another word (« atelier découverte », « à moitié prix », « un motion "
    "designer »): advice]"
)

# Nouns French sets after another noun as an invariable epithet (« des ateliers
# découverte », « un invité surprise »); each is also read as an adjective or a
# participle, which is what makes Grammalecte ask for agreement.
APPOSED_NOUNS: Final = frozenset(
    {"découverte", "surprise", "dégustation", "mystère", "cadeau", "maison", "minute"}
)
# Not a noun before the epithet: a determiner, a preposition, a pronoun, a form of être.
_NOT_A_NOUN: Final = frozenset(
    {
        "un", "une", "le", "la", "les", "des", "du", "de", "d", "l", "au", "aux", "à",
        "en", "et", "ou", "est", "sont", "été", "être", "était", "a", "ont", "sa", "son",
        "ses", "ma", "mon", "mes", "ta", "ton", "tes", "notre", "nos", "votre", "vos",
        "leur", "leurs", "ce", "cet", "cette", "ces", "très", "si", "tout", "toute",
        "il", "elle", "on", "ils", "elles", "nous", "vous", "je", "tu", "qui", "que",
    }
)  # fmt: skip
_APPOSITION: Final = regex.compile(r"(?i)(?<![\p{L}'’-])(\p{L}+)\s+(\p{L}+?)s?(?![\p{L}'’-])")
_PRICE: Final = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:moitié|petits?|bas|demi|plein|juste|bon|meilleurs?|mini)\s+prix"
    r"(?![\p{L}'’-])"
)
# « savons » after a determiner or a number: the noun (« savon »), not the verb « savoir ».
_SOAPS: Final = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:des|les|nos|vos|mes|tes|ses|ces|leurs|quelques|plusieurs|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+savons(?![\p{L}'’-])"
)


def _is_apposition(finding: Finding, text: str) -> bool:
    if not finding.rule.startswith("grammalecte.gn.gn_"):
        return False
    start, end = finding.offset, finding.offset + finding.length
    window = max(0, start - 40), min(len(text), end + 40)
    for pair in _APPOSITION.finditer(text, *window, overlapped=True):
        first, second = pair.group(1).lower(), pair.group(2).lower()
        if (
            second in APPOSED_NOUNS
            and first not in _NOT_A_NOUN
            and pair.start() <= start
            and end <= pair.end()
        ):
            return True
    return False


# The English nouns a job title French ads keep in English ends on (« un motion
# designer », « une office manager », « un growth hacker »).
ENGLISH_TITLE_HEADS: Final = frozenset(
    {
        "designer", "manager", "developer", "owner", "officer", "marketer", "writer",
        "planner", "maker", "engineer", "hacker", "builder", "strategist", "advocate",
        "coach", "lead", "partner", "director", "editor", "analyst", "specialist",
    }
)  # fmt: skip
# A determiner (the word Grammalecte flags), the title's first word, then its head.
_ENGLISH_TITLE: Final = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:un|une|le|la|l['’]|notre|votre|son|sa|cet|cette|ce)\s+"
    r"(\p{L}+)\s+(\p{L}+?)s?(?![\p{L}'’-])"
)


def _is_english_title(finding: Finding, text: str) -> bool:
    """Whether ``finding`` is Grammalecte's agreement of an English job title's first word
    with its determiner; the first word must be English too (« un motion designer », not
    « un belle designer »)."""
    if not finding.rule.startswith("grammalecte.gn.gn_"):
        return False
    from brandvoice.spelling import get_speller

    start, end = finding.offset, finding.offset + finding.length
    for title in _ENGLISH_TITLE.finditer(
        text, max(0, start - 40), min(len(text), end + 60), overlapped=True
    ):
        # On the determiner only: a French adjective in its place (« un belle designer »)
        # is flagged on its own word too, and keeps that error.
        if (
            title.start() == start
            and end < title.start(1)
            and title.group(2).lower() in ENGLISH_TITLE_HEADS
            and get_speller("en").is_correct(title.group(1).lower())
        ):
            return True
    return False


def _is_price(finding: Finding, text: str) -> bool:
    if not finding.rule.endswith(".conf_pris_prix"):
        return False
    end = finding.offset + finding.length
    return any(
        m.start() < finding.offset and m.end() >= end
        for m in _PRICE.finditer(text, max(0, finding.offset - 12), end)
    )


def _is_soap(finding: Finding, text: str) -> bool:
    if not finding.rule.endswith(".infi_savoir"):
        return False
    before = text[max(0, finding.offset - 30) : finding.offset].rstrip()
    soaps = _SOAPS.search(before)
    return soaps is not None and soaps.end() == len(before)


def misreads_a_noun(finding: Finding, text: str) -> bool:
    """Whether ``finding`` is one of Grammalecte's readings of a noun as another word
    (see the module)."""
    return finding.severity is not Severity.INFO and (
        _is_apposition(finding, text)
        or _is_price(finding, text)
        or _is_soap(finding, text)
        or _is_english_title(finding, text)
    )


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with Grammalecte's misreadings of a noun made advice (French texts)."""
    if checked.ctx.lang != "fr":
        return list(findings)
    text = checked.ctx.text
    return made_advice(findings, NOTE, lambda f: misreads_a_noun(f, text))
