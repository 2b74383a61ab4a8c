"""The HTML preview without a browser: escaping, where the fold falls, the counts, the page."""

from __future__ import annotations

import argparse
import base64
import dataclasses
import datetime as dt
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

# Adaptation and Variant only under TYPE_CHECKING or inside tests: importing them first
# would bind the name ``adapt`` to the subpackage being renamed (see brandvoice/__init__).
from brandvoice import adapt, get_network
from brandvoice.adaptation.model import grouped_changes
from brandvoice.errors import InputError
from brandvoice.findings import Category, Finding, Severity
from brandvoice.preview import PlanTable, render_preview, write_preview
from brandvoice.preview.diff import token_diff
from brandvoice.preview.view import flagged_runs, space_name, split_at
from brandvoice.text.segments import fold_offset

from .conftest import EXAMPLES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from brandvoice import Adaptation

MASTER = (EXAMPLES / "opening-toulon-fr.txt").read_text(encoding="utf-8")
HOSTILE = (
    "<script>window.__pwned=1</script> Our shop opens on Saturday in Toulon "
    '<img src=x onerror="window.__pwned=2"> & more "quotes" at https://example.com/a?b=1&c=2.'
)
NETWORKS = ["website", "facebook", "linkedin", "x", "instagram"]


@dataclasses.dataclass
class Card:
    attrs: dict[str, str | None]
    before: str = ""
    """The post's text before the fold marker (all of it when there is none)."""
    fold: int | None = None
    marks: list[list[str]] = dataclasses.field(default_factory=list)
    findings: list[dict[str, str | None]] = dataclasses.field(default_factory=list)
    changes: int = 0
    """Change lines: one per transform and reason."""
    edits: int = 0
    """Diffs under the change lines: one per change."""


class Page(HTMLParser):
    """The parts of a preview page the tests look at, read the way a browser parses it."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cards: dict[str, Card] = {}
        self._card: Card | None = None
        self._post_depth = 0  # >0 while inside a card's div.post
        self._before_fold = True
        self._style: list[str] = []
        self._in_style = False
        self.feed(html)
        self.close()

    @property
    def style(self) -> str:
        return "".join(self._style)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        classes = (attributes.get("class") or "").split()
        self._in_style = tag == "style"
        if tag == "article":
            self._card = self.cards[str(attributes["id"])] = Card(attributes)
            self._before_fold = True
        if self._card is None:
            return
        if tag == "div" and "post" in classes and not self._post_depth:
            self._post_depth = 1
        elif self._post_depth and tag not in ("br",):
            self._post_depth += 1
        if tag == "span" and "fold" in classes:
            self._card.fold = int(str(attributes["data-offset"]))
            self._before_fold = False
        if tag == "mark":
            self._card.marks.append(str(attributes["data-findings"]).split())
        if tag == "li" and "finding" in classes:
            self._card.findings.append(attributes)
        if tag == "li" and "change" in classes:
            self._card.changes += 1
        if tag == "p" and "diff" in classes:
            self._card.edits += 1

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if self._post_depth:
            self._post_depth -= 1
        if tag == "article":
            self._card = None

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._style.append(data)
        if self._card is not None and self._post_depth and self._before_fold:
            self._card.before += data


@pytest.fixture(scope="module")
def toulon() -> Adaptation:
    return adapt(
        MASTER,
        brand=str(EXAMPLES / "comptoir-facebook.yaml"),
        languagetool="off",
        date=dt.date(2026, 6, 1),
    )


@pytest.fixture(scope="module")
def hostile() -> Adaptation:
    return adapt(HOSTILE, networks=NETWORKS, lang="en", languagetool="off")


def test_master_markup_is_shown_as_text_never_as_markup(hostile: Adaptation) -> None:
    html = render_preview([("<b>title</b>", hostile)], title="<i>page</i>")
    page = Page(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "b", "i"}
    for tag, attributes in page.tags:
        assert not [name for name in attributes if name.startswith("on")], tag
        assert "src" not in attributes, tag
        href = attributes.get("href")
        assert href is None or href.startswith("#"), href
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in html
    assert "&lt;b&gt;title&lt;/b&gt;" in html
    assert "<title>&lt;i&gt;page&lt;/i&gt;</title>" in html


def test_page_forbids_scripts_and_loads_only_its_own_stylesheet(toulon: Adaptation) -> None:
    html = render_preview([("opening", toulon)])
    page = Page(html)
    policy = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None
    assert "default-src 'none'" in policy
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert page.tags[0] == ("html", {"lang": "en"})


def test_fold_marker_sits_where_the_network_folds(toulon: Adaptation) -> None:
    page = Page(render_preview([("opening", toulon)]))
    folded = 0
    for number, variant in enumerate(toulon.variants, start=1):
        card = page.cards[f"m1-{number}-{variant.network}"]
        fold = fold_offset(variant.text, get_network(variant.network).fold)
        assert card.fold == fold
        if fold is None:
            assert card.before == variant.text
        else:
            folded += 1
            assert card.before == variant.text[:fold]
    assert folded >= 2  # facebook and instagram fold this post, website and blog do not


def test_counts_on_the_page_equal_the_report(toulon: Adaptation, hostile: Adaptation) -> None:
    page = Page(render_preview([("opening", toulon), ("hostile", hostile)]))
    for index, adaptation in enumerate((toulon, hostile), start=1):
        for number, variant in enumerate(adaptation.variants, start=1):
            card = page.cards[f"m{index}-{number}-{variant.network}"]
            summary = variant.summary
            assert card.attrs["data-errors"] == str(summary.errors)
            assert card.attrs["data-warnings"] == str(summary.warnings)
            assert card.attrs["data-infos"] == str(summary.infos)
            assert [f["data-rule"] for f in card.findings] == [f.rule for f in variant.findings]
            # Every finding is highlighted in the text, and nothing else is.
            marked = {i for ids in card.marks for i in ids}
            assert marked == {f["id"] for f in card.findings}
            # One line per transform and reason, and under it a diff per change.
            assert card.changes == len(grouped_changes(variant.changes))
            assert card.edits == len(variant.changes)
    assert sum(len(v.findings) for v in hostile.variants) > 0


def test_findings_marked_at_their_offsets_even_when_they_overlap() -> None:
    text = "Doors open at nine, come early"
    findings = [
        ("a", _finding(0, len(text), Severity.INFO)),
        ("b", _finding(6, 4, Severity.WARNING)),
        ("c", _finding(8, 6, Severity.ERROR)),
        ("d", _finding(19, 0, Severity.WARNING)),
    ]
    runs = flagged_runs(text, findings, fold=12)
    assert "".join(run.text for _, run in runs) == text
    by_text = {run.text: run for _, run in runs}
    assert by_text["en"].finding_ids == ("a", "b", "c")
    assert by_text["en"].severity == "error"
    assert by_text["Doors "].whole
    assert by_text["Doors "].severity == "info"
    point = next(run for start, run in runs if not run.text)
    assert point.finding_ids == ("d",)  # a point carries only the findings pointing there
    before, after = split_at(runs, 12)
    assert "".join(run.text for run in before) == text[:12]
    assert "".join(run.text for run in after) == text[12:]


def test_point_finding_at_the_fold_stays_before_the_marker() -> None:
    text = "First line here\nsecond line"
    runs = flagged_runs(text, [("p", _finding(15, 0, Severity.WARNING))], fold=15)
    before, after = split_at(runs, 15)
    assert [run.finding_ids for run in before] == [(), ("p",)]
    assert after[0].text == "\nsecond line"


def test_token_diff_rebuilds_both_sides_and_elides_long_unchanged_runs() -> None:
    before = "Réservez votre place à l'atelier au 04 94 00 00 00 ou sur le site dès demain."
    after = "Réservez votre place à l’atelier au 04 94 00 00 00 ou sur le site dès demain\u202f!"
    pieces = token_diff(before, after)
    assert "".join(p.text for p in pieces if p.kind != "ins") == before
    assert "".join(p.text for p in pieces if p.kind != "del") == after
    short = token_diff(before, after, context=2)
    assert [p.kind for p in short].count("gap") == 2
    assert ("del", "'") in [(p.kind, p.text) for p in short]
    assert space_name("\u202f") == "narrow no-break space"
    assert space_name("\n\n") == "line break"
    assert space_name("word") == ""


def test_changes_show_deletions_and_insertions_with_their_reasons(toulon: Adaptation) -> None:
    html = render_preview([("opening", toulon)])
    for variant in toulon.variants:
        for change in variant.changes:
            assert _escaped(change.reason) in html
    links = next(c for c in toulon.variants[2].changes if c.transform == "links")
    added = links.after.removeprefix(links.before)
    assert f'<ins><span class="sr-only">added: </span>{_escaped(added)}</ins>' in html


def test_plan_table_is_escaped_and_checked() -> None:
    from brandvoice import Adaptation, Variant

    variant = Variant("corporate", "website", "en", "Hello.", metrics={"count": 6, "limit": None})
    adaptation = Adaptation("en", "Hello.", [variant])
    plan = PlanTable("Week 23", ("Day", "Network"), (("Mon <1>", "x"), ("Tue", "facebook")))
    html = render_preview([("one", adaptation)], plan=plan)
    assert '<th scope="row">Mon &lt;1&gt;</th><td>x</td>' in html
    assert '<a href="#plan">Week 23</a>' in html
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        PlanTable("bad", ("a", "b"), (("only",),))


def test_problems_and_unknown_networks_are_shown() -> None:
    from brandvoice import Adaptation, Variant

    @dataclasses.dataclass(frozen=True)
    class Problem:  # the shape of Adaptation.problems
        network: str
        voice: str
        kind: str
        message: str

    text = "Hello <world>"
    variant = Variant(
        "corporate",
        "carrier-pigeon",
        "en",
        text,
        findings=[_finding(6, 7, Severity.ERROR)],
        metrics={"count": 13, "limit": 10, "unit": "code-points"},
    )
    problem = Problem("carrier-pigeon", "corporate", "missing-fact", "lost <the date>")
    adaptation = Adaptation("en", text, [variant], problems=[problem])  # type: ignore[list-item]
    html = render_preview([("one", adaptation)])
    page = Page(html)
    card = page.cards["m1-1-carrier-pigeon"]
    assert card.fold is None
    assert card.before == text
    assert html.count("lost &lt;the date&gt;") == 2  # the item's list and the card's
    assert "3 over the limit" in html
    assert 'class="card has-errors"' in html


def test_output_is_deterministic(toulon: Adaptation) -> None:
    assert render_preview([("a", toulon)]) == render_preview([("a", toulon)])


def test_write_creates_the_directory_and_refuses_a_file(tmp_path: Path) -> None:
    page = write_preview("<!DOCTYPE html>", tmp_path / "deep" / "out")
    assert page == tmp_path / "deep" / "out" / "index.html"
    assert page.read_text(encoding="utf-8") == "<!DOCTYPE html>"
    assert [p.name for p in page.parent.iterdir()] == ["index.html"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="not a directory"):
        write_preview("<p>", blocker)


def test_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from brandvoice.cli import preview_cmd

    parser = argparse.ArgumentParser()
    preview_cmd.add_parser(parser.add_subparsers(dest="command"))
    master = tmp_path / "launch <1>.txt"
    master.write_text("Our new shop opens on Saturday in Toulon. See you there!", "utf-8")
    args = parser.parse_args(
        ["preview", str(master), "--html", str(tmp_path / "out"), "--network", "x",
         "--no-languagetool", "--date", "2026-06-01"]
    )  # fmt: skip
    assert preview_cmd.run(args) == 0
    out = capsys.readouterr()
    page = tmp_path / "out" / "index.html"
    assert out.out.strip() == str(page)
    assert "1 variant(s)" in out.err
    html = page.read_text(encoding="utf-8")
    assert "<title>Preview: launch &lt;1&gt;.txt</title>" in html
    assert len(Page(html).cards) == 1


def _finding(offset: int, length: int, severity: Severity) -> Finding:
    return Finding("test.rule", Category.STYLE, severity, offset, length, f"msg {offset}")


def _escaped(text: str) -> str:
    from markupsafe import escape  # Jinja2's own escaping, quotes included

    return str(escape(text))


def test_no_template_marks_anything_safe() -> None:
    templates = Path(__file__).resolve().parents[1] / "src/brandvoice/preview/templates"
    for template in templates.iterdir():
        source = template.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe|autoescape\s+false|Markup", source), template.name
