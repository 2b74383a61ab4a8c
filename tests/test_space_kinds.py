"""« 1 200 » → « 1 200 » (a no-break space): an external checker's fix that only changes
the kind of space is advice; one that changes more keeps its severity, and our own rules
keep theirs."""

from __future__ import annotations

import pytest

from brandvoice.checks.context import CheckContext
from brandvoice.checks.filters import Checked
from brandvoice.checks.runner import resolve_target
from brandvoice.checks.space_kinds import NOTE, weigh
from brandvoice.findings import Category, Finding, Severity


def _weighed(text: str, span: str, fix: str, source: str = "grammalecte") -> Finding:
    finding = Finding(
        f"{source}.notype.num",
        Category.TYPOGRAPHY,
        Severity.WARNING,
        text.index(span),
        len(span),
        "Grands nombres : utilisez des espaces insécables.",
        (fix,),
        source=source,
    )
    voice, network = resolve_target(None, None)
    ctx = CheckContext(text, "fr", voice, network, [(0, len(text))])
    (weighed,) = weigh([finding], Checked(ctx, frozenset()))
    return weighed


def test_a_fix_of_the_space_kind_is_advice() -> None:
    weighed = _weighed("1 200 bouteilles", "1 200", "1\u202f200")
    assert weighed.severity is Severity.INFO
    assert weighed.message.endswith(NOTE)


@pytest.mark.parametrize(
    ("text", "span", "fix", "source"),
    [
        ("200.000.000 de pertes", "200.000.000", "200\u202f000\u202f000", "grammalecte"),
        ("1 200 bouteilles", "1 200", "1200", "grammalecte"),  # a space removed
        ("1 200 bouteilles", "1 200", "1\u202f200", "brandvoice"),  # ours, weighed already
    ],
)
def test_other_fixes_keep_their_severity(text: str, span: str, fix: str, source: str) -> None:
    assert _weighed(text, span, fix, source).severity is Severity.WARNING
