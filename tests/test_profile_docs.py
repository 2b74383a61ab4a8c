"""docs/profiles.md's field table is generated from the model: no field can go missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandvoice.profiles.docs import BEGIN, END, fields_markdown, splice
from brandvoice.profiles.model import VoiceProfile

DOCS = Path(__file__).parents[1] / "docs" / "profiles.md"


def test_field_table_is_up_to_date() -> None:
    document = DOCS.read_text(encoding="utf-8")
    assert splice(document, fields_markdown()) == document, (
        "run: python -m brandvoice.profiles.docs --write"
    )


@pytest.mark.parametrize("name", sorted(VoiceProfile.model_fields))
def test_every_field_has_a_row_and_a_meaning(name: str) -> None:
    row = next(line for line in fields_markdown().splitlines() if line.startswith(f"| `{name}` |"))
    meaning = row.rsplit("|", 2)[-2].strip()
    assert len(meaning) > 10, f"{name}: give it a description in the model"


def test_nested_fields_are_listed_under_their_parent() -> None:
    table = fields_markdown()
    for nested in ("hashtags.tags", "links.home", "partnership.partner", "formality.min"):
        assert f"| `{nested}` |" in table


def test_splice_refuses_a_document_without_markers() -> None:
    with pytest.raises(ValueError, match="markers"):
        splice("# Voice profiles\n", "| table |\n")
    assert splice(f"a\n{BEGIN}\nold\n{END}\nb", "new\n") == f"a\n{BEGIN}\nnew\n{END}\nb"
