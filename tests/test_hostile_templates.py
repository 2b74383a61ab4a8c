"""Hostile voice templates: refused when the profile loads, or stopped by the render caps.

Voice profiles come from third parties. Whatever their templates do, the outcome is a
voice that renders or an ``InputError`` naming the template, never a traceback, a hang
or a machine out of memory (issue 19, item 3).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandvoice.adaptation.render import render
from brandvoice.errors import InputError
from brandvoice.networks import get_network
from brandvoice.profiles import TEMPLATE_CONTEXT_NAMES, VoiceProfile, load_profile, sandbox

FIELD = "voice hostile: templates.default"


def _profile_file(folder: Path, template: str) -> Path:
    # A JSON string is a valid YAML double-quoted scalar: any template, one line.
    path = folder / "hostile.yaml"
    path.write_text(
        f"name: hostile\nextends: casual-facebook\ntemplates:\n  default: {json.dumps(template)}\n",
        encoding="utf-8",
    )
    return path


def _context(voice: VoiceProfile) -> dict[str, Any]:
    """Every name the renderer offers, with plain values."""
    context: dict[str, Any] = dict.fromkeys(TEMPLATE_CONTEXT_NAMES, "Nous ouvrons samedi.")
    lists = ("sentences", "hashtags", "practical", "fact_sheet")
    context.update({name: ["Nous ouvrons.", "Venez !"] for name in lists})
    context.update(lang="fr", network=get_network("facebook"), voice=voice, brand="Le Comptoir")
    return context


def _render(template: str, folder: Path) -> str:
    voice = load_profile(_profile_file(folder, template))
    return render(voice, get_network("facebook"), _context(voice))


# --- refused when the profile loads ------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "tag"),
    [
        ("{{ hook }}\n{% include 'other.j2' %}", "{% include %}"),
        ("{{ hook }}\n{% import 'macros.j2' as m %}", "{% import %}"),
        ("{{ hook }}\n{% from 'macros.j2' import m %}", "{% from ... import %}"),
        ("{% extends 'base.j2' %}\n{{ hook }}", "{% extends %}"),
    ],
)
def test_tags_loading_other_templates_are_refused_at_load(
    tmp_path: Path, template: str, tag: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_profile(_profile_file(tmp_path, template))
    error = caught.value
    assert error.field == "templates.default"
    line = 1 if tag == "{% extends %}" else 2
    assert error.message.startswith(f"{tag} on line {line} of the template")


def test_a_refused_tag_in_a_block_template_is_located_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "block.yaml"
    path.write_text(
        "name: block\nextends: corporate\ntemplates:\n  linkedin: |-\n"
        "    {{ hook }}\n    {{ body }}\n    {% include 'x' %}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_profile(path)
    assert (caught.value.line, caught.value.field) == (7, "templates.linkedin")


def test_a_huge_constant_is_not_computed_at_load(tmp_path: Path) -> None:
    # Compiling folds constant expressions: without the caps, loading this would hang.
    started = time.monotonic()
    voice = load_profile(_profile_file(tmp_path, "{{ 9 ** (9 ** 9) }}"))
    assert time.monotonic() - started < 5
    with pytest.raises(InputError, match="over 10,000 bits") as caught:
        render(voice, get_network("facebook"), _context(voice))
    assert caught.value.field == FIELD


def test_templates_nested_beyond_reason_are_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nested too deeply") as caught:
        load_profile(_profile_file(tmp_path, "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}"))
    assert caught.value.field == "templates.default"


# --- stopped while rendering -------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ range(10**9) | list }}", "range() of 1,000,000,000 numbers"),
        ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "calls nest too deeply"),
        ("{{ 'x' * 10**10 }}", "'*' would make a value of over 100,000 characters"),
        ("{{ lipsum(10**7) }}", "lipsum() gives at most"),
        # Output first: 200,000 'x' come long before the deadline.
        (
            "{% for i in range(10**5) %}{% for j in range(10**5) %}x{% endfor %}{% endfor %}",
            "output is over 200,000 characters",
        ),
        ("{% for i in range(10**5) %}{{ hook }}{% endfor %}", "output is over 200,000"),
        # Doubling a string 40 times, unrolled or in a loop, and lists of a shared string.
        ("{% set a = 'xx' %}" + "{% set a = a ~ a %}" * 40 + "{{ a }}", "'~' would make"),
        (
            "{% set ns = namespace(a='x') %}{% for i in range(40) %}"
            "{% set ns.a = ns.a + ns.a %}{% endfor %}{{ ns.a }}",
            "'+' would make",
        ),
        ("{{ ['x' * 1000] * 1000 }}", "'*' would make"),
        ("{{ hook | center(10**9) }}", "filter 'center' would make"),
        ("{{ range(10**5) | join('x' * 1000) }}", "join would make"),
        ("{{ ('y' * 1000).replace('y', 'z' * 1000) }}", "replace() would make"),
        ("{{ '%0999999999d' % 1 }}", "'%' would make"),
        ("{{ '{:>999999999}'.format(1) }}", "format() would make"),
        ("{{ '%*d' % (999999999, 1) }}", "'%' would make"),
        ("{{ ('ab ' * 300) | wordwrap(1, wrapstring='w' * 999) }}", "filter 'wordwrap' would"),
        ("{{ (10).to_bytes(10**9, 'big') }}", "to_bytes() with a number over"),
        ("{{ [[1]] | sum(start=[]) }}", "sum adds numbers"),
        # Text written and thrown away counts too.
        (
            "{% set x %}{% for i in range(10**5) %}{{ 'y' * 50 }}{% endfor %}{% endset %}",
            "wrote over 1,000,000 characters",
        ),
        # Plain Python errors, one line each.
        ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
        ("{{ '{}'.format() }}", "IndexError"),
        ("{{ hook - 1 }}", "TypeError"),
    ],
)
def test_runaway_templates_stop_with_an_error_naming_the_template(
    tmp_path: Path, template: str, message: str
) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        _render(template, tmp_path)
    assert caught.value.field == FIELD
    assert message in caught.value.message
    assert "\n" not in str(caught.value)
    assert time.monotonic() - started < sandbox.RENDER_SECONDS + 3


def test_a_template_that_runs_too_long_is_stopped_at_the_deadline(tmp_path: Path) -> None:
    # 10^10 loop steps that write nothing: only the deadline can stop them.
    template = "{% for i in range(10**5) %}{% for j in range(10**5) %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with pytest.raises(InputError, match=r"took over 2 s") as caught:
        _render(template, tmp_path)
    assert caught.value.field == FIELD
    assert time.monotonic() - started < sandbox.RENDER_SECONDS + 3


def test_a_recursive_macro_with_wide_calls_is_stopped_at_the_deadline(tmp_path: Path) -> None:
    template = (
        "{% macro m(n) %}{% if n < 40 %}{{ m(n + 1) }}{{ m(n + 1) }}{% endif %}{% endmacro %}"
        "{{ m(0) }}"
    )
    with pytest.raises(InputError, match="took over") as caught:
        _render(template, tmp_path)
    assert caught.value.field == FIELD


def test_honest_templates_within_the_caps_render(tmp_path: Path) -> None:
    template = (
        "{% set parts = sentences | batch(2) | map('join', ' ') | list %}"
        "{{ ([hook] + parts + [hashtags | join(' ')]) | select | join('\\n\\n') }} "
        "{{ 'À propos ' ~ brand | de }} {{ 2 ** 10 }} {{ '%s !' % lang }} {{ '-' * 3 }} "
        "{% for i in range(3) %}{{ i }}{% endfor %} {{ lipsum(1, false, 5, 10) | length > 0 }}"
    )
    text = _render(template, tmp_path)
    assert "Nous ouvrons. Venez !" in text
    assert "À propos du Comptoir 1024 fr ! --- 012 True" in text


# --- through the command line ------------------------------------------------------------

_ADDRESS_SPACE = 2 * 1024**3


def _limit_memory() -> None:
    """In the child: 2 GiB of address space and 20 s of CPU (wall time on a shared, loaded
    machine says nothing about the work done; the wall timeout below only catches a hang)."""
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (20, 20))


@pytest.mark.parametrize(
    "template",
    [
        "{{ hook }}\n{% include 'other.j2' %}",
        "{{ 'x' * 10**10 }}",
        "{% for i in range(10**5) %}{% for j in range(10**5) %}{% endfor %}{% endfor %}",
    ],
    ids=["include", "huge-string", "deadline"],
)
def test_the_cli_reports_a_hostile_template_on_one_line(tmp_path: Path, template: str) -> None:
    (tmp_path / "master.txt").write_text(
        "Nous ouvrons une boutique à Toulon samedi. Venez nous voir !\n", encoding="utf-8"
    )
    _profile_file(tmp_path, template)
    done = subprocess.run(
        [
            *(sys.executable, "-m", "brandvoice", "adapt", "master.txt"),
            *("--voice", "./hostile.yaml", "--lang", "fr", "--no-languagetool"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "templates.default" in lines[0]


# --- anything a template can say --------------------------------------------------------

_NAMES = ["hook", "sentences", "lang", "brand", "x", "nope"]
_NUMBERS = ["0", "1", "3", "-2", "10**5", "10**9", "2.5"]
_STRINGS = ["''", "'a'", "'%s'", "'{}'", "'{:>9}'", "'x' * 1000"]
_FILTERS = [
    "upper", "length", "list", "first", "sum", "join(', ')", "replace('a', 'bb')",
    "center(99)", "indent(4)", "batch(2)", "format(1)", "de", "wordwrap(5)", "int", "title",
]  # fmt: skip
_OPERATORS = ["+", "-", "*", "**", "/", "//", "%", "~", "==", "and", "in"]


def _expressions() -> st.SearchStrategy[str]:
    atoms = st.sampled_from(_NAMES + _NUMBERS + _STRINGS + ["[1, 2]", "range(3)", "m(2)"])

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.builds(lambda a, o, b: f"({a} {o} {b})", inner, st.sampled_from(_OPERATORS), inner),
            st.builds(lambda a, f: f"{a} | {f}", inner, st.sampled_from(_FILTERS)),
            st.builds(lambda a: f"range({a})", inner),
            st.builds(lambda a: f"lipsum({a})", inner),
            st.builds(lambda a, b: f"{a}.join({b})", inner, inner),
            st.builds(lambda a, b: f"{a}.format({b})", inner, inner),
            st.builds(lambda a, b: f"{a}[{b}]", inner, inner),
        )

    return st.recursive(atoms, extend, max_leaves=6)


def _templates() -> st.SearchStrategy[str]:
    expression = _expressions()

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.builds(lambda a, b: a + b, inner, inner),
            st.builds(lambda e, b: f"{{% for x in {e} %}}{b}{{% endfor %}}", expression, inner),
            st.builds(lambda e, b: f"{{% if {e} %}}{b}{{% endif %}}", expression, inner),
            st.builds(lambda e: f"{{% set x = {e} %}}", expression),
            st.builds(lambda b: f"{{% macro m(n) %}}{b}{{% endmacro %}}", inner),
            st.builds(lambda b: f"{{% filter upper %}}{b}{{% endfilter %}}", inner),
        )

    pieces = st.one_of(
        st.builds(lambda e: f"{{{{ {e} }}}}", expression),
        st.sampled_from(["text ", "\n", "{{", "}}", "{%", "%}", "{% endfor %}", "{# c #}"]),
        st.sampled_from(["{% include 'x' %}", "{% import 'x' as y %}", "{% extends 'x' %}"]),
    )
    return st.recursive(pieces, extend, max_leaves=8)


def _outcome(template: str) -> str | InputError:
    """What loading and rendering ``template`` gives: the text, or the InputError raised."""
    with tempfile.TemporaryDirectory() as folder:
        try:
            voice = load_profile(_profile_file(Path(folder), template))
            return render(voice, get_network("facebook"), _context(voice))
        except InputError as error:
            return error


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=_templates())
def test_any_template_renders_or_raises_input_error(template: str) -> None:
    # A short deadline: the property is about the kind of outcome, not about the time cap.
    with mock.patch.object(sandbox, "RENDER_SECONDS", 0.2):
        outcome = _outcome(template)
    if isinstance(outcome, InputError):
        assert outcome.field in ("templates.default", FIELD)
        assert "\n" not in str(outcome)
    else:
        assert len(outcome) <= sandbox.MAX_OUTPUT_CHARS
