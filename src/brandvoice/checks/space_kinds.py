"""A fix that only changes the kind of space (« 1 200 » → « 1 200 » with a no-break space).

A breakable space where French typography sets a no-break one is a typesetting finish:
our own rule for it, ``typography.french-space-breakable``, is advice, and the profile
says which no-break space a voice uses. Grammalecte's ``num_grand_nombre_avec_espaces``
asks for it in every grouped number, outside the options brandvoice turns off: on the
French master messages (``benchmarks/correct_french_alarms.py``) it was the most frequent
warning after the speller's, on « 1 200 bouteilles » and « 412 000 € », which an editor
publishes as they are. An external checker's finding whose every replacement is the
flagged words with other spaces becomes advice (our own typography rules already weigh
the profile's spaces); « 200.000.000 » → « 200 000 000 » changes more than a space and
keeps its severity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from brandvoice.checks.advice import made_advice
from brandvoice.checks.backends.builtin import NAME as OURS
from brandvoice.findings import Finding, Severity

if TYPE_CHECKING:
    from brandvoice.checks.filters import Checked

NOTE: Final = " [only the kind of space changes: advice, as the profile sets the spaces]"
_SPACES: Final = regex.compile(r"[ \u00a0\u202f\u2009]")


def only_changes_spaces(finding: Finding, text: str) -> bool:
    """Whether each of ``finding``'s replacements is its words with other spaces (and at
    least one space was there to change)."""
    words = text[finding.offset : finding.offset + finding.length]
    if not finding.replacements or _SPACES.search(words) is None:
        return False
    bare = _SPACES.sub(" ", words)
    return all(r != words and _SPACES.sub(" ", r) == bare for r in finding.replacements)


def weigh(findings: Sequence[Finding], checked: Checked) -> list[Finding]:
    """``findings`` with the external checkers' that only change the kind of space made
    advice."""
    text = checked.ctx.text
    return made_advice(
        findings,
        NOTE,
        lambda f: (
            f.source != OURS and f.severity is not Severity.INFO and only_changes_spaces(f, text)
        ),
    )
