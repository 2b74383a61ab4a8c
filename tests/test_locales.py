"""Regional variants as BCP 47 tags: accepted on every surface, checked with their own
spelling (the embedded speller's dictionary and LanguageTool's variant), dated their way."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from brandvoice.adaptation.engine import adapt
from brandvoice.adaptation.layout import dateline
from brandvoice.checks import check
from brandvoice.errors import InputError
from brandvoice.lang import LOCALES, normalize_locale, resolve_language

ROOT = Path(__file__).resolve().parents[1]
BRITISH = "We apologise for the delay: the colour of our new organisation's sign was wrong."
BRITISH_WORDS = ["apologise", "colour", "organisation"]


def _spelling(report_findings: object, text: str) -> list[str]:
    return [
        text[f.offset : f.offset + f.length]
        for f in report_findings  # type: ignore[attr-defined]
        if f.category == "spelling"
    ]


@pytest.mark.parametrize("tag", LOCALES)
def test_every_locale_is_accepted_by_the_api(tag: str) -> None:
    text = "Bonjour à tous." if tag.startswith("fr") else "Hello everyone."
    report = check(text, lang=tag.lower().replace("-", "_"), languagetool="off")
    assert report.lang == tag[:2]
    assert report.to_dict()["locale"] == tag
    assert resolve_language(tag, text) == tag[:2]


def test_an_unknown_language_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(InputError, match=r"unsupported language 'de'.*en-GB"):
        check("Hallo zusammen.", lang="de", languagetool="off")
    assert normalize_locale("EN_gb") == "en-GB"
    assert normalize_locale("es") is None


@pytest.mark.parametrize(("tag", "flagged"), [("en", BRITISH_WORDS), ("en-GB", []), ("en-AU", [])])
def test_british_spelling_is_right_in_british_english_only(tag: str, flagged: list[str]) -> None:
    report = check(BRITISH, lang=tag, languagetool="off")
    assert [w.split("'")[0] for w in _spelling(report.findings, BRITISH)] == flagged


def test_regional_french_words_are_words() -> None:
    text = "Les septante premiers clients pourront magasiner avec un bon envoyé par courriel."
    for tag in ("fr-BE", "fr-CH", "fr-CA"):
        assert _spelling(check(text, lang=tag, languagetool="off").findings, text) == []


def test_datelines_follow_the_locale() -> None:
    day = dt.date(2026, 11, 25)
    assert dateline("Leeds", day, "en-GB") == "Leeds, 25 November 2026 –"
    assert dateline("Toronto", day, "en-CA") == "Toronto, November 25, 2026 –"
    assert dateline("Genève", day, "fr-CH") == "Genève, le 25 novembre 2026 –"
    adaptation = adapt(BRITISH, networks=["website"], lang="en-GB", languagetool="off", date=day)
    [variant] = adaptation.variants
    assert variant.text.split("\n\n")[1].startswith("25 November 2026 – ")  # after the headline
    assert _spelling(variant.findings, variant.text) == []


@pytest.mark.parametrize("tag", ["en-GB", "fr-CA", "auto"])
def test_the_command_line_and_the_configuration_take_locales(tag: str, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    post = tmp_path / "post.txt"
    post.write_text(BRITISH, encoding="utf-8")
    result = cli("check", str(post), "--no-languagetool", "--lang", tag, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    [report] = json.loads(result.stdout)["results"]
    assert report["locale"] == ("en-GB" if tag == "auto" else tag)  # British spelling
    (tmp_path / "brandvoice.toml").write_text(f'lang = "{tag.lower()}"\n', encoding="utf-8")
    config = str(tmp_path / "brandvoice.toml")
    result = cli("check", str(post), "--no-languagetool", "--config", config, "--format", "json")
    assert result.returncode in (0, 1), result.stderr


def test_the_command_line_refuses_an_unknown_language(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("check", "-", "--lang", "de", stdin=b"Hallo.")
    assert result.returncode == 2
    assert "unsupported language" in result.stderr
    assert "(got 'de')" in result.stderr


@pytest.mark.integration
def test_languagetool_checks_in_the_variant(languagetool_backend) -> None:  # type: ignore[no-untyped-def]
    american = check(BRITISH, lang="en-US", languagetool="required")
    assert {"apologise", "colour"} <= set(_spelling(american.findings, BRITISH))
    british = check(BRITISH, lang="en-GB", languagetool="required")
    assert _spelling(british.findings, BRITISH) == []


def test_a_brands_locale_is_the_region_of_its_texts(tmp_path: Path) -> None:
    profile = tmp_path / "leeds.yaml"
    profile.write_text(
        "name: leeds\nextends: corporate\nlocale: en_gb\nlocation: Leeds\n", encoding="utf-8"
    )
    report = check(BRITISH, voice=str(profile), lang="auto", languagetool="off")
    assert report.to_dict()["locale"] == "en-GB"
    assert _spelling(report.findings, BRITISH) == []
    # A region asked for wins over the brand's.
    american = check(BRITISH, voice=str(profile), lang="en-US", languagetool="off")
    assert american.to_dict()["locale"] == "en-US"
    day = dt.date(2026, 11, 25)
    adaptation = adapt(BRITISH, brand=profile, networks=["website"], languagetool="off", date=day)
    assert adaptation.variants[0].text.split("\n\n")[1].startswith("Leeds, 25 November 2026 – ")
    german = tmp_path / "german.yaml"
    german.write_text("name: german\nextends: corporate\nlocale: de-DE\n", encoding="utf-8")
    with pytest.raises(InputError, match="locale: unsupported language tag"):
        check(BRITISH, voice=str(german), languagetool="off")


def test_a_campaign_takes_a_locale() -> None:
    from brandvoice.campaigns.loader import parse_campaign

    source = ROOT / "examples" / "campaign-toulon-week.yaml"
    text = source.read_text(encoding="utf-8")
    for line in ("lang: fr_ca", "lang: de"):
        written = re.sub(r"(?m)^lang:.*$", line, text) if "\nlang:" in text else f"{line}\n{text}"
        if line.endswith("de"):
            with pytest.raises(InputError, match="unsupported language"):
                parse_campaign(written, source)
        else:
            assert parse_campaign(written, source).campaign.lang == "fr-CA"


def test_auto_reads_the_region_from_the_spelling_and_says_so(tmp_path: Path) -> None:
    report = check(BRITISH, lang="auto", languagetool="off")
    assert report.to_dict()["locale"] == "en-GB"
    assert report.metrics["locale_evidence"] == ["apologise", "colour", "organisation"]
    assert _spelling(report.findings, BRITISH) == []
    quebec = "Venez magasiner samedi : les rabais sont dans notre infolettre !"
    assert check(quebec, languagetool="off").to_dict()["locale"] == "fr-CA"
    # No regional word, or as many of two regions': the bare language.
    assert check("We open on Saturday.", languagetool="off").to_dict()["locale"] == "en"
    mixed = "The colour of the center."
    assert check(mixed, languagetool="off").to_dict()["locale"] == "en"
    # A voice's locale wins over what the spelling suggests.
    profile = tmp_path / "toronto.yaml"
    profile.write_text("name: toronto\nextends: corporate\nlocale: en-CA\n", encoding="utf-8")
    canadian = check(BRITISH, voice=str(profile), lang="auto", languagetool="off")
    assert canadian.to_dict()["locale"] == "en-CA"
    assert "locale_evidence" not in canadian.metrics


def test_a_variant_is_written_and_checked_in_its_voices_region(tmp_path: Path) -> None:
    """A master tagged "en" (no region) adapted in a British voice: the variant says it is
    en-GB and British spellings are no typos in it; the adaptation keeps the master's tag."""
    voice = tmp_path / "uk-corporate.yaml"
    voice.write_text("name: uk-corporate\nextends: corporate\nlocale: en-GB\n", encoding="utf-8")
    day = dt.date(2026, 11, 25)
    adaptation = adapt(
        BRITISH, voices=[str(voice)], networks=["website"], lang="en", languagetool="off", date=day
    )
    assert adaptation.to_dict()["locale"] == "en"
    [variant] = adaptation.variants
    assert variant.locale == "en-GB"
    assert variant.to_dict()["locale"] == "en-GB"
    assert _spelling(variant.findings, variant.text) == []
    # The same master in the American voice: its British spellings are typos there.
    american = adapt(BRITISH, networks=["website"], lang="en-US", languagetool="off", date=day)
    assert {v.locale for v in american.variants} == {"en-US"}
    assert set(BRITISH_WORDS) & set(
        _spelling(american.variants[0].findings, american.variants[0].text)
    )
