"""The report's Respondents section, read back from a real PDF with poppler: every respondent's
name, role, placement and index, the heat map's numbers with the consensus, the largest
disagreement's notes; no section for one voice. `test_report_pages` writes the pages as PNG to
look at (see the `screenshots` fixture)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.report import export_report_pdf

LONG_NOTE = (
    "The charter was drafted by the VP last quarter but never shared with the CSMs; most of "
    "the team learnt of it in this workshop. "
) * 3


@pytest.fixture
def team(store: Store, tsia: MaturityModel) -> str:
    """Alex (assessor), Pat Lee (VP Customer Success), Sam Ortiz (CSM), Kim <b> (Support);
    Forming rated by everyone, F01 spread 0..3 with notes, F04 set by the facilitator."""
    org = store.create_organization("Acme Software")
    a = store.create_assessment(org.id, tsia, assessor="Alex").id
    pat = store.add_respondent(a, "Pat Lee", "VP Customer Success")
    sam = store.add_respondent(a, "Sam Ortiz", "CSM")
    kim = store.add_respondent(a, "Kim <b>", "Support")
    alex = store.find_respondent(a, "Alex")
    forming = [c.id for c in tsia.criteria_of_stage("forming")]
    plan = {
        alex.id: [3, 3, 3, 2, 3, 3, 2, 3, 3],
        pat.id: [3, 3, 3, 3, 3, 3, 3, 3, 3],
        sam.id: [0, None, 2, 2, 1, 2, 2, 1, 2],
        kim.id: [1, "na", 2, 0, 2, 2, 2, 2, 2],
    }
    for who, scores in plan.items():
        for criterion, score in zip(forming, scores, strict=True):
            if score == "na":
                store.record_respondent_answer(who, criterion, None, not_applicable=True)
            elif isinstance(score, int):
                store.record_respondent_answer(who, criterion, score)
    store.record_respondent_notes(pat.id, "F01", LONG_NOTE)
    store.record_respondent_notes(sam.id, "F01", "Never seen a charter.")
    store.record_answer(a, "F04", 2, notes="agreed in the workshop")
    for criterion in tsia.criteria_of_stage("storming"):
        store.record_respondent_answer(pat.id, criterion.id, 2)
    return a


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def section(text: str) -> str:
    """The Respondents section's text: from its title to the next section's."""
    start = text.index("Each respondent's own result")
    return text[start : text.index("Next steps", start)]


def test_the_section_names_everyone_their_placement_and_the_notes(
    store: Store, team: str, tmp_path: Path
):
    report = export_report_pdf(store, team, tmp_path / "team.pdf")
    text = pdf_text(report)
    assert "Respondents: each one's result" in text  # in the contents
    part = section(text)
    flat = " ".join(part.split())
    # Pat: Forming 27 of 27, Storming 16 of 24 (two thirds, achieved), Norming 0: index 2.00
    assert re.search(r"Pat Lee\s+VP Customer Success\s+Phase 2 Storming\s+2\.00", part)
    # Alex: 25 of 27 on Forming, index 1.00; Sam: 12 of 27 = 0.44; Kim: 13 of 24 = 0.54
    assert re.search(r"Alex\s+Assessor\s+Phase 1 Forming\s+1\.00", part)
    assert re.search(r"Sam Ortiz\s+CSM\s+Not yet Phase 1 Forming\s+0\.44", part)
    assert re.search(r"Kim <b>\s+Support\s+Not yet Phase 1 Forming\s+0\.54", part)  # literally
    # the heat map: F01 rated 3, 3, 0, 1 with the consensus 2 (the median of 0, 1, 3, 3 is 2)
    assert re.search(r"F01\s+\u26a0\s+3\s+3\s+0\s+1\s+2", part)
    assert re.search(r"F02\s+3\s+3\s+\u2013\s+N/A\s+3", part)
    assert re.search(r"F04\s+\u26a0\s+2\s+3\s+2\s+0\s+2 \(set\)", part)
    # the largest disagreement first, with every note in full
    disagreements = flat[flat.index("Largest disagreements") :]
    assert disagreements.index("F01") < disagreements.index("F04")
    assert " ".join(LONG_NOTE.split()) in disagreements
    assert "Sam Ortiz (CSM): 0 Not in place \u2014 Never seen a charter." in disagreements
    assert "consensus 2 Largely in place (set by the facilitator)" in disagreements


def test_one_voice_has_no_respondents_section(store: Store, tsia: MaturityModel, tmp_path: Path):
    org = store.create_organization("Solo")
    a = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(a, "F01", 3)
    assert build_report(store, a).respondents is None
    text = pdf_text(export_report_pdf(store, a, tmp_path / "solo.pdf"))
    assert "Each respondent's own result" not in text and "Respondents:" not in text


def test_report_pages(store: Store, team: str, tmp_path: Path, screenshots: Path):
    report = export_report_pdf(store, team, tmp_path / "team.pdf")
    prefix = screenshots / "report-respondents"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(report), str(prefix)], check=True)
    assert list(screenshots.glob("report-respondents*.png"))
