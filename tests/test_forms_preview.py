"""Each network's form as a reviewer sees it in the preview, in a real headless Chromium:
one French and one English master of our own, a card per network; with
BRANDVOICE_UPDATE_SCREENSHOT=1 each card's screenshot is written to docs/forms/ for
docs/forms.md."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from brandvoice import adapt
from brandvoice.preview import render_preview, write_preview

from .conftest import EXAMPLES, ROOT
from .test_preview_browser import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.browser

TYPE_CHECKING = False
if TYPE_CHECKING:
    from playwright.sync_api import Browser

FORMS = ROOT / "docs" / "forms"
MASTERS = {
    "fr": ("opening-toulon-fr.txt", dt.date(2026, 5, 25)),
    "en": ("workshop-launch-en.txt", dt.date(2026, 2, 20)),
}


@pytest.mark.parametrize("lang", sorted(MASTERS))
def test_every_form_in_the_preview(
    browser: Browser,  # noqa: F811
    lang: str,
    tmp_path: Path,
) -> None:
    name, when = MASTERS[lang]
    adaptation = adapt(
        (EXAMPLES / name).read_text(encoding="utf-8"),
        lang=lang,
        brand=str(EXAMPLES / "comptoir-facebook.yaml") if lang == "fr" else None,
        languagetool="off",
        date=when,
    )
    path = write_preview(render_preview([(name, adaptation)]), tmp_path / lang)
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    page.goto(path.as_uri())
    update = os.environ.get("BRANDVOICE_UPDATE_SCREENSHOT") == "1"
    for variant in adaptation.variants:
        card = page.locator(f'article.card[data-network="{variant.network}"]')
        assert card.count() == 1
        shown = card.locator(".post").inner_text()
        # What the card shows is the variant's text: its first words and its last.
        assert variant.text.split()[0] in shown
        assert variant.text.split()[-1].rstrip(".") in shown
        if variant.network == "blog":
            assert variant.text.startswith("# ")
            assert "title" in card.inner_text()  # the front matter's fields, shown
        target = (FORMS if update else tmp_path) / f"{variant.network}-{lang}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        card.screenshot(path=str(target))
        assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
