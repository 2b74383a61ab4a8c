"""``brandvoice plan CAMPAIGN``: adapt, check and schedule a campaign file.

Everything is computed, and every output rendered in memory, before the first file is
written: a bad campaign exits 2 with one line on stderr and leaves no file behind. The
outputs are then written all or nothing (:mod:`brandvoice.files`): when one cannot be
written, the calendar and CSV files of an earlier run are left as they were. Only
argparse is imported at module level so that ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing slows --help

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence
    from pathlib import Path

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
CSV_FORMATS = ("generic", "hootsuite")


def _moment(value: str) -> dt.datetime:
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date-time (YYYY-MM-DDTHH:MM, optional offset): {value!r}"
        ) from None


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``plan`` command to the CLI's ``subparsers``."""
    parser = subparsers.add_parser(
        "plan",
        help="adapt, check and schedule a campaign file (iCalendar, CSV, JSON)",
        description="Adapt every post of a campaign file for its networks, check each "
        "variant, and place posts without a time in the next free slots the editorial "
        "policy allows, before the event, period or deadline each message names. See "
        "docs/campaigns.md.",
    )
    configure(parser)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", metavar="CAMPAIGN", help="campaign YAML file")
    parser.add_argument("--ics", metavar="OUT.ics", help="write the plan as iCalendar")
    parser.add_argument("--csv", metavar="OUT.csv", help="write the plan as CSV")
    parser.add_argument(
        "--csv-format",
        choices=CSV_FORMATS,
        default="generic",
        help="generic: one file, a row per variant; hootsuite: Hootsuite's bulk composer, "
        "one file per network (OUT-<network>.csv)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--now",
        type=_moment,
        metavar="ISO",
        help="plan as if it were this date-time (naive = the campaign's zone); default: now",
    )
    parser.add_argument(
        "--allow-past",
        action="store_true",
        help="keep posts dated before now (a calendar.past finding) instead of refusing them",
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    from brandvoice.cli.batch import add_batch_options
    from brandvoice.cli.parser import add_config_option, add_rule_options

    add_rule_options(parser)  # --disable, --max-chars, --strict / --no-languagetool, URL
    add_config_option(parser)

    add_batch_options(parser)


def run(args: argparse.Namespace) -> int:
    """Plan the campaign and write the outputs asked for; the process exit status."""
    from pathlib import Path

    from brandvoice.campaigns import (
        plan,
        render_generic_csv,
        render_hootsuite_csv,
        render_ics,
        render_json,
        render_text,
    )
    from brandvoice.cli.batch import batches
    from brandvoice.cli.commands import project_rules
    from brandvoice.findings import Severity
    from brandvoice.text.limits import MAX_ADAPT_CHARS

    rules = project_rules(args)
    rules.pop("lang")  # a campaign says its language itself

    # The bar counts the adaptations (a post per day it goes out), told by the plan.
    with batches(args, 2, "adapting posts") as running:
        result = plan(
            args.campaign,
            now=args.now,
            allow_past=args.allow_past,
            batches=running,
            max_chars=args.max_chars or MAX_ADAPT_CHARS,
            **rules,
        )
    outputs: dict[Path, bytes] = {}
    if args.ics:
        outputs[Path(args.ics)] = render_ics(result)
    if args.csv:
        target = Path(args.csv)
        if args.csv_format == "hootsuite":
            for network, text in render_hootsuite_csv(result).items():
                path = target.with_name(f"{target.stem}-{network}{target.suffix or '.csv'}")
                outputs[path] = text.encode("utf-8")
        else:
            outputs[target] = render_generic_csv(result).encode("utf-8")
    _write_all(outputs)
    print(render_json(result) if args.format == "json" else render_text(result))
    if args.fail_on == "never":
        return EXIT_CLEAN
    worst = result.worst()
    threshold = Severity(args.fail_on).rank
    return EXIT_FINDINGS if worst is not None and worst.rank >= threshold else EXIT_CLEAN


def _write_all(outputs: dict[Path, bytes]) -> None:
    """Write every output or none: a failure (exit 2) leaves the old files as they were."""
    from brandvoice.files import write_all_or_nothing

    for path in write_all_or_nothing(outputs):
        print(f"wrote {path}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``plan`` on its own (``python -m brandvoice.cli.plan_cmd``), with the same
    error handling as ``brandvoice``: an input error is one stderr line and exit 2."""
    from brandvoice.errors import BrandvoiceError

    parser = argparse.ArgumentParser(prog="brandvoice plan")
    configure(parser)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except BrandvoiceError as error:
        print(f"brandvoice: error: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
