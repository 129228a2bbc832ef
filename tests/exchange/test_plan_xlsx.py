"""The XLSX action plan, read back with openpyxl and after a real LibreOffice Calc has opened
and saved it again: date cells stay dates, the filter and the status drop-down stay, text
stays text, and a client-safe plan holds no private note anywhere in the file."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from libreoffice import resave
from openpyxl.worksheet.worksheet import Worksheet
from plan_data import CLIENT_NOTE, FORMULA_TITLE, PRIVATE, TODAY, Planned, planned

from csmaturity_app import APP_NAME
from csmaturity_app.exchange.plan_xlsx import (
    DATE_FORMAT,
    OVERDUE,
    PLAN_SHEET,
    TARGETS_SHEET,
    write_plan_xlsx,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.plan import (
    CLIENT_SAFE_PLAN_COLUMNS,
    PLAN_COLUMNS,
    PLAN_HEADINGS,
)
from csmaturity_app.store import ACTION_STATUSES, Store


@dataclass(frozen=True)
class Written:
    planned: Planned
    actions: int
    full: Path
    client_safe: Path
    full_resaved: Path
    client_safe_resaved: Path


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel) -> Written:
    folder = tmp_path_factory.mktemp("plan-xlsx")
    with Store.open(folder / "store.db") as store:
        made = planned(store, tsia)
        view = store.plan(made.organization_id, today=TODAY)
        full = write_plan_xlsx(view, folder / "plan.xlsx", store.path, client_safe=False)
        safe = write_plan_xlsx(view, folder / "client.xlsx", store.path, client_safe=True)
    back = resave([full, safe], folder / "back", folder)  # one LibreOffice run for the module
    return Written(made, len(view.items), full, safe, back[0], back[1])


def _sheet(path: Path, name: str = PLAN_SHEET) -> Worksheet:
    sheet = openpyxl.load_workbook(path)[name]
    assert isinstance(sheet, Worksheet)
    return sheet


def _column(sheet: Worksheet, column: str) -> int:
    return PLAN_COLUMNS.index(column) + 1


def _row_of(sheet: Worksheet, action_id: str) -> int:
    ids = _column(sheet, "action_id")
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, ids).value == action_id:
            return row
    raise AssertionError(f"no row for {action_id}")


def test_one_row_per_action_under_readable_headings(written: Written):
    workbook = openpyxl.load_workbook(written.full)
    assert workbook.sheetnames == [PLAN_SHEET, TARGETS_SHEET]
    sheet = _sheet(written.full)
    headings = [sheet.cell(1, n).value for n in range(1, sheet.max_column + 1)]
    assert headings == [PLAN_HEADINGS[c] for c in PLAN_COLUMNS]
    assert sheet.max_row == written.actions + 1
    assert [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)] == list(
        range(1, written.actions + 1)
    )


@pytest.mark.parametrize("resaved", [False, True], ids=["openpyxl", "libreoffice"])
def test_due_and_achieved_dates_are_date_cells(written: Written, resaved: bool):
    sheet = _sheet(written.full_resaved if resaved else written.full)
    made = written.planned
    due = sheet.cell(_row_of(sheet, made.done_id), _column(sheet, "due_on"))
    # LibreOffice writes the format's hyphens escaped, yyyy\-mm\-dd: the same format
    assert due.is_date and due.number_format.replace("\\", "") == DATE_FORMAT
    assert due.value == datetime(2026, 9, 30)
    achieved = sheet.cell(_row_of(sheet, made.achieved_id), _column(sheet, "achieved_on"))
    assert achieved.is_date and achieved.number_format.replace("\\", "") == DATE_FORMAT
    assert achieved.value == datetime(2026, 6, 1)
    by = sheet.cell(_row_of(sheet, made.achieved_id), _column(sheet, "achieved_by"))
    assert by.value == made.later_assessment_id


@pytest.mark.parametrize("resaved", [False, True], ids=["openpyxl", "libreoffice"])
def test_the_filter_and_the_status_drop_down_cover_the_table(written: Written, resaved: bool):
    sheet = _sheet(written.full_resaved if resaved else written.full)
    last = written.actions + 1
    assert sheet.auto_filter.ref == f"A1:P{last}"
    status = openpyxl.utils.get_column_letter(_column(sheet, "status"))
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(ACTION_STATUSES) + '"'
    assert str(validation.sqref) == f"{status}2:{status}{last}"
    statuses = {sheet.cell(r, _column(sheet, "status")).value for r in range(2, last + 1)}
    assert statuses == {"open", "done", "in progress"}


def test_the_header_row_is_frozen(written: Written):
    assert _sheet(written.full).freeze_panes == "A2"
    assert _sheet(written.full, TARGETS_SHEET).freeze_panes == "A2"


@pytest.mark.parametrize("resaved", [False, True], ids=["openpyxl", "libreoffice"])
def test_text_stays_text(written: Written, resaved: bool):
    sheet = _sheet(written.full_resaved if resaved else written.full)
    own = _row_of(sheet, written.planned.own_id)
    title = sheet.cell(own, _column(sheet, "action"))
    assert title.value == FORMULA_TITLE and title.data_type == "s"
    overdue = _row_of(sheet, written.planned.overdue_id)
    assert sheet.cell(overdue, _column(sheet, "notes")).value == CLIENT_NOTE
    assert sheet.cell(overdue, _column(sheet, "owner")).value == "Pat Lee"


def test_overdue_rows_say_so_and_stand_out(written: Written):
    sheet = _sheet(written.full)
    column = _column(sheet, "overdue")
    overdue = _row_of(sheet, written.planned.overdue_id)
    done = _row_of(sheet, written.planned.done_id)
    achieved = _row_of(sheet, written.planned.achieved_id)
    assert sheet.cell(overdue, column).value == OVERDUE
    assert sheet.cell(done, column).value is None
    assert sheet.cell(achieved, column).value is None  # achieved: never overdue
    fills = {sheet.cell(overdue, n).fill.fgColor.rgb for n in range(1, sheet.max_column + 1)}
    assert len(fills) == 1 and fills != {sheet.cell(done, 1).fill.fgColor.rgb}


def test_the_targets_sheet_has_each_target_with_its_gap(written: Written):
    for path in (written.full, written.full_resaved):
        sheet = _sheet(path, TARGETS_SHEET)
        assert sheet.cell(2, 2).value == "Phase 2 Storming by 1 March 2026"
        assert sheet.cell(2, 3).value == 2
        assert sheet.cell(2, 4).is_date and sheet.cell(2, 4).value == datetime(2026, 3, 1)
        assert "stage to go" in sheet.cell(2, 5).value


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_client_safe_leaves_the_private_notes_out_of_the_whole_file(written: Written):
    assert PRIVATE in _xml(written.full)
    assert PRIVATE in _xml(written.full_resaved)
    for path in (written.client_safe, written.client_safe_resaved):
        assert PRIVATE not in _xml(path)
        assert PLAN_HEADINGS["private_notes"] not in _xml(path)
    sheet = _sheet(written.client_safe)
    assert sheet.max_column == len(CLIENT_SAFE_PLAN_COLUMNS)
    assert CLIENT_NOTE in _xml(written.client_safe)  # the notes the client may read stay


def test_the_document_properties_name_the_application_not_the_consultant(written: Written):
    properties = openpyxl.load_workbook(written.full).properties
    assert properties.creator == APP_NAME
    assert not properties.lastModifiedBy
    with zipfile.ZipFile(written.full) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "Ana" not in core and "Pat" not in core


def test_a_code_point_xml_cannot_hold_is_left_out_rather_than_stopping_the_plan(
    tmp_path: Path, tsia: MaturityModel
):
    """A store written before such code points were dropped may hold one: the plan is
    written without it."""
    with Store.open(tmp_path / "store.db") as store:
        made = planned(store, tsia)
    connection = sqlite3.connect(tmp_path / "store.db")
    with connection:
        connection.execute(
            "UPDATE action SET title = title || ' odd\uffffone', owner = 'K\ufffeim'"
        )
    connection.close()
    with Store.open(tmp_path / "store.db") as store:
        view = store.plan(made.organization_id, today=TODAY)
        out = write_plan_xlsx(view, tmp_path / "plan.xlsx", store.path, client_safe=False)
    values = [str(c.value) for row in _sheet(out).iter_rows() for c in row if c.value is not None]
    assert not [v for v in values if "\uffff" in v or "\ufffe" in v]
    assert sum("oddone" in v for v in values) == len(view.items)
    assert "Kim" in values


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.csv"])
def test_a_french_plan_that_cannot_be_written_is_told_in_the_users_english(
    store: Store, tsia: MaturityModel, tmp_path: Path, name: str
):
    from csmaturity_app.errors import UserFacingError
    from csmaturity_app.exchange.plan_text import write_plan_text

    made = planned(store, tsia)
    view = store.plan(made.organization_id, today=TODAY)
    write = write_plan_xlsx if name.endswith(".xlsx") else write_plan_text
    out = tmp_path / "missing" / name
    with pytest.raises(UserFacingError) as info:
        write(view, out, store.path, False, "fr")
    assert "the folder does not exist" in str(info.value)
    french = tmp_path / name
    write(view, french, store.path, False, "fr")  # the file itself is French
    text = (
        "".join(str(c.value) for c in openpyxl.load_workbook(french).active[1])
        if name.endswith(".xlsx")
        else french.read_text(encoding="utf-8-sig")
    )
    assert "Action" in text or "action" in text
