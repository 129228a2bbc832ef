"""The PDF report of an assessment, drawn with Qt's own PDF output (QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from csmaturity_app.store import Store


def export_report_pdf(store: Store, assessment_id: str, out: Path) -> Path:
    raise NotImplementedError
