"""CSV output: a generic layout, and Hootsuite's bulk composer layout.

Hootsuite's bulk composer reads three columns by position: the date and time
(DD/MM/YYYY HH:MM, 24-hour, in the time zone of the Hootsuite user), the message and an
optional link; the social profiles are chosen at upload, so every row of a file goes to
the same profiles: one file per network. Its constraints (minutes a multiple of 5, a
future time, no duplicate message, at most 350 rows) are checked here, before anything is
written. Sources and details: docs/campaigns.md.
"""

from __future__ import annotations

import csv
import io

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


def _write(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
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
    return _write(rows)


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
    return {network: _write(rows) for network, rows in files.items()}


def _hootsuite_link(entry: ScheduledVariant) -> str:
    """The Link column, only for a link the text does not already carry (Hootsuite would
    add it a second time) and on a network where links in posts are clickable."""
    from brandvoice.networks import get_network

    if not entry.link or entry.link in entry.text:
        return ""
    return entry.link if get_network(entry.network).links_clickable else ""
