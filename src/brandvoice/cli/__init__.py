"""``brandvoice`` / ``python -m brandvoice``: the command-line front end."""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    from brandvoice.cli.parser import build_parser
    from brandvoice.errors import BrandvoiceError

    args = build_parser().parse_args(argv)
    try:
        from brandvoice.cli import commands

        handler = getattr(commands, f"run_{args.command}")
        return int(handler(args))
    except BrandvoiceError as error:
        print(f"brandvoice: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
