"""Writing the preview page to a directory, as ``index.html``."""

from __future__ import annotations

from pathlib import Path

from brandvoice.errors import InputError
from brandvoice.files import write_atomic

PAGE = "index.html"


def write_preview(html: str, out_dir: str | Path) -> Path:
    """Write ``html`` to ``out_dir/index.html``, creating the directory; the page's path.

    Written to a temporary file first and moved into place (:mod:`brandvoice.files`), so a
    browser tab reloading the page never sees half of it, and a failed write leaves the
    old page.
    """
    directory = Path(out_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError("exists and is not a directory", path=str(directory)) from None
    except OSError as error:
        raise InputError(f"cannot create: {error.strerror or error}", path=str(directory)) from None
    page = directory / PAGE
    write_atomic(page, html)
    return page
