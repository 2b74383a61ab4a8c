"""The command-line grammar. Only argparse is imported here: ``--help`` must stay fast."""

from __future__ import annotations

import argparse
import datetime as dt

FORMATS_CHECK = ("text", "json", "sarif", "junit")
FORMATS_ADAPT = ("text", "json", "markdown")
FAIL_ON = ("error", "warning", "never")

EXIT_STATUS_HELP = (
    "Exit status: 0 clean; 1 findings at or above --fail-on; 2 usage or input error (a bad "
    "option, file, field or value, named in one line); 3 internal error (brandvoice or a "
    "checker it drives failed: one line, the traceback with --debug)."
)
_DEBUG_HELP = "on an internal error, print the traceback (also $BRANDVOICE_DEBUG=1)"


def _lang(value: str) -> str:
    """``auto`` or a supported language tag (en-GB, fr-CA...), written canonically."""
    from brandvoice.lang import checked_lang

    try:
        return checked_lang(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{error} (got {value!r})") from None


_LANG_HELP = "fr, en, a regional variant (en-GB, en-CA, fr-CA, fr-BE...) or auto"


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def positive_int(value: str) -> int:
    """An option's value as a whole number above zero (``1_000`` allowed)."""
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def add_adaptation_options(parser: argparse.ArgumentParser) -> None:
    """What `adapt` and `preview` both take to write variants."""
    parser.add_argument("--voice", action="append", help="voice name or path; repeatable")
    parser.add_argument("--network", action="append", help="network id; repeatable")
    parser.add_argument("--lang", type=_lang, default="auto", metavar="LANG", help=_LANG_HELP)
    parser.add_argument(
        "--brand",
        metavar="PROFILE",
        help="brand profile (a voice file): the voice on the networks it lists, and its "
        "name, glossary, hashtags, links and boilerplate on the others",
    )
    parser.add_argument(
        "--date",
        type=_iso_date,
        help="the day the variants are written for, YYYY-MM-DD: the press note's dateline, and "
        "the year of dates the master writes without one (default: today)",
    )
    decoration = parser.add_argument_group(
        "what the message is for (default: read from the master; see `brandvoice understand`)"
    )
    decoration.add_argument(
        "--intent",
        help="the message's intent: opening, launch, event, offer, hiring, incident, "
        "recall, closure, results, resource, award, news",
    )
    decoration.add_argument(
        "--action",
        help="what it asks of the reader: apply, book, register, buy, read, come, bring_back, none",
    )
    decoration.add_argument(
        "--cta", metavar="TEXT", help="the call to action to end the variants with ('' for none)"
    )
    decoration.add_argument("--no-emoji", action="store_true", help="add no emoji")
    tags = decoration.add_mutually_exclusive_group()
    tags.add_argument(
        "--hashtag",
        action="append",
        metavar="TAG",
        help="a hashtag to use instead of drawn ones; repeatable",
    )
    tags.add_argument("--no-hashtags", action="store_true", help="add no drawn hashtags")
    add_rule_options(parser)
    add_config_option(parser)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="configuration file (default: the nearest brandvoice.toml, or pyproject.toml "
        "with [tool.brandvoice], from the working directory up): disabled rules, "
        "severities, LanguageTool, vocabulary, language",
    )


def add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="skip the rules a selector names: an id or prefix (length.fold, length, "
        "languagetool, grammalecte.conf), a category (category:spelling) or all; see "
        "docs/configuration.md; repeatable",
    )
    parser.add_argument(
        "--max-chars",
        type=positive_int,
        metavar="N",
        help="refuse a text longer than N characters (default: 100,000 for check, 10,000 for "
        "a master message; see docs/security.md)",
    )
    backend = parser.add_mutually_exclusive_group()
    backend.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 2) when LanguageTool cannot run, instead of a quieter offline check",
    )
    backend.add_argument(
        "--no-languagetool",
        action="store_true",
        help="offline rules and the embedded speller only",
    )
    parser.add_argument(
        "--languagetool-url",
        metavar="URL",
        help="remote LanguageTool server(s), comma-separated "
        "(default: $BRANDVOICE_LANGUAGETOOL_URL, else a local server)",
    )


def build_parser() -> argparse.ArgumentParser:
    from brandvoice import __version__

    parser = argparse.ArgumentParser(
        prog="brandvoice",
        description="One master message, the many voices of a brand: per-network variants "
        "and pre-publish checks.",
        epilog=EXIT_STATUS_HELP,
    )
    parser.add_argument("--version", action="version", version=f"brandvoice {__version__}")
    _add_output_options(parser, default=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="check texts before publishing")
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text or Markdown (.md, .markdown) files; - reads stdin",
    )
    # No defaults here: a value left out comes from the file's front matter, then the
    # project configuration, then brandvoice's own defaults (see docs/configuration.md).
    check.add_argument("--voice", help="built-in voice name or profile YAML path")
    check.add_argument("--network", help="network id (see: brandvoice networks)")
    check.add_argument(
        "--lang", type=_lang, metavar="LANG", help=f"text language: {_LANG_HELP} (default: auto)"
    )
    check.add_argument("--format", choices=FORMATS_CHECK, default="text")
    add_config_option(check)
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    check.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes to the files in place, then report what remains",
    )
    check.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix, also apply unsafe fixes"
    )
    add_rule_options(check)
    from brandvoice.cli.batch import add_batch_options

    add_batch_options(check)

    adapt = commands.add_parser("adapt", help="write a variant of a master message per network")
    adapt.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="master message file(s), each adapted on its own; - reads stdin",
    )
    add_adaptation_options(adapt)
    adapt.add_argument("--format", choices=FORMATS_ADAPT, default="text")
    adapt.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="never",
        help="exit 1 when a variant has a finding at least this severe (default: never: "
        "adapting is not a gate; use check, or --fail-on error, in a pipeline)",
    )
    add_batch_options(adapt)

    analyze = commands.add_parser(
        "analyze", help="formality, tu/vous, readability and the markers behind them"
    )
    analyze.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads stdin")
    analyze.add_argument("--lang", type=_lang, default="auto", metavar="LANG", help=_LANG_HELP)
    analyze.add_argument("--format", choices=("text", "json"), default="text")

    understand = commands.add_parser(
        "understand",
        help="what a master message is for, what it asks, its key facts and contradictions",
        description="Read a master message as the adaptation does: its intent and the words "
        "that decided it, the action it asks of its reader, its key facts by role (what, "
        "when, where, price, how, who, figure) and the facts.* findings (a weekday that is "
        "not its date's, a deadline after its event, a date already past).",
        epilog="Exit status: 0 no finding at or above --fail-on, 1 one is (facts.weekday-"
        "mismatch is an error, the others warnings), 2 usage or input error.",
    )
    understand.add_argument("file", metavar="FILE", help="master message file; - reads stdin")
    understand.add_argument("--lang", type=_lang, default="auto", metavar="LANG", help=_LANG_HELP)
    # Checked by the command, not by argparse, so that a bad date is one line naming it.
    understand.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the day the message is published: dates without a year are the next ones "
        "after it, dates before it are past (default: today)",
    )
    understand.add_argument(
        "--intent",
        metavar="NAME",
        help="take the message for this intent (hiring, event, offer...; an unknown name "
        "lists them all) instead of the one its words suggest",
    )
    understand.add_argument(
        "--action",
        metavar="NAME",
        help="take the message as asking this action (apply, book, buy, come...; an unknown "
        "name lists them all) instead of the one its words suggest",
    )
    understand.add_argument("--format", choices=("text", "json"), default="text")
    understand.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )

    voices = commands.add_parser("voices", help="list, show or describe voice profiles")
    voice_commands = voices.add_subparsers(dest="voices_command", metavar="ACTION", required=True)
    voice_commands.add_parser("list", help="list the built-in voices")
    show = voice_commands.add_parser("show", help="print a voice profile, resolved, as YAML")
    show.add_argument("name", help="built-in voice name or profile YAML path")
    schema = voice_commands.add_parser(
        "schema", help="print the profile JSON Schema (for editors; docs/schemas/)"
    )
    schema.add_argument(
        "--campaign", action="store_true", help="print the campaign file's JSON Schema instead"
    )

    commands.add_parser("networks", help="list networks with their limits and folds")
    from brandvoice.cli import grammalecte_cmd, languagetool_cmd

    languagetool_cmd.add_parser(commands)
    grammalecte_cmd.add_parser(commands)

    from brandvoice.cli import plan_cmd, preview_cmd

    plan_cmd.add_parser(commands)
    preview_cmd.add_parser(commands)

    rules = commands.add_parser("rules", help="list rules with their ids, severities and summaries")
    rules.add_argument("--format", choices=("text", "markdown"), default="text")

    transforms = commands.add_parser(
        "transforms", help="list the adaptation's transforms in the order a variant meets them"
    )
    transforms.add_argument("--format", choices=("text", "markdown"), default="text")
    _without_abbreviations(parser)
    for command in commands.choices.values():
        command.epilog = command.epilog or EXIT_STATUS_HELP
        # SUPPRESS: a sub-command's default must not overwrite `brandvoice --debug check`.
        _add_output_options(command, default=argparse.SUPPRESS)
    return parser


def _add_output_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--debug, -v and -q, which work before or after the sub-command."""
    parser.add_argument("--debug", action="store_true", default=default, help=_DEBUG_HELP)
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help="say on stderr what is loaded and used, and how long it took (configuration, "
        "voice, spaCy models, speller, LanguageTool)",
    )
    talk.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="no progress bar and no notices on stderr (errors and warnings still show)",
    )


def _without_abbreviations(parser: argparse.ArgumentParser) -> None:
    """No option is taken for a longer one it begins: argparse would read `--languagetool
    off` as `--languagetool-url off` and check against a server called "off"."""
    parser.allow_abbrev = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _without_abbreviations(child)
