"""The HTML preview in a real headless Chromium (Debian's, driven by Playwright): what a
reviewer sees and can do, and that a hostile master can neither run nor fetch anything.

Needs ``apt-get install -y chromium`` and ``pip install playwright`` (Playwright's own
browser download is not used). Missing either skips these tests, except under CI=true.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from brandvoice import adapt, get_network
from brandvoice.preview import render_preview, write_preview
from brandvoice.text.segments import fold_offset

from .conftest import EXAMPLES, ROOT, require_program

pytestmark = pytest.mark.browser

TYPE_CHECKING = False
if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from brandvoice import Adaptation

SCREENSHOT = ROOT / "docs" / "preview.png"
HOSTILE = (
    "<script>window.__pwned=1</script> Our new shop opens on Saturday in Toulon. "
    '<img src=x onerror="window.__pwned=2"> Tastings all week at https://example.com/shop.'
)
# The text before the fold marker, as the browser laid the post out (Range.toString).
TEXT_BEFORE_FOLD = """(card) => {
    const post = card.querySelector('.post');
    const range = document.createRange();
    range.setStart(post, 0);
    range.setEndBefore(post.querySelector('.fold'));
    return range.toString();
}"""


def _require_playwright() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed (pip install playwright)")
        pytest.skip("playwright is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require_playwright()
    require_program("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=shutil.which("chromium"))
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def toulon() -> Adaptation:
    return adapt(
        (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8"),
        brand=str(EXAMPLES / "comptoir-facebook.yaml"),
        languagetool="off",
        date=dt.date(2026, 6, 1),
    )


def _open(browser: Browser, html: str, out: Path, width: int = 1280) -> tuple[Page, list[str]]:
    """The page written to ``out`` and opened from disk, and the URLs it requested."""
    path = write_preview(html, out)
    page = browser.new_page(viewport={"width": width, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, requests


def test_finding_counts_equal_the_json_report(
    browser: Browser, toulon: Adaptation, tmp_path: Path
) -> None:
    report = toulon.to_dict()
    page, _ = _open(browser, render_preview([("opening", toulon)]), tmp_path)
    cards = page.locator("article.card")
    assert cards.count() == len(report["variants"])
    for index, variant in enumerate(report["variants"]):
        card = cards.nth(index)
        assert card.get_attribute("data-network") == variant["network"]
        shown = card.locator("li.finding")
        assert shown.count() == len(variant["findings"])
        for number, finding in enumerate(variant["findings"]):
            item = shown.nth(number)
            assert item.get_attribute("data-rule") == finding["rule"]
            assert item.get_attribute("data-offset") == str(finding["offset"])
            assert finding["message"] in item.inner_text()
        for severity in ("error", "warning", "info"):
            expected = sum(f["severity"] == severity for f in variant["findings"])
            assert card.locator(f"li.finding.sev-{severity}").count() == expected
        marked = card.evaluate(
            "(c) => [...new Set([...c.querySelectorAll('mark')]"
            ".flatMap((m) => m.dataset.findings.split(' ')))].length"
        )
        assert marked == len(variant["findings"])
    total = sum(len(v["findings"]) for v in report["variants"])
    assert page.locator("li.finding").count() == total > 0


def test_fold_marker_sits_where_the_network_data_says(
    browser: Browser, toulon: Adaptation, tmp_path: Path
) -> None:
    page, _ = _open(browser, render_preview([("opening", toulon)]), tmp_path)
    folded = 0
    for index, variant in enumerate(toulon.variants):
        card = page.locator("article.card").nth(index)
        fold = fold_offset(variant.text, get_network(variant.network).fold)
        marker = card.locator(".post .fold")
        if fold is None:
            assert marker.count() == 0
            assert card.locator(".post").evaluate("(p) => p.textContent") == variant.text
            continue
        folded += 1
        assert marker.is_visible()
        assert marker.get_attribute("role") == "separator"
        assert card.evaluate(TEXT_BEFORE_FOLD) == variant.text[:fold]
    assert folded >= 2


def test_a_master_cannot_run_script_or_fetch(browser: Browser, tmp_path: Path) -> None:
    adaptation = adapt(HOSTILE, networks=["facebook", "x"], lang="en", languagetool="off")
    page, requests = _open(browser, render_preview([("hostile", adaptation)]), tmp_path)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.reload()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
    master = page.locator("details.master .post")
    assert "<script>window.__pwned=1</script>" in master.evaluate("(p) => p.textContent")
    page.locator("details.master summary").click()
    assert master.get_by_text('<img src=x onerror="window.__pwned=2">').is_visible()
    assert set(requests) == {page.url}, requests
    assert not [m for m in console if "Content Security Policy" in m], console


def test_keyboard_reaches_the_skip_link_contents_and_every_card(
    browser: Browser, toulon: Adaptation, tmp_path: Path
) -> None:
    page, _ = _open(browser, render_preview([("opening", toulon)]), tmp_path)
    focused: list[dict[str, Any]] = []
    for _ in range(120):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate(
                "() => { const e = document.activeElement; return {tag: e.tagName, "
                "text: e.textContent.trim().slice(0, 40), id: e.id, "
                "toc: !!e.closest('nav'), card: e.closest('article')?.id ?? null}; }"
            )
        )
    assert focused[0]["text"] == "Skip to the previews"
    assert any(stop["toc"] and stop["tag"] == "A" for stop in focused)
    cards = set(page.locator("article.card").evaluate_all("(cards) => cards.map((c) => c.id)"))
    assert {stop["id"] for stop in focused if stop["tag"] == "ARTICLE"} == cards
    page.locator("a.skip").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_page_is_labelled_and_fits_a_phone(
    browser: Browser, toulon: Adaptation, tmp_path: Path
) -> None:
    page, _ = _open(browser, render_preview([("opening", toulon)]), tmp_path, width=360)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("main").count() == page.locator("nav[aria-labelledby]").count() == 1
    assert page.locator("h1").count() == 1
    for card in page.locator("article.card").all():
        heading = card.locator("h3")
        assert card.get_attribute("aria-labelledby") == heading.get_attribute("id")
        assert card.locator(".post").get_attribute("lang") == toulon.lang
        assert card.bounding_box()["width"] <= 360  # type: ignore[index]


def test_screenshot(browser: Browser, toulon: Adaptation, tmp_path: Path) -> None:
    """Always taken, so the page is known to paint; written to docs/ for the README only
    when BRANDVOICE_UPDATE_SCREENSHOT=1."""
    update = os.environ.get("BRANDVOICE_UPDATE_SCREENSHOT") == "1"
    target = SCREENSHOT if update else tmp_path / "preview.png"
    page, _ = _open(browser, render_preview([("opening-toulon-fr.txt", toulon)]), tmp_path / "p")
    page.screenshot(path=str(target))
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000  # a blank page compresses to far less


def test_campaign_page_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    """`preview CAMPAIGN`: the plan's table and a card per scheduled variant, with as many
    highlighted findings as the plan's JSON has; nothing fetched; a screenshot in docs/
    (examples/campaign-toulon-week.yaml) when BRANDVOICE_UPDATE_SCREENSHOT=1."""
    import datetime as dt

    from brandvoice.campaigns import plan
    from brandvoice.preview import campaign_table

    now = dt.datetime(2026, 5, 25, 8, 0)
    laid_out = plan(EXAMPLES / "campaign-toulon-week.yaml", now=now, languagetool="off")
    html = render_preview(list(laid_out.adaptations), plan=campaign_table(laid_out))
    page, requests = _open(browser, html, tmp_path / "campaign")
    assert page.locator("article").count() == len(laid_out.entries)
    assert page.locator("table tbody tr").count() == len(laid_out.entries)
    findings = sum(len(e.variant.findings) for e in laid_out.entries)
    assert page.locator("article mark").count() >= findings > 0
    assert requests == [page.url]
    update = os.environ.get("BRANDVOICE_UPDATE_SCREENSHOT") == "1"
    target = ROOT / "docs" / "preview-campaign.png" if update else tmp_path / "campaign.png"
    page.screenshot(path=str(target))
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
