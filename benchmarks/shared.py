"""What the evaluation scripts share: where the third-party data is, and how a figures
table is written into a doc (after its marker line, replacing the previous table)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def testdata_dir() -> Path:
    """``$BRANDVOICE_TESTDATA``, else ``../shared/testdata`` beside the repository."""
    for candidate in (
        os.environ.get("BRANDVOICE_TESTDATA"),
        ROOT.parent / "shared" / "testdata",
        Path("/work/shared/testdata"),
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit("shared testdata not found: set BRANDVOICE_TESTDATA")


def replace_table(text: str, marker: str, table: str) -> str:
    """``text`` with the Markdown table after the ``marker`` line replaced by ``table``."""
    if marker not in text:
        return f"{text}\n{marker}\n{table}\n"
    head, _, rest = text.partition(marker)
    after = rest.split("\n")[1:]
    while after and after[0].startswith("|"):
        after.pop(0)
    return f"{head}{marker}\n{table}\n" + "\n".join(after)
