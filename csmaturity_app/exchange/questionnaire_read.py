"""Reading a filled questionnaire: untrusted input from outside the consultancy.

The file is checked before openpyxl sees it (its size, that it is a zip and not an encrypted
or old .xls file, what its members add up to once uncompressed, and each part as a stream:
`xlsx_parts`), then read with openpyxl in read-only mode, which streams its sheets through
defusedxml. The sheets' own word on their size (`<dimension>`) is not trusted: every row is
read, up to a bound. Cells are read as their stored values and never evaluated: a formula
comes back as its text. Any problem is one line naming the file, the sheet and the cell
(`QuestionnaireError`), its file name shown escaped where it holds control characters; nothing
is read from a bad file.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl.xml
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.fill_time import CORE_PART, MAX_CORE_BYTES, fill_time, stamped_time
from csmaturity_app.exchange.printable import printable
from csmaturity_app.exchange.questionnaire_layout import (
    BINDING_FORMAT,
    BINDING_SHEET,
    HEADER_ROW,
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
    QUESTIONNAIRE_SHEET,
    RatingError,
    binding_digest,
    parse_rating,
)
from csmaturity_app.exchange.xlsx_parts import PartProblem, check_parts
from csmaturity_app.i18n import formats, translate
from csmaturity_app.store import MAX_NOTES, without_controls

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, before any inflating
MAX_MEMBERS = 1000
MAX_ROWS = 2000  # rows below the header, blank or not: a model has at most 1,000 criteria
MAX_HEADER_COLUMNS = 200
MAX_BINDING_ROWS = 1100
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted .xlsx files and old .xls files
ZIP = b"PK\x03\x04"

Answers = dict[str, tuple[int | None, bool, str]]


class QuestionnaireError(UserFacingError):
    """A questionnaire that cannot be collected, in one line: "pat.xlsx, sheet Questionnaire,
    cell F12: 'maybe' is not a rating ...". What the file names (its own name, its parts')
    may hold controls: the message shows them escaped, safe to print to a terminal."""

    def __init__(self, message: str) -> None:
        super().__init__(printable(message))


@dataclass(frozen=True)
class FilledQuestionnaire:
    """What a questionnaire file says, checked against itself (not yet against a store)."""

    path: Path
    assessment_id: str
    respondent_id: str
    respondent: str  # the name it was written for (the store's may have changed since)
    model_version: str  # the digest of the model version the file was written for
    criteria: tuple[str, ...]  # the criterion ids it was written with, in model order
    answers: Answers  # criterion id -> (score, not applicable, notes), for the rows it holds
    filled_at: str  # when it was last saved (ISO 8601, UTC)


def read_questionnaire(path: Path, now: datetime | None = None) -> FilledQuestionnaire:
    """Read and check one filled questionnaire (`now`: the clock the fill time is bounded
    by). Raises `QuestionnaireError`."""
    path = Path(path)
    data, core = _checked_bytes(path)
    if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - a broken installation
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: cannot be read safely: defusedxml is missing or switched off",
            ).format(file=path.name)
        )
    try:
        with warnings.catch_warnings():
            # What openpyxl says of extensions it drops (a spreadsheet's own validations, its
            # styles) is about the file's looks, not its answers.
            warnings.simplefilter("ignore")
            workbook = _workbook(data)
    except Exception as exc:  # openpyxl raises what its parsers raise: all of it is damage
        raise QuestionnaireError(_damaged(path.name, _reason(exc))) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read(path, workbook, fill_time(stamped_time(core), path, now or _now()))
    except QuestionnaireError:
        raise
    except Exception as exc:  # a member that inflates wrong, XML cut short
        raise QuestionnaireError(_damaged(path.name, _reason(exc))) from None
    finally:
        workbook.close()


def _workbook(data: bytes) -> Any:
    """The workbook in openpyxl's read-only mode, from memory: the checks and openpyxl read the
    same bytes, and no file handle outlives a read stopped half-way by a bad cell. Its
    properties part is left to `fill_time`: openpyxl refuses the whole file for a save time
    that is a date alone."""
    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    reader.valid_files = [name for name in reader.valid_files if name != CORE_PART]
    try:
        reader.read()
    except BaseException:
        reader.archive.close()
        raise
    return reader.wb


def _checked_bytes(path: Path) -> tuple[bytes, bytes | None]:
    """The file's bytes, once they are known to be a zip of bounded size, not encrypted, each
    part of it within bounds (`xlsx_parts`); and its properties part (small), if it has one."""
    name = path.name
    try:
        size = path.stat().st_size
        if size <= MAX_FILE_BYTES:
            data = path.read_bytes()
    except IsADirectoryError:
        raise QuestionnaireError(
            translate("questionnaire", "{file}: is a folder, not a questionnaire").format(file=name)
        ) from None
    except FileNotFoundError:
        raise QuestionnaireError(
            translate("questionnaire", "{file}: no such file").format(file=name)
        ) from None
    except OSError as exc:
        raise QuestionnaireError(
            translate("questionnaire", "{file}: cannot be read ({problem})").format(
                file=name, problem=exc.strerror or exc
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: is {size} MB, larger than a questionnaire can be ({most} MB at most)",
            ).format(
                file=name,
                size=formats.integer(round(size / 1e6)),
                most=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    head = data[:8]
    if head == OLE2:
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: is encrypted or an old .xls: save it as .xlsx without a password",
            ).format(file=name)
        )
    if not head.startswith(ZIP):
        raise QuestionnaireError(
            translate("questionnaire", "{file}: is not an XLSX file").format(file=name)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise QuestionnaireError(
            _damaged(name, translate("questionnaire", "not a whole zip file"))
        ) from None
    try:
        with archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise QuestionnaireError(
                    translate(
                        "questionnaire", "{file}: holds too many parts to be a questionnaire"
                    ).format(file=name)
                )
            total = sum(member.file_size for member in members)
            names = {member.filename for member in members}
            if total > MAX_UNCOMPRESSED_BYTES:
                raise QuestionnaireError(
                    translate(
                        "questionnaire",
                        "{file}: would take {size} MB once uncompressed, more than a "
                        "questionnaire can (a damaged or hostile file)",
                    ).format(file=name, size=formats.integer(round(total / 1e6)))
                )
            if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
                raise QuestionnaireError(
                    translate(
                        "questionnaire",
                        "{file}: is not an XLSX file (a zip file of something else)",
                    ).format(file=name)
                )
            check_parts(archive)
            if CORE_PART in names and archive.getinfo(CORE_PART).file_size <= MAX_CORE_BYTES:
                return data, archive.read(CORE_PART)
            return data, None
    except PartProblem as exc:
        raise QuestionnaireError(
            translate("questionnaire", "{file}: {problem}").format(file=name, problem=exc)
        ) from None
    except QuestionnaireError:
        raise
    except Exception as exc:  # a part that does not inflate: a bad checksum, a cut stream
        raise QuestionnaireError(_damaged(name, _reason(exc))) from None


def _read(path: Path, workbook: Any, filled_at: str) -> FilledQuestionnaire:
    name = path.name
    binding = _binding(name, workbook)
    title = binding.sheet
    if title not in workbook.sheetnames:
        raise QuestionnaireError(
            translate("questionnaire", "{file}: has no sheet named {sheet}").format(
                file=name, sheet=repr(title)
            )
        )
    sheet = _sheet(workbook, title)
    where = translate("questionnaire", "{file}, sheet {sheet}").format(file=name, sheet=title)
    # One pass over the sheet, each row cut at the header's bound (openpyxl pads a row to the
    # width the sheet claims: 16,384 columns, for a crafted one).
    rows = sheet.iter_rows(min_row=HEADER_ROW, max_col=MAX_HEADER_COLUMNS, values_only=True)
    header = next(rows, ())
    # A column is found by its key ("rating") or by the heading the binding says the file
    # gave it ("Note"): never by the words of the language reading it.
    names = {key: key for key in NEEDED_COLUMNS}
    names.update({heading.casefold(): key for key, heading in binding.headings.items()})
    columns = {}
    for index, value in enumerate(header):
        if isinstance(value, str) and value.strip().casefold() in names:
            key = names[value.strip().casefold()]
            if key in columns:
                raise QuestionnaireError(
                    translate(
                        "questionnaire", "{where}, cell {cell}: a second column named {column}"
                    ).format(
                        where=where,
                        cell=f"{get_column_letter(index + 1)}{HEADER_ROW}",
                        column=repr(binding.headings.get(key, key)),
                    )
                )
            columns[key] = index
    for needed in NEEDED_COLUMNS:
        if needed not in columns:
            shown = binding.headings.get(needed, needed)
            raise QuestionnaireError(
                translate(
                    "questionnaire", "{where}, row {row}: no column named {column} in the header"
                ).format(where=where, row=HEADER_ROW, column=repr(shown))
            )
    id_at, rating_at, notes_at = (columns[c] for c in NEEDED_COLUMNS)
    known = set(binding.criteria)
    choices = binding.choices
    answers: Answers = {}
    seen: dict[str, str] = {}  # criterion id -> the cell it was first in
    for row_number, row in enumerate(rows, HEADER_ROW + 1):
        # Every row counts, blank or not: a million blank rows are a million rows to read.
        if row_number > MAX_ROWS + HEADER_ROW:
            raise QuestionnaireError(
                translate(
                    "questionnaire",
                    "{where}, row {row}: more rows than a questionnaire has ({most} at most)",
                ).format(where=where, row=row_number, most=formats.integer(MAX_ROWS))
            )
        criterion_id, rating, notes = (
            row[i] if i < len(row) else None for i in (id_at, rating_at, notes_at)
        )
        if criterion_id is None and rating is None and notes is None:
            continue
        id_cell = f"{get_column_letter(id_at + 1)}{row_number}"
        key = _cell_text(criterion_id).strip()
        if not key:
            raise QuestionnaireError(
                translate(
                    "questionnaire", "{where}, cell {cell}: a rated row without a criterion_id"
                ).format(where=where, cell=id_cell)
            )
        if key not in known:
            raise QuestionnaireError(
                translate(
                    "questionnaire",
                    "{where}, cell {cell}: {value} is not a criterion of this questionnaire",
                ).format(where=where, cell=id_cell, value=_shown(key))
            )
        if key in seen:
            raise QuestionnaireError(
                translate(
                    "questionnaire",
                    "{where}, cell {cell}: criterion {criterion} again (it is in cell {other} too)",
                ).format(where=where, cell=id_cell, criterion=key, other=seen[key])
            )
        seen[key] = id_cell
        try:
            score, not_applicable = parse_rating(rating, choices)
        except RatingError as exc:
            raise QuestionnaireError(
                translate("questionnaire", "{where}, cell {cell}: {problem}").format(
                    where=where, cell=f"{get_column_letter(rating_at + 1)}{row_number}", problem=exc
                )
            ) from None
        text = without_controls(_cell_text(notes))
        if len(text) > MAX_NOTES:
            raise QuestionnaireError(
                translate(
                    "questionnaire",
                    "{where}, cell {cell}: a note of {count} characters; a note may have at "
                    "most {most}",
                ).format(
                    where=where,
                    cell=f"{get_column_letter(notes_at + 1)}{row_number}",
                    count=formats.integer(len(text)),
                    most=formats.integer(MAX_NOTES),
                )
            )
        answers[key] = (score, not_applicable, text)
    return FilledQuestionnaire(
        path,
        binding.assessment_id,
        binding.respondent_id,
        binding.respondent,
        binding.model_version,
        binding.criteria,
        answers,
        filled_at,
    )


def _sheet(workbook: Any, title: str) -> Any:
    """A sheet read to its last row, whatever its `<dimension>` says: a stale one (a program
    that does not update it, or an edit) would otherwise drop the rows below it unseen."""
    sheet = workbook[title]
    sheet.reset_dimensions()
    return sheet


@dataclass(frozen=True)
class _Binding:
    assessment_id: str
    respondent_id: str
    respondent: str
    model_version: str
    choices: tuple[str, ...]
    criteria: tuple[str, ...]
    sheet: str  # the questionnaire sheet's name, in the file's language
    headings: dict[str, str]  # column key -> its heading in the file (needed columns only)


def _binding(name: str, workbook: Any) -> _Binding:
    if BINDING_SHEET not in workbook.sheetnames:
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: has no sheet {sheet}, which ties a questionnaire to its assessment: it "
                "was not written by CS Maturity, or that sheet was deleted",
            ).format(file=name, sheet=repr(BINDING_SHEET))
        )
    where = translate("questionnaire", "{file}, sheet {sheet}").format(
        file=name, sheet=BINDING_SHEET
    )
    pairs: list[tuple[str, str]] = []
    digest = ""
    for row_number, row in enumerate(_pairs(_sheet(workbook, BINDING_SHEET)), 1):
        if row_number > MAX_BINDING_ROWS:
            raise QuestionnaireError(
                translate("questionnaire", "{where}, row {row}: more rows than it ever has").format(
                    where=where, row=row_number
                )
            )
        key, value = row
        if key == KEY_DIGEST:
            digest = value
            break
        pairs.append((key, value))
    # The digest is a checksum anyone can recompute, not a signature: it tells an accidental
    # edit (a sorted or retyped column), not where a file comes from.
    if not digest or digest != binding_digest(pairs):
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: the hidden Binding sheet was edited; ask for the file as it was sent",
            ).format(file=name)
        )
    values: dict[str, str] = {}
    choices, criteria = [], []
    for key, value in pairs:
        if key == KEY_RATING:
            choices.append(value)
        elif key == KEY_CRITERION:
            criteria.append(value)
        else:
            values[key] = value
    if values.get(KEY_FORMAT) != BINDING_FORMAT:
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{where}, cell B1: a questionnaire of another version of CS Maturity (format "
                "{format}); write a new one with this version",
            ).format(where=where, format=repr(values.get(KEY_FORMAT)))
        )
    try:
        return _Binding(
            values[KEY_ASSESSMENT],
            values[KEY_RESPONDENT],
            values.get(KEY_RESPONDENT_NAME, ""),
            values[KEY_MODEL_VERSION],
            tuple(choices),
            tuple(criteria),
            values.get(KEY_SHEET) or QUESTIONNAIRE_SHEET,
            {
                key: values[KEY_HEADING + key]
                for key in NEEDED_COLUMNS
                if values.get(KEY_HEADING + key)
            },
        )
    except KeyError as exc:
        raise QuestionnaireError(
            translate("questionnaire", "{where}: it lacks its {key} row").format(
                where=where, key=repr(exc.args[0])
            )
        ) from None


def _pairs(sheet: Any) -> Iterator[tuple[str, str]]:
    for row in sheet.iter_rows(max_col=2, values_only=True):
        key = row[0] if row else None
        value = row[1] if len(row) > 1 else None
        yield _cell_text(key), _cell_text(value)


def _cell_text(value: object) -> str:
    """A cell as text: numbers as written ("42", "2.5"), dates in ISO form, formulas as their
    text (never evaluated)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "\u2026")


def _now() -> datetime:
    return datetime.now(UTC)


def _damaged(name: str, reason: str) -> str:
    return translate(
        "questionnaire", "{file}: is damaged and cannot be read as an XLSX file ({reason})"
    ).format(file=name, reason=reason)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
