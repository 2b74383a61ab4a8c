"""The preview page: one self-contained HTML document, no script, nothing loaded from outside.

Every text from the master, the profiles and the findings goes through Jinja2's autoescape
(the templates never mark anything safe), and the page's Content-Security-Policy forbids
scripts, images, fonts and connections anyway: a master holding ``<script>`` shows it.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from functools import cache

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from brandvoice.findings import Summary
from brandvoice.preview.plan import PlanTable
from brandvoice.preview.view import ItemView, item_view, space_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from brandvoice import Adaptation

STYLESHEET = "preview.css"


@cache
def _environment() -> SandboxedEnvironment:
    # Sandboxed as well as escaped: the templates are ours, but what they are given is not.
    environment = SandboxedEnvironment(
        loader=PackageLoader("brandvoice.preview", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["space_name"] = space_name
    environment.filters["summary"] = summary_text
    return environment


def render_preview(
    items: Sequence[tuple[str, Adaptation]],
    *,
    plan: PlanTable | None = None,
    title: str | None = None,
) -> str:
    """The preview page of ``items``, each a title (a file name, a campaign day) and the
    adaptation to show under it, with ``plan`` as a table above them when given."""
    from brandvoice import __version__

    environment = _environment()
    views = [
        item_view(index, name, adaptation)
        for index, (name, adaptation) in enumerate(items, start=1)
    ]
    page_title = title or _default_title(views)
    template = environment.get_template("page.html.j2")
    return template.render(
        page_title=page_title,
        items=views,
        plan=plan,
        version=__version__,
        style_hash=stylesheet_hash(),
        total=sum((view.adaptation.summary for view in views), Summary()),
        variant_count=sum(len(view.cards) for view in views),
    )


@cache
def stylesheet_hash() -> str:
    """The CSP hash of the inline stylesheet: only that exact ``<style>`` may apply."""
    css = _environment().get_template(STYLESHEET).render()
    return base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")


def summary_text(summary: Summary) -> str:
    def plural(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return ", ".join(
        (
            plural(summary.errors, "error"),
            plural(summary.warnings, "warning"),
            plural(summary.infos, "info"),
        )
    )


def _default_title(views: Sequence[ItemView]) -> str:
    if len(views) == 1:
        return f"Preview: {views[0].title}"
    return f"Preview of {len(views)} messages"
