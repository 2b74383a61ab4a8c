"""``brandvoice grammalecte status``: whether the second French grammar checker is found."""

from __future__ import annotations

import argparse

EXIT_OK, EXIT_UNAVAILABLE = 0, 1
# One error Grammalecte finds and the other checks do not: proof that it loads and checks.
_PROBE = "Il faut qu'il vient demain."


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``grammalecte`` command to the CLI's ``subparsers``."""
    parser = subparsers.add_parser(
        "grammalecte",
        help="show whether Grammalecte, the second French grammar checker, is installed",
        description="Grammalecte checks French grammar in-process beside LanguageTool. It is "
        "not on PyPI: on Debian/Ubuntu, apt-get install python3-grammalecte; elsewhere set "
        "BRANDVOICE_GRAMMALECTE_PATH to the directory holding its `grammalecte` package.",
    )
    actions = parser.add_subparsers(dest="grammalecte_command", metavar="ACTION", required=True)
    actions.add_parser("status", help="show where it is and check a sentence with it")


def run(args: argparse.Namespace) -> int:
    from brandvoice.grammalecte import GrammalecteUnavailable, find_package, get_engine

    package = find_package()
    print(f"package: {package or 'not found'}")
    try:
        engine = get_engine()
    except GrammalecteUnavailable as error:
        print(f"engine: unavailable ({error})")
        return EXIT_UNAVAILABLE
    found = engine.check(_PROBE)
    print(f"engine: {engine.name}; {_PROBE!r} -> {[e.message for e in found]}")
    return EXIT_OK if found else EXIT_UNAVAILABLE
