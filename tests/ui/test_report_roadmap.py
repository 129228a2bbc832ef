"""The PDF report's Roadmap section and the consultant's private notes: made from a real store
into real files, normal and client-safe, read back with pdftotext and drawn with pdftoppm."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.report import export_report_pdf, style

ANSWER_SECRET = "ANSWERSECRET ask the board again"
ACTION_SECRET = "ACTIONSECRET no budget before Q3"
HEADER = re.compile(r"^\s*#\s+Stage\s+Action\s+Owner\s+Due\s+Status\s+State\s*$", re.M)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


@pytest.fixture
def planned(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """Acme placed at Phase 1, aiming at Phase 4 by 2026-06-30 (a roadmap of every criterion
    above Phase 1: more than a page), one action overdue, one with both kinds of notes; a
    private note on an answer."""
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2026, 1, 15))
    for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
        store.record_answer(record.id, criterion.id, tsia.max_score)
    store.record_answer(record.id, "S01", 1)
    store.record_private_notes(record.id, "S01", ANSWER_SECRET)
    store.set_status(record.id, "complete")
    store.set_target(org.id, tsia, 4, "2099-06-30")
    built = store.build_roadmap(org.id, tsia.id)
    store.edit_action(
        built[0].id,
        owner="Dana Lee",
        status="in progress",
        notes="Kick-off in May.",
        private_notes=ACTION_SECRET,
    )
    store.edit_action(built[1].id, due_on="2025-12-01")
    store.edit_action(built[2].id, status="done", due_on="2025-12-01")  # done: not overdue
    return store.assessment(record.id)


def test_the_roadmap_section_lists_every_action_across_pages(store, planned, tmp_path, qapp):
    out = export_report_pdf(store, planned.id, tmp_path / "r.pdf")
    pages = pdf_pages(out)
    text = "\f".join(pages)
    assert re.search(r"Roadmap: the targets and the plan's actions\s+\d+", text)  # contents
    starts = [n for n, page in enumerate(pages) if re.search(r"^\s*Roadmap\s*$", page, re.M)]
    assert len(starts) == 1
    with_actions = [n for n, page in enumerate(pages) if HEADER.search(page)]
    # the table runs onto a second page, which repeats its header row
    assert len(with_actions) >= 2 and with_actions[0] == starts[0]
    assert with_actions == list(range(with_actions[0], with_actions[-1] + 1))
    actions = store.actions(planned.organization_id)
    numbers = [
        int(m.group(1))
        for n in with_actions
        for m in re.finditer(r"^\s{0,3}(\d+)\s+\d \w+", pages[n], re.M)
    ]
    assert numbers == list(range(1, len(actions) + 1))  # every action, once, in order
    assert re.search(r"Phase 4 Performing by\s", text) and "2099-06-30" in text
    # the overdue one is said in words; the done one past its date is not overdue
    overdue = [line for line in text.splitlines() if line.rstrip().endswith("Overdue")]
    assert len(overdue) == 1 and "2025-12-01" in overdue[0] and "Open" in overdue[0]
    assert "1 overdue" in " ".join(text.split())


def test_private_notes_are_marked_in_a_normal_report_and_absent_from_a_client_safe_one(
    store, planned, tmp_path, qapp
):
    normal = " ".join(
        "".join(pdf_pages(export_report_pdf(store, planned.id, tmp_path / "n.pdf"))).split()
    )
    safe_pdf = export_report_pdf(store, planned.id, tmp_path / "s.pdf", client_safe=True)
    safe = " ".join("".join(pdf_pages(safe_pdf)).split())
    assert f"Private note: {ANSWER_SECRET}" in normal  # in the next steps and the findings
    assert normal.count("ANSWERSECRET") == 2
    assert "Private note:" in normal and "ACTIONSECRET" in normal
    for secret in ("ANSWERSECRET", "ACTIONSECRET", "Private note"):
        assert secret not in safe
    assert b"SECRET" not in safe_pdf.read_bytes()  # nor in its metadata or hidden text
    assert "Kick-off in May." in safe  # the client's notes stay


def test_screenshots_of_the_roadmap_pages(store, planned, tmp_path, qapp, screenshots):
    """The Roadmap pages as pictures, to look at (light: a document)."""
    out = export_report_pdf(store, planned.id, tmp_path / "r.pdf")
    pages = pdf_pages(out)
    first = next(n for n, page in enumerate(pages) if HEADER.search(page)) + 1
    folder = screenshots / "report-roadmap"
    folder.mkdir(exist_ok=True)
    pages_wanted = ["-f", str(first), "-l", str(first + 1)]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", *pages_wanted, str(out), str(folder / "roadmap")],
        check=True,
    )
    assert len(list(folder.glob("roadmap-*.png"))) == 2


def words_in_boxes(path: Path) -> list[tuple[str, int, float]]:
    """(word, page from 1, bottom in points from the page's top) of every word of a PDF."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for number, page in enumerate(xhtml.split("<page ")[1:], 1):
        for m in re.finditer(r'<word [^>]*yMax="([\d.]+)"[^>]*>([^<]*)</word>', page):
            found.append((m.group(2), number, float(m.group(1))))
    return found


@pytest.mark.parametrize("count", [500, 3300])  # about 3,000 and 20,000 characters
def test_an_action_taller_than_a_page_prints_in_full_above_the_footer(
    store, tsia, tmp_path, qapp, screenshots, count
):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia, "Alex", date(2026, 1, 15))
    for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
        store.record_answer(record.id, criterion.id, tsia.max_score)
    store.set_status(record.id, "complete")
    store.set_target(org.id, tsia, 2, "2099-06-30")
    built = store.build_roadmap(org.id, tsia.id)
    words = [f"w{n:04d}" for n in range(count)]
    store.edit_action(built[0].id, notes=" ".join(words) + " ENDMARK")
    store.edit_action(built[1].id, notes="SHORTNOTE after the tall one")
    out = export_report_pdf(store, record.id, tmp_path / "r.pdf")

    placed = words_in_boxes(out)
    shown = [word for word, _, _ in placed]
    for word in [*words, "ENDMARK", "SHORTNOTE"]:
        assert shown.count(word) == 1, word  # every word, once: none lost, none repeated
    assert shown.index("ENDMARK") < shown.index("SHORTNOTE")
    # nothing runs into the footer: below the text area there is only the footer's line
    bottom = (style.PAGE_HEIGHT_MM - style.MARGIN_BOTTOM_MM) * 72 / 25.4
    below = {word for word, _, y in placed if y > bottom + 1}
    assert not below & {*words, "ENDMARK", "SHORTNOTE"}
    pages = {page for word, page, _ in placed if word in words}
    assert len(pages) >= 2
    folder = screenshots / f"report-tall-action-{count}"
    folder.mkdir(exist_ok=True)
    first, last = str(min(pages)), str(min(pages) + 2)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", first, "-l", last, str(out), str(folder / "p")],
        check=True,
    )
