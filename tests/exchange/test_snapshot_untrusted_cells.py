"""Cells a crafted or broken snapshot can hold: times out of range or in the future, stray
control characters, dates that are not YYYY-MM-DD, notes too long. Each is refused naming its
row and column, and the store stays as it was; rows in the future pass only when accepted."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from snapshot_helpers import content, read_rows, write_rows

from csmaturity_app.exchange import SnapshotError, export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import MAX_NOTES, Store, StoreError

TIMESTAMP_COLUMNS = (
    "updated_at",
    "organization_created_at",
    "organization_updated_at",
    "assessment_created_at",
    "assessment_updated_at",
)

REPEATED = {*TIMESTAMP_COLUMNS[1:], "assessed_on", "assessor"}


@pytest.fixture
def snapshot(tmp_path: Path, tsia: MaturityModel) -> Path:
    """One organization, one assessment, three answers with notes; its first row answered."""
    with Store.open(tmp_path / "source.db") as source:
        org = source.create_organization("Acme")
        a = source.create_assessment(org.id, tsia, "Ann", date(2025, 3, 1))
        for criterion in tsia.criteria[:3]:
            source.record_answer(a.id, criterion.id, 2, notes="seen on site")
        export_snapshot(source, tmp_path / "snap.csv")
    return tmp_path / "snap.csv"


def changed(path: Path, column: str, value: str, row: int = 0) -> Path:
    """The snapshot with one cell changed (row 0 is the file's row 2); a cell repeated on
    every row of an assessment is changed on all of them."""
    header, rows = read_rows(path)
    for changed_row in rows if column in REPEATED else [rows[row]]:
        changed_row[header.index(column)] = value
    out = path.with_name(f"changed-{path.name}")
    write_rows(out, header, rows)
    return out


def refused(store: Store, catalog: ModelCatalog, path: Path, **options: bool) -> str:
    before = content(store.path)
    with pytest.raises(SnapshotError) as raised:
        import_snapshot(store, path, catalog, **options)
    assert content(store.path) == before
    return str(raised.value)


def in_a_year() -> str:
    return (datetime.now(UTC) + timedelta(days=365)).isoformat(timespec="seconds")


@pytest.mark.parametrize("column", TIMESTAMP_COLUMNS)
@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
def test_a_time_out_of_range_is_refused_with_its_row_and_column(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, column: str, value: str
) -> None:
    message = refused(store, builtin_catalog, changed(snapshot, column, value))
    assert f"row 2, column {column}: {value!r} is not a time that can be stored" in message


@pytest.mark.parametrize("column", TIMESTAMP_COLUMNS)
def test_a_time_a_year_ahead_is_refused_with_its_row_and_column(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, column: str
) -> None:
    ahead = in_a_year()
    message = refused(store, builtin_catalog, changed(snapshot, column, ahead))
    assert f"row 2, column {column}: {ahead!r} is more than a day ahead" in message
    assert "(was the clock that wrote it wrong?)" in message and "--accept-future" in message
    # A dry run plans what the import does: it is refused the same way.
    assert refused(store, builtin_catalog, changed(snapshot, column, ahead), dry_run=True)


def test_rows_in_the_future_pass_when_accepted_and_are_named(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, tmp_path: Path
) -> None:
    header, rows = read_rows(snapshot)
    ahead = [
        (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0) for days in (30, 400)
    ]
    rows[1][header.index("updated_at")] = ahead[0].isoformat()
    rows[2][header.index("updated_at")] = ahead[1].isoformat()
    future = tmp_path / "future.csv"
    write_rows(future, header, rows)
    message = refused(store, builtin_catalog, future)
    assert "row 3, column updated_at" in message
    assert f"and so is 1 more row, the latest {ahead[1].isoformat(timespec='microseconds')}" in (
        message
    )

    plan = import_snapshot(store, future, builtin_catalog, dry_run=True, accept_future=True)
    latest = ahead[1].isoformat(timespec="microseconds")
    assert (plan.future_rows, plan.latest_future, plan.applied) == (2, latest, False)
    assert f"2 rows are stamped in the future, the latest {latest}" in "\n".join(plan.describe())
    plan = import_snapshot(store, future, builtin_catalog, accept_future=True)
    assert plan.applied and plan.future_rows == 2
    stamps = sorted(a.updated_at for a in store.answers(store.assessments()[0].id).values())
    assert stamps[-1] == latest


def test_a_time_within_the_day_allowed_is_imported(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path
) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=20)).isoformat()
    plan = import_snapshot(store, changed(snapshot, "updated_at", soon), builtin_catalog)
    assert plan.applied and plan.future_rows == 0 and plan.future_text == ""


def test_a_correction_made_here_wins_over_an_answer_stamped_ahead(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, tsia: MaturityModel
) -> None:
    """Its clock behind the stamp it replaces, the store stamps the change just after it: a
    re-import of the old file does not take the correction back."""
    ahead = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="microseconds")
    old_file = changed(snapshot, "updated_at", ahead)
    import_snapshot(store, old_file, builtin_catalog)
    (assessment,) = store.assessments()
    criterion = tsia.criteria[0].id
    assert store.answers(assessment.id)[criterion].updated_at == ahead

    corrected = store.record_answer(assessment.id, criterion, 0, notes="corrected here")
    assert corrected.updated_at > ahead
    assert store.assessment(assessment.id).updated_at >= corrected.updated_at

    plan = import_snapshot(store, old_file, builtin_catalog)
    assert plan.answers.updated == 0 and plan.answers.conflicts == 1
    answer = store.answers(assessment.id)[criterion]
    assert (answer.score, answer.notes) == (0, "corrected here")


# NUL in the first 64 KB: the whole file is refused as binary (see the next test).
@pytest.mark.parametrize("character", ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f"])
def test_a_control_character_in_a_cell_is_refused_with_its_row_and_column(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, character: str
) -> None:
    message = refused(store, builtin_catalog, changed(snapshot, "notes", f"seen{character}", 1))
    assert f"row 3, column notes: a control character (U+{ord(character):04X})" in message
    message = refused(store, builtin_catalog, changed(snapshot, "assessor", f"A{character}nn"))
    assert "row 2, column assessor: a control character" in message


def test_a_nul_after_the_first_64_kb_is_refused_with_its_row_and_column(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, tmp_path: Path
) -> None:
    header, rows = read_rows(snapshot)
    first = list(rows[0])
    first[header.index("model_definition")] = ""
    for n in range(12):
        rows.append(list(first))
        rows[-1][header.index("assessment_id")] = f"00000000-0000-4000-8000-{n:012d}"
        rows[-1][header.index("notes")] = "evidence " * 1000
    rows[-1][header.index("notes")] += "\0hidden"
    big = tmp_path / "big.csv"
    write_rows(big, header, rows)
    assert big.read_bytes().index(b"\0") > 64 * 1024
    message = refused(store, builtin_catalog, big)
    assert f"row {len(rows) + 1}, column notes: a control character (U+0000)" in message


@pytest.mark.parametrize(
    "value", ["2026-W01-1", "20260101", "2026-02-30", "2026-1-01", "\uff12\uff10\uff12\uff16-01-01"]
)
def test_an_assessed_on_not_written_yyyy_mm_dd_is_refused(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path, value: str
) -> None:
    message = refused(store, builtin_catalog, changed(snapshot, "assessed_on", value))
    assert f"row 2, column assessed_on: {value!r} is not a date (YYYY-MM-DD)" in message


def test_notes_longer_than_the_bound_are_refused(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path
) -> None:
    at_bound = changed(snapshot, "notes", "n" * MAX_NOTES)
    assert import_snapshot(store, at_bound, builtin_catalog, dry_run=True).answers.new == 3
    message = refused(store, builtin_catalog, changed(snapshot, "notes", "n" * (MAX_NOTES + 1)))
    assert message.endswith(
        "row 2, column notes: a note may have at most 20,000 characters, not 20,001"
    ), message


def test_an_assessor_name_too_long_is_refused(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path
) -> None:
    message = refused(store, builtin_catalog, changed(snapshot, "assessor", "A" * 201))
    assert message.endswith(
        "row 2, column assessor: an assessor's name may have at most 200 characters"
    ), message


def test_a_too_long_name_is_refused_in_the_store_s_own_words(
    store: Store, builtin_catalog: ModelCatalog, snapshot: Path
) -> None:
    """The importer checks each bound with the store's own check: a file is refused where
    the same text typed in would be, in the same words, naming the row and column."""
    with pytest.raises(StoreError) as typed:
        store.create_organization("O" * 201)
    message = refused(store, builtin_catalog, changed(snapshot, "organization", "O" * 201))
    assert message.endswith(f"row 2, column organization: {typed.value}"), message
    assert str(typed.value) == "an organization name may have at most 200 characters"


def test_notes_typed_with_odd_characters_round_trip(
    store: Store, builtin_catalog: ModelCatalog, tsia: MaturityModel, tmp_path: Path
) -> None:
    """The store drops stray control characters as they come in, so its own export is always
    importable, and exports the same bytes again."""
    org = store.create_organization("Acme\x07 Ltd")
    a = store.create_assessment(org.id, tsia, "Ann\x00\x1b", date(2025, 3, 1))
    typed = "line one\r\nline\ttwo\x00\x01\x0b\x0c\x1b[31m red\x1f \u2028 \u00e9"
    store.record_answer(a.id, tsia.criteria[0].id, 1, notes=typed)
    saved = store.answers(a.id)[tsia.criteria[0].id].notes
    assert saved == "line one\r\nline\ttwo[31m red \u2028 \u00e9"
    assert (store.assessment(a.id).assessor, store.organization(org.id).name) == (
        "Ann",
        "Acme Ltd",
    )
    export_snapshot(store, tmp_path / "first.csv")
    with Store.open(tmp_path / "other.db") as other:
        assert import_snapshot(other, tmp_path / "first.csv", builtin_catalog).applied
        export_snapshot(other, tmp_path / "second.csv")
    assert (tmp_path / "second.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()


def test_an_older_store_holding_control_characters_exports_an_importable_file(
    store: Store, builtin_catalog: ModelCatalog, tsia: MaturityModel, tmp_path: Path
) -> None:
    """Written before the store dropped them (a NUL imported past the first 64 KB, say)."""
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 3, 1))
    store.record_answer(a.id, tsia.criteria[0].id, 1, notes="seen")
    db = sqlite3.connect(store.path)
    with db:
        db.execute("UPDATE answer SET notes = ?", ("seen\x00 on\x1b site",))
        db.execute("UPDATE assessment SET assessor = ?", ("A\x01nn",))
        db.execute("UPDATE organization SET name = ?", ("Ac\x02me",))
    db.close()
    export_snapshot(store, tmp_path / "old.csv")
    with Store.open(tmp_path / "other.db") as other:
        assert import_snapshot(other, tmp_path / "old.csv", builtin_catalog).applied
        assert other.answers(a.id)[tsia.criteria[0].id].notes == "seen on site"
        assert other.assessment(a.id).assessor == "Ann"
        assert other.organization(org.id).name == "Acme"
