"""The project configuration: discovery, strict validation with file:line errors, per-path
settings, and what `check` does with it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brandvoice.config import FileSettings, load_config
from brandvoice.errors import InputError

from .conftest import require_grammalecte

LONG = "Our new shop opens in Toulon on Saturday with tastings all afternoon. " * 6


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`brandvoice check` run from ``cwd``, where the configuration is looked for."""
    return subprocess.run(
        [sys.executable, "-m", "brandvoice", "check", "--no-languagetool", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_brandvoice_toml_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    _write(tmp_path / "brandvoice.toml", 'network = "x"\nlang = "fr"\n')
    (tmp_path / "posts" / "x").mkdir(parents=True)
    config = load_config(start=tmp_path / "posts" / "x")
    assert config.path == tmp_path / "brandvoice.toml"
    assert config.settings_for(str(tmp_path / "a.txt")) == FileSettings(None, "x", "fr")


def test_pyproject_without_the_table_does_not_stop_the_search(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.brandvoice]\nnetwork = "linkedin"\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "other"\n')
    config = load_config(start=tmp_path / "sub")
    assert config.path == tmp_path / "pyproject.toml"
    assert config.settings.network == "linkedin"


def test_brandvoice_toml_wins_over_pyproject_in_one_directory(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.brandvoice]\nnetwork = "linkedin"\n')
    _write(tmp_path / "brandvoice.toml", 'network = "x"\n')
    assert load_config(start=tmp_path).settings.network == "x"


def test_explicit_config_overrides_discovery(tmp_path: Path) -> None:
    _write(tmp_path / "brandvoice.toml", 'network = "x"\n')
    other = _write(tmp_path / "ci" / "strict.toml", 'network = "bluesky"\n')
    config = load_config(other, start=tmp_path)
    assert (config.settings.network, config.root) == ("bluesky", other.parent.resolve())
    with pytest.raises(InputError, match="configuration file not found"):
        load_config(tmp_path / "missing.toml", start=tmp_path)


def test_no_configuration_is_the_empty_one(tmp_path: Path) -> None:
    config = load_config(start=tmp_path)
    assert config.path is None
    assert config.settings_for(str(tmp_path / "a.md")) == FileSettings()


def test_paths_entries_apply_in_order_over_the_defaults(tmp_path: Path) -> None:
    _write(
        tmp_path / "pyproject.toml",
        """[tool.brandvoice]
voice = "corporate"
network = "linkedin"

[[tool.brandvoice.paths]]
glob = "posts/**/*.md"
network = "facebook"

[[tool.brandvoice.paths]]
glob = "posts/x/*.md"
network = "x"
voice = "voices/brand.yaml"
""",
    )
    config = load_config(start=tmp_path)
    root = tmp_path.resolve()
    assert config.settings_for(str(tmp_path / "posts/x/launch.md")) == FileSettings(
        str(root / "voices/brand.yaml"), "x", None
    )
    assert config.settings_for(str(tmp_path / "posts/fb/deep/a.md")).network == "facebook"
    # `*` stays within one directory: posts/x/sub/a.md is not posts/x/*.md.
    assert config.settings_for(str(tmp_path / "posts/x/sub/a.md")).network == "facebook"
    assert config.settings_for(str(tmp_path / "notes.md")) == FileSettings(
        "corporate", "linkedin", None
    )


def test_ignore_globs(tmp_path: Path) -> None:
    _write(tmp_path / "brandvoice.toml", 'ignore = ["*.draft.md", "vendor/", "docs/*.md"]\n')
    config = load_config(start=tmp_path)
    assert config.is_ignored(str(tmp_path / "posts/a.draft.md"))  # a name anywhere
    assert config.is_ignored(str(tmp_path / "vendor/lib/readme.md"))  # a directory
    assert config.is_ignored(str(tmp_path / "docs/a.md"))
    assert not config.is_ignored(str(tmp_path / "docs/sub/a.md"))
    assert not config.is_ignored(str(tmp_path / "posts/a.md"))


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        (
            '[tool.brandvoice]\nnetwork = "x"\n\n[[tool.brandvoice.paths]]\nglob = "a/*"\n\n'
            '[[tool.brandvoice.paths]]\nglob = "b/*"\nnetwrk = "x"\n',
            9,
            "tool.brandvoice.paths[1].netwrk: unknown key; expected one of: glob, lang,",
        ),
        (
            '[tool.brandvoice]\nnetwork = "x"\ncolour = "blue"\n',
            3,
            "tool.brandvoice.colour: unknown key; expected one of: disable, ignore,",
        ),
        ('[tool.brandvoice]\n\ndisable = "length"\n', 3, "tool.brandvoice.disable: Input should"),
        (
            '[tool.brandvoice]\nlang = "de"\n',
            2,
            "tool.brandvoice.lang: unsupported language; use auto or one of: en, en-US",
        ),
        ('[tool.brandvoice]\nnetwork = "myspace"\n', 2, "unknown network 'myspace'"),
        (
            '[tool.brandvoice]\nseverity = { "length.fold" = "error", "lenght" = "info" }\n',
            2,
            "tool.brandvoice.severity: unknown rule 'lenght'",
        ),
        (
            '[tool.brandvoice]\n[tool.brandvoice.severity]\n"length.fold" = "fatal"\n',
            3,
            "tool.brandvoice.severity.length.fold: Input should be 'error', 'warning' or 'info'",
        ),
        ('[tool.brandvoice]\n\n[[tool.brandvoice.paths]]\nnetwork = "x"\n', 3, "missing"),
        ('[tool.brandvoice]\nnetwork = "x\n', 2, "invalid TOML"),
    ],
)
def test_errors_name_the_file_the_line_and_the_key(
    tmp_path: Path, text: str, line: int, expected: str
) -> None:
    path = _write(tmp_path / "pyproject.toml", text)
    with pytest.raises(InputError) as raised:
        load_config(path)
    assert raised.value.line == line
    assert str(raised.value).startswith(f"{path}:{line}: ")
    assert expected in str(raised.value)


def test_unknown_key_at_the_top_of_brandvoice_toml(tmp_path: Path) -> None:
    _write(tmp_path / "brandvoice.toml", '# settings\nnetwork = "x"\nvoices = "casual"\n')
    with pytest.raises(InputError, match=r"brandvoice\.toml:3: voices: unknown key"):
        load_config(start=tmp_path)


def test_check_uses_the_configuration_found_from_its_directory(tmp_path: Path) -> None:
    _write(
        tmp_path / "brandvoice.toml",
        """network = "linkedin"
disable = ["register", "readability"]
severity = { "length.hashtags" = "error" }
ignore = ["drafts/"]

[[paths]]
glob = "posts/x/*.txt"
network = "x"
""",
    )
    _write(tmp_path / "posts/x/launch.txt", LONG)
    _write(tmp_path / "posts/linkedin.txt", LONG)
    _write(tmp_path / "drafts/wip.txt", "wip")
    result = _check(
        tmp_path, "posts/x/launch.txt", "posts/linkedin.txt", "drafts/wip.txt", "--format", "json"
    )
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert [(r["path"], r["network"]) for r in document["results"]] == [
        ("posts/x/launch.txt", "x"),
        ("posts/linkedin.txt", "linkedin"),
    ]
    rules = {f["rule"]: f["severity"] for r in document["results"] for f in r["findings"]}
    assert rules["length.hashtags"] == "error"
    assert not [r for r in rules if r.startswith(("register", "readability"))]
    assert "length.over-limit" in rules  # the X post is too long, the LinkedIn one is not


def test_command_line_network_wins_and_disable_adds_up(tmp_path: Path) -> None:
    _write(tmp_path / "brandvoice.toml", 'network = "x"\ndisable = ["register"]\n')
    _write(tmp_path / "post.txt", LONG)
    result = _check(
        tmp_path, "post.txt", "--network", "linkedin", "--disable", "length", "--format", "json"
    )
    document = json.loads(result.stdout)
    (report,) = document["results"]
    assert report["network"] == "linkedin"
    assert not [f for f in report["findings"] if f["category"] in ("register", "length")]


def test_explicit_config_and_its_errors_on_the_command_line(tmp_path: Path) -> None:
    bad = _write(tmp_path / "ci.toml", 'network = "x"\nfail_on = "warning"\n')
    _write(tmp_path / "post.txt", "Bonjour Toulon !")
    result = _check(tmp_path, "post.txt", "--config", "ci.toml")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "brandvoice: error: ci.toml:2: fail_on: unknown key; expected one of: disable, "
        "ignore, lang, languagetool, max_chars, network, paths, second_opinion, severity, "
        "vocabulary, vocabulary_dir, voice"
    )
    assert bad.exists()


def test_configuration_silences_a_grammalecte_group_and_sets_its_severity(
    tmp_path: Path,
) -> None:
    require_grammalecte()
    _write(
        tmp_path / "brandvoice.toml",
        'lang = "fr"\ndisable = ["grammalecte.gn"]\n'
        'severity = { "grammalecte.vmode" = "warning" }\n',
    )
    _write(tmp_path / "post.txt", "Les enfant jouent dans le jardin. Il faut qu'il vient demain.\n")
    result = _check(tmp_path, "post.txt", "--format", "json")
    (report,) = json.loads(result.stdout)["results"]
    assert any(b.startswith("grammalecte:") for b in report["backends"])
    found = {
        f["rule"].split(".")[1]: f["severity"]
        for f in report["findings"]
        if f["rule"].startswith("grammalecte.")
    }
    assert found == {"vmode": "warning"}


@pytest.mark.integration
def test_configuration_turns_the_second_opinion_off(
    tmp_path: Path, languagetool_backend: object
) -> None:
    require_grammalecte()
    # « venir déguisé » is right: LanguageTool alone flags it, an unreliable rule of its.
    _write(tmp_path / "post.txt", "Il vint déguisé en mousquetaire à la soirée.\n")
    severities = {}
    for setting in ("true", "false"):
        _write(tmp_path / "brandvoice.toml", f'lang = "fr"\nsecond_opinion = {setting}\n')
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "brandvoice",
                "check",
                "post.txt",
                "--format",
                "json",
                "--strict",
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=300,
            check=False,
        )
        (report,) = json.loads(result.stdout)["results"]
        severities[setting] = {
            f["rule"]: f["severity"] for f in report["findings"] if f["source"] == "languagetool"
        }
    assert severities == {
        "true": {"languagetool.FAIRE_VPPA": "info"},
        "false": {"languagetool.FAIRE_VPPA": "error"},
    }
