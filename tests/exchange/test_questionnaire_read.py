"""Reading filled questionnaires: files from outside, each problem said in one line naming the
file, the sheet and the cell, and nothing read from a bad file."""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from questionnaire_files import NOTES, RATING, assessment_with_team, fill, saved_at

from csmaturity_app.exchange import questionnaire_read, xlsx_parts
from csmaturity_app.exchange.questionnaire_layout import BINDING_SHEET, QUESTIONNAIRE_SHEET
from csmaturity_app.exchange.questionnaire_read import QuestionnaireError, read_questionnaire
from csmaturity_app.exchange.questionnaire_write import write_questionnaire
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import MAX_NOTES, Store


@pytest.fixture
def blank(store: Store, tsia: MaturityModel, tmp_path: Path) -> Path:
    """Pat's questionnaire, as written."""
    assessment, people = assessment_with_team(store, tsia)
    return write_questionnaire(store, assessment, people[1], tmp_path / "pat.xlsx")


def edited(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """The file after `edit(workbook)` and a save, as a person with a spreadsheet might."""
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path


def refused(path: Path) -> str:
    with pytest.raises(QuestionnaireError) as error:
        read_questionnaire(path)
    message = str(error.value)
    assert "\n" not in message
    return message


def test_a_filled_file_reads_back_row_by_criterion(blank: Path, tsia: MaturityModel):
    ids = [c.id for c in tsia.criteria]
    fill(blank, {ids[0]: "2 Largely in place", ids[1]: 3, ids[2]: "n/a", ids[3]: 1.0})
    fill(blank, {}, {ids[0]: "seen in the QBR deck", ids[4]: 42})
    filled = read_questionnaire(blank)
    assert filled.criteria == tuple(ids)
    assert filled.respondent == "Pat Lee"
    assert {k: v for k, v in filled.answers.items() if v != (None, False, "")} == {
        ids[0]: (2, False, "seen in the QBR deck"),
        ids[1]: (3, False, ""),
        ids[2]: (None, True, ""),
        ids[3]: (1, False, ""),
        ids[4]: (None, False, "42"),
    }
    assert set(filled.answers) == set(ids)


def test_rows_sorted_hidden_moved_or_left_out_and_extra_columns_are_fine(
    blank: Path, tsia: MaturityModel
):
    ids = [c.id for c in tsia.criteria]

    def rearrange(workbook) -> None:  # type: ignore[no-untyped-def]
        sheet = workbook[QUESTIONNAIRE_SHEET]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        rows.reverse()
        sheet.delete_rows(2, sheet.max_row)
        for row in rows[:-2]:  # the last two (the first criteria) left out
            sheet.append(row)
        sheet.row_dimensions[3].hidden = True
        sheet.insert_cols(1)  # a column of their own, before the others
        sheet.cell(1, 1).value = "my order"
        sheet.cell(1, 10).value = "comments"
        sheet.cell(2, 10).value = "mine"
        sheet.cell(2, RATING + 1).value = "1 Partially in place"
        sheet.cell(2, NOTES + 1).value = "last one"

    filled = read_questionnaire(edited(blank, rearrange))
    assert set(filled.answers) == set(ids[2:])
    assert filled.answers[ids[-1]] == (1, False, "last one")


def test_a_formula_in_notes_comes_back_as_its_text_never_evaluated(
    blank: Path, tsia: MaturityModel
):
    first = tsia.criteria[0].id
    fill(blank, {first: 2}, {first: "=1+1"})
    assert openpyxl.load_workbook(blank)[QUESTIONNAIRE_SHEET].cell(2, NOTES).data_type == "f"
    assert read_questionnaire(blank).answers[first] == (2, False, "=1+1")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("maybe", "cell F12: 'maybe' is not a rating"),
        (7, "cell F12: 7 is not a rating"),
        (2.5, "cell F12: 2.5 is not a rating"),
        ("=2", "cell F12: '=2' is a formula, not a rating"),
        (True, "cell F12: TRUE is not a rating"),
        (datetime(2026, 11, 2), "cell F12: a date or time is not a rating"),
    ],
)
def test_a_bad_rating_names_its_cell(blank: Path, tsia: MaturityModel, value, says):
    fill(blank, {tsia.criteria[10].id: value})
    assert refused(blank).startswith(f"pat.xlsx, sheet Questionnaire, {says}")


def test_an_unknown_or_repeated_criterion_is_refused(blank: Path):
    def unknown(workbook) -> None:  # type: ignore[no-untyped-def]
        workbook[QUESTIONNAIRE_SHEET]["A5"] = "ZZ99"

    assert refused(edited(blank, unknown)) == (
        "pat.xlsx, sheet Questionnaire, cell A5: 'ZZ99' is not a criterion of this questionnaire"
    )

    def repeated(workbook) -> None:  # type: ignore[no-untyped-def]
        sheet = workbook[QUESTIONNAIRE_SHEET]
        sheet["A5"] = sheet["A7"].value

    assert refused(edited(blank, repeated)).startswith(
        "pat.xlsx, sheet Questionnaire, cell A7: criterion "
    )


def test_a_rated_row_without_a_criterion_is_refused(blank: Path):
    def no_id(workbook) -> None:  # type: ignore[no-untyped-def]
        sheet = workbook[QUESTIONNAIRE_SHEET]
        sheet.cell(sheet.max_row + 2, RATING).value = 2

    assert "a rated row without a criterion_id" in refused(edited(blank, no_id))


def test_a_note_longer_than_the_store_takes_is_refused(blank: Path, tsia: MaturityModel):
    fill(blank, {}, {tsia.criteria[0].id: "x" * (MAX_NOTES + 1)})
    assert refused(blank).startswith(
        f"pat.xlsx, sheet Questionnaire, cell G2: a note of {MAX_NOTES + 1:,} characters"
    )


def test_too_many_rows_are_refused(blank: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(questionnaire_read, "MAX_ROWS", 10)
    assert refused(blank).startswith("pat.xlsx, sheet Questionnaire, row 12: more rows than")


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (
            lambda wb: wb.remove(wb[BINDING_SHEET]),
            "pat.xlsx: has no sheet 'Binding', which ties a questionnaire to its assessment",
        ),
        (
            lambda wb: wb[BINDING_SHEET].__setitem__("B2", "another-assessment"),
            "pat.xlsx: the hidden Binding sheet was edited; ask for the file as it was sent",
        ),
        (
            lambda wb: wb[BINDING_SHEET].delete_rows(wb[BINDING_SHEET].max_row),
            "pat.xlsx: the hidden Binding sheet was edited",
        ),
        (
            lambda wb: setattr(wb[QUESTIONNAIRE_SHEET], "title", "Answers"),
            "pat.xlsx: has no sheet named 'Questionnaire'",
        ),
        (
            lambda wb: wb[QUESTIONNAIRE_SHEET].__setitem__("F1", "score"),
            "pat.xlsx, sheet Questionnaire, row 1: no column named 'rating' in the header",
        ),
        (
            lambda wb: wb[QUESTIONNAIRE_SHEET].__setitem__("B1", "notes"),
            "pat.xlsx, sheet Questionnaire, cell G1: a second column named 'notes'",
        ),
    ],
)
def test_a_file_changed_where_it_must_not_be_is_refused(blank: Path, edit, says):
    assert refused(edited(blank, edit)).startswith(says)


def test_files_that_are_not_questionnaires_are_refused(tmp_path: Path):
    text = tmp_path / "notes.xlsx"
    text.write_text("criterion_id,rating\nF01,2\n")
    assert refused(text) == "notes.xlsx: is not an XLSX file"
    old = tmp_path / "old.xlsx"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(2000))
    assert refused(old) == (
        "old.xlsx: is encrypted or an old .xls: save it as .xlsx without a password"
    )
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert refused(other).startswith("other.xlsx: is not an XLSX file")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert refused(empty) == "empty.xlsx: is not an XLSX file"
    assert refused(tmp_path).endswith("is a folder, not a questionnaire")
    assert refused(tmp_path / "gone.xlsx") == "gone.xlsx: no such file"


def test_a_damaged_file_is_refused(blank: Path, tmp_path: Path):
    data = blank.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    assert refused(cut).startswith("cut.xlsx: is damaged and cannot be read as an XLSX file")
    # whole as a zip, but a sheet's compressed data garbled
    garbled = tmp_path / "garbled.xlsx"
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(garbled, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                body = body[: len(body) // 3]  # XML cut short
            target.writestr(info, body)
    assert refused(garbled).startswith("garbled.xlsx: is damaged")


def test_xml_entities_are_refused_as_openpyxl_parses_through_defusedxml(
    blank: Path, tmp_path: Path
):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    hostile = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                body = laughs + (body.split(b"?>", 1)[1] if body.startswith(b"<?") else body)
            target.writestr(info, body)
    assert openpyxl.xml.DEFUSEDXML  # what refuses the entities
    assert refused(hostile).startswith("laughs.xlsx: is damaged")


def test_size_and_zip_bomb_limits_are_checked_before_reading(
    blank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            z.writestr(info.filename, source.read(info))
        z.writestr("xl/media/zeros.bin", bytes(8 * 1024 * 1024))
    monkeypatch.setattr(questionnaire_read, "MAX_UNCOMPRESSED_BYTES", 4 * 1024 * 1024)
    assert "once uncompressed, more than a questionnaire can" in refused(bomb)
    assert bomb.stat().st_size < 1024 * 1024  # small on disk: only the declared sizes tell
    monkeypatch.setattr(questionnaire_read, "MAX_FILE_BYTES", 1000)
    assert "larger than a questionnaire can be" in refused(blank)


def test_the_fill_time_is_the_save_time_bounded_by_the_clock(blank: Path):
    saved_at(blank, datetime(2026, 11, 28, 14, 2, tzinfo=UTC))
    assert read_questionnaire(blank).filled_at == "2026-11-28T14:02:00.000000+00:00"
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    saved_at(blank, now + timedelta(hours=20))  # a clock a little ahead: kept
    assert read_questionnaire(blank, now).filled_at == "2026-12-01T05:00:00.000000+00:00"
    saved_at(blank, now + timedelta(days=400))  # a wrong clock: taken as now
    assert read_questionnaire(blank, now).filled_at == "2026-11-30T09:00:00.000000+00:00"


def test_reading_never_writes_to_the_file(blank: Path):
    before = blank.read_bytes()
    read_questionnaire(blank)
    assert blank.read_bytes() == before
    assert zipfile.ZipFile(io.BytesIO(before)).testzip() is None


# -- crafted files: bounded in time and memory, refused before openpyxl reads far


def rezipped(source: Path, target: Path, edits: dict[str, bytes], extra=()) -> Path:  # type: ignore[no-untyped-def]
    """`source` with some parts replaced (and `extra` parts added), zipped as Excel does."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, edits.get(info.filename, old.read(info)))
        for name, body in extra:
            new.writestr(name, body)
    return target


def sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(QUESTIONNAIRE_PART)


QUESTIONNAIRE_PART = "xl/worksheets/sheet2.xml"  # the second sheet, as the writer orders them


def with_sheet(blank: Path, tmp_path: Path, name: str, edit) -> Path:  # type: ignore[no-untyped-def]
    return rezipped(blank, tmp_path / name, {QUESTIONNAIRE_PART: edit(sheet_xml(blank))})


def test_the_questionnaire_sheet_is_the_part_these_tests_edit(blank: Path):
    assert b"criterion_id" in sheet_xml(blank)


@pytest.mark.parametrize(
    ("piece", "says"),
    [
        (b"<!--" + b"<x" * 140_000 + b"-->", "holds a comment, CDATA section or processing"),
        (b"<![CDATA[" + b"a<" * 140_000 + b"]]>", "holds a comment, CDATA section or processing"),
        (b"<?pi " + b"a<" * 140_000 + b"?>", "holds a comment, CDATA section or processing"),
        (b"<!--" + b"A" * 300_000 + b"-->", "holds a run of more than 256 KB without markup"),
        (b'<x a="' + b"A" * 300_000 + b'"/>', "holds a run of more than 256 KB without markup"),
    ],
)
def test_a_long_comment_tag_or_run_is_refused_before_a_parser_chews_on_it(
    blank: Path, tmp_path: Path, piece: bytes, says: str
):
    # Expat takes time in the square of such a token's length: 190 MB took minutes. One a
    # little longer than any spreadsheet writes is refused, whatever `<` it holds.
    hostile = with_sheet(
        blank,
        tmp_path,
        "long.xlsx",
        lambda xml: xml.replace(b"<sheetData>", piece + b"<sheetData>", 1),
    )
    assert refused(hostile).startswith(f"long.xlsx: its part '{QUESTIONNAIRE_PART}' {says}")


def test_a_long_note_a_spreadsheet_can_hold_is_not_taken_for_a_hostile_run(
    blank: Path, tsia: MaturityModel
):
    # 20,000 ampersands are 100 KB escaped ("&amp;"), well under the run refused
    first = tsia.criteria[0].id
    fill(blank, {first: 2}, {first: "&" * MAX_NOTES})
    assert read_questionnaire(blank).answers[first] == (2, False, "&" * MAX_NOTES)


def test_a_part_larger_than_any_questionnaire_has_is_refused_as_it_inflates(
    blank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(xlsx_parts, "MAX_PART_BYTES", 64 * 1024)
    rows = b"".join(b'<row r="%d"><c r="H%d"><v>1</v></c></row>' % (r, r) for r in range(50, 3000))
    big = with_sheet(
        blank,
        tmp_path,
        "big.xlsx",
        lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"),
    )
    assert refused(big).startswith(
        f"big.xlsx: its part '{QUESTIONNAIRE_PART}' is larger than 0 MB once uncompressed"
    )


def test_a_part_of_more_elements_than_a_questionnaire_has_is_refused(blank: Path, tmp_path: Path):
    # openpyxl holds a whole row in memory: one row of 200,001 cells is refused unread
    row = b'<row r="40">' + b"<c/>" * 200_001 + b"</row>"
    wide = with_sheet(
        blank,
        tmp_path,
        "wide.xlsx",
        lambda xml: xml.replace(b"</sheetData>", row + b"</sheetData>"),
    )
    assert refused(wide) == (
        f"wide.xlsx: its part '{QUESTIONNAIRE_PART}' holds more than 200,000 XML elements, "
        "more than a questionnaire has (a damaged or hostile file)"
    )


def test_more_shared_strings_than_a_questionnaire_has_are_refused(blank: Path, tmp_path: Path):
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="'
        b'http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<x:si><x:t>a</x:t></x:si>" * 50_001
        + b"</x:sst>"
    )
    hostile = rezipped(blank, tmp_path / "sst.xlsx", {}, [("xl/sharedStrings.xml", strings)])
    assert refused(hostile) == (
        "sst.xlsx: holds more than 50,000 shared strings, more than a questionnaire has "
        "(a damaged or hostile file)"
    )


def test_a_part_in_utf16_is_scanned_as_its_text(blank: Path, tmp_path: Path):
    xml = sheet_xml(blank).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    comment = "<!--" + "<x" * 140_000 + "-->"
    hostile = xml.replace("<sheetData>", comment + "<sheetData>", 1)
    assert "a comment, CDATA section" in refused(
        rezipped(blank, tmp_path / "u16.xlsx", {QUESTIONNAIRE_PART: hostile.encode("utf-16")})
    )
    # the same part in UTF-16 without the comment is no problem of the scan's
    plain = rezipped(blank, tmp_path / "plain16.xlsx", {QUESTIONNAIRE_PART: xml.encode("utf-16")})
    assert read_questionnaire(plain).respondent == "Pat Lee"


def test_a_picture_is_not_taken_for_xml(blank: Path, tmp_path: Path):
    picture = b"\x89PNG\r\n\x1a\n" + b"\x00" * 600_000 + b"<!--"  # no markup, a long run
    with_picture = rezipped(blank, tmp_path / "logo.xlsx", {}, [("xl/media/image1.png", picture)])
    assert read_questionnaire(with_picture).respondent == "Pat Lee"


@pytest.mark.parametrize("dimension", ["A1:G5", "A1", "A1:B2"])
def test_a_stale_dimension_drops_no_row(
    blank: Path, tmp_path: Path, tsia: MaturityModel, dimension: str
):
    ids = [c.id for c in tsia.criteria]
    fill(blank, {criterion: 1 + n % 3 for n, criterion in enumerate(ids[:8])})
    stale = with_sheet(
        blank,
        tmp_path,
        "stale.xlsx",
        lambda xml: re.sub(
            rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>'.encode(), xml
        ),
    )
    assert f'<dimension ref="{dimension}"/>'.encode() in sheet_xml(stale)
    filled = read_questionnaire(stale)
    assert [filled.answers[c][0] for c in ids[:8]] == [1 + n % 3 for n in range(8)]
    assert set(filled.answers) == set(ids)


def test_blank_rows_count_against_the_bound_whatever_the_dimension_says(
    blank: Path, tmp_path: Path
):
    # 100,000 blank rows under a dimension of 16,384 columns and 99,999,999 rows: refused at
    # the bound, where reading stops.
    def hostile(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD99999999"/>', xml)
        rows = b"".join(b'<row r="%d"/>' % r for r in range(5000, 105_000))
        return xml.replace(b"</sheetData>", rows + b"</sheetData>")

    assert refused(with_sheet(blank, tmp_path, "blank.xlsx", hostile)) == (
        "blank.xlsx, sheet Questionnaire, row 2002: more rows than a questionnaire has "
        "(2,000 at most)"
    )


def test_rows_are_read_only_as_wide_as_the_columns_needed(
    blank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    wide = with_sheet(
        blank,
        tmp_path,
        "wide.xlsx",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD36"/>', xml),
    )
    workbook = openpyxl.load_workbook(wide, read_only=True)
    assert workbook[QUESTIONNAIRE_SHEET].max_column == 16_384  # what openpyxl would pad to
    widths: list[int] = []
    real = questionnaire_read._sheet

    def watched(book, title):  # type: ignore[no-untyped-def]
        sheet = real(book, title)
        rows = sheet.iter_rows

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            for row in rows(*args, **kwargs):
                widths.append(len(row))
                yield row

        sheet.iter_rows = counted
        return sheet

    monkeypatch.setattr(questionnaire_read, "_sheet", watched)
    assert read_questionnaire(wide).respondent == "Pat Lee"
    assert widths and max(widths) <= questionnaire_read.MAX_HEADER_COLUMNS


def stamped_as(path: Path, text: str) -> Path:
    """Make the file's properties say it was saved at `text`, whatever that is."""
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml")
    core, count = re.subn(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>" + text.encode() + rb"\g<2>",
        core,
    )
    assert count == 1
    return rezipped(path, path.with_name("stamped.xlsx"), {"docProps/core.xml": core})


NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FILE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "filled_at"),
    [
        ("2026-11-28T14:02:00Z", "2026-11-28T14:02:00.000000+00:00"),
        ("2026-11-28T15:02:00.123456789+01:00", "2026-11-28T14:02:00.123456+00:00"),
        ("2026-11-30", "2026-11-20T08:00:00.000000+00:00"),  # a date alone
        ("2026-11", "2026-11-20T08:00:00.000000+00:00"),
        ("last Tuesday", "2026-11-20T08:00:00.000000+00:00"),
        ("", "2026-11-20T08:00:00.000000+00:00"),
        ("2026-11-28T14:02:00", "2026-11-20T08:00:00.000000+00:00"),  # no zone
        ("2026-02-30T14:02:00Z", "2026-11-20T08:00:00.000000+00:00"),
        ("0001-01-01T01:00:00+05:00", "2026-11-20T08:00:00.000000+00:00"),  # year 0 in UTC
        ("1999-12-31T23:59:59Z", "2026-11-20T08:00:00.000000+00:00"),  # before 2000
        ("9999-12-31T23:59:59-05:00", "2026-11-30T09:00:00.000000+00:00"),  # year 10000: now
    ],
)
def test_a_save_time_not_whole_nor_believable_gives_way_to_the_files_own(
    blank: Path, text: str, filled_at: str
):
    stamped = stamped_as(blank, text)
    os.utime(stamped, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    filled = read_questionnaire(stamped, NOW)
    assert filled.filled_at == filled_at
    assert filled.respondent == "Pat Lee"


@pytest.mark.parametrize(
    ("file_time", "filled_at"),
    [
        (datetime(1980, 1, 1, tzinfo=UTC), "2000-01-01T00:00:00.000000+00:00"),
        (datetime(2090, 1, 1, tzinfo=UTC), "2026-11-30T09:00:00.000000+00:00"),
    ],
)
def test_the_files_own_time_is_bounded_too(blank: Path, file_time: datetime, filled_at: str):
    stamped = stamped_as(blank, "2026-11-30")
    os.utime(stamped, (file_time.timestamp(), file_time.timestamp()))
    assert read_questionnaire(stamped, NOW).filled_at == filled_at


def test_a_file_name_with_controls_is_named_escaped(blank: Path, tmp_path: Path):
    hostile = tmp_path / "pat\x1b[31m\u202e\nred.xlsx"
    hostile.write_bytes(b"not a zip")
    assert refused(hostile) == "pat\\x1b[31m\\u202e\\nred.xlsx: is not an XLSX file"


def test_a_part_named_with_controls_is_named_escaped(blank: Path, tmp_path: Path):
    part = "xl/\x1b[2J\u202e" + "x" * 100 + ".xml"
    hostile = rezipped(blank, tmp_path / "p.xlsx", {}, [(part, b"<!--" + b"A" * 300_000)])
    message = refused(hostile)
    assert message.isprintable()
    assert message.startswith("p.xlsx: its part 'xl/\\x1b[2J\\u202e" + "x" * 51 + "\u2026' holds")
