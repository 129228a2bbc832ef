"""A store written by release 0.3.0 (schema 6, respondents), the last before targets,
roadmaps and private notes: it opens, upgrades after a backup, shows what that release showed
(results, respondents and their ratings, the consensus handed back to their median), and
still stands where it stood with its team server."""

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

EXPECTED = expected(6)


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(6, tmp_path) as store:
        yield store


def test_it_upgrades_after_a_backup_and_shows_the_same_results(old_store: Store, tmp_path: Path):
    assert old_store.file_schema_version() == opening.newest_schema_version()
    (backup,) = backups(tmp_path, 6)
    assert user_version(backup) == 6
    assert shown(old_store) == EXPECTED["assessments"]
    assert listed(old_store) == EXPECTED["organizations"]
    for model_id, indices in EXPECTED["peer_indices"].items():
        assert old_store.peer_indices(model_id, "") == pytest.approx(indices, abs=1e-12)
    (fresh,) = old_store.db.execute_sql(
        "SELECT count(*) FROM assessment AS a JOIN assessment_result AS r "
        "ON r.assessment_id = a.id AND r.assessment_updated_at = a.updated_at"
    ).fetchone()
    assert fresh == EXPECTED["summary_rows"]


def test_its_respondents_and_their_ratings_are_as_they_were(old_store: Store):
    assert EXPECTED["respondents"]
    for assessment_id, was in EXPECTED["respondents"].items():
        view = old_store.respondents_view(assessment_id)
        assert [p.name for p in view.respondents] == was["names"]
        assert sorted(view.from_respondents) == was["from_respondents"]
        ratings = {
            p.id: {
                c: [x.score, x.not_applicable, x.notes]
                for c, x in sorted(view.ratings.get(p.id, {}).items())
            }
            for p in view.respondents
        }
        assert ratings == was["ratings"]


def test_it_stands_where_it_stood_with_its_team_server(old_store: Store):
    state = old_store.sync_state()
    assert {name: getattr(state, name) for name in EXPECTED["sync_state"]} == (
        EXPECTED["sync_state"]
    )
    pending = old_store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending ORDER BY seq")
    assert [list(row) for row in pending] == EXPECTED["sync_pending"]
    tombstones = old_store.db.execute_sql("SELECT kind, id FROM tombstone ORDER BY kind, id")
    assert [list(row) for row in tombstones] == EXPECTED["tombstones"]


def test_its_answers_have_no_private_notes_yet(old_store: Store):
    (count,) = old_store.db.execute_sql(
        "SELECT count(*) FROM answer WHERE private_notes <> ''"
    ).fetchone()
    (answers,) = old_store.db.execute_sql("SELECT count(*) FROM answer").fetchone()
    assert count == 0 and answers > 100


def test_the_committed_file_is_left_as_it_was(old_store: Store):
    assert user_version(release_store(6)) == 6
