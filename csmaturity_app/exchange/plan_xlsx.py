"""The action plan as an XLSX workbook, for the client to follow up in Excel or LibreOffice
Calc: one row per action under readable headings, real date cells, a filter, a frozen
header, the status as a drop-down of the store's own words, overdue rows marked (the word
and a fill, never colour alone), and a second sheet with the targets and their gaps.

Every text cell is typed as text: an action titled "=HYPERLINK(...)" stays words, never a
formula. The document's properties name the application, never the consultant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from csmaturity_app import APP_NAME, i18n
from csmaturity_app.exchange.output_files import refuse_output, replacing_file
from csmaturity_app.i18n import translate
from csmaturity_app.presentation.plan import (
    CLIENT_SAFE_PLAN_COLUMNS,
    PLAN_COLUMNS,
    gap_text,
    plan_heading,
    plan_rows,
    target_label,
)
from csmaturity_app.store import ACTION_STATUSES, PlanView, without_controls

# The source language's words; a workbook is written in the language in effect.
PLAN_SHEET = "Action plan"
TARGETS_SHEET = "Targets"
DATE_FORMAT = "yyyy-mm-dd"
OVERDUE = "Overdue"


def headings() -> dict[str, str]:
    """The columns' headings in the language in effect (the keys stay English for scripts)."""
    return {column: plan_heading(column) for column in PLAN_COLUMNS}


def status_words() -> dict[str, str]:
    """Each stored status as the workbook's drop-down words it, in the language in effect."""
    return {
        "open": translate("plan", "open", "action status"),
        "in progress": translate("plan", "in progress", "action status"),
        "done": translate("plan", "done", "action status"),
        "dropped": translate("plan", "dropped", "action status"),
    }


_WIDTHS = {
    "position": 5,
    "model_id": 16,
    "stage_level": 7,
    "stage": 14,
    "criterion_id": 12,
    "criterion": 38,
    "action": 42,
    "owner": 16,
    "due_on": 12,
    "status": 12,
    "overdue": 10,
    "achieved_by": 14,
    "achieved_on": 12,
    "notes": 38,
    "action_id": 14,
    "private_notes": 34,
}
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_OVERDUE_FILL = PatternFill("solid", fgColor="F8D7D5")
_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
# Ids are for scripts and merges, not for reading: one line, cut off at the column's edge
# (the whole id stays in the cell), rather than a row made tall by a wrapped UUID.
_IDS = frozenset({"achieved_by", "action_id"})
_ID_ALIGNMENT = Alignment(horizontal="left", vertical="top", wrap_text=False)
_HEADER_ALIGNMENT = Alignment(vertical="bottom", wrap_text=True)
_LINE_POINTS = 15  # a line of 11-point text


def write_plan_xlsx(
    view: PlanView, out: Path, store_path: Path, client_safe: bool, language: str | None = None
) -> Path:
    """Write the organization's action plan to `out` in `language` (None: the language in
    effect; `view` read in it too, so its model's words match): written beside it and moved
    into place, so a failure leaves no half-written file and an earlier `out` as it was. Its
    errors are in the language in effect, the user's, whatever the file's."""
    out = Path(out)
    refuse_output(out, store_path)
    with i18n.using(language):
        workbook = plan_workbook(view, client_safe)
    with replacing_file(out) as temporary:
        workbook.save(temporary)
    return out


def plan_workbook(view: PlanView, client_safe: bool) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = translate("plan", "Action plan", "sheet name")
    _actions(sheet, view, client_safe)
    _targets(workbook.create_sheet(translate("plan", "Targets", "sheet name")), view)
    workbook.active = 0
    properties = workbook.properties
    properties.creator = APP_NAME  # never the consultant's name
    properties.lastModifiedBy = None
    properties.title = translate("plan", "Action plan")
    return workbook


def _actions(sheet: Worksheet, view: PlanView, client_safe: bool) -> None:
    columns = CLIENT_SAFE_PLAN_COLUMNS if client_safe else PLAN_COLUMNS
    words = headings()
    statuses = status_words()
    overdue = translate("plan", "Overdue")
    for number, name in enumerate(columns, 1):
        cell = _value(sheet.cell(1, number), words[name])
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGNMENT
        sheet.column_dimensions[get_column_letter(number)].width = _WIDTHS[name]
    sheet.row_dimensions[1].height = 2 * _LINE_POINTS + 3  # "Achieved by (assessment id)"
    rows = plan_rows(view)
    status_column = get_column_letter(columns.index("status") + 1)
    for row_number, row in enumerate(rows, 2):
        values = dict(zip(columns, row.values(client_safe), strict=True))
        values["overdue"] = overdue if row.overdue else ""
        values["status"] = statuses.get(row.status, row.status)
        for number, name in enumerate(columns, 1):
            cell = _value(sheet.cell(row_number, number), values[name])
            cell.alignment = _ID_ALIGNMENT if name in _IDS else _TOP
            if row.overdue:
                cell.fill = _OVERDUE_FILL
        texts = [(str(values[c] or ""), _WIDTHS[c]) for c in columns if c not in _IDS]
        _fit_height(sheet, row_number, texts)
    last = max(len(rows) + 1, 2)
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(statuses[s] for s in ACTION_STATUSES) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle=translate("plan", "Not a status"),
        error=translate("plan", "Choose a status from the list: {statuses}.").format(
            statuses=", ".join(statuses[s] for s in ACTION_STATUSES)
        ),
    )
    sheet.add_data_validation(validation)
    validation.add(f"{status_column}2:{status_column}{last}")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    sheet.print_title_rows = "1:1"
    _printed_to_width(sheet)


def _targets(sheet: Worksheet, view: PlanView) -> None:
    words = (
        translate("plan", "Model"),
        translate("plan", "Target"),
        translate("plan", "Stage level"),
        translate("plan", "Due"),
        translate("plan", "Gap"),
    )
    widths = (28, 40, 11, 12, 60)
    for number, (heading, width) in enumerate(zip(words, widths, strict=True), 1):
        cell = _value(sheet.cell(1, number), heading)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGNMENT
        sheet.column_dimensions[get_column_letter(number)].width = width
    for row_number, target in enumerate(view.targets, 2):
        values = (
            f"{target.model.title} ({target.target.model_id})",
            target_label(target),
            target.target.stage_level,
            target.target.due_on,
            gap_text(target, view.today),
        )
        for number, value in enumerate(values, 1):
            _value(sheet.cell(row_number, number), value).alignment = _TOP
        _fit_height(
            sheet, row_number, [(str(v or ""), w) for v, w in zip(values, widths, strict=True)]
        )
    sheet.freeze_panes = "A2"
    _printed_to_width(sheet)


def _value(cell: Cell, value: object) -> Cell:
    """A date as a date cell, a number as a number, text typed as text (never a formula);
    empty text and None leave the cell blank."""
    if value is None or value == "":
        return cell
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
    else:
        cell.value = without_controls(str(value))
        cell.data_type = "s"
    return cell


def _fit_height(sheet: Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    """Give a row of wrapped text the height of its longest cell: not every spreadsheet
    program fits rows to their text on opening, and overlapping lines are unreadable."""
    lines = max(
        sum(max(1, math.ceil(len(part) / (width * 1.1))) for part in text.split("\n"))
        for text, width in texts
    )
    if lines > 1:
        sheet.row_dimensions[row].height = _LINE_POINTS * lines + 3


def _printed_to_width(sheet: Worksheet) -> None:
    """Printed landscape, each page as wide as the sheet."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
