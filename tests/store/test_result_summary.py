"""The stored summary of results (`store.summary`): lists and peers read it, a stale row is
never used, and a read that cannot write it back still answers."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, summary

TSIA = "tsia-4-phases"


@pytest.fixture
def tsia(tsia_v1: MaturityModel) -> MaturityModel:
    """1.0.0 (threshold 0.75): Forming all 3 places Phase 1, index 1.0."""
    return tsia_v1


def completed(store: Store, name: str, tsia: MaturityModel, score: int) -> str:
    """An organization whose one assessment rates every Forming criterion `score`."""
    org = store.create_organization(name)
    a = store.create_assessment(org.id, tsia, "Ann", date(2024, 1, 1))
    for criterion in tsia.criteria_of_stage("forming"):
        store.record_answer(a.id, criterion.id, score)
    store.set_status(a.id, "complete")
    return a.id


def stored(path: Path) -> dict[str, float]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT assessment_id, maturity_index FROM assessment_result"))
    finally:
        conn.close()


def test_a_read_writes_back_what_it_scored_and_the_next_reads_use_it(
    store: Store, store_path: Path, tsia: MaturityModel
):
    acme = completed(store, "Acme", tsia, 3)
    beta = completed(store, "Beta", tsia, 0)
    assert stored(store_path) == {}  # writers drop rows; only reads fill them
    listed = store.organization_summaries()
    assert [(s.name, s.latest_maturity_index) for s in listed] == [("Acme", 1.0), ("Beta", 0.0)]
    assert stored(store_path) == {acme: 1.0, beta: 0.0}
    # A row is read, not scored again: one changed behind the store's back shows as stored.
    conn = sqlite3.connect(store_path)
    with conn:
        conn.execute(
            "UPDATE assessment_result SET maturity_index = 0.5 WHERE assessment_id = ?", (beta,)
        )
    conn.close()
    with Store.open(store_path) as other:
        assert other.organization_summaries()[1].latest_maturity_index == 0.5
        assert other.peer_indices(TSIA, "") == [0.5, 1.0]


def test_every_writer_of_answers_or_status_drops_the_row(
    store: Store, store_path: Path, tsia: MaturityModel
):
    acme = completed(store, "Acme", tsia, 3)
    store.peer_indices(TSIA, "")
    assert acme in stored(store_path)
    store.set_status(acme, "draft")
    assert acme not in stored(store_path)
    store.organization_summaries()
    assert acme in stored(store_path)
    store.record_answer(acme, "S01", 3)
    assert acme not in stored(store_path)
    store.organization_summaries()
    store.record_notes(acme, "S01", "seen")
    assert acme not in stored(store_path)
    # Forming all 3, one Storming criterion of nine 3: 1 + 3/27
    assert store.organization_summaries()[0].latest_maturity_index == pytest.approx(1 + 1 / 9)


def test_a_row_whose_stamp_no_longer_matches_is_never_used(
    store: Store, store_path: Path, tsia: MaturityModel
):
    """A writer that did not go through the store (another program): the assessment's
    `updated_at` moved, so its stored row is stale and the assessment is scored again."""
    acme = completed(store, "Acme", tsia, 3)
    assert store.peer_indices(TSIA, "") == [1.0]
    conn = sqlite3.connect(store_path)
    with conn:
        conn.execute("UPDATE answer SET score = 0 WHERE assessment_id = ?", (acme,))
        conn.execute("UPDATE assessment SET updated_at = ? WHERE id = ?", ("2099-01-01", acme))
    conn.close()
    assert store.peer_indices(TSIA, "") == [0.0]
    assert store.organization_summaries()[0].latest_maturity_index == 0.0
    assert stored(store_path) == {acme: 0.0}


def test_a_locked_store_is_read_without_writing_back(
    store: Store, store_path: Path, tsia: MaturityModel
):
    completed(store, "Acme", tsia, 3)
    writer = sqlite3.connect(store_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert store.organization_summaries()[0].latest_maturity_index == 1.0
        assert store.peer_indices(TSIA, "") == [1.0]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert stored(store_path) == {}
    store.organization_summaries()  # free again: written back
    assert len(stored(store_path)) == 1


def test_a_read_inside_a_transaction_does_not_write_back(
    store: Store, store_path: Path, tsia: MaturityModel
):
    completed(store, "Acme", tsia, 3)
    with store.reading():
        assert store.organization_summaries()[0].latest_maturity_index == 1.0
    assert stored(store_path) == {}


def test_rows_go_with_their_assessments(store: Store, store_path: Path, tsia: MaturityModel):
    acme = completed(store, "Acme", tsia, 3)
    store.organization_summaries()
    store.delete_organization(store.assessment(acme).organization_id)
    store.empty_trash()
    assert stored(store_path) == {}


def test_scores_read_before_another_connection_committed_are_not_written_back(
    store: Store, store_path: Path, tsia: MaturityModel
):
    """Another connection's change may drop a row without moving its stamp (a merge keeps the
    newest `updated_at` of two stores): what was scored before it is not kept."""
    acme = completed(store, "Acme", tsia, 3)
    (digest,) = store.model_versions()
    scored = summary.ResultSummary(1, "Phase 1 Forming", 1.0, 8, 36)
    row = (acme, digest, store.assessment(acme).updated_at, scored)
    (before,) = store.db.execute_sql("PRAGMA data_version").fetchone()
    with Store.open(store_path) as other:
        other.set_position(acme, "elsewhere")
    assert not summary.write_back(store.db, [row], before, store.busy_timeout_ms)
    assert stored(store_path) == {}
    (now,) = store.db.execute_sql("PRAGMA data_version").fetchone()
    assert summary.write_back(store.db, [row], now, store.busy_timeout_ms)
    assert stored(store_path) == {acme: 1.0}


def test_a_merged_snapshot_that_changes_an_assessment_shows_in_the_list(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    acme = completed(store, "Acme", tsia, 3)
    assert store.organization_summaries()[0].latest_maturity_index == 1.0
    export_snapshot(store, tmp_path / "here.csv")
    with Store.open(tmp_path / "laptop.db") as laptop:  # another laptop re-rates it
        import_snapshot(laptop, tmp_path / "here.csv", builtin_catalog)
        laptop.set_status(acme, "draft")
        for criterion in tsia.criteria_of_stage("forming"):
            laptop.record_answer(acme, criterion.id, 0)
        laptop.set_status(acme, "complete")
        export_snapshot(laptop, tmp_path / "laptop.csv")
    outcome = import_snapshot(store, tmp_path / "laptop.csv", builtin_catalog)
    assert outcome.applied and outcome.assessments.updated == 1
    assert store.organization_summaries()[0].latest_maturity_index == 0.0
    assert store.peer_indices(TSIA, "") == [0.0]


def test_result_summaries_read_what_is_stored_and_follow_each_answer(
    store: Store, store_path: Path, tsia: MaturityModel
):
    acme = completed(store, "Acme", tsia, 3)
    first = store.result_summaries([acme, "no-such-assessment"])
    assert list(first) == [acme]
    assert (first[acme].placed_label, first[acme].maturity_index) == ("Phase 1 Forming", 1.0)
    assert first[acme].answered == len(tsia.criteria_of_stage("forming"))
    assert stored(store_path) == {acme: 1.0}  # kept: the next read scores nothing
    store.set_status(acme, "draft")
    for criterion in tsia.criteria_of_stage("forming")[:3]:  # 5 x 3 of 24: below three quarters
        store.record_answer(acme, criterion.id, 0)
    again = store.result_summaries([acme])[acme]
    assert again.maturity_index < 1.0 and again.placed_label != "Phase 1 Forming"
