"""Snapshots carry what carrying forward marks: `needs_review` per answer, `carried_from` per
assessment, in trailing columns that a file may lack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from carry_models import tsia_1, tsia_next
from snapshot_helpers import content, read_rows, write_rows

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import CONTRACT_COLUMNS, EXTRA_COLUMNS, SNAPSHOT_COLUMNS
from csmaturity_app.exchange.snapshot_import import SnapshotError
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


def carried_store(store: Store, catalog: ModelCatalog) -> tuple[str, str]:
    """An old assessment and the draft carried from it, one answer of which was rated again."""
    old_model = tsia_1(catalog)
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, old_model, "Ann", date(2025, 2, 3))
    for n, criterion in enumerate(old_model.criteria[:10]):
        store.record_answer(old.id, criterion.id, n % 4, notes=f"seen {n}")
    new = store.carry_forward(old.id, tsia_next(old_model))
    store.record_answer(new.id, "F01", 3)
    store.record_notes(new.id, "F07", "notes only: still to review")
    return old.id, new.id


def test_the_columns_come_after_the_earlier_extras_and_round_trip(
    store: Store, tmp_path: Path, builtin_catalog: ModelCatalog
):
    old_id, new_id = carried_store(store, builtin_catalog)
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    assert header == list(SNAPSHOT_COLUMNS)
    assert header[: len(CONTRACT_COLUMNS) + len(EXTRA_COLUMNS)][-3:] == [
        "model_definition",
        "needs_review",
        "carried_from",
    ]
    col = {name: i for i, name in enumerate(header)}
    of_new = [r for r in rows if r[col["assessment_id"]] == new_id]
    assert {r[col["carried_from"]] for r in of_new} == {old_id}
    assert {r[col["carried_from"]] for r in rows if r[col["assessment_id"]] == old_id} == {""}
    review = {r[col["criterion_id"]]: r[col["needs_review"]] for r in of_new}
    assert review["F01"] == "false" and review["F07"] == "true"
    assert set(review.values()) == {"true", "false"}

    # The model version of the draft is not installed: it travels in the file too.
    with Store.open(tmp_path / "other.db") as other:
        plan = import_snapshot(other, snapshot, builtin_catalog)
        assert plan.applied and plan.assessments.new == 2
        assert other.assessment(new_id).carried_from == old_id
        reviewed = {c for c, a in other.answers(new_id).items() if not a.needs_review}
        again = tmp_path / "again.csv"
        export_snapshot(other, again)
    assert reviewed == {"F01"}
    assert content(tmp_path / "other.db") == content(store.path)
    assert again.read_bytes() == snapshot.read_bytes()


def test_a_review_done_on_another_laptop_merges_like_any_change(
    store: Store, tmp_path: Path, builtin_catalog: ModelCatalog
):
    _, new_id = carried_store(store, builtin_catalog)
    export_snapshot(store, tmp_path / "first.csv")
    with Store.open(tmp_path / "laptop.db") as laptop:
        import_snapshot(laptop, tmp_path / "first.csv", builtin_catalog)
        same = laptop.answers(new_id)["F02a"]
        laptop.record_answer(new_id, "F02a", same.score)  # confirmed: no longer to review
        export_snapshot(laptop, tmp_path / "second.csv")
    plan = import_snapshot(store, tmp_path / "second.csv", builtin_catalog)
    assert plan.answers.updated == 1
    assert not store.answers(new_id)["F02a"].needs_review


def test_a_file_without_the_columns_still_imports(
    store: Store, tmp_path: Path, builtin_catalog: ModelCatalog
):
    _, new_id = carried_store(store, builtin_catalog)
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    cut = header.index("needs_review")  # and the columns after it, added later still
    write_rows(snapshot, header[:cut], [r[:cut] for r in rows])
    with Store.open(tmp_path / "other.db") as other:
        plan = import_snapshot(other, snapshot, builtin_catalog)
        assert plan.applied
        assert other.assessment(new_id).carried_from is None
        assert not any(a.needs_review for a in other.answers(new_id).values())


def test_a_file_without_the_columns_leaves_the_marks_here_as_they_are(
    store: Store, tmp_path: Path, builtin_catalog: ModelCatalog
):
    """Silence about the review is not a change: no conflict, no mark cleared."""
    _, new_id = carried_store(store, builtin_catalog)
    before = {c: a.needs_review for c, a in store.answers(new_id).items()}
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    cut = header.index("needs_review")  # and the columns after it, added later still
    write_rows(snapshot, header[:cut], [r[:cut] for r in rows])
    plan = import_snapshot(store, snapshot, builtin_catalog)
    assert not plan.changes_anything
    assert plan.answers.conflicts == 0
    assert {c: a.needs_review for c, a in store.answers(new_id).items()} == before
    assert any(before.values())


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("needs_review", "maybe", "'maybe' is neither true nor false"),
        ("carried_from", "not-an-id", "'not-an-id' is not an id"),
    ],
)
def test_bad_cells_name_the_row_and_column(
    store: Store,
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    column: str,
    value: str,
    message: str,
):
    _, new_id = carried_store(store, builtin_catalog)
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    n = next(
        i
        for i, row in enumerate(rows)
        if row[col["assessment_id"]] == new_id and row[col["updated_at"]]
    )
    rows[n][col[column]] = value
    write_rows(snapshot, header, rows)
    with Store.open(tmp_path / "other.db") as other:
        with pytest.raises(SnapshotError, match=rf"row {n + 2}, column {column}: {message}"):
            import_snapshot(other, snapshot, builtin_catalog)
        assert other.organizations() == []
