"""The PDF report, made from a real store into a real file and read back with poppler
(`pdftotext`, `pdfinfo`, `pdftoppm`, which tools/bootstrap installs): what it says, its
pages, words inside the margins and not on top of each other, the same pages whatever the
application's theme, writing all or nothing, and File > Export report in the window. The
hand-worked reports are of assessments taken under the 1.0.0 models (which old assessments
keep); a report under the current models also marks our additions and ends with the glossary.

`test_screenshots` writes the pages of four reports as PNG, to look at (to a temporary folder
unless CSMATURITY_SCREENSHOTS names one: see the `screenshots` fixture)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.report_content import ADDITIONS_LEGEND
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.report import export_report_pdf
from csmaturity_app.ui.report_actions import FOLDER_KEY
from csmaturity_app.ui.theme import dark_palette

NA = "n/a"
A4_POINTS = (595.28, 841.89)
MARGIN_POINTS = 20 / 25.4 * 72  # left and right margins: 20 mm

NOTES_S05 = "Head of CS named, but the team reports to Sales.\nOrg chart dated 2023."
NOTES_F03 = (
    "Zo\u00eb M\u00fcller: \u201cwe have the data\u201d \u2014 "
    "na\u00efve caf\u00e9 \u2713 \u2265 75 %"
)
LONG = (
    "Renewals are reviewed monthly by the CFO and the head of CS, but only for the top 40 "
    "accounts; the long tail is handled by the inside-sales team, which has no playbook for "
    "at-risk customers. "
)
TSIA_DRAFT = {
    "F01": 3, "F02": 3, "F03": 3, "F04": 2, "F05": 2, "F06": 3, "F07": NA, "F08": 3,
    "S01": 3, "S02": 2, "S03": 2, "S04": 2, "S05": 1, "S06": 3, "S07": 2, "S08": 1, "S09": 0,
    "N01": 2, "N02": 1,
}  # fmt: skip


@pytest.fixture(autouse=True)
def poppler() -> None:
    for tool in ("pdftotext", "pdfinfo", "pdftoppm"):
        assert shutil.which(tool), f"{tool} is missing: install poppler-utils (tools/bootstrap)"


def assess(
    store: Store,
    org_id: str,
    model: MaturityModel,
    on: date,
    answers: dict[str, int | str],
    complete: bool = True,
    notes: dict[str, str] | None = None,
) -> AssessmentRecord:
    record = store.create_assessment(org_id, model, "Jane Assessor", on)
    for criterion_id, value in answers.items():
        if value == NA:
            store.record_answer(record.id, criterion_id, None, not_applicable=True)
        else:
            assert isinstance(value, int)
            store.record_answer(record.id, criterion_id, value)
    for criterion_id, text in (notes or {}).items():
        store.record_notes(record.id, criterion_id, text)
    if complete:
        store.set_status(record.id, "complete")
    return store.assessment(record.id)


@pytest.fixture
def acme(store: Store, tsia_v1: MaturityModel) -> AssessmentRecord:
    """The third assessment of Acme (TSIA 1.0.0), a draft with notes, after two completed."""
    tsia = tsia_v1
    org = store.create_organization("Acme Software")
    assess(store, org.id, tsia, date(2023, 4, 12), {"F01": 2, "F02": 2})
    assess(store, org.id, tsia, date(2024, 3, 20), {c.id: 3 for c in tsia.criteria[:8]})
    notes = {"S05": NOTES_S05, "F03": NOTES_F03, "S09": LONG * 3}
    return assess(store, org.id, tsia, date(2025, 3, 14), TSIA_DRAFT, False, notes)


@pytest.fixture
def northwind(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """A draft under the current TSIA model: Phase 1 fully in place, Phase 2 rated 0, 1 and
    2 in turn, the rest unanswered; placed at Phase 1 with next steps of every kind."""
    level = {s.id: s.level for s in tsia.stages}
    answers: dict[str, int | str] = {c.id: 3 for c in tsia.criteria if level[c.stage] == 1}
    second = [c.id for c in tsia.criteria if level[c.stage] == 2]
    answers |= {c: i % 3 for i, c in enumerate(second)}
    org = store.create_organization("Northwind Cloud")
    return assess(store, org.id, tsia, date(2025, 6, 2), answers, False, {second[0]: LONG})


def pdf_text(path: Path, layout: bool = True) -> str:
    """The text as laid out on the page, or (`layout` False) in reading order: a column's
    lines together, e.g. a glossary term wrapped in its column, then its meaning."""
    return subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def flat(text: str) -> str:
    """Words joined by single spaces: a phrase reads the same wherever lines were broken."""
    return " ".join(text.split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def words(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their boxes (x min, y min, x max, y max), in points."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (w, float(x0), float(y0), float(x1), float(y1))
                for x0, y0, x1, y1, w in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"([^<]*)</word>",
                    page,
                )
            ]
        )
    return pages


def test_report_reads_back(store: Store, tsia_v1: MaturityModel, acme: AssessmentRecord, tmp_path):
    tsia = tsia_v1
    out = export_report_pdf(store, acme.id, tmp_path / "acme.pdf")
    assert out == tmp_path / "acme.pdf" and out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    words_ = flat(text)
    # the cover: who, which maturity model (credited to its author), when, by whom
    assert "Acme Software" in words_
    assert f"Maturity model: {tsia.attribution.credit()}" in words_
    assert "Assessed on 14 March 2025" in words_ and "Jane Assessor" in words_
    assert "Draft: the results may still change" in words_
    # the verdict
    assert "Phase 1 Forming" in words_
    assert "Maturity index 1.59 on a scale of 0 to 4 \u00b7 19 of 36 criteria answered" in words_
    assert "The next stage, Phase 2 Storming, is attained at 59 %" in words_
    # the charts' own text: vector charts, read back
    assert "Stage attainment" in words_ and "Threshold 75 %" in words_
    assert "Dimension profile" in words_ and "Funding and economics" in words_
    for stage in tsia.stages:
        assert tsia.stage_label(stage) in words_
        assert f"{tsia.stage_label(stage)} Attained at" in words_  # its findings
    # next steps, with their notes
    assert "Next steps" in words_ and "To reach Phase 2 Storming" in words_
    assert "7 of its criteria are not fully in place, weakest first" in words_
    assert "Now: 0 Not in place" in words_
    # findings: ratings and notes as written (Unicode, line breaks)
    assert "Notes: Head of CS named, but the team reports to Sales. Org chart dated 2023." in words_
    assert f"Notes: {NOTES_F03}" in words_
    assert "Not applicable" in words_ and "Unanswered" in words_
    # progression: two earlier assessments
    assert "Progression over time" in words_
    assert (
        "3 assessments of Acme Software are on record, from 12 April 2023 to 14 March 2025"
        in words_
    )
    assert "Draft (this report)" in words_
    # about the model, and the furniture
    assert "How the assessment is scored" in words_
    assert "A stage is achieved at an attainment of 75 %." in words_
    # a 1.0.0 model says nothing of where its criteria come from, and has no glossary
    assert "our addition" not in words_ and "\u2020" not in words_
    assert "Glossary" not in words_
    pages = int(pdf_info(out)["Pages"])
    assert 6 <= pages <= 14
    assert f"Page 1 of {pages}" in words_ and f"Page {pages} of {pages}" in words_


def test_pages_are_a4_with_a_title(store: Store, acme: AssessmentRecord, tmp_path):
    out = export_report_pdf(store, acme.id, tmp_path / "acme.pdf")
    info = pdf_info(out)
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (width, height) == pytest.approx(A4_POINTS, abs=0.5)
    assert info["Title"].startswith("Acme Software \u2014 TSIA Customer Success Maturity Model")
    assert info["Creator"].startswith("CS Maturity")


@pytest.mark.parametrize("which", ["acme", "northwind"])
def test_words_stay_inside_the_margins_and_apart(
    store: Store, request: pytest.FixtureRequest, which: str, tmp_path
):
    record: AssessmentRecord = request.getfixturevalue(which)
    out = export_report_pdf(store, record.id, tmp_path / "report.pdf")
    for number, page in enumerate(words(out), 1):
        assert page, f"page {number} is empty"
        for word, x0, y0, x1, y1 in page:
            assert x0 >= MARGIN_POINTS - 1 and x1 <= A4_POINTS[0] - MARGIN_POINTS + 1, (
                f"page {number}: {word!r} is outside the margins ({x0:.1f} to {x1:.1f})"
            )
            assert y0 >= 20 and y1 <= A4_POINTS[1] - 20, f"page {number}: {word!r} at {y0}"
        boxes = sorted(page, key=lambda w: w[2])
        for i, (word, x0, y0, x1, y1) in enumerate(boxes):
            for other, ox0, oy0, ox1, oy1 in boxes[i + 1 :]:
                if oy0 >= y1 - 0.5:
                    break
                # boxes are a font's full height: neighbouring lines' boxes may touch
                overlap_x = min(x1, ox1) - max(x0, ox0)
                overlap_y = min(y1, oy1) - max(y0, oy0)
                assert overlap_x < 0.5 or overlap_y < 0.4 * min(y1 - y0, oy1 - oy0), (
                    f"page {number}: {word!r} and {other!r} overlap"
                )


def test_notes_longer_than_a_page_print_in_full(store: Store, tsia_v1, tmp_path):
    tsia = tsia_v1
    org = store.create_organization("Verbose Ltd")
    sentences = "\n".join(f"Observation number {n} of the workshop." for n in range(1, 131))
    # fully in place, so not among the next steps: the notes are printed once
    record = assess(store, org.id, tsia, date(2025, 1, 2), {"F01": 3}, False, {"F01": sentences})
    out = export_report_pdf(store, record.id, tmp_path / "verbose.pdf")
    words_ = flat(pdf_text(out))
    found = [int(n) for n in re.findall(r"Observation number (\d+) of the workshop", words_)]
    assert found == list(range(1, 131))
    assert words_.count("(cont.)") >= 2  # the gutter says what the top of a page goes on with


def test_ftworks_report_with_a_stage_achieved_by_definition(store: Store, ftworks_v1, tmp_path):
    ftworks = ftworks_v1
    org = store.create_organization("Brightline Health")
    answers: dict[str, int | str] = {c.id: 3 for c in ftworks.criteria if c.id.startswith("R")}
    answers |= {"T01": 2, "T02": 1, "T09": NA}
    record = assess(store, org.id, ftworks, date(2025, 2, 3), answers)
    out = export_report_pdf(store, record.id, tmp_path / "brightline.pdf")
    words_ = flat(pdf_text(out))
    assert "Brightline Health" in words_ and "Fran\u00e7oise Tourniaire (FT Works)" in words_
    assert "Level 0 Asleep Achieved by definition (no applicable criteria)" in words_
    assert "This level has no criteria: it is achieved by definition." in words_
    assert "Level 1 Random" in words_ and "To reach Level 2 Tactical" in words_
    assert "Support-Centric" in words_  # a stage name on the chart, not elided
    assert "Collaboration with support, sales and marketing" in words_
    assert "Progression over time" not in words_  # one assessment on record


def test_additions_marked_and_the_glossary_last(
    store: Store, tsia: MaturityModel, northwind: AssessmentRecord, tmp_path
):
    """Under a format 2 model: every criterion written for CS Maturity is tagged, where it
    is listed, and the tag explained once; the glossary is the last section, complete, and
    in the contents; the threshold reads two thirds; the corrected credit on the cover."""
    out = export_report_pdf(store, northwind.id, tmp_path / "northwind.pdf")
    text = pdf_text(out)
    pages = text.split("\f")
    words_ = flat(text)
    assert tsia.format == 2
    assert f"Maturity model: {tsia.attribution.credit()}" in flat(pages[0])
    assert "\u201cThe Customer Success Maturity Model in 4 Phases\u201d" in flat(pages[0])
    contents = words_[words_.index("Contents Results:") : words_.index(" Report made with")]
    assert re.search(r"About the maturity model and the scoring \d+ Glossary \d+$", contents)

    # the tags: one per addition in the findings, one per addition among the next steps
    findings = words_[words_.index("Findings by stage Every criterion") :]
    steps = words_[words_.index("Next steps To reach") : words_.index("Findings by stage Every")]
    additions = {c.id for c in tsia.criteria if c.is_addition}
    assert findings.count("\u2020 our addition") == len(additions)
    level = {s.id: s.level for s in tsia.stages}
    to_do = [c.id for c in tsia.criteria if level[c.stage] == 2 and c.id not in additions]
    assert steps.count("\u2020 our addition") == sum(
        1 for c in tsia.criteria if level[c.stage] == 2 and c.id in additions
    )
    assert to_do  # articles' criteria among the steps too: not every step is tagged
    assert words_.count(ADDITIONS_LEGEND) == 1 and words_.count("Criteria marked") == 1
    # the next steps say what earns the next rating, and a first action
    assert "A first step:" in steps and "For 1 Partially in place:" in steps
    assert "What reaching it brings:" in steps
    assert "it is achieved at two thirds (67 %)" in words_ and "66.6" not in words_
    assert "A stage is achieved at an attainment of two thirds (67 %)." in words_
    assert "A typical organization at this phase, where Northwind Cloud is placed:" in words_

    # the glossary: last, every entry, term then meaning
    last = words_.rindex("Glossary The terms of the maturity model")
    assert last > words_.index("About the maturity model and the scoring")
    read = flat(pdf_text(out, layout=False))
    glossary = read[read.rindex("Glossary The terms of the maturity model") :]
    for entry in tsia.glossary:
        assert f"{flat(entry.term)} {flat(entry.meaning)}" in glossary
    # nothing after the last entry but the page's footer
    assert glossary.split(" Northwind Cloud \u00b7 assessed on")[-2].endswith(
        f"{flat(tsia.glossary[-1].term)} {flat(tsia.glossary[-1].meaning)}"
    )


def test_same_pages_whatever_the_application_theme(qapp, store, acme, tmp_path):
    light = export_report_pdf(store, acme.id, tmp_path / "light.pdf")
    original = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        dark = export_report_pdf(store, acme.id, tmp_path / "dark.pdf")
    finally:
        qapp.setPalette(original)
    for pdf in (light, dark):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / pdf.stem)], check=True
        )
    light_pages = sorted(tmp_path.glob("light-*.png"))
    dark_pages = sorted(tmp_path.glob("dark-*.png"))
    assert len(light_pages) == len(dark_pages) > 0
    for a, b in zip(light_pages, dark_pages, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{b.name} differs in the dark theme"


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(store, acme, tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "report.pdf"
    out.write_bytes(b"the earlier report")
    with pytest.raises(UserFacingError, match=r"cannot write the report to .*: it is a folder"):
        export_report_pdf(store, acme.id, folder)
    with pytest.raises(UserFacingError, match="the folder does not exist"):
        export_report_pdf(store, acme.id, folder / "missing" / "report.pdf")
    with pytest.raises(UserFacingError, match="part of the path is a file"):
        export_report_pdf(store, acme.id, out / "report.pdf")

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("csmaturity_app.ui.report.output.os.replace", full_disk)
    with pytest.raises(UserFacingError, match="the disk is full"):
        export_report_pdf(store, acme.id, out)
    assert out.read_bytes() == b"the earlier report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]  # no temporary left


# -- File > Export report in the window


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, monkeypatch) -> MainWindow:
    from csmaturity_app.ui import report_actions
    from csmaturity_app.ui.report_dialog import ReportChoice

    # the format dialog has its own tests (tests/ui/test_report_dialog.py): a PDF here
    monkeypatch.setattr(report_actions, "ask_report_choice", lambda _w: ReportChoice(".pdf", False))
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_export_report_from_the_window(window, store, acme, tmp_path, monkeypatch, qtbot):
    window.operations.organizationsChanged.emit()
    assert window.current_assessment_id() is not None
    assert window.report_action.isEnabled()
    proposed: list[str] = []

    def save_as(_parent, _title, path, _filter, *_args, **_kwargs):
        proposed.append(path)
        return str(tmp_path / "for the client"), "PDF document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.report_action.trigger()
    written = tmp_path / "for the client.pdf"  # the extension is added
    assert written.read_bytes().startswith(b"%PDF-")
    assert Path(proposed[0]).name == (
        "Acme Software - TSIA Customer Success Maturity Model (4 phases) - 2025-03-14.pdf"
    )
    assert window.statusBar().currentMessage() == f"Report written to {written}"
    assert QSettings().value(FOLDER_KEY) == str(tmp_path)

    # the next report is proposed in the same folder
    def cancel(_parent, _title, path, _filter, *_args, **_kwargs):
        proposed.append(path)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    window.report_action.trigger()
    assert Path(proposed[1]).parent == tmp_path


def test_export_report_failure_is_one_message(window, store, acme, tmp_path, monkeypatch):
    window.operations.organizationsChanged.emit()
    target = tmp_path / "missing" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.report_action.trigger()
    assert len(shown) == 1 and "the folder does not exist" in shown[0]
    assert not target.parent.exists()
    assert window.statusBar().currentMessage() == ""


def test_a_crash_while_writing_is_one_message_and_the_next_report_works(
    window, store, acme, tmp_path, monkeypatch
):
    from csmaturity_app.ui import report, report_actions

    window.operations.organizationsChanged.emit()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r"), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    real = report.export_report_pdf

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(report, "export_report_pdf", broken)
    with pytest.raises(RuntimeError):  # still raised, for whoever debugs it
        report_actions.export_report_interactively(window)
    assert len(shown) == 1 and "did not expect (RuntimeError: a bug)" in shown[0]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""

    monkeypatch.setattr(report, "export_report_pdf", real)
    assert report_actions.export_report_interactively(window) == tmp_path / "r.pdf"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert len(shown) == 1


def test_export_report_needs_an_assessment(window, store, acme, monkeypatch):
    window.operations.organizationsChanged.emit()
    assert window.report_action.isEnabled()
    store.create_organization("Zeta Without Assessments")
    window.operations.organizationsChanged.emit()
    window._select_organization(store.find_organization("Zeta Without Assessments").id)
    assert window.current_assessment_id() is None
    assert not window.report_action.isEnabled()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    window.export_report()  # even if called: nothing to do, nothing asked
    assert asked == []


# -- screenshots, to look at


def test_screenshots(
    store: Store, tsia, ftworks, acme: AssessmentRecord, northwind, screenshots: Path
):
    """Pages of a TSIA 1.0.0 draft with history, a current TSIA draft (our additions, the
    glossary), an FT Works assessment and one at the top."""
    folder = screenshots / "report"
    folder.mkdir(exist_ok=True)
    org = store.create_organization("Brightline Health")
    answers: dict[str, int | str] = {c.id: 3 for c in ftworks.criteria if c.stage == "random"}
    answers |= {c.id: 2 for c in ftworks.criteria if c.stage == "tactical"}
    bright = assess(store, org.id, ftworks, date(2025, 2, 3), answers, notes={"T01": LONG})
    top = store.create_organization("Zenith Cloud")
    zenith = assess(store, top.id, tsia, date(2025, 6, 1), {c.id: 3 for c in tsia.criteria})
    reports = (
        ("tsia-draft", acme),
        ("tsia-current", northwind),
        ("ftworks", bright),
        ("tsia-top", zenith),
    )
    pages = 0
    for name, record in reports:
        pdf = export_report_pdf(store, record.id, folder / f"{name}.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / name)], check=True)
        pages += int(pdf_info(pdf)["Pages"])
        pdf.unlink()
    assert pages >= 20
