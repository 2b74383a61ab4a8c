"""CSV output: a generic layout, and Hootsuite's bulk composer layout.

Hootsuite's bulk composer reads three columns by position: the date and time
(DD/MM/YYYY HH:MM, 24-hour, in the time zone of the Hootsuite user), the message and an
optional link; the social profiles are chosen at upload, so every row of a file goes to
the same profiles: one file per network. Its constraints (minutes a multiple of 5, a
future time, no duplicate message, at most 350 rows) are checked here, before anything is
written. Sources and details: docs/campaigns.md.

Every cell goes through :func:`neutralize_cell` and every field is quoted
(:func:`render_csv`), as OWASP's guidance on CSV injection recommends: a message that
begins with ``=``, ``+``, ``-`` or ``@`` would otherwise be run as a formula by the
spreadsheet that opens the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from brandvoice.campaigns.result import Plan, ScheduledVariant
from brandvoice.campaigns.zones import iso
from brandvoice.errors import InputError
from brandvoice.findings import Severity

GENERIC_COLUMNS = (
    "post_id",
    "network",
    "voice",
    "datetime",
    "text",
    "count",
    "limit",
    "errors",
    "warnings",
)
HOOTSUITE_COLUMNS = ("Date (DD/MM/YYYY HH:MM)", "Message", "Link")
HOOTSUITE_MAX_ROWS = 350
HOOTSUITE_MINUTE_STEP = 5


# The leading characters OWASP's "CSV Injection" page says no cell may begin with: a
# spreadsheet (Excel, LibreOffice Calc, Google Sheets) may read such a cell as a formula.
# Equals, plus, minus, at, tab, carriage return, and the fullwidth equals, plus, minus, at.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralize_cell(value: str) -> str:
    """``value`` as a spreadsheet will show it, not run it: prefixed with a single quote
    when it begins with a character that starts a formula, unchanged otherwise."""
    return f"'{value}" if value[:1] in FORMULA_TRIGGERS else value


def render_csv(rows: Iterable[Sequence[str]]) -> str:
    """The CSV text of ``rows`` (the first one being the header): every cell neutralized
    and every field quoted, CRLF line ends (RFC 4180). Every CSV brandvoice writes is
    rendered here."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([neutralize_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def render_generic_csv(plan: Plan) -> str:
    """One row per variant, times in ISO 8601 with their offset."""
    rows = [list(GENERIC_COLUMNS)]
    for entry in plan.entries:
        metrics = entry.variant.metrics
        limit = metrics.get("limit")
        rows.append(
            [
                entry.post_id,
                entry.network,
                entry.variant.voice,
                iso(entry.when),
                entry.text,
                str(metrics.get("count", "")),
                "" if limit is None else str(limit),
                str(_count(entry, Severity.ERROR)),
                str(_count(entry, Severity.WARNING)),
            ]
        )
    return render_csv(rows)


def _count(entry: ScheduledVariant, severity: Severity) -> int:
    return sum(1 for f in entry.findings if f.severity is severity)


def render_hootsuite_csv(plan: Plan) -> dict[str, str]:
    """Network id -> the bulk-composer file of that network's variants.

    Raises :class:`InputError` (naming the post) for a row Hootsuite would refuse.
    """
    files: dict[str, list[list[str]]] = {}
    seen: dict[tuple[str, str], str] = {}
    for entry in plan.entries:
        where = f"post {entry.post_id!r} on {entry.network}"
        if entry.when.minute % HOOTSUITE_MINUTE_STEP:
            raise InputError(
                f"{where}: Hootsuite's bulk composer takes times whose minutes are a "
                f"multiple of {HOOTSUITE_MINUTE_STEP}, not {entry.when:%H:%M}",
                path=plan.path,
                field="at",
            )
        if entry.when < plan.now:
            raise InputError(
                f"{where}: Hootsuite's bulk composer refuses a time in the past "
                f"({entry.when:%d/%m/%Y %H:%M})",
                path=plan.path,
                field="at",
            )
        key = (entry.network, entry.text)
        if key in seen:
            raise InputError(
                f"{where}: same message as post {seen[key]!r}; Hootsuite's bulk composer "
                "refuses duplicates",
                path=plan.path,
            )
        seen[key] = entry.post_id
        rows = files.setdefault(entry.network, [list(HOOTSUITE_COLUMNS)])
        rows.append([f"{entry.when:%d/%m/%Y %H:%M}", entry.text, _hootsuite_link(entry)])
    for network, rows in files.items():
        if len(rows) - 1 > HOOTSUITE_MAX_ROWS:
            raise InputError(
                f"{len(rows) - 1} posts on {network}: Hootsuite's bulk composer takes at "
                f"most {HOOTSUITE_MAX_ROWS} a file",
                path=plan.path,
            )
    return {network: render_csv(rows) for network, rows in files.items()}


def _hootsuite_link(entry: ScheduledVariant) -> str:
    """The Link column, only for a link the text does not already carry (Hootsuite would
    add it a second time) and on a network where links in posts are clickable."""
    from brandvoice.networks import get_network

    if not entry.link or entry.link in entry.text:
        return ""
    return entry.link if get_network(entry.network).links_clickable else ""
