"""Deleting one assessment, and putting it back exactly (the window's undo), on real files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from carried_definitions import huge_levels, store_holding

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import (
    AnswerRecord,
    CorruptStoreError,
    DeletedAssessment,
    NotFoundError,
    Store,
    StoreError,
)

WAIT_S = 60  # a ceiling for the background check of a small file, never expected


def damage_last_page(path: Path) -> None:
    """Overwrite the file's last page: only the full (background) check finds it."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[len(data) - page_size :] = bytes((i * 37 + 11) % 251 for i in range(page_size))
    path.write_bytes(bytes(data))


def filled(store: Store, tsia: MaturityModel) -> dict[str, str]:
    """Two organizations; Acme with a completed assessment, a draft (notes, a not applicable,
    a wizard position) and an empty one; Beta with one completed."""
    acme = store.create_organization("Acme")
    beta = store.create_organization("Beta")
    ids = {}
    for name, org, day in (
        ("done", acme, date(2025, 3, 4)),
        ("draft", acme, date(2026, 1, 2)),
        ("empty", acme, date(2026, 2, 1)),
        ("beta", beta, date(2025, 6, 7)),
    ):
        ids[name] = store.create_assessment(org.id, tsia, "Pat Lee", day).id
    for n, criterion in enumerate(tsia.criteria[:12]):
        store.record_answer(ids["done"], criterion.id, n % 4, notes=f"evidence {n}")
        store.record_answer(ids["beta"], criterion.id, 3)
    store.set_status(ids["done"], "complete")
    store.set_status(ids["beta"], "complete")
    store.record_answer(ids["draft"], tsia.criteria[0].id, 2, notes="seen on site")
    store.record_answer(ids["draft"], tsia.criteria[1].id, None, not_applicable=True)
    store.record_notes(ids["draft"], tsia.criteria[2].id, "ask again")
    store.set_position(ids["draft"], "stage:performing")
    return ids


def exported(store: Store, path: Path) -> bytes:
    export_snapshot(store, path)
    return path.read_bytes()


def rows(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ("organization", "model_version", "assessment", "answer")
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    finally:
        db.close()


@pytest.mark.parametrize("which", ["done", "draft", "empty"])
def test_delete_then_restore_gives_back_the_same_store(
    store: Store, store_path: Path, tsia: MaturityModel, tmp_path: Path, which: str
):
    ids = filled(store, tsia)
    listing = store.organization_summaries()  # also keeps the results summaries
    before, snapshot = rows(store_path), exported(store, tmp_path / "before.csv")
    answers = store.answers(ids[which])

    deleted = store.delete_assessment(ids[which])

    assert isinstance(deleted, DeletedAssessment) and deleted.id == ids[which]
    assert {a.criterion_id: a for a in deleted.answers} == answers
    assert ids[which] not in [a.id for a in store.assessments()]
    with pytest.raises(NotFoundError):
        store.assessment(ids[which])
    assert store.answers(ids[which]) == {}
    db = store.db
    for table in ("answer", "assessment_result"):
        (left,) = db.execute_sql(
            f"SELECT count(*) FROM {table} WHERE assessment_id = ?", (ids[which],)
        ).fetchone()
        assert left == 0
    assert exported(store, tmp_path / "deleted.csv") != snapshot
    acme = next(s for s in store.organization_summaries() if s.name == "Acme")
    assert acme.assessments == 2

    record = store.restore_assessment(deleted)

    assert record.id == ids[which]
    assert rows(store_path) == before
    assert exported(store, tmp_path / "after.csv") == snapshot  # byte for byte
    assert store.organization_summaries() == listing


def test_the_latest_deleted_changes_the_list_and_the_peers(store: Store, tsia: MaturityModel):
    ids = filled(store, tsia)
    beta = store.organization(store.assessment(ids["beta"]).organization_id)
    acme = store.assessment(ids["done"]).organization_id
    assert store.peer_indices(tsia.id, acme) == [store.result(ids["beta"]).maturity_index]

    deleted = store.delete_assessment(ids["beta"])

    summary = next(s for s in store.organization_summaries() if s.id == beta.id)
    assert summary.assessments == 0 and summary.latest_assessed_on is None
    assert store.peer_indices(tsia.id, acme) == []  # the peers' kept indices were dropped
    store.restore_assessment(deleted)
    assert store.peer_indices(tsia.id, acme) == [store.result(ids["beta"]).maturity_index]


def test_an_unknown_assessment_is_not_found_and_nothing_changes(
    store: Store, store_path: Path, tsia: MaturityModel
):
    filled(store, tsia)
    before = rows(store_path)
    with pytest.raises(NotFoundError, match="no assessment with id 'nope'"):
        store.delete_assessment("nope")
    assert rows(store_path) == before


def test_restoring_twice_is_refused(store: Store, store_path: Path, tsia: MaturityModel):
    ids = filled(store, tsia)
    deleted = store.delete_assessment(ids["draft"])
    store.restore_assessment(deleted)
    before = rows(store_path)
    with pytest.raises(StoreError, match="is in this store already") as info:
        store.restore_assessment(deleted)
    assert "the assessment of 2026-01-02 cannot be put back" in str(info.value)
    assert rows(store_path) == before


def test_restoring_once_its_organization_is_gone_for_good_is_refused(
    store: Store, store_path: Path, tsia: MaturityModel
):
    ids = filled(store, tsia)
    deleted = store.delete_assessment(ids["draft"])
    store.delete_organization(deleted.organization_id)
    store.empty_trash()
    before = rows(store_path)
    with pytest.raises(StoreError, match="its organization is no longer in this store"):
        store.restore_assessment(deleted)
    assert rows(store_path) == before


def test_restoring_into_an_organization_in_the_trash_waits_there(store: Store, tsia):
    ids = filled(store, tsia)
    deleted = store.delete_assessment(ids["draft"])
    store.delete_organization(deleted.organization_id)
    store.restore_assessment(deleted)
    assert store.assessment(ids["draft"]).id == ids["draft"]
    store.restore_organization(deleted.organization_id)
    assert ids["draft"] in [a.id for a in store.assessments(deleted.organization_id)]


def test_an_assessment_another_was_carried_forward_from_can_be_deleted(
    store: Store,
    tsia_v1: MaturityModel,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
    tmp_path: Path,
):
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, tsia_v1, "Ann", date(2025, 1, 2))
    for criterion in tsia_v1.criteria[:5]:
        store.record_answer(old.id, criterion.id, 2)
    store.set_status(old.id, "complete")
    carried = store.carry_forward(old.id, tsia)

    store.delete_assessment(old.id)

    # The later one keeps where it came from, an id that names no assessment now.
    assert store.assessment(carried.id).carried_from == old.id
    assert store.scored(carried.id).answers  # still shown, its carried answers with it
    assert [s.assessments for s in store.organization_summaries()] == [1]
    assert build_report(store, carried.id).record.carried_from == old.id
    export_snapshot(store, tmp_path / "out.csv")
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, tmp_path / "out.csv", builtin_catalog)
        assert other.assessment(carried.id).carried_from == old.id


def test_an_assessment_whose_model_cannot_be_read_can_be_deleted_and_restored(
    tmp_path: Path, tsia: MaturityModel
):
    path = tmp_path / "holding.db"
    ids = store_holding(path, tsia, huge_levels(tsia.to_dict()))
    with Store.open(path) as store:
        listing = store.organization_summaries()
        assert [s.latest_placed_label for s in listing] == ["unreadable model", "Phase 1 Forming"]
        before = rows(path)

        deleted = store.delete_assessment(ids["bad"])

        assert len(deleted.answers) == 6
        bad_co = next(s for s in store.organization_summaries() if s.name == "Bad Co")
        assert bad_co.assessments == 1 and bad_co.latest_placed_label == "Phase 1 Forming"
        store.restore_assessment(deleted)
        assert rows(path) == before
        assert store.organization_summaries() == listing


def test_damage_found_in_the_background_stops_deleting_and_restoring(
    filled_store: Path, tsia: MaturityModel
):
    with Store.open(filled_store) as store:
        first, second = (a.id for a in store.assessments()[:2])
        deleted = store.delete_assessment(first)
    damage_last_page(filled_store)
    with Store.open(filled_store) as store:
        assert store.integrity.done.wait(WAIT_S)
        assert store.integrity.failure is not None
        before = hashlib.sha256(filled_store.read_bytes()).hexdigest()
        with pytest.raises(CorruptStoreError):
            store.delete_assessment(second)
        with pytest.raises(CorruptStoreError):
            store.restore_assessment(deleted)
        assert hashlib.sha256(filled_store.read_bytes()).hexdigest() == before


def test_what_is_removed_is_plain_frozen_values(store: Store, tsia: MaturityModel):
    ids = filled(store, tsia)
    deleted = store.delete_assessment(ids["draft"])
    assert deleted.position == "stage:performing" and deleted.status == "draft"
    assert deleted.assessed_on == "2026-01-02" and deleted.assessor == "Pat Lee"
    assert all(isinstance(a, AnswerRecord) for a in deleted.answers)
    assert [a.criterion_id for a in deleted.answers] == sorted(
        a.criterion_id for a in deleted.answers
    )
    with pytest.raises(AttributeError):
        deleted.status = "complete"  # type: ignore[misc]
