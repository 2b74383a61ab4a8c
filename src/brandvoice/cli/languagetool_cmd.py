"""``brandvoice languagetool install | status | serve | start | stop``: set up and run the
LanguageTool backend.

``start`` leaves a server running for the next commands, which find it through a state file
in the cache folder and reuse it; ``stop`` stops it (:mod:`brandvoice.languagetool.shared`).

Only argparse is imported at module level so that ``--help`` stays fast; the commands
import the backend when they run.
"""

from __future__ import annotations

import argparse
import sys
import time

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing slows --help

if TYPE_CHECKING:
    from pathlib import Path

    from brandvoice.languagetool import Installation

EXIT_OK, EXIT_UNAVAILABLE = 0, 1


def _path(value: str) -> Path:
    from pathlib import Path  # pathlib only when a path is given: --help stays fast

    return Path(value)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``languagetool`` command and its actions to the CLI's ``subparsers``."""
    parser = subparsers.add_parser(
        "languagetool",
        help="install, inspect or serve the LanguageTool grammar checker",
        description="LanguageTool checks spelling and grammar. It runs on Java 17; "
        "install fetches it from Maven Central (with mvn) into the user's cache.",
    )
    actions = parser.add_subparsers(dest="languagetool_command", metavar="ACTION", required=True)

    install = actions.add_parser("install", help="fetch LanguageTool (once) and print its path")
    _add_installation_options(install)
    install.add_argument("--verbose", action="store_true", help="show Maven's output")

    status = actions.add_parser("status", help="show the installation and server reachability")
    status.add_argument(
        "--url", help="server URL(s) to probe (default: $BRANDVOICE_LANGUAGETOOL_URL)"
    )
    status.add_argument(
        "--start", action="store_true", help="also start the local server and time a check"
    )
    _add_installation_options(status)

    serve = actions.add_parser(
        "serve", help="run a LanguageTool server in the foreground until Ctrl-C"
    )
    serve.add_argument("--port", type=int, default=8081, help="port to listen on (default 8081)")
    serve.add_argument(
        "--public", action="store_true", help="accept connections from other machines"
    )
    _add_installation_options(serve)

    start = actions.add_parser(
        "start",
        help="start a server in the background that the next commands reuse",
        description="Start LanguageTool's server detached from this command, its output in "
        "server.log in the cache folder, and record it in server.json there: until "
        "`brandvoice languagetool stop`, every command that would start a server of its own "
        "uses this one instead (checks skip the server's start and first-check warm-up). "
        "Does nothing when one is running already.",
    )
    start.add_argument("--port", type=int, help="port to listen on (default: a free one)")
    _add_installation_options(start)

    stop = actions.add_parser("stop", help="stop the server that `start` left running")
    stop.add_argument(
        "--cache-dir", type=_path, metavar="DIR", help="the cache folder given to start"
    )


def run(args: argparse.Namespace) -> int:
    """Run the action chosen on the command line; the process exit status."""
    actions = {
        "install": _install,
        "status": _status,
        "serve": _serve,
        "start": _start,
        "stop": _stop,
    }
    return actions[args.languagetool_command](args)


def _add_installation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        dest="lt_version",
        metavar="VERSION",
        help="LanguageTool version (install default: the tested one; otherwise the newest "
        "installed)",
    )
    parser.add_argument(
        "--cache-dir",
        type=_path,
        metavar="DIR",
        help="where installations live (default: $BRANDVOICE_CACHE_DIR/languagetool, "
        "else ~/.cache/brandvoice/languagetool)",
    )


def _install(args: argparse.Namespace) -> int:
    from brandvoice.languagetool import DEFAULT_VERSION, find_installation, install

    version = args.lt_version or DEFAULT_VERSION
    if find_installation(version, args.cache_dir) is None:
        print(f"Fetching LanguageTool {version} from Maven Central...", file=sys.stderr)
    installation = install(version, args.cache_dir, quiet=not args.verbose)
    print(installation.root)
    print(f"(LTP_PATH for language-tool-python: {installation.ltp_path})", file=sys.stderr)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    import shutil

    from brandvoice.languagetool import find_installation, settings
    from brandvoice.languagetool.install import missing_jars

    usable = False
    installation = find_installation(args.lt_version, args.cache_dir)
    if installation is None:
        where = args.cache_dir or settings.cache_dir()
        print(f"installation: none in {where} (run: brandvoice languagetool install)")
    else:
        missing = missing_jars(installation)
        state = "complete" if not missing else f"BROKEN, {len(missing)} jars missing"
        print(f"installation: LanguageTool {installation.version} at {installation.root} ({state})")
    for program in ("java", "mvn"):
        print(f"{program}: {shutil.which(program) or 'not found on PATH'}")
    from brandvoice.languagetool.shared import find_running, read_state

    recorded = read_state(args.cache_dir)
    shared = find_running(None, args.cache_dir)
    if shared is not None:
        print(
            f"started server: LanguageTool {shared.version} at {shared.url} (pid {shared.pid}, "
            f"since {shared.started}; log {shared.log}); reused by commands, "
            "`brandvoice languagetool stop` stops it"
        )
        usable = True
    elif recorded is not None:
        print(f"started server: gone (pid {recorded.pid}, {recorded.url}); stale record removed")
    else:
        print("started server: none (`brandvoice languagetool start` keeps one running)")
    urls = settings.server_urls(args.url)
    if not urls:
        print(f"servers: none configured ({settings.URL_VARIABLE})")
    for url in urls:
        answer = _probe(url)
        print(f"server {url}: {answer}")
        usable = usable or answer.startswith("reachable")
    if installation is not None and not missing_jars(installation):
        usable = usable or shutil.which("java") is not None
        if args.start:
            usable = _time_local_server(installation) and usable
    return EXIT_OK if usable else EXIT_UNAVAILABLE


def _time_local_server(installation: Installation) -> bool:
    from brandvoice.languagetool import (
        LanguageToolBackend,
        LanguageToolUnavailable,
        LocalPool,
        LocalServer,
    )

    server = LocalServer(installation)
    backend = LanguageToolBackend(LocalPool(server))
    try:
        server.ensure_running()
        print(f"local server: ready in {server.last_start_seconds:.1f} s (pid {server.pid})")
        for lang, text in (("fr", "Je suis allé a la plage."), ("en", "He go to school.")):
            started = time.monotonic()
            matches = backend.check(text, lang)
            print(
                f"  first {lang} check: {time.monotonic() - started:.1f} s, "
                f"{len(matches)} matches in {text!r}"
            )
    except LanguageToolUnavailable as error:
        print(f"local server: failed: {error}")
        return False
    finally:
        backend.close()
    return True


def _probe(url: str) -> str:
    """Whether the server at ``url`` answers, and its LanguageTool version."""
    import json
    import urllib.parse
    import urllib.request

    started = time.monotonic()
    data = urllib.parse.urlencode({"text": "Hello.", "language": "en-US"}).encode()
    try:
        with urllib.request.urlopen(f"{url}v2/check", data=data, timeout=10) as response:
            software = json.load(response).get("software", {})
    except OSError as error:
        return f"unreachable ({getattr(error, 'reason', error)})"
    except ValueError:
        return "answers, but not like a LanguageTool server"
    elapsed = time.monotonic() - started
    return f"reachable, LanguageTool {software.get('version', '?')} ({elapsed:.2f} s)"


def _serve(args: argparse.Namespace) -> int:
    from brandvoice.languagetool import LanguageToolUnavailable, LocalServer, find_installation
    from brandvoice.languagetool.errors import INSTALL_COMMAND

    installation = find_installation(args.lt_version, args.cache_dir)
    if installation is None:
        raise LanguageToolUnavailable(f"LanguageTool is not installed; run: {INSTALL_COMMAND}")
    server = LocalServer(installation, port=args.port, public=args.public, quiet=False)
    try:
        server.ensure_running()
        host = _public_host() if args.public else "127.0.0.1"
        print(
            f"LanguageTool {installation.version} serves on http://{host}:{args.port}/ "
            f"(pid {server.pid}); Ctrl-C stops it.\n"
            f"Clients use it with: BRANDVOICE_LANGUAGETOOL_URL=http://{host}:{args.port}/",
            file=sys.stderr,
        )
        status = server.wait()
        print(f"LanguageTool server exited with status {status}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        server.stop()


def _start(args: argparse.Namespace) -> int:
    from brandvoice.languagetool import LanguageToolUnavailable, find_installation
    from brandvoice.languagetool.errors import INSTALL_COMMAND
    from brandvoice.languagetool.shared import start

    installation = find_installation(args.lt_version, args.cache_dir)
    if installation is None:
        raise LanguageToolUnavailable(f"LanguageTool is not installed; run: {INSTALL_COMMAND}")
    began = time.monotonic()
    state, started = start(installation, port=args.port, cache_dir=args.cache_dir)
    if started:
        print(
            f"LanguageTool {state.version} started at {state.url} (pid {state.pid}) in "
            f"{time.monotonic() - began:.1f} s; log: {state.log}",
            file=sys.stderr,
        )
    else:
        print(
            f"LanguageTool {state.version} is already running at {state.url} "
            f"(pid {state.pid}, since {state.started})",
            file=sys.stderr,
        )
    print(
        "Commands that would start their own server use it; "
        "`brandvoice languagetool stop` stops it.",
        file=sys.stderr,
    )
    print(state.url)
    return EXIT_OK


def _stop(args: argparse.Namespace) -> int:
    from brandvoice.languagetool.shared import stop

    state = stop(args.cache_dir)
    if state is None:
        print("No LanguageTool server started by `brandvoice languagetool start` is running.")
    else:
        print(f"Stopped LanguageTool {state.version} at {state.url} (pid {state.pid}).")
    return EXIT_OK


def _public_host() -> str:
    import socket

    return socket.getfqdn()
