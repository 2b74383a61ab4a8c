"""A second link removed for Instagram's single bio link takes its label, not the sentences
before it on its line."""

from __future__ import annotations

from brandvoice.adaptation.decorate.bio import bio_edits
from brandvoice.text.entities import find_urls


def _apply(text: str) -> str:
    for edit in sorted(
        bio_edits(text, find_urls(text), "en", "link in bio", "Instagram"),
        key=lambda e: e.start,
        reverse=True,
    ):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def test_a_labelled_second_link_goes_with_its_label_only() -> None:
    text = (
        "👉 Register: ledger.example/webinar\n\n"
        "Wednesday 9 September, 4pm BST / 11am EDT. Free for everyone. "
        "Register: ledger.example/webinar"
    )
    assert _apply(text) == (
        "👉 Register: link in bio\n\nWednesday 9 September, 4pm BST / 11am EDT. Free for everyone."
    )


def test_a_labelled_link_on_a_line_of_its_own_goes_with_its_line() -> None:
    text = "👉 Register: ledger.example/webinar\n\nFree for everyone.\nInfo: ledger.example/faq"
    assert _apply(text) == "👉 Register: link in bio\n\nFree for everyone."
