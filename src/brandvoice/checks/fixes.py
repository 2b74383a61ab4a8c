"""Apply findings' replacements: safe fixes by default, unsafe ones only when asked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from brandvoice.checks.registry import rules_by_id
from brandvoice.checks.rule import Fix
from brandvoice.findings import Finding


@dataclass(frozen=True, slots=True)
class FixResult:
    text: str
    applied: list[Finding]
    skipped: list[Finding]  # fixable, but overlapping a fix applied before them


# The embedded speller's rule: its one suggestion, when it has only one, is the word the
# dictionary knows one edit away, and safe to write; several are a choice for a person.
_SPELLER_RULE = "spelling.unknown-word"


def fix_kind(finding: Finding) -> Fix | None:
    """How safe ``finding``'s first replacement is; None when it has none or no rule says.

    Safe: our typography and terminology fixes, and a misspelling the embedded dictionary
    corrects one way only. Unsafe (``--unsafe-fixes``): our other fixes, and LanguageTool's
    and Grammalecte's first suggestion, which they rank but do not vouch for."""
    if not finding.replacements:
        return None
    rule = rules_by_id().get(finding.rule)
    if rule is None:
        return Fix.UNSAFE if finding.source != "brandvoice" else None
    if finding.rule == _SPELLER_RULE and len(finding.replacements) == 1:
        return Fix.SAFE
    return rule.fix


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> FixResult:
    """``text`` with the first replacement of each fixable finding applied, left to right;
    a fix overlapping one already applied is skipped (run the check again for it)."""
    allowed = {Fix.SAFE, Fix.UNSAFE} if unsafe else {Fix.SAFE}
    fixable = sorted(
        (f for f in findings if fix_kind(f) in allowed), key=lambda f: (f.offset, f.length)
    )
    pieces: list[str] = []
    applied: list[Finding] = []
    skipped: list[Finding] = []
    position = 0
    for finding in fixable:
        if finding.offset < position:
            skipped.append(finding)
            continue
        pieces.append(text[position : finding.offset])
        pieces.append(finding.replacements[0])
        position = finding.offset + finding.length
        applied.append(finding)
    pieces.append(text[position:])
    return FixResult("".join(pieces), applied, skipped)
