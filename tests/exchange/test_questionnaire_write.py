"""Writing questionnaires: what the file holds, read back with openpyxl as a spreadsheet
program would open it, and how it is written (all of it or nothing)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from questionnaire_files import NOTES, RATING, assessment_with_team

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.questionnaire_layout import (
    BINDING_SHEET,
    COLUMNS,
    INSTRUCTIONS_SHEET,
    QUESTIONNAIRE_SHEET,
    rating_choices,
)
from csmaturity_app.exchange.questionnaire_read import read_questionnaire
from csmaturity_app.exchange.questionnaire_write import write_questionnaire, write_questionnaires
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def test_one_file_per_respondent_in_model_order_with_the_drop_down(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, _ = assessment_with_team(store, tsia)
    files = write_questionnaires(store, assessment, tmp_path / "to-send")
    names = ["Acme - Alex.xlsx", "Acme - Pat Lee.xlsx", "Acme - Sam Roe.xlsx"]
    assert [f.name for f in files] == names
    workbook = openpyxl.load_workbook(files[1])
    assert workbook.sheetnames == [INSTRUCTIONS_SHEET, QUESTIONNAIRE_SHEET, BINDING_SHEET]
    assert workbook.active.title == INSTRUCTIONS_SHEET
    sheet = workbook[QUESTIONNAIRE_SHEET]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)] == [
        c.id for c in tsia.criteria
    ]
    first = tsia.criteria[0]
    assert sheet.cell(2, 2).value == tsia.stage_label(tsia.stages_by_id[first.stage])
    assert sheet.cell(2, 4).value == first.statement
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.showErrorMessage and validation.error
    assert str(validation.sqref) == f"F2:F{len(tsia.criteria) + 1}"
    sheet_name, cells = validation.formula1.split("!")
    assert sheet_name.strip("'") == BINDING_SHEET
    listed = [c.value for row in workbook[BINDING_SHEET][cells.replace("$", "")] for c in row]
    assert listed == rating_choices(tsia)
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref
    assert sheet.column_dimensions["G"].width >= 50 and sheet.cell(2, NOTES).alignment.wrap_text


def test_only_ratings_and_notes_can_be_edited_and_the_binding_is_hidden(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, people = assessment_with_team(store, tsia)
    path = write_questionnaire(store, assessment, people[1], tmp_path / "pat.xlsx")
    workbook = openpyxl.load_workbook(path)
    for name in (INSTRUCTIONS_SHEET, QUESTIONNAIRE_SHEET, BINDING_SHEET):
        assert workbook[name].protection.sheet and not workbook[name].protection.password
    sheet = workbook[QUESTIONNAIRE_SHEET]
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            editable = cell.row > 1 and cell.column in (RATING, NOTES)
            assert cell.protection.locked is not editable, cell.coordinate
    assert sheet.protection.autoFilter is False and sheet.protection.sort is False
    assert workbook[BINDING_SHEET].sheet_state in ("hidden", "veryHidden")


def test_the_instructions_say_whom_it_is_for_the_model_and_its_anchors(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, people = assessment_with_team(store, tsia)
    path = write_questionnaire(store, assessment, people[1], tmp_path / "pat.xlsx")
    sheet = openpyxl.load_workbook(path)[INSTRUCTIONS_SHEET]
    text = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert tsia.title in text and tsia.attribution.credit() in text
    assert "Pat Lee, VP Customer Success" in text and "Acme" in text
    assert "2 Largely in place" in text
    anchored = next(c for c in tsia.criteria if c.anchors)
    assert all(anchor in text for anchor in anchored.anchors)


def test_text_is_typed_as_text_never_a_formula(store: Store, tsia: MaturityModel, tmp_path: Path):
    org = store.create_organization('=HYPERLINK("http://x")')
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    pat = store.add_respondent(assessment, "=cmd|' /C calc'!A0", "+CSM")
    criterion = tsia.criteria[0].id
    store.record_respondent_answer(pat.id, criterion, 2, notes="=SUM(1,2)")
    path = write_questionnaire(store, assessment, pat, tmp_path / "pat.xlsx")
    workbook = openpyxl.load_workbook(path)
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.value]
    assert cells and all(c.data_type in ("s", "n") for c in cells)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    assert sheet.cell(2, RATING).value == "2 Largely in place"  # their rating so far
    assert sheet.cell(2, NOTES).value == "=SUM(1,2)" and sheet.cell(2, NOTES).data_type == "s"
    instructions = [c.value for row in workbook[INSTRUCTIONS_SHEET].iter_rows() for c in row]
    assert "=cmd|' /C calc'!A0, +CSM" in instructions
    filled = read_questionnaire(path)
    assert filled.answers[criterion] == (2, False, "=SUM(1,2)")


def test_the_implicit_assessor_is_written_down_to_bind_the_file(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(assessment, tsia.criteria[0].id, 3)
    (alex,) = store.respondents(assessment)
    assert alex.implicit
    path = write_questionnaire(store, assessment, alex, tmp_path / "alex.xlsx")
    (written,) = store.respondents(assessment)
    assert not written.implicit and read_questionnaire(path).respondent_id == written.id
    assert read_questionnaire(path).answers[tsia.criteria[0].id] == (3, False, "")


def test_a_folder_that_cannot_be_written_is_said_and_leaves_nothing(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, people = assessment_with_team(store, tsia)
    folder = tmp_path / "out"
    folder.mkdir()
    a_file = folder / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(UserFacingError, match="part of the path is a file, not a folder"):
        write_questionnaire(store, assessment, people[1], a_file / "pat.xlsx")
    with pytest.raises(UserFacingError, match="the folder does not exist"):
        write_questionnaire(store, assessment, people[1], folder / "gone" / "pat.xlsx")
    with pytest.raises(UserFacingError, match="part of the path is a file"):
        write_questionnaires(store, assessment, a_file / "to-send")
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_failing_save_leaves_no_partial_file_and_an_earlier_file_intact(
    store: Store, tsia: MaturityModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    assessment, people = assessment_with_team(store, tsia)
    earlier = tmp_path / "pat.xlsx"
    earlier.write_bytes(b"earlier")

    def full_disk(self, filename):  # type: ignore[no-untyped-def]
        Path(filename).write_bytes(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(UserFacingError, match=r"pat\.xlsx: the disk is full"):
        write_questionnaire(store, assessment, people[1], earlier)
    assert [p.name for p in tmp_path.iterdir() if "pat" in p.name] == ["pat.xlsx"]
    assert earlier.read_bytes() == b"earlier"


def test_the_store_itself_is_never_the_output(store: Store, tsia: MaturityModel):
    assessment, people = assessment_with_team(store, tsia)
    before = store.path.read_bytes()
    with pytest.raises(UserFacingError, match="it is the store"):
        write_questionnaire(store, assessment, people[1], store.path)
    assert store.path.read_bytes() == before


def test_no_questionnaire_for_a_complete_assessment(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, people = assessment_with_team(store, tsia)
    store.set_status(assessment, "complete")
    with pytest.raises(UserFacingError, match="complete; reopen it to send questionnaires"):
        write_questionnaire(store, assessment, people[1], tmp_path / "pat.xlsx")
    with pytest.raises(UserFacingError, match="complete; reopen it"):
        write_questionnaires(store, assessment, tmp_path / "out")
    assert not (tmp_path / "pat.xlsx").exists() and not (tmp_path / "out").exists()


def test_a_french_questionnaire_that_cannot_be_written_is_told_in_the_users_english(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    (alex,) = store.respondents(assessment)
    with pytest.raises(UserFacingError) as info:
        write_questionnaire(store, assessment, alex, tmp_path / "missing" / "a.xlsx", "fr")
    assert "the folder does not exist" in str(info.value)
