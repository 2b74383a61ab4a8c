"""``brandvoice preview FILE --html OUTDIR``: adapt a master message and write the variants as
an offline HTML page (``OUTDIR/index.html``) to review before publishing.

Only argparse is imported at module level so that ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK = 0
STDIN_TITLE = "standard input"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``preview`` command to the CLI's ``subparsers``."""
    from brandvoice.cli.parser import add_adaptation_options

    parser = subparsers.add_parser(
        "preview",
        help="write the variants of a master message as an offline HTML page",
        description="Adapt FILE like `adapt` does and write OUTDIR/index.html: a card per "
        'network with the post as the network shows it, its "see more" fold, its count '
        "against the limit, its findings and its changes from the master. The page is "
        "self-contained: no script, and nothing is loaded from the network.",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="master message file (- reads stdin), or a campaign (.yaml/.yml): every "
        "post's variants and the week's plan",
    )
    parser.add_argument(
        "--html",
        required=True,
        metavar="OUTDIR",
        help="directory to write index.html into (created when missing)",
    )
    add_adaptation_options(parser)
    parser.add_argument("--title", help="page title (default: from the file name)")
    parser.add_argument(
        "--now",
        type=_iso_datetime,
        help="for a campaign: when the plan is made, ISO date-time (default: now)",
    )


def _iso_datetime(value: str) -> object:
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date-time (ISO 8601): {value!r}") from None


def _is_campaign(path: str) -> bool:
    return path.endswith((".yaml", ".yml"))


def run_campaign(args: argparse.Namespace) -> int:
    """Plan the campaign, then write every post's variants under the plan's table."""
    from brandvoice.campaigns import plan
    from brandvoice.cli.commands import project_rules
    from brandvoice.preview import campaign_table, render_preview, write_preview

    rules = project_rules(args)
    rules.pop("lang")  # a campaign says its language itself
    laid_out = plan(args.file, now=args.now, **rules)
    table = campaign_table(laid_out)
    html = render_preview(list(laid_out.adaptations), plan=table, title=args.title)
    print(write_preview(html, args.html))
    summary = laid_out.summary
    print(
        f"{len(laid_out.entries)} variant(s): {summary.errors} error(s), "
        f"{summary.warnings} warning(s), {summary.infos} info(s)",
        file=sys.stderr,
    )
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Adapt the master, write the page and print its path; the process exit status."""
    if _is_campaign(args.file):
        return run_campaign(args)
    from pathlib import Path

    from brandvoice.cli.commands import adapt_from_args
    from brandvoice.cli.inputs import STDIN
    from brandvoice.preview import render_preview, write_preview

    adaptation = adapt_from_args(args)
    name = STDIN_TITLE if args.file == STDIN else Path(args.file).name
    page = write_preview(render_preview([(name, adaptation)], title=args.title), args.html)
    print(page)
    summary = adaptation.summary
    print(
        f"{len(adaptation.variants)} variant(s): {summary.errors} error(s), "
        f"{summary.warnings} warning(s), {summary.infos} info(s)",
        file=sys.stderr,
    )
    return EXIT_OK
