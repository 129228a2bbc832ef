"""A store written by the last version before respondents (schema 5, team sync), one that has
synced and changed since: it opens, upgrades after a backup, shows what that version showed,
and still stands where it stood with its team server (what it pulled, what waits to be sent,
its deletions and last conflicts); once upgraded, respondents' changes wait to be sent too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from release_stores import (
    backups,
    expected,
    listed,
    opened_copy,
    release_store,
    shown,
    user_version,
)

from csmaturity_app.store import Store, opening
from csmaturity_app.store.synced import ANSWERS

EXPECTED = expected(5)


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(5, tmp_path) as store:
        yield store


def test_it_upgrades_after_a_backup_and_shows_the_same_results(old_store: Store, tmp_path: Path):
    assert old_store.file_schema_version() == opening.newest_schema_version()
    (backup,) = backups(tmp_path, 5)
    assert user_version(backup) == 5
    assert shown(old_store) == EXPECTED["assessments"]
    assert listed(old_store) == EXPECTED["organizations"]
    for model_id, indices in EXPECTED["peer_indices"].items():
        assert old_store.peer_indices(model_id, "") == pytest.approx(indices, abs=1e-12)
    (fresh,) = old_store.db.execute_sql(
        "SELECT count(*) FROM assessment AS a JOIN assessment_result AS r "
        "ON r.assessment_id = a.id AND r.assessment_updated_at = a.updated_at"
    ).fetchone()
    assert fresh == EXPECTED["summary_rows"]


def test_it_stands_where_it_stood_with_its_team_server(old_store: Store):
    state = old_store.sync_state()
    assert {name: getattr(state, name) for name in EXPECTED["sync_state"]} == (
        EXPECTED["sync_state"]
    )
    pending = old_store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending ORDER BY seq")
    assert [list(row) for row in pending] == EXPECTED["sync_pending"]
    tombstones = old_store.db.execute_sql("SELECT kind, id FROM tombstone ORDER BY kind, id")
    assert [list(row) for row in tombstones] == EXPECTED["tombstones"]
    conflicts = [
        [c.assessment_id, c.criterion_id, c.here.score, c.server.score, c.winner]
        for c in old_store.sync_conflicts()
    ]
    assert conflicts == EXPECTED["sync_conflicts"]


def test_what_waits_to_be_sent_is_sent_with_answers_set_by_their_assessor(old_store: Store):
    with old_store.sync_transaction() as local:
        push = local.rows_to_push(everything=False)
        answers = list(push.answers)
        assert push.respondents == push.respondent_answers == []
        assert [list(t[:2]) for t in push.tombstones] == EXPECTED["tombstones"]
    waiting = [p for p in EXPECTED["sync_pending"] if p[0] == "answer"]
    assert sorted([a[0], a[1]] for a in answers) == sorted([p[1], p[2]] for p in waiting)
    median, private = ANSWERS.index("from_respondents"), ANSWERS.index("private_notes")
    assert {a[median] for a in answers} == {0}  # none is a median
    assert {a[private] for a in answers} == {""}  # none has private notes yet


def test_respondents_added_after_the_upgrade_wait_to_be_sent(old_store: Store):
    draft = EXPECTED["later_draft"]
    before = old_store.sync_state().pending
    pat = old_store.add_respondent(draft, "Pat Lee", "CSM")
    model = old_store.scored(draft).model
    old_store.record_respondent_answer(pat.id, model.criteria[0].id, 3)
    waiting = old_store.db.execute_sql(
        "SELECT tbl, key1 FROM sync_pending WHERE tbl LIKE 'respondent%'"
    ).fetchall()
    assert ("respondent", pat.id) in waiting and ("respondent_answer", pat.id) in waiting
    assert old_store.sync_state().pending > before


def test_the_committed_file_is_left_as_it_was(old_store: Store):
    assert user_version(release_store(5)) == 5
