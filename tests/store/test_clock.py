"""The store's clock: a change made here is stamped after what it replaces, even when this
computer's clock is behind that (set back, or behind a stamp from elsewhere), so that the
correction wins the next merge. The stamps ahead are real ones: no clock is mocked."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def ahead(hours: int) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat(timespec="microseconds")


def set_stamp(path: Path, sql: str, stamp: str) -> None:
    """What a clock set back finds: stamps written while it was right, later than it now."""
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute(sql, (stamp,))
    finally:
        db.close()


def test_an_answer_is_stamped_after_the_one_it_replaces(
    store: Store, store_path: Path, tsia: MaturityModel
) -> None:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    criterion = tsia.criteria[0].id
    store.record_answer(a.id, criterion, 1)
    later = ahead(5)
    set_stamp(store_path, "UPDATE answer SET updated_at = ?", later)
    saved = store.record_answer(a.id, criterion, 2)
    assert (
        saved.updated_at == (datetime.fromisoformat(later) + timedelta(microseconds=1)).isoformat()
    )
    assert store.assessment(a.id).updated_at == saved.updated_at
    # A new answer has nothing to follow but its assessment, stamped with the last change.
    other = store.record_notes(a.id, tsia.criteria[1].id, "new")
    assert other.updated_at > saved.updated_at


def test_a_status_and_a_rename_are_stamped_after_what_they_replace(
    store: Store, store_path: Path, tsia: MaturityModel
) -> None:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    later = ahead(30)
    set_stamp(store_path, "UPDATE assessment SET updated_at = ?", later)
    set_stamp(store_path, "UPDATE organization SET updated_at = ?", later)
    assert store.set_status(a.id, "complete").updated_at > later
    assert store.rename_organization(org.id, "Acme Ltd").updated_at > later


def test_with_a_right_clock_a_change_is_stamped_now(store: Store, tsia: MaturityModel) -> None:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    before = datetime.now(UTC).isoformat(timespec="microseconds")
    saved = store.record_answer(a.id, tsia.criteria[0].id, 1)
    after = datetime.now(UTC).isoformat(timespec="microseconds")
    assert before <= saved.updated_at <= after
