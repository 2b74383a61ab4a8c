"""Voice profiles: built-ins, inheritance, the JSON Schema and located error messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from brandvoice.adaptation.render import environment
from brandvoice.errors import InputError, UnknownNameError
from brandvoice.profiles import (
    KNOWN_NETWORKS,
    TEMPLATE_CONTEXT_NAMES,
    Lang,
    VoiceProfile,
    builtin_voice_names,
    builtin_voices_dir,
    clear_voice_cache,
    get_voice,
    load_profile,
    profile_json_schema,
)
from brandvoice.profiles.yamlsource import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "voices"
BAD = FIXTURES / "bad"
BUILTINS = ["casual-facebook", "corporate", "expert-blog", "professional-network"]


# --- built-in voices -------------------------------------------------------------------


def test_builtin_voices_are_the_four_documented_ones() -> None:
    assert builtin_voice_names() == BUILTINS


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_voice_is_complete_in_both_languages(name: str) -> None:
    voice = load_profile(name)
    assert voice.name == name  # the file stem and the declared name agree
    assert voice.extends is None
    for lang in ("fr", "en"):
        assert isinstance(voice.cta_for(lang), str)
        assert isinstance(voice.signature_for(lang), str)
    # Every call to action is written in both languages, and differently.
    for key, wordings in voice.cta_wordings.items():
        assert set(wordings) == {"fr", "en"}, key
        assert wordings["fr"] != wordings["en"] or wordings["fr"] == [""], key
    assert set(voice.networks) <= KNOWN_NETWORKS
    assert voice.template_for("linkedin")  # falls back to the default template


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_voice_file_starts_with_an_explanatory_comment(name: str) -> None:
    first_line = (builtin_voices_dir() / f"{name}.yaml").read_text(encoding="utf-8")
    assert first_line.startswith(f"# {name}: ")


def test_builtin_voices_follow_the_brief() -> None:
    casual, corporate, blog, pro = (get_voice(n) for n in BUILTINS)
    # The bands are derived from human-rated text (benchmarks/voice_bands.py, docs/voices.md).
    assert (corporate.formality.min, corporate.emoji.max, corporate.hashtags.max) == (60, 0, 0)
    assert corporate.networks == ["website"]
    assert corporate.contractions == "avoid"
    assert (blog.formality.min, blog.formality.max, blog.hashtags.max) == (50, 95, 3)
    assert casual.formality.max < corporate.formality.max
    assert casual.formality.min < pro.formality.min < corporate.formality.min
    assert casual.networks == ["facebook", "instagram", "x"]
    assert casual.emoji.max == 3
    assert (casual.hashtags.min, casual.hashtags.max, casual.max_exclamations) == (1, 3, 2)
    assert (pro.hashtags.min, pro.hashtags.max, pro.hashtags.casing) == (3, 5, "camel")
    assert pro.networks == ["linkedin"]
    assert pro.emoji.max == 1
    assert all(v.address == "vous" for v in (casual, corporate, blog, pro))
    assert all("LinkedIn" in v.glossary.brands for v in (casual, corporate, blog, pro))


# Rendering is not this module's job, but the built-in templates must come out clean in the
# renderer's own environment (its settings and its filters).
RENDERER = environment()


def _context(voice: VoiceProfile, lang: Lang, sentences: list[str]) -> dict[str, Any]:
    """What the adaptation offers templates (``adapt.layout``), for a fixed date."""
    import datetime as dt

    from brandvoice.adaptation.layout import template_context
    from brandvoice.networks import get_network

    return template_context(
        voice,
        get_network(voice.networks[0]),
        lang=lang,
        master=" ".join(sentences),
        sentences=sentences,
        hashtags=["#Toulon", "#ÉpicerieFine"],
        link="",
        date=dt.date(2026, 11, 25),
    )


MESSAGES: dict[Lang, list[str]] = {
    "fr": ["Nous ouvrons à Toulon.", "Venez goûter.", "Atelier mercredi.", "Remise de 10 %."],
    "en": ["We open in Toulon.", "Come and taste.", "Workshop on Wednesday."],
}


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("length", [1, 4])
def test_builtin_templates_render_cleanly(name: str, lang: Lang, length: int) -> None:
    voice = get_voice(name)
    sentences = MESSAGES[lang][:length]
    text = RENDERER.from_string(voice.template_for(voice.networks[0])).render(
        _context(voice, lang, sentences)
    )
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert voice.cta_for(lang) in text
    for sentence in sentences[1:]:
        assert sentence in text


def test_professional_network_template_puts_the_hook_alone_on_top() -> None:
    voice = get_voice("professional-network")
    text = RENDERER.from_string(voice.template_for("linkedin")).render(
        _context(voice, "fr", MESSAGES["fr"])
    )
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Nous ouvrons à Toulon."
    assert paragraphs[1] == "Venez goûter. Atelier mercredi."
    assert paragraphs[-1] == "#Toulon #ÉpicerieFine"


def test_french_strings_use_narrow_no_break_spaces() -> None:
    cta = get_voice("casual-facebook").cta_for("fr")
    assert "\u202f?" in cta
    assert "\u202f!" in cta
    assert " ?" not in cta


# --- JSON Schema -----------------------------------------------------------------------


def _validator() -> jsonschema.Draft202012Validator:
    schema = profile_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_draft_2020_12_with_a_title_and_descriptions() -> None:
    schema = profile_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "brandvoice voice profile"
    assert all(p.get("description") for p in schema["properties"].values())
    json.dumps(schema)  # serialisable as is


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_yaml_validates_against_the_schema(name: str) -> None:
    data = yaml.safe_load((builtin_voices_dir() / f"{name}.yaml").read_text(encoding="utf-8"))
    assert list(_validator().iter_errors(data)) == []


def test_brand_profile_with_extends_validates_against_the_schema() -> None:
    data = yaml.safe_load((FIXTURES / "acme-linkedin.yaml").read_text(encoding="utf-8"))
    assert list(_validator().iter_errors(data)) == []


def test_schema_requires_every_field_without_extends_and_rejects_unknown_ones() -> None:
    validator = _validator()
    assert not validator.is_valid({"name": "lonely"})
    assert validator.is_valid({"name": "child", "extends": "corporate"})
    assert not validator.is_valid({"name": "child", "extends": "corporate", "tone": "x"})
    assert not validator.is_valid({"name": "child", "extends": "corporate", "networks": ["tv"]})
    assert not validator.is_valid(
        {"name": "child", "extends": "corporate", "hashtags": {"colour": "red"}}
    )


# --- inheritance -----------------------------------------------------------------------


def test_brand_profile_overrides_exactly_the_fields_it_sets() -> None:
    parent = load_profile("professional-network").model_dump()
    child = load_profile(FIXTURES / "acme-linkedin.yaml").model_dump()
    changed = {key for key in parent if parent[key] != child[key]}
    assert changed == {
        "name",
        "extends",
        "person",
        "brand_name",
        "hashtags",
        "cta",
        "networks",
        "glossary",
    }
    assert child["extends"] == "professional-network"
    # Mappings merge key by key...
    assert child["hashtags"] == {**parent["hashtags"], "max": 4}
    assert child["cta"]["default"]["en"] == parent["cta"]["default"]["en"]
    assert child["glossary"]["terms"] == parent["glossary"]["terms"]
    # ...lists replace.
    assert child["networks"] == ["linkedin", "viadeo"]
    assert child["glossary"]["brands"] == ["Acme", "LinkedIn", "Viadeo"]


def test_extends_by_relative_path_chains_two_levels() -> None:
    voice = load_profile(str(FIXTURES / "acme-campaign.yaml"))
    assert voice.name == "acme-campaign"
    assert (voice.emoji.max, voice.hashtags.max, voice.brand_name) == (0, 4, "Acme")


def test_name_is_not_inherited(tmp_path: Path) -> None:
    child = tmp_path / "child.yaml"
    child.write_text("extends: corporate\naudience: Everyone.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(child)
    assert (caught.value.field, caught.value.line) == ("name", 1)


def test_error_in_a_parent_points_at_the_parent_file(tmp_path: Path) -> None:
    (tmp_path / "parent.yaml").write_text(
        "name: parent\nextends: corporate\nemoji:\n  max: -3\n", encoding="utf-8"
    )
    (tmp_path / "child.yaml").write_text("name: child\nextends: parent.yaml\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(tmp_path / "child.yaml")
    assert caught.value.path == str(tmp_path / "parent.yaml")
    assert (caught.value.line, caught.value.field) == (4, "emoji.max")


def test_child_override_of_a_bad_parent_value_is_fine(tmp_path: Path) -> None:
    (tmp_path / "parent.yaml").write_text(
        "name: parent\nextends: corporate\nemoji:\n  max: -3\n", encoding="utf-8"
    )
    (tmp_path / "child.yaml").write_text(
        "name: child\nextends: parent.yaml\nemoji: {max: 2}\n", encoding="utf-8"
    )
    assert load_profile(tmp_path / "child.yaml").emoji.max == 2


# --- located errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "line", "field", "message"),
    [
        ("unknown-field", 4, "tone", "unknown field; expected one of: about, address, audience"),
        ("formality-out-of-range", 4, "formality.min", "less than or equal to 100 (got 120)"),
        ("min-over-max", 3, "hashtags", "min (4) is greater than max (2)"),
        ("malformed", 5, None, "invalid YAML: expected ',' or ']'"),
        ("duplicate-key", 5, "max_exclamations", "duplicate key 'max_exclamations' (first"),
        ("unknown-extends", 3, "extends", "unknown voice 'corporat'; did you mean 'corporate'?"),
        ("unknown-network", 5, "networks[1]", "unknown network 'myspace'; known networks:"),
        ("template-syntax", 6, "templates.linkedin", "on line 2 of the template: unexpected"),
        ("template-unknown-variable", 4, "templates.default", "uses hastags, which"),
        ("brand-without-name", 3, "brand_name", "person is 'brand', so brand_name must be"),
        ("several-errors", 5, "address", "'vous' or 'tu' (got 'toi') (and 2 more)"),
    ],
)
def test_errors_name_file_line_and_field(
    fixture: str, line: int, field: str | None, message: str
) -> None:
    path = BAD / f"{fixture}.yaml"
    with pytest.raises(InputError) as caught:
        load_profile(path)
    error = caught.value
    assert (error.path, error.line, error.field) == (str(path), line, field)
    assert message in error.message
    assert str(error).startswith(f"{path}:{line}: ")


def test_unknown_nested_field_lists_the_fields_of_its_own_model(tmp_path: Path) -> None:
    path = tmp_path / "nested.yaml"
    path.write_text(
        "name: nested\nextends: corporate\nglossary:\n  terms:\n"
        "    - preferred: courriel\n      forbidden: [mail]\n      colour: red\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_profile(path)
    assert (caught.value.line, caught.value.field) == (7, "glossary.terms[0].colour")
    assert caught.value.message == "unknown field; expected one of: forbidden, lang, preferred"


def test_template_keys_are_default_or_a_network(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(
        "name: keys\nextends: corporate\ntemplates:\n  tiktok: '{{ hook }}'\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="'tiktok' is neither") as caught:
        load_profile(path)
    assert (caught.value.line, caught.value.field) == (4, "templates.tiktok")


def test_template_filters_are_known_at_load(tmp_path: Path) -> None:
    path = tmp_path / "filters.yaml"
    template = "{{ 'À propos ' ~ brand | de }} {{ brand | a }} {{ brand | dee }}"
    path.write_text(
        f'name: filters\nextends: corporate\ntemplates:\n  default: "{template}"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="No filter named 'dee'") as caught:
        load_profile(path)
    assert (caught.value.line, caught.value.field) == (4, "templates.default")


def test_extends_cycle_is_reported_with_the_whole_loop() -> None:
    with pytest.raises(InputError) as caught:
        load_profile(BAD / "cycle-a.yaml")
    error = caught.value
    assert (error.path, error.line, error.field) == (str(BAD / "cycle-b.yaml"), 2, "extends")
    assert error.message.startswith("extends cycle: ")
    assert error.message.count("cycle-a.yaml") == 2


def test_a_voice_extending_itself_is_a_cycle(tmp_path: Path) -> None:
    selfish = tmp_path / "selfish.yaml"
    selfish.write_text("name: selfish\nextends: selfish.yaml\n", encoding="utf-8")
    with pytest.raises(InputError, match="extends cycle"):
        load_profile(selfish)


def test_non_utf8_file_names_the_file_and_the_byte_offset(tmp_path: Path) -> None:
    # Written here rather than kept as a fixture: editors silently re-encode such files.
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("name: latin\ndescription: Café\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        load_profile(latin1)
    assert (caught.value.path, caught.value.offset) == (str(latin1), 28)
    assert "UTF-8" in caught.value.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "not an empty file"),
        ("- a list\n", "not list"),
        ("name: bell\x07\n", "U+0007"),
        ("base: &b {max: 1}\nemoji:\n  <<: *b\n", "merge keys"),
    ],
)
def test_unusable_yaml_files_are_refused(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(expected)):
        load_profile(path)


def test_missing_file_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot read file") as caught:
        load_profile("no/such/voice.yaml")
    assert not isinstance(caught.value, UnknownNameError)


# --- registry --------------------------------------------------------------------------


def test_unknown_voice_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownNameError) as caught:
        get_voice("corprate")
    assert caught.value.known == BUILTINS
    assert "known voices: casual-facebook, corporate" in str(caught.value)


def test_get_voice_caches_per_resolved_source() -> None:
    clear_voice_cache()
    first = get_voice("corporate")
    assert get_voice(builtin_voices_dir() / "corporate.yaml") is first
    assert get_voice(str(FIXTURES / "acme-linkedin.yaml")) is get_voice(
        FIXTURES / ".." / "voices" / "acme-linkedin.yaml"
    )
    clear_voice_cache()
    assert get_voice("corporate") is not first


def test_known_networks_match_the_network_registry() -> None:
    from brandvoice import networks

    assert set(networks.all_networks()) == KNOWN_NETWORKS


def test_template_context_names_match_what_the_templates_may_use() -> None:
    assert {"hook", "body", "cta", "signature", "hashtags", "network"} <= TEMPLATE_CONTEXT_NAMES


def test_wheel_ships_the_builtin_voices_and_finds_them(
    built_wheel: tuple[set[str], Path], tmp_path: Path
) -> None:
    names, site = built_wheel
    shipped = {n for n in names if n.startswith("brandvoice/voices/")}
    assert shipped == {f"brandvoice/voices/{name}.yaml" for name in BUILTINS}
    # From the unpacked wheel, the packaged copy is used, not the checkout's voices/.
    probe = (
        "from brandvoice.profiles import builtin_voices_dir, get_voice;"
        "print(builtin_voices_dir()); print(get_voice('corporate').name)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == [str(site / "brandvoice" / "voices"), "corporate"]


# --- YAML with lines -------------------------------------------------------------------


def test_line_map_points_at_keys_and_items() -> None:
    document = parse_yaml("a: 1\nb:\n  c: [x, y]\n  d:\n    - e\n    - f\n", "t.yaml")
    lines = {path: loc.line for path, loc in document.locations.items()}
    assert lines == {
        (): 1,
        ("a",): 1,
        ("b",): 2,
        ("b", "c"): 3,
        ("b", "c", 0): 3,
        ("b", "c", 1): 3,
        ("b", "d"): 4,
        ("b", "d", 0): 5,
        ("b", "d", 1): 6,
    }
    assert document.location_of(("b", "d", 7, "z")).line == 4


_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
_keys = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=8
)
_documents = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(_keys, _documents, max_size=5))
def test_parsed_data_equals_pyyaml_safe_load(data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    assert parse_yaml(text, "generated.yaml").data == yaml.safe_load(text)


def test_bare_on_is_explained(tmp_path: Path) -> None:
    """YAML 1.1 reads `person: on` as a boolean: the error says so and how to write it."""
    (tmp_path / "mine.yaml").write_text(
        "name: mine\nextends: casual-facebook\nperson: on\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        load_profile(tmp_path / "mine.yaml")
    assert (caught.value.line, caught.value.field) == (3, "person")
    assert "write it in quotes, 'on'" in str(caught.value)
    (tmp_path / "mine.yaml").write_text(
        "name: mine\nextends: casual-facebook\nperson: 'on'\n", encoding="utf-8"
    )
    assert load_profile(tmp_path / "mine.yaml").person == "on"
