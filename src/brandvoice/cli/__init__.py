"""``brandvoice`` / ``python -m brandvoice``: the command-line front end."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
# What a shell reports for a process its reader's closed pipe stopped (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141
ISSUES_URL = "https://github.com/brandvoice/brandvoice/issues"


def _show_warnings_as_one_line() -> None:
    """Library warnings (no spaCy model, LanguageTool unavailable) as one line each."""
    import warnings

    def show(message: Warning | str, *_: object, **__: object) -> None:
        print(f"brandvoice: warning: {message}", file=sys.stderr)

    warnings.showwarning = show


def _show_notices(*, quiet: bool, verbose: bool) -> None:
    """What brandvoice does behind the user's back that costs time (starting LanguageTool)
    as one line on stderr each, unless ``-q``; with ``-v``, what every part loads and uses
    (the ``brandvoice`` loggers at INFO), with the seconds since the command started."""
    notices = logging.getLogger("brandvoice.notice")
    notices.handlers.clear()
    notices.propagate = False
    library = logging.getLogger("brandvoice")
    library.handlers.clear()
    if quiet:
        notices.setLevel(logging.WARNING)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("brandvoice: %(message)s"))
    notices.addHandler(handler)
    notices.setLevel(logging.INFO)
    if verbose:
        detail = logging.StreamHandler(sys.stderr)
        detail.setFormatter(_Elapsed("brandvoice: [%(elapsed)5.2fs] %(message)s"))
        library.addHandler(detail)
        library.setLevel(logging.INFO)
        library.propagate = False


class _Elapsed(logging.Formatter):
    """Each line with the seconds since the command started (``relativeCreated``)."""

    def format(self, record: logging.LogRecord) -> str:
        record.elapsed = record.relativeCreated / 1000
        return super().format(record)


def main(argv: Sequence[str] | None = None) -> int:
    from brandvoice.cli.parser import build_parser
    from brandvoice.errors import BrandvoiceError

    args = build_parser().parse_args(argv)
    _show_warnings_as_one_line()
    _show_notices(
        quiet=bool(getattr(args, "quiet", False)), verbose=bool(getattr(args, "verbose", False))
    )
    try:
        from brandvoice.cli import commands

        handler = getattr(commands, f"run_{args.command}")
        return int(handler(args))
    except BrandvoiceError as error:
        # Bad input, or a setup the user can mend (LanguageTool not installed under --strict).
        print(f"brandvoice: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _quiet_after_broken_pipe()
    except Exception as error:  # the one place every other failure becomes exit 3
        return _internal_error(error, debug=_debugging(args))


def _debugging(args: object) -> bool:
    return bool(getattr(args, "debug", False) or os.environ.get("BRANDVOICE_DEBUG"))


def _internal_error(error: BaseException, *, debug: bool) -> int:
    """One line saying what failed and how to report it (exit 3, never 1: a pipeline must not
    read a crash as findings); the traceback only when asked."""
    if debug:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    what = str(error).splitlines()[0] if str(error) else ""
    print(
        f"brandvoice: internal error: {type(error).__name__}"
        + (f": {what}" if what else "")
        + ("" if debug else " (rerun with --debug for the traceback)")
        + f"; please report it at {ISSUES_URL}",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _quiet_after_broken_pipe() -> int:
    """The reader (``| head``) stopped reading: no traceback, and none either when Python
    flushes stdout at exit, so stdout is pointed at /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE
