"""How a sync merges, against a real team server: the winner's whole row, results kept fresh,
no echo of what was just pulled, conflicts on records listed, deletions told apart."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sync_helpers import populate, snapshot_bytes, store_content, sync_with

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def test_the_winner_takes_the_whole_row_so_creation_times_converge(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    """B holds the same records with other creation times and another carried_from (as a
    snapshot without those columns leaves them): both end up with the same rows."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme", criteria=2)
    shutil.copy(a, b)
    db = sqlite3.connect(b)
    with db:
        db.execute("UPDATE organization SET created_at = '2026-01-01T00:00:00.000000+00:00'")
        db.execute(
            "UPDATE assessment SET created_at = '2026-01-01T00:00:00.000000+00:00', "
            "carried_from = '00000000-0000-4000-8000-000000000000'"
        )
        db.execute("UPDATE model_version SET created_at = '2026-01-02T00:00:00.000000+00:00'")
    db.close()
    for path, role in ((a, "alice"), (b, "bob"), (a, "alice"), (b, "bob")):
        sync_with(path, team.url(role))
    assert store_content(a) == store_content(b)
    assert snapshot_bytes(a, tmp_path) == snapshot_bytes(b, tmp_path)
    versions = "SELECT id, created_at FROM model_version"
    with sqlite3.connect(a) as da, sqlite3.connect(b) as db_b:
        assert da.execute(versions).fetchall() == db_b.execute(versions).fetchall()


def test_answers_pulled_without_their_assessment_refresh_its_results(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    """B's answer reaches A alone (the server skipped B's copy of the assessment, equal to
    its own): A's stored result must not stay as it was."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme", criteria=3)
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    first, second = tsia.criteria[0].id, tsia.criteria[1].id
    with Store.open(b) as store:
        store.record_answer(assessment_id, second, 3, notes="b")
    with Store.open(a) as store:
        store.record_answer(assessment_id, first, 0, notes="a")  # later than B's
        store.result_summaries([assessment_id])  # scored and kept
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    back = sync_with(a, team.url("alice"))
    assert back.merge is not None and back.merge.assessments.total == 0  # the answer alone
    assert store_content(a) == store_content(b)
    with Store.open(a) as store:
        kept = store.result_summaries([assessment_id])[assessment_id]
        fresh = store.result(assessment_id).maturity_index
    with Store.open(b) as store:
        other = store.result_summaries([assessment_id])[assessment_id]
    assert kept.maturity_index == fresh == other.maturity_index


def test_rows_just_pulled_are_not_pushed_back(team, tmp_path: Path, tsia: MaturityModel) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme", criteria=1)
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(a) as store:
        populate(store, tsia, "Globex", criteria=30)
    sync_with(a, team.url("alice"))
    with Store.open(b) as store:
        store.rename_organization(store.assessment(assessment_id).organization_id, "Acme Ltd")
    outcome = sync_with(b, team.url("bob"))
    assert outcome.received >= 32  # the organization, its assessment, its 30 answers
    assert (outcome.pushed_rows, outcome.sent) == (1, 1)  # the rename alone
    with Store.open(a) as store:
        populate(store, tsia, "Initech", criteria=30)
    sync_with(a, team.url("alice"))
    only_pulled = sync_with(b, team.url("bob"))
    assert only_pulled.received >= 32 and only_pulled.pushed_rows == 0
    with Store.open(b) as store:
        assert store.sync_state().pending == 0
    assert store_content(a) == store_content(b)


def test_a_first_sync_sends_only_what_the_server_lacks(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme", criteria=30)
    sync_with(a, team.url("alice"))
    with Store.open(b) as store:
        populate(store, tsia, "Globex", criteria=2)  # never synced: no pending entries
    first = sync_with(b, team.url("bob"))
    assert first.received >= 32
    assert first.pushed_rows == 4  # B's organization, assessment and 2 answers, not A's
    sync_with(a, team.url("alice"))
    assert store_content(a) == store_content(b)


def test_record_conflicts_are_listed_in_the_sync(team, tmp_path: Path, tsia: MaturityModel) -> None:
    """B completes the assessment and renames the client; A, later, renames it too and moves
    a page: B's sync says which of its changes lost, in words of the team server."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme", criteria=2)
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(b) as store:
        store.set_status(assessment_id, "complete")
        store.rename_organization(store.assessment(assessment_id).organization_id, "Acme B")
    with Store.open(a) as store:
        store.set_position(assessment_id, "stage-2")
        store.rename_organization(store.assessment(assessment_id).organization_id, "Acme A")
    sync_with(a, team.url("alice"))
    outcome = sync_with(b, team.url("bob"))
    assert len(outcome.record_conflicts) == 2
    organization, assessment = outcome.record_conflicts
    assert "'Acme B' here and 'Acme A' on the team server" in organization
    assert "status 'complete' here, 'draft' on the team server" in assessment
    assert assessment.endswith("kept as on the team server")
    lines = outcome.describe()
    assert "records changed on both sides:" in lines
    assert not any("in the file" in line for line in lines)
    assert store_content(a) == store_content(b)


def test_deletions_count_what_was_lost_here_apart_from_what_was_received(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        mine = populate(store, tsia, "Acme", criteria=2)
        theirs = populate(store, tsia, "Globex", criteria=2)
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    criterion = tsia.criteria[0].id
    with Store.open(a) as store:
        store.delete_assessment(mine)  # A deletes what B changes
        store.record_answer(theirs, criterion, 3, notes="A's change")
    with Store.open(b) as store:
        store.record_answer(mine, criterion, 3, notes="B's lost change")
        store.delete_assessment(theirs)  # B deletes what A changed
    sync_with(a, team.url("alice"))
    outcome = sync_with(b, team.url("bob"))
    assert outcome.dropped_here == 1  # B's answer to the assessment A deleted
    assert outcome.dropped_pulled == 2  # A's changed answer and its assessment
    lines = outcome.describe()
    assert any(line.startswith("1 changes made here were to records deleted") for line in lines)
    assert any(line.startswith("2 rows received were of records deleted here") for line in lines)
    sync_with(a, team.url("alice"))
    assert store_content(a) == store_content(b)
