"""The DOCX report, checked by a real word processor: written from a real store with a plan
and private notes, normal and client-safe, opened by LibreOffice Writer (headless) and
printed to PDF, read back with pdftotext; its structure read back with python-docx, and its
bytes searched part by part. One LibreOffice run for the module."""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from libreoffice_writer import to_pdf

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.report_content import Report, build_report
from csmaturity_app.exchange.report_docx import ReportImages, write_report_docx
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

ANSWER_SECRET = "ANSWERSECRET the CFO doubts the budget"
ACTION_SECRET = "ACTIONSECRET churn owner leaves in June"
CLIENT_NOTE = "Board minutes <b>November</b> {{ deck }}"
OWN_ACTION = "Hire a CS operations analyst & <i>train</i> them"
TODAY = date(2026, 1, 20)


@dataclass(frozen=True)
class Written:
    report: Report
    normal: Path  # the DOCX
    safe: Path  # the client-safe DOCX
    normal_text: str  # Writer's PDF of it, as pdftotext reads it
    safe_text: str
    normal_pdf: Path
    actions: tuple[str, ...]  # every action's title


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode()


def flat(text: str) -> str:
    """Text with its line breaks undone and without hyphens, for phrases that wrap: pdftotext
    joins a line broken after a hyphen and drops the hyphen ("low-CSAT" reads "lowCSAT")."""
    return re.sub(r"-\s*", "", " ".join(text.split()))


def planned_store(path: Path, tsia: MaturityModel) -> str:
    """Acme placed at Phase 1, aiming at Phase 3, with notes and private notes of both kinds;
    returns the assessment's id."""
    with Store.open(path) as store:
        org = store.create_organization("Acme Software")
        record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2026, 1, 15))
        for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
            store.record_answer(record.id, criterion.id, tsia.max_score)
        store.record_answer(record.id, "S01", 1)
        store.record_notes(record.id, "S01", CLIENT_NOTE)
        store.record_private_notes(record.id, "S01", ANSWER_SECRET)
        store.set_status(record.id, "complete")
        store.set_target(org.id, tsia, 3, "2026-06-30")
        built = store.build_roadmap(org.id, tsia.id)
        store.edit_action(
            built[0].id,
            owner="Dana Lee",
            status="in progress",
            notes="Kick-off in May.",
            private_notes=ACTION_SECRET,
        )
        store.edit_action(built[1].id, due_on="2025-12-01")  # overdue
        store.add_action(org.id, tsia.id, OWN_ACTION, owner="Sam")
        return record.id


def images(report: Report) -> ReportImages:
    from csmaturity_app.ui.report.chart_images import report_images

    return report_images(report)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel, qapp) -> Written:
    folder = tmp_path_factory.mktemp("docx")
    assessment = planned_store(folder / "store.db", tsia)
    with Store.open(folder / "store.db") as store:
        report = build_report(store, assessment, today=TODAY)
        safe = build_report(store, assessment, today=TODAY, client_safe=True)
        actions = tuple(a.title for a in store.actions(report.record.organization_id))
    write_report_docx(report, folder / "report.docx", images(report))
    write_report_docx(safe, folder / "client.docx", images(safe))
    normal_pdf, safe_pdf = to_pdf(
        [folder / "report.docx", folder / "client.docx"], folder / "pdf", folder
    )
    return Written(
        report,
        folder / "report.docx",
        folder / "client.docx",
        pdf_text(normal_pdf),
        pdf_text(safe_pdf),
        normal_pdf,
        actions,
    )


def test_writer_prints_the_whole_report(written: Written):
    text, report = written.normal_text, written.report
    words = flat(text)
    assert "Acme Software" in text
    assert report.verdict.placed_label == "Phase 1 Forming"
    assert "Phase 1 Forming" in text
    assert flat(f"Maturity model: {report.cover.credit}") in words  # the credit, as the PDF's
    assert flat(f"Source: {report.cover.credit}.") in words
    for title in written.actions:
        assert flat(title) in words, title
    assert "Kick-off in May." in text
    assert flat("Phase 3 Norming by 30 June 2026") in words
    assert "Overdue" in text
    # user text stays literal: no markup, no template
    assert flat(CLIENT_NOTE) in words and flat(OWN_ACTION) in words
    for heading in ("Results", "Next steps", "Roadmap", "Findings by stage", "Glossary"):
        assert heading in text.splitlines()


def test_private_notes_are_in_the_normal_report_and_never_in_the_client_safe_one(
    written: Written,
):
    normal, safe = flat(written.normal_text), flat(written.safe_text)
    assert f"Private note: {ANSWER_SECRET}" in normal
    assert f"Private note: {ACTION_SECRET}" in normal
    for secret in ("ANSWERSECRET", "ACTIONSECRET", "Private note"):
        assert secret not in safe
    assert flat("Kick-off in May.") in safe and flat(CLIENT_NOTE) in safe  # the client's notes stay
    for path, present in ((written.normal, True), (written.safe, False)):
        with zipfile.ZipFile(path) as package:
            found = [
                name
                for name in package.namelist()
                for secret in (b"ANSWERSECRET", b"ACTIONSECRET", b"Private note")
                if secret in package.read(name)
            ]
        assert bool(found) == present, (path.name, found)


def test_headings_tables_and_pictures_are_the_word_processors_own(written: Written):
    document = docx.Document(str(written.normal))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    top = [text for style, text in headings if style == "Heading 1"]
    assert top == [
        "Verdict",
        "Results",
        "Next steps",
        "Roadmap",
        "Findings by stage",
        "About the maturity model and the scoring",
        "Glossary",
    ]
    second = [text for style, text in headings if style == "Heading 2"]
    assert {"Stage attainment", "Dimension profile", "Targets", "Actions"} <= set(second)
    assert {"Phase 1 Forming", "Phase 4 Performing"} <= set(second)
    assert any(style == "Heading 3" for style, _ in headings)

    tables = document.tables
    roadmap = next(t for t in tables if t.rows[0].cells[0].text == "#")
    assert [c.text for c in roadmap.rows[0].cells] == [
        "#",
        "Stage",
        "Action",
        "Owner",
        "Due",
        "Status",
        "State",
    ]
    assert len(roadmap.rows) == len(written.actions) + 1
    assert roadmap.style.name == "Table Grid"  # borders on every cell
    header = roadmap.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    overdue = [r for r in roadmap.rows[1:] if r.cells[6].text == "Overdue"]
    assert len(overdue) >= 1
    assert roadmap.rows[-1].cells[2].text.startswith(OWN_ACTION)

    assert len(document.inline_shapes) == 2  # the stage and dimension charts (no history)
    with zipfile.ZipFile(written.normal) as package:
        pictures = [n for n in package.namelist() if n.startswith("word/media/")]
        assert all(package.read(n).startswith(b"\x89PNG") for n in pictures) and pictures

    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert Mm(15) <= section.left_margin <= Mm(25) and Mm(15) <= section.right_margin <= Mm(25)


def test_the_document_says_what_it_is_and_nothing_of_this_machine(written: Written):
    core = docx.Document(str(written.normal)).core_properties
    assert core.title == (
        "Acme Software \u2014 TSIA Customer Success Maturity Model (4 phases) \u2014 2026-01-15"
    )
    assert core.subject == "Customer-success maturity assessment of Acme Software"
    assert core.author == "Jane Assessor"  # the assessor, as the PDF's author
    assert core.last_modified_by == ""
    assert core.created is not None and core.created.date() == TODAY
    with zipfile.ZipFile(written.normal) as package:
        everything = b"".join(package.read(n) for n in package.namelist())
    assert b"python-docx" not in everything
    host = socket.gethostname().encode()
    assert len(host) < 4 or host not in everything


def test_writer_lays_the_pages_out_on_a4(written: Written):
    info = subprocess.run(
        ["pdfinfo", str(written.normal_pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert re.search(r"Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info), info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages >= 8  # cover, results, next steps, roadmap, findings, about, glossary


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(
    written: Written, tmp_path: Path, monkeypatch
):
    out = tmp_path / "report.docx"
    out.write_bytes(b"the earlier report")
    pictures = ReportImages(*images_of(written.normal))
    with pytest.raises(UserFacingError, match="the folder does not exist"):
        write_report_docx(written.report, tmp_path / "missing" / "r.docx", pictures)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("csmaturity_app.exchange.output_files.os.replace", full_disk)
    with pytest.raises(UserFacingError, match="the disk is full"):
        write_report_docx(written.report, out, pictures)
    assert out.read_bytes() == b"the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"]  # nothing left beside


def images_of(path: Path) -> tuple[bytes, bytes]:
    """The two charts a written DOCX holds, to write another with."""
    with zipfile.ZipFile(path) as package:
        names = sorted(n for n in package.namelist() if n.startswith("word/media/"))
        return package.read(names[0]), package.read(names[1])


def test_a_code_point_xml_cannot_hold_is_left_out_rather_than_stopping_the_report(
    tmp_path: Path, tsia: MaturityModel, qapp
):
    """A store written before such code points were dropped may hold one: the report is
    written without it."""
    assessment = planned_store(tmp_path / "store.db", tsia)
    connection = sqlite3.connect(tmp_path / "store.db")
    with connection:
        connection.execute("UPDATE action SET title = title || ' odd\uffffone'")
        connection.execute(
            "UPDATE answer SET notes = 'noted\ufffe here' WHERE criterion_id = 'S01'"
        )
        connection.execute("UPDATE organization SET name = 'Acme\uffff Software'")
    connection.close()
    with Store.open(tmp_path / "store.db") as store:
        report = build_report(store, assessment, today=TODAY)
    out = write_report_docx(report, tmp_path / "report.docx", images(report))
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    text = "\n".join(texts)
    assert "\uffff" not in text and "\ufffe" not in text
    assert "odd one" not in text and "oddone" in text and "noted here" in text
    assert "Acme Software" in document.core_properties.title


def _languages(path: Path) -> tuple[str, str]:
    """The document's default run language (docDefaults) and its settings' theme language."""
    document = docx.Document(str(path))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    theme = document.settings.element.find(qn("w:themeFontLang"))
    return lang.get(qn("w:val")), theme.get(qn("w:val"))


def test_a_french_report_is_tagged_french_for_word(
    written: Written, tsia: MaturityModel, tmp_path: Path
):
    from csmaturity_app import i18n

    assert _languages(written.normal) == ("en-US", "en-US")
    assessment = planned_store(tmp_path / "store.db", tsia)
    with i18n.using("fr"), Store.open(tmp_path / "store.db") as store:
        report = build_report(store, assessment, today=TODAY)
        write_report_docx(report, tmp_path / "rapport.docx", images(report))
    assert _languages(tmp_path / "rapport.docx") == ("fr-FR", "fr-FR")
    assert docx.Document(str(tmp_path / "rapport.docx")).core_properties.language == "fr-FR"
