"""The laptop's side of team sync, with the server played by `TeamReplica` (a replica in
memory with a change sequence, as the real one): what a store records of its changes, how
pulled rows merge (newest wins, ties to the larger values, deletion wins), and that stores
syncing through one server end up holding the same rows and exporting the same snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from team_replica import TeamReplica, sync, synced_rows

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


@pytest.fixture
def server() -> TeamReplica:
    return TeamReplica()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    stores = tuple(Store.open(tmp_path / f"{name}.db") for name in ("a", "b", "c"))
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def pending(store: Store) -> list[tuple[str, str, str]]:
    return store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending").fetchall()


def exported(store: Store, path: Path) -> bytes:
    export_snapshot(store, path)
    return path.read_bytes()


def converged(stores: tuple[Store, ...], tmp_path: Path) -> None:
    """The same synced rows in every store, and byte-identical snapshots."""
    first, *others = stores
    for other in others:
        assert synced_rows(other) == synced_rows(first)
    files = [exported(s, tmp_path / f"export-{n}.csv") for n, s in enumerate(stores)]
    assert all(f == files[0] for f in files)


def set_answer_stamp(store: Store, assessment_id: str, criterion_id: str, stamp: str) -> None:
    store.db.execute_sql(
        "UPDATE answer SET updated_at = ? WHERE assessment_id = ? AND criterion_id = ?",
        (stamp, assessment_id, criterion_id),
    )


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


def test_once_synced_an_answer_costs_one_pending_upsert(
    store: Store, tsia: MaturityModel, server: TeamReplica
):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    connection = store.db.connection()
    before = connection.total_changes
    store.record_answer(a.id, tsia.criteria[0].id, 1)
    unsynced = connection.total_changes - before
    sync(store, server)

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


def test_the_first_sync_sends_everything_and_later_ones_only_what_changed(
    store: Store, tsia: MaturityModel, server: TeamReplica
):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    for criterion in tsia.criteria:
        store.record_answer(a.id, criterion.id, 2)
    sync(store, server)
    first = store.sync_state()
    assert first.ever_synced and first.pending == 0
    assert first.last_sent == 1 + 1 + 1 + len(tsia.criteria)  # model, org, assessment, answers
    assert first.pulled_seq == server.seq

    store.record_answer(a.id, tsia.criteria[0].id, 3)
    with store.sync_transaction() as local:
        push = local.rows_to_push(everything=False)
        answers = list(push.answers)
        assert push.count == 2 and len(push.assessments) == 1
        assert [row[:3] for row in answers] == [(a.id, tsia.criteria[0].id, 3)]
        assert push.organizations == push.model_versions == push.tombstones == []


def test_rows_to_push_reads_the_pending_rows_not_the_whole_store(
    tmp_path: Path, tsia: MaturityModel
):
    def work_for_one_change(assessments: int) -> int:
        server = TeamReplica()
        with Store.open(tmp_path / f"{assessments}.db") as store:
            org = store.create_organization("Acme")
            for _ in range(assessments):
                a = store.create_assessment(org.id, tsia, "Ann")
                for criterion in tsia.criteria:
                    store.record_answer(a.id, criterion.id, 2)
            sync(store, server)
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
    laptops: tuple[Store, Store, Store], tsia: MaturityModel, server: TeamReplica
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    a.record_answer(assessment.id, tsia.criteria[0].id, 2)
    sync(a, server)
    before = synced_rows(b)

    class Dropped(Exception):
        pass

    with pytest.raises(Dropped), b.sync_transaction() as local:
        pulled = server.pull(0)
        local.merge_pulled(
            server.id,
            pulled["organization"],
            pulled["model_version"],
            pulled["assessment"],
            iter(pulled["answer"]),
            pulled["tombstone"],
        )
        local.finish(server.id, "fake://team", server.seq, 0, 4, [])
        raise Dropped

    assert synced_rows(b) == before
    assert not b.sync_state().ever_synced
    assert b.organizations() == []


# -- merging: the one rule


def test_three_laptops_converge_after_concurrent_offline_edits(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    ftworks: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, c = laptops
    acme = a.create_organization("Acme")
    draft = a.create_assessment(acme.id, tsia, "Ann", "2026-01-10")
    for criterion in tsia.criteria[:10]:
        a.record_answer(draft.id, criterion.id, 1, notes="first look")
    nord = b.create_organization("Nordlicht")
    other = b.create_assessment(nord.id, ftworks, "Bea", "2026-02-01")
    b.record_answer(other.id, ftworks.criteria[0].id, 2)
    for s in (a, b, c, a, b):
        sync(s, server)
    converged(laptops, tmp_path)

    # Offline: all three change the same answer, two rename, one moves the wizard on,
    # one completes another assessment, one adds a new organization.
    first = tsia.criteria[0].id
    a.record_answer(draft.id, first, 2, notes="A's view")
    b.record_answer(draft.id, first, 3, notes="B's view")
    c.record_answer(draft.id, first, 0, notes="C's view, last")
    a.rename_organization(acme.id, "Acme (A)")
    c.rename_organization(acme.id, "Acme (C)")
    b.set_position(draft.id, "stage:storming")
    c.record_answer(other.id, ftworks.criteria[1].id, 3)
    c.set_status(other.id, "complete")
    b.create_organization("Brand new")

    outcomes = [sync(s, server) for s in (a, b, c)]
    listed_on_b = b.sync_conflicts()
    for s in (a, b):
        sync(s, server)
    converged(laptops, tmp_path)

    answer = a.answers(draft.id)[first]
    assert (answer.score, answer.notes) == (0, "C's view, last")
    assert a.organization(acme.id).name == "Acme (C)"
    assert a.assessment(draft.id).position == "stage:storming"
    assert a.assessment(other.id).status == "complete"
    # B changed the answer A had sent: listed, with both copies and the winner
    (conflict,) = outcomes[1].conflicts
    assert conflict.criterion_id == first and conflict.winner == "here"
    assert (conflict.here.score, conflict.server.score) == (3, 2)
    assert listed_on_b == outcomes[1].conflicts
    assert b.sync_conflicts() == []  # replaced by its last sync's: none
    # C's copy was newer than the one pulled: it wins, and the server's loses
    (conflict,) = outcomes[2].conflicts
    assert (conflict.here.notes, conflict.server.notes, conflict.winner) == (
        "C's view, last",
        "B's view",
        "here",
    )


def test_equal_stamps_go_to_the_larger_values_on_every_laptop(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, c = laptops
    org = a.create_organization("Acme")
    draft = a.create_assessment(org.id, tsia, "Ann")
    first = tsia.criteria[0].id
    a.record_answer(draft.id, first, 1)
    for s in (a, b, c):
        sync(s, server)
    same = "2030-01-01T00:00:00.000000+00:00"
    for s, score in ((a, 3), (b, 1), (c, 2)):
        s.record_answer(draft.id, first, score, notes=f"score {score}")
        set_answer_stamp(s, draft.id, first, same)
    outcomes = [sync(s, server) for s in (b, a, c)]
    for s in (b, a):
        sync(s, server)
    converged(laptops, tmp_path)
    assert a.answers(draft.id)[first].score == 3
    assert outcomes[1].conflicts[0].winner == "here"  # A's 3 beats B's 1 at the same time
    assert outcomes[2].conflicts[0].winner == "server"  # C's 2 loses to A's 3


def test_the_trash_syncs_both_ways(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    a.create_assessment(org.id, tsia, "Ann")
    sync(a, server)
    sync(b, server)
    a.delete_organization(org.id)
    sync(a, server)
    sync(b, server)
    assert b.organizations() == []
    b.restore_organization(org.id)
    sync(b, server)
    sync(a, server)
    assert [o.name for o in a.organizations()] == ["Acme"]
    converged((a, b), tmp_path)


def test_a_deletion_wins_over_changes_made_elsewhere(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, c = laptops
    acme = a.create_organization("Acme")
    doomed = a.create_assessment(acme.id, tsia, "Ann")
    kept = a.create_assessment(acme.id, tsia, "Ann")
    gone = a.create_organization("Gone Ltd")
    gone_assessment = a.create_assessment(gone.id, tsia, "Ann")
    for s in (a, b, c):
        sync(s, server)

    a.delete_assessment(doomed.id)  # A deletes; B and C go on changing it, offline
    b.record_answer(doomed.id, tsia.criteria[0].id, 2)
    b.record_answer(doomed.id, tsia.criteria[1].id, 2)
    c.record_answer(gone_assessment.id, tsia.criteria[0].id, 1)
    c.delete_organization(gone.id)  # C empties the trash: gone for good
    c.empty_trash()
    b.record_answer(gone_assessment.id, tsia.criteria[2].id, 3)
    b.rename_organization(gone.id, "Gone, renamed")

    sync(a, server)
    from_c = sync(c, server)
    from_b = sync(b, server)
    for s in (a, c):
        sync(s, server)
    converged(laptops, tmp_path)

    assert from_c.dropped_by_deletion == 0
    # two answers of the assessment A deleted; an answer and the rename of the organization
    assert from_b.dropped_by_deletion == 2 + 2
    for s in laptops:
        assert {x.id for x in s.assessments()} == {kept.id}
        assert [o.name for o in s.organizations()] == ["Acme"]
    tombstones = {(kind, record_id) for kind, record_id, _ in server.pull(0)["tombstone"]}
    assert tombstones == {("assessment", doomed.id), ("organization", gone.id)}
    for s in laptops:
        assert s.db.execute_sql("SELECT kind, id FROM tombstone").fetchall() == sorted(tombstones)


def test_rows_pulled_under_a_record_deleted_here_are_dropped(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    sync(a, server)
    sync(b, server)
    a.record_answer(assessment.id, tsia.criteria[0].id, 2)
    a.set_position(assessment.id, "stage:norming")
    sync(a, server)
    b.delete_assessment(assessment.id)  # offline: B has not seen A's changes
    outcome = sync(b, server)
    assert outcome.dropped_by_deletion == 2  # the assessment and its answer
    sync(a, server)
    converged((a, b), tmp_path)
    assert a.assessments() == []


def test_undoing_a_deletion_brings_the_assessment_back_everywhere(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    a.record_answer(assessment.id, tsia.criteria[0].id, 2, notes="kept")
    sync(a, server)
    sync(b, server)
    deleted = a.delete_assessment(assessment.id)
    sync(a, server)
    sync(b, server)
    assert b.assessments() == []
    a.restore_assessment(deleted)  # undo, after the deletion was sent
    assert a.db.execute_sql("SELECT count(*) FROM tombstone").fetchone() == (0,)
    sync(a, server)
    sync(b, server)
    assert b.answers(assessment.id)[tsia.criteria[0].id].notes == "kept"
    assert server.pull(0)["tombstone"] == []
    converged((a, b), tmp_path)


def test_carried_forward_answers_travel_with_their_review_marks(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    tsia_v1: MaturityModel,
    server: TeamReplica,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    old = a.create_assessment(org.id, tsia_v1, "Ann", "2025-06-01")
    for criterion in tsia_v1.criteria:
        a.record_answer(old.id, criterion.id, 2)
    a.set_status(old.id, "complete")
    carried = a.carry_forward(old.id, tsia)
    sync(a, server)
    sync(b, server)
    marked = {c for c, x in b.answers(carried.id).items() if x.needs_review}
    assert marked and marked == {c for c, x in a.answers(carried.id).items() if x.needs_review}
    assert b.assessment(carried.id).carried_from == old.id
    b.record_answer(carried.id, sorted(marked)[0], 3)  # reviewed on B
    sync(b, server)
    sync(a, server)
    assert not a.answers(carried.id)[sorted(marked)[0]].needs_review
    converged((a, b), tmp_path)


def test_a_second_server_is_a_first_sync(
    laptops: tuple[Store, Store, Store], tsia: MaturityModel, tmp_path: Path
):
    a, b, _ = laptops
    first, second = TeamReplica(), TeamReplica()
    org = a.create_organization("Acme")
    a.create_assessment(org.id, tsia, "Ann")
    sync(a, first)
    sync(a, second)  # everything is sent again, to the server that lacks it
    sync(b, second)
    assert a.sync_state().server_id == second.id
    converged((a, b), tmp_path)


def test_what_is_deleted_here_leaves_only_its_tombstone_to_send(
    store: Store, tsia: MaturityModel, server: TeamReplica
):
    org = store.create_organization("Acme")
    sync(store, server)
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
