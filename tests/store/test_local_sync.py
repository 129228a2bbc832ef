"""The laptop's side of team sync, without any server: what a store records of its changes
once it has synced (its bookkeeping), what it reads to push, and that its sync transaction
rolls back on an exception. How pulled rows merge and stores converge is tested against the
real team server, in tests/sync/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import SYNCED_TABLES, Store

SERVER_ID = "6f1d2c3a-0000-4000-8000-000000000001"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    stores = tuple(Store.open(tmp_path / f"{name}.db") for name in ("a", "b"))
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def pending(store: Store) -> list[tuple[str, str, str]]:
    return store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending").fetchall()


def synced_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        t.name: sorted(
            store.db.execute_sql(f"SELECT {', '.join(t.columns)} FROM {t.name}").fetchall(),
            key=repr,
        )
        for t in SYNCED_TABLES
    }


def record_a_sync(store: Store) -> None:
    """What a sync that sent everything writes here at its end (`LocalSync.finish`), without a
    server: from now on the store keeps track of its changes."""
    with store.sync_transaction() as local:
        sent = local.rows_to_push(everything=True).count
        local.finish(SERVER_ID, "postgresql://alice@team.example/csm", 1, sent, 0, [])


# -- what a store records


def test_a_store_that_never_synced_records_nothing(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    for criterion in tsia.criteria[:5]:
        store.record_answer(a.id, criterion.id, 2, notes="seen")
    store.rename_organization(org.id, "Acme Ltd")
    store.set_position(a.id, "stage:norming")
    store.set_status(a.id, "complete")
    deleted = store.delete_assessment(a.id)
    store.restore_assessment(deleted)
    store.delete_assessment(a.id)
    store.delete_organization(org.id)
    store.empty_trash()

    assert pending(store) == []
    assert store.db.execute_sql("SELECT count(*) FROM tombstone").fetchone() == (0,)
    state = store.sync_state()
    assert not state.ever_synced and state.pending == 0 and state.server_url == ""


def test_once_synced_an_answer_costs_one_pending_upsert(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    connection = store.db.connection()
    before = connection.total_changes
    store.record_answer(a.id, tsia.criteria[0].id, 1)
    unsynced = connection.total_changes - before
    record_a_sync(store)

    before = connection.total_changes
    store.record_answer(a.id, tsia.criteria[1].id, 1)
    # the counter that numbers pending rows, and the one pending row: nothing more
    assert connection.total_changes - before == unsynced + 2
    assert pending(store) == [("answer", a.id, tsia.criteria[1].id)]
    store.record_answer(a.id, tsia.criteria[2].id, 1)
    store.record_answer(a.id, tsia.criteria[1].id, 3)
    seqs = store.db.execute_sql("SELECT key2, seq FROM sync_pending ORDER BY seq").fetchall()
    assert seqs == [(tsia.criteria[2].id, 2), (tsia.criteria[1].id, 3)]
    assert store.sync_state().pending == 2


def test_rows_to_push_reads_the_pending_rows_not_the_whole_store(
    tmp_path: Path, tsia: MaturityModel
):
    def work_for_one_change(assessments: int) -> int:
        with Store.open(tmp_path / f"{assessments}.db") as store:
            org = store.create_organization("Acme")
            for _ in range(assessments):
                a = store.create_assessment(org.id, tsia, "Ann")
                for criterion in tsia.criteria:
                    store.record_answer(a.id, criterion.id, 2)
            record_a_sync(store)
            store.record_answer(a.id, tsia.criteria[0].id, 3)
            steps = 0

            def count() -> int:
                nonlocal steps
                steps += 1
                return 0

            connection = store.db.connection()
            with store.sync_transaction() as local:
                connection.set_progress_handler(count, 10)
                push = local.rows_to_push(everything=False)
                assert len(list(push.answers)) == 1
                connection.set_progress_handler(None, 10)
            return steps

    small, big = work_for_one_change(1), work_for_one_change(12)
    assert big <= small + 5  # SQLite's steps: the same, whatever the store holds


# -- the laptop's transaction


def test_sync_transaction_rolls_everything_back_on_an_exception(
    laptops: tuple[Store, Store], tsia: MaturityModel
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    a.record_answer(assessment.id, tsia.criteria[0].id, 2)
    with a.sync_transaction() as local:  # A's rows, as B would receive them
        rows = local.rows_to_push(everything=True)
        answers = list(rows.answers)
    before = synced_rows(b)

    class Dropped(Exception):
        pass

    with pytest.raises(Dropped), b.sync_transaction() as local:
        merged = local.merge_pulled(
            SERVER_ID,
            rows.organizations,
            rows.model_versions,
            rows.assessments,
            iter(answers),
            rows.tombstones,
        )
        assert merged.merge.answers.new == 1  # merged, inside the transaction
        local.finish(SERVER_ID, "postgresql://bob@team.example/csm", 4, 0, 4, [])
        raise Dropped

    assert synced_rows(b) == before
    assert not b.sync_state().ever_synced
    assert b.organizations() == []


def test_what_is_deleted_here_leaves_only_its_tombstone_to_send(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    record_a_sync(store)
    first = store.create_assessment(org.id, tsia, "Ann")
    second = store.create_assessment(org.id, tsia, "Ann")
    for assessment in (first, second):
        store.record_answer(assessment.id, tsia.criteria[0].id, 2)
    store.rename_organization(org.id, "Acme Ltd")
    store.delete_assessment(first.id)
    (digest,) = store.model_versions()  # new with the first assessment: it stays
    assert sorted(pending(store)) == sorted(
        [
            ("model_version", digest, ""),
            ("organization", org.id, ""),
            ("assessment", second.id, ""),
            ("answer", second.id, tsia.criteria[0].id),
            ("tombstone", "assessment", first.id),
        ]
    )
    store.delete_organization(org.id)
    store.empty_trash()
    assert sorted(pending(store)) == [
        ("model_version", digest, ""),
        ("tombstone", "assessment", first.id),
        ("tombstone", "organization", org.id),
    ]
    assert store.sync_state().pending == 3
