"""Laptops syncing through one real team server end up holding the same rows and exporting the
same snapshot: concurrent offline edits to the same answer, equal stamps, renames, the trash,
deletions and their undo, carried-forward answers, and a second server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sync_helpers import synced_rows
from team_server import TeamDatabase, TeamServer, team_database

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.sync.session import sync

# Each laptop signs in as its consultant: A and C as alice, B as bob.
ROLES = {"a": "alice", "b": "bob", "c": "alice"}
Sync = Callable[[Store], SyncOutcome]


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    stores = tuple(Store.open(tmp_path / f"{name}.db") for name in ROLES)
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def syncing_with(database: TeamDatabase) -> Sync:
    def run(store: Store) -> SyncOutcome:
        return sync(store, ServerAddress.parse(database.url(ROLES[store.path.stem])))

    return run


@pytest.fixture
def synced(team: TeamDatabase) -> Sync:
    """One sync of a laptop with the test's team server, as its consultant."""
    return syncing_with(team)


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


def server_tombstones(team: TeamDatabase) -> list[tuple[object, ...]]:
    return team.admin_sql("SELECT kind, id FROM csmaturity.tombstone ORDER BY 1, 2")


def newest_change_on(team: TeamDatabase) -> int:
    tables = ("organization", "model_version", "assessment", "answer", "tombstone")
    union = " UNION ALL ".join(f"SELECT change_seq FROM csmaturity.{t}" for t in tables)
    ((newest,),) = team.admin_sql(f"SELECT max(change_seq) FROM ({union}) AS changes")
    return int(newest)


def set_answer_stamp(store: Store, assessment_id: str, criterion_id: str, stamp: str) -> None:
    store.db.execute_sql(
        "UPDATE answer SET updated_at = ? WHERE assessment_id = ? AND criterion_id = ?",
        (stamp, assessment_id, criterion_id),
    )


def test_the_first_sync_sends_everything_and_later_ones_only_what_changed(
    store: Store, tsia: MaturityModel, team: TeamDatabase
):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    for criterion in tsia.criteria:
        store.record_answer(a.id, criterion.id, 2)
    sync(store, ServerAddress.parse(team.url("alice")))
    first = store.sync_state()
    assert first.ever_synced and first.pending == 0
    assert first.last_sent == 1 + 1 + 1 + len(tsia.criteria)  # model, org, assessment, answers
    assert first.pulled_seq == newest_change_on(team)

    store.record_answer(a.id, tsia.criteria[0].id, 3)
    with store.sync_transaction() as local:
        push = local.rows_to_push(everything=False)
        answers = list(push.answers)
        assert push.count == 2 and len(push.assessments) == 1
        assert [row[:3] for row in answers] == [(a.id, tsia.criteria[0].id, 3)]
        assert push.organizations == push.model_versions == push.tombstones == []


def test_three_laptops_converge_after_concurrent_edits_to_one_answer_and_its_records(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    ftworks: MaturityModel,
    synced: Sync,
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
        synced(s)
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

    outcomes = [synced(s) for s in (a, b, c)]
    listed_on_b = b.sync_conflicts()
    for s in (a, b):
        synced(s)
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
    laptops: tuple[Store, Store, Store], tsia: MaturityModel, synced: Sync, tmp_path: Path
):
    a, b, c = laptops
    org = a.create_organization("Acme")
    draft = a.create_assessment(org.id, tsia, "Ann")
    first = tsia.criteria[0].id
    a.record_answer(draft.id, first, 1)
    for s in (a, b, c):
        synced(s)
    # later than the stamps just made, within the allowance a pulled stamp may be ahead
    same = (datetime.now(UTC) + timedelta(hours=12)).isoformat(timespec="microseconds")
    for s, score in ((a, 3), (b, 1), (c, 2)):
        s.record_answer(draft.id, first, score, notes=f"score {score}")
        set_answer_stamp(s, draft.id, first, same)
    outcomes = [synced(s) for s in (b, a, c)]
    for s in (b, a):
        synced(s)
    converged(laptops, tmp_path)
    assert a.answers(draft.id)[first].score == 3
    assert outcomes[1].conflicts[0].winner == "here"  # A's 3 beats B's 1 at the same time
    assert outcomes[2].conflicts[0].winner == "server"  # C's 2 loses to A's 3


def test_the_trash_syncs_both_ways(
    laptops: tuple[Store, Store, Store], tsia: MaturityModel, synced: Sync, tmp_path: Path
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    a.create_assessment(org.id, tsia, "Ann")
    synced(a)
    synced(b)
    a.delete_organization(org.id)
    synced(a)
    synced(b)
    assert b.organizations() == []
    b.restore_organization(org.id)
    synced(b)
    synced(a)
    assert [o.name for o in a.organizations()] == ["Acme"]
    converged((a, b), tmp_path)


def test_a_deletion_wins_over_changes_made_elsewhere(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    team: TeamDatabase,
    synced: Sync,
    tmp_path: Path,
):
    a, b, c = laptops
    acme = a.create_organization("Acme")
    doomed = a.create_assessment(acme.id, tsia, "Ann")
    kept = a.create_assessment(acme.id, tsia, "Ann")
    gone = a.create_organization("Gone Ltd")
    gone_assessment = a.create_assessment(gone.id, tsia, "Ann")
    for s in (a, b, c):
        synced(s)

    a.delete_assessment(doomed.id)  # A deletes; B and C go on changing it, offline
    b.record_answer(doomed.id, tsia.criteria[0].id, 2)
    b.record_answer(doomed.id, tsia.criteria[1].id, 2)
    c.record_answer(gone_assessment.id, tsia.criteria[0].id, 1)
    c.delete_organization(gone.id)  # C empties the trash: gone for good
    c.empty_trash()
    b.record_answer(gone_assessment.id, tsia.criteria[2].id, 3)
    b.rename_organization(gone.id, "Gone, renamed")

    synced(a)
    from_c = synced(c)
    from_b = synced(b)
    for s in (a, c):
        synced(s)
    converged(laptops, tmp_path)

    assert from_c.dropped_by_deletion == 0
    # two answers of the assessment A deleted; an answer and the rename of the organization
    assert from_b.dropped_by_deletion == 2 + 2
    for s in laptops:
        assert {x.id for x in s.assessments()} == {kept.id}
        assert [o.name for o in s.organizations()] == ["Acme"]
    tombstones = server_tombstones(team)
    assert tombstones == sorted([("assessment", doomed.id), ("organization", gone.id)])
    for s in laptops:
        assert s.db.execute_sql("SELECT kind, id FROM tombstone").fetchall() == tombstones


def test_rows_pulled_under_a_record_deleted_here_are_dropped(
    laptops: tuple[Store, Store, Store], tsia: MaturityModel, synced: Sync, tmp_path: Path
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    synced(a)
    synced(b)
    a.record_answer(assessment.id, tsia.criteria[0].id, 2)
    a.set_position(assessment.id, "stage:norming")
    synced(a)
    b.delete_assessment(assessment.id)  # offline: B has not seen A's changes
    outcome = synced(b)
    assert outcome.dropped_by_deletion == 2  # the assessment and its answer
    synced(a)
    converged((a, b), tmp_path)
    assert a.assessments() == []


def test_undoing_a_deletion_brings_the_assessment_back_everywhere(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    team: TeamDatabase,
    synced: Sync,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    a.record_answer(assessment.id, tsia.criteria[0].id, 2, notes="kept")
    synced(a)
    synced(b)
    deleted = a.delete_assessment(assessment.id)
    synced(a)
    synced(b)
    assert b.assessments() == []
    a.restore_assessment(deleted)  # undo, after the deletion was sent
    assert a.db.execute_sql("SELECT count(*) FROM tombstone").fetchone() == (0,)
    synced(a)
    synced(b)
    assert b.answers(assessment.id)[tsia.criteria[0].id].notes == "kept"
    assert server_tombstones(team) == []
    converged((a, b), tmp_path)


def test_carried_forward_answers_travel_with_their_review_marks(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    tsia_v1: MaturityModel,
    synced: Sync,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    old = a.create_assessment(org.id, tsia_v1, "Ann", "2025-06-01")
    for criterion in tsia_v1.criteria:
        a.record_answer(old.id, criterion.id, 2)
    a.set_status(old.id, "complete")
    carried = a.carry_forward(old.id, tsia)
    synced(a)
    synced(b)
    marked = {c for c, x in b.answers(carried.id).items() if x.needs_review}
    assert marked and marked == {c for c, x in a.answers(carried.id).items() if x.needs_review}
    assert b.assessment(carried.id).carried_from == old.id
    b.record_answer(carried.id, sorted(marked)[0], 3)  # reviewed on B
    synced(b)
    synced(a)
    assert not a.answers(carried.id)[sorted(marked)[0]].needs_review
    converged((a, b), tmp_path)


def test_a_second_server_is_a_first_sync(
    laptops: tuple[Store, Store, Store],
    tsia: MaturityModel,
    team: TeamDatabase,
    team_server: TeamServer,
    tmp_path: Path,
):
    a, b, _ = laptops
    org = a.create_organization("Acme")
    a.create_assessment(org.id, tsia, "Ann")
    syncing_with(team)(a)
    with team_database(team_server) as second:
        to_second = syncing_with(second)
        again = to_second(a)  # everything is sent again, to the server that lacks it
        assert again.sent == 1 + 1 + 1  # the model, the organization, the assessment
        to_second(b)
        ((server_id,),) = second.admin_sql(
            "SELECT value FROM csmaturity.meta WHERE key = 'server_id'"
        )
        assert a.sync_state().server_id == server_id
        assert a.sync_state().server_url == second.url("alice")
        assert [o.name for o in b.organizations()] == ["Acme"]
        converged((a, b), tmp_path)
