"""Writing questionnaires: one XLSX file per respondent, to fill in in any spreadsheet program
and collect back (`questionnaire_collect`).

Nothing in the file is ever a formula: openpyxl takes any text starting with "=" for one, so
every text cell is typed as text after it is set (a criterion, a name or a note reading
"=cmd|..." stays text, here and in the client's spreadsheet). Only the `rating` and `notes`
cells are unlocked; the sheets are protected without a password, against slips, not people.
A hidden sheet binds the file to its assessment, respondent and model version (see
`questionnaire_layout`); its digest is a checksum, not a signature: it catches a binding
edited by mistake, not a file forged on purpose. The file is written beside its destination
and moved into place once complete.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from csmaturity_app import APP_NAME, i18n
from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.output_files import output_problem, refuse_output, replacing_file
from csmaturity_app.exchange.questionnaire_layout import (
    BINDING_FORMAT,
    BINDING_SHEET,
    COLUMNS,
    KEY_ASSESSMENT,
    KEY_CRITERION,
    KEY_DIGEST,
    KEY_FORMAT,
    KEY_HEADING,
    KEY_MODEL_VERSION,
    KEY_RATING,
    KEY_RESPONDENT,
    KEY_RESPONDENT_NAME,
    KEY_SHEET,
    NEEDED_COLUMNS,
    binding_digest,
    column_headings,
    not_applicable_choice,
    rating_choices,
    sheet_names,
)
from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.translation import localized
from csmaturity_app.presentation.respondents import role_text
from csmaturity_app.store import (
    AssessmentRecord,
    RespondentAnswerRecord,
    RespondentRecord,
    Store,
    without_controls,
)

SUFFIX = ".xlsx"
_WIDTHS = {
    "criterion_id": 14,
    "stage": 18,
    "dimension": 20,
    "criterion": 60,
    "evidence": 50,
    "rating": 22,
    "notes": 60,
}
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF7D6")  # the cells to fill in stand out
_TOP = Alignment(vertical="top", wrap_text=True)
_UNLOCKED = Protection(locked=False)
_LINE_POINTS = 15  # a line of 11-point text


def write_questionnaire(
    store: Store,
    assessment_id: str,
    respondent: RespondentRecord,
    out: Path,
    language: str | None = None,
) -> Path:
    """Write `respondent`'s questionnaire for the assessment to `out`, in `language` (None:
    the language in effect); its errors are in the language in effect, the user's. An implicit
    respondent (the assessor of an assessment without respondents) is written down first: the
    file is bound to their id. Their ratings so far fill it in, so a file sent again shows
    them."""
    out = Path(out)
    refuse_output(out, store.path)
    _refuse_complete(store.assessment(assessment_id))
    if respondent.implicit:
        respondent = store.written_respondents(assessment_id)[0]
    with i18n.using(language):
        workbook = _questionnaire(store, assessment_id, respondent)
    with replacing_file(out) as temporary:
        workbook.save(temporary)
    return out


def write_questionnaires(store: Store, assessment_id: str, out_dir: Path) -> list[Path]:
    """One questionnaire per respondent into `out_dir` (made if missing), named
    "<organization> - <respondent>.xlsx"; returns the files in the respondents' order."""
    out_dir = Path(out_dir)
    record = _refuse_complete(store.assessment(assessment_id))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(
            translate("questionnaire", "cannot write to {folder}: {problem}").format(
                folder=out_dir, problem=output_problem(exc)
            )
        ) from None
    people = store.written_respondents(assessment_id)
    names = file_names(record.organization_name, [r.name for r in people])
    return [
        write_questionnaire(store, assessment_id, person, out_dir / name)
        for person, name in zip(people, names, strict=True)
    ]


def _refuse_complete(record: AssessmentRecord) -> AssessmentRecord:
    """No questionnaire for a complete assessment: its answers no longer change, so a fill
    could never be collected."""
    if record.status == "complete":
        raise UserFacingError(
            translate(
                "questionnaire",
                "this assessment is complete; reopen it to send questionnaires for it",
            )
        )
    return record


# -- file names

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
_DROPPED = frozenset({"Cc", "Cf"})  # controls; format characters: bidi overrides, zero-width
_MAX_STEM = 120  # a folder's path and this stay well within every system's limit


def safe_file_stem(text: str) -> str:
    """A file name stem that every system takes: no characters Windows refuses, no trailing
    dot or space, not a device name (CON, NUL...), not too long. Control and format
    characters are dropped: a bidi override (U+202E) would show "Pat\u202eexe.xlsx" as
    "Patxslx.exe", and a name must read as it is."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    text = "".join(c for c in text if unicodedata.category(c) not in _DROPPED)
    stem = _UNSAFE.sub("_", text)
    stem = stem[:_MAX_STEM].rstrip(" .")
    if not stem or stem.startswith("."):
        stem = "_" + stem
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = "_" + stem
    return stem


def file_names(organization: str, respondents: list[str]) -> list[str]:
    """ "<organization> - <respondent>.xlsx" for each respondent, made safe and unique (as
    case-insensitive file systems compare names)."""
    taken: set[str] = set()
    names = []
    for respondent in respondents:
        stem = safe_file_stem(f"{organization} - {respondent}")
        name, n = stem + SUFFIX, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem} ({n}){SUFFIX}"
        taken.add(name.casefold())
        names.append(name)
    return names


# -- the workbook


def _questionnaire(store: Store, assessment_id: str, respondent: RespondentRecord) -> Workbook:
    with store.reading():  # one moment: the assessment, its model and the ratings agree
        view = store.respondents_view(assessment_id)
        (snapshot,) = store.snapshot_assessments(assessment_id=assessment_id)
    if respondent.assessment_id != assessment_id:
        raise UserFacingError(
            translate("questionnaire", "{name} is not a respondent of this assessment").format(
                name=respondent.name
            )
        )
    model, record = localized(view.model), view.record
    ratings = view.ratings.get(respondent.id, {})
    choices = rating_choices(model)

    instructions_title, questionnaire_title = sheet_names()
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    instructions.title = instructions_title
    _instructions(instructions, model, record, respondent, choices, questionnaire_title)
    questionnaire = workbook.create_sheet(questionnaire_title)
    binding = workbook.create_sheet(BINDING_SHEET)
    first_choice = _binding(
        binding, model, assessment_id, respondent, snapshot.model_digest, questionnaire_title
    )
    _questions(questionnaire, model, ratings, choices, first_choice)
    workbook.active = 0
    workbook.properties.creator = APP_NAME
    workbook.properties.title = translate(
        "questionnaire", "{model}: questionnaire for {name}"
    ).format(model=model.title, name=respondent.name)
    return workbook


def _instructions(
    sheet: Worksheet,
    model: MaturityModel,
    record: AssessmentRecord,
    respondent: RespondentRecord,
    choices: list[str],
    questionnaire_title: str,
) -> None:
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 90
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 40
    role = role_text(respondent)
    who = respondent.name + (f", {role}" if role else "")
    headings = column_headings()
    not_applicable = not_applicable_choice()
    label = model.not_applicable_label
    lines: list[tuple[str, str]] = [
        ("", model.title),
        (translate("questionnaire", "Source"), model.attribution.credit()),
        ("", ""),
        (translate("questionnaire", "For"), who),
        (translate("questionnaire", "Organization"), record.organization_name),
        (translate("questionnaire", "Assessment"), _assessed(record)),
        (translate("questionnaire", "Written"), formats.long_date(datetime.now(UTC).date())),
        ("", ""),
        (
            translate("questionnaire", "How to answer"),
            translate(
                "questionnaire",
                "Go to the sheet \u201c{sheet}\u201d. For each criterion, choose a rating in the "
                "{rating} column from its list, and write in {notes} what you see that supports "
                "it (evidence, examples, doubts).",
            ).format(sheet=questionnaire_title, rating=headings["rating"], notes=headings["notes"]),
        ),
        (
            "",
            translate(
                "questionnaire",
                "Choose {na} only when the criterion does not apply to your organization at "
                "all. Leave a rating blank if you cannot judge it.",
            ).format(na=not_applicable),
        ),
        (
            "",
            translate(
                "questionnaire",
                "Rate what is in place today, not what is planned. Answer on your own: the "
                "differences between people are part of what the assessment shows.",
            ),
        ),
        (
            "",
            translate(
                "questionnaire",
                "Save the file as it is (.xlsx, without a password) and send it back. Rows may "
                "be sorted or filtered; do not change the other sheets.",
            ),
        ),
        ("", ""),
        (translate("questionnaire", "The scale"), ""),
    ]
    lines += [("", choice) for choice in choices[:-1]]
    same = not_applicable.casefold() == label.casefold()
    lines += [("", not_applicable if same else f"{not_applicable} {label}")]
    row = 0
    for row, (key, value) in enumerate(lines, 1):
        _text(sheet.cell(row, 1), key).font = Font(bold=True)
        _text(sheet.cell(row, 2), value).alignment = _TOP
        _fit_height(sheet, row, [(value, 90)])
    sheet["B1"].font = Font(bold=True, size=14)
    anchored = [c for c in model.criteria if c.anchors]
    if anchored:
        row += 2
        _text(
            sheet.cell(row, 1),
            translate("questionnaire", "What each rating means, criterion by criterion"),
        ).font = Font(bold=True)
        row += 1
        anchor_headings = [headings["criterion_id"], headings["criterion"], *choices[:-1]]
        for column, heading in enumerate(anchor_headings, 1):
            cell = _text(sheet.cell(row, column), heading)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
        for criterion in anchored:
            row += 1
            values = [criterion.id, criterion.statement, *criterion.anchors]
            for column, value in enumerate(values, 1):
                _text(sheet.cell(row, column), value).alignment = _TOP
            _fit_height(sheet, row, [(v, 90 if n == 1 else 40) for n, v in enumerate(values)])
    _printed_to_width(sheet)
    sheet.protection.sheet = True


def _printed_to_width(sheet: Worksheet) -> None:
    """Printed (some fill it in on paper first) landscape, each page as wide as the sheet."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _assessed(record: AssessmentRecord) -> str:
    """ "30 November 2026, by Alex": when, and by whom when the assessment names them."""
    day = formats.long_date(record.assessed_on)
    if not record.assessor:
        return day
    return translate("questionnaire", "{date}, by {assessor}").format(
        date=day, assessor=record.assessor
    )


def _binding(
    sheet: Worksheet,
    model: MaturityModel,
    assessment_id: str,
    respondent: RespondentRecord,
    model_digest: str,
    questionnaire_title: str,
) -> int:
    """Write the binding rows; returns the row of the first rating choice (the drop-down's
    list starts there). The sheet's name and the needed columns' headings come last, as the
    file words them: reading finds them through these rows, in any language."""
    pairs = [
        (KEY_FORMAT, BINDING_FORMAT),
        (KEY_ASSESSMENT, assessment_id),
        (KEY_RESPONDENT, respondent.id),
        (KEY_RESPONDENT_NAME, respondent.name),
        (KEY_MODEL_VERSION, model_digest),
    ]
    first_choice = len(pairs) + 1
    pairs += [(KEY_RATING, choice) for choice in rating_choices(model)]
    pairs += [(KEY_CRITERION, criterion.id) for criterion in model.criteria]
    headings = column_headings()
    pairs.append((KEY_SHEET, questionnaire_title))
    pairs += [(KEY_HEADING + key, headings[key]) for key in NEEDED_COLUMNS]
    pairs.append((KEY_DIGEST, binding_digest(pairs)))
    for row, (key, value) in enumerate(pairs, 1):
        _text(sheet.cell(row, 1), key)
        _text(sheet.cell(row, 2), value)
    sheet.column_dimensions["B"].width = 70
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    return first_choice


def _questions(
    sheet: Worksheet,
    model: MaturityModel,
    ratings: Mapping[str, RespondentAnswerRecord],
    choices: list[str],
    first_choice: int,
) -> None:
    headings = column_headings()
    for column, name in enumerate(COLUMNS, 1):
        cell = _text(sheet.cell(1, column), headings[name])
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS[name]
    rating_column = COLUMNS.index("rating") + 1
    notes_column = COLUMNS.index("notes") + 1
    last = len(choices) + first_choice - 1
    validation = DataValidation(
        type="list",
        formula1=f"'{BINDING_SHEET}'!$B${first_choice}:$B${last}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=translate("questionnaire", "Not a rating"),
        error=translate(
            "questionnaire", "Choose a rating from the list: {choices}; or leave it blank."
        ).format(choices=", ".join(choices)),
        showInputMessage=True,
        promptTitle=translate("questionnaire", "Rating"),
        prompt=translate("questionnaire", "Choose from the list."),
    )
    sheet.add_data_validation(validation)
    for row, criterion in enumerate(model.criteria, 2):
        stage = model.stages_by_id[criterion.stage]
        dimension = model.dimensions_by_id[criterion.dimension]
        answer = ratings.get(criterion.id)
        rating = ""
        if answer is not None and answer.not_applicable:
            rating = choices[-1]
        elif answer is not None and answer.score is not None:
            rating = f"{answer.score} {model.score_label(answer.score)}"
        values = [
            criterion.id,
            model.stage_label(stage),
            dimension.name,
            criterion.statement,
            criterion.guidance,
            rating,
            answer.notes if answer is not None else "",
        ]
        for column, value in enumerate(values, 1):
            cell = _text(sheet.cell(row, column), value)
            cell.alignment = _TOP
        _fit_height(sheet, row, [(v, _WIDTHS[c]) for c, v in zip(COLUMNS, values, strict=True)])
        for column in (rating_column, notes_column):
            cell = sheet.cell(row, column)
            cell.protection = _UNLOCKED
            cell.fill = _ANSWER_FILL
    end = len(model.criteria) + 1
    letter = get_column_letter(rating_column)
    validation.add(f"{letter}2:{letter}{end}")
    sheet.freeze_panes = "B2"
    sheet.print_title_rows = "1:1"
    _printed_to_width(sheet)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{end}"
    protection = sheet.protection
    protection.sheet = True
    # Sorting, filtering and resizing stay allowed: "True" protects, "False" allows.
    protection.autoFilter = False
    protection.sort = False
    protection.formatRows = False
    protection.formatColumns = False


def _fit_height(sheet: Worksheet, row: int, texts: list[tuple[str, float]]) -> None:
    """Give a row of wrapped text the height of its longest cell (text, column width): not
    every spreadsheet program fits rows to their text on opening, and overlapping lines are
    unreadable."""
    lines = max(
        sum(max(1, math.ceil(len(part) / (width * 1.1))) for part in text.split("\n"))
        for text, width in texts
    )
    if lines > 1:
        sheet.row_dimensions[row].height = _LINE_POINTS * lines + 3


def _text(cell: Cell, value: str) -> Cell:
    """Set a cell to text, typed as text: never a formula, whatever it starts with. Empty
    text leaves the cell blank."""
    if value:
        cell.value = without_controls(value)
        cell.data_type = "s"
    return cell
