"""``brandvoice`` / ``python -m brandvoice``: the command-line front end."""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _show_warnings_as_one_line() -> None:
    """Library warnings (no spaCy model, LanguageTool unavailable) as one line each."""
    import warnings

    def show(message: Warning | str, *_: object, **__: object) -> None:
        print(f"brandvoice: warning: {message}", file=sys.stderr)

    warnings.showwarning = show


def main(argv: Sequence[str] | None = None) -> int:
    from brandvoice.cli.parser import build_parser
    from brandvoice.errors import BrandvoiceError

    args = build_parser().parse_args(argv)
    _show_warnings_as_one_line()
    try:
        from brandvoice.cli import commands

        handler = getattr(commands, f"run_{args.command}")
        return int(handler(args))
    except BrandvoiceError as error:
        print(f"brandvoice: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
