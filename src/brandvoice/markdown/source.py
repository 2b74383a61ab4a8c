"""A Markdown file made checkable: its prose with everything else blanked in place, and the
way back from a report on that prose to a report on the file as written."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from brandvoice.config.project import FileSettings
from brandvoice.findings import Category, Finding, Report
from brandvoice.markdown.blocks import blank_code_blocks
from brandvoice.markdown.directives import COMMENT, Silence, silences
from brandvoice.markdown.frontmatter import read_front_matter
from brandvoice.markdown.inline import (
    blank_code_spans,
    blank_html_tags,
    blank_link_targets,
    blank_markup,
)
from brandvoice.markdown.regions import Blanker, overlaps

MARKDOWN_SUFFIXES = (".md", ".markdown")

# Findings about a word or a phrase next to a blanked stretch are about the blanks (a
# "double space" where a code span was, a "space before the comma" after a link): dropped.
# Length, register and readability findings are about the whole text and stay; so do facts
# findings: a weekday that is not its date's is wrong whatever markup sits beside it.
_LOCAL = frozenset(
    {
        Category.SPELLING,
        Category.TYPOGRAPHY,
        Category.GRAMMAR,
        Category.STYLE,
        Category.TERMINOLOGY,
    }
)


def is_markdown_path(path: str | None) -> bool:
    return path is not None and path.lower().endswith(MARKDOWN_SUFFIXES)


@dataclass(frozen=True, slots=True)
class MarkdownSource:
    """``checkable`` is ``text[start:]`` with the non-prose blanked: same length, same
    line breaks. ``settings`` come from the front matter."""

    text: str
    start: int
    checkable: str
    settings: FileSettings
    blanked: tuple[tuple[int, int], ...]
    silenced: tuple[Silence, ...]

    def keeps(self, finding: Finding) -> bool:
        """Whether a finding on ``checkable`` belongs in the file's report."""
        end = finding.offset + finding.length
        if finding.category in _LOCAL and overlaps(self.blanked, finding.offset, end):
            return False
        return not any(silence.covers(finding) for silence in self.silenced)

    def restore(self, report: Report) -> Report:
        """``report`` on ``checkable`` as a report on the file: offsets into ``text``, the
        file's text (for snippets), blanked and silenced findings left out."""
        findings = [
            replace(f, offset=f.offset + self.start) for f in report.findings if self.keeps(f)
        ]
        return replace(report, text=self.text, findings=findings)


def parse_markdown(text: str, path: str | None = None, base: Path | None = None) -> MarkdownSource:
    """``text`` read as Markdown; ``path`` names the file in errors, ``base`` is where a
    voice path in the front matter is relative to (default: the file's directory)."""
    if base is None:
        base = Path(path).parent if path not in (None, "-") else Path.cwd()
    front = read_front_matter(text, path, base)
    start = 0 if front is None else front.end
    body = text[start:]
    blanker = Blanker(body)
    blank_code_blocks(body, blanker)
    blank_code_spans(blanker, blanker.text)
    comments = list(COMMENT.finditer(blanker.text))
    silenced = silences(body, comments, path, first_line=text.count("\n", 0, start) + 1)
    for comment in comments:
        blanker.blank(comment.start(), comment.end())
    blank_link_targets(blanker, blanker.text)
    blank_html_tags(blanker, blanker.text)
    blank_markup(blanker, blanker.text)
    return MarkdownSource(
        text=text,
        start=start,
        checkable=blanker.text,
        settings=FileSettings() if front is None else front.settings,
        blanked=blanker.spans(),
        silenced=tuple(silenced),
    )
