"""The PDF report prints the crosswalk line in the verdict on its cover, with its caveat,
and the cover still holds the contents."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.report import export_report_pdf


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_cover_verdict_has_the_crosswalk_line(store: Store, tsia: MaturityModel, tmp_path):
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    for criterion in tsia.criteria:
        if tsia.stages_by_id[criterion.stage].level <= 3:
            store.record_answer(record.id, criterion.id, tsia.max_score)
    out = export_report_pdf(store, record.id, tmp_path / "acme.pdf")
    cover = subprocess.run(
        ["pdftotext", "-l", "1", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(cover.split())
    assert "Crosswalk: roughly FT Works Level 2 Tactical (approximate)" in flat
    assert "Approximate: TSIA looks at" in flat
    assert "Contents" in flat  # the line does not push the contents off the cover
