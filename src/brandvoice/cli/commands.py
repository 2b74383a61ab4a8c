"""One function per sub-command; each returns the process exit status."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from brandvoice.cli import grammalecte_cmd, languagetool_cmd
from brandvoice.cli.inputs import STDIN, CheckInput, check_input, read_text
from brandvoice.findings import Severity

if TYPE_CHECKING:
    import datetime as dt

    from brandvoice.adaptation import Adaptation
    from brandvoice.checks import Checker
    from brandvoice.config import FileSettings, LoadedConfig
    from brandvoice.findings import Report
    from brandvoice.parallel import Batches

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

run_languagetool = languagetool_cmd.run
run_grammalecte = grammalecte_cmd.run


def _exit_status(severities: Iterable[Severity | None], fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = Severity(fail_on).rank
    worst = max((s.rank for s in severities if s is not None), default=-1)
    return EXIT_FINDINGS if worst >= threshold else EXIT_CLEAN


def _languagetool_mode(args: argparse.Namespace) -> str:
    if args.no_languagetool:
        return "off"
    return "required" if args.strict else "auto"


def _check_languagetool_mode(args: argparse.Namespace, configured: str | None) -> str:
    """The command line's choice, else the configuration's, else ``auto``."""
    if args.no_languagetool or args.strict:
        return _languagetool_mode(args)
    return configured or "auto"


def run_check(args: argparse.Namespace) -> int:
    from brandvoice.checks import Checker
    from brandvoice.config import FileSettings, load_config

    config = load_config(args.config)
    settings = config.settings
    rules = project_rules(args, config)
    rules.pop("lang")  # each file's language comes from its settings (FileSettings)
    checker = Checker(
        **rules,
        second_opinion=settings.second_opinion,
        max_chars=args.max_chars or settings.max_chars,
    )
    given = FileSettings(args.voice, args.network, args.lang)
    inputs, unreadable = _read_inputs(args.files, given, config, checker.max_chars)
    if unreadable and not inputs:
        return EXIT_USAGE  # nothing to report: the errors above say it all
    from brandvoice.cli.batch import batches

    with batches(args, len(inputs), "checking") as running:
        reports = _check_inputs(checker, inputs, running)
        if args.fix:
            reports = _fix_files(
                checker, inputs, reports, given, config, running, unsafe=args.unsafe_fixes
            )
    if args.format == "junit":
        from brandvoice.report.junit import family, render_junit

        families = dict.fromkeys(family(rule.id) for rule in checker.rules)
        print(render_junit(reports, args.fail_on, families))
        return _batch_status(reports, unreadable, args.fail_on)
    if args.format == "json":
        from brandvoice.report.json import render_check
    elif args.format == "sarif":
        from brandvoice.report.sarif import render_sarif as render_check
    else:
        from brandvoice.report.text import render_check
    print(render_check(reports))
    return _batch_status(reports, unreadable, args.fail_on)


def _read_inputs(
    paths: list[str], given: FileSettings, config: LoadedConfig, max_chars: int
) -> tuple[list[CheckInput], int]:
    """The files to check, read one by one: a missing, unreadable or too long file (or bad
    front matter) is reported on stderr and skipped, so the rest of the batch is checked."""
    from brandvoice.errors import InputError
    from brandvoice.text.limits import MAX_CHARS_OPTION, require_within

    inputs, unreadable = [], 0
    for path in paths:
        if path != STDIN and config.is_ignored(path):
            continue
        try:
            text = read_text(path)
            require_within(text, max_chars, path=path, option=MAX_CHARS_OPTION)
            inputs.append(check_input(path, text, given, config))
        except InputError as error:
            print(f"brandvoice: error: {error}", file=sys.stderr)
            unreadable += 1
    return inputs, unreadable


def _batch_status(reports: list[Report], unreadable: int, fail_on: str) -> int:
    """Findings decide the status, unless a file could not be read: then 2, after the
    others' reports, so that a pipeline never passes a batch it did not fully check."""
    if unreadable:
        noun = "file" if unreadable == 1 else "files"
        print(
            f"brandvoice: error: {unreadable} {noun} could not be checked (above)", file=sys.stderr
        )
        return EXIT_USAGE
    return _exit_status((r.worst() for r in reports), fail_on)


def _check_inputs(checker: Checker, inputs: list[CheckInput], running: Batches) -> list[Report]:
    """Each input's report, in input order, checked where ``running`` says (this process,
    worker processes or a Dask cluster: the same reports)."""
    from brandvoice.checks import CheckRequest

    requests = [
        CheckRequest(item.checkable, item.voice, item.network, item.lang, item.path)
        for item in inputs
    ]
    reports = running.check(checker, requests)
    return [item.finish(report) for item, report in zip(inputs, reports, strict=True)]


def _fix_files(
    checker: Checker,
    inputs: list[CheckInput],
    reports: list[Report],
    given: FileSettings,
    config: LoadedConfig,
    running: Batches,
    *,
    unsafe: bool,
) -> list[Report]:
    """Write each file's fixes in place and return the reports of the fixed texts. Offsets
    point into the file as written (Markdown too), so fixes apply to the file's text."""
    from brandvoice.checks.fixes import apply_fixes
    from brandvoice.errors import InputError
    from brandvoice.files import write_atomic

    if any(item.path == STDIN for item in inputs):
        raise InputError("--fix rewrites files in place; it cannot fix standard input")
    fixed_inputs = []
    for item, report in zip(inputs, reports, strict=True):
        result = apply_fixes(item.text, report.findings, unsafe=unsafe)
        if result.applied:
            write_atomic(item.path, result.text)  # the old file kept if this fails
            print(f"{item.path}: {len(result.applied)} fix(es) applied", file=sys.stderr)
        fixed_inputs.append(check_input(item.path, result.text, given, config))
    return _check_inputs(checker, fixed_inputs, running)


def adapt_from_args(args: argparse.Namespace) -> Adaptation:
    """The adaptation `adapt` and `preview` write, from their shared options."""
    from brandvoice.adaptation import adapt

    return adapt(_read_master(args, args.file), **adapt_options(args))


def _read_master(args: argparse.Namespace, path: str) -> str:
    from brandvoice.text.limits import MAX_ADAPT_CHARS, MAX_CHARS_OPTION, require_within

    master = read_text(path)
    require_within(master, args.max_chars or MAX_ADAPT_CHARS, path=path, option=MAX_CHARS_OPTION)
    return master


def project_rules(args: argparse.Namespace, config: LoadedConfig | None = None) -> dict[str, Any]:
    """What the project configuration (``brandvoice.toml``, ``--config``; ``config`` when
    already loaded) says about the checks, under the command line's options: the keyword
    arguments ``check``, ``adapt`` and ``plan`` share (rules, severities, LanguageTool,
    vocabulary, language)."""
    from brandvoice.config import load_config

    if config is None:
        config = load_config(getattr(args, "config", None))
    settings = config.settings
    vocabulary = config.vocabulary()
    return dict(
        disable=[*settings.disable, *args.disable],
        severity=settings.severity,
        languagetool=_check_languagetool_mode(args, settings.languagetool),
        languagetool_url=args.languagetool_url,
        accept=vocabulary.accept,
        reject=vocabulary.reject,
        lang=_lang(getattr(args, "lang", "auto"), settings.lang),
    )


def _lang(given: str, configured: str | None) -> str:
    """The command line's language, else the configuration's, else ``auto``."""
    return configured if given == "auto" and configured else given


def adapt_options(args: argparse.Namespace) -> dict[str, Any]:
    """:func:`brandvoice.adapt`'s keyword arguments from the command line and the project
    configuration."""
    from brandvoice.text.limits import MAX_ADAPT_CHARS

    return dict(
        **project_rules(args),
        voices=args.voice,
        networks=args.network,
        brand=args.brand,
        date=args.date,
        intent=args.intent,
        action=args.action,
        cta=args.cta,
        emoji=not args.no_emoji,
        hashtags=[] if args.no_hashtags else args.hashtag,
        max_chars=args.max_chars or MAX_ADAPT_CHARS,
    )


def run_adapt(args: argparse.Namespace) -> int:
    if len(args.files) > 1:
        return _adapt_many(args)
    args.file = args.files[0]
    adaptation = adapt_from_args(args)
    _print_adaptation(adaptation, args.format)
    worst = (f.severity for v in adaptation.variants for f in v.findings)
    return _exit_status(worst, args.fail_on)


def _adapt_many(args: argparse.Namespace) -> int:
    """Each master adapted (on the workers when the batch is worth it), the outputs in
    the files' order; a file that cannot be read is reported and skipped (exit 2)."""
    from brandvoice.cli.batch import batches
    from brandvoice.errors import InputError
    from brandvoice.parallel import AdaptCall

    options = adapt_options(args)
    paths, calls, unreadable = [], [], 0
    for path in args.files:
        try:
            master = _read_master(args, path)
            if not master.strip():
                raise InputError("the master message is empty", path=path)
        except InputError as error:
            print(f"brandvoice: error: {error}", file=sys.stderr)
            unreadable += 1
            continue
        paths.append(path)
        calls.append(AdaptCall(master, options))
    if not calls:
        return EXIT_USAGE
    with batches(args, len(calls), "adapting") as running:
        adaptations = running.adapt(calls)
    if args.format == "json":
        document = {
            "version": 1,
            "adaptations": [
                {"path": path, "adaptation": adaptation.to_dict()}
                for path, adaptation in zip(paths, adaptations, strict=True)
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        # Each file's output as a single file's, under its name (like `head`'s headers).
        for number, (path, adaptation) in enumerate(zip(paths, adaptations, strict=True)):
            if number:
                print("\n---\n" if args.format == "markdown" else "")
            print(f"<!-- {path} -->" if args.format == "markdown" else f"==> {path} <==")
            _print_adaptation(adaptation, args.format)
    if unreadable:
        noun = "file" if unreadable == 1 else "files"
        print(
            f"brandvoice: error: {unreadable} {noun} could not be adapted (above)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    worst = (f.severity for a in adaptations for v in a.variants for f in v.findings)
    return _exit_status(worst, args.fail_on)


def _print_adaptation(adaptation: Adaptation, format: str) -> None:
    if format == "json":
        from brandvoice.report.json import render_adaptation

        print(render_adaptation(adaptation))
    elif format == "markdown":
        from brandvoice.report.markdown import render_adaptation

        print(render_adaptation(adaptation))
    else:
        from brandvoice.report.console import print_adaptation

        print_adaptation(adaptation)


def run_analyze(args: argparse.Namespace) -> int:
    from brandvoice.analysis import analyze_many

    # With --lang auto, each text's language is detected and the batch split per language.
    results = analyze_many([read_text(path) for path in args.files], args.lang)
    if args.format == "json":
        document = {
            "version": 1,
            "results": [
                {"path": path, **result.to_dict()}
                for path, result in zip(args.files, results, strict=True)
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    for path, result in zip(args.files, results, strict=True):
        ease = result.readability.get("reading_ease")
        print(
            f"{path}: {result.lang}, formality {result.formality:.0f}/100, "
            f"address {result.address or '-'}, reading ease "
            f"{'-' if ease is None else f'{ease:.0f}'}"
        )
        for marker in sorted(result.markers, key=lambda m: -abs(m.weight))[:8]:
            print(f"  {marker.weight:+6.1f}  {marker.kind:14} {marker.text!r}")
    return EXIT_CLEAN


def run_understand(args: argparse.Namespace) -> int:
    from brandvoice.understand import understand

    date = _iso_date_option(args.date, "--date")
    message = understand(
        read_text(args.file), args.lang, date=date, intent=args.intent, action=args.action
    )
    if args.format == "json":
        print(json.dumps(message.to_dict(), ensure_ascii=False, indent=2))
    else:
        from brandvoice.report.understanding import understood_lines

        print("\n".join(understood_lines(message)))
    return _exit_status((f.severity for f in message.findings), args.fail_on)


def _iso_date_option(value: str | None, option: str) -> dt.date | None:
    """``value`` as a date, or an input error naming ``option`` (one line, exit 2)."""
    import datetime as dt

    from brandvoice.errors import InputError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {value!r}", field=option) from None


def run_voices(args: argparse.Namespace) -> int:
    from brandvoice.profiles import builtin_voice_names, get_voice, profile_json_schema

    if args.voices_command == "list":
        for name in builtin_voice_names():
            voice = get_voice(name)
            print(f"{name:22} {', '.join(voice.networks):28} {voice.description}")
    elif args.voices_command == "show":
        import yaml

        data = get_voice(args.name).model_dump(mode="json", exclude={"extends"})
        sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    elif args.campaign:
        from brandvoice.campaigns import campaign_json_schema

        print(json.dumps(campaign_json_schema(), indent=2, ensure_ascii=False))
    else:
        print(json.dumps(profile_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_CLEAN


def run_networks(args: argparse.Namespace) -> int:
    from brandvoice.networks import all_networks

    header = f"{'id':9} {'name':20} {'limit':>6} {'unit':18} {'fold':14} {'#tags':>5} links"
    print(header)
    for network in all_networks().values():
        fold = network.fold
        fold_text = "-"
        if fold is not None:
            parts = [
                f"{fold.chars} ch" if fold.chars else "",
                f"{fold.lines} l" if fold.lines else "",
            ]
            fold_text = "/".join(p for p in parts if p)
        limit = "-" if network.limit is None else str(network.limit)
        tags = "-" if network.max_hashtags is None else str(network.max_hashtags)
        links = "clickable" if network.links_clickable else "not clickable"
        status = "" if network.status == "active" else f" [{network.status}]"
        print(
            f"{network.id:9} {network.name:20} {limit:>6} {network.unit!s:18} "
            f"{fold_text:14} {tags:>5} {links}{status}"
        )
    return EXIT_CLEAN


def run_rules(args: argparse.Namespace) -> int:
    from brandvoice.checks.registry import documented_rules

    if args.format == "markdown":
        from brandvoice.checks.docs import rules_markdown

        sys.stdout.write(rules_markdown())
        return EXIT_CLEAN
    for rule in documented_rules():
        fix = f" fix:{rule.fix}" if rule.fix else ""
        print(f"{rule.id:22} {rule.severity!s:8} {rule.category!s:12} {rule.summary}{fix}")
    return EXIT_CLEAN


def run_transforms(args: argparse.Namespace) -> int:
    from brandvoice.adaptation.transforms import all_transforms

    if args.format == "markdown":
        from brandvoice.adaptation.docs import transforms_markdown

        sys.stdout.write(transforms_markdown())
        return EXIT_CLEAN
    for transform in all_transforms():
        print(f"{transform.id:18} {transform.stage!s:5} {transform.order:3} {transform.summary}")
    return EXIT_CLEAN


def run_plan(args: argparse.Namespace) -> int:
    from brandvoice.cli import plan_cmd

    return plan_cmd.run(args)


def run_preview(args: argparse.Namespace) -> int:
    from brandvoice.cli import preview_cmd

    return preview_cmd.run(args)
