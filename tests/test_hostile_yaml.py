"""Hostile YAML: voice and campaign files are written by third parties.

Every file here is one a careless or malicious author could hand over: an alias bomb,
nesting deep enough to overflow the stack, an ``extends`` aimed at a device or outside the
voice's folder. Each must be an :class:`InputError` naming the file (the line and field
where known), which the CLI prints as one line before exiting 2: no hang, no memory
blow-up, no traceback.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from brandvoice.campaigns.loader import load_campaign, parse_campaign
from brandvoice.errors import InputError
from brandvoice.profiles import load_profile
from brandvoice.profiles.yamlsource import (
    DEFAULT_LIMITS,
    YamlLimits,
    parse_yaml,
    read_yaml_file,
)

GIB = 1024**3
# Seconds for a refused file, start-up included. Nearly all of it is importing spaCy
# before the voice is read; the YAML itself is refused in well under a second.
# The 20 s bound is CPU time (RLIMIT_CPU in the child): wall time on a shared, loaded
# machine says nothing about the work done. The wall timeout only catches a hang.
CLI_CPU_SECONDS = 20
CLI_TIMEOUT = 180

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX devices, FIFOs, rlimits")


def alias_bomb(levels: int = 8, width: int = 10) -> str:
    """ "Billion laughs": ``width ** levels`` values from a few hundred bytes."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    for level in range(1, levels + 1):
        uses = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{uses}]")
    return "\n".join(lines) + "\n"


DEEP_LISTS = "[" * 20_000
DEEP_MAPPINGS = "{" * 20_000


def voice(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def refusal(source: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        load_profile(source)
    return caught.value


# --- the limits ------------------------------------------------------------------------


def test_limits_are_named_constants_with_documented_defaults() -> None:
    documented = YamlLimits(
        max_bytes=1024 * 1024,
        max_depth=64,
        max_nodes=100_000,
        max_aliases=100,
        max_number_chars=100,
    )
    assert documented == DEFAULT_LIMITS
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_LIMITS.max_depth = 1_000  # type: ignore[misc]


def test_alias_bomb_is_refused_quickly() -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(alias_bomb(), "bomb.yaml")
    error = caught.value
    assert error.path == "bomb.yaml"
    assert error.line is not None
    assert error.message == "YAML aliases expand to more than 100000 values"


@pytest.mark.parametrize("text", [DEEP_LISTS, DEEP_MAPPINGS], ids=["lists", "mappings"])
def test_deep_flow_nesting_is_refused_without_recursion_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "deep.yaml")
    assert (caught.value.path, caught.value.line) == ("deep.yaml", 1)
    assert caught.value.message == "YAML nested more than 64 levels deep"


def test_deep_block_nesting_names_the_line_past_the_limit() -> None:
    text = "".join("  " * level + "- \n" for level in range(100))
    with pytest.raises(InputError, match="nested more than 64 levels") as caught:
        parse_yaml(text, "deep.yaml")
    assert caught.value.line == 65


def test_nesting_at_the_limit_is_accepted() -> None:
    depth = DEFAULT_LIMITS.max_depth
    data = parse_yaml("[" * depth + "]" * depth, "ok.yaml").data
    for _ in range(depth - 1):
        data = data[0]
    assert data == []


def test_aliases_cannot_graft_deep_nodes_past_the_depth_limit() -> None:
    inner = "[" * 60 + "]" * 60
    outer = "[" * 60 + "*a" + "]" * 60
    with pytest.raises(InputError, match="once aliases are expanded"):
        parse_yaml(f"a: &a {inner}\nb: {outer}\n", "graft.yaml")


def test_too_many_aliases() -> None:
    uses = ", ".join(["*a"] * 101)
    with pytest.raises(InputError) as caught:
        parse_yaml(f"a: &a 1\nb: [{uses}]\n", "aliases.yaml")
    assert (caught.value.line, caught.value.message) == (2, "more than 100 YAML aliases")


def test_a_few_aliases_are_still_fine() -> None:
    data = parse_yaml("base: &base {max: 3}\nx: *base\ny: *base\n", "ok.yaml").data
    assert data == {"base": {"max": 3}, "x": {"max": 3}, "y": {"max": 3}}


def test_too_many_nodes() -> None:
    limits = YamlLimits(max_nodes=50)
    with pytest.raises(InputError, match="more than 50 YAML nodes"):
        parse_yaml(f"[{', '.join(['1'] * 60)}]", "many.yaml", limits)


def test_recursive_alias_is_still_named() -> None:
    with pytest.raises(InputError, match="recursive YAML alias"):
        parse_yaml("a: &a [*a]\n", "loop.yaml")


@pytest.mark.parametrize(
    "number",
    ["1" * 5_000, "1" + ":1" * 300_000],
    ids=["past-python-int-digits", "quadratic-base-60"],
)
def test_long_numbers_are_refused_before_conversion(number: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(f"max: {number}\n", "n.yaml")
    assert (caught.value.line, caught.value.field) == (1, "max")
    assert "number longer than 100 characters" in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when: 2020-13-45\n", "invalid timestamp value '2020-13-45': month must be in 1..12"),
        ("flag: !!bool maybe\n", "invalid bool value 'maybe'"),
        ("when: !!timestamp soon\n", "invalid timestamp value 'soon'"),
    ],
)
def test_values_that_only_look_valid_are_input_errors(text: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "v.yaml")
    assert caught.value.line == 1
    assert caught.value.message == expected


def test_text_over_the_size_limit_is_refused_before_parsing() -> None:
    with pytest.raises(InputError, match="larger than 10 bytes"):
        parse_yaml("a: 12345678\n", "big.yaml", YamlLimits(max_bytes=10))


# --- reading files ---------------------------------------------------------------------


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * DEFAULT_LIMITS.max_bytes + b"\n")
    with pytest.raises(InputError) as caught:
        read_yaml_file(path)
    assert caught.value.path == str(path)
    assert caught.value.message == "larger than 1048576 bytes, the limit for a YAML file"


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.yaml"
    path.write_bytes(b"a: 1234567\n")  # 11 bytes
    assert read_yaml_file(path, YamlLimits(max_bytes=11)).data == {"a": 1234567}
    with pytest.raises(InputError, match="larger than 10 bytes"):
        read_yaml_file(path, YamlLimits(max_bytes=10))


@posix_only
def test_a_device_named_as_the_voice_is_not_read() -> None:
    error = refusal(Path("/dev/zero"))
    assert error.path == "/dev/zero"
    assert error.message == "not a regular file (a folder, device or pipe)"


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "voice.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_yaml_file(fifo)


def test_a_folder_is_not_a_voice_file(tmp_path: Path) -> None:
    folder = tmp_path / "voice.yaml"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        read_yaml_file(folder)
    assert caught.value.path == str(folder)


# --- extends ---------------------------------------------------------------------------


def test_extends_dev_zero_is_refused_with_file_line_and_field(tmp_path: Path) -> None:
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: /dev/zero\n")
    error = refusal(child)
    assert (error.path, error.line, error.field) == (str(child), 2, "extends")
    assert error.message.startswith("'/dev/zero' is outside the voice's folder")


def test_extends_cannot_climb_out_of_the_folder(tmp_path: Path) -> None:
    voice(tmp_path, "base.yaml", "name: base\nextends: corporate\n")
    child = voice(tmp_path / "brands", "brand.yaml", "name: brand\nextends: ../base.yaml\n")
    error = refusal(child)
    assert (error.path, error.line, error.field) == (str(child), 2, "extends")
    assert "'../base.yaml' is outside the voice's folder" in error.message
    assert "built-in voice name or a file inside that folder" in error.message


def test_extends_etc_passwd_through_dot_dots_is_refused(tmp_path: Path) -> None:
    climb = "../" * (len(tmp_path.parts) + 2) + "etc/passwd"
    child = voice(tmp_path, "brand.yaml", f"name: brand\nextends: {climb}\n")
    error = refusal(child)
    assert (error.line, error.field) == (2, "extends")
    assert "is outside the voice's folder" in error.message


def test_extends_absolute_path_outside_is_refused(tmp_path: Path) -> None:
    outside = voice(tmp_path / "elsewhere", "base.yaml", "name: base\nextends: corporate\n")
    child = voice(tmp_path / "brand", "brand.yaml", f"name: brand\nextends: {outside}\n")
    error = refusal(child)
    assert (error.path, error.line, error.field) == (str(child), 2, "extends")
    assert "is outside the voice's folder" in error.message


def test_extends_reaches_the_shared_profiles_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = voice(
        tmp_path / "agency", "base.yaml", "name: base\nextends: corporate\naudience: Us.\n"
    )
    child = voice(tmp_path / "brand", "brand.yaml", f"name: brand\nextends: {shared}\n")
    assert "(or in $BRANDVOICE_PROFILES_PATH)" in refusal(child).message
    monkeypatch.setenv("BRANDVOICE_PROFILES_PATH", str(tmp_path / "agency"))
    assert load_profile(child).audience == "Us."


def test_extends_absolute_path_inside_is_accepted(tmp_path: Path) -> None:
    base = voice(tmp_path, "base.yaml", "name: base\nextends: corporate\naudience: Us.\n")
    child = voice(tmp_path, "brand.yaml", f"name: brand\nextends: {base.resolve()}\n")
    assert load_profile(child).audience == "Us."


@posix_only
def test_extends_through_a_symlink_pointing_outside_is_refused(tmp_path: Path) -> None:
    outside = voice(tmp_path / "elsewhere", "base.yaml", "name: base\nextends: corporate\n")
    folder = tmp_path / "brand"
    folder.mkdir()
    (folder / "base.yaml").symlink_to(outside)
    child = voice(folder, "brand.yaml", "name: brand\nextends: base.yaml\n")
    error = refusal(child)
    assert (error.line, error.field) == (2, "extends")
    assert "'base.yaml' is outside the voice's folder" in error.message


@posix_only
def test_extends_through_a_symlink_inside_is_accepted(tmp_path: Path) -> None:
    voice(tmp_path / "shared", "base.yaml", "name: base\nextends: corporate\naudience: Us.\n")
    (tmp_path / "base.yaml").symlink_to(tmp_path / "shared" / "base.yaml")
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: base.yaml\n")
    assert load_profile(child).audience == "Us."


def test_files_deeper_in_the_folder_may_extend_back_up_to_it(tmp_path: Path) -> None:
    """The folder is that of the voice asked for: the chain may move around inside it."""
    voice(tmp_path, "common.yaml", "name: common\nextends: corporate\naudience: All.\n")
    voice(tmp_path / "brands", "base.yaml", "name: base\nextends: ../common.yaml\n")
    top = voice(tmp_path, "brand.yaml", "name: brand\nextends: brands/base.yaml\n")
    assert load_profile(top).audience == "All."


@posix_only
def test_extends_a_fifo_inside_the_folder_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: pipe.yaml\n")
    error = refusal(child)
    assert (error.line, error.field) == (2, "extends")
    assert error.message == "'pipe.yaml' is not a regular file (a folder, device or pipe)"


def test_extends_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").mkdir()
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: base.yaml\n")
    assert "is not a regular file" in refusal(child).message


def test_extends_a_missing_file_points_at_extends(tmp_path: Path) -> None:
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: gone.yaml\n")
    error = refusal(child)
    assert (error.path, error.line, error.field) == (str(child), 2, "extends")
    assert error.message == "'gone.yaml': no such file"


def test_extends_a_builtin_name_still_works(tmp_path: Path) -> None:
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: corporate\n")
    assert load_profile(child).name == "brand"


def test_extends_cycle_is_still_named(tmp_path: Path) -> None:
    voice(tmp_path, "a.yaml", "name: a\nextends: b.yaml\n")
    voice(tmp_path, "b.yaml", "name: b\nextends: a.yaml\n")
    error = refusal(tmp_path / "a.yaml")
    assert error.field == "extends"
    assert error.message.startswith("extends cycle: ")


def test_a_bomb_in_a_parent_file_is_refused_naming_the_parent(tmp_path: Path) -> None:
    parent = voice(tmp_path, "base.yaml", alias_bomb())
    child = voice(tmp_path, "brand.yaml", "name: brand\nextends: base.yaml\n")
    error = refusal(child)
    assert error.path == str(parent)
    assert "aliases expand" in error.message


# --- campaign files --------------------------------------------------------------------


def test_campaign_file_with_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text("name: launch\n" + alias_bomb(), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_campaign(path)
    assert caught.value.path == str(path)
    assert caught.value.message == "YAML aliases expand to more than 100000 values"


@pytest.mark.parametrize("text", [DEEP_LISTS, DEEP_MAPPINGS], ids=["lists", "mappings"])
def test_campaign_text_nested_too_deep_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="nested more than 64 levels"):
        parse_campaign(f"posts: {text}", "campaign.yaml")


@posix_only
def test_campaign_file_that_is_a_device_is_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        load_campaign("/dev/zero")


# --- through the command line ----------------------------------------------------------


def _limit_memory() -> None:
    """In the child: cap its address space at 2 GiB, so a blow-up fails instead of
    swapping the machine (an alias bomb once grew to gigabytes)."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = 2 * GIB if hard == resource.RLIM_INFINITY else min(2 * GIB, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    resource.setrlimit(resource.RLIMIT_CPU, (CLI_CPU_SECONDS, CLI_CPU_SECONDS))


@posix_only
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (alias_bomb(), "x.yaml:1: YAML aliases expand to more than 100000 values"),
        (DEEP_LISTS, "x.yaml:1: YAML nested more than 64 levels deep"),
        ("name: x\nextends: /dev/zero\n", "x.yaml:2: extends: '/dev/zero' is outside"),
    ],
    ids=["alias-bomb", "deep-lists", "extends-dev-zero"],
)
def test_cli_refuses_hostile_voice_in_one_line(tmp_path: Path, content: str, expected: str) -> None:
    (tmp_path / "x.yaml").write_text(content, encoding="utf-8")
    (tmp_path / "m.txt").write_text("Nous ouvrons une boutique à Toulon samedi.\n", "utf-8")
    command = [sys.executable, "-m", "brandvoice", "adapt", "m.txt", "--voice", "./x.yaml"]
    result = subprocess.run(
        [*command, "--lang", "fr", "--no-languagetool"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        preexec_fn=_limit_memory,  # only sets a limit before exec
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"brandvoice: error: {expected}")


# --- anything else ---------------------------------------------------------------------

# Pieces of YAML syntax, so that random text often gets past the scanner and exercises
# anchors, aliases, tags, nesting and the scalar constructors.
_SYNTAX = st.sampled_from(
    [
        "[", "]", "{", "}", ", ", ": ", "- ", "? ", "\n", "  ", "&a ", "&b ", "*a", "*b",
        "!!int ", "!!float ", "!!bool ", "!!timestamp ", "!!binary ", "!!str ", "!!set ",
        "!!python/object ", "<<: ", "'", '"', "|\n", ">\n", "# ", "---\n", "...\n", "~",
        "x", "1", "0x1F", "1:30", "2020-02-30", "1e400", ".nan", "yes", "on", "é", "\t",
    ]
)  # fmt: skip
_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_trees = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _parses_or_refuses(text: str) -> None:
    """Data, or an InputError naming the file in one line: never any other exception."""
    error: InputError | None = None
    try:
        parse_yaml(text, "random.yaml")
    except InputError as refused:
        error = refused
    if error is not None:
        assert error.path == "random.yaml"
        assert "\n" not in error.message


@settings(max_examples=100, deadline=None)
@given(st.lists(_SYNTAX, max_size=40).map("".join))
def test_yaml_like_text_gives_data_or_an_input_error(text: str) -> None:
    _parses_or_refuses(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_unicode_text_gives_data_or_an_input_error(text: str) -> None:
    _parses_or_refuses(text)


@settings(max_examples=100, deadline=None)
@given(_trees, st.sampled_from(["block", "flow"]))
def test_dumped_trees_give_data_or_an_input_error(tree: object, style: str) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True, default_flow_style=style == "flow")
    _parses_or_refuses(text)


# --- the models behind the reader: random documents shaped like campaigns and profiles ----

_WORDS = ["x", "facebook", "Viadeo", "fr", "2026-12-12T10:00", "Europe/Paris", "corporate"]
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=30),
    st.sampled_from(_WORDS),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
_CAMPAIGN_KEYS = st.sampled_from(["timezone", "lang", "posts", "voice", "brand", "policy"])
_POST_KEYS = st.sampled_from(["id", "master", "networks", "at", "intent", "cta", "hashtags"])
_PROFILE_KEYS = st.sampled_from(
    ["name", "extends", "networks", "formality", "address", "emoji", "hashtags", "cta",
     "templates", "glossary", "vocabulary", "length", "locale", "person", "links"]
)  # fmt: skip


def _fault_named(load: Callable[[], object], file: str) -> None:
    """``load`` returns, or raises an InputError whose path names ``file``."""
    error: InputError | None = None
    try:
        load()
    except InputError as refused:
        error = refused
    if error is not None:
        assert error.path is not None
        assert file in error.path


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(_CAMPAIGN_KEYS, _VALUES, max_size=5),
    st.lists(st.dictionaries(_POST_KEYS, _VALUES, max_size=6), max_size=3),
)
def test_random_campaigns_load_or_name_their_fault(top: dict, posts: list) -> None:
    from brandvoice.campaigns.loader import parse_campaign

    text = yaml.safe_dump({**top, "posts": posts}, allow_unicode=True)
    _fault_named(lambda: parse_campaign(text, "random-campaign.yaml"), "random-campaign.yaml")


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_PROFILE_KEYS, _VALUES, max_size=6))
def test_random_profiles_load_or_name_their_fault(fields: dict) -> None:
    import tempfile

    from brandvoice.profiles.loader import load_profile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.yaml"
        path.write_text(yaml.safe_dump(fields, allow_unicode=True), encoding="utf-8")
        _fault_named(lambda: load_profile(path), "random.yaml")
