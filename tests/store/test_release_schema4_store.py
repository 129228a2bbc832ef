"""A store written by the last version before team sync (schema 4, with the stored summary
of results): it opens, upgrades after a backup, keeps its summary rows, and shows what that
version showed."""

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

EXPECTED = expected(4)


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(4, tmp_path) as store:
        yield store


def test_it_upgrades_after_a_backup_and_shows_the_same_results(old_store: Store, tmp_path: Path):
    assert old_store.file_schema_version() == opening.newest_schema_version()
    taken = backups(tmp_path, 4)
    if opening.newest_schema_version() > 4:
        (backup,) = taken
        assert user_version(backup) == 4
    else:
        assert not taken
    assert shown(old_store) == EXPECTED["assessments"]
    assert listed(old_store) == EXPECTED["organizations"]
    for model_id, indices in EXPECTED["peer_indices"].items():
        assert old_store.peer_indices(model_id, "") == pytest.approx(indices, abs=1e-12)


def test_its_stored_summaries_are_still_used_after_the_upgrade(old_store: Store):
    (fresh,) = old_store.db.execute_sql(
        "SELECT count(*) FROM assessment AS a JOIN assessment_result AS r "
        "ON r.assessment_id = a.id AND r.assessment_updated_at = a.updated_at"
    ).fetchone()
    assert fresh == EXPECTED["summary_rows"]


def test_the_committed_file_is_left_as_it_was(old_store: Store):
    assert user_version(release_store(4)) == 4


def test_a_store_that_never_synced_has_no_changes_waiting_after_the_upgrade(old_store: Store):
    (organization, *_) = EXPECTED["organizations"]
    old_store.rename_organization(organization["id"], "Renamed after the upgrade")
    state = old_store.sync_state()
    assert not state.ever_synced
    assert state.pending == 0
