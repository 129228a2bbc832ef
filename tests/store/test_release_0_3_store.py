"""A store written by release 0.3.0 (schema 3, maturity models 2.0.0 beside 1.0.0, one
assessment carried forward with answers awaiting review): it opens, upgrades after a backup,
and shows what that release showed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from release_stores import backups, expected, opened_copy, release_store, user_version

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.exchange.snapshot_import import import_snapshot
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, opening

EXPECTED = expected(3)


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(3, tmp_path) as store:
        yield store


def shown(store: Store) -> dict[str, dict[str, object]]:
    """What the window and `csmaturity show` give for each assessment."""
    out = {}
    for a in store.assessments():
        result = store.result(a.id)
        out[a.id] = {
            "organization_id": a.organization_id,
            "model": f"{result.model.id}@{result.model.version}",
            "status": a.status,
            "carried_from": a.carried_from,
            "placed_level": result.placed_level,
            "placed_label": result.placed_label,
            "maturity_index": pytest.approx(result.maturity_index, abs=1e-12),
            "answered": result.answered,
            "needs_review": sum(x.needs_review for x in store.answers(a.id).values()),
        }
    return out


def listed(store: Store) -> list[dict[str, object]]:
    """The window's organizations list."""
    return [
        {
            "id": s.id,
            "name": s.name,
            "assessments": s.assessments,
            "latest_status": s.latest_status,
            "latest_placed_label": s.latest_placed_label,
            "latest_maturity_index": pytest.approx(s.latest_maturity_index, abs=1e-12)
            if s.latest_maturity_index is not None
            else None,
        }
        for s in store.organization_summaries()
    ]


def test_it_upgrades_after_a_backup_and_shows_the_same_results(old_store: Store, tmp_path: Path):
    assert old_store.file_schema_version() == opening.newest_schema_version()
    taken = backups(tmp_path, 3)
    if opening.newest_schema_version() > 3:
        (backup,) = taken
        assert user_version(backup) == 3
    else:
        assert not taken
    assert shown(old_store) == EXPECTED["assessments"]
    assert listed(old_store) == EXPECTED["organizations"]
    for model_id, indices in EXPECTED["peer_indices"].items():
        assert old_store.peer_indices(model_id, "") == pytest.approx(indices, abs=1e-12)


def test_the_committed_file_is_left_as_it_was(old_store: Store):
    assert user_version(release_store(3)) == 3


def test_reviewing_a_carried_answer_after_the_upgrade_clears_its_mark(old_store: Store):
    (carried,) = [a for a in old_store.assessments() if a.carried_from]
    old_store.set_status(carried.id, "draft")
    marked = [c for c, a in old_store.answers(carried.id).items() if a.needs_review]
    old_store.record_answer(carried.id, marked[0], 1)
    assert not old_store.answers(carried.id)[marked[0]].needs_review
    expected = EXPECTED["assessments"][carried.id]["needs_review"] - 1
    assert shown(old_store)[carried.id]["needs_review"] == expected


def test_a_snapshot_of_it_imports_into_a_new_store_with_the_same_results(
    old_store: Store, builtin_catalog: ModelCatalog, tmp_path: Path
):
    export_snapshot(old_store, tmp_path / "old.csv")
    with Store.open(tmp_path / "new.db") as new_store:
        import_snapshot(new_store, tmp_path / "old.csv", builtin_catalog)
        assert shown(new_store) == EXPECTED["assessments"]
        # A snapshot holds assessments: an organization without any is not in it.
        with_assessments = [o for o in EXPECTED["organizations"] if o["assessments"]]
        assert listed(new_store) == with_assessments
