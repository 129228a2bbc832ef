"""A file that cannot be imported gets one message naming the row and column, and the store
is left exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from snapshot_helpers import content, populate, read_rows, write_rows

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import (
    Cancelled,
    SnapshotError,
    export_snapshot,
    import_snapshot,
    snapshot_export,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store

Rows = tuple[list[str], list[list[str]]]


def cell(name: str, value: str, row: int = 0) -> Callable[[Rows], None]:
    def change(file: Rows) -> None:
        header, rows = file
        rows[row][header.index(name)] = value

    return change


def answered_cell(name: str, value: str) -> Callable[[Rows], None]:
    """Change a cell of the first answered row (row 2 of the file at the earliest)."""

    def change(file: Rows) -> None:
        header, rows = file
        first = next(r for r in rows if r[header.index("updated_at")])
        first[header.index(name)] = value

    return change


def rename_column(old: str, new: str) -> Callable[[Rows], None]:
    def change(file: Rows) -> None:
        header, _ = file
        header[header.index(old)] = new

    return change


def drop_column(name: str) -> Callable[[Rows], None]:
    def change(file: Rows) -> None:
        header, rows = file
        i = header.index(name)
        del header[i]
        for r in rows:
            del r[i]

    return change


def short_row(file: Rows) -> None:
    file[1][3] = file[1][3][:5]


def duplicate_answer(file: Rows) -> None:
    header, rows = file
    answered = [r for r in rows if r[header.index("updated_at")]]
    rows.append(list(answered[0]))


def both_scored_and_na(file: Rows) -> None:
    header, rows = file
    row = next(r for r in rows if r[header.index("score")])
    row[header.index("not_applicable")] = "true"


def another_name_for_the_same_organization(file: Rows) -> None:
    header, rows = file
    rows[5][header.index("organization")] = "Somebody else"


def damaged_definition(file: Rows) -> None:
    header, rows = file
    i = header.index("model_definition")
    row = next(r for r in rows if r[i])
    row[i] = row[i][:100]
    for r in rows:
        r[header.index("model_digest")] = "f" * 64


CASES = {
    "renamed column": (rename_column("assessor", "consultant"), 1, None, "'assessor'"),
    "missing column": (drop_column("notes"), 1, None, "'notes' is missing"),
    "bad score": (answered_cell("score", "7"), None, "score", "'7' is not a score"),
    "score as text": (answered_cell("score", "fully"), None, "score", "is not a score"),
    "unknown criterion": (cell("criterion_id", "XX-99"), 2, "criterion_id", "not a criterion"),
    "bad date": (cell("assessed_on", "31/12/2024"), 2, "assessed_on", "not a date"),
    "impossible date": (cell("assessed_on", "2024-02-30"), 2, "assessed_on", "not a date"),
    "bad uuid": (cell("assessment_id", "not-a-uuid"), 2, "assessment_id", "not an id"),
    "bad organization uuid": (cell("organization_id", "123"), 2, "organization_id", "not an id"),
    "bad status": (cell("status", "finished"), 2, "status", "not a status"),
    "bad boolean": (cell("not_applicable", "maybe"), 2, "not_applicable", "neither true"),
    "bad timestamp": (answered_cell("updated_at", "yesterday"), None, "updated_at", "ISO 8601"),
    "answer without time": (answered_cell("updated_at", ""), None, "updated_at", "needs the time"),
    "scored and n/a": (both_scored_and_na, None, "score", "either scored or not applicable"),
    "short row": (short_row, None, None, "cells where the header has"),
    "duplicate answer": (duplicate_answer, None, None, "a snapshot holds each answer once"),
    "inconsistent organization": (
        another_name_for_the_same_organization,
        7,
        "organization",
        "differs from",
    ),
    "unknown model": (cell("model_id", "no-such-model"), 2, "model_id", "digest is that of"),
    "damaged definition": (damaged_definition, None, "model_definition", "damaged"),
    "empty organization name": (cell("organization", "   "), 2, "organization", "needs a name"),
}


@pytest.fixture
def snapshot(store: Store, tmp_path: Path, tsia: MaturityModel) -> Path:
    populate(store, [tsia], organizations=2)
    path = tmp_path / "good.csv"
    export_snapshot(store, path)
    return path


@pytest.fixture
def target(tmp_path: Path, ftworks: MaturityModel) -> Store:
    """A store with data of its own, which a rejected import must leave untouched."""
    opened = Store.open(tmp_path / "target.db")
    populate(opened, [ftworks], organizations=1)
    yield opened  # type: ignore[misc]
    opened.close()


@pytest.mark.parametrize("case", CASES)
def test_a_bad_row_rejects_the_whole_file(
    case: str, snapshot: Path, target: Store, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    change, row, column, message = CASES[case]
    header, rows = read_rows(snapshot)
    change((header, rows))
    bad = tmp_path / "bad.csv"
    write_rows(bad, header, rows)
    before = content(target.path)

    with pytest.raises(UserFacingError) as caught:
        import_snapshot(target, bad, builtin_catalog)

    text = str(caught.value)
    assert message in text
    assert text.startswith("bad.csv: row ")
    assert "\n" not in text
    if row is not None:
        assert f"row {row}" in text
    if column is not None:
        assert f"column {column}" in text
    assert content(target.path) == before
    with pytest.raises(UserFacingError):
        import_snapshot(target, bad, builtin_catalog, dry_run=True)


RAW_CASES = {
    "empty file": (b"", "the file is empty"),
    "only a BOM": (b"\xef\xbb\xbf", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "binary data"),
    "latin-1": (None, "not UTF-8"),
    "not csv at all": (b"Dear client,\nplease find attached\n", "not a CS Maturity snapshot"),
    "a summary export": (
        b"organization_id,organization,assessment_id,model_id,model_version,assessed_on,"
        b"assessor,status,placed_level,placed_stage\n",
        "summary export",
    ),
    "unbalanced quote": (None, "malformed"),
    "huge field": (None, "longer than"),
}


@pytest.mark.parametrize("case", RAW_CASES)
def test_a_file_that_is_no_snapshot_gets_one_message(
    case: str, snapshot: Path, target: Store, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    data, message = RAW_CASES[case]
    good = snapshot.read_bytes()
    if case == "latin-1":
        data = good + "Société,é\n".encode("latin-1")
    elif case == "unbalanced quote":
        data = good + b'x,"unfinished\n'
    elif case == "huge field":
        data = good[:-2] + b"," + b"x" * (5 * 1024 * 1024) + b"\r\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data)  # type: ignore[arg-type]
    before = content(target.path)
    with pytest.raises(SnapshotError, match=message) as caught:
        import_snapshot(target, bad, builtin_catalog)
    assert "\n" not in str(caught.value)
    assert content(target.path) == before


def test_a_bom_and_upper_case_booleans_from_a_spreadsheet_are_accepted(
    snapshot: Path, target: Store, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    header, rows = read_rows(snapshot)
    na = header.index("not_applicable")
    for r in rows:
        r[na] = r[na].upper()
    saved = tmp_path / "from-excel.csv"
    with saved.open("w", encoding="utf-8-sig", newline="") as f:
        import csv

        csv.writer(f).writerows([header, *rows])
    assert import_snapshot(target, saved, builtin_catalog).assessments.new == 2


def test_a_missing_file_is_one_message(
    target: Store, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    with pytest.raises(SnapshotError, match="cannot read"):
        import_snapshot(target, tmp_path / "nowhere.csv", builtin_catalog)


def test_an_export_that_cannot_be_written_is_one_message(
    store: Store, tmp_path: Path, tsia: MaturityModel
) -> None:
    populate(store, [tsia], organizations=1)
    (tmp_path / "a-file").write_text("not a folder")
    for target in (tmp_path / "no-such-folder" / "x.csv", tmp_path / "a-file" / "x.csv"):
        with pytest.raises(UserFacingError, match="cannot write"):
            export_snapshot(store, target)


def test_a_cancelled_export_leaves_no_file(
    store: Store, tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_export, "PROGRESS_EVERY", 1)
    populate(store, [tsia], organizations=3)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "x.csv"
    target.write_text("the previous export")

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_snapshot(store, target, progress=cancel)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["x.csv"]
    assert target.read_text() == "the previous export"
