"""The JSON report (version 1): the stable machine-readable contract."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from brandvoice.adaptation.model import Adaptation
from brandvoice.findings import Report, Summary

VERSION = 1


def check_document(reports: Sequence[Report]) -> dict[str, Any]:
    summary = sum((r.summary for r in reports), Summary())
    return {
        "version": VERSION,
        "results": [r.to_dict() for r in reports],
        "summary": summary.to_dict(),
    }


def render_check(reports: Sequence[Report]) -> str:
    return json.dumps(check_document(reports), ensure_ascii=False, indent=2)


def render_adaptation(adaptation: Adaptation) -> str:
    return json.dumps(adaptation.to_dict(), ensure_ascii=False, indent=2)
